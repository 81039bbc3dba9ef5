//! Turns at SQLite's write lock for the writers that never rest: the writer of responses and the
//! mail worker. SQLite's busy handler lets a waiting connection sleep and try again; a writer that
//! commits and begins again at once nearly always takes the lock back before the sleeper wakes.
//! Under a flood of submissions the mail worker waited seconds for each turn and the receipts
//! piled up in the outbox. A first-come, first-served queue in front of the lock gives whoever
//! waits the next turn. PostgreSQL locks rows, not the database, and needs no turns.

use std::sync::Arc;

use tokio::sync::{Mutex, OwnedMutexGuard};

/// The queue for the write lock (SQLite only).
#[derive(Debug, Clone, Default)]
pub(crate) struct WriteTurns(Option<Arc<Mutex<()>>>);

/// Held for as long as a turn lasts: the write must be committed before it is dropped.
pub(crate) type Turn = Option<OwnedMutexGuard<()>>;

impl WriteTurns {
    pub(crate) fn new(sqlite: bool) -> Self {
        WriteTurns(sqlite.then(Arc::default))
    }

    /// Waits for this writer's turn; the turns go in the order they were asked for.
    pub(crate) async fn take(&self) -> Turn {
        match &self.0 {
            Some(queue) => Some(Arc::clone(queue).lock_owned().await),
            None => None,
        }
    }
}
