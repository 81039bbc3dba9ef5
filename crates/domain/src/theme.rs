//! Themes of a call's answers: suggested by computation, then in people's hands. A suggested
//! theme is accepted (it then codes the answers), renamed, merged into another, split in two or
//! set aside; a new suggestion run supersedes the suggestions nobody acted on. Accepted themes
//! code answers by computation, and a person can correct any coding with a reason. Suggestions
//! are computed in the background, so a run has a state and a progress the page shows.

use serde::{Deserialize, Serialize};

use crate::error::{Errors, Invalid};
use crate::text;

code_enum! {
    /// Where a theme stands.
    pub enum ThemeState {
        /// Computed, waiting for someone to look at it.
        Suggested = "suggested" => "Suggested",
        /// Accepted: it codes the answers.
        Accepted = "accepted" => "Accepted",
        /// Merged into another theme.
        Merged = "merged" => "Merged",
        /// Split into two suggested themes.
        Split = "split" => "Split",
        /// Looked at and not kept.
        SetAside = "set_aside" => "Set aside",
        /// Replaced by a later suggestion run before anyone acted on it.
        Superseded = "superseded" => "Superseded",
    }
}

code_enum! {
    /// Where a suggestion run stands.
    pub enum RunState {
        /// Waiting for the background worker.
        Queued = "queued" => "Queued",
        /// Being computed.
        Running = "running" => "Running",
        /// Finished: its themes are suggested.
        Done = "done" => "Done",
        /// Failed, with the reason.
        Failed = "failed" => "Failed",
    }
}

code_enum! {
    /// Who coded an answer with a theme.
    pub enum CodingSource {
        /// Computed from the accepted theme's terms.
        Computed = "computed" => "Computed",
        /// A person, with a reason.
        Person = "person" => "Person",
    }
}

/// The longest theme label.
pub const MAX_LABEL: usize = 200;

/// What a person does to a theme.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ThemeChange {
    /// Accept it, under this label.
    Accept(String),
    /// Give it another label.
    Rename(String),
    /// Merge it into another theme of the same call.
    MergeInto(i64),
    /// Set it aside, with the reason.
    SetAside(String),
}

/// The theme form as posted: one of accept, rename, merge, set aside.
#[derive(Debug, Default, Clone, Deserialize)]
pub struct ThemeForm {
    /// `accept`, `rename`, `merge` or `set_aside`.
    pub action: Option<String>,
    /// The label, for accept and rename.
    pub label: Option<String>,
    /// The theme to merge into.
    pub into: Option<i64>,
    /// Why, for setting aside.
    pub reason: Option<String>,
}

impl ThemeForm {
    /// Checks the form.
    pub fn parse(&self) -> Result<ThemeChange, Invalid> {
        let mut e = Errors::default();
        let change = match self.action.as_deref() {
            Some("accept") => e
                .take(text::required("label", self.label.as_deref(), MAX_LABEL))
                .map(ThemeChange::Accept),
            Some("rename") => e
                .take(text::required("label", self.label.as_deref(), MAX_LABEL))
                .map(ThemeChange::Rename),
            Some("merge") => match self.into {
                Some(into) => Some(ThemeChange::MergeInto(into)),
                None => {
                    e.add("into", "required", "This field is required");
                    None
                }
            },
            Some("set_aside") => e
                .take(text::required("reason", self.reason.as_deref(), 2000))
                .map(ThemeChange::SetAside),
            _ => {
                e.add(
                    "action",
                    "unknown_value",
                    "Choose what to do with the theme",
                );
                None
            }
        };
        e.finish()?;
        change.ok_or_else(|| Invalid::one("form", "internal", "Incomplete form"))
    }
}

/// A person's correction of an answer's coding.
#[derive(Debug, Default, Clone, Deserialize)]
pub struct CodingForm {
    /// The response's reference.
    pub response: Option<String>,
    /// `yes` to code the answer with the theme, `no` to take the theme off it.
    pub applied: Option<String>,
    /// Why.
    pub reason: Option<String>,
}

/// A coding correction, checked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CodingCorrection {
    /// The response's reference.
    pub response: String,
    /// Whether the theme applies.
    pub applied: bool,
    /// Why.
    pub reason: String,
}

impl CodingForm {
    /// Checks the form: a correction always says why, since it overrides the computation.
    pub fn parse(&self) -> Result<CodingCorrection, Invalid> {
        let mut e = Errors::default();
        let response = e.take(text::required("response", self.response.as_deref(), 64));
        let reason = e.take(text::required("reason", self.reason.as_deref(), 2000));
        let applied = match self.applied.as_deref() {
            Some("yes") => Some(true),
            Some("no") => Some(false),
            _ => {
                e.add(
                    "applied",
                    "unknown_value",
                    "Choose whether the theme applies",
                );
                None
            }
        };
        e.finish()?;
        match (response, applied, reason) {
            (Some(response), Some(applied), Some(reason)) => Ok(CodingCorrection {
                response,
                applied,
                reason,
            }),
            _ => Err(Invalid::one("form", "internal", "Incomplete form")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_change_asks_for_what_it_needs() {
        let accept = ThemeForm {
            action: Some("accept".into()),
            label: Some("Capacity building".into()),
            ..ThemeForm::default()
        };
        assert_eq!(
            accept.parse().unwrap(),
            ThemeChange::Accept("Capacity building".into())
        );
        let aside = ThemeForm {
            action: Some("set_aside".into()),
            ..ThemeForm::default()
        };
        assert_eq!(aside.parse().unwrap_err().errors[0].field, "reason");
        let unknown = ThemeForm::default();
        assert_eq!(unknown.parse().unwrap_err().errors[0].field, "action");
        let coding = CodingForm {
            response: Some("1-00001".into()),
            applied: Some("no".into()),
            reason: None,
        };
        assert_eq!(coding.parse().unwrap_err().errors[0].field, "reason");
    }
}
