//! Meetings of a body: numbered (1st…5th) or additional, on days or at times in a named time
//! zone, in person, online or hybrid, moving from planned to summary published — or cancelled.

use serde::{Deserialize, Serialize};
use time::{Date, Time};

use crate::body::parse_code;
use crate::dates::{self, parse_date};
use crate::error::{Errors, FieldError, Invalid};
use crate::ids::{BodyId, MeetingId};
use crate::text;

code_enum! {
    /// How people take part.
    pub enum Modality {
        /// In the room.
        InPerson = "in_person" => "In person",
        /// Online only.
        Online = "online" => "Online",
        /// In the room and online.
        Hybrid = "hybrid" => "Hybrid",
    }
}

code_enum! {
    /// Where a meeting stands.
    pub enum MeetingState {
        /// Planned, not yet announced.
        Planned = "planned" => "Planned",
        /// Announced.
        Announced = "announced" => "Announced",
        /// Registration of observers is open.
        RegistrationOpen = "registration_open" => "Registration open",
        /// In session.
        InSession = "in_session" => "In session",
        /// Closed.
        Closed = "closed" => "Closed",
        /// The Chair's summary is published.
        SummaryPublished = "summary_published" => "Summary published",
        /// Cancelled: kept, with its reason in the history.
        Cancelled = "cancelled" => "Cancelled",
    }
}

/// A meeting's details.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MeetingFields {
    /// Its number in the body's series (1st, 2nd…); `None` for an additional meeting.
    pub number: Option<u32>,
    /// Title, e.g. "Second meeting".
    pub title: String,
    /// First day.
    #[serde(with = "dates::iso")]
    pub starts_on: Date,
    /// Last day.
    #[serde(with = "dates::iso")]
    pub ends_on: Date,
    /// Opening time on the first day, local to `time_zone`, when known.
    pub starts_at: Option<Time>,
    /// Closing time on the last day, local to `time_zone`, when known.
    pub ends_at: Option<Time>,
    /// IANA time zone of the venue, e.g. `Europe/Zurich`.
    pub time_zone: String,
    /// Venue, e.g. "Palais des Nations, Geneva".
    pub venue: Option<String>,
    /// Room.
    pub room: Option<String>,
    /// How people take part.
    pub modality: Modality,
    /// Remote participation: how to join.
    pub remote_details: Option<String>,
    /// Webcast link.
    pub webcast_url: Option<String>,
    /// Transcript link.
    pub transcript_url: Option<String>,
    /// Where it stands.
    pub state: MeetingState,
    /// Language of the title and venue.
    pub lang: String,
    /// True for demonstration content that is illustrative rather than sourced.
    pub illustrative: bool,
}

/// A meeting as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Meeting {
    /// Its id.
    pub id: MeetingId,
    /// The body that meets.
    pub body_id: BodyId,
    /// How many times it was changed: carried to calendars as SEQUENCE.
    pub sequence: u32,
    /// Its details.
    #[serde(flatten)]
    pub fields: MeetingFields,
}

impl MeetingFields {
    /// The meeting's opening and closing instants as Unix seconds, when its times are known.
    pub fn instants(&self) -> Option<(i64, i64)> {
        let (Some(start), Some(end)) = (self.starts_at, self.ends_at) else {
            return None;
        };
        let instant = |day: Date, at: Time| dates::unix_seconds(day, at, 0, &self.time_zone);
        Some((instant(self.starts_on, start)?, instant(self.ends_on, end)?))
    }
}

/// Whether `name` is a time zone of the IANA database.
pub fn valid_time_zone(name: &str) -> bool {
    jiff::tz::TimeZone::get(name).is_ok()
}

