//! The writer's own connection to a SQLite file, through SQLite's C library directly rather
//! than through sqlx. sqlx runs each SQLite connection on a worker thread and every statement
//! is a round trip to it; under load each trip waited for the thread to be scheduled, and a
//! batch of a dozen statements spent most of its time waiting. Here the writer's thread runs
//! the statements itself. The settings are those of every other connection (WAL, full sync,
//! foreign keys, busy timeout), so what is committed is as durable.

use std::path::Path;
use std::time::{Duration, Instant};

use rusqlite::types::ValueRef;
use rusqlite::{Connection, OpenFlags};

use super::multirow::{placeholders, Batch, Cell, Record, Value};
use crate::error::StoreError;
use crate::Result;

/// A connection of the writer's own.
pub(crate) struct Direct {
    conn: Connection,
    /// When the writer last checkpointed.
    checkpointed: Instant,
}

fn failed(error: rusqlite::Error) -> StoreError {
    use rusqlite::ErrorCode;
    // A full disk, an I/O error or a lock held too long: the database's state, not the
    // request's fault (see `StoreError::is_unavailable`).
    match error.sqlite_error_code() {
        Some(
            ErrorCode::DiskFull
            | ErrorCode::SystemIoFailure
            | ErrorCode::DatabaseBusy
            | ErrorCode::DatabaseLocked
            | ErrorCode::OutOfMemory
            | ErrorCode::CannotOpen,
        ) => StoreError::Unavailable(format!("database error: {error}")),
        _ => StoreError::Failed(format!("database error: {error}")),
    }
}

impl Direct {
    /// Opens the database file (which must exist: the pool opened it first).
    pub(crate) fn open(path: &Path) -> Result<Direct> {
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(failed)?;
        // No checkpoint as part of the writer's commits, which every submission waits for:
        // the writer checkpoints when it has nothing waiting (see `checkpoint_when_idle`), and
        // the other connections still do at their own commits.
        conn.execute_batch(
            "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; \
             PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000; \
             PRAGMA wal_autocheckpoint = 0;",
        )
        .map_err(failed)?;
        // Room for every statement of a batch, so that none is parsed twice.
        conn.set_prepared_statement_cache_capacity(32);
        Ok(Direct {
            conn,
            checkpointed: Instant::now(),
        })
    }

    /// Copies the log back into the database file when nothing is waiting, at most once a
    /// second; a passive checkpoint never blocks readers or writers.
    pub(crate) fn checkpoint_when_idle(&mut self) {
        if self.checkpointed.elapsed() < Duration::from_secs(1) {
            return;
        }
        self.checkpointed = Instant::now();
        if let Err(error) = self
            .conn
            .query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(()))
        {
            tracing::warn!(%error, "checkpoint failed; it is tried again later");
        }
    }

    /// Opens a write transaction, waiting for the lock (see `Store::begin_write`).
    pub(crate) fn begin(&mut self) -> Result<()> {
        self.conn.execute_batch("BEGIN IMMEDIATE").map_err(failed)
    }

    /// Commits; only then is anything of the batch acknowledged.
    pub(crate) fn commit(&mut self) -> Result<()> {
        self.conn.execute_batch("COMMIT").map_err(failed)
    }

    /// Undoes the whole transaction.
    pub(crate) fn rollback(&mut self) -> Result<()> {
        self.conn.execute_batch("ROLLBACK").map_err(failed)
    }
}

/// Binds `cells` in order and reads every row the statement returns.
fn execute(statement: &mut rusqlite::Statement<'_>, cells: &[Cell<'_>]) -> Result<Vec<Record>> {
    for (at, cell) in cells.iter().enumerate() {
        let bound = match *cell {
            Cell::Int(value) => statement.raw_bind_parameter(at + 1, value),
            Cell::Text(value) => statement.raw_bind_parameter(at + 1, value),
            Cell::MaybeText(value) => statement.raw_bind_parameter(at + 1, value),
        };
        bound.map_err(failed)?;
    }
    let names: Vec<String> = statement
        .column_names()
        .into_iter()
        .map(str::to_owned)
        .collect();
    let mut rows = statement.raw_query();
    let mut records = Vec::new();
    while let Some(row) = rows.next().map_err(failed)? {
        let mut record = Vec::with_capacity(names.len());
        for (at, name) in names.iter().enumerate() {
            let value = match row.get_ref(at).map_err(failed)? {
                ValueRef::Null => Value::Null,
                ValueRef::Integer(value) => Value::Int(value),
                ValueRef::Text(text) => Value::Text(String::from_utf8_lossy(text).into_owned()),
                ValueRef::Real(value) => Value::Text(value.to_string()),
                ValueRef::Blob(_) => Value::Null,
            };
            record.push((name.clone(), value));
        }
        records.push(Record(record));
    }
    Ok(records)
}

impl Batch for Direct {
    /// Runs the one-row form of `template` once per row. With no round trip to pay, a cached
    /// statement run per row costs less than parsing a new statement of many rows each batch;
    /// every template is a statement whose effect on a row does not depend on the other rows.
    async fn rows(&mut self, template: &str, rows: &[Vec<Cell<'_>>]) -> Result<Vec<Record>> {
        let Some(width) = rows.first().map(Vec::len) else {
            return Ok(Vec::new());
        };
        let sql = template.replace("{rows}", &placeholders(1, width, false));
        let mut statement = self.conn.prepare_cached(&sql).map_err(failed)?;
        let mut records = Vec::new();
        for row in rows {
            records.extend(execute(&mut statement, row)?);
        }
        Ok(records)
    }

    async fn one(&mut self, sql: &str, params: &[Cell<'_>]) -> Result<Vec<Record>> {
        let mut statement = self.conn.prepare_cached(sql).map_err(failed)?;
        execute(&mut statement, params)
    }
}
