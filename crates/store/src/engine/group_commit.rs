//! Group commit. Requests to write go to one writer task, which takes what is waiting (up to a
//! batch), writes it in as few transactions as it can and commits once: with `synchronous=FULL`
//! a commit waits for the disk, and sharing that wait is what lets durability and throughput go
//! together. A request is answered only after the commit that holds it. When the queue is full
//! the caller is told at once (`StoreError::Busy`), rather than waiting without bound.
//!
//! The engine knows no record: what it writes, and which requests may be written together in
//! one statement per table, is said by a [`GroupWrite`] (the responses' intake is the one).

use std::any::Any;
use std::future::Future;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};

use sqlx::AnyPool;
use tokio::sync::{mpsc, oneshot};

use super::direct::Direct;
use super::turns::WriteTurns;
use crate::backend::Backend;
use crate::error::StoreError;
use crate::Result;

/// Requests waiting for the writer, at most; beyond, callers are told to come back.
pub const QUEUE: usize = 8192;
/// Requests one transaction takes, at most.
pub const MAX_BATCH: usize = 512;

/// What a writer writes.
pub(crate) trait GroupWrite: Send + Sync + 'static {
    /// A request to write.
    type Request: Send + Sync + 'static;
    /// What its caller is answered once it is committed.
    type Reply: Send + 'static;

    /// Which requests of a batch (by position) may be written together.
    fn together(requests: &[&Self::Request]) -> Vec<usize>;

    /// Writes requests chosen by [`GroupWrite::together`] on the writer's own SQLite
    /// connection, inside its transaction; each one's outcome, in order.
    fn write_together_direct<'a>(
        direct: &'a mut Direct,
        requests: &'a [&'a Self::Request],
    ) -> impl Future<Output = Result<Outcomes<Self::Reply>>> + Send + 'a;

    /// The same through a pooled connection, inside its transaction.
    fn write_together_pooled<'a>(
        conn: &'a mut sqlx::AnyConnection,
        requests: &'a [&'a Self::Request],
    ) -> impl Future<Output = Result<Outcomes<Self::Reply>>> + Send + 'a;

    /// Writes one request inside the open transaction (in a savepoint of its own).
    fn write_one<'a>(
        conn: &'a mut sqlx::AnyConnection,
        request: &'a Self::Request,
    ) -> impl Future<Output = Result<Self::Reply>> + Send + 'a;
}

/// Each request's outcome, in the order of the requests.
pub(crate) type Outcomes<T> = Vec<Result<T>>;

/// A request and where its answer goes.
pub(crate) struct Job<W: GroupWrite> {
    request: W::Request,
    reply: oneshot::Sender<Result<W::Reply>>,
}

/// A store's writer: its queue, started on first use by what writes through it, and how much
/// the queue holds.
#[derive(Debug, Clone)]
pub(crate) struct Intake {
    /// The sender of the queue, as `mpsc::Sender<Job<W>>` for the one `W` that writes.
    sender: Arc<OnceLock<Box<dyn Any + Send + Sync>>>,
    capacity: Arc<AtomicUsize>,
    /// The SQLite file, which the writer opens on its own connection.
    sqlite_file: Option<PathBuf>,
}

impl Intake {
    pub(crate) fn new(sqlite_file: Option<PathBuf>) -> Self {
        Intake {
            sender: Arc::default(),
            capacity: Arc::new(AtomicUsize::new(QUEUE)),
            sqlite_file,
        }
    }

    /// Sets how many requests may wait (at least one); only before the first.
    pub(crate) fn set_capacity(&self, capacity: usize) {
        self.capacity.store(capacity.max(1), Ordering::Relaxed);
    }

    /// Whether requests are waiting for the writer.
    pub(crate) fn waiting<W: GroupWrite>(&self) -> bool {
        self.sender
            .get()
            .and_then(|sender| sender.downcast_ref::<mpsc::Sender<Job<W>>>())
            .is_some_and(|sender| sender.capacity() < sender.max_capacity())
    }

