//! People and organisations.

use sqlx::any::AnyRow;

use concord_domain::ids::{OrganizationId, PersonId};
use concord_domain::party::{Organization, OrganizationFields, Person, PersonFields};
use concord_domain::stakeholder::{EcosocStatus, StakeholderGroup};
use concord_domain::Invalid;

use crate::connect::Store;
use crate::rows::{now, RowExt};
use crate::Result;

/// Storage of people and organisations.
#[allow(async_fn_in_trait)]
pub trait PartyStore {
    /// Records an organisation.
    async fn create_organization(&self, fields: &OrganizationFields) -> Result<Organization>;
    /// One organisation.
    async fn organization(&self, id: OrganizationId) -> Result<Option<Organization>>;
    /// Every organisation, by name.
    async fn organizations(&self) -> Result<Vec<Organization>>;
    /// Records a person.
    async fn create_person(&self, fields: &PersonFields) -> Result<Person>;
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

impl PartyStore for Store {
    async fn create_organization(&self, f: &OrganizationFields) -> Result<Organization> {
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
        .fetch_one(&self.pool)
        .await?;
        Ok(Organization {
            id: OrganizationId(row.int("id")?),
            fields: f.clone(),
        })
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

    async fn create_person(&self, f: &PersonFields) -> Result<Person> {
        let mut tx = self.pool.begin().await?;
        if let Some(org) = f.organization_id {
            let found = sqlx::query("SELECT id FROM organizations WHERE id = $1")
                .bind(org.0)
                .fetch_optional(&mut *tx)
                .await?;
            if found.is_none() {
                return Err(Invalid::one(
                    "organization_id",
                    "unknown_organization",
                    format!("There is no organization with id {org}"),
                )
                .into());
            }
        }
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
        tx.commit().await?;
        Ok(Person {
            id: PersonId(row.int("id")?),
            fields: f.clone(),
        })
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
