//! Group commit for responses. Every draft and submission made online goes to one writer task,
//! which takes what is waiting (up to a batch), runs each in a savepoint of one transaction and
//! commits once: with `synchronous=FULL` a commit waits for the disk, and sharing that wait is
//! what lets durability and throughput go together. A response is acknowledged only after the
//! commit that holds it. When the queue is full the caller is told at once (`StoreError::Busy`),
//! rather than waiting without bound.

mod bulk;
mod direct;

use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

use sqlx::AnyPool;
use tokio::sync::{mpsc, oneshot};

use crate::calls::load_call;
use crate::connect::{Backend, Store};
use crate::error::StoreError;
use crate::mail::enqueue_mail;
use crate::responses::{
    attach, check_open, files_of, new_response, write_version, Author, Receipt, SaveRequest,
    Version, MAX_FILES_PER_RESPONSE,
};
use crate::rows::{timestamp, RowExt};
use crate::signatures::request_signatures;
use crate::turns::WriteTurns;
use crate::Result;
use concord_domain::Invalid;
use direct::Direct;

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
    /// The SQLite file, which the writer opens on its own connection.
    sqlite_file: Option<PathBuf>,
}

impl Intake {
    pub(crate) fn new(sqlite_file: Option<PathBuf>) -> Self {
        Intake {
            sender: Arc::default(),
            capacity: Arc::new(std::sync::atomic::AtomicUsize::new(QUEUE)),
            sqlite_file,
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

    /// Whether responses are waiting for the writer: the server is under load, and work that
    /// can wait (mail) should leave it the room.
    pub fn responses_waiting(&self) -> bool {
        self.intake
            .sender
            .get()
            .is_some_and(|sender| sender.capacity() < sender.max_capacity())
    }

    /// Hands a request to the writer and waits for the commit that holds it.
    pub(crate) async fn through_intake(&self, request: SaveRequest) -> Result<Option<Receipt>> {
        let sender = self.intake.sender.get_or_init(|| {
            let capacity = self
                .intake
                .capacity
                .load(std::sync::atomic::Ordering::Relaxed);
            let (sender, receiver) = mpsc::channel(capacity);
            start_writer(
                self.pool.clone(),
                self.backend(),
                self.intake.sqlite_file.clone(),
                self.turns.clone(),
                receiver,
            );
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

/// Starts the writer. On SQLite it runs on a thread of its own, with a connection of its own
/// (see `direct`): each statement through the pool is a round trip to that connection's worker
/// thread, and on the server's runtime every trip would also wait behind the requests queued
/// there. PostgreSQL's connections belong to the runtime that opened them, so there the writer
/// is a task like any other and writes through the pool.
fn start_writer(
    pool: AnyPool,
    backend: Backend,
    file: Option<PathBuf>,
    turns: WriteTurns,
    queue: mpsc::Receiver<Job>,
) {
    if backend == Backend::Postgres {
        tokio::spawn(write_batches(pool, backend, None, turns, queue));
        return;
    }
    let started = std::thread::Builder::new()
        .name("concord-intake".into())
        .spawn(move || {
            let direct = file.and_then(|file| match Direct::open(&file) {
                Ok(direct) => Some(direct),
                Err(error) => {
                    tracing::warn!(%error, "the writer of responses uses the pool's connections");
                    None
                }
            });
            match tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
            {
                Ok(runtime) => runtime.block_on(write_batches(pool, backend, direct, turns, queue)),
                // The queue is dropped with this thread: callers are told the writer stopped.
                Err(error) => tracing::error!(%error, "the writer of responses cannot start"),
            }
        });
    if let Err(error) = started {
        tracing::error!(%error, "the writer of responses cannot start");
    }
}

/// The writer: takes what is waiting, up to a batch, writes it and answers each caller.
async fn write_batches(
    pool: AnyPool,
    backend: Backend,
    mut direct: Option<Direct>,
    turns: WriteTurns,
    mut queue: mpsc::Receiver<Job>,
) {
    while let Some(first) = queue.recv().await {
        let mut batch = vec![first];
        while batch.len() < MAX_BATCH {
            match queue.try_recv() {
                Ok(job) => batch.push(job),
                Err(_) => break,
            }
        }
        // A turn per batch, so that the mail worker is never kept waiting longer than one.
        let turn = turns.take().await;
        let outcomes = write_batch(&pool, backend, direct.as_mut(), &batch).await;
        drop(turn);
        for (job, outcome) in batch.into_iter().zip(outcomes) {
            // The caller may have gone (a closed connection): nothing to tell.
            let _ = job.reply.send(outcome);
        }
        if queue.is_empty() {
            if let Some(direct) = direct.as_mut() {
                direct.checkpoint_when_idle();
            }
        }
    }
}

/// Writes a batch: first the submissions that can be written together (see `bulk`), in one
/// transaction; then the rest one by one, each in a savepoint of a second transaction. Each
/// outcome is a receipt (or nothing, for a draft) only once its transaction has committed.
async fn write_batch(
    pool: &AnyPool,
    backend: Backend,
    direct: Option<&mut Direct>,
    batch: &[Job],
) -> Vec<Result<Option<Receipt>>> {
    let mut outcomes: Vec<Option<Result<Option<Receipt>>>> =
        std::iter::repeat_with(|| None).take(batch.len()).collect();
    let together = bulk::select(batch.iter().map(|job| &job.request));
    if !together.is_empty() {
        let requests: Vec<&SaveRequest> = together.iter().map(|&p| &batch[p].request).collect();
        let written = match direct {
            Some(direct) => write_together_direct(direct, &requests).await,
            None => write_together_pooled(pool, backend, &requests).await,
        };
        match written {
            Ok(written) => {
                for (&position, outcome) in together.iter().zip(written) {
                    outcomes[position] = Some(outcome);
                }
            }
            // Nothing of it stays; each request is tried again on its own below.
            Err(error) => {
                tracing::warn!(%error, size = requests.len(), "submissions written together failed; writing them one by one");
            }
        }
    }
    let rest: Vec<usize> = (0..batch.len())
        .filter(|&p| outcomes[p].is_none())
        .collect();
    if !rest.is_empty() {
        match write_one_by_one(pool, backend, batch, &rest).await {
            Ok(written) => {
                for (&position, outcome) in rest.iter().zip(written) {
                    outcomes[position] = Some(outcome);
                }
            }
            Err(error) => {
                tracing::error!(%error, size = rest.len(), "a batch of responses failed to commit");
                for &position in &rest {
                    // A full disk or a database that is away is said as such (503, try again);
                    // anything else is a failure of ours.
                    outcomes[position] = Some(Err(if error.is_unavailable() {
                        StoreError::Unavailable(format!("not saved: {error}"))
                    } else {
                        StoreError::Failed(format!("not saved: {error}"))
                    }));
                }
            }
        }
    }
    outcomes
        .into_iter()
        .map(|outcome| outcome.unwrap_or_else(|| Err(StoreError::Failed("not written".into()))))
        .collect()
}

type Outcomes = Vec<Result<Option<Receipt>>>;

async fn write_together_direct(direct: &mut Direct, requests: &[&SaveRequest]) -> Result<Outcomes> {
    direct.begin()?;
    let written = match bulk::write(direct, requests).await {
        Ok(written) => direct.commit().map(|()| written),
        Err(error) => Err(error),
    };
    if written.is_err() {
        // Rolls back whatever the failure left open; a failed rollback changes nothing more.
        let _ = direct.rollback();
    }
    written
}

async fn write_together_pooled(
    pool: &AnyPool,
    backend: Backend,
    requests: &[&SaveRequest],
) -> Result<Outcomes> {
    let mut conn = pool.acquire().await?;
    begin(&mut conn, backend).await?;
    let written = bulk::write(&mut *conn, requests).await;
    commit_or_roll_back(conn, written).await
}

/// Commits what was `written`, or rolls everything back when writing or committing failed.
async fn commit_or_roll_back<T>(
    mut conn: sqlx::pool::PoolConnection<sqlx::Any>,
    written: Result<T>,
) -> Result<T> {
    let committed = match written {
        Ok(written) => sqlx::query("COMMIT")
            .execute(&mut *conn)
            .await
            .map(|_| written)
            .map_err(StoreError::from),
        Err(error) => Err(error),
    };
    if committed.is_err() {
        roll_back(conn).await;
    }
    committed
}

/// Opens the writer's transaction by hand rather than with sqlx's transaction object: when a
/// `COMMIT` fails (a full disk), sqlx would hand the connection back still counting itself in a
/// transaction, and every later write on it would fail; here a failure always rolls back.
async fn begin(conn: &mut sqlx::AnyConnection, backend: Backend) -> Result<()> {
    let statement = match backend {
        Backend::Sqlite => "BEGIN IMMEDIATE",
        Backend::Postgres => "BEGIN",
    };
    sqlx::query(statement).execute(&mut *conn).await?;
    Ok(())
}

/// Rolls back whatever a failure left open; a connection that cannot even roll back is closed
/// rather than returned to the pool.
async fn roll_back(mut conn: sqlx::pool::PoolConnection<sqlx::Any>) {
    if sqlx::query("ROLLBACK").execute(&mut *conn).await.is_err() {
        use sqlx::Connection as _;
        let _ = conn.detach().close().await;
    }
}

async fn write_one_by_one(
    pool: &AnyPool,
    backend: Backend,
    batch: &[Job],
    positions: &[usize],
) -> Result<Outcomes> {
    let mut conn = pool.acquire().await?;
    begin(&mut conn, backend).await?;
    let written = one_by_one(&mut conn, batch, positions).await;
    commit_or_roll_back(conn, written).await
}

/// Each request in a savepoint of its own, inside the open transaction.
async fn one_by_one(
    conn: &mut sqlx::AnyConnection,
    batch: &[Job],
    positions: &[usize],
) -> Result<Outcomes> {
    let mut outcomes = Vec::with_capacity(positions.len());
    for &position in positions {
        sqlx::query("SAVEPOINT one").execute(&mut *conn).await?;
        match save_in(conn, &batch[position].request).await {
            Ok(receipt) => {
                sqlx::query("RELEASE SAVEPOINT one")
                    .execute(&mut *conn)
                    .await?;
                outcomes.push(Ok(receipt));
            }
            Err(error) => {
                sqlx::query("ROLLBACK TO SAVEPOINT one")
                    .execute(&mut *conn)
                    .await?;
                sqlx::query("RELEASE SAVEPOINT one")
                    .execute(&mut *conn)
                    .await?;
                outcomes.push(Err(error));
            }
        }
    }
    Ok(outcomes)
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
