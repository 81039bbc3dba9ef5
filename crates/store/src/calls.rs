//! Calls for input: created in draft, given their questions, opened, closed and compiled by the
//! secretariat, with every move and every extension of the deadline in the audit log.

use concord_domain::call::{
    Audience, Call, CallFields, CallState, Extension, Publication, Question, QuestionKind,
};
use concord_domain::ids::{BodyId, CallId, QuestionId};
use concord_domain::Invalid;
use sqlx::any::AnyRow;
use time::Date;

use crate::audit::{record, AuditActor, Change};
use crate::bodies::lock_body;
use crate::connect::Store;
use crate::error::StoreError;
use crate::rows::{date_text, now, RowExt};
use crate::Result;

/// Storage of calls for input.
#[allow(async_fn_in_trait)]
pub trait CallStore {
    /// Creates a call, in draft.
    async fn add_call(&self, by: &AuditActor, body: BodyId, fields: &CallFields) -> Result<Call>;
    /// A body's calls, newest first.
    async fn calls(&self, body: BodyId) -> Result<Vec<Call>>;
    /// One call.
    async fn call(&self, id: CallId) -> Result<Option<Call>>;
    /// Adds a question at the end of a call still in draft.
    async fn add_question(
        &self,
        by: &AuditActor,
        call: CallId,
        question: &Question,
    ) -> Result<Question>;
    /// A call's questions, in order.
    async fn questions(&self, call: CallId) -> Result<Vec<Question>>;
    /// Moves a call along draft → open → closed → compiled (a closed call may reopen).
    async fn move_call(&self, by: &AuditActor, call: CallId, to: CallState) -> Result<Call>;
    /// Moves the deadline later, keeping the earlier one and the reason.
    async fn extend_call(
        &self,
        by: &AuditActor,
        call: CallId,
        closes_on: Date,
        closes_time: &str,
        reason: &str,
    ) -> Result<Call>;
    /// A call's extensions, oldest first.
    async fn extensions(&self, call: CallId) -> Result<Vec<Extension>>;
}

const COLUMNS: &str = "id, body_id, title, description, lang, opens_on, closes_on, closes_time, \
    time_zone, audience, consent_text, publication, state, illustrative";

fn call_from_row(row: &AnyRow) -> Result<Call, sqlx::Error> {
    Ok(Call {
        id: CallId(row.int("id")?),
        body_id: BodyId(row.int("body_id")?),
        fields: CallFields {
            title: row.text("title")?,
            description: row.opt_text("description")?,
            lang: row.text("lang")?,
            opens_on: row.date("opens_on")?,
            closes_on: row.date("closes_on")?,
            closes_time: row.text("closes_time")?,
            time_zone: row.text("time_zone")?,
            audience: row.code("audience", Audience::parse)?,
            consent_text: row.text("consent_text")?,
            publication: row.code("publication", Publication::parse)?,
            illustrative: row.flag("illustrative")?,
        },
        state: row.code("state", CallState::parse)?,
    })
}

fn question_from_row(row: &AnyRow) -> Result<Question, sqlx::Error> {
    let options = row.text("options")?;
    Ok(Question {
        id: QuestionId(row.int("id")?),
        position: row.int("position")?,
        label: row.text("label")?,
        text: row.text("text")?,
        kind: row.code("kind", QuestionKind::parse)?,
        options: serde_json::from_str(&options)
            .map_err(|_| crate::rows::decode_error("options", &options))?,
        word_limit: row
            .opt_int("word_limit")?
            .and_then(|w| u32::try_from(w).ok()),
        required: row.flag("required")?,
        analytic_group: row.opt_text("analytic_group")?,
    })
}

/// Loads a call inside a transaction, or says there is none.
pub(crate) async fn load_call(conn: &mut sqlx::AnyConnection, id: CallId) -> Result<Call> {
    let row = sqlx::query(&format!("SELECT {COLUMNS} FROM calls WHERE id = $1"))
        .bind(id.0)
        .fetch_optional(&mut *conn)
        .await?
        .ok_or(StoreError::not_found("call"))?;
    Ok(call_from_row(&row)?)
}

fn change<'a>(
    action: &'static str,
    call: &Call,
    before: Option<&Call>,
    reason: Option<&'a str>,
) -> Change<'a> {
    Change {
        action,
        entity: "call",
        entity_id: call.id.to_string(),
        body_id: Some(call.body_id),
        public: true,
        before: before.and_then(|b| serde_json::to_string(b).ok()),
        after: serde_json::to_string(call).ok(),
        reason,
    }
}

