//! Responses to calls for input, and the ledger. A respondent may save a draft and edit a
//! submission until the deadline; each submission is a new version, kept whole with the SHA-256
//! of exactly what was received, appended to the hash chain and acknowledged by a receipt (page
//! and e-mail), all in one transaction: what is acknowledged is committed.

use concord_domain::call::{Call, CallState};
use concord_domain::ids::{CallId, QuestionId, ResponseId, UserId};
use concord_domain::ledger::{entry_hash, LedgerEntry};
use concord_domain::response::{sha256_hex, Attachment, Channel, Received, Signatory, Submission};
use concord_domain::upload::CheckedFile;
use concord_domain::Invalid;
use serde::Serialize;
use sqlx::any::AnyRow;
use time::OffsetDateTime;

use crate::audit::{record, AuditActor, Change};
use crate::calls::load_call;
use crate::connect::Store;
use crate::mail::MailDraft;
use crate::rows::{date_text, timestamp, RowExt};
use crate::Result;

mod bulk;
mod files;
mod intake;

pub use files::MAX_FILES_PER_RESPONSE;
pub(crate) use files::{attach, files_of};

/// Writes the request to confirm: `(token hash, message)` for a co-signatory and the receipt;
/// `None` asks nobody.
pub type SignatureMail = dyn Fn(&Signatory, &Receipt) -> Option<(String, MailDraft)> + Send + Sync;

/// What a respondent holds after a submission: enough to check it against the ledger.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Receipt {
    /// The call answered.
    pub call_id: CallId,
    /// The response's reference number.
    pub reference: String,
    /// The version submitted (1 for the first).
    pub version: i64,
    /// SHA-256 of exactly what was received.
    pub sha256: String,
    /// Its entry in the ledger.
    pub seq: i64,
    /// The ledger entry's hash.
    pub entry_hash: String,
    /// When it was recorded (RFC 3339, UTC).
    pub recorded_at: String,
}

/// A response as stored: the latest draft when there is one, else the latest submission.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredResponse {
    /// Its id.
    pub id: ResponseId,
    /// The call.
    pub call_id: CallId,
    /// Its reference number.
    pub reference: String,
    /// The account that answers, for responses made online.
    pub user_id: Option<UserId>,
    /// How it was received.
    pub channel: Channel,
    /// What it says now.
    pub submission: Submission,
    /// Versions submitted so far (0: only a draft).
    pub version: i64,
    /// A draft newer than the last submission is waiting.
    pub has_draft: bool,
}

/// Writes the receipt's message; `None` sends none.
pub type ReceiptMail = dyn Fn(&Receipt) -> Option<MailDraft> + Send + Sync;

/// The messages a submission sends: the receipt to the respondent, and the request to confirm
/// to each co-signatory.
pub struct Mails {
    /// The receipt, if one is sent.
    pub receipt: Box<ReceiptMail>,
    /// The request to confirm a co-signature: the token's hash and the message.
    pub signature: Box<SignatureMail>,
}

/// A draft to save or a version to submit, with everything the writer needs.
pub struct SaveRequest {
    /// The call answered.
    pub call: CallId,
    /// The account answering.
    pub user: Option<UserId>,
    /// Where receipts go.
    pub email: Option<String>,
    /// How it is received.
    pub channel: Channel,
    /// What was sent.
    pub submission: Submission,
    /// Files sent with it, checked.
    pub files: Vec<(CheckedFile, Vec<u8>)>,
    /// Submit (true) or keep as a draft.
    pub submit: bool,
    /// Now: the deadline is checked against it.
    pub at: OffsetDateTime,
    /// The messages it sends.
    pub mails: Mails,
}

fn no_receipt(_: &Receipt) -> Option<MailDraft> {
    None
}

fn no_signature(_: &Signatory, _: &Receipt) -> Option<(String, MailDraft)> {
    None
}

impl Mails {
    /// No message at all (imports and tools).
    pub fn none() -> Self {
        Mails {
            receipt: Box::new(no_receipt),
            signature: Box::new(no_signature),
        }
    }
}

/// Who answers.
#[derive(Debug, Clone, Copy)]
pub struct Author<'a> {
    /// The account, for a response made online.
    pub user: Option<UserId>,
    /// The address receipts go to.
    pub email: Option<&'a str>,
}

