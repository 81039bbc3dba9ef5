//! The registry of existing international mechanisms: bodies, processes, forums and
//! instruments (ITU and its conferences, ICANN, the IGF, the IETF, the OECD, UNESCO, WIPO, the
//! Council of Europe's conventions, regional bodies…). It is shared by every body, so that a
//! later group reuses an earlier group's registry.

use serde::{Deserialize, Serialize};

use crate::body::parse_code;
use crate::error::{Errors, FieldError, Invalid};
use crate::ids::{MechanismId, OrganizationId};
use crate::text;

/// The longest name.
pub const MAX_NAME: usize = 300;
/// The longest scope, decision procedure or founding instrument.
pub const MAX_TEXT: usize = 2000;

code_enum! {
    /// What kind of mechanism.
    pub enum MechanismKind {
        /// An intergovernmental organisation or one of its organs (ITU, UNESCO, WIPO, OECD).
        Organisation = "organisation" => "Intergovernmental organisation",
        /// A conference or assembly that meets periodically (WCIT, WSIS Forum).
        Conference = "conference" => "Conference or assembly",
        /// A forum for dialogue without negotiated outcomes (the IGF).
        Forum = "forum" => "Forum",
        /// A treaty, convention or other instrument (the Budapest Convention).
        Instrument = "instrument" => "Treaty or instrument",
        /// A process or programme (the WSIS action lines, a review).
        Process = "process" => "Process or programme",
        /// A technical or standards body (IETF, W3C, ICANN).
        Technical = "technical" => "Technical or standards body",
        /// A regional body (the Council of Europe, the African Union Commission).
        Regional = "regional" => "Regional body",
    }
}

code_enum! {
    /// Who takes part in it.
    pub enum Participants {
        /// States only.
        StatesOnly = "states_only" => "States only",
        /// States with other stakeholders.
        Multistakeholder = "multistakeholder" => "Multi-stakeholder",
    }
}

code_enum! {
    /// Whether anyone may join.
    pub enum Access {
        /// Open to anyone who fits its participants.
        Open = "open" => "Open",
        /// By membership, election or invitation.
        Closed = "closed" => "Closed",
    }
}

/// What the registry records of a mechanism.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MechanismFields {
    /// Full name.
    pub name: String,
    /// Acronym, if it has one (IGF, ICANN).
    pub acronym: Option<String>,
    /// Its kind.
    pub kind: MechanismKind,
    /// The organisation of the directory it belongs to, if any.
    pub parent_organization_id: Option<OrganizationId>,
    /// What it covers.
    pub scope: String,
    /// Who takes part.
    pub participants: Participants,
    /// Open or closed.
    pub access: Access,
    /// How it decides (consensus, vote, rough consensus…).
    pub decides_by: Option<String>,
    /// The instrument that founded it.
    pub founding_instrument: Option<String>,
    /// Its public address.
    pub website: Option<String>,
    /// Where the facts come from: one source per line.
    pub sources: Vec<String>,
    /// Language of the text (BCP 47).
    pub lang: String,
    /// True for demonstration content that is illustrative rather than sourced.
    pub illustrative: bool,
}

impl MechanismFields {
    /// Its short name: the acronym, or the name.
    pub fn short_name(&self) -> &str {
        self.acronym.as_deref().unwrap_or(&self.name)
    }
}

/// A mechanism of the registry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mechanism {
    /// Its id.
    pub id: MechanismId,
    /// What is known of it.
    #[serde(flatten)]
    pub fields: MechanismFields,
}

/// A mechanism as a form submits it.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct MechanismForm {
    pub name: Option<String>,
    pub acronym: Option<String>,
    pub kind: Option<String>,
    pub parent_organization_id: Option<String>,
    pub scope: Option<String>,
    pub participants: Option<String>,
    pub access: Option<String>,
    pub decides_by: Option<String>,
    pub founding_instrument: Option<String>,
    pub website: Option<String>,
    /// One source per line.
    pub sources: Option<String>,
    pub lang: Option<String>,
    pub illustrative: Option<String>,
}

/// A web address: starts with https:// or http://.
pub(crate) fn web_address(field: &str, value: Option<&str>) -> Result<Option<String>, FieldError> {
    match text::optional(field, value, 500)? {
        Some(u) if !(u.starts_with("https://") || u.starts_with("http://")) => {
            Err(FieldError::new(
                field,
                "invalid_url",
                "A web address starts with https:// or http://",
            ))
        }
        other => Ok(other),
    }
}

