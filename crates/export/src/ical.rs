//! iCalendar (RFC 5545) feeds of meetings. Meetings with known times are written in UTC;
//! meetings known by their days only are all-day events. Every event keeps a stable UID, and a
//! change carries a higher SEQUENCE, so calendars update the event instead of duplicating it; a
//! cancelled meeting stays in the feed with `STATUS:CANCELLED`.

use concord_domain::meeting::{Meeting, MeetingState};
use time::{Date, OffsetDateTime};

/// What a feed is about.
pub struct Feed<'a> {
    /// The calendar's name, e.g. "WGEC-2013 meetings".
    pub name: &'a str,
    /// The host name that makes UIDs unique, e.g. `concord.example.org`.
    pub host: &'a str,
    /// A page for each meeting: the event's URL.
    pub link: &'a dyn Fn(&Meeting) -> String,
    /// When the feed is written (DTSTAMP).
    pub now: OffsetDateTime,
}

/// Escapes a TEXT value (RFC 5545 §3.3.11).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets, never inside a UTF-8 character (RFC 5545 §3.1).
fn fold(line: &str, out: &mut String) {
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

fn utc(seconds: i64) -> String {
    OffsetDateTime::from_unix_timestamp(seconds)
        .map(|t| {
            format!(
                "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
                t.year(),
                u8::from(t.month()),
                t.day(),
                t.hour(),
                t.minute(),
                t.second()
            )
        })
        .unwrap_or_default()
}

fn day(date: Date) -> String {
    format!(
        "{:04}{:02}{:02}",
        date.year(),
        u8::from(date.month()),
        date.day()
    )
}

/// When an event happens: whole days, or instants (Unix seconds).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// From the first to the last day, inclusive.
    Days(Date, Date),
    /// From one instant to another.
    Instants(i64, i64),
}

/// One event of a feed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    /// Unique and stable across feeds and changes (without the host).
    pub uid: String,
    /// Raised by every change.
    pub sequence: u32,
    /// When.
    pub when: When,
    /// Title.
    pub summary: String,
    /// Where.
    pub location: Option<String>,
    /// More.
    pub description: Option<String>,
    /// A page about it.
    pub url: Option<String>,
    /// `CONFIRMED`, `TENTATIVE` or `CANCELLED`.
    pub status: &'static str,
}

/// Writes a calendar of events.
pub fn calendar(name: &str, host: &str, now: OffsetDateTime, events: &[Event]) -> String {
    let mut out = String::new();
    let mut line = |text: String| fold(&text, &mut out);
    line("BEGIN:VCALENDAR".into());
    line("VERSION:2.0".into());
    line("PRODID:-//Concord//Calendar//EN".into());
    line("CALSCALE:GREGORIAN".into());
    line("METHOD:PUBLISH".into());
    line(format!("X-WR-CALNAME:{}", escape(name)));
    let stamp = utc(now.unix_timestamp());
    for event in events {
        line("BEGIN:VEVENT".into());
        line(format!("UID:{}@{host}", event.uid));
        line(format!("DTSTAMP:{stamp}"));
        line(format!("SEQUENCE:{}", event.sequence));
        match event.when {
            When::Instants(start, end) => {
                line(format!("DTSTART:{}", utc(start)));
                line(format!("DTEND:{}", utc(end)));
            }
            When::Days(first, last) => {
                // All-day: DTEND is the day after the last day (exclusive).
                line(format!("DTSTART;VALUE=DATE:{}", day(first)));
                line(format!(
                    "DTEND;VALUE=DATE:{}",
                    day(last.next_day().unwrap_or(last))
                ));
            }
        }
        line(format!("SUMMARY:{}", escape(&event.summary)));
        if let Some(location) = &event.location {
            line(format!("LOCATION:{}", escape(location)));
        }
        if let Some(description) = &event.description {
            line(format!("DESCRIPTION:{}", escape(description)));
        }
        if let Some(url) = &event.url {
            line(format!("URL:{url}"));
        }
        line(format!("STATUS:{}", event.status));
        line("END:VEVENT".into());
    }
    line("END:VCALENDAR".into());
    out
}

