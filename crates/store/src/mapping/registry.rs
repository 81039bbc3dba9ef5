//! The registry of mechanisms: created and edited by those the roles allow, each change in the
//! audit log with the record before and after; names are unique, so an import names them.

use concord_domain::ids::{MechanismId, OrganizationId};
use concord_domain::mapping::{Access, Mechanism, MechanismFields, MechanismKind, Participants};
use sqlx::any::AnyRow;

use crate::audit::{record, AuditActor, Change};
use crate::connect::Store;
use crate::error::StoreError;
use crate::rows::{now, RowExt};
use crate::Result;

const COLUMNS: &str = "id, name, acronym, kind, parent_organization_id, scope, participants, \
    access, decides_by, founding_instrument, website, sources, lang, illustrative";

fn mechanism_from_row(row: &AnyRow) -> Result<Mechanism, sqlx::Error> {
    let sources: Vec<String> = serde_json::from_str(&row.text("sources")?)
        .map_err(|_| crate::rows::decode_error("sources", "not a JSON list"))?;
    Ok(Mechanism {
        id: MechanismId(row.int("id")?),
        fields: MechanismFields {
            name: row.text("name")?,
            acronym: row.opt_text("acronym")?,
            kind: row.code("kind", MechanismKind::parse)?,
            parent_organization_id: row.opt_int("parent_organization_id")?.map(OrganizationId),
            scope: row.text("scope")?,
            participants: row.code("participants", Participants::parse)?,
            access: row.code("access", Access::parse)?,
            decides_by: row.opt_text("decides_by")?,
            founding_instrument: row.opt_text("founding_instrument")?,
            website: row.opt_text("website")?,
            sources,
            lang: row.text("lang")?,
            illustrative: row.flag("illustrative")?,
        },
    })
}

fn change(
    action: &'static str,
    id: MechanismId,
    before: Option<&Mechanism>,
    after: &Mechanism,
) -> Change<'static> {
    Change {
        action,
        entity: "mechanism",
        entity_id: id.to_string(),
        body_id: None,
        public: true,
        before: before.and_then(|b| serde_json::to_string(b).ok()),
        after: serde_json::to_string(after).ok(),
        reason: None,
    }
}

/// Refuses a name another mechanism has, and a parent organisation not in the directory.
async fn check(
    conn: &mut sqlx::AnyConnection,
    fields: &MechanismFields,
    except: Option<MechanismId>,
) -> Result<()> {
    let taken = sqlx::query("SELECT id FROM mechanisms WHERE lower(name) = lower($1) AND id <> $2")
        .bind(&fields.name)
        .bind(except.map_or(0, |m| m.0))
        .fetch_optional(&mut *conn)
        .await?;
    if taken.is_some() {
        return Err(StoreError::Invalid(
            concord_domain::Invalid::one(
                "name",
                "duplicate_mechanism",
                "The registry already has a mechanism of this name",
            )
            .with_arg("name", &fields.name),
        ));
    }
    if let Some(org) = fields.parent_organization_id {
        let found = sqlx::query("SELECT id FROM organizations WHERE id = $1")
            .bind(org.0)
            .fetch_optional(&mut *conn)
            .await?;
        if found.is_none() {
            return Err(StoreError::Invalid(
                concord_domain::Invalid::one(
                    "parent_organization_id",
                    "unknown_organization",
                    "There is no such organization",
                )
                .with_arg("id", org),
            ));
        }
    }
    Ok(())
}

/// Storage of the registry.
#[allow(async_fn_in_trait)]
pub trait RegistryStore {
    /// Adds a mechanism to the registry.
    async fn create_mechanism(
        &self,
        by: &AuditActor,
        fields: &MechanismFields,
    ) -> Result<Mechanism>;
    /// Changes what the registry records of a mechanism.
    async fn update_mechanism(
        &self,
        by: &AuditActor,
        id: MechanismId,
        fields: &MechanismFields,
    ) -> Result<Mechanism>;
    /// One mechanism.
    async fn mechanism(&self, id: MechanismId) -> Result<Option<Mechanism>>;
    /// The whole registry, by name.
    async fn mechanisms(&self) -> Result<Vec<Mechanism>>;
}

