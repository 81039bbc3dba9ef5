//! Bodies: creating them (with a unique acronym and existing parent), reading them, and moving
//! them along their lifecycle with every change kept.

use sqlx::any::AnyRow;
use time::Date;

use concord_domain::body::{
    Body, BodyFields, BodyType, DecisionRule, Lifecycle, LifecycleChange, Mandate, Openness,
};
use concord_domain::ids::BodyId;
use concord_domain::Invalid;

use crate::audit::{record, AuditActor, Change};
use crate::connect::Store;
use crate::error::StoreError;
use crate::rows::{date_text, now, RowExt};
use crate::Result;

/// Storage of bodies.
#[allow(async_fn_in_trait)]
pub trait BodyStore {
    /// Creates a body in the `mandated` state (or `lifecycle` when given, for imports).
    async fn create_body(
        &self,
        by: &AuditActor,
        fields: &BodyFields,
        lifecycle: Lifecycle,
    ) -> Result<Body>;
    /// Changes a body's details, keeping the record before and after in the audit log.
    async fn update_body(&self, by: &AuditActor, id: BodyId, fields: &BodyFields) -> Result<Body>;
    /// One body.
    async fn body(&self, id: BodyId) -> Result<Option<Body>>;
    /// Every body, parents before children, then by start date and name.
    async fn bodies(&self) -> Result<Vec<Body>>;
    /// The bodies whose parent is `id`.
    async fn children(&self, id: BodyId) -> Result<Vec<Body>>;
    /// Moves a body to `to`, if its lifecycle allows, recording when and why.
    async fn change_lifecycle(
        &self,
        by: &AuditActor,
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

fn json(body: &Body) -> Option<String> {
    serde_json::to_string(body).ok()
}

/// The columns a body's details are written to, in the order [`bind_fields`] binds them.
const FIELD_COLUMNS: [&str; 18] = [
    "name",
    "acronym",
    "acronym_key",
    "body_type",
    "parent_id",
    "mandate_symbol",
    "mandate_paragraph",
    "mandate_text",
    "mandate_lang",
    "reports_to_id",
    "reporting_target",
    "reporting_deadline",
    "decision_rule",
    "openness",
    "start_date",
    "end_date",
    "description",
    "lang",
];

fn bind_fields<'q>(
    query: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>,
    f: &'q BodyFields,
) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>> {
    query
        .bind(&f.name)
        .bind(&f.acronym)
        .bind(f.acronym.to_lowercase())
        .bind(f.body_type.code())
        .bind(f.parent_id.map(|p| p.0))
        .bind(&f.mandate.symbol)
        .bind(&f.mandate.paragraph)
        .bind(&f.mandate.text)
        .bind(&f.mandate.lang)
        .bind(f.reports_to_id.map(|p| p.0))
        .bind(&f.reporting_target)
        .bind(date_text(f.reporting_deadline))
        .bind(f.decision_rule.code())
        .bind(f.openness.code())
        .bind(date_text(f.start_date))
        .bind(date_text(f.end_date))
        .bind(&f.description)
        .bind(&f.lang)
}

impl Store {
    /// Checks what a body's details need from other rows: a free acronym (other than its own),
    /// an existing parent and reporting target, and no parent loop.
    async fn check_body_links(
        &self,
        tx: &mut sqlx::AnyConnection,
        id: Option<BodyId>,
        fields: &BodyFields,
    ) -> Result<()> {
        let taken = sqlx::query("SELECT id, name FROM bodies WHERE acronym_key = $1")
            .bind(fields.acronym.to_lowercase())
            .fetch_optional(&mut *tx)
            .await?;
        if let Some(row) = taken {
            if Some(BodyId(row.int("id")?)) != id {
                return Err(duplicate_acronym(&fields.acronym, &row.text("name")?).into());
            }
        }
        self.require_body(tx, "parent_id", fields.parent_id).await?;
        self.require_body(tx, "reports_to_id", fields.reports_to_id)
            .await?;
        if let (Some(id), Some(mut parent)) = (id, fields.parent_id) {
            // Walk up from the new parent: meeting the body itself would make a loop.
            for _ in 0..64 {
                if parent == id {
                    return Err(Invalid::one(
                        "parent_id",
                        "parent_loop",
                        "A body cannot be placed under itself or one of its sub-groups",
                    )
                    .into());
                }
                let row = sqlx::query("SELECT parent_id FROM bodies WHERE id = $1")
                    .bind(parent.0)
                    .fetch_one(&mut *tx)
                    .await?;
                match row.opt_int("parent_id")? {
                    Some(next) => parent = BodyId(next),
                    None => break,
                }
            }
        }
        Ok(())
    }

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
    async fn create_body(
        &self,
        by: &AuditActor,
        fields: &BodyFields,
        lifecycle: Lifecycle,
    ) -> Result<Body> {
        let mut tx = self.begin_write().await?;
        self.check_body_links(&mut tx, None, fields).await?;
        let stamp = now();
        let placeholders: Vec<String> = (1..=FIELD_COLUMNS.len() + 4)
            .map(|i| format!("${i}"))
            .collect();
        let sql = format!(
            "INSERT INTO bodies ({}, lifecycle, illustrative, created_at, updated_at) VALUES ({}) RETURNING id",
            FIELD_COLUMNS.join(", "),
            placeholders.join(", ")
        );
        let inserted = bind_fields(sqlx::query(&sql), fields)
            .bind(lifecycle.code())
            .bind(i64::from(fields.illustrative))
            .bind(&stamp)
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
        let body = Body {
            id: BodyId(id),
            fields: fields.clone(),
            lifecycle,
        };
        let change = Change {
            action: "create",
            entity: "body",
            entity_id: id.to_string(),
            body_id: Some(body.id),
            public: true,
            before: None,
            after: json(&body),
            reason: None,
        };
        record(&mut tx, by, change).await?;
        tx.commit().await?;
        Ok(body)
    }

