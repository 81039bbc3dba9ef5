//! Topics of a body's work and the body's decision on each, recorded once: a decided topic
//! stays decided, and the audit log keeps who recorded it.

use concord_domain::ids::{BodyId, CallId, IssueId, ThemeId, TopicId};
use concord_domain::topic::{Topic, TopicDecision, TopicFields, TopicState};
use concord_domain::Invalid;
use sqlx::any::AnyRow;

use crate::audit::{record, AuditActor, Change};
use crate::bodies::lock_body;
use crate::connect::Store;
use crate::error::StoreError;
use crate::rows::{date_text, now, RowExt};
use crate::Result;

/// What a topic was drawn from: an issue or a theme of one of the body's calls.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum TopicSource {
    /// A policy issue, by id.
    Issue(IssueId),
    /// A theme, by id.
    Theme(ThemeId),
}

/// A topic's source, as the body's page shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TopicOrigin {
    /// The topic.
    pub topic: TopicId,
    /// The issue or theme.
    pub source: TopicSource,
    /// The call it belongs to.
    pub call_id: CallId,
    /// Its number in the call (I3, T2).
    pub number: i64,
    /// Its title or label.
    pub title: String,
}

/// Storage of topics.
#[allow(async_fn_in_trait)]
pub trait TopicStore {
    /// Proposes a topic for a body's work.
    async fn add_topic(&self, by: &AuditActor, body: BodyId, fields: &TopicFields)
        -> Result<Topic>;
    /// Proposes a topic drawn from an issue or a theme of one of the body's calls, linked to it.
    async fn add_topic_from(
        &self,
        by: &AuditActor,
        body: BodyId,
        fields: &TopicFields,
        source: TopicSource,
    ) -> Result<Topic>;
    /// Where a body's topics were drawn from, in the order recorded.
    async fn topic_origins(&self, body: BodyId) -> Result<Vec<TopicOrigin>>;
    /// A body's topics, in the order they were proposed.
    async fn topics(&self, body: BodyId) -> Result<Vec<Topic>>;
    /// Records the body's decision on a proposed topic.
    async fn decide_topic(
        &self,
        by: &AuditActor,
        topic: TopicId,
        decision: &TopicDecision,
    ) -> Result<Topic>;
}

const COLUMNS: &str = "id, body_id, title, description, lang, state, decided_on, \
    decided_at_meeting_id, decision_basis, decided_by";

fn topic_from_row(row: &AnyRow) -> Result<Topic, sqlx::Error> {
    let state = row.code("state", TopicState::parse)?;
    let decision = match (row.opt_date("decided_on")?, row.opt_text("decision_basis")?) {
        (Some(decided_on), Some(basis)) => Some(TopicDecision {
            state,
            decided_on,
            meeting_id: row
                .opt_int("decided_at_meeting_id")?
                .map(concord_domain::ids::MeetingId),
            basis,
        }),
        _ => None,
    };
    Ok(Topic {
        id: TopicId(row.int("id")?),
        body_id: BodyId(row.int("body_id")?),
        fields: TopicFields {
            title: row.text("title")?,
            description: row.opt_text("description")?,
            lang: row.text("lang")?,
        },
        state,
        decision,
        decided_by: row.opt_text("decided_by")?,
    })
}

async fn load(conn: &mut sqlx::AnyConnection, id: TopicId) -> Result<Topic> {
    let row = sqlx::query(&format!("SELECT {COLUMNS} FROM topics WHERE id = $1"))
        .bind(id.0)
        .fetch_optional(&mut *conn)
        .await?
        .ok_or(StoreError::not_found("topic"))?;
    Ok(topic_from_row(&row)?)
}