/// How a response recorded by the secretariat reached it.
#[derive(Debug, Clone, Copy)]
pub struct ReceivedOtherwise<'a> {
    /// E-mail or paper.
    pub channel: Channel,
    /// The day it was received.
    pub received_on: time::Date,
    /// The sender's address, if known.
    pub email: Option<&'a str>,
    /// The original as received: the checked file and its bytes.
    pub original: (&'a CheckedFile, &'a [u8]),
}

/// Storage of responses and of the ledger.
#[allow(async_fn_in_trait)]
pub trait ResponseStore {
    /// The response an account is writing or has made to a call.
    async fn response_of(&self, call: CallId, user: UserId) -> Result<Option<StoredResponse>>;
    /// A response to `call` by its reference number (none when the reference is another call's).
    async fn response(&self, call: CallId, reference: &str) -> Result<Option<StoredResponse>>;
    /// Saves a draft (`submit` false) or submits a new version, while the call is open and
    /// before its deadline (`at` is now). A submission is appended to the ledger and its
    /// receipt, with the message `receipt_mail` writes, is committed with it.
    async fn save_response(&self, request: SaveRequest) -> Result<Option<Receipt>>;
    /// Records a response the secretariat received by e-mail or on paper, with the original
    /// file; accepted while the call is open or closed (a response sent in time may be recorded
    /// later), and appended to the ledger like any other.
    async fn record_response(
        &self,
        by: &AuditActor,
        call: CallId,
        received: &ReceivedOtherwise<'_>,
        submission: &Submission,
    ) -> Result<Receipt>;
    /// The files received with a response to `call`: id and description of each.
    async fn response_files(&self, call: CallId, reference: &str)
        -> Result<Vec<(i64, Attachment)>>;
    /// One file of a response to `call`, with its content; none when the file, the response and
    /// the call do not belong together.
    async fn response_file(
        &self,
        call: CallId,
        reference: &str,
        id: i64,
    ) -> Result<Option<(Attachment, Vec<u8>)>>;
    /// Every receipt issued for a response to `call`, oldest first.
    async fn receipts(&self, call: CallId, reference: &str) -> Result<Vec<Receipt>>;
    /// The whole ledger, in order.
    async fn ledger(&self) -> Result<Vec<LedgerEntry>>;
    /// Every version received, as (reference, version, exact record, its stored SHA-256).
    async fn received_versions(&self) -> Result<Vec<(String, i64, String, String)>>;
}

const COLUMNS: &str = "id, call_id, reference, user_id, channel, respondent_kind, name, \
    organization, stakeholder_group, sub_category, country, ecosoc, lang, consent_publish, \
    consent_cite, version, draft";

fn response_from_row(row: &AnyRow, answers: &[AnyRow]) -> Result<StoredResponse, sqlx::Error> {
    use concord_domain::response::{Answer, Respondent, RespondentKind};
    use concord_domain::stakeholder::{EcosocStatus, StakeholderGroup};
    let id = row.int("id")?;
    let draft = row.opt_text("draft")?;
    let submission = match &draft {
        Some(json) => {
            serde_json::from_str(json).map_err(|_| crate::rows::decode_error("draft", json))?
        }
        None => Submission {
            respondent: Respondent {
                kind: row.code("respondent_kind", RespondentKind::parse)?,
                name: row.text("name")?,
                organization: row.opt_text("organization")?,
                stakeholder_group: row.code("stakeholder_group", StakeholderGroup::parse)?,
                sub_category: row.opt_text("sub_category")?,
                country: row.opt_text("country")?,
                ecosoc: row.opt_code("ecosoc", EcosocStatus::parse)?,
            },
            lang: row.text("lang")?,
            answers: answers
                .iter()
                .map(|a| {
                    let choices = a.text("choices")?;
                    Ok(Answer {
                        question_id: QuestionId(a.int("question_id")?),
                        label: a.text("label")?,
                        text: a.opt_text("text")?,
                        choices: serde_json::from_str(&choices)
                            .map_err(|_| crate::rows::decode_error("choices", &choices))?,
                    })
                })
                .collect::<Result<_, sqlx::Error>>()?,
            consent_publish: row.flag("consent_publish")?,
            consent_cite: row.flag("consent_cite")?,
            attachments: Vec::new(),
            signatories: Vec::new(),
        },
    };
    Ok(StoredResponse {
        id: ResponseId(id),
        call_id: CallId(row.int("call_id")?),
        reference: row.text("reference")?,
        user_id: row.opt_int("user_id")?.map(UserId),
        channel: row.code("channel", Channel::parse)?,
        submission,
        version: row.int("version")?,
        has_draft: draft.is_some(),
    })
}

