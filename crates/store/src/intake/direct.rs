//! The writer's own connection to a SQLite file, through SQLite's C library directly rather
//! than through sqlx. sqlx runs each SQLite connection on a worker thread and every statement
//! is a round trip to it; under load each trip waited for the thread to be scheduled, and a
//! batch of a dozen statements spent most of its time waiting. Here the writer's thread runs
//! the statements itself. The settings are those of every other connection (WAL, full sync,
//! foreign keys, busy timeout), so what is committed is as durable.

use std::path::Path;

use rusqlite::types::ValueRef;
use rusqlite::{Connection, OpenFlags};

use crate::error::StoreError;
use crate::multirow::{placeholders, Batch, Cell, Record, Value, MAX_PARAMETERS};
use crate::Result;

/// A connection of the writer's own.
pub(super) struct Direct {
    conn: Connection,
}

fn failed(error: rusqlite::Error) -> StoreError {
    StoreError::Failed(format!("database error: {error}"))
}

impl Direct {
    /// Opens the database file (which must exist: the pool opened it first).
    pub(super) fn open(path: &Path) -> Result<Direct> {
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(failed)?;
        conn.execute_batch(
            "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; \
             PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000;",
        )
        .map_err(failed)?;
        Ok(Direct { conn })
    }

    /// Opens a write transaction, waiting for the lock (see `Store::begin_write`).
    pub(super) fn begin(&mut self) -> Result<()> {
        self.conn.execute_batch("BEGIN IMMEDIATE").map_err(failed)
    }

    /// Commits; only then is anything of the batch acknowledged.
    pub(super) fn commit(&mut self) -> Result<()> {
        self.conn.execute_batch("COMMIT").map_err(failed)
    }

    /// Undoes the whole transaction.
    pub(super) fn rollback(&mut self) -> Result<()> {
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
    async fn rows(&mut self, template: &str, rows: &[Vec<Cell<'_>>]) -> Result<Vec<Record>> {
        let Some(width) = rows.first().map(Vec::len) else {
            return Ok(Vec::new());
        };
        let mut records = Vec::new();
        for chunk in rows.chunks((MAX_PARAMETERS / width.max(1)).max(1)) {
            let sql = template.replace("{rows}", &placeholders(chunk.len(), width, false));
            // Not cached: the text changes with the number of rows.
            let mut statement = self.conn.prepare(&sql).map_err(failed)?;
            let cells: Vec<Cell<'_>> = chunk.iter().flatten().copied().collect();
            records.extend(execute(&mut statement, &cells)?);
        }
        Ok(records)
    }

    async fn one(&mut self, sql: &str, params: &[Cell<'_>]) -> Result<Vec<Record>> {
        let mut statement = self.conn.prepare_cached(sql).map_err(failed)?;
        execute(&mut statement, params)
    }
}
