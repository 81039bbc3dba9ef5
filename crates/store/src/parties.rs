//! People and organisations.

use sqlx::any::AnyRow;

use concord_domain::ids::{OrganizationId, PersonId};
use concord_domain::party::{Organization, OrganizationFields, Person, PersonFields};
use concord_domain::stakeholder::{EcosocStatus, StakeholderGroup};
use concord_domain::Invalid;

use crate::audit::{record, AuditActor, Change};
use crate::connect::Store;
use crate::error::StoreError;
use crate::rows::{now, RowExt};
use crate::Result;

/// Storage of people and organisations.
#[allow(async_fn_in_trait)]
pub trait PartyStore {
    /// Records an organisation.
    async fn create_organization(
        &self,
        by: &AuditActor,
        fields: &OrganizationFields,
    ) -> Result<Organization>;
    /// Changes an organisation's details.
    async fn update_organization(
        &self,
        by: &AuditActor,
        id: OrganizationId,
        fields: &OrganizationFields,
    ) -> Result<Organization>;
    /// One organisation.
    async fn organization(&self, id: OrganizationId) -> Result<Option<Organization>>;
    /// Every organisation, by name.
    async fn organizations(&self) -> Result<Vec<Organization>>;
    /// Records a person.
    async fn create_person(&self, by: &AuditActor, fields: &PersonFields) -> Result<Person>;
    /// Changes a person's details.
    async fn update_person(
        &self,
        by: &AuditActor,
        id: PersonId,
        fields: &PersonFields,
    ) -> Result<Person>;
    /// One person.
    async fn person(&self, id: PersonId) -> Result<Option<Person>>;
    /// Every person, by name.
    async fn people(&self) -> Result<Vec<Person>>;
}

const ORG_COLUMNS: &str =
    "id, name, acronym, stakeholder_group, sub_category, ecosoc_status, country, website, lang, illustrative";
const PERSON_COLUMNS: &str =
    "id, name, honorific, country, organization_id, stakeholder_group, position, lang, illustrative";

fn organization_from_row(row: &AnyRow) -> Result<Organization, sqlx::Error> {
    Ok(Organization {
        id: OrganizationId(row.int("id")?),
        fields: OrganizationFields {
            name: row.text("name")?,
            acronym: row.opt_text("acronym")?,
            stakeholder_group: row.code("stakeholder_group", StakeholderGroup::parse)?,
            sub_category: row.opt_text("sub_category")?,
            ecosoc_status: row.code("ecosoc_status", EcosocStatus::parse)?,
            country: row.opt_text("country")?,
            website: row.opt_text("website")?,
            lang: row.text("lang")?,
            illustrative: row.flag("illustrative")?,
        },
    })
}

fn person_from_row(row: &AnyRow) -> Result<Person, sqlx::Error> {
    Ok(Person {
        id: PersonId(row.int("id")?),
        fields: PersonFields {
            name: row.text("name")?,
            honorific: row.opt_text("honorific")?,
            country: row.opt_text("country")?,
            organization_id: row.opt_int("organization_id")?.map(OrganizationId),
            stakeholder_group: row.opt_code("stakeholder_group", StakeholderGroup::parse)?,
            position: row.opt_text("position")?,
            lang: row.text("lang")?,
            illustrative: row.flag("illustrative")?,
        },
    })
}

async fn require_organization(
    conn: &mut sqlx::AnyConnection,
    id: Option<OrganizationId>,
) -> Result<()> {
    let Some(org) = id else { return Ok(()) };
    let found = sqlx::query("SELECT id FROM organizations WHERE id = $1")
        .bind(org.0)
        .fetch_optional(&mut *conn)
        .await?;
    if found.is_none() {
        return Err(Invalid::one(
            "organization_id",
            "unknown_organization",
            format!("There is no organization with id {org}"),
        )
        .with_arg("id", org)
        .into());
    }
    Ok(())
}

fn audit<T: serde::Serialize>(
    action: &'static str,
    entity: &'static str,
    id: i64,
    before: Option<&T>,
    after: &T,
) -> Change<'static> {
    Change {
        action,
        entity,
        entity_id: id.to_string(),
        body_id: None,
        public: true,
        before: before.and_then(|b| serde_json::to_string(b).ok()),
        after: serde_json::to_string(after).ok(),
        reason: None,
    }
}

impl PartyStore for Store {
    async fn create_organization(
        &self,
        by: &AuditActor,
        f: &OrganizationFields,
    ) -> Result<Organization> {
        let mut tx = self.begin_write().await?;
        let row = sqlx::query(
            "INSERT INTO organizations (name, acronym, stakeholder_group, sub_category, ecosoc_status, \
             country, website, lang, illustrative, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
        )
        .bind(&f.name)
        .bind(&f.acronym)
        .bind(f.stakeholder_group.code())
        .bind(&f.sub_category)
        .bind(f.ecosoc_status.code())
        .bind(&f.country)
        .bind(&f.website)
        .bind(&f.lang)
        .bind(i64::from(f.illustrative))
        .bind(now())
        .fetch_one(&mut *tx)
        .await?;
        let org = Organization {
            id: OrganizationId(row.int("id")?),
            fields: f.clone(),
        };
        record(
            &mut tx,
            by,
            audit("create", "organization", org.id.0, None, &org),
        )
        .await?;
        tx.commit().await?;
        Ok(org)
    }

