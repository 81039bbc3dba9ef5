//! Amendments: a member proposes to insert a paragraph after another, to delete a paragraph or to
//! replace its words, with co-sponsors and a reason; the Chair handles each — incorporated,
//! bracketed, merged with others or not retained — and says why. The compilation lists them
//! paragraph by paragraph, numbered and attributed, as the WGEC's 2017 compilation of
//! recommendations did.

use serde::Serialize;

use super::consensus::find_paragraph;
use super::diff::{diff_words, Edit};
use super::notation::{self, Draft};
use crate::error::{Errors, Invalid};
use crate::text;

code_enum! {
    /// What an amendment does to its paragraph.
    pub enum AmendmentKind {
        /// A new paragraph after this one.
        Insert = "insert" => "Insertion",
        /// The paragraph deleted.
        Delete = "delete" => "Deletion",
        /// The paragraph's words replaced.
        Replace = "replace" => "Replacement",
    }
}

code_enum! {
    /// What the Chair did with an amendment.
    pub enum Handling {
        /// Taken into the next version as proposed.
        Incorporated = "incorporated" => "Incorporated",
        /// Taken into the next version in brackets, for negotiation.
        Bracketed = "bracketed" => "Bracketed",
        /// Merged with other proposals on the same paragraph.
        Merged = "merged" => "Merged",
        /// Not retained.
        NotRetained = "not_retained" => "Not retained",
    }
}

/// The longest proposed wording accepted, in characters.
pub const MAX_PROPOSAL_CHARS: usize = 5_000;

/// An amendment as a form submits it.
#[derive(Debug, Clone, Default)]
pub struct AmendmentForm {
    /// The paragraph it is on.
    pub paragraph: Option<String>,
    /// An [`AmendmentKind`] code.
    pub kind: Option<String>,
    /// The words proposed (none for a deletion).
    pub proposed: Option<String>,
    /// The seat proposing it.
    pub membership: Option<i64>,
    /// The seats co-sponsoring it.
    pub co_sponsors: Vec<i64>,
    /// Why.
    pub reason: Option<String>,
}

/// An amendment, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proposal {
    /// The paragraph.
    pub paragraph: String,
    /// What it does.
    pub kind: AmendmentKind,
    /// The words proposed, in the drafting notation ("" for a deletion).
    pub proposed: String,
    /// The seat proposing it.
    pub membership: i64,
    /// Co-sponsoring seats, without the proposer and without repeats.
    pub co_sponsors: Vec<i64>,
    /// Why.
    pub reason: Option<String>,
}

impl AmendmentForm {
    /// Checks the amendment against the text as it reads now.
    pub fn parse(&self, draft: &Draft) -> Result<Proposal, Invalid> {
        let mut e = Errors::default();
        let label = self.paragraph.as_deref().map(str::trim).unwrap_or_default();
        if find_paragraph(draft, label).is_none() {
            e.add_with(
                "paragraph",
                "no_such_paragraph",
                format!("The text has no paragraph {label}"),
                &[("paragraph", label.to_owned())],
            );
        }
        let kind = e.take(crate::body::parse_code(
            "kind",
            self.kind.as_deref(),
            None,
            AmendmentKind::parse,
            AmendmentKind::expected,
        ));
        let proposed = e
            .take(text::optional(
                "proposed",
                self.proposed.as_deref(),
                MAX_PROPOSAL_CHARS,
            ))
            .flatten();
        match (kind, &proposed) {
            (Some(AmendmentKind::Insert | AmendmentKind::Replace), None) => {
                e.add("proposed", "required", "This field is required");
            }
            (Some(AmendmentKind::Delete), Some(_)) => e.add(
                "proposed",
                "deletion_has_no_words",
                "A deletion proposes no words; choose a replacement instead",
            ),
            _ => {}
        }
        if let Some(words) = &proposed {
            if let Err(error) = notation::parse_spans(words, 1, 1) {
                e.add_with(
                    "proposed",
                    error.code,
                    format!("Character {}: {}", error.column, error.message),
                    &[
                        ("line", "1".to_owned()),
                        ("column", error.column.to_string()),
                    ],
                );
            }
        }
        if self.membership.is_none() {
            e.add("membership", "required", "This field is required");
        }
        let reason = e
            .take(text::optional("reason", self.reason.as_deref(), 2000))
            .flatten();
        e.finish()?;
        let (Some(kind), Some(membership)) = (kind, self.membership) else {
            return Err(Invalid::one("form", "internal", "Incomplete form"));
        };
        let mut co_sponsors: Vec<i64> = self
            .co_sponsors
            .iter()
            .copied()
            .filter(|seat| *seat != membership)
            .collect();
        co_sponsors.sort_unstable();
        co_sponsors.dedup();
        Ok(Proposal {
            paragraph: label.to_owned(),
            kind,
            proposed: proposed.unwrap_or_default(),
            membership,
            co_sponsors,
            reason,
        })
    }
}

