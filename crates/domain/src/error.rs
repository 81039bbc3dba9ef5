//! Validation errors that name the field at fault and say what is wrong in plain words.
//!
//! Each error carries a stable snake_case `code` (which the pages translate) and an English
//! `message` (which the API returns as is).

use serde::Serialize;

/// One thing wrong with one field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[error("{field}: {message}")]
pub struct FieldError {
    /// The field's name as the form and the API spell it (`acronym`, `start_date`…).
    pub field: String,
    /// A stable code such as `required`, `duplicate_acronym` or `quota_full`.
    pub code: &'static str,
    /// A sentence a user understands (English; the pages translate by `code` and `args`).
    pub message: String,
    /// The values the message mentions, by name, for translated messages.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub args: Vec<(&'static str, String)>,
}

impl FieldError {
    /// Builds an error for `field`.
    pub fn new(field: impl Into<String>, code: &'static str, message: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            code,
            message: message.into(),
            args: Vec::new(),
        }
    }

    /// Adds a value the message mentions, for translation.
    pub fn with(mut self, name: &'static str, value: impl std::fmt::Display) -> Self {
        self.args.push((name, value.to_string()));
        self
    }
}

/// A request that cannot be accepted, with every reason found.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.summary())]
pub struct Invalid {
    /// What is wrong, field by field, in the order found.
    pub errors: Vec<FieldError>,
}

impl Invalid {
    /// An error about a single field.
    pub fn one(field: impl Into<String>, code: &'static str, message: impl Into<String>) -> Self {
        Self {
            errors: vec![FieldError::new(field, code, message)],
        }
    }

    /// Adds a value the first error's message mentions, for translation.
    pub fn with_arg(mut self, name: &'static str, value: impl std::fmt::Display) -> Self {
        if let Some(first) = self.errors.first_mut() {
            first.args.push((name, value.to_string()));
        }
        self
    }

    /// The messages joined in one line.
    pub fn summary(&self) -> String {
        self.errors
            .iter()
            .map(|e| format!("{}: {}", e.field, e.message))
            .collect::<Vec<_>>()
            .join("; ")
    }
}

/// Collects field errors while a whole form is checked, so the user sees every problem at once.
#[derive(Debug, Default)]
pub struct Errors(Vec<FieldError>);

impl Errors {
    /// Records an error.
    pub fn add(&mut self, field: &str, code: &'static str, message: impl Into<String>) {
        self.0.push(FieldError::new(field, code, message));
    }

    /// Records an error whose message takes arguments (`$words`, `$limit`…).
    pub fn add_with(
        &mut self,
        field: &str,
        code: &'static str,
        message: impl Into<String>,
        args: &[(&'static str, String)],
    ) {
        let mut error = FieldError::new(field, code, message);
        error.args.extend(args.iter().cloned());
        self.0.push(error);
    }

    /// How many errors are recorded so far.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether none is recorded.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Records an error found by another check.
    pub fn push(&mut self, error: FieldError) {
        self.0.push(error);
    }

    /// Keeps the value of a check, recording its error if it failed.
    pub fn take<T>(&mut self, result: Result<T, FieldError>) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(error) => {
                self.0.push(error);
                None
            }
        }
    }

    /// `Ok(())` when nothing was recorded.
    pub fn finish(self) -> Result<(), Invalid> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(Invalid { errors: self.0 })
        }
    }
}
