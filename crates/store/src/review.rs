//! What the secretariat does with responses once received: lists them for publication,
//! corrects their attribution or category (an erratum, appended to the ledger as a correction)
//! and hides or shows them with a reason. Nothing received is changed or deleted.

use concord_domain::ids::{CallId, QuestionId};
use concord_domain::response::{sha256_hex, Answer, Channel, Respondent, RespondentKind};
use concord_domain::review::{CorrectedField, Erratum};
use concord_domain::stakeholder::{EcosocStatus, StakeholderGroup};
use concord_domain::Invalid;
use sqlx::any::AnyRow;

use crate::audit::{record, AuditActor, Change};
use crate::connect::Store;
use crate::error::StoreError;
use crate::responses::append;
use crate::rows::{now, RowExt};
use crate::Result;

/// A submitted response as the publication pages list it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListedResponse {
    /// The call it answers.
    pub call_id: CallId,
    /// Its reference number.
    pub reference: String,
    /// Who responded, as corrected.
    pub respondent: Respondent,
    /// Language of the response.
    pub lang: String,
    /// Consent to publish.
    pub consent_publish: bool,
    /// Consent to be cited by name.
    pub consent_cite: bool,
    /// How it was received.
    pub channel: Channel,
    /// The version shown (the latest submitted).
    pub version: i64,
    /// When it was last submitted.
    pub submitted_at: String,
    /// Why it is hidden, when it is.
    pub hidden: Option<String>,
    /// Its answers, in the call's order.
    pub answers: Vec<Answer>,
}

impl ListedResponse {
    /// Whether the public may read it, under the call's publication setting
    /// ([`concord_domain::review::public_may_read`]).
    pub fn is_public(&self, call: &concord_domain::call::Call) -> bool {
        concord_domain::review::public_may_read(
            call.fields.publication,
            self.consent_publish,
            self.hidden.is_some(),
        )
    }
}

/// An erratum as published, with when it was recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublishedErratum {
    /// The correction.
    pub erratum: Erratum,
    /// When (RFC 3339).
    pub recorded_at: String,
}

/// Review of responses.
#[allow(async_fn_in_trait)]
pub trait ReviewStore {
    /// Every submitted response to a call, in the order received, hidden ones included.
    async fn submitted_responses(&self, call: CallId) -> Result<Vec<ListedResponse>>;
    /// One submitted response to `call`, by its reference (none when it is another call's).
    async fn submitted_response(
        &self,
        call: CallId,
        reference: &str,
    ) -> Result<Option<ListedResponse>>;
    /// Records a correction of the attribution or category of a response to `call`.
    async fn correct_response(
        &self,
        by: &AuditActor,
        call: CallId,
        erratum: &Erratum,
        after: &Respondent,
    ) -> Result<()>;
    /// The errata of a call's responses (of every call when `None`), oldest first.
    async fn errata(&self, call: Option<i64>) -> Result<Vec<PublishedErratum>>;
    /// Hides a response from publication (`Some(reason)`) or shows it again (`None`, with the
    /// reason for showing it kept in the audit log).
    async fn set_hidden(
        &self,
        by: &AuditActor,
        call: CallId,
        reference: &str,
        hidden: Option<&str>,
        reason: &str,
    ) -> Result<()>;
}

fn respondent_from_row(row: &AnyRow) -> Result<Respondent, sqlx::Error> {
    Ok(Respondent {
        kind: row.code("respondent_kind", RespondentKind::parse)?,
        name: row.text("name")?,
        organization: row.opt_text("organization")?,
        stakeholder_group: row.code("stakeholder_group", StakeholderGroup::parse)?,
        sub_category: row.opt_text("sub_category")?,
        country: row.opt_text("country")?,
        ecosoc: row.opt_code("ecosoc", EcosocStatus::parse)?,
    })
}