/// A meeting as a calendar event.
pub fn meeting_event(meeting: &Meeting, url: String) -> Event {
    let f = &meeting.fields;
    Event {
        uid: format!("meeting-{}", meeting.id),
        sequence: meeting.sequence,
        when: f
            .instants()
            .map_or(When::Days(f.starts_on, f.ends_on), |(start, end)| {
                When::Instants(start, end)
            }),
        summary: f.title.clone(),
        location: f.venue.as_ref().map(|venue| match &f.room {
            Some(room) => format!("{venue}, {room}"),
            None => venue.clone(),
        }),
        description: f.remote_details.clone(),
        url: Some(url),
        status: match f.state {
            MeetingState::Cancelled => "CANCELLED",
            MeetingState::Planned => "TENTATIVE",
            _ => "CONFIRMED",
        },
    }
}

/// Writes the feed of a body's meetings.
pub fn meetings(feed: &Feed<'_>, meetings: &[Meeting]) -> String {
    let events: Vec<Event> = meetings
        .iter()
        .map(|m| meeting_event(m, (feed.link)(m)))
        .collect();
    calendar(feed.name, feed.host, feed.now, &events)
}

#[cfg(test)]
mod tests {
    use super::*;
    use concord_domain::ids::{BodyId, MeetingId};
    use concord_domain::meeting::MeetingForm;

    fn meeting(id: i64, form: MeetingForm) -> Meeting {
        Meeting {
            id: MeetingId(id),
            body_id: BodyId(1),
            sequence: 2,
            fields: form.parse().unwrap(),
        }
    }

    fn feed(meetings_list: &[Meeting]) -> String {
        let link = |m: &Meeting| format!("https://concord.example/meetings/{}", m.id);
        let f = Feed {
            name: "WGEC, meetings",
            host: "concord.example",
            link: &link,
            now: OffsetDateTime::UNIX_EPOCH,
        };
        meetings(&f, meetings_list)
    }

    #[test]
    fn day_meetings_are_all_day_events_and_timed_ones_are_in_utc() {
        let days = meeting(
            1,
            MeetingForm {
                title: Some("Second meeting; groups 4, 5".into()),
                starts_on: Some("2013-11-06".into()),
                ends_on: Some("2013-11-08".into()),
                ..Default::default()
            },
        );
        let timed = meeting(
            2,
            MeetingForm {
                title: Some("Additional meeting".into()),
                starts_on: Some("2014-04-30".into()),
                ends_on: Some("2014-05-02".into()),
                starts_at: Some("10:00".into()),
                ends_at: Some("18:00".into()),
                time_zone: Some("Europe/Zurich".into()),
                state: Some("cancelled".into()),
                ..Default::default()
            },
        );
        let text = feed(&[days, timed]);
        assert!(text.contains("X-WR-CALNAME:WGEC\\, meetings\r\n"));
        assert!(text.contains("DTSTART;VALUE=DATE:20131106\r\nDTEND;VALUE=DATE:20131109\r\n"));
        assert!(text.contains("SUMMARY:Second meeting\\; groups 4\\, 5\r\n"));
        // Geneva is on summer time (UTC+2) on 30 April.
        assert!(text.contains("DTSTART:20140430T080000Z\r\nDTEND:20140502T160000Z\r\n"));
        assert!(text.contains("STATUS:CANCELLED\r\n"));
        assert!(
            text.contains("UID:meeting-2@concord.example\r\n") && text.contains("SEQUENCE:2\r\n")
        );
        assert!(text.lines().all(|l| l.len() <= 75), "folded");
    }

    #[test]
    fn long_lines_fold_without_splitting_characters() {
        let mut out = String::new();
        fold(&format!("SUMMARY:{}", "é".repeat(80)), &mut out);
        for line in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(line.len() <= 75);
        }
        let unfolded = out.replace("\r\n ", "");
        assert_eq!(unfolded.trim_end(), format!("SUMMARY:{}", "é".repeat(80)));
    }
}