/// A meeting as a form or the API submits it.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct MeetingForm {
    /// Number, empty for an additional meeting.
    pub number: Option<String>,
    /// Title.
    pub title: Option<String>,
    /// First day, `YYYY-MM-DD`.
    pub starts_on: Option<String>,
    /// Last day, `YYYY-MM-DD`.
    pub ends_on: Option<String>,
    /// Opening time, `HH:MM`.
    pub starts_at: Option<String>,
    /// Closing time, `HH:MM`.
    pub ends_at: Option<String>,
    /// IANA time zone.
    pub time_zone: Option<String>,
    /// Venue.
    pub venue: Option<String>,
    /// Room.
    pub room: Option<String>,
    /// `in_person`, `online`, `hybrid`.
    pub modality: Option<String>,
    /// How to join remotely.
    pub remote_details: Option<String>,
    /// Webcast link.
    pub webcast_url: Option<String>,
    /// Transcript link.
    pub transcript_url: Option<String>,
    /// State code.
    pub state: Option<String>,
    /// Language.
    pub lang: Option<String>,
    /// Illustrative.
    pub illustrative: Option<bool>,
}

fn parse_time(field: &str, value: Option<&str>) -> Result<Option<Time>, FieldError> {
    let Some(v) = value.map(str::trim).filter(|v| !v.is_empty()) else {
        return Ok(None);
    };
    let format = time::macros::format_description!("[hour]:[minute]");
    Time::parse(v, format).map(Some).map_err(|_| {
        FieldError::new(
            field,
            "invalid_time",
            format!("“{v}” is not a time; write it as HH:MM, for example 10:00"),
        )
        .with("value", v)
    })
}

fn url(field: &str, value: Option<&str>) -> Result<Option<String>, FieldError> {
    let v = text::optional(field, value, 500)?;
    match v {
        Some(u) if !(u.starts_with("https://") || u.starts_with("http://")) => {
            Err(FieldError::new(
                field,
                "invalid_url",
                "A web address starts with https:// or http://",
            ))
        }
        other => Ok(other),
    }
}

