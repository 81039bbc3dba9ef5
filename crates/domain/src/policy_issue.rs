//! International public policy issues drawn from the responses to a call, with their provenance.
//!
//! In 2013 a task force of the WGEC read 69 responses, copied 483 issues into a spreadsheet and
//! merged them to about 200 by hand, and the link from an issue back to who raised it was lost
//! on the way. Here an issue is recorded from a passage of one answer — the exact response,
//! question and span — more passages can be added to it, and merging one issue into another keeps
//! every source of both. Issues are sorted into broad areas (the 2014 report had 24).

use crate::ids::QuestionId;
use serde::{Deserialize, Serialize};

use crate::error::{Errors, Invalid};
use crate::text;

/// The longest issue title.
pub const MAX_TITLE: usize = 300;
/// The longest broad area.
pub const MAX_AREA: usize = 120;
/// The longest passage recorded as a source.
pub const MAX_PASSAGE: usize = 5000;

/// A passage of an answer, by character offsets into the answer's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Span {
    /// The first character.
    pub start: usize,
    /// One past the last character.
    pub end: usize,
}

/// Where `passage` is in `answer`, as character offsets. Line ends are compared without regard
/// to `\r\n` or `\n` and runs of white space count as one, because a passage copied from a page
/// rarely keeps the answer's exact spacing; the span covers the answer's own characters.
pub fn locate(answer: &str, passage: &str) -> Option<Span> {
    let wanted: Vec<char> = squeeze(passage.trim()).collect();
    if wanted.is_empty() {
        return None;
    }
    let chars: Vec<char> = answer.chars().collect();
    for start in 0..chars.len() {
        if chars[start].is_whitespace() {
            continue;
        }
        if let Some(end) = match_at(&chars, start, &wanted) {
            return Some(Span { start, end });
        }
    }
    None
}

/// White space squeezed to single spaces.
fn squeeze(text: &str) -> impl Iterator<Item = char> + '_ {
    let mut last_space = false;
    text.chars().filter_map(move |c| {
        if c.is_whitespace() {
            if last_space {
                return None;
            }
            last_space = true;
            Some(' ')
        } else {
            last_space = false;
            Some(c)
        }
    })
}

/// The end of a match of `wanted` (white space squeezed) starting at `start`, if it matches.
fn match_at(chars: &[char], start: usize, wanted: &[char]) -> Option<usize> {
    let mut at = start;
    for &w in wanted {
        if w == ' ' {
            if !chars.get(at)?.is_whitespace() {
                return None;
            }
            while chars.get(at).is_some_and(|c| c.is_whitespace()) {
                at += 1;
            }
        } else {
            if *chars.get(at)? != w {
                return None;
            }
            at += 1;
        }
    }
    Some(at)
}

/// The characters of `text` in `span`.
pub fn excerpt(text: &str, span: Span) -> String {
    text.chars()
        .skip(span.start)
        .take(span.end.saturating_sub(span.start))
        .collect()
}

/// What the secretariat sends to record a passage as an issue, new or existing.
#[derive(Debug, Default, Clone, Deserialize)]
pub struct IssueForm {
    /// The response's reference.
    pub response: Option<String>,
    /// The question answered.
    pub question: Option<i64>,
    /// The passage, as selected or pasted.
    pub passage: Option<String>,
    /// The title of a new issue.
    pub title: Option<String>,
    /// Its broad area.
    pub area: Option<String>,
    /// An existing issue to add the passage to, instead of a new one.
    pub issue: Option<i64>,
    /// Set when the person has seen the likely duplicates and still wants a new issue.
    pub confirm_new: Option<String>,
}

/// Where the passage should go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Destination {
    /// A new issue with this title and area.
    New {
        /// The title.
        title: String,
        /// The broad area.
        area: Option<String>,
    },
    /// An existing issue.
    Existing(i64),
}

/// An issue form, checked (the passage is located in the answer by the store).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IssueSourced {
    /// The response's reference.
    pub response: String,
    /// The question.
    pub question: QuestionId,
    /// The passage as sent.
    pub passage: String,
    /// New or existing issue.
    pub destination: Destination,
    /// Whether likely duplicates were seen and set aside.
    pub confirmed_new: bool,
}