impl MechanismForm {
    /// Checks every field; every mechanism needs a name, a kind, a scope and at least one
    /// source, because the registry is reused by later groups that must be able to check it.
    pub fn parse(&self) -> Result<MechanismFields, Invalid> {
        let mut e = Errors::default();
        let name = e.take(text::required("name", self.name.as_deref(), MAX_NAME));
        let acronym = e.take(text::optional("acronym", self.acronym.as_deref(), 40));
        let kind = e.take(parse_code(
            "kind",
            self.kind.as_deref(),
            None,
            MechanismKind::parse,
            MechanismKind::expected,
        ));
        let parent = match self.parent_organization_id.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(v) => match v.parse::<i64>() {
                Ok(id) => Some(OrganizationId(id)),
                Err(_) => {
                    e.add(
                        "parent_organization_id",
                        "unknown_organization",
                        format!("There is no organization with id {v}"),
                    );
                    None
                }
            },
        };
        let scope = e.take(text::required("scope", self.scope.as_deref(), MAX_TEXT));
        let participants = e.take(parse_code(
            "participants",
            self.participants.as_deref(),
            None,
            Participants::parse,
            Participants::expected,
        ));
        let access = e.take(parse_code(
            "access",
            self.access.as_deref(),
            None,
            Access::parse,
            Access::expected,
        ));
        let decides_by = e.take(text::optional(
            "decides_by",
            self.decides_by.as_deref(),
            MAX_TEXT,
        ));
        let founding = e.take(text::optional(
            "founding_instrument",
            self.founding_instrument.as_deref(),
            MAX_TEXT,
        ));
        let website = e.take(web_address("website", self.website.as_deref()));
        let sources: Vec<String> = self
            .sources
            .as_deref()
            .unwrap_or_default()
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect();
        if sources.is_empty() {
            e.add("sources", "required", "This field is required");
        } else if let Some(len) = sources
            .iter()
            .map(|s| s.chars().count())
            .find(|len| *len > 500)
        {
            e.add_with(
                "sources",
                "too_long",
                format!("At most 500 characters, not {len}"),
                &[("max", "500".to_owned()), ("count", len.to_string())],
            );
        }
        let lang = e.take(text::language("lang", self.lang.as_deref()));
        e.finish()?;
        let (Some(name), Some(acronym), Some(kind), Some(scope), Some(participants), Some(access)) =
            (name, acronym, kind, scope, participants, access)
        else {
            return Err(Invalid::one("form", "internal", "Incomplete form"));
        };
        let (Some(decides_by), Some(founding_instrument), Some(website), Some(lang)) =
            (decides_by, founding, website, lang)
        else {
            return Err(Invalid::one("form", "internal", "Incomplete form"));
        };
        Ok(MechanismFields {
            name,
            acronym,
            kind,
            parent_organization_id: parent,
            scope,
            participants,
            access,
            decides_by,
            founding_instrument,
            website,
            sources,
            lang,
            illustrative: matches!(self.illustrative.as_deref(), Some("on" | "true" | "1")),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mechanism_needs_a_name_kind_scope_and_a_source() {
        let err = MechanismForm::default().parse().unwrap_err();
        let fields: Vec<&str> = err.errors.iter().map(|e| e.field.as_str()).collect();
        for wanted in ["name", "kind", "scope", "participants", "access", "sources"] {
            assert!(fields.contains(&wanted), "{wanted} missing from {fields:?}");
        }
        let ok = MechanismForm {
            name: Some("Internet Governance Forum".into()),
            acronym: Some("IGF".into()),
            kind: Some("forum".into()),
            scope: Some("Public policy issues of Internet governance".into()),
            participants: Some("multistakeholder".into()),
            access: Some("open".into()),
            website: Some("https://www.intgovforum.org".into()),
            sources: Some("Tunis Agenda, para. 72\n\n".into()),
            ..Default::default()
        }
        .parse()
        .unwrap();
        assert_eq!(ok.short_name(), "IGF");
        assert_eq!(ok.sources, vec!["Tunis Agenda, para. 72".to_owned()]);
    }

    #[test]
    fn a_web_address_is_checked() {
        let err = MechanismForm {
            website: Some("intgovforum.org".into()),
            ..Default::default()
        }
        .parse()
        .unwrap_err();
        assert!(err.errors.iter().any(|e| e.code == "invalid_url"));
    }
}
