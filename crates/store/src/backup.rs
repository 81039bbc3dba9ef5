//! Backups of the embedded database while it serves, and the integrity check that a restored
//! copy passes. SQLite's `VACUUM INTO` writes a consistent snapshot in one read transaction, so
//! writers go on while it runs. PostgreSQL is backed up with its own tools (`pg_dump`), which
//! see a consistent snapshot the same way.

use std::path::Path;

use crate::connect::{Backend, Store};
use crate::error::StoreError;
use crate::rows::RowExt;
use crate::Result;

impl Store {
    /// Writes a consistent copy of the SQLite database to `path`, which must not exist yet.
    pub async fn backup_to(&self, path: &Path) -> Result<()> {
        if self.backend() != Backend::Sqlite {
            return Err(StoreError::Config(
                "a PostgreSQL database is backed up with pg_dump (see the README)".into(),
            ));
        }
        if path.exists() {
            return Err(StoreError::Config(format!(
                "{} exists already; a backup never overwrites a file",
                path.display()
            )));
        }
        let target = path
            .to_str()
            .ok_or_else(|| StoreError::Config("the backup's path is not valid UTF-8".into()))?;
        sqlx::query("VACUUM INTO $1")
            .bind(target)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// What SQLite's integrity check finds wrong (nothing when the file is sound); PostgreSQL
    /// keeps its own pages consistent, so there is nothing to check there.
    pub async fn integrity_problems(&self) -> Result<Vec<String>> {
        if self.backend() != Backend::Sqlite {
            return Ok(Vec::new());
        }
        let rows = sqlx::query("PRAGMA integrity_check")
            .fetch_all(&self.pool)
            .await?;
        let mut problems = Vec::new();
        for row in &rows {
            let line = row.text("integrity_check")?;
            if line != "ok" {
                problems.push(line);
            }
        }
        Ok(problems)
    }
}
