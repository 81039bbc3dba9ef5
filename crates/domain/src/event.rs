//! The calendar of related events (IGF, WCIT, WTPF, ICANN meetings, CSTD sessions…) that any
//! organiser holds, kept so that a body's work can be placed among them.

use serde::Serialize;
use time::Date;

use crate::dates;
use crate::ids::EventId;

code_enum! {
    /// How precisely the dates of an event are known.
    pub enum DatePrecision {
        /// Exact days.
        Day = "day" => "Day",
        /// Only the month is known ("July 2013").
        Month = "month" => "Month",
    }
}

/// An event of the calendar.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CalendarEvent {
    /// Its id.
    pub id: EventId,
    /// Its details.
    #[serde(flatten)]
    pub fields: EventFields,
}

/// What is known of an event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EventFields {
    /// Title, e.g. "IGF 7th Meeting".
    pub title: String,
    /// First day.
    #[serde(with = "dates::iso")]
    pub starts_on: Date,
    /// Last day.
    #[serde(with = "dates::iso")]
    pub ends_on: Date,
    /// How precise the dates are.
    pub precision: DatePrecision,
    /// Where (city).
    pub venue: String,
    /// Country (ISO alpha-2).
    pub country: Option<String>,
    /// Organiser, e.g. ITU, ICANN, UN DESA.
    pub organiser: Option<String>,
    /// Web page.
    pub url: Option<String>,
    /// Where this entry comes from.
    pub source: Option<String>,
}
