//! What can go wrong in storage, sorted by what the caller should do about it.

use concord_domain::Invalid;

/// A storage failure.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The request breaks a rule (a duplicate acronym, a full quota): tell the user.
    #[error("{0}")]
    Invalid(#[from] Invalid),
    /// The change was made from a version that is no longer the current one (someone else
    /// changed the record first): nothing was changed; show the current state and let the user
    /// decide again.
    #[error("{0}")]
    Conflict(Invalid),
    /// The thing asked for does not exist.
    #[error("{what} not found")]
    NotFound {
        /// What was looked for ("body", "person"…).
        what: &'static str,
    },
    /// The database URL or file is wrong: fix the configuration.
    #[error("{0}")]
    Config(String),
    /// The database refused or failed.
    #[error("database error: {0}")]
    Database(sqlx::Error),
    /// The database cannot be reached or cannot write (a full disk, a server restarting, no free
    /// connection within the pool's timeout): nothing was changed; try again later.
    #[error("database unavailable: {0}")]
    Unavailable(String),
    /// Too much is waiting to be written: come back in a moment.
    #[error("too busy; try again in a moment")]
    Busy,
    /// A write that was queued could not be committed.
    #[error("{0}")]
    Failed(String),
}

impl From<sqlx::Error> for StoreError {
    fn from(error: sqlx::Error) -> Self {
        if is_unavailable(&error) {
            StoreError::Unavailable(error.to_string())
        } else {
            StoreError::Database(error)
        }
    }
}

/// Whether a database error says "not now" rather than "not this": the caller should answer
/// 503 and be asked to retry, not 500.
fn is_unavailable(error: &sqlx::Error) -> bool {
    match error {
        sqlx::Error::PoolTimedOut | sqlx::Error::PoolClosed | sqlx::Error::Io(_) => true,
        sqlx::Error::Tls(_) | sqlx::Error::WorkerCrashed => true,
        sqlx::Error::Database(db) => {
            let code = db.code().unwrap_or_default();
            // PostgreSQL: connection exceptions (08…), insufficient resources such as a full
            // disk (53…), the server shutting down or starting (57P01–57P03).
            // SQLite: busy (5), locked (6), out of memory (7), I/O error (10, with extended
            // codes), full disk (13), cannot open (14).
            code.starts_with("08")
                || code.starts_with("53")
                || matches!(code.as_ref(), "57P01" | "57P02" | "57P03")
                || code
                    .parse::<i32>()
                    .is_ok_and(|c| matches!(c & 0xff, 5 | 6 | 7 | 10 | 13 | 14))
        }
        _ => false,
    }
}

impl StoreError {
    /// Whether the failure is the database's state rather than the request: answer 503.
    pub fn is_unavailable(&self) -> bool {
        matches!(self, StoreError::Busy | StoreError::Unavailable(_))
    }

    pub(crate) fn not_found(what: &'static str) -> Self {
        StoreError::NotFound { what }
    }

    /// A request refused by a rule, about one field.
    pub(crate) fn refused(field: &str, code: &'static str, message: &str) -> Self {
        StoreError::Invalid(concord_domain::Invalid::one(field, code, message))
    }
}