fn change(action: &'static str, topic: &Topic, before: Option<&Topic>) -> Change<'static> {
    Change {
        action,
        entity: "topic",
        entity_id: topic.id.to_string(),
        body_id: Some(topic.body_id),
        public: true,
        before: before.and_then(|b| serde_json::to_string(b).ok()),
        after: serde_json::to_string(topic).ok(),
        reason: None,
    }
}

impl TopicStore for Store {
    async fn add_topic(&self, by: &AuditActor, body: BodyId, f: &TopicFields) -> Result<Topic> {
        let mut tx = self.begin_write().await?;
        let topic = insert_topic(&mut tx, by, body, f).await?;
        tx.commit().await?;
        Ok(topic)
    }

    async fn add_topic_from(
        &self,
        by: &AuditActor,
        body: BodyId,
        f: &TopicFields,
        source: TopicSource,
    ) -> Result<Topic> {
        let mut tx = self.begin_write().await?;
        let (table, field, id) = match source {
            TopicSource::Issue(id) => ("policy_issues", "issue", id.0),
            TopicSource::Theme(id) => ("themes", "theme", id.0),
        };
        let of_body = sqlx::query(&format!(
            "SELECT c.body_id FROM {table} x JOIN calls c ON c.id = x.call_id WHERE x.id = $1"
        ))
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?
        .map(|row| row.int("body_id"))
        .transpose()?;
        if of_body != Some(body.0) {
            return Err(Invalid::one(
                field,
                "topic_source_not_of_body",
                "This issue or theme is not from one of the body's calls",
            )
            .into());
        }
        let topic = insert_topic(&mut tx, by, body, f).await?;
        let (issue, theme) = match source {
            TopicSource::Issue(id) => (Some(id), None),
            TopicSource::Theme(id) => (None, Some(id)),
        };
        sqlx::query(
            "INSERT INTO topic_sources (topic_id, issue_id, theme_id, added_by, created_at) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(topic.id.0)
        .bind(issue.map(|issue| issue.0))
        .bind(theme.map(|theme| theme.0))
        .bind(&by.label)
        .bind(now())
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(topic)
    }

    async fn topic_origins(&self, body: BodyId) -> Result<Vec<TopicOrigin>> {
        let rows = sqlx::query(
            "SELECT s.topic_id, s.issue_id, s.theme_id, \
             COALESCE(i.call_id, th.call_id) AS call_id, COALESCE(i.number, th.number) AS number, \
             COALESCE(i.title, th.label) AS title FROM topic_sources s \
             JOIN topics t ON t.id = s.topic_id \
             LEFT JOIN policy_issues i ON i.id = s.issue_id LEFT JOIN themes th ON th.id = s.theme_id \
             WHERE t.body_id = $1 ORDER BY s.id",
        )
        .bind(body.0)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                let source = match (row.opt_int("issue_id")?, row.opt_int("theme_id")?) {
                    (Some(id), _) => TopicSource::Issue(IssueId(id)),
                    (None, Some(id)) => TopicSource::Theme(ThemeId(id)),
                    (None, None) => {
                        return Err(crate::rows::decode_error("topic_sources", "empty"))
                    }
                };
                Ok(TopicOrigin {
                    topic: TopicId(row.int("topic_id")?),
                    source,
                    call_id: CallId(row.int("call_id")?),
                    number: row.int("number")?,
                    title: row.text("title")?,
                })
            })
            .collect::<Result<_, sqlx::Error>>()
            .map_err(Into::into)
    }

    async fn topics(&self, body: BodyId) -> Result<Vec<Topic>> {
        let rows = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM topics WHERE body_id = $1 ORDER BY id"
        ))
        .bind(body.0)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.iter().map(topic_from_row).collect::<Result<_, _>>()?)
    }

    async fn decide_topic(
        &self,
        by: &AuditActor,
        id: TopicId,
        decision: &TopicDecision,
    ) -> Result<Topic> {
        let mut tx = self.begin_write().await?;
        let before = load(&mut tx, id).await?;
        lock_body(&mut tx, before.body_id).await?;
        if before.state != TopicState::Proposed {
            return Err(Invalid::one(
                "state",
                "topic_decided",
                "The body has already decided on this topic",
            )
            .into());
        }
        if let Some(meeting) = decision.meeting_id {
            let found = sqlx::query("SELECT id FROM meetings WHERE id = $1 AND body_id = $2")
                .bind(meeting.0)
                .bind(before.body_id.0)
                .fetch_optional(&mut *tx)
                .await?;
            if found.is_none() {
                return Err(Invalid::one(
                    "meeting_id",
                    "unknown_value",
                    "This body has no such meeting",
                )
                .into());
            }
        }
        sqlx::query(
            "UPDATE topics SET state = $1, decided_on = $2, decided_at_meeting_id = $3, \
             decision_basis = $4, decided_by = $5 WHERE id = $6",
        )
        .bind(decision.state.code())
        .bind(date_text(Some(decision.decided_on)))
        .bind(decision.meeting_id.map(|m| m.0))
        .bind(&decision.basis)
        .bind(&by.label)
        .bind(id.0)
        .execute(&mut *tx)
        .await?;
        let after = load(&mut tx, id).await?;
        record(&mut tx, by, change("decide", &after, Some(&before))).await?;
        tx.commit().await?;
        Ok(after)
    }
}

/// Inserts a proposed topic and records it, inside the caller's transaction.
async fn insert_topic(
    tx: &mut sqlx::AnyConnection,
    by: &AuditActor,
    body: BodyId,
    f: &TopicFields,
) -> Result<Topic> {
    lock_body(&mut *tx, body).await?;
    let row = sqlx::query(
        "INSERT INTO topics (body_id, title, description, lang, state, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(body.0)
    .bind(&f.title)
    .bind(&f.description)
    .bind(&f.lang)
    .bind(TopicState::Proposed.code())
    .bind(now())
    .fetch_one(&mut *tx)
    .await?;
    let topic = load(&mut *tx, TopicId(row.int("id")?)).await?;
    record(&mut *tx, by, change("create", &topic, None)).await?;
    Ok(topic)
}
