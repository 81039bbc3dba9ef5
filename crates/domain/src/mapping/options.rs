//! Options where the correspondence group cannot agree (ToR 6): a contested row or gap holds two
//! or more options "that represent the range of opinions", each with its supporters by
//! stakeholder group and region, and is referred to the parent working group, which decides
//! once: which option, when, at which meeting and on what basis.

use serde::{Deserialize, Serialize};
use time::Date;

use crate::dates::{self, parse_date};
use crate::error::{Errors, Invalid};
use crate::ids::MeetingId;
use crate::reference::RegionalGroup;
use crate::stakeholder::StakeholderGroup;
use crate::text;

/// The longest option.
pub const MAX_OPTION: usize = 3000;
/// Options a question needs before it is referred.
pub const MIN_OPTIONS: usize = 2;

/// An option as a form submits it: its text and the codes of the groups that support it.
#[derive(Debug, Clone, Default)]
pub struct OptionForm {
    pub text: Option<String>,
    /// Stakeholder group codes.
    pub groups: Vec<String>,
    /// Regional group codes.
    pub regions: Vec<String>,
}

/// An option: its words and who supports it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OptionFields {
    pub text: String,
    pub groups: Vec<StakeholderGroup>,
    pub regions: Vec<RegionalGroup>,
}

impl OptionForm {
    /// Checks the option: words, and known group codes (none is allowed: an option may be the
    /// Chair's attempt at a bridge that nobody has yet taken up).
    pub fn parse(&self) -> Result<OptionFields, Invalid> {
        let mut e = Errors::default();
        let words = e.take(text::required("text", self.text.as_deref(), MAX_OPTION));
        let mut groups = Vec::new();
        for code in &self.groups {
            match StakeholderGroup::parse(code) {
                Some(g) if !groups.contains(&g) => groups.push(g),
                Some(_) => {}
                None => e.add_with(
                    "groups",
                    "unknown_value",
                    format!("“{code}” is not one of: {}", StakeholderGroup::expected()),
                    &[("value", code.clone())],
                ),
            }
        }
        let mut regions = Vec::new();
        for code in &self.regions {
            match RegionalGroup::parse(code) {
                Some(r) if !regions.contains(&r) => regions.push(r),
                Some(_) => {}
                None => e.add_with(
                    "regions",
                    "unknown_value",
                    format!("“{code}” is not one of: {}", RegionalGroup::expected()),
                    &[("value", code.clone())],
                ),
            }
        }
        e.finish()?;
        let Some(text) = words else {
            return Err(Invalid::one("form", "internal", "Incomplete form"));
        };
        groups.sort_by_key(|g| g.code());
        regions.sort_by_key(|r| r.code());
        Ok(OptionFields {
            text,
            groups,
            regions,
        })
    }
}

/// The working group's decision on a referred question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReferralDecision {
    /// The option chosen.
    pub option: i64,
    /// When.
    #[serde(with = "dates::iso")]
    pub decided_on: Date,
    /// At which meeting of the working group, if at one.
    pub meeting_id: Option<MeetingId>,
    /// On what basis.
    pub basis: String,
}

/// A decision as a form submits it.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ReferralDecisionForm {
    pub option: Option<String>,
    pub decided_on: Option<String>,
    pub meeting_id: Option<String>,
    pub basis: Option<String>,
}

impl ReferralDecisionForm {
    /// Checks the decision: an option, a date, a basis; the meeting is optional.
    pub fn parse(&self) -> Result<ReferralDecision, Invalid> {
        let mut e = Errors::default();
        let option = match self.option.as_deref().map(str::trim) {
            None | Some("") => {
                e.add("option", "required", "This field is required");
                None
            }
            Some(v) => match v.parse::<i64>() {
                Ok(id) => Some(id),
                Err(_) => {
                    e.add("option", "not_referred", "This option was never referred");
                    None
                }
            },
        };
        let decided_on = e.take(parse_date(
            "decided_on",
            self.decided_on.as_deref().unwrap_or_default(),
        ));
        let meeting_id = match self.meeting_id.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(v) => match v.parse::<i64>() {
                Ok(id) => Some(MeetingId(id)),
                Err(_) => {
                    e.add("meeting_id", "unknown_meeting", "There is no such meeting");
                    None
                }
            },
        };
        let basis = e.take(text::required("basis", self.basis.as_deref(), 2000));
        e.finish()?;
        let (Some(option), Some(decided_on), Some(basis)) = (option, decided_on, basis) else {
            return Err(Invalid::one("form", "internal", "Incomplete form"));
        };
        Ok(ReferralDecision {
            option,
            decided_on,
            meeting_id,
            basis,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_option_has_words_and_known_supporters() {
        let err = OptionForm {
            text: None,
            groups: vec!["nobody".into()],
            regions: vec!["GRULAC".into()],
        }
        .parse()
        .unwrap_err();
        let fields: Vec<&str> = err.errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, vec!["text", "groups"]);
        let ok = OptionForm {
            text: Some(" Refer to the IGF ".into()),
            groups: vec!["civil_society".into(), "civil_society".into()],
            regions: vec!["WEOG".into(), "AFR".into()],
        }
        .parse()
        .unwrap();
        assert_eq!(ok.text, "Refer to the IGF");
        assert_eq!(ok.groups, vec![StakeholderGroup::CivilSociety]);
        assert_eq!(
            ok.regions,
            vec![RegionalGroup::African, RegionalGroup::WesternEuropeanOthers]
        );
    }

    #[test]
    fn a_decision_is_dated_and_reasoned() {
        let err = ReferralDecisionForm::default().parse().unwrap_err();
        let fields: Vec<&str> = err.errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, vec!["option", "decided_on", "basis"]);
    }
}
