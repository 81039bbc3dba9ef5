//! Group commit for responses. Every draft and submission made online goes to one writer task,
//! which takes what is waiting (up to a batch), runs each in a savepoint of one transaction and
//! commits once: with `synchronous=FULL` a commit waits for the disk, and sharing that wait is
//! what lets durability and throughput go together. A response is acknowledged only after the
//! commit that holds it. When the queue is full the caller is told at once (`StoreError::Busy`),
//! rather than waiting without bound.

mod bulk;

use std::sync::{Arc, OnceLock};

use sqlx::{Acquire, AnyPool};
use tokio::sync::{mpsc, oneshot};

use crate::calls::load_call;
use crate::connect::{begin_write_on, Backend, Store};
use crate::error::StoreError;
use crate::mail::enqueue_mail;
use crate::responses::{
    attach, check_open, files_of, new_response, write_version, Author, Receipt, SaveRequest,
    Version, MAX_FILES_PER_RESPONSE,
};
use crate::rows::{timestamp, RowExt};
use crate::signatures::request_signatures;
use crate::Result;
use concord_domain::Invalid;

/// Requests waiting for the writer, at most; beyond, callers are told to come back.
pub const QUEUE: usize = 8192;
/// Requests one transaction takes, at most.
pub const MAX_BATCH: usize = 512;

/// A request and where its answer goes.
struct Job {
    request: SaveRequest,
    reply: oneshot::Sender<Result<Option<Receipt>>>,
}

/// The writer's queue, started on first use, and how much it holds.
#[derive(Debug, Clone)]
pub(crate) struct Intake {
    sender: Arc<OnceLock<mpsc::Sender<Job>>>,
    capacity: Arc<std::sync::atomic::AtomicUsize>,
}

impl Default for Intake {
    fn default() -> Self {
        Intake {
            sender: Arc::default(),
            capacity: Arc::new(std::sync::atomic::AtomicUsize::new(QUEUE)),
        }
    }
}

impl Store {
    /// Sets how many requests may wait for the writer (at least one); only before the first.
    pub fn set_intake_capacity(&self, capacity: usize) {
        self.intake
            .capacity
            .store(capacity.max(1), std::sync::atomic::Ordering::Relaxed);
    }

    /// Hands a request to the writer and waits for the commit that holds it.
    pub(crate) async fn through_intake(&self, request: SaveRequest) -> Result<Option<Receipt>> {
        let sender = self.intake.sender.get_or_init(|| {
            let capacity = self
                .intake
                .capacity
                .load(std::sync::atomic::Ordering::Relaxed);
            let (sender, receiver) = mpsc::channel(capacity);
            tokio::spawn(write_batches(self.pool.clone(), self.backend(), receiver));
            sender
        });
        let (reply, answer) = oneshot::channel();
        sender
            .try_send(Job { request, reply })
            .map_err(|error| match error {
                mpsc::error::TrySendError::Full(_) => StoreError::Busy,
                mpsc::error::TrySendError::Closed(_) => {
                    StoreError::Failed("the writer has stopped".into())
                }
            })?;
        answer
            .await
            .map_err(|_| StoreError::Failed("the writer has stopped".into()))?
    }
}

/// The writer: one transaction per batch, one savepoint per request.
async fn write_batches(pool: AnyPool, backend: Backend, mut queue: mpsc::Receiver<Job>) {
    while let Some(first) = queue.recv().await {
        let mut batch = vec![first];
        while batch.len() < MAX_BATCH {
            match queue.try_recv() {
                Ok(job) => batch.push(job),
                Err(_) => break,
            }
        }
        let outcomes = write_batch(&pool, backend, &batch).await;
        match outcomes {
            Ok(outcomes) => {
                for (job, outcome) in batch.into_iter().zip(outcomes) {
                    // The caller may have gone (a closed connection): nothing to tell.
                    let _ = job.reply.send(outcome);
                }
            }
            Err(error) => {
                tracing::error!(%error, size = batch.len(), "a batch of responses failed to commit");
                for job in batch {
                    let _ = job
                        .reply
                        .send(Err(StoreError::Failed(format!("not saved: {error}"))));
                }
            }
        }
    }
}

