//! Review of responses after they are received: the secretariat corrects how a response is
//! attributed or categorised (an erratum, public, with its reason — the 2013 analysis credited a
//! whole submission to the wrong organisation), and moderation hides a response with a reason.
//! Neither touches what was received: the versions and the ledger stay as they were, and each
//! correction is itself appended to the ledger.

use serde::{Deserialize, Serialize};

use crate::call::Publication;

use crate::body::parse_code;
use crate::error::{Errors, Invalid};
use crate::reference::parse_country;
use crate::response::{Respondent, RespondentKind};
use crate::stakeholder::{sub_category, StakeholderGroup};
use crate::text;

code_enum! {
    /// What an erratum corrects.
    pub enum CorrectedField {
        /// The respondent's name (the attribution).
        Name = "name" => "Name",
        /// The organisation a person responded for.
        Organization = "organization" => "Organisation",
        /// The stakeholder group the response counts in.
        StakeholderGroup = "stakeholder_group" => "Stakeholder group",
        /// Its sub-category.
        SubCategory = "sub_category" => "Sub-category",
        /// The country.
        Country = "country" => "Country",
    }
}

/// A correction as recorded, and shown publicly.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Erratum {
    /// The response corrected.
    pub reference: String,
    /// What was corrected.
    pub field: CorrectedField,
    /// The value before.
    pub before: Option<String>,
    /// The value after.
    pub after: Option<String>,
    /// Why.
    pub reason: String,
}

impl Erratum {
    /// The exact record appended to the ledger: compact JSON in the fields' order.
    pub fn canonical_json(&self) -> String {
        // Serialising a plain struct of strings cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }
}

fn value_of(r: &Respondent, field: CorrectedField) -> Option<String> {
    match field {
        CorrectedField::Name => Some(r.name.clone()),
        CorrectedField::Organization => r.organization.clone(),
        CorrectedField::StakeholderGroup => Some(r.stakeholder_group.code().to_owned()),
        CorrectedField::SubCategory => r.sub_category.clone(),
        CorrectedField::Country => r.country.clone(),
    }
}

/// Checks a correction of `current` (the response `reference`): the field, the new value under
/// the same rules as a response, a reason, and a change. Returns the erratum and the respondent
/// as corrected.
pub fn parse_correction(
    reference: &str,
    current: &Respondent,
    field: Option<&str>,
    value: Option<&str>,
    reason: Option<&str>,
) -> Result<(Erratum, Respondent), Invalid> {
    let mut e = Errors::default();
    let field = e.take(parse_code(
        "field",
        field,
        None,
        CorrectedField::parse,
        CorrectedField::expected,
    ));
    let reason = e.take(text::required("reason", reason, 1_000));
    let value = value.map(str::trim).filter(|v| !v.is_empty());
    let mut after = current.clone();
    let errors_before_value = e.len();
    match field {
        Some(CorrectedField::Name) => {
            if let Some(name) = e.take(text::required("value", value, 300)) {
                after.name = name;
            }
        }
        Some(CorrectedField::Organization) => {
            if let Some(organization) = e.take(text::optional("value", value, 300)) {
                after.organization = organization;
            }
        }
        Some(CorrectedField::StakeholderGroup) => {
            if let Some(group) = e.take(parse_code(
                "value",
                value,
                None,
                StakeholderGroup::parse,
                StakeholderGroup::expected,
            )) {
                if (current.kind == RespondentKind::Government)
                    != (group == StakeholderGroup::Government)
                {
                    e.add(
                        "value",
                        "wrong_group",
                        "A government responds in the governments group, and only a government does",
                    );
                }
                after.stakeholder_group = group;
                // A sub-category of the former group no longer applies.
                after.sub_category = after
                    .sub_category
                    .filter(|s| sub_category(s).is_some_and(|s| s.group == group));
            }
        }
        Some(CorrectedField::SubCategory) => match value {
            None => after.sub_category = None,
            Some(code) => match sub_category(code) {
                Some(s) if s.group == current.stakeholder_group => {
                    after.sub_category = Some(code.to_owned());
                }
                _ => e.add(
                    "value",
                    "unknown_value",
                    "Choose a sub-category of the stakeholder group",
                ),
            },
        },
        Some(CorrectedField::Country) => match value {
            None => after.country = None,
            Some(code) => {
                if let Some(state) = e.take(parse_country("value", code)) {
                    after.country = Some(state.iso2.to_owned());
                }
            }
        },
        None => {}
    }
    if let Some(field) = field.filter(|_| e.len() == errors_before_value) {
        if value_of(&after, field) == value_of(current, field) {
            e.add(
                "value",
                "unchanged",
                "The new value is the same as the old one",
            );
        }
    }
    e.finish()?;
    let (Some(field), Some(reason)) = (field, reason) else {
        return Err(Invalid::one("form", "internal", "Incomplete form"));
    };
    Ok((
        Erratum {
            reference: reference.to_owned(),
            field,
            before: value_of(current, field),
            after: value_of(&after, field),
            reason,
        },
        after,
    ))
}

/// Whether the public may read a response: the call publishes responses with consent, the
/// respondent consented, and no one hid it. The one rule every page, search and export asks.
pub fn public_may_read(publication: Publication, consent_publish: bool, hidden: bool) -> bool {
    publication == Publication::WithConsent && consent_publish && !hidden
}

/// How a response is named where the public sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Attribution<'a> {
    /// By name (with the person's organisation), when the respondent agreed to be cited.
    Named {
        /// The person's, organisation's or government's name.
        name: &'a str,
        /// A person's organisation.
        organization: Option<&'a str>,
    },
    /// Otherwise by stakeholder group and country only: enough to count and weigh the voice,
    /// not enough to name who spoke.
    Anonymous {
        /// The group the response counts in.
        group: crate::stakeholder::StakeholderGroup,
        /// The country (ISO 3166-1 alpha-2), when stated.
        country: Option<&'a str>,
    },
}

