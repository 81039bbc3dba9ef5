//! On SQLite, the one read every signed-in request makes — its session — runs on connections of
//! this process's own, from the request's own thread, rather than through sqlx. Through sqlx
//! each read is a round trip to a connection's worker thread, and under a flood of submissions
//! those trips waited behind everything else for their turn on the two cores. A read from a
//! cached statement here takes microseconds and sees the database as committed, like any other:
//! nothing is kept between requests, so signing out or losing a right takes effect at once,
//! whichever process made the change.

use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, PoisonError};

use concord_domain::account::User;
use concord_domain::ids::{PersonId, UserId};
use rusqlite::{Connection, OpenFlags, OptionalExtension};

use crate::error::StoreError;
use crate::rows::now;
use crate::Result;

/// How many connections requests share: one per core is enough for reads this short.
const CONNECTIONS: usize = 2;

/// The same query as `AccountStore::session` through sqlx (PostgreSQL).
const SESSION: &str = "SELECT u.id, u.email, u.display_name, u.confirmed_at, u.is_admin, \
     u.person_id, s.csrf_token FROM sessions s JOIN users u ON u.id = s.user_id \
     WHERE s.token_hash = ?1 AND s.expires_at > ?2";

/// Read-only connections to the database file.
#[derive(Debug)]
pub(crate) struct SessionReader {
    connections: Vec<Mutex<Connection>>,
    next: AtomicUsize,
}

fn failed(error: rusqlite::Error) -> StoreError {
    StoreError::Failed(format!("database error: {error}"))
}

impl SessionReader {
    /// Opens the connections (the file exists: the pool opened it first).
    pub(crate) fn open(path: &Path) -> Result<SessionReader> {
        let mut connections = Vec::with_capacity(CONNECTIONS);
        for _ in 0..CONNECTIONS {
            // Opened for writing (so that it may open the write-ahead log's files as any other
            // connection does) but refusing to write.
            let conn = Connection::open_with_flags(
                path,
                OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
            )
            .map_err(failed)?;
            conn.execute_batch("PRAGMA query_only = 1; PRAGMA busy_timeout = 10000;")
                .map_err(failed)?;
            connections.push(Mutex::new(conn));
        }
        Ok(SessionReader {
            connections,
            next: AtomicUsize::new(0),
        })
    }

    /// The live session with this token hash, with its account.
    pub(crate) fn session(&self, token_hash: &str) -> Result<Option<(User, String)>> {
        let start = self.next.fetch_add(1, Ordering::Relaxed);
        // The first free connection, else wait for one in turn.
        let guard = (0..self.connections.len())
            .find_map(|i| {
                self.connections[(start + i) % self.connections.len()]
                    .try_lock()
                    .ok()
            })
            .unwrap_or_else(|| {
                self.connections[start % self.connections.len()]
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner)
            });
        let mut statement = guard.prepare_cached(SESSION).map_err(failed)?;
        statement
            .query_row((token_hash, now()), |row| {
                let user = User {
                    id: UserId(row.get("id")?),
                    email: row.get("email")?,
                    display_name: row.get("display_name")?,
                    confirmed: row.get::<_, Option<String>>("confirmed_at")?.is_some(),
                    is_admin: row.get::<_, i64>("is_admin")? != 0,
                    person_id: row.get::<_, Option<i64>>("person_id")?.map(PersonId),
                };
                Ok((user, row.get("csrf_token")?))
            })
            .optional()
            .map_err(failed)
    }
}
