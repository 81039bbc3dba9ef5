//! Times and days as pages show them, and the `?on=` day a page may be asked for.

use concord_domain::call::Call;

use crate::i18n::Tr;

/// "2017-01-24T10:00:00Z" as "2017-01-24 10:00 UTC".
pub(crate) fn short_time(stamp: &str) -> String {
    match stamp.get(..16) {
        Some(minutes) => format!("{} UTC", minutes.replacen('T', " ", 1)),
        None => stamp.to_owned(),
    }
}

/// The deadline in words: "15 August 2013, 23:59 (Europe/Zurich)".
pub(crate) fn deadline_text(t: &Tr, call: &Call) -> String {
    format!(
        "{}, {} ({})",
        t.date(call.fields.closes_on),
        call.fields.closes_time,
        call.fields.time_zone
    )
}

/// `?on=YYYY-MM-DD`: show the composition as it stood on that day.
#[derive(serde::Deserialize)]
pub(crate) struct OnDay {
    pub(crate) on: Option<String>,
}

impl OnDay {
    /// The day asked for, if any.
    pub(crate) fn day(&self) -> Result<Option<time::Date>, concord_domain::FieldError> {
        concord_domain::dates::parse_optional_date("on", self.on.as_deref())
    }
}
