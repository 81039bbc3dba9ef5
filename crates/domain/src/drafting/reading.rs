//! Readings of a text and their comment windows: the Chair's first draft is read, members and
//! stakeholders comment within dates, a second draft follows (the WGEC's 2017 cycle). A reading
//! may be tied to the meeting, or the agenda item, where the text is taken up. Comments are
//! public or for members only, as the body decides for each reading.

use time::Date;

use super::consensus::find_paragraph;
use super::notation::Draft;
use crate::dates::parse_date;
use crate::error::{Errors, Invalid};
use crate::text;

code_enum! {
    /// Who reads the comments of a reading.
    pub enum CommentVisibility {
        /// Everyone.
        Public = "public" => "Public",
        /// The body's members, observers included, and its secretariat.
        Members = "members" => "Members only",
    }
}

/// A reading as a form submits it.
#[derive(Debug, Clone, Default)]
pub struct ReadingForm {
    /// "First reading".
    pub title: Option<String>,
    /// Where it is taken up: `m:ID` for a meeting, `i:ID` for an agenda item, or empty.
    pub taken_up: Option<String>,
    /// First day comments are taken, `YYYY-MM-DD`.
    pub comments_open: Option<String>,
    /// Last day comments are taken.
    pub comments_close: Option<String>,
    /// A [`CommentVisibility`] code.
    pub visibility: Option<String>,
}

/// Where a reading is taken up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TakenUp {
    /// Nowhere in particular.
    Nowhere,
    /// At a meeting.
    Meeting(i64),
    /// Under an agenda item.
    AgendaItem(i64),
}

/// A reading, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadingFields {
    /// Its title.
    pub title: String,
    /// Where it is taken up.
    pub taken_up: TakenUp,
    /// The comment window, both days included.
    pub window: Option<(Date, Date)>,
    /// Who reads the comments.
    pub visibility: CommentVisibility,
}

impl ReadingForm {
    /// Checks every field.
    pub fn parse(&self) -> Result<ReadingFields, Invalid> {
        let mut e = Errors::default();
        let title = e.take(text::required("title", self.title.as_deref(), 200));
        let taken_up = match self.taken_up.as_deref().map(str::trim).unwrap_or_default() {
            "" => Some(TakenUp::Nowhere),
            value => {
                let parsed = match value.split_once(':') {
                    Some(("m", id)) => id.parse().ok().map(TakenUp::Meeting),
                    Some(("i", id)) => id.parse().ok().map(TakenUp::AgendaItem),
                    _ => None,
                };
                if parsed.is_none() {
                    e.add(
                        "taken_up",
                        "unknown_value",
                        "Choose a meeting or an agenda item",
                    );
                }
                parsed
            }
        };
        let day = |e: &mut Errors, field: &str, value: Option<&str>| match value
            .map(str::trim)
            .filter(|v| !v.is_empty())
        {
            Some(v) => e.take(parse_date(field, v)),
            None => None,
        };
        let open = day(&mut e, "comments_open", self.comments_open.as_deref());
        let close = day(&mut e, "comments_close", self.comments_close.as_deref());
        let window = match (open, close) {
            (Some(open), Some(close)) if close < open => {
                e.add(
                    "comments_close",
                    "window_ends_before_start",
                    "The comment window ends before it opens",
                );
                None
            }
            (Some(open), Some(close)) => Some((open, close)),
            (None, None) => None,
            _ => {
                e.add(
                    "comments_close",
                    "window_incomplete",
                    "Give both the first and the last day of comments, or neither",
                );
                None
            }
        };
        let visibility = e.take(crate::body::parse_code(
            "visibility",
            self.visibility.as_deref(),
            Some(CommentVisibility::Members),
            CommentVisibility::parse,
            CommentVisibility::expected,
        ));
        e.finish()?;
        let (Some(title), Some(taken_up), Some(visibility)) = (title, taken_up, visibility) else {
            return Err(Invalid::one("form", "internal", "Incomplete form"));
        };
        Ok(ReadingFields {
            title,
            taken_up,
            window,
            visibility,
        })
    }
}

/// The longest comment accepted, in characters.
pub const MAX_COMMENT_CHARS: usize = 5_000;

/// A comment as a form submits it.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct CommentForm {
    /// The paragraph, or empty for the whole text.
    pub paragraph: Option<String>,
    /// What the comment says.
    pub body: Option<String>,
}

/// A comment, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommentFields {
    /// The paragraph, or `None` for the whole text.
    pub paragraph: Option<String>,
    /// What it says.
    pub body: String,
}

impl CommentForm {
    /// Checks the comment against the text as it reads now.
    pub fn parse(&self, draft: &Draft) -> Result<CommentFields, Invalid> {
        let mut e = Errors::default();
        let paragraph = self
            .paragraph
            .as_deref()
            .map(str::trim)
            .filter(|p| !p.is_empty());
        if let Some(label) = paragraph {
            if find_paragraph(draft, label).is_none() {
                e.add_with(
                    "paragraph",
                    "no_such_paragraph",
                    format!("The text has no paragraph {label}"),
                    &[("paragraph", label.to_owned())],
                );
            }
        }
        let body = e.take(text::required(
            "body",
            self.body.as_deref(),
            MAX_COMMENT_CHARS,
        ));
        e.finish()?;
        let Some(body) = body else {
            return Err(Invalid::one("form", "internal", "Incomplete form"));
        };
        Ok(CommentFields {
            paragraph: paragraph.map(str::to_owned),
            body,
        })
    }
}

/// Whether comments are taken on `today` in a window (both days included).
pub fn window_open(window: Option<(Date, Date)>, today: Date) -> bool {
    window.is_some_and(|(open, close)| open <= today && today <= close)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn form(open: &str, close: &str) -> ReadingForm {
        ReadingForm {
            title: Some("First reading".into()),
            taken_up: Some("i:7".into()),
            comments_open: Some(open.into()),
            comments_close: Some(close.into()),
            visibility: None,
        }
    }

    #[test]
    fn a_reading_has_a_window_that_opens_before_it_closes() {
        let reading = form("2017-01-24", "2017-02-10").parse().unwrap();
        assert_eq!(reading.taken_up, TakenUp::AgendaItem(7));
        assert_eq!(reading.visibility, CommentVisibility::Members);
        assert!(window_open(reading.window, date!(2017 - 02 - 10)));
        assert!(!window_open(reading.window, date!(2017 - 02 - 11)));
        let code = |f: ReadingForm| f.parse().unwrap_err().errors[0].code;
        assert_eq!(
            code(form("2017-02-10", "2017-01-24")),
            "window_ends_before_start"
        );
        assert_eq!(code(form("2017-02-10", "")), "window_incomplete");
        let mut elsewhere = form("", "");
        elsewhere.taken_up = Some("x:1".into());
        assert_eq!(code(elsewhere), "unknown_value");
    }
}
