//! What can go wrong in storage, sorted by what the caller should do about it.

use concord_domain::Invalid;

/// A storage failure.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The request breaks a rule (a duplicate acronym, a full quota): tell the user.
    #[error("{0}")]
    Invalid(#[from] Invalid),
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
    Database(#[from] sqlx::Error),
    /// Too much is waiting to be written: come back in a moment.
    #[error("too busy; try again in a moment")]
    Busy,
    /// A write that was queued could not be committed.
    #[error("{0}")]
    Failed(String),
}

impl StoreError {
    pub(crate) fn not_found(what: &'static str) -> Self {
        StoreError::NotFound { what }
    }

    /// A request refused by a rule, about one field.
    pub(crate) fn refused(field: &str, code: &'static str, message: &str) -> Self {
        StoreError::Invalid(concord_domain::Invalid::one(field, code, message))
    }
}
