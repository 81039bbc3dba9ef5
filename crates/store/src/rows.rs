//! Reading rows: decoding the shared column conventions (ISO dates as text, flags as 0/1,
//! codes as text) into domain types, with a clear error when the database holds something else.

use sqlx::any::AnyRow;
use sqlx::Row;
use time::{
    format_description::BorrowedFormatItem, macros::format_description, Date, OffsetDateTime,
};

use concord_domain::dates::{format_date, parse_date};

/// Timestamps are stored as RFC 3339 in UTC with exactly six fractional digits, so that their
/// text sorts in time order on both backends.
const TIMESTAMP: &[BorrowedFormatItem<'static>] =
    format_description!("[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond digits:6]Z");

/// A moment as stored.
pub(crate) fn timestamp(at: OffsetDateTime) -> String {
    at.to_offset(time::UtcOffset::UTC)
        .format(TIMESTAMP)
        .unwrap_or_default()
}

/// The current time as stored.
pub(crate) fn now() -> String {
    timestamp(OffsetDateTime::now_utc())
}

pub(crate) fn decode_error(column: &str, value: &str) -> sqlx::Error {
    sqlx::Error::Decode(format!("column {column} holds an unexpected value “{value}”").into())
}

/// Column accessors with Concord's conventions.
pub(crate) trait RowExt {
    fn text(&self, column: &str) -> Result<String, sqlx::Error>;
    fn opt_text(&self, column: &str) -> Result<Option<String>, sqlx::Error>;
    fn int(&self, column: &str) -> Result<i64, sqlx::Error>;
    fn opt_int(&self, column: &str) -> Result<Option<i64>, sqlx::Error>;
    fn flag(&self, column: &str) -> Result<bool, sqlx::Error>;
    fn opt_date(&self, column: &str) -> Result<Option<Date>, sqlx::Error>;
    fn date(&self, column: &str) -> Result<Date, sqlx::Error>;
    fn code<T>(&self, column: &str, parse: fn(&str) -> Option<T>) -> Result<T, sqlx::Error>;
    fn opt_code<T>(
        &self,
        column: &str,
        parse: fn(&str) -> Option<T>,
    ) -> Result<Option<T>, sqlx::Error>;
}

impl RowExt for AnyRow {
    fn text(&self, column: &str) -> Result<String, sqlx::Error> {
        self.try_get(column)
    }
    fn opt_text(&self, column: &str) -> Result<Option<String>, sqlx::Error> {
        self.try_get(column)
    }
    fn int(&self, column: &str) -> Result<i64, sqlx::Error> {
        self.try_get(column)
    }
    fn opt_int(&self, column: &str) -> Result<Option<i64>, sqlx::Error> {
        self.try_get(column)
    }
    fn flag(&self, column: &str) -> Result<bool, sqlx::Error> {
        Ok(self.int(column)? != 0)
    }
    fn opt_date(&self, column: &str) -> Result<Option<Date>, sqlx::Error> {
        match self.opt_text(column)? {
            None => Ok(None),
            Some(text) => parse_date(column, &text)
                .map(Some)
                .map_err(|_| decode_error(column, &text)),
        }
    }
    fn date(&self, column: &str) -> Result<Date, sqlx::Error> {
        let text = self.text(column)?;
        parse_date(column, &text).map_err(|_| decode_error(column, &text))
    }
    fn code<T>(&self, column: &str, parse: fn(&str) -> Option<T>) -> Result<T, sqlx::Error> {
        let text = self.text(column)?;
        parse(&text).ok_or_else(|| decode_error(column, &text))
    }
    fn opt_code<T>(
        &self,
        column: &str,
        parse: fn(&str) -> Option<T>,
    ) -> Result<Option<T>, sqlx::Error> {
        match self.opt_text(column)? {
            None => Ok(None),
            Some(text) => parse(&text)
                .map(Some)
                .ok_or_else(|| decode_error(column, &text)),
        }
    }
}

/// A date as stored.
pub(crate) fn date_text(date: Option<Date>) -> Option<String> {
    date.map(format_date)
}
