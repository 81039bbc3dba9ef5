//! Test databases: every test gets its own fresh SQLite file or fresh PostgreSQL database, so
//! that tests run in parallel without seeing each other's rows.
//!
//! PostgreSQL tests run when `CONCORD_TEST_POSTGRES_URL` is set (to a server URL whose user may
//! create databases). When it is not set they are skipped with a note on stderr — except under
//! `CI`, where a missing PostgreSQL is a failure, so that CI never skips them silently.

// A test database that cannot be set up is a failed test, so panicking is the right answer.
#![allow(clippy::expect_used)]

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use sqlx::any::AnyPoolOptions;
use sqlx::Executor;

use crate::connect::{Backend, ConnectOptions, Store};

/// The environment variable naming the PostgreSQL server for tests.
pub const POSTGRES_URL_VAR: &str = "CONCORD_TEST_POSTGRES_URL";

/// A migrated database that lives as long as the test.
pub struct TestDb {
    /// The store on it.
    pub store: Store,
    /// The URL it was opened with.
    pub url: String,
    _dir: Option<tempfile::TempDir>,
    postgres: Option<(String, String)>,
}

fn unique_suffix() -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    format!(
        "{}_{}_{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed),
        nanos
    )
}

/// Replaces the database name in a PostgreSQL URL.
pub fn with_database(url: &str, database: &str) -> String {
    let (base, query) = url
        .split_once('?')
        .map_or((url, None), |(b, q)| (b, Some(q)));
    let scheme_end = base.find("://").map_or(0, |i| i + 3);
    let server = match base[scheme_end..].find('/') {
        Some(i) => &base[..scheme_end + i],
        None => base,
    };
    match query {
        Some(q) => format!("{server}/{database}?{q}"),
        None => format!("{server}/{database}"),
    }
}

/// Says once per test binary that the PostgreSQL tests were skipped. It writes to the process's
/// standard error directly, past the test harness's capture, so the note shows in a passing run.
fn note_skipped() {
    use std::io::Write;
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let _ = writeln!(
            std::io::stderr(),
            "note: PostgreSQL tests skipped (they pass trivially); set {POSTGRES_URL_VAR} to run them"
        );
    });
}

impl TestDb {
    /// A fresh database on `backend`; `None` when that backend is not available here.
    pub async fn new(backend: Backend) -> Option<TestDb> {
        match backend {
            Backend::Sqlite => Some(Self::sqlite().await),
            Backend::Postgres => Self::postgres().await,
        }
    }

    /// A fresh SQLite file in a temporary folder.
    pub async fn sqlite() -> TestDb {
        let dir = tempfile::tempdir().expect("a temporary folder for the test database");
        let url = format!("sqlite://{}/concord.db", dir.path().display());
        let store = Store::connect(
            &url,
            ConnectOptions {
                create_if_missing: true,
                ..Default::default()
            },
        )
        .await
        .expect("open the test SQLite database");
        store
            .migrate()
            .await
            .expect("migrate the test SQLite database");
        TestDb {
            store,
            url,
            _dir: Some(dir),
            postgres: None,
        }
    }

    /// A fresh PostgreSQL database, or `None` when no server is configured (outside CI).
    pub async fn postgres() -> Option<TestDb> {
        let Ok(server) = std::env::var(POSTGRES_URL_VAR) else {
            if std::env::var_os("CI").is_some() {
                panic!("{POSTGRES_URL_VAR} is not set: CI must run the PostgreSQL suite");
            }
            note_skipped();
            return None;
        };
        sqlx::any::install_default_drivers();
        let name = format!("concord_t_{}", unique_suffix());
        let admin = AnyPoolOptions::new()
            .max_connections(1)
            .connect(&server)
            .await
            .unwrap_or_else(|e| panic!("cannot reach PostgreSQL at {POSTGRES_URL_VAR}: {e}"));
        admin
            .execute(format!("CREATE DATABASE {name}").as_str())
            .await
            .expect("create the test database");
        admin.close().await;
        let url = with_database(&server, &name);
        let store = Store::connect(
            &url,
            ConnectOptions {
                max_connections: 4,
                ..Default::default()
            },
        )
        .await
        .expect("open the test PostgreSQL database");
        store
            .migrate()
            .await
            .expect("migrate the test PostgreSQL database");
        Some(TestDb {
            store,
            url,
            _dir: None,
            postgres: Some((server, name)),
        })
    }

    /// Closes the store and drops the PostgreSQL database (SQLite files go with the folder).
    pub async fn finish(self) {
        self.store.close().await;
        if let Some((server, name)) = self.postgres {
            if let Ok(admin) = AnyPoolOptions::new()
                .max_connections(1)
                .connect(&server)
                .await
            {
                let _ = admin
                    .execute(format!("DROP DATABASE IF EXISTS {name}").as_str())
                    .await;
                admin.close().await;
            }
        }
    }
}

/// Tries to change and to delete audit-log rows behind Concord's back, as an intruder with
/// database access would; returns the database's answers (both should be errors).
pub async fn tamper_with_audit_log(
    store: &Store,
) -> (Result<u64, sqlx::Error>, Result<u64, sqlx::Error>) {
    let update = sqlx::query("UPDATE audit_log SET actor_label = 'nobody'")
        .execute(&store.pool)
        .await
        .map(|r| r.rows_affected());
    let delete = sqlx::query("DELETE FROM audit_log")
        .execute(&store.pool)
        .await
        .map(|r| r.rows_affected());
    (update, delete)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn database_names_are_replaced() {
        assert_eq!(
            with_database("postgres://root@127.0.0.1:5432/test", "x"),
            "postgres://root@127.0.0.1:5432/x"
        );
        assert_eq!(
            with_database("postgres://h/test?sslmode=disable", "x"),
            "postgres://h/x?sslmode=disable"
        );
        assert_eq!(with_database("postgres://h", "x"), "postgres://h/x");
    }
}