/// A submitted response to `call`: its id, version, call and body. Not found when the
/// reference is another call's, so that no page of one body reaches another body's responses.
async fn response_facts(
    conn: &mut sqlx::AnyConnection,
    call: CallId,
    reference: &str,
) -> Result<(i64, i64, i64, concord_domain::ids::BodyId)> {
    let row = sqlx::query(
        "SELECT r.id, r.version, r.call_id, c.body_id FROM responses r JOIN calls c ON c.id = r.call_id \
         WHERE r.call_id = $1 AND r.reference = $2 AND r.version > 0",
    )
    .bind(call.0)
    .bind(reference)
    .fetch_optional(&mut *conn)
    .await?
    .ok_or(StoreError::not_found("response"))?;
    Ok((
        row.int("id")?,
        row.int("version")?,
        row.int("call_id")?,
        concord_domain::ids::BodyId(row.int("body_id")?),
    ))
}

/// The submitted responses a listing reads: a call's, or one by its reference.
#[derive(Clone, Copy)]
enum Which<'a> {
    Call(i64),
    Reference(i64, &'a str),
}

impl Store {
    async fn listed(&self, which: Which<'_>) -> Result<Vec<ListedResponse>> {
        let (filter, answers_filter) = match which {
            Which::Call(_) => ("call_id = $1", "q.call_id = $1"),
            Which::Reference(..) => (
                "call_id = $1 AND reference = $2",
                "a.response_id = (SELECT id FROM responses WHERE call_id = $1 AND reference = $2)",
            ),
        };
        let sql = format!(
            "SELECT id, call_id, reference, respondent_kind, name, organization, stakeholder_group, sub_category, \
             country, ecosoc, lang, consent_publish, consent_cite, channel, version, submitted_at, hidden, \
             hidden_reason FROM responses WHERE {filter} AND version > 0 ORDER BY submitted_at, id"
        );
        let answers_sql = format!(
            "SELECT a.response_id, a.question_id, q.label, a.text, a.choices FROM response_answers a \
             JOIN call_questions q ON q.id = a.question_id WHERE {answers_filter} \
             ORDER BY a.response_id, q.position"
        );
        let (rows, answer_rows) = match which {
            Which::Call(call) => (
                sqlx::query(&sql).bind(call).fetch_all(&self.pool).await?,
                sqlx::query(&answers_sql)
                    .bind(call)
                    .fetch_all(&self.pool)
                    .await?,
            ),
            Which::Reference(call, reference) => (
                sqlx::query(&sql)
                    .bind(call)
                    .bind(reference)
                    .fetch_all(&self.pool)
                    .await?,
                sqlx::query(&answers_sql)
                    .bind(call)
                    .bind(reference)
                    .fetch_all(&self.pool)
                    .await?,
            ),
        };
        // Answers grouped by response once, rather than searched for each response.
        let mut answers: std::collections::HashMap<i64, Vec<Answer>> =
            std::collections::HashMap::new();
        for a in &answer_rows {
            let choices = a.text("choices")?;
            answers
                .entry(a.int("response_id")?)
                .or_default()
                .push(Answer {
                    question_id: QuestionId(a.int("question_id")?),
                    label: a.text("label")?,
                    text: a.opt_text("text")?,
                    choices: serde_json::from_str(&choices)
                        .map_err(|_| crate::rows::decode_error("choices", &choices))?,
                });
        }
        let mut listed = Vec::with_capacity(rows.len());
        for row in &rows {
            listed.push(ListedResponse {
                call_id: CallId(row.int("call_id")?),
                reference: row.text("reference")?,
                respondent: respondent_from_row(row)?,
                lang: row.text("lang")?,
                consent_publish: row.flag("consent_publish")?,
                consent_cite: row.flag("consent_cite")?,
                channel: row.code("channel", Channel::parse)?,
                version: row.int("version")?,
                submitted_at: row.opt_text("submitted_at")?.unwrap_or_default(),
                hidden: if row.flag("hidden")? {
                    Some(row.opt_text("hidden_reason")?.unwrap_or_default())
                } else {
                    None
                },
                answers: answers.remove(&row.int("id")?).unwrap_or_default(),
            });
        }
        Ok(listed)
    }
}

impl ReviewStore for Store {
    async fn submitted_responses(&self, call: CallId) -> Result<Vec<ListedResponse>> {
        self.listed(Which::Call(call.0)).await
    }

