//! A body's negotiating texts — zero draft, non-paper, compilation, Chair's or facilitator's
//! text, rolling text, final text — and their versions. Every change to a text is a new
//! version, kept whole in the plain-text notation ([`super::notation`]), so that any two can be
//! compared and the history is public wherever the text is.

use crate::ids::{TextId, VersionNo};
use serde::{Deserialize, Serialize};

use super::notation::{self, Block, Draft};
use crate::body::parse_code;
use crate::error::{Errors, Invalid};
use crate::ids::BodyId;
use crate::text;

code_enum! {
    /// What kind of text it is, in the words of UN drafting practice.
    pub enum TextKind {
        /// The first draft, from which negotiation starts.
        ZeroDraft = "zero_draft" => "Zero draft",
        /// An informal paper that commits nobody.
        NonPaper = "non_paper" => "Non-paper",
        /// A compilation of the proposals received (the WGEC's 2017 compilation of
        /// recommendations).
        Compilation = "compilation" => "Compilation",
        /// A text put forward by the Chair to bridge differences.
        ChairsText = "chairs_text" => "Chair's text",
        /// A text put forward by a facilitator.
        FacilitatorsText = "facilitators_text" => "Facilitator's text",
        /// The text negotiated paragraph by paragraph, revised as it goes.
        Rolling = "rolling" => "Rolling text",
        /// The text as adopted.
        Final = "final" => "Final text",
    }
}

/// A text's details.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TextFields {
    /// Title ("Draft recommendations of the Working Group on Enhanced Cooperation").
    pub title: String,
    /// Its kind.
    pub kind: TextKind,
    /// The language it is negotiated in.
    pub lang: String,
}

/// A negotiating text as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NegotiatingText {
    /// Its id.
    pub id: TextId,
    /// The body that negotiates it.
    pub body_id: BodyId,
    /// Its details.
    #[serde(flatten)]
    pub fields: TextFields,
    /// The latest version's number (1 for the first).
    pub version: VersionNo,
}

/// One version of a text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TextVersion {
    /// Its number, from 1.
    pub number: VersionNo,
    /// The whole text in the notation.
    pub notation: String,
    /// What changed, in the words of who saved it.
    pub note: Option<String>,
    /// Who saved it.
    pub author: String,
    /// When (RFC 3339, UTC).
    pub created_at: String,
}

/// A new text as a form submits it.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct TextForm {
    /// Title.
    pub title: Option<String>,
    /// A [`TextKind`] code.
    pub kind: Option<String>,
    /// Language.
    pub lang: Option<String>,
}

impl TextForm {
    /// Checks every field.
    pub fn parse(&self) -> Result<TextFields, Invalid> {
        let mut e = Errors::default();
        let title = e.take(text::required("title", self.title.as_deref(), 300));
        let kind = e.take(parse_code(
            "kind",
            self.kind.as_deref(),
            None,
            TextKind::parse,
            TextKind::expected,
        ));
        let lang = e.take(text::language("lang", self.lang.as_deref()));
        e.finish()?;
        let (Some(title), Some(kind), Some(lang)) = (title, kind, lang) else {
            return Err(Invalid::one("form", "internal", "Incomplete form"));
        };
        Ok(TextFields { title, kind, lang })
    }
}

/// The longest text accepted, in bytes: a long outcome document is some hundred thousand.
pub const MAX_NOTATION_BYTES: usize = 1_000_000;

/// A version about to be saved: the text read, in its canonical notation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Revision {
    /// The text as read.
    pub draft: Draft,
    /// The text printed back in the canonical notation, as it is kept.
    pub notation: String,
    /// What changed.
    pub note: Option<String>,
}