    /// Hands a request to the writer (started on first use) and waits for the commit that
    /// holds it.
    pub(crate) async fn write<W: GroupWrite>(
        &self,
        pool: &AnyPool,
        backend: Backend,
        turns: &WriteTurns,
        request: W::Request,
    ) -> Result<W::Reply> {
        let sender = self.sender.get_or_init(|| {
            let (sender, receiver) = mpsc::channel::<Job<W>>(self.capacity.load(Ordering::Relaxed));
            start_writer::<W>(
                pool.clone(),
                backend,
                self.sqlite_file.clone(),
                turns.clone(),
                receiver,
            );
            Box::new(sender)
        });
        let sender = sender
            .downcast_ref::<mpsc::Sender<Job<W>>>()
            .ok_or_else(|| StoreError::Failed("the writer writes something else".into()))?;
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
fn start_writer<W: GroupWrite>(
    pool: AnyPool,
    backend: Backend,
    file: Option<PathBuf>,
    turns: WriteTurns,
    queue: mpsc::Receiver<Job<W>>,
) {
    if backend == Backend::Postgres {
        tokio::spawn(write_batches::<W>(pool, backend, None, turns, queue));
        return;
    }
    let started = std::thread::Builder::new()
        .name("concord-intake".into())
        .spawn(move || {
            let direct = file.and_then(|file| match Direct::open(&file) {
                Ok(direct) => Some(direct),
                Err(error) => {
                    tracing::warn!(%error, "the writer uses the pool's connections");
                    None
                }
            });
            match tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
            {
                Ok(runtime) => {
                    runtime.block_on(write_batches::<W>(pool, backend, direct, turns, queue))
                }
                // The queue is dropped with this thread: callers are told the writer stopped.
                Err(error) => tracing::error!(%error, "the writer cannot start"),
            }
        });
    if let Err(error) = started {
        tracing::error!(%error, "the writer cannot start");
    }
}

/// The writer: takes what is waiting, up to a batch, writes it and answers each caller.
async fn write_batches<W: GroupWrite>(
    pool: AnyPool,
    backend: Backend,
    mut direct: Option<Direct>,
    turns: WriteTurns,
    mut queue: mpsc::Receiver<Job<W>>,
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
        let outcomes = write_batch::<W>(&pool, backend, direct.as_mut(), &batch).await;
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
async fn write_batch<W: GroupWrite>(
    pool: &AnyPool,
    backend: Backend,
    direct: Option<&mut Direct>,
    batch: &[Job<W>],
) -> Outcomes<W::Reply> {
    let mut outcomes: Vec<Option<Result<W::Reply>>> =
        std::iter::repeat_with(|| None).take(batch.len()).collect();
    let all: Vec<&W::Request> = batch.iter().map(|job| &job.request).collect();
    let together = W::together(&all);
    if !together.is_empty() {
        let requests: Vec<&W::Request> = together.iter().map(|&p| all[p]).collect();
        let written = match direct {
            Some(direct) => write_together_direct::<W>(direct, &requests).await,
            None => write_together_pooled::<W>(pool, backend, &requests).await,
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
        match write_one_by_one::<W>(pool, backend, batch, &rest).await {
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

async fn write_together_direct<W: GroupWrite>(
    direct: &mut Direct,
    requests: &[&W::Request],
) -> Result<Outcomes<W::Reply>> {
    direct.begin()?;
    let written = match W::write_together_direct(direct, requests).await {
        Ok(written) => direct.commit().map(|()| written),
        Err(error) => Err(error),
    };
    if written.is_err() {
        // Rolls back whatever the failure left open; a failed rollback changes nothing more.
        let _ = direct.rollback();
    }
    written
}

async fn write_together_pooled<W: GroupWrite>(
    pool: &AnyPool,
    backend: Backend,
    requests: &[&W::Request],
) -> Result<Outcomes<W::Reply>> {
    let mut conn = pool.acquire().await?;
    begin(&mut conn, backend).await?;
    let written = W::write_together_pooled(&mut conn, requests).await;
    commit_or_roll_back(conn, written).await
}

/// Commits what was `written`, or rolls everything back when writing or committing failed.
pub(crate) async fn commit_or_roll_back<T>(
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
pub(crate) async fn begin(conn: &mut sqlx::AnyConnection, backend: Backend) -> Result<()> {
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

async fn write_one_by_one<W: GroupWrite>(
    pool: &AnyPool,
    backend: Backend,
    batch: &[Job<W>],
    positions: &[usize],
) -> Result<Outcomes<W::Reply>> {
    let mut conn = pool.acquire().await?;
    begin(&mut conn, backend).await?;
    let written = one_by_one::<W>(&mut conn, batch, positions).await;
    commit_or_roll_back(conn, written).await
}

/// Each request in a savepoint of its own, inside the open transaction.
async fn one_by_one<W: GroupWrite>(
    conn: &mut sqlx::AnyConnection,
    batch: &[Job<W>],
    positions: &[usize],
) -> Result<Outcomes<W::Reply>> {
    let mut outcomes = Vec::with_capacity(positions.len());
    for &position in positions {
        sqlx::query("SAVEPOINT one").execute(&mut *conn).await?;
        match W::write_one(conn, &batch[position].request).await {
            Ok(reply) => {
                sqlx::query("RELEASE SAVEPOINT one")
                    .execute(&mut *conn)
                    .await?;
                outcomes.push(Ok(reply));
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