impl RegistryStore for Store {
    async fn create_mechanism(&self, by: &AuditActor, f: &MechanismFields) -> Result<Mechanism> {
        let mut tx = self.begin_write().await?;
        check(&mut tx, f, None).await?;
        let id = sqlx::query(
            "INSERT INTO mechanisms (name, acronym, kind, parent_organization_id, scope, participants, \
             access, decides_by, founding_instrument, website, sources, lang, illustrative, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id",
        )
        .bind(&f.name)
        .bind(&f.acronym)
        .bind(f.kind.code())
        .bind(f.parent_organization_id.map(|o| o.0))
        .bind(&f.scope)
        .bind(f.participants.code())
        .bind(f.access.code())
        .bind(&f.decides_by)
        .bind(&f.founding_instrument)
        .bind(&f.website)
        .bind(serde_json::to_string(&f.sources).unwrap_or_else(|_| "[]".into()))
        .bind(&f.lang)
        .bind(i64::from(f.illustrative))
        .bind(now())
        .fetch_one(&mut *tx)
        .await?
        .int("id")?;
        let mechanism = Mechanism {
            id: MechanismId(id),
            fields: f.clone(),
        };
        record(
            &mut tx,
            by,
            change("create", mechanism.id, None, &mechanism),
        )
        .await?;
        tx.commit().await?;
        Ok(mechanism)
    }

    async fn update_mechanism(
        &self,
        by: &AuditActor,
        id: MechanismId,
        f: &MechanismFields,
    ) -> Result<Mechanism> {
        let mut tx = self.begin_write().await?;
        let before = sqlx::query(&format!("SELECT {COLUMNS} FROM mechanisms WHERE id = $1"))
            .bind(id.0)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(StoreError::not_found("mechanism"))?;
        let before = mechanism_from_row(&before)?;
        check(&mut tx, f, Some(id)).await?;
        sqlx::query(
            "UPDATE mechanisms SET name = $1, acronym = $2, kind = $3, parent_organization_id = $4, \
             scope = $5, participants = $6, access = $7, decides_by = $8, founding_instrument = $9, \
             website = $10, sources = $11, lang = $12, illustrative = $13 WHERE id = $14",
        )
        .bind(&f.name)
        .bind(&f.acronym)
        .bind(f.kind.code())
        .bind(f.parent_organization_id.map(|o| o.0))
        .bind(&f.scope)
        .bind(f.participants.code())
        .bind(f.access.code())
        .bind(&f.decides_by)
        .bind(&f.founding_instrument)
        .bind(&f.website)
        .bind(serde_json::to_string(&f.sources).unwrap_or_else(|_| "[]".into()))
        .bind(&f.lang)
        .bind(i64::from(f.illustrative))
        .bind(id.0)
        .execute(&mut *tx)
        .await?;
        let after = Mechanism {
            id,
            fields: f.clone(),
        };
        record(&mut tx, by, change("update", id, Some(&before), &after)).await?;
        tx.commit().await?;
        Ok(after)
    }

    async fn mechanism(&self, id: MechanismId) -> Result<Option<Mechanism>> {
        let row = sqlx::query(&format!("SELECT {COLUMNS} FROM mechanisms WHERE id = $1"))
            .bind(id.0)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.as_ref().map(mechanism_from_row).transpose()?)
    }

    async fn mechanisms(&self) -> Result<Vec<Mechanism>> {
        let rows = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM mechanisms ORDER BY name, id"
        ))
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .iter()
            .map(mechanism_from_row)
            .collect::<Result<_, _>>()?)
    }
}
