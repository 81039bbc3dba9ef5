//! The mail outbox and the job queue that delivers it. Every message is written to the outbox,
//! with a `send_mail` job, in the same transaction as the action that caused it, so nothing
//! acknowledged is lost: if delivery fails the job is retried with backoff, and the message
//! stays in the outbox for the administrator either way.

use serde::Serialize;
use sqlx::any::AnyRow;
use time::{Duration, OffsetDateTime};

use crate::connect::{begin_write_on, Store};
use crate::engine::multirow::{run, Cell};
use crate::jobs::{enqueue, Task};
use crate::rows::{now, timestamp, RowExt};
use crate::Result;

/// A message to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailDraft {
    /// The recipient's address.
    pub to: String,
    /// Subject line.
    pub subject: String,
    /// Plain-text body.
    pub body: String,
}

/// A message in the outbox.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OutboxEntry {
    /// Its id.
    pub id: i64,
    /// The recipient.
    pub to: String,
    /// Subject line.
    pub subject: String,
    /// Plain-text body.
    pub body: String,
    /// When it was written (RFC 3339).
    pub created_at: String,
    /// When it was handed to the mail server, if it was.
    pub sent_at: Option<String>,
    /// Delivery attempts so far.
    pub attempts: i64,
    /// The last delivery error.
    pub last_error: Option<String>,
}

/// A job claimed by a worker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Job {
    /// Its id.
    pub id: i64,
    /// What to do, or why it cannot be read (a kind this version does not know).
    pub task: std::result::Result<Task, String>,
    /// Attempts so far, this one included.
    pub attempts: i64,
    /// Attempts allowed before the job is marked failed.
    pub max_attempts: i64,
}

/// What became of a claimed job.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JobEnd {
    /// Done.
    Done,
    /// Failed this time: run again later with backoff, or mark failed after the last attempt.
    Retry(String),
    /// Failed for good.
    Fail(String),
}

/// The outcome of one `send_mail` job: what happened to its message, if there was one, and to
/// the job.
#[derive(Debug, Clone)]
pub struct MailSettlement<'a> {
    /// The job.
    pub job: &'a Job,
    /// The message and the attempt's result: sent, or the error kept with it.
    pub message: Option<(i64, Result<(), String>)>,
    /// What becomes of the job.
    pub end: JobEnd,
}

/// How many times a message is tried before it is left in the outbox as failed.
pub const MAIL_ATTEMPTS: i64 = 8;