impl IssueForm {
    /// Checks the form: a response, a question, a passage, and either an issue to add to or the
    /// title of a new one.
    pub fn parse(&self) -> Result<IssueSourced, Invalid> {
        let mut e = Errors::default();
        let response = e.take(text::required("response", self.response.as_deref(), 64));
        if self.question.is_none() {
            e.add("question", "required", "This field is required");
        }
        let passage = e.take(text::required(
            "passage",
            self.passage.as_deref(),
            MAX_PASSAGE,
        ));
        let title = e
            .take(text::optional("title", self.title.as_deref(), MAX_TITLE))
            .flatten();
        let area = e
            .take(text::optional("area", self.area.as_deref(), MAX_AREA))
            .flatten();
        let destination = match (self.issue, title) {
            (Some(issue), _) => Some(Destination::Existing(issue)),
            (None, Some(title)) => Some(Destination::New { title, area }),
            (None, None) => {
                e.add(
                    "title",
                    "issue_title_required",
                    "Give the new issue a title, or choose an existing issue",
                );
                None
            }
        };
        e.finish()?;
        let (Some(response), Some(question), Some(passage), Some(destination)) =
            (response, self.question, passage, destination)
        else {
            return Err(Invalid::one("form", "internal", "Incomplete form"));
        };
        Ok(IssueSourced {
            response,
            question: QuestionId(question),
            passage,
            destination,
            confirmed_new: self.confirm_new.is_some(),
        })
    }
}

/// Merging one issue into another.
#[derive(Debug, Default, Clone, Deserialize)]
pub struct MergeForm {
    /// The issue that stays.
    pub into: Option<i64>,
    /// Why they are the same issue.
    pub reason: Option<String>,
}

impl MergeForm {
    /// Checks the form: merging needs the issue that stays and a reason, kept with the trail.
    pub fn parse(&self, from: i64) -> Result<(i64, String), Invalid> {
        let mut e = Errors::default();
        let reason = e.take(text::required("reason", self.reason.as_deref(), 2000));
        match self.into {
            None => e.add("into", "required", "This field is required"),
            Some(into) if into == from => e.add(
                "into",
                "issue_merge_self",
                "An issue cannot be merged into itself",
            ),
            Some(_) => {}
        }
        e.finish()?;
        match (self.into, reason) {
            (Some(into), Some(reason)) => Ok((into, reason)),
            _ => Err(Invalid::one("form", "internal", "Incomplete form")),
        }
    }
}

/// Sorting an issue into a broad area.
#[derive(Debug, Default, Clone, Deserialize)]
pub struct AreaForm {
    /// The broad area; empty to take it out of any.
    pub area: Option<String>,
}

impl AreaForm {
    /// Checks the area.
    pub fn parse(&self) -> Result<Option<String>, Invalid> {
        text::optional("area", self.area.as_deref(), MAX_AREA)
            .map_err(|e| Invalid { errors: vec![e] })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_passage_is_found_whatever_its_spacing() {
        let answer =
            "First point.\r\nEnhanced  cooperation should\ninclude all stakeholders. Last.";
        let span = locate(answer, "cooperation should include all\n stakeholders").unwrap();
        assert_eq!(
            excerpt(answer, span),
            "cooperation should\ninclude all stakeholders"
        );
        assert_eq!(locate(answer, "not in the answer"), None);
        assert_eq!(locate(answer, "   "), None);
    }

    #[test]
    fn spans_count_characters_not_bytes() {
        let answer = "Le développement durable — et l'accès à l'Internet.";
        let span = locate(answer, "l'accès").unwrap();
        assert_eq!(excerpt(answer, span), "l'accès");
        assert_eq!(
            span.start,
            answer[..answer.find("l'accès").unwrap()].chars().count()
        );
    }

    #[test]
    fn a_new_issue_needs_a_title_and_a_merge_a_reason() {
        let form = IssueForm {
            response: Some("R-1".into()),
            question: Some(3),
            passage: Some("text".into()),
            ..IssueForm::default()
        };
        let err = form.parse().unwrap_err();
        assert_eq!(err.errors[0].code, "issue_title_required");
        let existing = IssueForm {
            issue: Some(7),
            ..form.clone()
        };
        assert_eq!(
            existing.parse().unwrap().destination,
            Destination::Existing(7)
        );
        let merge = MergeForm {
            into: Some(4),
            reason: None,
        };
        assert_eq!(merge.parse(5).unwrap_err().errors[0].field, "reason");
        let onto_self = MergeForm {
            into: Some(5),
            reason: Some("same".into()),
        };
        assert_eq!(
            onto_self.parse(5).unwrap_err().errors[0].code,
            "issue_merge_self"
        );
    }
}