/// What an amendment changes, word by word, against the paragraph as it reads in `draft`: a
/// replacement against the paragraph's words, a deletion removes them all, an insertion adds
/// all its own.
pub fn changes(draft: &Draft, paragraph: &str, kind: AmendmentKind, proposed: &str) -> Vec<Edit> {
    let current = find_paragraph(draft, paragraph)
        .map(|p| {
            p.alternatives
                .iter()
                .map(|a| notation::print_spans(a))
                .collect::<Vec<_>>()
                .join(" / ")
        })
        .unwrap_or_default();
    match kind {
        AmendmentKind::Insert => vec![Edit::Inserted(proposed.to_owned())],
        AmendmentKind::Delete => vec![Edit::Removed(current)],
        AmendmentKind::Replace => diff_words(&current, proposed),
    }
}

/// A handling as a form submits it.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct HandlingForm {
    /// A [`Handling`] code.
    pub handling: Option<String>,
    /// Why; required when not retained or merged.
    pub reason: Option<String>,
}

/// A handling, checked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HandlingDecided {
    /// What the Chair did.
    pub handling: Handling,
    /// Why.
    pub reason: Option<String>,
}

impl HandlingForm {
    /// Checks the handling: an amendment not retained or merged says why, so the proposer
    /// knows what became of it.
    pub fn parse(&self) -> Result<HandlingDecided, Invalid> {
        let mut e = Errors::default();
        let handling = e.take(crate::body::parse_code(
            "handling",
            self.handling.as_deref(),
            None,
            Handling::parse,
            Handling::expected,
        ));
        let reason = e
            .take(text::optional("reason", self.reason.as_deref(), 2000))
            .flatten();
        if matches!(handling, Some(Handling::NotRetained | Handling::Merged)) && reason.is_none() {
            e.add(
                "reason",
                "handling_reason_required",
                "Say why the amendment was not retained or with what it was merged",
            );
        }
        e.finish()?;
        let Some(handling) = handling else {
            return Err(Invalid::one("form", "internal", "Incomplete form"));
        };
        Ok(HandlingDecided { handling, reason })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::drafting::notation::parse;

    fn draft() -> Draft {
        parse("OP1. Invites all stakeholders to cooperate.\n\nOP2. Recommends a review.").unwrap()
    }

    fn form(kind: &str, proposed: Option<&str>) -> AmendmentForm {
        AmendmentForm {
            paragraph: Some("OP1".into()),
            kind: Some(kind.into()),
            proposed: proposed.map(str::to_owned),
            membership: Some(4),
            co_sponsors: vec![4, 7, 7, 5],
            reason: None,
        }
    }

    #[test]
    fn an_amendment_names_its_paragraph_and_says_what_it_changes() {
        let proposal = form("replace", Some("Invites all Member States to cooperate."))
            .parse(&draft())
            .unwrap();
        assert_eq!(
            proposal.co_sponsors,
            [5, 7],
            "the proposer is not their own co-sponsor"
        );
        let edits = changes(&draft(), "OP1", proposal.kind, &proposal.proposed);
        assert!(
            edits.contains(&Edit::Removed("stakeholders ".into())),
            "{edits:?}"
        );
        assert!(
            edits.contains(&Edit::Inserted("Member States ".into())),
            "{edits:?}"
        );
        let code = |f: AmendmentForm| f.parse(&draft()).unwrap_err().errors[0].code;
        assert_eq!(code(form("replace", None)), "required");
        assert_eq!(code(form("delete", Some("words"))), "deletion_has_no_words");
        assert_eq!(
            code(form("insert", Some("Opens [a bracket"))),
            "unclosed_bracket"
        );
        let mut elsewhere = form("delete", None);
        elsewhere.paragraph = Some("OP9".into());
        assert_eq!(code(elsewhere), "no_such_paragraph");
    }

    #[test]
    fn not_retaining_an_amendment_says_why() {
        let handling = |h: &str, reason: Option<&str>| HandlingForm {
            handling: Some(h.into()),
            reason: reason.map(str::to_owned),
        };
        assert!(handling("incorporated", None).parse().is_ok());
        assert_eq!(
            handling("not_retained", None).parse().unwrap_err().errors[0].code,
            "handling_reason_required"
        );
        assert!(handling("merged", Some("with A3")).parse().is_ok());
    }
}
