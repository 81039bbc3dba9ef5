//! Bodies: creating them (with a unique acronym and existing parent), reading them, and moving
//! them along their lifecycle with every change kept.

use sqlx::any::AnyRow;
use time::Date;

use concord_domain::body::{
    Body, BodyFields, BodyType, DecisionRule, Lifecycle, LifecycleChange, Mandate, Openness,
};
use concord_domain::ids::BodyId;
use concord_domain::Invalid;

use crate::connect::Store;
use crate::error::StoreError;
use crate::rows::{date_text, now, RowExt};
use crate::Result;

/// Storage of bodies.
#[allow(async_fn_in_trait)]
pub trait BodyStore {
    /// Creates a body in the `mandated` state (or `lifecycle` when given, for imports).
    async fn create_body(&self, fields: &BodyFields, lifecycle: Lifecycle) -> Result<Body>;
    /// One body.
    async fn body(&self, id: BodyId) -> Result<Option<Body>>;
    /// Every body, parents before children, then by start date and name.
    async fn bodies(&self) -> Result<Vec<Body>>;
    /// The bodies whose parent is `id`.
    async fn children(&self, id: BodyId) -> Result<Vec<Body>>;
    /// Moves a body to `to`, if its lifecycle allows, recording when and why.
    async fn change_lifecycle(
        &self,
        id: BodyId,
        to: Lifecycle,
        on: Option<Date>,
        note: Option<&str>,
    ) -> Result<Body>;
    /// The lifecycle changes of a body, oldest first.
    async fn lifecycle_history(&self, id: BodyId) -> Result<Vec<LifecycleChange>>;
}

pub(crate) const BODY_COLUMNS: &str = "id, name, acronym, body_type, parent_id, mandate_symbol, mandate_paragraph, \
    mandate_text, mandate_lang, reports_to_id, reporting_target, reporting_deadline, decision_rule, \
    openness, lifecycle, start_date, end_date, description, lang, illustrative";

/// Reads a body for update: touching its row first takes the write lock (SQLite) or the row
/// lock (PostgreSQL) until the transaction ends, so two concurrent requests that check a rule
/// against the body's rows (the last seat of a quota, a lifecycle move) cannot both pass.
pub(crate) async fn lock_body(tx: &mut sqlx::AnyConnection, id: BodyId) -> Result<Body> {
    let touched = sqlx::query("UPDATE bodies SET updated_at = $1 WHERE id = $2")
        .bind(now())
        .bind(id.0)
        .execute(&mut *tx)
        .await?;
    if touched.rows_affected() == 0 {
        return Err(StoreError::not_found("body"));
    }
    let row = sqlx::query(&format!("SELECT {BODY_COLUMNS} FROM bodies WHERE id = $1"))
        .bind(id.0)
        .fetch_one(&mut *tx)
        .await?;
    Ok(body_from_row(&row)?)
}

pub(crate) fn body_from_row(row: &AnyRow) -> Result<Body, sqlx::Error> {
    Ok(Body {
        id: BodyId(row.int("id")?),
        fields: BodyFields {
            name: row.text("name")?,
            acronym: row.text("acronym")?,
            body_type: row.code("body_type", BodyType::parse)?,
            parent_id: row.opt_int("parent_id")?.map(BodyId),
            mandate: Mandate {
                symbol: row.opt_text("mandate_symbol")?,
                paragraph: row.opt_text("mandate_paragraph")?,
                text: row.opt_text("mandate_text")?,
                lang: row.text("mandate_lang")?,
            },
            reports_to_id: row.opt_int("reports_to_id")?.map(BodyId),
            reporting_target: row.opt_text("reporting_target")?,
            reporting_deadline: row.opt_date("reporting_deadline")?,
            decision_rule: row.code("decision_rule", DecisionRule::parse)?,
            openness: row.code("openness", Openness::parse)?,
            start_date: row.opt_date("start_date")?,
            end_date: row.opt_date("end_date")?,
            description: row.opt_text("description")?,
            lang: row.text("lang")?,
            illustrative: row.flag("illustrative")?,
        },
        lifecycle: row.code("lifecycle", Lifecycle::parse)?,
    })
}

impl Store {
    async fn require_body(
        &self,
        tx: &mut sqlx::AnyConnection,
        field: &str,
        id: Option<BodyId>,
    ) -> Result<()> {
        let Some(id) = id else { return Ok(()) };
        let found = sqlx::query("SELECT id FROM bodies WHERE id = $1")
            .bind(id.0)
            .fetch_optional(&mut *tx)
            .await?;
        if found.is_none() {
            return Err(Invalid::one(
                field,
                "unknown_body",
                format!("There is no body with id {id}"),
            )
            .into());
        }
        Ok(())
    }
}

