//! Counting attempts against the limits of [`concord_domain::limits`], atomically and across
//! instances: one upsert per attempt both counts it and reads the count, so concurrent requests
//! can never all pass a check that each of them would pass alone. And the browsers known to an
//! account (a random token kept in a cookie, its hash here).

use concord_domain::ids::UserId;
use concord_domain::limits::Limit;
use time::OffsetDateTime;

use crate::rows::{now, RowExt};
use crate::Result;
use crate::Store;

/// What counting an attempt decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attempt {
    /// Within the limit: go on.
    Allowed,
    /// Past the limit: refuse, and say how many seconds until the window ends.
    Refused {
        /// Seconds to wait.
        retry_after: u64,
    },
}

/// Limits on attempts, and known browsers.
#[allow(async_fn_in_trait)]
pub trait LimitStore {
    /// Counts an attempt under `limit` for `key`, refusing it past the limit.
    async fn attempt(&self, limit: Limit, key: &str) -> Result<Attempt>;
    /// Takes back an attempt counted under `limit` for `key` (a sign-in that succeeded).
    async fn forgive(&self, limit: Limit, key: &str) -> Result<()>;
    /// Remembers that the browser holding the token with this hash signed in to `user`.
    async fn remember_device(&self, user: UserId, token_hash: &str) -> Result<()>;
    /// Whether the browser holding the token with this hash signed in to `user` before.
    async fn is_known_device(&self, user: UserId, token_hash: &str) -> Result<bool>;
}

impl LimitStore for Store {
    async fn attempt(&self, limit: Limit, key: &str) -> Result<Attempt> {
        let now = OffsetDateTime::now_utc().unix_timestamp();
        let window = i64::try_from(limit.window_secs).unwrap_or(i64::MAX);
        let cutoff = now - window;
        let mut tx = self.begin_write().await?;
        // A window that has ended starts again at 1; otherwise the count goes up by one.
        let row = sqlx::query(
            "INSERT INTO rate_limits (scope, key, window_start, count) VALUES ($1, $2, $3, 1) \
             ON CONFLICT (scope, key) DO UPDATE SET \
               count = CASE WHEN rate_limits.window_start <= $4 THEN 1 ELSE rate_limits.count + 1 END, \
               window_start = CASE WHEN rate_limits.window_start <= $4 THEN $3 ELSE rate_limits.window_start END \
             RETURNING window_start, count",
        )
        .bind(limit.scope)
        .bind(key)
        .bind(now)
        .bind(cutoff)
        .fetch_one(&mut *tx)
        .await?;
        tx.commit().await?;
        let (start, count) = (row.int("window_start")?, row.int("count")?);
        if count > i64::from(limit.max) {
            let retry_after = (start + window - now).max(1);
            return Ok(Attempt::Refused {
                retry_after: u64::try_from(retry_after).unwrap_or(1),
            });
        }
        Ok(Attempt::Allowed)
    }

    async fn forgive(&self, limit: Limit, key: &str) -> Result<()> {
        let mut tx = self.begin_write().await?;
        sqlx::query(
            "UPDATE rate_limits SET count = count - 1 WHERE scope = $1 AND key = $2 AND count > 0",
        )
        .bind(limit.scope)
        .bind(key)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn remember_device(&self, user: UserId, token_hash: &str) -> Result<()> {
        let mut tx = self.begin_write().await?;
        sqlx::query(
            "INSERT INTO known_devices (token_hash, user_id, created_at) VALUES ($1, $2, $3) \
             ON CONFLICT (token_hash) DO NOTHING",
        )
        .bind(token_hash)
        .bind(user.0)
        .bind(now())
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn is_known_device(&self, user: UserId, token_hash: &str) -> Result<bool> {
        let row = sqlx::query("SELECT user_id FROM known_devices WHERE token_hash = $1")
            .bind(token_hash)
            .fetch_optional(&self.pool)
            .await?;
        Ok(match row {
            Some(row) => row.int("user_id")? == user.0,
            None => false,
        })
    }
}