fn receipt_from_row(row: &AnyRow, call_id: CallId) -> Result<Receipt, sqlx::Error> {
    Ok(Receipt {
        call_id,
        reference: row.text("reference")?,
        version: row.int("version")?,
        sha256: row.text("content_sha256")?,
        seq: row.int("seq")?,
        entry_hash: row.text("entry_hash")?,
        recorded_at: row.text("recorded_at")?,
    })
}

pub(crate) fn closed(message: &str) -> crate::StoreError {
    Invalid::one("form", "call_closed", message.to_owned()).into()
}

/// Refuses a response to a call that is not open, or after its deadline.
pub(crate) fn check_open(call: &Call, at: OffsetDateTime) -> Result<()> {
    check_open_at(call.state, call.fields.deadline(), at)
}

/// Refuses a response at `at` to a call in `state` with this deadline (Unix seconds).
pub(crate) fn check_open_at(
    state: CallState,
    deadline: Option<i64>,
    at: OffsetDateTime,
) -> Result<()> {
    if state != CallState::Open {
        return Err(closed("This call is not open for responses"));
    }
    match deadline {
        Some(deadline) if at.unix_timestamp() <= deadline => Ok(()),
        _ => Err(closed("The deadline of this call has passed")),
    }
}

/// A response found by a filter on its row.
/// Which response to load: always within a call, so that a reference or an account of another
/// call never reaches a page of this one.
pub(crate) enum ResponseKey<'a> {
    /// The first response of an account to a call.
    OfUser(i64, UserId),
    /// A response to a call by its reference.
    Reference(i64, &'a str),
}

pub(crate) async fn load_response(
    conn: &mut sqlx::AnyConnection,
    key: ResponseKey<'_>,
) -> Result<Option<StoredResponse>> {
    let sql;
    let query = match key {
        ResponseKey::OfUser(call, user) => {
            sql = format!(
                "SELECT {COLUMNS} FROM responses WHERE call_id = $1 AND user_id = $2 \
                 ORDER BY id LIMIT 1"
            );
            sqlx::query(&sql).bind(call).bind(user.0)
        }
        ResponseKey::Reference(call, reference) => {
            sql = format!("SELECT {COLUMNS} FROM responses WHERE call_id = $1 AND reference = $2");
            sqlx::query(&sql).bind(call).bind(reference.to_owned())
        }
    };
    let Some(row) = query.fetch_optional(&mut *conn).await? else {
        return Ok(None);
    };
    let answers = sqlx::query(
        "SELECT a.question_id, q.label, a.text, a.choices FROM response_answers a \
             JOIN call_questions q ON q.id = a.question_id WHERE a.response_id = $1 \
             ORDER BY q.position",
    )
    .bind(row.int("id")?)
    .fetch_all(&mut *conn)
    .await?;
    let mut found = response_from_row(&row, &answers)?;
    found.submission.attachments = files_of(conn, found.id).await?;
    if !found.has_draft && found.version > 0 {
        found.submission.signatories = signatories_of(conn, found.id, found.version).await?;
    }
    Ok(Some(found))
}

