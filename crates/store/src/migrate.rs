//! Migrations: append-only SQL files per backend, applied in order, each in its own
//! transaction, then the reference data brought up to date.

use sqlx::Row;

use crate::connect::{Backend, Store};
use crate::rows::now;
use crate::Result;

/// A migration: version, name, SQLite DDL, PostgreSQL DDL. The two are reviewed as a pair.
struct Migration {
    version: i64,
    name: &'static str,
    sqlite: &'static str,
    postgres: &'static str,
}

const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        name: "init",
        sqlite: include_str!("../migrations/sqlite/0001_init.sql"),
        postgres: include_str!("../migrations/postgres/0001_init.sql"),
    },
    Migration {
        version: 2,
        name: "accounts",
        sqlite: include_str!("../migrations/sqlite/0002_accounts.sql"),
        postgres: include_str!("../migrations/postgres/0002_accounts.sql"),
    },
    Migration {
        version: 3,
        name: "meetings",
        sqlite: include_str!("../migrations/sqlite/0003_meetings.sql"),
        postgres: include_str!("../migrations/postgres/0003_meetings.sql"),
    },
    Migration {
        version: 4,
        name: "documents",
        sqlite: include_str!("../migrations/sqlite/0004_documents.sql"),
        postgres: include_str!("../migrations/postgres/0004_documents.sql"),
    },
    Migration {
        version: 5,
        name: "personal_feeds",
        sqlite: include_str!("../migrations/sqlite/0005_personal_feeds.sql"),
        postgres: include_str!("../migrations/postgres/0005_personal_feeds.sql"),
    },
    Migration {
        version: 6,
        name: "agendas",
        sqlite: include_str!("../migrations/sqlite/0006_agendas.sql"),
        postgres: include_str!("../migrations/postgres/0006_agendas.sql"),
    },
    Migration {
        version: 7,
        name: "participation",
        sqlite: include_str!("../migrations/sqlite/0007_participation.sql"),
        postgres: include_str!("../migrations/postgres/0007_participation.sql"),
    },
    Migration {
        version: 8,
        name: "meeting_records",
        sqlite: include_str!("../migrations/sqlite/0008_meeting_records.sql"),
        postgres: include_str!("../migrations/postgres/0008_meeting_records.sql"),
    },
    Migration {
        version: 9,
        name: "agenda_documents",
        sqlite: include_str!("../migrations/sqlite/0009_agenda_documents.sql"),
        postgres: include_str!("../migrations/postgres/0009_agenda_documents.sql"),
    },
    Migration {
        version: 10,
        name: "document_files",
        sqlite: include_str!("../migrations/sqlite/0010_document_files.sql"),
        postgres: include_str!("../migrations/postgres/0010_document_files.sql"),
    },
    Migration {
        version: 11,
        name: "member_registrations",
        sqlite: include_str!("../migrations/sqlite/0011_member_registrations.sql"),
        postgres: include_str!("../migrations/postgres/0011_member_registrations.sql"),
    },
    Migration {
        version: 12,
        name: "topics",
        sqlite: include_str!("../migrations/sqlite/0012_topics.sql"),
        postgres: include_str!("../migrations/postgres/0012_topics.sql"),
    },
    Migration {
        version: 13,
        name: "calls",
        sqlite: include_str!("../migrations/sqlite/0013_calls.sql"),
        postgres: include_str!("../migrations/postgres/0013_calls.sql"),
    },
    Migration {
        version: 14,
        name: "review",
        sqlite: include_str!("../migrations/sqlite/0014_review.sql"),
        postgres: include_str!("../migrations/postgres/0014_review.sql"),
    },
    Migration {
        version: 15,
        name: "imports",
        sqlite: include_str!("../migrations/sqlite/0015_imports.sql"),
        postgres: include_str!("../migrations/postgres/0015_imports.sql"),
    },
    Migration {
        version: 16,
        name: "signatures",
        sqlite: include_str!("../migrations/sqlite/0016_signatures.sql"),
        postgres: include_str!("../migrations/postgres/0016_signatures.sql"),
    },
    Migration {
        version: 17,
        name: "texts",
        sqlite: include_str!("../migrations/sqlite/0017_texts.sql"),
        postgres: include_str!("../migrations/postgres/0017_texts.sql"),
    },
    Migration {
        version: 18,
        name: "consensus",
        sqlite: include_str!("../migrations/sqlite/0018_consensus.sql"),
        postgres: include_str!("../migrations/postgres/0018_consensus.sql"),
    },
    Migration {
        version: 19,
        name: "amendments",
        sqlite: include_str!("../migrations/sqlite/0019_amendments.sql"),
        postgres: include_str!("../migrations/postgres/0019_amendments.sql"),
    },
    Migration {
        version: 20,
        name: "readings",
        sqlite: include_str!("../migrations/sqlite/0020_readings.sql"),
        postgres: include_str!("../migrations/postgres/0020_readings.sql"),
    },
    Migration {
        version: 21,
        name: "opinion",
        sqlite: include_str!("../migrations/sqlite/0021_opinion.sql"),
        postgres: include_str!("../migrations/postgres/0021_opinion.sql"),
    },
    Migration {
        version: 22,
        name: "policy_issues",
        sqlite: include_str!("../migrations/sqlite/0022_policy_issues.sql"),
        postgres: include_str!("../migrations/postgres/0022_policy_issues.sql"),
    },
    Migration {
        version: 23,
        name: "themes",
        sqlite: include_str!("../migrations/sqlite/0023_themes.sql"),
        postgres: include_str!("../migrations/postgres/0023_themes.sql"),
    },
    Migration {
        version: 24,
        name: "limits",
        sqlite: include_str!("../migrations/sqlite/0024_limits.sql"),
        postgres: include_str!("../migrations/postgres/0024_limits.sql"),
    },
    Migration {
        version: 25,
        name: "file_texts",
        sqlite: include_str!("../migrations/sqlite/0025_file_texts.sql"),
        postgres: include_str!("../migrations/postgres/0025_file_texts.sql"),
    },
    Migration {
        version: 26,
        name: "mapping",
        sqlite: include_str!("../migrations/sqlite/0026_mapping.sql"),
        postgres: include_str!("../migrations/postgres/0026_mapping.sql"),
    },
    Migration {
        version: 27,
        name: "mapping_cells",
        sqlite: include_str!("../migrations/sqlite/0027_mapping_cells.sql"),
        postgres: include_str!("../migrations/postgres/0027_mapping_cells.sql"),
    },
    Migration {
        version: 28,
        name: "statement_authors",
        sqlite: include_str!("../migrations/sqlite/0028_statement_authors.sql"),
        postgres: include_str!("../migrations/postgres/0028_statement_authors.sql"),
    },
];

