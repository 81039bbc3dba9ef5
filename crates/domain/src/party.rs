//! People and organisations: who sits in bodies, who nominates, who responds.
//! Popolo-compatible in spirit (name, identifiers, affiliation, country).

use serde::{Deserialize, Serialize};

use crate::body::parse_code;
use crate::error::{Errors, Invalid};
use crate::ids::{OrganizationId, PersonId};
use crate::reference::parse_country;
use crate::stakeholder::{sub_category, EcosocStatus, StakeholderGroup};
use crate::text;

/// A person as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Person {
    /// Its id.
    pub id: PersonId,
    /// The person's details.
    #[serde(flatten)]
    pub fields: PersonFields,
}

/// What is known of a person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PersonFields {
    /// Name as the person writes it.
    pub name: String,
    /// Honorific or title, e.g. "H.E. Mr.", "Ambassador", "Dr".
    pub honorific: Option<String>,
    /// Country (ISO alpha-2).
    pub country: Option<String>,
    /// Organisation the person works for.
    pub organization_id: Option<OrganizationId>,
    /// Stakeholder group the person belongs to.
    pub stakeholder_group: Option<StakeholderGroup>,
    /// Position, e.g. "Special Advisor, Permanent Mission of Hungary".
    pub position: Option<String>,
    /// Language of the name and position (BCP 47).
    pub lang: String,
    /// True for demonstration content that is illustrative rather than sourced.
    pub illustrative: bool,
}

/// A person as a form or the API submits it.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct PersonForm {
    /// Name.
    pub name: Option<String>,
    /// Honorific.
    pub honorific: Option<String>,
    /// Country code.
    pub country: Option<String>,
    /// Organisation id.
    pub organization_id: Option<i64>,
    /// Stakeholder group code.
    pub stakeholder_group: Option<String>,
    /// Position.
    pub position: Option<String>,
    /// Language.
    pub lang: Option<String>,
    /// Illustrative.
    pub illustrative: Option<bool>,
}

fn optional_group(
    field: &str,
    value: Option<&str>,
) -> Result<Option<StakeholderGroup>, crate::FieldError> {
    match value.map(str::trim).filter(|v| !v.is_empty()) {
        None => Ok(None),
        Some(v) => parse_code(
            field,
            Some(v),
            None,
            StakeholderGroup::parse,
            StakeholderGroup::expected,
        )
        .map(Some),
    }
}

fn optional_country(field: &str, value: Option<&str>) -> Result<Option<String>, crate::FieldError> {
    match value.map(str::trim).filter(|v| !v.is_empty()) {
        None => Ok(None),
        Some(v) => parse_country(field, v).map(|s| Some(s.iso2.to_owned())),
    }
}

impl PersonForm {
    /// Checks the form.
    pub fn parse(&self) -> Result<PersonFields, Invalid> {
        let mut e = Errors::default();
        let name = e.take(text::required("name", self.name.as_deref(), 200));
        let honorific = e.take(text::optional("honorific", self.honorific.as_deref(), 60));
        let country = e.take(optional_country("country", self.country.as_deref()));
        let stakeholder_group = e.take(optional_group(
            "stakeholder_group",
            self.stakeholder_group.as_deref(),
        ));
        let position = e.take(text::optional("position", self.position.as_deref(), 300));
        let lang = e.take(text::language("lang", self.lang.as_deref()));
        e.finish()?;
        let (
            Some(name),
            Some(honorific),
            Some(country),
            Some(stakeholder_group),
            Some(position),
            Some(lang),
        ) = (name, honorific, country, stakeholder_group, position, lang)
        else {
            return Err(Invalid::one("form", "internal", "Incomplete form"));
        };
        Ok(PersonFields {
            name,
            honorific,
            country,
            organization_id: self.organization_id.map(OrganizationId),
            stakeholder_group,
            position,
            lang,
            illustrative: self.illustrative.unwrap_or(false),
        })
    }
}

/// An organisation as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Organization {
    /// Its id.
    pub id: OrganizationId,
    /// Its details.
    #[serde(flatten)]
    pub fields: OrganizationFields,
}