    async fn update_organization(
        &self,
        by: &AuditActor,
        id: OrganizationId,
        f: &OrganizationFields,
    ) -> Result<Organization> {
        let mut tx = self.begin_write().await?;
        let row = sqlx::query(&format!(
            "SELECT {ORG_COLUMNS} FROM organizations WHERE id = $1"
        ))
        .bind(id.0)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(StoreError::not_found("organization"))?;
        let before = organization_from_row(&row)?;
        sqlx::query(
            "UPDATE organizations SET name = $1, acronym = $2, stakeholder_group = $3, sub_category = $4, \
             ecosoc_status = $5, country = $6, website = $7, lang = $8, illustrative = $9 WHERE id = $10",
        )
        .bind(&f.name)
        .bind(&f.acronym)
        .bind(f.stakeholder_group.code())
        .bind(&f.sub_category)
        .bind(f.ecosoc_status.code())
        .bind(&f.country)
        .bind(&f.website)
        .bind(&f.lang)
        .bind(i64::from(f.illustrative))
        .bind(id.0)
        .execute(&mut *tx)
        .await?;
        let after = Organization {
            id,
            fields: f.clone(),
        };
        record(
            &mut tx,
            by,
            audit("update", "organization", id.0, Some(&before), &after),
        )
        .await?;
        tx.commit().await?;
        Ok(after)
    }

    async fn organization(&self, id: OrganizationId) -> Result<Option<Organization>> {
        let row = sqlx::query(&format!(
            "SELECT {ORG_COLUMNS} FROM organizations WHERE id = $1"
        ))
        .bind(id.0)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.as_ref().map(organization_from_row).transpose()?)
    }

    async fn organizations(&self) -> Result<Vec<Organization>> {
        let rows = sqlx::query(&format!(
            "SELECT {ORG_COLUMNS} FROM organizations ORDER BY name, id"
        ))
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .iter()
            .map(organization_from_row)
            .collect::<Result<_, _>>()?)
    }

    async fn create_person(&self, by: &AuditActor, f: &PersonFields) -> Result<Person> {
        let mut tx = self.begin_write().await?;
        require_organization(&mut tx, f.organization_id).await?;
        let row = sqlx::query(
            "INSERT INTO people (name, honorific, country, organization_id, stakeholder_group, position, \
             lang, illustrative, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
        )
        .bind(&f.name)
        .bind(&f.honorific)
        .bind(&f.country)
        .bind(f.organization_id.map(|o| o.0))
        .bind(f.stakeholder_group.map(|g| g.code()))
        .bind(&f.position)
        .bind(&f.lang)
        .bind(i64::from(f.illustrative))
        .bind(now())
        .fetch_one(&mut *tx)
        .await?;
        let person = Person {
            id: PersonId(row.int("id")?),
            fields: f.clone(),
        };
        record(
            &mut tx,
            by,
            audit("create", "person", person.id.0, None, &person),
        )
        .await?;
        tx.commit().await?;
        Ok(person)
    }

    async fn update_person(
        &self,
        by: &AuditActor,
        id: PersonId,
        f: &PersonFields,
    ) -> Result<Person> {
        let mut tx = self.begin_write().await?;
        let row = sqlx::query(&format!(
            "SELECT {PERSON_COLUMNS} FROM people WHERE id = $1"
        ))
        .bind(id.0)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(StoreError::not_found("person"))?;
        let before = person_from_row(&row)?;
        require_organization(&mut tx, f.organization_id).await?;
        sqlx::query(
            "UPDATE people SET name = $1, honorific = $2, country = $3, organization_id = $4, \
             stakeholder_group = $5, position = $6, lang = $7, illustrative = $8 WHERE id = $9",
        )
        .bind(&f.name)
        .bind(&f.honorific)
        .bind(&f.country)
        .bind(f.organization_id.map(|o| o.0))
        .bind(f.stakeholder_group.map(|g| g.code()))
        .bind(&f.position)
        .bind(&f.lang)
        .bind(i64::from(f.illustrative))
        .bind(id.0)
        .execute(&mut *tx)
        .await?;
        let after = Person {
            id,
            fields: f.clone(),
        };
        record(
            &mut tx,
            by,
            audit("update", "person", id.0, Some(&before), &after),
        )
        .await?;
        tx.commit().await?;
        Ok(after)
    }

    async fn person(&self, id: PersonId) -> Result<Option<Person>> {
        let row = sqlx::query(&format!(
            "SELECT {PERSON_COLUMNS} FROM people WHERE id = $1"
        ))
        .bind(id.0)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.as_ref().map(person_from_row).transpose()?)
    }

    async fn people(&self) -> Result<Vec<Person>> {
        let rows = sqlx::query(&format!(
            "SELECT {PERSON_COLUMNS} FROM people ORDER BY name, id"
        ))
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.iter().map(person_from_row).collect::<Result<_, _>>()?)
    }
}