/// Writes a message and its delivery job; call inside the transaction of the action.
pub(crate) async fn enqueue_mail(conn: &mut sqlx::AnyConnection, mail: &MailDraft) -> Result<i64> {
    let stamp = now();
    let row = sqlx::query(
        "INSERT INTO outbox (recipient, subject, body_text, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(&mail.to)
    .bind(&mail.subject)
    .bind(&mail.body)
    .bind(&stamp)
    .fetch_one(&mut *conn)
    .await?;
    let id = row.int("id")?;
    let task = Task::SendMail { outbox: id };
    enqueue(conn, task, OffsetDateTime::now_utc(), MAIL_ATTEMPTS).await?;
    Ok(id)
}

fn outbox_from_row(row: &AnyRow) -> Result<OutboxEntry, sqlx::Error> {
    Ok(OutboxEntry {
        id: row.int("id")?,
        to: row.text("recipient")?,
        subject: row.text("subject")?,
        body: row.text("body_text")?,
        created_at: row.text("created_at")?,
        sent_at: row.opt_text("sent_at")?,
        attempts: row.int("attempts")?,
        last_error: row.opt_text("last_error")?,
    })
}

/// The outbox and the job queue.
#[allow(async_fn_in_trait)]
pub trait MailStore {
    /// Writes a message outside any other action (an administrator's test message).
    async fn send_later(&self, mail: &MailDraft) -> Result<i64>;
    /// The newest messages first.
    async fn outbox(&self, limit: i64) -> Result<Vec<OutboxEntry>>;
    /// One message.
    async fn outbox_entry(&self, id: i64) -> Result<Option<OutboxEntry>>;
    /// Records a delivery attempt: sent, or the error.
    async fn mark_delivery(&self, id: i64, outcome: Result<(), String>) -> Result<()>;
    /// Takes the next due job, locking it for `lock` so that no other worker runs it meanwhile.
    async fn claim_job(&self, lock: Duration) -> Result<Option<Job>>;
    /// Takes up to `limit` due jobs at once, in the order due, locking them for `lock`.
    async fn claim_jobs(&self, lock: Duration, limit: i64) -> Result<Vec<Job>>;
    /// The messages with these ids, in no particular order.
    async fn outbox_entries(&self, ids: &[i64]) -> Result<Vec<OutboxEntry>>;
    /// Records what became of a batch of messages and their jobs, in one transaction (one
    /// commit for the batch rather than two per message).
    async fn settle_mail(&self, settled: &[MailSettlement<'_>]) -> Result<()>;
    /// The job is done.
    async fn finish_job(&self, id: i64) -> Result<()>;
    /// The job failed: retry later with backoff, or give up after its last attempt.
    async fn retry_job(&self, job: &Job, error: &str) -> Result<()>;
    /// Jobs neither done nor failed.
    async fn pending_jobs(&self) -> Result<i64>;
}

const OUTBOX_COLUMNS: &str =
    "id, recipient, subject, body_text, created_at, sent_at, attempts, last_error";

impl MailStore for Store {
    async fn send_later(&self, mail: &MailDraft) -> Result<i64> {
        let mut tx = self.begin_write().await?;
        let id = enqueue_mail(&mut tx, mail).await?;
        tx.commit().await?;
        Ok(id)
    }

    async fn outbox(&self, limit: i64) -> Result<Vec<OutboxEntry>> {
        let rows = sqlx::query(&format!(
            "SELECT {OUTBOX_COLUMNS} FROM outbox ORDER BY id DESC LIMIT $1"
        ))
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.iter().map(outbox_from_row).collect::<Result<_, _>>()?)
    }

    async fn outbox_entry(&self, id: i64) -> Result<Option<OutboxEntry>> {
        let row = sqlx::query(&format!(
            "SELECT {OUTBOX_COLUMNS} FROM outbox WHERE id = $1"
        ))
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.as_ref().map(outbox_from_row).transpose()?)
    }

    async fn mark_delivery(&self, id: i64, outcome: Result<(), String>) -> Result<()> {
        let (sent_at, error) = match outcome {
            Ok(()) => (Some(now()), None),
            Err(e) => (None, Some(e)),
        };
        sqlx::query(
            "UPDATE outbox SET attempts = attempts + 1, sent_at = COALESCE($1, sent_at), last_error = $2 WHERE id = $3",
        )
        .bind(sent_at)
        .bind(error)
        .bind(id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn claim_job(&self, lock: Duration) -> Result<Option<Job>> {
        Ok(self.claim_jobs(lock, 1).await?.pop())
    }

    async fn claim_jobs(&self, lock: Duration, limit: i64) -> Result<Vec<Job>> {
        let at = OffsetDateTime::now_utc();
        let _turn = self.turns.take().await;
        // One statement: of two workers racing for the same rows, the second finds them locked.
        let rows = sqlx::query(
            "UPDATE jobs SET locked_until = $1, attempts = attempts + 1 WHERE id IN (\
               SELECT id FROM jobs WHERE done_at IS NULL AND failed_at IS NULL AND run_at <= $2 \
               AND (locked_until IS NULL OR locked_until < $2) ORDER BY run_at, id LIMIT $3) \
             AND (locked_until IS NULL OR locked_until < $2) \
             RETURNING id, kind, payload, attempts, max_attempts, run_at",
        )
        .bind(timestamp(at + lock))
        .bind(timestamp(at))
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        let mut jobs = rows
            .iter()
            .map(|row| {
                Ok((
                    row.text("run_at")?,
                    Job {
                        id: row.int("id")?,
                        task: Task::read(&row.text("kind")?, &row.text("payload")?),
                        attempts: row.int("attempts")?,
                        max_attempts: row.int("max_attempts")?,
                    },
                ))
            })
            .collect::<std::result::Result<Vec<_>, sqlx::Error>>()?;
        // RETURNING gives no order: run them in the order they were due.
        jobs.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.id.cmp(&b.1.id)));
        Ok(jobs.into_iter().map(|(_, job)| job).collect())
    }

    async fn outbox_entries(&self, ids: &[i64]) -> Result<Vec<OutboxEntry>> {
        let ids: Vec<Vec<Cell>> = ids.iter().map(|id| vec![Cell::Int(*id)]).collect();
        let mut conn = self.pool.acquire().await?;
        let rows = run(
            &mut conn,
            &format!("SELECT {OUTBOX_COLUMNS} FROM outbox WHERE id IN ({{rows}})"),
            &ids,
        )
        .await?;
        Ok(rows.iter().map(outbox_from_row).collect::<Result<_, _>>()?)
    }

    async fn settle_mail(&self, settled: &[MailSettlement<'_>]) -> Result<()> {
        let stamp = now();
        let messages: Vec<(i64, Option<&str>, Option<&str>)> = settled
            .iter()
            .filter_map(|s| s.message.as_ref())
            .map(|(id, result)| match result {
                Ok(()) => (*id, Some(stamp.as_str()), None),
                Err(error) => (*id, None, Some(error.as_str())),
            })
            .collect();
        let message_rows: Vec<Vec<Cell>> = messages
            .iter()
            .map(|(id, sent_at, error)| {
                vec![
                    Cell::Int(*id),
                    Cell::MaybeText(*sent_at),
                    Cell::MaybeText(*error),
                ]
            })
            .collect();
        // Per job: done at, runs again at, failed at, the error.
        let ends: Vec<JobRow> = settled
            .iter()
            .map(|s| {
                let (done_at, run_at, error) = match &s.end {
                    JobEnd::Done => (Some(stamp.clone()), None, None),
                    JobEnd::Retry(error) => (
                        None,
                        next_attempt(s.job).map(timestamp),
                        Some(error.as_str()),
                    ),
                    JobEnd::Fail(error) => (None, None, Some(error.as_str())),
                };
                // Failed when it neither finished nor runs again.
                let failed_at = (done_at.is_none() && run_at.is_none()).then(|| stamp.clone());
                JobRow {
                    id: s.job.id,
                    done_at,
                    run_at,
                    failed_at,
                    error,
                }
            })
            .collect();
        let job_rows: Vec<Vec<Cell>> = ends
            .iter()
            .map(|end| {
                vec![
                    Cell::Int(end.id),
                    Cell::MaybeText(end.done_at.as_deref()),
                    Cell::MaybeText(end.run_at.as_deref()),
                    Cell::MaybeText(end.failed_at.as_deref()),
                    Cell::MaybeText(end.error),
                ]
            })
            .collect();
        let _turn = self.turns.take().await;
        let mut tx = begin_write_on(&self.pool, self.backend()).await?;
        run(
            &mut tx,
            "UPDATE outbox SET attempts = attempts + 1, sent_at = COALESCE(v.column2, outbox.sent_at), \
             last_error = v.column3 FROM (VALUES {rows}) AS v WHERE outbox.id = v.column1",
            &message_rows,
        )
        .await?;
        run(
            &mut tx,
            "UPDATE jobs SET done_at = v.column2, run_at = COALESCE(v.column3, jobs.run_at), \
             failed_at = v.column4, last_error = COALESCE(v.column5, jobs.last_error), \
             locked_until = NULL FROM (VALUES {rows}) AS v WHERE jobs.id = v.column1",
            &job_rows,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn finish_job(&self, id: i64) -> Result<()> {
        sqlx::query("UPDATE jobs SET done_at = $1, locked_until = NULL WHERE id = $2")
            .bind(now())
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn retry_job(&self, job: &Job, error: &str) -> Result<()> {
        let Some(at) = next_attempt(job) else {
            sqlx::query("UPDATE jobs SET failed_at = $1, locked_until = NULL, last_error = $2 WHERE id = $3")
                .bind(now())
                .bind(error)
                .bind(job.id)
                .execute(&self.pool)
                .await?;
            return Ok(());
        };
        sqlx::query(
            "UPDATE jobs SET run_at = $1, locked_until = NULL, last_error = $2 WHERE id = $3",
        )
        .bind(timestamp(at))
        .bind(error)
        .bind(job.id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn pending_jobs(&self) -> Result<i64> {
        let row = sqlx::query(
            "SELECT COUNT(*) AS n FROM jobs WHERE done_at IS NULL AND failed_at IS NULL",
        )
        .fetch_one(&self.pool)
        .await?;
        Ok(row.int("n")?)
    }
}

/// What becomes of a job's row when its outcome is recorded.
struct JobRow<'a> {
    id: i64,
    done_at: Option<String>,
    run_at: Option<String>,
    failed_at: Option<String>,
    error: Option<&'a str>,
}

/// When a job that failed runs again: after 30 s, 1 min, 2 min… capped at an hour; `None` after
/// its last attempt.
fn next_attempt(job: &Job) -> Option<OffsetDateTime> {
    if job.attempts >= job.max_attempts {
        return None;
    }
    let exponent = u32::try_from(job.attempts.clamp(1, 8) - 1).unwrap_or(0);
    Some(OffsetDateTime::now_utc() + Duration::seconds((30i64 << exponent).min(3600)))
}