/// What is known of an organisation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OrganizationFields {
    /// Full name.
    pub name: String,
    /// Acronym, e.g. APC, ICC, ITU.
    pub acronym: Option<String>,
    /// Stakeholder group.
    pub stakeholder_group: StakeholderGroup,
    /// Sub-category code within the group.
    pub sub_category: Option<String>,
    /// ECOSOC consultative status.
    pub ecosoc_status: EcosocStatus,
    /// Country of its headquarters (ISO alpha-2).
    pub country: Option<String>,
    /// Web site.
    pub website: Option<String>,
    /// Language of the name (BCP 47).
    pub lang: String,
    /// True for demonstration content that is illustrative rather than sourced.
    pub illustrative: bool,
}

/// An organisation as a form or the API submits it.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct OrganizationForm {
    /// Name.
    pub name: Option<String>,
    /// Acronym.
    pub acronym: Option<String>,
    /// Stakeholder group code.
    pub stakeholder_group: Option<String>,
    /// Sub-category code.
    pub sub_category: Option<String>,
    /// ECOSOC status code.
    pub ecosoc_status: Option<String>,
    /// Country code.
    pub country: Option<String>,
    /// Web site.
    pub website: Option<String>,
    /// Language.
    pub lang: Option<String>,
    /// Illustrative.
    pub illustrative: Option<bool>,
}

impl OrganizationForm {
    /// Checks the form.
    pub fn parse(&self) -> Result<OrganizationFields, Invalid> {
        let mut e = Errors::default();
        let name = e.take(text::required("name", self.name.as_deref(), 300));
        let acronym = e.take(text::optional("acronym", self.acronym.as_deref(), 40));
        let group = e.take(parse_code(
            "stakeholder_group",
            self.stakeholder_group.as_deref(),
            None,
            StakeholderGroup::parse,
            StakeholderGroup::expected,
        ));
        let ecosoc = e.take(parse_code(
            "ecosoc_status",
            self.ecosoc_status.as_deref(),
            Some(EcosocStatus::None),
            EcosocStatus::parse,
            EcosocStatus::expected,
        ));
        let sub = e.take(text::optional(
            "sub_category",
            self.sub_category.as_deref(),
            60,
        ));
        if let (Some(Some(code)), Some(group)) = (&sub, group) {
            match sub_category(code) {
                Some(s) if s.group == group => {}
                Some(s) => e.add(
                    "sub_category",
                    "wrong_group",
                    format!(
                        "“{}” is a sub-category of {}, not of {}",
                        s.label,
                        s.group.label(),
                        group.label()
                    ),
                ),
                None => e.add(
                    "sub_category",
                    "unknown_value",
                    format!("“{code}” is not a known sub-category"),
                ),
            }
        }
        let country = e.take(optional_country("country", self.country.as_deref()));
        let website = e.take(text::optional("website", self.website.as_deref(), 300));
        if let Some(Some(url)) = &website {
            if !(url.starts_with("https://") || url.starts_with("http://")) {
                e.add(
                    "website",
                    "invalid_url",
                    "A web address starts with https:// or http://",
                );
            }
        }
        let lang = e.take(text::language("lang", self.lang.as_deref()));
        e.finish()?;
        let (
            Some(name),
            Some(acronym),
            Some(group),
            Some(ecosoc),
            Some(sub),
            Some(country),
            Some(website),
            Some(lang),
        ) = (name, acronym, group, ecosoc, sub, country, website, lang)
        else {
            return Err(Invalid::one("form", "internal", "Incomplete form"));
        };
        Ok(OrganizationFields {
            name,
            acronym,
            stakeholder_group: group,
            sub_category: sub,
            ecosoc_status: ecosoc,
            country,
            website,
            lang,
            illustrative: self.illustrative.unwrap_or(false),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn organization_sub_category_must_match_its_group() {
        let form = OrganizationForm {
            name: Some("Association for Progressive Communications".into()),
            stakeholder_group: Some("civil_society".into()),
            sub_category: Some("company".into()),
            ..Default::default()
        };
        assert_eq!(form.parse().unwrap_err().errors[0].code, "wrong_group");
        let ok = OrganizationForm {
            sub_category: Some("network_or_coalition".into()),
            ecosoc_status: Some("general".into()),
            ..form
        };
        let org = ok.parse().unwrap();
        assert!(org.ecosoc_status.has_status());
    }

    #[test]
    fn person_country_is_checked() {
        let form = PersonForm {
            name: Some("Peter Major".into()),
            country: Some("HUN".into()),
            ..Default::default()
        };
        assert_eq!(form.parse().unwrap_err().errors[0].code, "unknown_country");
    }
}
