//! Calendar dates as Concord reads and writes them: ISO 8601 `YYYY-MM-DD`.

use time::{format_description::BorrowedFormatItem, macros::format_description, Date};

use crate::error::FieldError;

const ISO_DATE: &[BorrowedFormatItem<'static>] = format_description!("[year]-[month]-[day]");

/// Parses an ISO date given in `field`.
pub fn parse_date(field: &str, value: &str) -> Result<Date, FieldError> {
    Date::parse(value.trim(), ISO_DATE).map_err(|_| {
        FieldError::new(
            field,
            "invalid_date",
            format!(
                "“{}” is not a date; write it as YYYY-MM-DD, for example 2013-05-30",
                value.trim()
            ),
        )
        .with("value", value.trim())
    })
}

/// Parses an optional date: empty means none.
pub fn parse_optional_date(field: &str, value: Option<&str>) -> Result<Option<Date>, FieldError> {
    match value.map(str::trim) {
        None | Some("") => Ok(None),
        Some(v) => parse_date(field, v).map(Some),
    }
}

/// Formats a date as `YYYY-MM-DD`.
pub fn format_date(date: Date) -> String {
    // Formatting a valid `Date` with a fixed description cannot fail; fall back to Debug anyway.
    date.format(ISO_DATE)
        .unwrap_or_else(|_| format!("{date:?}"))
}

/// Serde helpers for `Option<Date>` as `YYYY-MM-DD`.
pub mod option_iso {
    use serde::{Serialize, Serializer};
    use time::Date;

    /// Serialises `Some(date)` as `"YYYY-MM-DD"` and `None` as `null`.
    pub fn serialize<S: Serializer>(date: &Option<Date>, s: S) -> Result<S::Ok, S::Error> {
        date.map(super::format_date).serialize(s)
    }
}

/// Serde helper for `Date` as `YYYY-MM-DD`.
pub mod iso {
    use serde::Serializer;
    use time::Date;

    /// Serialises a date as `"YYYY-MM-DD"`.
    pub fn serialize<S: Serializer>(date: &Date, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&super::format_date(*date))
    }
}

/// The instant `day` at `at` (plus `second` seconds) in the IANA zone `zone`, as Unix seconds;
/// `None` when the zone is unknown or the time does not exist there.
pub fn unix_seconds(day: Date, at: time::Time, second: i8, zone: &str) -> Option<i64> {
    let zone = jiff::tz::TimeZone::get(zone).ok()?;
    let civil = jiff::civil::DateTime::new(
        i16::try_from(day.year()).ok()?,
        i8::try_from(u8::from(day.month())).ok()?,
        i8::try_from(day.day()).ok()?,
        i8::try_from(at.hour()).ok()?,
        i8::try_from(at.minute()).ok()?,
        second,
        0,
    )
    .ok()?;
    Some(zone.to_timestamp(civil).ok()?.as_second())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_formats_iso_dates() {
        let d = parse_date("start_date", " 2013-03-22 ").unwrap();
        assert_eq!(format_date(d), "2013-03-22");
        let err = parse_date("start_date", "22/03/2013").unwrap_err();
        assert_eq!(err.code, "invalid_date");
        assert_eq!(parse_optional_date("x", Some("")).unwrap(), None);
        assert!(parse_date("x", "2013-02-30").is_err());
    }
}
