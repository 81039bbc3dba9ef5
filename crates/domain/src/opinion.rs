//! Opinion maps: a conversation in which participants write short statements and vote on each
//! other's (agree, disagree, pass), to find the statements that bridge groups before a text is
//! drafted. Participants may declare their stakeholder group and region, so that agreement can
//! be read by the categories the process knows as well as by the groups the votes reveal.

use crate::error::{Errors, Invalid};
use crate::reference::RegionalGroup;
use crate::stakeholder::StakeholderGroup;
use crate::text;

/// The longest statement accepted, in characters: statements are short by design, so that
/// everyone can vote on every one.
pub const MAX_STATEMENT_CHARS: usize = 500;

/// A conversation as a form submits it.
#[derive(Debug, Clone, Default)]
pub struct ConversationForm {
    /// Title.
    pub title: Option<String>,
    /// The question put to participants.
    pub question: Option<String>,
}

/// A conversation, checked: (title, question).
pub type ConversationFields = (String, String);

impl ConversationForm {
    /// Checks every field.
    pub fn parse(&self) -> Result<ConversationFields, Invalid> {
        let mut e = Errors::default();
        let title = e.take(text::required("title", self.title.as_deref(), 200));
        let question = e.take(text::required("question", self.question.as_deref(), 2000));
        e.finish()?;
        match (title, question) {
            (Some(title), Some(question)) => Ok((title, question)),
            _ => Err(Invalid::one("form", "internal", "Incomplete form")),
        }
    }
}

/// Checks a statement's words.
pub fn statement(body: Option<&str>) -> Result<String, Invalid> {
    text::required("statement", body, MAX_STATEMENT_CHARS).map_err(|e| Invalid { errors: vec![e] })
}

/// Reads a vote as the form sends it: `agree`, `disagree` or `pass`, as Pol.is's 1, -1, 0.
pub fn vote_value(value: Option<&str>) -> Result<i8, Invalid> {
    match value.map(str::trim) {
        Some("agree") => Ok(1),
        Some("disagree") => Ok(-1),
        Some("pass") => Ok(0),
        _ => Err(Invalid::one(
            "vote",
            "unknown_value",
            "Choose agree, disagree or pass",
        )),
    }
}

/// What a participant declares of themselves, each part optional.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Declaration {
    /// Their stakeholder group.
    pub stakeholder_group: Option<StakeholderGroup>,
    /// Their region.
    pub regional_group: Option<RegionalGroup>,
}

/// A value with its blanks trimmed, or `None` when nothing is left.
fn blank(value: Option<&str>) -> Option<&str> {
    value.map(str::trim).filter(|v| !v.is_empty())
}

impl Declaration {
    /// Reads the two codes; an empty one is "not said", an unknown one an error.
    pub fn parse(stakeholder: Option<&str>, region: Option<&str>) -> Result<Self, Invalid> {
        let mut e = Errors::default();
        let stakeholder_group = match blank(stakeholder) {
            Some(code) => e.take(StakeholderGroup::parse(code).ok_or_else(|| {
                crate::error::FieldError::new(
                    "stakeholder_group",
                    "unknown_value",
                    format!("Expected one of: {}", StakeholderGroup::expected()),
                )
            })),
            None => None,
        };
        let regional_group = match blank(region) {
            Some(code) => e.take(RegionalGroup::parse(code).ok_or_else(|| {
                crate::error::FieldError::new(
                    "regional_group",
                    "unknown_value",
                    format!("Expected one of: {}", RegionalGroup::expected()),
                )
            })),
            None => None,
        };
        e.finish()?;
        Ok(Declaration {
            stakeholder_group,
            regional_group,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn votes_and_declarations_are_read_or_refused() {
        assert_eq!(vote_value(Some("agree")).unwrap(), 1);
        assert_eq!(vote_value(Some("pass")).unwrap(), 0);
        assert!(vote_value(Some("maybe")).is_err());
        let declared = Declaration::parse(Some("civil_society"), Some("GRULAC")).unwrap();
        assert_eq!(
            declared.stakeholder_group,
            Some(StakeholderGroup::CivilSociety)
        );
        assert_eq!(
            Declaration::parse(None, Some("")).unwrap(),
            Declaration::default()
        );
        assert_eq!(
            Declaration::parse(Some("aliens"), None).unwrap_err().errors[0].field,
            "stakeholder_group"
        );
        assert!(statement(Some(&"x".repeat(MAX_STATEMENT_CHARS + 1))).is_err());
    }
}
