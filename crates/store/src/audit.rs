//! The audit log: every change, by whom, when, with the record before and after. Rows are only
//! ever inserted, in the same transaction as the change; the database itself refuses updates
//! and deletions (triggers in the migrations).

use concord_domain::ids::{BodyId, UserId};
use serde::Serialize;
use sqlx::any::AnyRow;

use crate::connect::Store;
use crate::rows::{now, RowExt};
use crate::Result;

/// Who makes a change, as the audit log records it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditActor {
    /// The account, when a user acts.
    pub user_id: Option<UserId>,
    /// How to name the actor: a user's name, "administrator token", "demonstration data".
    pub label: String,
}

impl AuditActor {
    /// A user acting through the site.
    pub fn user(user_id: UserId, label: impl Into<String>) -> Self {
        Self {
            user_id: Some(user_id),
            label: label.into(),
        }
    }

    /// Concord itself or an operator's tool (the demonstration loader, the CLI).
    pub fn system(label: impl Into<String>) -> Self {
        Self {
            user_id: None,
            label: label.into(),
        }
    }
}

/// One change to record.
pub(crate) struct Change<'a> {
    pub action: &'static str,
    pub entity: &'static str,
    pub entity_id: String,
    pub body_id: Option<BodyId>,
    pub public: bool,
    pub before: Option<String>,
    pub after: Option<String>,
    pub reason: Option<&'a str>,
}

/// A row of the audit log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AuditEntry {
    /// Its number, in order.
    pub id: i64,
    /// When (RFC 3339, UTC).
    pub at: String,
    /// Who.
    pub actor: String,
    /// What was done: `create`, `update`, `lifecycle`…
    pub action: String,
    /// To what kind of record: `body`, `membership`…
    pub entity: String,
    /// Which one.
    pub entity_id: String,
    /// The record before, as JSON.
    pub before: Option<String>,
    /// The record after, as JSON.
    pub after: Option<String>,
    /// Why, when given.
    pub reason: Option<String>,
}

pub(crate) async fn record(
    conn: &mut sqlx::AnyConnection,
    by: &AuditActor,
    change: Change<'_>,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO audit_log (at, actor_user_id, actor_label, action, entity, entity_id, body_id, public, \
         before_json, after_json, reason) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
    )
    .bind(now())
    .bind(by.user_id.map(|u| u.0))
    .bind(&by.label)
    .bind(change.action)
    .bind(change.entity)
    .bind(&change.entity_id)
    .bind(change.body_id.map(|b| b.0))
    .bind(i64::from(change.public))
    .bind(&change.before)
    .bind(&change.after)
    .bind(change.reason)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

fn entry_from_row(row: &AnyRow) -> Result<AuditEntry, sqlx::Error> {
    Ok(AuditEntry {
        id: row.int("id")?,
        at: row.text("at")?,
        actor: row.text("actor_label")?,
        action: row.text("action")?,
        entity: row.text("entity")?,
        entity_id: row.text("entity_id")?,
        before: row.opt_text("before_json")?,
        after: row.opt_text("after_json")?,
        reason: row.opt_text("reason")?,
    })
}

/// Reading the audit log.
#[allow(async_fn_in_trait)]
pub trait AuditStore {
    /// A body's history, newest first; only the public part unless `everything`.
    async fn body_history(&self, body: BodyId, everything: bool) -> Result<Vec<AuditEntry>>;
    /// The whole log, newest first, at most `limit` rows.
    async fn audit_log(&self, limit: i64) -> Result<Vec<AuditEntry>>;
}

const COLUMNS: &str =
    "id, at, actor_label, action, entity, entity_id, before_json, after_json, reason";

impl AuditStore for Store {
    async fn body_history(&self, body: BodyId, everything: bool) -> Result<Vec<AuditEntry>> {
        let rows = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM audit_log WHERE body_id = $1 AND (public = 1 OR $2 = 1) ORDER BY id DESC"
        ))
        .bind(body.0)
        .bind(i64::from(everything))
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.iter().map(entry_from_row).collect::<Result<_, _>>()?)
    }

    async fn audit_log(&self, limit: i64) -> Result<Vec<AuditEntry>> {
        let rows = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM audit_log ORDER BY id DESC LIMIT $1"
        ))
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.iter().map(entry_from_row).collect::<Result<_, _>>()?)
    }
}

/// A public change to one of a body's things, recorded with what it became: the shape every
/// step of a text's negotiation and of an opinion map is logged in.
pub(crate) fn public_change<'a>(
    action: &'static str,
    entity: &'static str,
    entity_id: i64,
    body: concord_domain::ids::BodyId,
    after: String,
    reason: Option<&'a str>,
) -> Change<'a> {
    Change {
        action,
        entity,
        entity_id: entity_id.to_string(),
        body_id: Some(body),
        public: true,
        before: None,
        after: Some(after),
        reason,
    }
}
