//! What can go wrong when votes are read or analysed.

use thiserror::Error;

/// Why an opinion map could not be read, built or written.
#[derive(Debug, Error)]
pub enum OpinionError {
    /// A vote cell held something other than 1, -1, 0 or nothing.
    #[error("vote value {0:?} is not 1 (agree), -1 (disagree) or 0 (pass)")]
    InvalidVote(String),
    /// A CSV file lacks a column the Pol.is export format requires.
    #[error("{file}: missing column {column:?}")]
    MissingColumn {
        file: &'static str,
        column: &'static str,
    },
    /// A CSV cell could not be read as the number it should hold.
    #[error("{file}, line {line}: {column} {value:?} is not a number")]
    InvalidNumber {
        file: &'static str,
        line: u64,
        column: &'static str,
        value: String,
    },
    /// An id past what Concord stores (ids are kept as signed 64-bit numbers).
    #[error("{file}, line {line}: {column} {value} is too large")]
    IdTooLarge {
        file: &'static str,
        line: u64,
        column: &'static str,
        value: u64,
    },
    /// Two statements with the same id.
    #[error("{file}, line {line}: statement {id} appears twice")]
    DuplicateStatement {
        file: &'static str,
        line: u64,
        id: u64,
    },
    /// A cell that is not UTF-8 text.
    #[error("{file}, line {line}: the text is not UTF-8")]
    NotUtf8 { file: &'static str, line: u64 },
    /// The CSV reader or writer failed.
    #[error("CSV: {0}")]
    Csv(#[from] csv::Error),
    /// Reading or writing a file failed.
    #[error("I/O: {0}")]
    Io(#[from] std::io::Error),
    /// Options that cannot describe an analysis (for example, fewer than two groups).
    #[error("invalid option: {0}")]
    InvalidOption(&'static str),
}