/// Reads a text pasted or typed in the notation, with an optional note.
pub fn revision(notation_text: Option<&str>, note: Option<&str>) -> Result<Revision, Invalid> {
    let raw = notation_text.unwrap_or_default();
    if raw.trim().is_empty() {
        return Err(Invalid::one(
            "notation",
            "required",
            "This field is required",
        ));
    }
    if raw.len() > MAX_NOTATION_BYTES {
        return Err(Invalid::one(
            "notation",
            "too_long",
            format!("At most {MAX_NOTATION_BYTES} characters"),
        )
        .with_arg("max", MAX_NOTATION_BYTES)
        .with_arg("count", raw.len()));
    }
    let draft = notation::parse(raw).map_err(|e| {
        Invalid::one(
            "notation",
            e.code,
            format!("Line {}, character {}: {}", e.line, e.column, e.message),
        )
        .with_arg("line", e.line)
        .with_arg("column", e.column)
    })?;
    let note = text::optional("note", note, 1000).map_err(|e| Invalid { errors: vec![e] })?;
    let canonical = notation::print(&draft);
    // What is kept must read back to what was read: a text stored in a form its own reader
    // refuses would show as an empty page and break every action on it.
    if notation::parse(&canonical).as_ref() != Ok(&draft) {
        return Err(Invalid::one(
            "notation",
            "unstable_notation",
            "This text cannot be kept as written; check its brackets and alternatives",
        ));
    }
    Ok(Revision {
        notation: canonical,
        draft,
        note,
    })
}

/// Where a text stands: its paragraphs, and how many are still bracketed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct TextState {
    /// Paragraphs.
    pub paragraphs: usize,
    /// Paragraphs with no bracket and a single text.
    pub clean: usize,
    /// Paragraphs with at least one bracket or more than one alternative.
    pub open: usize,
    /// Brackets, nested ones included.
    pub brackets: usize,
}

/// Counts what is agreed on the page and what is still open.
pub fn state_of(draft: &Draft) -> TextState {
    let mut state = TextState::default();
    for block in &draft.blocks {
        let Block::Paragraph(p) = block else {
            continue;
        };
        state.paragraphs += 1;
        let brackets: usize = p
            .alternatives
            .iter()
            .map(|a| notation::count_brackets(a))
            .sum();
        state.brackets += brackets;
        if brackets == 0 && p.alternatives.len() == 1 {
            state.clean += 1;
        } else {
            state.open += 1;
        }
    }
    state
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pasted_text_is_kept_in_canonical_form_with_its_state() {
        let revision = revision(
            Some("OP1. Invites [all\n  stakeholders]{EU} to act.\n\nOP2.\nAlt 1: a\nAlt 2: b\n\nOP3. Agreed text."),
            Some("  First reading  "),
        )
        .unwrap();
        assert_eq!(
            revision.notation,
            "OP1. Invites [all stakeholders]{EU} to act.\n\nOP2.\nAlt 1: a\nAlt 2: b\n\nOP3. Agreed text.\n"
        );
        assert_eq!(revision.note.as_deref(), Some("First reading"));
        assert_eq!(
            state_of(&revision.draft),
            TextState {
                paragraphs: 3,
                clean: 1,
                open: 2,
                brackets: 1
            }
        );
    }

    #[test]
    fn a_text_is_kept_only_in_a_form_that_reads_back() {
        let invalid = revision(Some("OP6.\nAlt 1:"), None).unwrap_err();
        assert_eq!(invalid.errors[0].code, "empty_alternative");
        let deep = format!("OP1. {}x{}", "[".repeat(8_000), "]".repeat(8_000));
        assert_eq!(
            revision(Some(&deep), None).unwrap_err().errors[0].code,
            "too_deep"
        );
        let kept = revision(Some("OP6.\nAlt 1: a\nAlt 2: [b]{EU}"), None).unwrap();
        assert_eq!(
            notation::parse(&kept.notation).as_ref(),
            Ok(&kept.draft),
            "what is kept reads back"
        );
    }

    #[test]
    fn a_mistake_in_the_text_says_where() {
        let invalid = revision(Some("OP1. Invites [all"), None).unwrap_err();
        let error = &invalid.errors[0];
        assert_eq!(
            (error.field.as_str(), error.code),
            ("notation", "unclosed_bracket")
        );
        assert_eq!(
            error.args,
            vec![("line", "1".to_owned()), ("column", "14".to_owned())]
        );
        assert_eq!(
            revision(Some("  "), None).unwrap_err().errors[0].code,
            "required"
        );
    }
}