/// How the public sees a response named: the other half of the publication rule, next to
/// [`public_may_read`]. Pages, search and exports all name responses through it.
pub fn attribution(
    respondent: &crate::response::Respondent,
    consent_cite: bool,
) -> Attribution<'_> {
    if consent_cite {
        Attribution::Named {
            name: &respondent.name,
            organization: respondent.organization.as_deref(),
        }
    } else {
        Attribution::Anonymous {
            group: respondent.stakeholder_group,
            country: respondent.country.as_deref(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_public_reads_only_what_was_consented_published_and_not_hidden() {
        use crate::call::Publication;
        let all = Publication::ALL;
        for publication in all {
            for consent in [false, true] {
                for hidden in [false, true] {
                    assert_eq!(
                        public_may_read(*publication, consent, hidden),
                        *publication == Publication::WithConsent && consent && !hidden,
                        "{publication:?} consent {consent} hidden {hidden}"
                    );
                }
            }
        }
        assert!(public_may_read(Publication::WithConsent, true, false));
    }

    fn apc() -> Respondent {
        Respondent {
            kind: RespondentKind::Organization,
            name: "Association for Progressive Communications".into(),
            organization: None,
            stakeholder_group: StakeholderGroup::CivilSociety,
            sub_category: None,
            country: Some("ZA".into()),
            ecosoc: None,
        }
    }

    #[test]
    fn a_misattributed_response_is_corrected_with_its_reason() {
        let (erratum, after) = parse_correction(
            "1-00007",
            &apc(),
            Some("name"),
            Some("Best Bits coalition"),
            Some("The submission was made by the Best Bits coalition, not by APC"),
        )
        .unwrap();
        assert_eq!(after.name, "Best Bits coalition");
        assert_eq!(
            erratum.before.as_deref(),
            Some("Association for Progressive Communications")
        );
        assert!(erratum
            .canonical_json()
            .starts_with("{\"reference\":\"1-00007\",\"field\":\"name\""));
    }

    #[test]
    fn a_correction_needs_a_reason_a_valid_value_and_a_change() {
        let codes = |field: &str, value: &str, reason: Option<&str>| -> Vec<&'static str> {
            parse_correction("1", &apc(), Some(field), Some(value), reason)
                .unwrap_err()
                .errors
                .iter()
                .map(|e| e.code)
                .collect()
        };
        assert_eq!(codes("country", "XX", Some("r")), ["unknown_country"]);
        assert_eq!(codes("country", "ZA", Some("r")), ["unchanged"]);
        assert_eq!(
            codes("stakeholder_group", "government", Some("r")),
            ["wrong_group"]
        );
        assert_eq!(codes("name", "Other", None), ["required"]);
    }

    #[test]
    fn a_respondent_is_named_only_with_consent_to_be_cited() {
        use crate::response::{Respondent, RespondentKind};
        use crate::stakeholder::StakeholderGroup;
        let respondent = Respondent {
            kind: RespondentKind::Person,
            name: "Ana Pereira".into(),
            organization: Some("Instituto Nupef".into()),
            stakeholder_group: StakeholderGroup::CivilSociety,
            sub_category: None,
            country: Some("BR".into()),
            ecosoc: None,
        };
        assert_eq!(
            attribution(&respondent, true),
            Attribution::Named {
                name: "Ana Pereira",
                organization: Some("Instituto Nupef")
            }
        );
        assert_eq!(
            attribution(&respondent, false),
            Attribution::Anonymous {
                group: StakeholderGroup::CivilSociety,
                country: Some("BR")
            }
        );
    }
}