impl CallStore for Store {
    async fn add_call(&self, by: &AuditActor, body: BodyId, f: &CallFields) -> Result<Call> {
        let mut tx = self.begin_write().await?;
        lock_body(&mut tx, body).await?;
        let row = sqlx::query(
            "INSERT INTO calls (body_id, title, description, lang, opens_on, closes_on, closes_time, \
             time_zone, audience, consent_text, publication, state, illustrative, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id",
        )
        .bind(body.0)
        .bind(&f.title)
        .bind(&f.description)
        .bind(&f.lang)
        .bind(date_text(Some(f.opens_on)))
        .bind(date_text(Some(f.closes_on)))
        .bind(&f.closes_time)
        .bind(&f.time_zone)
        .bind(f.audience.code())
        .bind(&f.consent_text)
        .bind(f.publication.code())
        .bind(CallState::Draft.code())
        .bind(i64::from(f.illustrative))
        .bind(now())
        .fetch_one(&mut *tx)
        .await?;
        let call = load_call(&mut tx, CallId(row.int("id")?)).await?;
        record(&mut tx, by, change("create", &call, None, None)).await?;
        tx.commit().await?;
        Ok(call)
    }

    async fn calls(&self, body: BodyId) -> Result<Vec<Call>> {
        let rows = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM calls WHERE body_id = $1 ORDER BY opens_on DESC, id DESC"
        ))
        .bind(body.0)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.iter().map(call_from_row).collect::<Result<_, _>>()?)
    }

    async fn call(&self, id: CallId) -> Result<Option<Call>> {
        let epoch = self.reads.epoch();
        if let Some(kept) = epoch.and_then(|e| self.reads.calls.get(&id, e)) {
            return Ok(Some(kept));
        }
        let row = sqlx::query(&format!("SELECT {COLUMNS} FROM calls WHERE id = $1"))
            .bind(id.0)
            .fetch_optional(&self.pool)
            .await?;
        let call = row.as_ref().map(call_from_row).transpose()?;
        if let (Some(call), Some(epoch)) = (&call, epoch) {
            self.reads.calls.put(id, call.clone(), epoch);
        }
        Ok(call)
    }

    async fn add_question(&self, by: &AuditActor, call: CallId, q: &Question) -> Result<Question> {
        let mut tx = self.begin_write().await?;
        let owner = load_call(&mut tx, call).await?;
        lock_body(&mut tx, owner.body_id).await?;
        if owner.state != CallState::Draft {
            return Err(Invalid::one(
                "label",
                "call_not_draft",
                "Questions are set while the call is in draft; it is no longer",
            )
            .into());
        }
        let taken = sqlx::query("SELECT id FROM call_questions WHERE call_id = $1 AND label = $2")
            .bind(call.0)
            .bind(&q.label)
            .fetch_optional(&mut *tx)
            .await?;
        if taken.is_some() {
            return Err(Invalid::one(
                "label",
                "duplicate_item_number",
                format!("The call already has a question {}", q.label),
            )
            .with_arg("value", &q.label)
            .into());
        }
        let position = sqlx::query(
            "SELECT COALESCE(MAX(position), 0) + 1 AS next FROM call_questions WHERE call_id = $1",
        )
        .bind(call.0)
        .fetch_one(&mut *tx)
        .await?
        .int("next")?;
        let row = sqlx::query(
            "INSERT INTO call_questions (call_id, position, label, text, kind, options, word_limit, \
             required, analytic_group) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
        )
        .bind(call.0)
        .bind(position)
        .bind(&q.label)
        .bind(&q.text)
        .bind(q.kind.code())
        .bind(serde_json::to_string(&q.options).unwrap_or_else(|_| "[]".into()))
        .bind(q.word_limit.map(i64::from))
        .bind(i64::from(q.required))
        .bind(&q.analytic_group)
        .fetch_one(&mut *tx)
        .await?;
        let stored = Question {
            id: QuestionId(row.int("id")?),
            position,
            ..q.clone()
        };
        record(
            &mut tx,
            by,
            Change {
                after: serde_json::to_string(&stored).ok(),
                ..change("question", &owner, None, None)
            },
        )
        .await?;
        tx.commit().await?;
        Ok(stored)
    }

    async fn questions(&self, call: CallId) -> Result<Vec<Question>> {
        if let Some(frozen) = self.frozen_questions.get(call) {
            return Ok(frozen);
        }
        let rows = sqlx::query(
            "SELECT q.id, q.position, q.label, q.text, q.kind, q.options, q.word_limit, q.required, \
             q.analytic_group, c.state AS call_state FROM call_questions q \
             JOIN calls c ON c.id = q.call_id WHERE q.call_id = $1 ORDER BY q.position, q.id",
        )
        .bind(call.0)
        .fetch_all(&self.pool)
        .await?;
        let questions: Vec<Question> = rows
            .iter()
            .map(question_from_row)
            .collect::<Result<_, _>>()?;
        if let Some(row) = rows.first() {
            if row.text("call_state")? != CallState::Draft.code() {
                self.frozen_questions.keep(call, &questions);
            }
        }
        Ok(questions)
    }

    async fn move_call(&self, by: &AuditActor, id: CallId, to: CallState) -> Result<Call> {
        let mut tx = self.begin_write().await?;
        let before = load_call(&mut tx, id).await?;
        lock_body(&mut tx, before.body_id).await?;
        if !before.state.next().contains(&to) {
            return Err(Invalid::one(
                "state",
                "invalid_transition",
                format!(
                    "A call cannot move from {} to {}",
                    before.state.code(),
                    to.code()
                ),
            )
            .into());
        }
        if to == CallState::Open {
            let questions =
                sqlx::query("SELECT COUNT(*) AS n FROM call_questions WHERE call_id = $1")
                    .bind(id.0)
                    .fetch_one(&mut *tx)
                    .await?
                    .int("n")?;
            if questions == 0 {
                return Err(Invalid::one(
                    "state",
                    "call_without_questions",
                    "A call opens once it has at least one question",
                )
                .into());
            }
        }
        sqlx::query("UPDATE calls SET state = $1 WHERE id = $2")
            .bind(to.code())
            .bind(id.0)
            .execute(&mut *tx)
            .await?;
        let after = load_call(&mut tx, id).await?;
        record(&mut tx, by, change("state", &after, Some(&before), None)).await?;
        tx.commit().await?;
        self.reads.changed();
        Ok(after)
    }

    async fn extend_call(
        &self,
        by: &AuditActor,
        id: CallId,
        closes_on: Date,
        closes_time: &str,
        reason: &str,
    ) -> Result<Call> {
        let mut tx = self.begin_write().await?;
        let before = load_call(&mut tx, id).await?;
        lock_body(&mut tx, before.body_id).await?;
        let previous = format!(
            "{} {} {}",
            date_text(Some(before.fields.closes_on)).unwrap_or_default(),
            before.fields.closes_time,
            before.fields.time_zone
        );
        sqlx::query(
            "INSERT INTO call_extensions (call_id, closes_on, closes_time, previous, reason, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(id.0)
        .bind(date_text(Some(closes_on)))
        .bind(closes_time)
        .bind(&previous)
        .bind(reason)
        .bind(now())
        .execute(&mut *tx)
        .await?;
        sqlx::query("UPDATE calls SET closes_on = $1, closes_time = $2 WHERE id = $3")
            .bind(date_text(Some(closes_on)))
            .bind(closes_time)
            .bind(id.0)
            .execute(&mut *tx)
            .await?;
        let after = load_call(&mut tx, id).await?;
        record(
            &mut tx,
            by,
            change("extend", &after, Some(&before), Some(reason)),
        )
        .await?;
        tx.commit().await?;
        self.reads.changed();
        Ok(after)
    }

    async fn extensions(&self, call: CallId) -> Result<Vec<Extension>> {
        let rows = sqlx::query(
            "SELECT closes_on, closes_time, previous, reason, created_at FROM call_extensions \
             WHERE call_id = $1 ORDER BY id",
        )
        .bind(call.0)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(Extension {
                    closes_on: r.date("closes_on")?,
                    closes_time: r.text("closes_time")?,
                    previous: r.text("previous")?,
                    reason: r.text("reason")?,
                    decided_at: r.text("created_at")?,
                })
            })
            .collect::<Result<_, sqlx::Error>>()
            .map_err(Into::into)
    }
}