/// Appends an entry to the ledger. The head row is updated first, which serialises appends on
/// both backends (SQLite's write lock; PostgreSQL's row lock).
pub(crate) async fn append(
    conn: &mut sqlx::AnyConnection,
    kind: &str,
    reference: &str,
    version: i64,
    content_sha256: &str,
    recorded_at: &str,
) -> Result<(i64, String)> {
    let head = sqlx::query("UPDATE ledger_head SET seq = seq + 1 WHERE id = 1 RETURNING seq, hash")
        .fetch_one(&mut *conn)
        .await?;
    let seq = head.int("seq")?;
    let prev = head.text("hash")?;
    let hash = entry_hash(
        &prev,
        seq,
        kind,
        reference,
        version,
        content_sha256,
        recorded_at,
    );
    sqlx::query(
        "INSERT INTO ledger (seq, kind, reference, version, content_sha256, recorded_at, prev_hash, entry_hash) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(seq)
    .bind(kind)
    .bind(reference)
    .bind(version)
    .bind(content_sha256)
    .bind(recorded_at)
    .bind(&prev)
    .bind(&hash)
    .execute(&mut *conn)
    .await?;
    sqlx::query("UPDATE ledger_head SET hash = $1 WHERE id = 1")
        .bind(&hash)
        .execute(&mut *conn)
        .await?;
    Ok((seq, hash))
}

/// The co-signatories named in a received version.
async fn signatories_of(
    conn: &mut sqlx::AnyConnection,
    response: ResponseId,
    version: i64,
) -> Result<Vec<Signatory>> {
    #[derive(serde::Deserialize)]
    struct Named {
        #[serde(default)]
        signatories: Vec<Signatory>,
    }
    let content = sqlx::query(
        "SELECT content FROM response_versions WHERE response_id = $1 AND version = $2",
    )
    .bind(response.0)
    .bind(version)
    .fetch_optional(&mut *conn)
    .await?
    .map(|r| r.text("content"))
    .transpose()?
    .unwrap_or_default();
    Ok(serde_json::from_str::<Named>(&content)
        .map(|n| n.signatories)
        .unwrap_or_default())
}

/// A version about to be written.
pub(crate) struct Version {
    pub(crate) call_id: CallId,
    pub(crate) id: i64,
    pub(crate) reference: String,
    pub(crate) number: i64,
    pub(crate) channel: Channel,
    pub(crate) stamp: String,
}

/// The reference of a call's `number`th response: `12-00042`.
pub(crate) fn reference_of(call_id: CallId, number: i64) -> String {
    format!("{call_id}-{number:05}")
}

/// Creates a response row with the call's next reference number.
pub(crate) async fn new_response(
    tx: &mut sqlx::AnyConnection,
    call_id: CallId,
    author: Author<'_>,
    channel: Channel,
    submission: &Submission,
    stamp: &str,
) -> Result<(i64, String)> {
    let number = sqlx::query(
        "UPDATE calls SET next_number = next_number + 1 WHERE id = $1 RETURNING next_number - 1 AS n",
    )
    .bind(call_id.0)
    .fetch_one(&mut *tx)
    .await?
    .int("n")?;
    let reference = reference_of(call_id, number);
    let r = &submission.respondent;
    let row = sqlx::query(
        "INSERT INTO responses (call_id, reference, user_id, email, channel, respondent_kind, name, \
         stakeholder_group, lang, updated_at, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING id",
    )
    .bind(call_id.0)
    .bind(&reference)
    .bind(author.user.map(|u| u.0))
    .bind(author.email)
    .bind(channel.code())
    .bind(r.kind.code())
    .bind(&r.name)
    .bind(r.stakeholder_group.code())
    .bind(&submission.lang)
    .bind(stamp)
    .fetch_one(&mut *tx)
    .await?;
    Ok((row.int("id")?, reference))
}

/// Writes a submitted version: the response as it now reads, its answers, the exact record
/// received with its hash, and the ledger entry; returns the receipt.
pub(crate) async fn write_version(
    tx: &mut sqlx::AnyConnection,
    v: &Version,
    submission: &Submission,
) -> Result<Receipt> {
    let received = Received {
        call_id: v.call_id.0,
        reference: &v.reference,
        version: v.number,
        channel: v.channel,
        submission,
    };
    let content = received.canonical_json();
    let sha256 = sha256_hex(content.as_bytes());
    let r = &submission.respondent;
    sqlx::query(
        "UPDATE responses SET respondent_kind = $1, name = $2, organization = $3, stakeholder_group = $4, \
         sub_category = $5, country = $6, ecosoc = $7, lang = $8, consent_publish = $9, consent_cite = $10, \
         version = $11, draft = NULL, submitted_at = $12, updated_at = $12 WHERE id = $13",
    )
    .bind(r.kind.code())
    .bind(&r.name)
    .bind(&r.organization)
    .bind(r.stakeholder_group.code())
    .bind(&r.sub_category)
    .bind(&r.country)
    .bind(r.ecosoc.map(|e| e.code()))
    .bind(&submission.lang)
    .bind(i64::from(submission.consent_publish))
    .bind(i64::from(submission.consent_cite))
    .bind(v.number)
    .bind(&v.stamp)
    .bind(v.id)
    .execute(&mut *tx)
    .await?;
    sqlx::query("DELETE FROM response_answers WHERE response_id = $1")
        .bind(v.id)
        .execute(&mut *tx)
        .await?;
    for answer in &submission.answers {
        sqlx::query(
            "INSERT INTO response_answers (response_id, question_id, text, choices) VALUES ($1, $2, $3, $4)",
        )
        .bind(v.id)
        .bind(answer.question_id.0)
        .bind(&answer.text)
        .bind(serde_json::to_string(&answer.choices).unwrap_or_else(|_| "[]".into()))
        .execute(&mut *tx)
        .await?;
    }
    sqlx::query(
        "INSERT INTO response_versions (response_id, version, content, sha256, created_at) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(v.id)
    .bind(v.number)
    .bind(&content)
    .bind(&sha256)
    .bind(&v.stamp)
    .execute(&mut *tx)
    .await?;
    let (seq, hash) = append(tx, "submission", &v.reference, v.number, &sha256, &v.stamp).await?;
    Ok(Receipt {
        call_id: v.call_id,
        reference: v.reference.clone(),
        version: v.number,
        sha256,
        seq,
        entry_hash: hash,
        recorded_at: v.stamp.clone(),
    })
}

impl ResponseStore for Store {
    async fn response_of(&self, call: CallId, user: UserId) -> Result<Option<StoredResponse>> {
        let mut conn = self.pool.acquire().await?;
        load_response(&mut conn, ResponseKey::OfUser(call.0, user)).await
    }

    async fn response(&self, call: CallId, reference: &str) -> Result<Option<StoredResponse>> {
        let mut conn = self.pool.acquire().await?;
        load_response(&mut conn, ResponseKey::Reference(call.0, reference)).await
    }

    async fn save_response(&self, request: SaveRequest) -> Result<Option<Receipt>> {
        self.through_intake(request).await
    }

    async fn record_response(
        &self,
        by: &AuditActor,
        call_id: CallId,
        received: &ReceivedOtherwise<'_>,
        submission: &Submission,
    ) -> Result<Receipt> {
        let mut tx = self.begin_write().await?;
        let call = load_call(&mut tx, call_id).await?;
        if !matches!(call.state, CallState::Open | CallState::Closed) {
            return Err(closed(
                "Responses are recorded while the call is open or closed, before it is compiled",
            ));
        }
        let stamp = timestamp(OffsetDateTime::now_utc());
        let author = Author {
            user: None,
            email: received.email,
        };
        let (id, reference) = new_response(
            &mut tx,
            call_id,
            author,
            received.channel,
            submission,
            &stamp,
        )
        .await?;
        let (file, content) = received.original;
        let mut with_original = submission.clone();
        with_original.attachments.push(Attachment {
            file_name: file.file_name.clone(),
            media_type: file.kind.media_type().to_owned(),
            byte_size: i64::try_from(content.len()).unwrap_or(i64::MAX),
            sha256: sha256_hex(content),
        });
        let version = Version {
            call_id,
            id,
            reference,
            number: 1,
            channel: received.channel,
            stamp: stamp.clone(),
        };
        let receipt = write_version(&mut tx, &version, &with_original).await?;
        sqlx::query(
            "INSERT INTO response_files (response_id, version, file_name, media_type, byte_size, sha256, content, created_at) \
             VALUES ($1, 1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(id)
        .bind(&file.file_name)
        .bind(file.kind.media_type())
        .bind(i64::try_from(content.len()).unwrap_or(i64::MAX))
        .bind(sha256_hex(content))
        .bind(content)
        .bind(&stamp)
        .execute(&mut *tx)
        .await?;
        sqlx::query("UPDATE responses SET received_on = $1 WHERE id = $2")
            .bind(date_text(Some(received.received_on)))
            .bind(id)
            .execute(&mut *tx)
            .await?;
        record(
            &mut tx,
            by,
            Change {
                action: "record_response",
                entity: "call",
                entity_id: call_id.to_string(),
                body_id: Some(call.body_id),
                public: true,
                before: None,
                after: serde_json::to_string(&receipt).ok(),
                reason: None,
            },
        )
        .await?;
        tx.commit().await?;
        Ok(receipt)
    }

    async fn response_files(
        &self,
        call: CallId,
        reference: &str,
    ) -> Result<Vec<(i64, Attachment)>> {
        let rows = sqlx::query(
            "SELECT f.id, f.file_name, f.media_type, f.byte_size, f.sha256 FROM response_files f \
             JOIN responses r ON r.id = f.response_id WHERE r.call_id = $1 AND r.reference = $2 \
             ORDER BY f.id",
        )
        .bind(call.0)
        .bind(reference)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok((
                    r.int("id")?,
                    Attachment {
                        file_name: r.text("file_name")?,
                        media_type: r.text("media_type")?,
                        byte_size: r.int("byte_size")?,
                        sha256: r.text("sha256")?,
                    },
                ))
            })
            .collect::<Result<_, sqlx::Error>>()
            .map_err(Into::into)
    }

    async fn response_file(
        &self,
        call: CallId,
        reference: &str,
        id: i64,
    ) -> Result<Option<(Attachment, Vec<u8>)>> {
        let row = sqlx::query(
            "SELECT f.file_name, f.media_type, f.byte_size, f.sha256, f.content FROM response_files f \
             JOIN responses r ON r.id = f.response_id \
             WHERE r.call_id = $1 AND r.reference = $2 AND f.id = $3",
        )
        .bind(call.0)
        .bind(reference)
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let content: Vec<u8> = sqlx::Row::try_get(&row, "content")?;
        Ok(Some((
            Attachment {
                file_name: row.text("file_name")?,
                media_type: row.text("media_type")?,
                byte_size: row.int("byte_size")?,
                sha256: row.text("sha256")?,
            },
            content,
        )))
    }

    async fn receipts(&self, call_id: CallId, reference: &str) -> Result<Vec<Receipt>> {
        let found =
            sqlx::query("SELECT 1 AS found FROM responses WHERE call_id = $1 AND reference = $2")
                .bind(call_id.0)
                .bind(reference)
                .fetch_optional(&self.pool)
                .await?;
        if found.is_none() {
            return Ok(Vec::new());
        }
        let rows = sqlx::query(
            "SELECT seq, reference, version, content_sha256, recorded_at, entry_hash FROM ledger \
             WHERE reference = $1 ORDER BY seq",
        )
        .bind(reference)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .iter()
            .map(|r| receipt_from_row(r, call_id))
            .collect::<Result<_, _>>()?)
    }

    async fn ledger(&self) -> Result<Vec<LedgerEntry>> {
        let rows = sqlx::query(
            "SELECT seq, kind, reference, version, content_sha256, recorded_at, prev_hash, entry_hash \
             FROM ledger ORDER BY seq",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(LedgerEntry {
                    seq: r.int("seq")?,
                    kind: r.text("kind")?,
                    reference: r.text("reference")?,
                    version: r.int("version")?,
                    content_sha256: r.text("content_sha256")?,
                    recorded_at: r.text("recorded_at")?,
                    prev_hash: r.text("prev_hash")?,
                    entry_hash: r.text("entry_hash")?,
                })
            })
            .collect::<Result<_, sqlx::Error>>()
            .map_err(Into::into)
    }

    async fn received_versions(&self) -> Result<Vec<(String, i64, String, String)>> {
        let rows = sqlx::query(
            "SELECT r.reference, v.version, v.content, v.sha256 FROM response_versions v \
             JOIN responses r ON r.id = v.response_id ORDER BY r.reference, v.version",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok((
                    r.text("reference")?,
                    r.int("version")?,
                    r.text("content")?,
                    r.text("sha256")?,
                ))
            })
            .collect::<Result<_, sqlx::Error>>()
            .map_err(Into::into)
    }
}