    async fn submitted_response(
        &self,
        call: CallId,
        reference: &str,
    ) -> Result<Option<ListedResponse>> {
        Ok(self
            .listed(Which::Reference(call.0, reference))
            .await?
            .pop())
    }

    async fn correct_response(
        &self,
        by: &AuditActor,
        call: CallId,
        erratum: &Erratum,
        after: &Respondent,
    ) -> Result<()> {
        let mut tx = self.begin_write().await?;
        let (id, version, _, body) = response_facts(&mut tx, call, &erratum.reference).await?;
        let column = match erratum.field {
            CorrectedField::Name => "name",
            CorrectedField::Organization => "organization",
            CorrectedField::StakeholderGroup => "stakeholder_group",
            CorrectedField::SubCategory => "sub_category",
            CorrectedField::Country => "country",
        };
        let value = match erratum.field {
            CorrectedField::Name => Some(after.name.clone()),
            CorrectedField::Organization => after.organization.clone(),
            CorrectedField::StakeholderGroup => Some(after.stakeholder_group.code().to_owned()),
            CorrectedField::SubCategory => after.sub_category.clone(),
            CorrectedField::Country => after.country.clone(),
        };
        sqlx::query(&format!(
            "UPDATE responses SET {column} = $1, sub_category = $2 WHERE id = $3"
        ))
        .bind(&value)
        .bind(&after.sub_category)
        .bind(id)
        .execute(&mut *tx)
        .await?;
        let stamp = now();
        sqlx::query(
            "INSERT INTO response_errata (response_id, field, before_value, after_value, reason, recorded_by, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(id)
        .bind(erratum.field.code())
        .bind(&erratum.before)
        .bind(&erratum.after)
        .bind(&erratum.reason)
        .bind(&by.label)
        .bind(&stamp)
        .execute(&mut *tx)
        .await?;
        let content = erratum.canonical_json();
        append(
            &mut tx,
            "correction",
            &erratum.reference,
            version,
            &sha256_hex(content.as_bytes()),
            &stamp,
        )
        .await?;
        record(
            &mut tx,
            by,
            Change {
                action: "correct",
                entity: "response",
                entity_id: erratum.reference.clone(),
                body_id: Some(body),
                public: true,
                before: None,
                after: Some(content),
                reason: Some(&erratum.reason),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn errata(&self, call: Option<i64>) -> Result<Vec<PublishedErratum>> {
        let rows = sqlx::query(
            "SELECT r.reference, e.field, e.before_value, e.after_value, e.reason, e.created_at \
             FROM response_errata e JOIN responses r ON r.id = e.response_id \
             WHERE r.call_id = $1 OR $1 IS NULL ORDER BY e.id",
        )
        .bind(call)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(PublishedErratum {
                    erratum: Erratum {
                        reference: r.text("reference")?,
                        field: r.code("field", CorrectedField::parse)?,
                        before: r.opt_text("before_value")?,
                        after: r.opt_text("after_value")?,
                        reason: r.text("reason")?,
                    },
                    recorded_at: r.text("created_at")?,
                })
            })
            .collect::<Result<_, sqlx::Error>>()
            .map_err(Into::into)
    }

    async fn set_hidden(
        &self,
        by: &AuditActor,
        call: CallId,
        reference: &str,
        hidden: Option<&str>,
        reason: &str,
    ) -> Result<()> {
        if reason.trim().is_empty() {
            return Err(Invalid::one("reason", "required", "This field is required").into());
        }
        let mut tx = self.begin_write().await?;
        let (id, _, _, body) = response_facts(&mut tx, call, reference).await?;
        sqlx::query("UPDATE responses SET hidden = $1, hidden_reason = $2 WHERE id = $3")
            .bind(i64::from(hidden.is_some()))
            .bind(hidden)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        record(
            &mut tx,
            by,
            Change {
                action: if hidden.is_some() { "hide" } else { "show" },
                entity: "response",
                entity_id: reference.to_owned(),
                body_id: Some(body),
                public: true,
                before: None,
                after: None,
                reason: Some(reason),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }
}