impl BodyStore for Store {
    async fn create_body(&self, fields: &BodyFields, lifecycle: Lifecycle) -> Result<Body> {
        let mut tx = self.pool.begin().await?;
        let key = fields.acronym.to_lowercase();
        let taken = sqlx::query("SELECT name FROM bodies WHERE acronym_key = $1")
            .bind(&key)
            .fetch_optional(&mut *tx)
            .await?;
        if let Some(row) = taken {
            return Err(duplicate_acronym(&fields.acronym, &row.text("name")?).into());
        }
        self.require_body(&mut tx, "parent_id", fields.parent_id)
            .await?;
        self.require_body(&mut tx, "reports_to_id", fields.reports_to_id)
            .await?;
        let stamp = now();
        let inserted = sqlx::query(
            "INSERT INTO bodies (name, acronym, acronym_key, body_type, parent_id, mandate_symbol, \
             mandate_paragraph, mandate_text, mandate_lang, reports_to_id, reporting_target, \
             reporting_deadline, decision_rule, openness, lifecycle, start_date, end_date, description, \
             lang, illustrative, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $21) \
             RETURNING id",
        )
        .bind(&fields.name)
        .bind(&fields.acronym)
        .bind(&key)
        .bind(fields.body_type.code())
        .bind(fields.parent_id.map(|p| p.0))
        .bind(&fields.mandate.symbol)
        .bind(&fields.mandate.paragraph)
        .bind(&fields.mandate.text)
        .bind(&fields.mandate.lang)
        .bind(fields.reports_to_id.map(|p| p.0))
        .bind(&fields.reporting_target)
        .bind(date_text(fields.reporting_deadline))
        .bind(fields.decision_rule.code())
        .bind(fields.openness.code())
        .bind(lifecycle.code())
        .bind(date_text(fields.start_date))
        .bind(date_text(fields.end_date))
        .bind(&fields.description)
        .bind(&fields.lang)
        .bind(i64::from(fields.illustrative))
        .bind(&stamp)
        .fetch_one(&mut *tx)
        .await;
        let id = match inserted {
            Ok(row) => row.int("id")?,
            // Another request took the acronym between our check and our insert.
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
                return Err(duplicate_acronym(&fields.acronym, "another body").into())
            }
            Err(e) => return Err(e.into()),
        };
        sqlx::query(
            "INSERT INTO body_lifecycle_changes (body_id, from_state, to_state, changed_on, note, recorded_at) \
             VALUES ($1, NULL, $2, NULL, $3, $4)",
        )
        .bind(id)
        .bind(lifecycle.code())
        .bind(fields.mandate.symbol.as_ref().map(|s| format!("Mandate: {s}")))
        .bind(&stamp)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(Body {
            id: BodyId(id),
            fields: fields.clone(),
            lifecycle,
        })
    }

    async fn body(&self, id: BodyId) -> Result<Option<Body>> {
        let row = sqlx::query(&format!("SELECT {BODY_COLUMNS} FROM bodies WHERE id = $1"))
            .bind(id.0)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.as_ref().map(body_from_row).transpose()?)
    }

    async fn bodies(&self) -> Result<Vec<Body>> {
        let rows = sqlx::query(&format!(
            "SELECT {BODY_COLUMNS} FROM bodies ORDER BY CASE WHEN parent_id IS NULL THEN 0 ELSE 1 END, \
             start_date, name, id"
        ))
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.iter().map(body_from_row).collect::<Result<_, _>>()?)
    }

    async fn children(&self, id: BodyId) -> Result<Vec<Body>> {
        let rows = sqlx::query(&format!(
            "SELECT {BODY_COLUMNS} FROM bodies WHERE parent_id = $1 ORDER BY start_date, name, id"
        ))
        .bind(id.0)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.iter().map(body_from_row).collect::<Result<_, _>>()?)
    }

    async fn change_lifecycle(
        &self,
        id: BodyId,
        to: Lifecycle,
        on: Option<Date>,
        note: Option<&str>,
    ) -> Result<Body> {
        let mut tx = self.pool.begin().await?;
        let stamp = now();
        let mut body = lock_body(&mut tx, id).await?;
        body.lifecycle.check_move(to)?;
        sqlx::query("UPDATE bodies SET lifecycle = $1 WHERE id = $2")
            .bind(to.code())
            .bind(id.0)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO body_lifecycle_changes (body_id, from_state, to_state, changed_on, note, recorded_at) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(id.0)
        .bind(body.lifecycle.code())
        .bind(to.code())
        .bind(date_text(on))
        .bind(note)
        .bind(&stamp)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        body.lifecycle = to;
        Ok(body)
    }

    async fn lifecycle_history(&self, id: BodyId) -> Result<Vec<LifecycleChange>> {
        let rows = sqlx::query(
            "SELECT from_state, to_state, changed_on, note, recorded_at FROM body_lifecycle_changes \
             WHERE body_id = $1 ORDER BY id",
        )
        .bind(id.0)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(LifecycleChange {
                    from: row.opt_code("from_state", Lifecycle::parse)?,
                    to: row.code("to_state", Lifecycle::parse)?,
                    on: row.opt_date("changed_on")?,
                    note: row.opt_text("note")?,
                    recorded_at: row.text("recorded_at")?,
                })
            })
            .collect::<Result<_, sqlx::Error>>()
            .map_err(Into::into)
    }
}

fn duplicate_acronym(acronym: &str, holder: &str) -> Invalid {
    Invalid::one(
        "acronym",
        "duplicate_acronym",
        format!("The acronym {acronym} is already used by {holder}; choose another, such as {acronym}-2"),
    )
}