impl MeetingForm {
    /// Checks every field.
    pub fn parse(&self) -> Result<MeetingFields, Invalid> {
        let mut e = Errors::default();
        let number = match self
            .number
            .as_deref()
            .map(str::trim)
            .filter(|v| !v.is_empty())
        {
            None => Some(None),
            Some(v) => match v.parse::<u32>() {
                Ok(n) if (1..=999).contains(&n) => Some(Some(n)),
                _ => {
                    e.add("number", "out_of_range", "The meeting number is a whole number from 1; leave it empty for an additional meeting");
                    None
                }
            },
        };
        let title = e.take(text::required("title", self.title.as_deref(), 200));
        let starts_on = e.take(parse_date(
            "starts_on",
            self.starts_on.as_deref().unwrap_or_default(),
        ));
        let ends_on = match self
            .ends_on
            .as_deref()
            .map(str::trim)
            .filter(|v| !v.is_empty())
        {
            None => starts_on,
            Some(v) => e.take(parse_date("ends_on", v)),
        };
        let starts_at = e.take(parse_time("starts_at", self.starts_at.as_deref()));
        let ends_at = e.take(parse_time("ends_at", self.ends_at.as_deref()));
        let time_zone = self
            .time_zone
            .as_deref()
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .unwrap_or("UTC")
            .to_owned();
        if !valid_time_zone(&time_zone) {
            e.add(
                "time_zone",
                "unknown_time_zone",
                format!("“{time_zone}” is not a time zone; use a name such as Europe/Zurich or America/New_York"),
            );
        }
        let venue = e.take(text::optional("venue", self.venue.as_deref(), 300));
        let room = e.take(text::optional("room", self.room.as_deref(), 100));
        let modality = e.take(parse_code(
            "modality",
            self.modality.as_deref(),
            Some(Modality::InPerson),
            Modality::parse,
            Modality::expected,
        ));
        let remote_details = e.take(text::optional(
            "remote_details",
            self.remote_details.as_deref(),
            2_000,
        ));
        let webcast_url = e.take(url("webcast_url", self.webcast_url.as_deref()));
        let transcript_url = e.take(url("transcript_url", self.transcript_url.as_deref()));
        let state = e.take(parse_code(
            "state",
            self.state.as_deref(),
            Some(MeetingState::Planned),
            MeetingState::parse,
            MeetingState::expected,
        ));
        let lang = e.take(text::language("lang", self.lang.as_deref()));
        if let (Some(start), Some(end)) = (starts_on, ends_on) {
            let same_day = start == end;
            let ends_earlier = end < start
                || (same_day
                    && matches!((starts_at, ends_at), (Some(Some(a)), Some(Some(b))) if b <= a));
            if ends_earlier {
                e.add(
                    "ends_on",
                    "ends_before_start",
                    "The meeting ends before it starts",
                );
            }
        }
        e.finish()?;
        let (
            Some(number),
            Some(title),
            Some(starts_on),
            Some(ends_on),
            Some(starts_at),
            Some(ends_at),
        ) = (number, title, starts_on, ends_on, starts_at, ends_at)
        else {
            return Err(Invalid::one("form", "internal", "Incomplete form"));
        };
        let (
            Some(venue),
            Some(room),
            Some(modality),
            Some(remote_details),
            Some(webcast_url),
            Some(transcript_url),
            Some(state),
            Some(lang),
        ) = (
            venue,
            room,
            modality,
            remote_details,
            webcast_url,
            transcript_url,
            state,
            lang,
        )
        else {
            return Err(Invalid::one("form", "internal", "Incomplete form"));
        };
        Ok(MeetingFields {
            number,
            title,
            starts_on,
            ends_on,
            starts_at,
            ends_at,
            time_zone,
            venue,
            room,
            modality,
            remote_details,
            webcast_url,
            transcript_url,
            state,
            lang,
            illustrative: self.illustrative.unwrap_or(false),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> MeetingForm {
        MeetingForm {
            number: Some("2".into()),
            title: Some("Second meeting".into()),
            starts_on: Some("2013-11-06".into()),
            ends_on: Some("2013-11-08".into()),
            time_zone: Some("Europe/Zurich".into()),
            venue: Some("Palais des Nations, Geneva".into()),
            ..Default::default()
        }
    }

    #[test]
    fn a_valid_meeting() {
        let m = form().parse().unwrap();
        assert_eq!(m.number, Some(2));
        assert_eq!(m.modality, Modality::InPerson);
        assert_eq!(m.state, MeetingState::Planned);
    }

    #[test]
    fn bad_input_is_named() {
        let mut f = form();
        f.ends_on = Some("2013-11-01".into());
        f.time_zone = Some("Europe/Geneva".into());
        f.starts_at = Some("25:00".into());
        f.number = Some("0".into());
        let codes: Vec<_> = f
            .parse()
            .unwrap_err()
            .errors
            .iter()
            .map(|e| (e.field.clone(), e.code))
            .collect();
        assert_eq!(
            codes,
            [
                ("number".to_owned(), "out_of_range"),
                ("starts_at".to_owned(), "invalid_time"),
                ("time_zone".to_owned(), "unknown_time_zone"),
                ("ends_on".to_owned(), "ends_before_start"),
            ]
        );
        let mut same_day = form();
        same_day.ends_on = same_day.starts_on.clone();
        same_day.starts_at = Some("15:00".into());
        same_day.ends_at = Some("10:00".into());
        assert_eq!(
            same_day.parse().unwrap_err().errors[0].code,
            "ends_before_start"
        );
    }

    #[test]
    fn local_times_become_instants_in_their_time_zone() {
        let mut f = form();
        f.starts_at = Some("10:00".into());
        f.ends_at = Some("18:00".into());
        let (start, end) = f.parse().unwrap().instants().unwrap();
        // 6 November 2013, 10:00 in Geneva (UTC+1) is 09:00 UTC.
        assert_eq!(start, 1_383_728_400);
        assert_eq!(end - start, 2 * 86_400 + 8 * 3_600);
    }

    #[test]
    fn time_zones_come_from_the_iana_database() {
        assert!(valid_time_zone("Europe/Zurich"));
        assert!(valid_time_zone("Asia/Baku"));
        assert!(!valid_time_zone("Mars/Olympus_Mons"));
    }
}