async fn write_batch(
    pool: &AnyPool,
    backend: Backend,
    batch: &[Job],
) -> Result<Vec<Result<Option<Receipt>>>> {
    let mut tx = begin_write_on(pool, backend).await?;
    let mut outcomes: Vec<Option<Result<Option<Receipt>>>> =
        std::iter::repeat_with(|| None).take(batch.len()).collect();
    let together = bulk::select(batch.iter().map(|job| &job.request));
    if !together.is_empty() {
        let requests: Vec<&SaveRequest> = together.iter().map(|&p| &batch[p].request).collect();
        let mut savepoint = tx.begin().await?;
        match bulk::write(&mut savepoint, &requests).await {
            Ok(written) => {
                savepoint.commit().await?;
                for (&position, outcome) in together.iter().zip(written) {
                    outcomes[position] = Some(outcome);
                }
            }
            Err(error) => {
                // Nothing of it stays; each request is tried again on its own below.
                tracing::warn!(%error, size = requests.len(), "submissions written together failed; writing them one by one");
                savepoint.rollback().await?;
            }
        }
    }
    for (job, outcome) in batch.iter().zip(outcomes.iter_mut()) {
        if outcome.is_some() {
            continue;
        }
        let mut savepoint = tx.begin().await?;
        match save_in(&mut savepoint, &job.request).await {
            Ok(receipt) => {
                savepoint.commit().await?;
                *outcome = Some(Ok(receipt));
            }
            Err(error) => {
                savepoint.rollback().await?;
                *outcome = Some(Err(error));
            }
        }
    }
    tx.commit().await?;
    Ok(outcomes
        .into_iter()
        .map(|outcome| outcome.unwrap_or_else(|| Err(StoreError::Failed("not written".into()))))
        .collect())
}

/// Saves a draft or submits a version, inside the writer's transaction (see `intake`).
async fn save_in(tx: &mut sqlx::AnyConnection, request: &SaveRequest) -> Result<Option<Receipt>> {
    let SaveRequest {
        call: call_id,
        user,
        email,
        channel,
        submission,
        files,
        submit,
        at,
        mails,
    } = request;
    let (call_id, channel, submit, at) = (*call_id, *channel, *submit, *at);
    let author = Author {
        user: *user,
        email: email.as_deref(),
    };
    let call = load_call(&mut *tx, call_id).await?;
    check_open(&call, at)?;
    // Only the row's identity is needed here, not the whole response.
    let existing = match author.user {
        Some(user) => sqlx::query(
            "SELECT id, reference, version FROM responses WHERE call_id = $1 AND user_id = $2",
        )
        .bind(call_id)
        .bind(user.0)
        .fetch_optional(&mut *tx)
        .await?
        .map(|row| -> std::result::Result<_, sqlx::Error> {
            Ok((row.int("id")?, row.text("reference")?, row.int("version")?))
        })
        .transpose()?,
        None => None,
    };
    let stamp = timestamp(at);
    let (id, reference, version) = match existing {
        Some(found) => found,
        None => {
            let (id, reference) =
                new_response(&mut *tx, call_id, author, channel, submission, &stamp).await?;
            (id, reference, 0)
        }
    };
    let stored_files = attach(&mut *tx, id, files, &stamp).await?;
    if stored_files > MAX_FILES_PER_RESPONSE {
        return Err(Invalid::one(
            "attachments",
            "too_many_files",
            format!("A response carries at most {MAX_FILES_PER_RESPONSE} files"),
        )
        .with_arg("limit", MAX_FILES_PER_RESPONSE)
        .into());
    }
    if !submit {
        let draft = serde_json::to_string(submission).unwrap_or_default();
        sqlx::query("UPDATE responses SET draft = $1, updated_at = $2 WHERE id = $3")
            .bind(&draft)
            .bind(&stamp)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        return Ok(None);
    }
    let version = Version {
        call_id,
        id,
        reference,
        number: version + 1,
        channel,
        stamp,
    };
    let mut with_files = submission.clone();
    with_files.attachments = files_of(&mut *tx, id).await?;
    let receipt = write_version(&mut *tx, &version, &with_files).await?;
    sqlx::query("UPDATE response_files SET version = $1 WHERE response_id = $2 AND version = 0")
        .bind(version.number)
        .bind(id)
        .execute(&mut *tx)
        .await?;
    if let Some(mail) = (mails.receipt)(&receipt) {
        enqueue_mail(&mut *tx, &mail).await?;
    }
    request_signatures(
        &mut *tx,
        id,
        &with_files.signatories,
        &receipt,
        &*mails.signature,
    )
    .await?;

    Ok(Some(receipt))
}
