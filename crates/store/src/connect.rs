//! Opening a database from its URL: which backend, whether the file may be created, and the
//! per-connection settings (SQLite: WAL, full sync, foreign keys, busy timeout).

use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::Duration;

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{AnyPool, Executor};

use crate::error::StoreError;
use crate::Result;

pub use crate::backend::Backend;

/// How long a request waits for a free connection before it is answered 503: failing fast
/// when the database is down or saturated beats holding every visitor for ten seconds.
pub const ACQUIRE_TIMEOUT: Duration = Duration::from_secs(2);

/// How to open a database.
#[derive(Debug, Clone, Copy)]
pub struct ConnectOptions {
    /// Create the SQLite file (and its folder) when it does not exist. Off by default, so that a
    /// mistyped path is an error rather than a new, empty database.
    pub create_if_missing: bool,
    /// Largest number of pooled connections.
    pub max_connections: u32,
}

impl Default for ConnectOptions {
    fn default() -> Self {
        Self {
            create_if_missing: false,
            max_connections: 8,
        }
    }
}

/// A connected database: every storage trait is implemented on it.
#[derive(Debug, Clone)]
pub struct Store {
    pub(crate) pool: AnyPool,
    backend: Backend,
    /// The queue of the writer that group-commits responses.
    pub(crate) intake: crate::engine::group_commit::Intake,
    /// Questions of calls past their draft, which no longer change.
    pub(crate) frozen_questions: crate::engine::cache::FrozenQuestions,
    /// Short-lived copies of calls (SQLite only).
    pub(crate) reads: std::sync::Arc<crate::engine::cache::ReadCache>,
    /// Reads sessions without sqlx (SQLite files only).
    pub(crate) session_reader: Option<std::sync::Arc<crate::engine::session_reader::SessionReader>>,
    /// Turns at the write lock for the writers that never rest (SQLite only).
    pub(crate) turns: crate::engine::turns::WriteTurns,
}

/// Opens a write transaction on `pool`: on SQLite `BEGIN IMMEDIATE`, so that a transaction that
/// reads before it writes waits for the lock instead of failing when another writer holds it.
pub(crate) async fn begin_write_on(
    pool: &AnyPool,
    backend: Backend,
) -> std::result::Result<sqlx::Transaction<'static, sqlx::Any>, sqlx::Error> {
    match backend {
        Backend::Sqlite => pool.begin_with("BEGIN IMMEDIATE").await,
        Backend::Postgres => pool.begin().await,
    }
}

/// Where a SQLite URL points.
fn sqlite_path(url: &str) -> Option<(&str, &str)> {
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))?;
    Some(rest.split_once('?').unwrap_or((rest, "")))
}

fn backend_of(url: &str) -> Result<Backend> {
    if url.starts_with("sqlite:") {
        Ok(Backend::Sqlite)
    } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        Ok(Backend::Postgres)
    } else {
        let shown = url
            .split_once("://")
            .map_or("(no scheme)", |(scheme, _)| scheme);
        Err(StoreError::Config(format!(
            "database URL scheme “{shown}” is not supported; use sqlite://PATH or postgres://USER@HOST/DATABASE"
        )))
    }
}