    async fn update_body(&self, by: &AuditActor, id: BodyId, fields: &BodyFields) -> Result<Body> {
        let mut tx = self.begin_write().await?;
        let before = lock_body(&mut tx, id).await?;
        self.check_body_links(&mut tx, Some(id), fields).await?;
        let assignments: Vec<String> = FIELD_COLUMNS
            .iter()
            .enumerate()
            .map(|(i, c)| format!("{c} = ${}", i + 1))
            .collect();
        let n = FIELD_COLUMNS.len();
        let sql = format!(
            "UPDATE bodies SET {}, illustrative = ${}, updated_at = ${} WHERE id = ${}",
            assignments.join(", "),
            n + 1,
            n + 2,
            n + 3
        );
        let updated = bind_fields(sqlx::query(&sql), fields)
            .bind(i64::from(fields.illustrative))
            .bind(now())
            .bind(id.0)
            .execute(&mut *tx)
            .await;
        match updated {
            Ok(_) => {}
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
                return Err(duplicate_acronym(&fields.acronym, "another body").into())
            }
            Err(e) => return Err(e.into()),
        }
        let after = Body {
            id,
            fields: fields.clone(),
            lifecycle: before.lifecycle,
        };
        let change = Change {
            action: "update",
            entity: "body",
            entity_id: id.to_string(),
            body_id: Some(id),
            public: true,
            before: json(&before),
            after: json(&after),
            reason: None,
        };
        record(&mut tx, by, change).await?;
        tx.commit().await?;
        Ok(after)
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
        by: &AuditActor,
        id: BodyId,
        to: Lifecycle,
        on: Option<Date>,
        note: Option<&str>,
    ) -> Result<Body> {
        let mut tx = self.begin_write().await?;
        let stamp = now();
        let mut body = lock_body(&mut tx, id).await?;
        body.lifecycle.check_move(to)?;
        let before = json(&body);
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
        body.lifecycle = to;
        let change = Change {
            action: "lifecycle",
            entity: "body",
            entity_id: id.to_string(),
            body_id: Some(id),
            public: true,
            before,
            after: json(&body),
            reason: note,
        };
        record(&mut tx, by, change).await?;
        tx.commit().await?;
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