/// What `migrate` did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MigrationReport {
    /// Versions applied now, in order.
    pub applied: Vec<(i64, &'static str)>,
    /// The version the database is at.
    pub current: i64,
}

// An arbitrary constant naming Concord's migration lock among PostgreSQL advisory locks.
const PG_MIGRATION_LOCK: i64 = 0x0063_6f6e_636f_7264;

impl Store {
    /// Applies every pending migration and refreshes the reference data. Safe to run from
    /// several instances at once: on PostgreSQL they take turns under an advisory lock.
    pub async fn migrate(&self) -> Result<MigrationReport> {
        let mut conn = self.pool.acquire().await?;
        if self.backend() == Backend::Postgres {
            sqlx::query("SELECT pg_advisory_lock($1)")
                .bind(PG_MIGRATION_LOCK)
                .execute(&mut *conn)
                .await?;
        }
        let result = self.migrate_locked(&mut conn).await;
        if self.backend() == Backend::Postgres {
            sqlx::query("SELECT pg_advisory_unlock($1)")
                .bind(PG_MIGRATION_LOCK)
                .execute(&mut *conn)
                .await?;
        }
        drop(conn);
        let report = result?;
        self.seed_reference_data().await?;
        Ok(report)
    }

    async fn migrate_locked(&self, conn: &mut sqlx::AnyConnection) -> Result<MigrationReport> {
        sqlx::raw_sql(
            "CREATE TABLE IF NOT EXISTS concord_migrations (\
               version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
        )
        .execute(&mut *conn)
        .await?;
        let done: Vec<i64> = sqlx::query("SELECT version FROM concord_migrations ORDER BY version")
            .fetch_all(&mut *conn)
            .await?
            .iter()
            .map(|row| row.try_get::<i64, _>(0))
            .collect::<Result<_, _>>()?;
        let mut applied = Vec::new();
        for migration in MIGRATIONS.iter().filter(|m| !done.contains(&m.version)) {
            let sql = match self.backend() {
                Backend::Sqlite => migration.sqlite,
                Backend::Postgres => migration.postgres,
            };
            let mut tx = sqlx::Connection::begin(&mut *conn).await?;
            sqlx::raw_sql(sql).execute(&mut *tx).await?;
            sqlx::query(
                "INSERT INTO concord_migrations (version, name, applied_at) VALUES ($1, $2, $3)",
            )
            .bind(migration.version)
            .bind(migration.name)
            .bind(now())
            .execute(&mut *tx)
            .await?;
            tx.commit().await?;
            tracing::info!(
                version = migration.version,
                name = migration.name,
                "migration applied"
            );
            applied.push((migration.version, migration.name));
        }
        let current = MIGRATIONS.last().map_or(0, |m| m.version);
        Ok(MigrationReport { applied, current })
    }

    /// Versions not yet applied (empty when up to date; all of them on a new database).
    pub async fn pending_migrations(&self) -> Result<Vec<i64>> {
        let exists = self.table_exists("concord_migrations").await?;
        let done: Vec<i64> = if exists {
            sqlx::query("SELECT version FROM concord_migrations")
                .fetch_all(&self.pool)
                .await?
                .iter()
                .map(|row| row.try_get::<i64, _>(0))
                .collect::<Result<_, _>>()?
        } else {
            Vec::new()
        };
        Ok(MIGRATIONS
            .iter()
            .map(|m| m.version)
            .filter(|v| !done.contains(v))
            .collect())
    }

    async fn table_exists(&self, table: &str) -> Result<bool> {
        let sql = match self.backend() {
            Backend::Sqlite => "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = $1",
            Backend::Postgres => {
                "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = $1"
            }
        };
        let count: i64 = sqlx::query(sql)
            .bind(table)
            .fetch_one(&self.pool)
            .await?
            .try_get(0)?;
        Ok(count > 0)
    }

    /// Whether the database holds no content of its own yet (reference data aside).
    pub async fn is_empty(&self) -> Result<bool> {
        let sql = "SELECT (SELECT COUNT(*) FROM bodies) + (SELECT COUNT(*) FROM people) \
                   + (SELECT COUNT(*) FROM organizations) + (SELECT COUNT(*) FROM calendar_events)";
        let count: i64 = sqlx::query(sql).fetch_one(&self.pool).await?.try_get(0)?;
        Ok(count == 0)
    }
}
