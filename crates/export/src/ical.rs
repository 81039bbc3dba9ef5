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

/// Writes the feed.
pub fn meetings(feed: &Feed<'_>, meetings: &[Meeting]) -> String {
    let mut out = String::new();
    let mut line = |text: String| fold(&text, &mut out);
    line("BEGIN:VCALENDAR".into());
    line("VERSION:2.0".into());
    line("PRODID:-//Concord//Meetings//EN".into());
    line("CALSCALE:GREGORIAN".into());
    line("METHOD:PUBLISH".into());
    line(format!("X-WR-CALNAME:{}", escape(feed.name)));
    let stamp = utc(feed.now.unix_timestamp());
    for meeting in meetings {
        let f = &meeting.fields;
        line("BEGIN:VEVENT".into());
        line(format!("UID:meeting-{}@{}", meeting.id, feed.host));
        line(format!("DTSTAMP:{stamp}"));
        line(format!("SEQUENCE:{}", meeting.sequence));
        match f.instants() {
            Some((start, end)) => {
                line(format!("DTSTART:{}", utc(start)));
                line(format!("DTEND:{}", utc(end)));
            }
            None => {
                // All-day: DTEND is the day after the last day (exclusive).
                line(format!("DTSTART;VALUE=DATE:{}", day(f.starts_on)));
                line(format!(
                    "DTEND;VALUE=DATE:{}",
                    day(f.ends_on.next_day().unwrap_or(f.ends_on))
                ));
            }
        }
        line(format!("SUMMARY:{}", escape(&f.title)));
        if let Some(venue) = &f.venue {
            let place = match &f.room {
                Some(room) => format!("{venue}, {room}"),
                None => venue.clone(),
            };
            line(format!("LOCATION:{}", escape(&place)));
        }
        if let Some(details) = &f.remote_details {
            line(format!("DESCRIPTION:{}", escape(details)));
        }
        line(format!("URL:{}", (feed.link)(meeting)));
        line(format!(
            "STATUS:{}",
            match f.state {
                MeetingState::Cancelled => "CANCELLED",
                MeetingState::Planned => "TENTATIVE",
                _ => "CONFIRMED",
            }
        ));
        line("END:VEVENT".into());
    }
    line("END:VCALENDAR".into());
    out
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