impl Store {
    /// Opens a transaction that is going to write.
    ///
    /// On SQLite it takes the write lock at once (`BEGIN IMMEDIATE`). A deferred transaction
    /// that reads first and writes later cannot wait for another writer: SQLite answers
    /// "database is locked" at once rather than risk a deadlock. Asking for the lock up front
    /// makes the transaction wait its turn under the busy timeout instead. PostgreSQL locks rows
    /// as it goes and needs nothing special.
    ///
    /// Any write may change what a kept copy of a call shows, so this marks them
    /// all stale (see `cache`); the writes that do change one mark them stale again once
    /// committed, so that no copy made meanwhile outlives them.
    pub(crate) async fn begin_write(
        &self,
    ) -> std::result::Result<sqlx::Transaction<'static, sqlx::Any>, sqlx::Error> {
        self.reads.changed();
        begin_write_on(&self.pool, self.backend).await
    }

    /// Opens the database at `url` (`sqlite://path/to/file.db` or `postgres://…`).
    pub async fn connect(url: &str, options: ConnectOptions) -> Result<Store> {
        sqlx::any::install_default_drivers();
        let backend = backend_of(url)?;
        let url = match backend {
            Backend::Sqlite => prepare_sqlite(url, options.create_if_missing)?,
            Backend::Postgres => url.to_owned(),
        };
        let sqlite_file = sqlite_path(&url)
            .map(|(path, _)| path)
            .filter(|path| *path != ":memory:" && !path.is_empty())
            .map(PathBuf::from);
        let connect_options = AnyConnectOptions::from_str(&url)
            .map_err(|e| StoreError::Config(format!("database URL is not valid: {e}")))?;
        let pool = AnyPoolOptions::new()
            .max_connections(match backend {
                // One writer at a time in SQLite anyway; a few readers run beside it in WAL mode.
                Backend::Sqlite => options.max_connections.min(8),
                Backend::Postgres => options.max_connections,
            })
            .acquire_timeout(ACQUIRE_TIMEOUT)
            // A SQLite connection is a file handle in this process: there is nothing to ping,
            // and a ping is one more round trip to its worker thread on every query.
            .test_before_acquire(backend == Backend::Postgres)
            .after_connect(move |conn, _meta| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        // synchronous=FULL: an acknowledged write survives a power cut, not only a crash.
                        conn.execute(
                            "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; \
                             PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000;",
                        )
                        .await?;
                    }
                    Ok(())
                })
            })
            // A transaction a failure left open (a COMMIT refused by a full disk, after which
            // sqlx still counts the connection in a transaction) is rolled back as the
            // connection returns to the pool; one that cannot be is closed, so that the next
            // request never inherits it.
            .after_release(|conn, _meta| {
                Box::pin(async move {
                    use sqlx::{Connection as _, TransactionManager as _};
                    if !conn.is_in_transaction() {
                        return Ok(true);
                    }
                    let rolled_back =
                        <sqlx::Any as sqlx::Database>::TransactionManager::rollback(conn).await;
                    Ok(rolled_back.is_ok() && !conn.is_in_transaction())
                })
            })
            .connect_with(connect_options)
            .await
            .map_err(|e| match backend {
                Backend::Postgres => {
                    StoreError::Config(format!("cannot connect to PostgreSQL: {e}"))
                }
                Backend::Sqlite => {
                    StoreError::Config(format!("cannot open the SQLite database: {e}"))
                }
            })?;
        Ok(Store {
            pool,
            backend,
            session_reader: sqlite_file.as_deref().and_then(|file| {
                crate::engine::session_reader::SessionReader::open(file)
                    .map_err(|error| tracing::warn!(%error, "sessions are read through the pool"))
                    .ok()
                    .map(std::sync::Arc::new)
            }),
            intake: crate::engine::group_commit::Intake::new(sqlite_file),
            turns: crate::engine::turns::WriteTurns::new(backend == Backend::Sqlite),
            frozen_questions: crate::engine::cache::FrozenQuestions::default(),
            reads: std::sync::Arc::new(crate::engine::cache::ReadCache::new(
                backend == Backend::Sqlite,
            )),
        })
    }

    /// Which engine this is.
    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Checks that the database answers.
    pub async fn ping(&self) -> Result<()> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    /// Whether the connection to the database is encrypted: TLS to PostgreSQL (asked for with
    /// `sslmode=require` or `verify-full` in the URL); an embedded SQLite file has no connection.
    pub async fn encrypted(&self) -> Result<bool> {
        if self.backend != Backend::Postgres {
            return Ok(false);
        }
        let row = sqlx::query("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
            .fetch_optional(&self.pool)
            .await?;
        Ok(match row {
            Some(row) => sqlx::Row::try_get::<bool, _>(&row, "ssl")?,
            None => false,
        })
    }

    /// Closes every connection, waiting for running queries.
    pub async fn close(&self) {
        self.pool.close().await;
    }
}

/// Checks the SQLite file and returns the URL sqlx should open.
fn prepare_sqlite(url: &str, create: bool) -> Result<String> {
    let Some((path, query)) = sqlite_path(url) else {
        return Err(StoreError::Config(format!("“{url}” is not a SQLite URL")));
    };
    if path.is_empty() {
        return Err(StoreError::Config(
            "the SQLite URL names no file; use sqlite://concord-data/concord.db".into(),
        ));
    }
    if path == ":memory:" {
        return Ok("sqlite::memory:".into());
    }
    let file = PathBuf::from(path);
    if !file.exists() {
        if !create {
            return Err(StoreError::Config(format!(
                "the database file {} does not exist; check the URL, or run `concord migrate --create` to create it",
                file.display()
            )));
        }
        if let Some(dir) = file.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| {
                StoreError::Config(format!("cannot create the folder {}: {e}", dir.display()))
            })?;
        }
    } else if file.is_dir() {
        return Err(StoreError::Config(format!(
            "{} is a folder, not a database file",
            file.display()
        )));
    }
    let mode = if create { "rwc" } else { "rw" };
    let extra = if query.is_empty() {
        String::new()
    } else {
        format!("&{query}")
    };
    Ok(format!(
        "sqlite://{}?mode={mode}{extra}",
        display_path(&file)
    ))
}

fn display_path(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_schemes_are_refused() {
        assert!(matches!(
            backend_of("postgress://x/y"),
            Err(StoreError::Config(_))
        ));
        assert!(matches!(
            backend_of("concord.db"),
            Err(StoreError::Config(_))
        ));
        assert_eq!(backend_of("sqlite://a.db").unwrap(), Backend::Sqlite);
        assert_eq!(backend_of("postgresql://h/d").unwrap(), Backend::Postgres);
    }

    #[test]
    fn a_missing_sqlite_file_is_an_error_unless_creation_is_asked() {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}/nope/concord.db", dir.path().display());
        let err = prepare_sqlite(&url, false).unwrap_err().to_string();
        assert!(err.contains("does not exist"), "{err}");
        assert!(!dir.path().join("nope").exists());
        let ok = prepare_sqlite(&url, true).unwrap();
        assert!(ok.ends_with("?mode=rwc"));
        assert!(dir.path().join("nope").is_dir());
    }
}
