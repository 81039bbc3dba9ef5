//! The rows of a mapping: for one issue and one mechanism, whether the mechanism addresses the
//! issue, with the evidence, as the correspondence group's contributors proposed and its
//! coordinators accepted or marked contested.

use serde::{Deserialize, Serialize};

use crate::body::parse_code;
use crate::error::{Errors, FieldError, Invalid};
use crate::ids::{IssueId, MechanismId};
use crate::text;

/// The longest note on a row.
pub const MAX_NOTES: usize = 5000;
/// The most pieces of evidence on one row.
pub const MAX_EVIDENCE: usize = 20;

code_enum! {
    /// Whether a mechanism addresses an issue (ToR 5(c)).
    pub enum MappingStatus {
        /// Listed, not yet assessed.
        NotAssessed = "not_assessed" => "Not yet assessed",
        /// Addresses the issue.
        Addressing = "addressing" => "Addressing",
        /// Addresses it in part.
        PartlyAddressing = "partly" => "Partly addressing",
        /// Does not address it.
        NotAddressing = "not_addressing" => "Not addressing",
    }
}

code_enum! {
    /// Where a row stands with the coordinators.
    pub enum RowState {
        /// Proposed by a contributor.
        Proposed = "proposed" => "Proposed",
        /// Accepted by a coordinator: it counts for the gaps.
        Accepted = "accepted" => "Accepted",
        /// Marked contested: the group does not agree on it (ToR 6).
        Contested = "contested" => "Contested",
    }
}

/// A piece of evidence for a row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Evidence {
    /// A response, by its reference (`12-00042`), and the passage quoted from it, if any.
    Response {
        reference: String,
        passage: Option<String>,
    },
    /// A document of the register, by its symbol.
    Document { symbol: String },
    /// A public address.
    Address { url: String },
}

impl Evidence {
    /// One line of the evidence field: a web address; a response's reference, alone or followed
    /// by `:` and the passage quoted; or the symbol of a document of the register.
    pub fn parse_line(line: &str) -> Option<Evidence> {
        let line = line.trim();
        if line.is_empty() {
            return None;
        }
        if line.starts_with("https://") || line.starts_with("http://") {
            return Some(Evidence::Address {
                url: line.to_owned(),
            });
        }
        let (head, rest) = match line.split_once(':') {
            Some((head, rest)) => (head.trim(), Some(rest.trim())),
            None => (line, None),
        };
        if is_reference(head) {
            return Some(Evidence::Response {
                reference: head.to_owned(),
                passage: rest.filter(|p| !p.is_empty()).map(str::to_owned),
            });
        }
        Some(Evidence::Document {
            symbol: line.to_owned(),
        })
    }

    /// The evidence as one line of the field, the way [`Evidence::parse_line`] reads it.
    pub fn as_line(&self) -> String {
        match self {
            Evidence::Response {
                reference,
                passage: Some(passage),
            } => format!("{reference}: {passage}"),
            Evidence::Response { reference, .. } => reference.clone(),
            Evidence::Document { symbol } => symbol.clone(),
            Evidence::Address { url } => url.clone(),
        }
    }
}

/// A response's reference: the call's number, a dash, five digits.
fn is_reference(s: &str) -> bool {
    let Some((call, number)) = s.split_once('-') else {
        return false;
    };
    !call.is_empty()
        && call.chars().all(|c| c.is_ascii_digit())
        && number.len() == 5
        && number.chars().all(|c| c.is_ascii_digit())
}

/// The evidence field: one piece per line.
pub fn parse_evidence(field: &str, value: Option<&str>) -> Result<Vec<Evidence>, FieldError> {
    let evidence: Vec<Evidence> = value
        .unwrap_or_default()
        .lines()
        .filter_map(Evidence::parse_line)
        .collect();
    if evidence.len() > MAX_EVIDENCE {
        return Err(FieldError::new(
            field,
            "too_many",
            format!(
                "At most {MAX_EVIDENCE} pieces of evidence, not {}",
                evidence.len()
            ),
        )
        .with("max", MAX_EVIDENCE)
        .with("count", evidence.len()));
    }
    Ok(evidence)
}

/// A row or an assessment as a form submits it.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RowForm {
    /// The issue's id (a new row only).
    pub issue: Option<String>,
    /// The mechanism's id (a new row only).
    pub mechanism: Option<String>,
    /// A [`MappingStatus`] code.
    pub status: Option<String>,
    /// Notes.
    pub notes: Option<String>,
    /// Evidence, one piece per line.
    pub evidence: Option<String>,
}

/// What an assessment says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Assessment {
    pub status: MappingStatus,
    pub notes: Option<String>,
    pub evidence: Vec<Evidence>,
}

/// A new row: which issue, which mechanism, and the first assessment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProposedRow {
    pub issue: IssueId,
    pub mechanism: MechanismId,
    pub assessment: Assessment,
}

fn id_field(e: &mut Errors, field: &str, value: Option<&str>, code: &'static str) -> Option<i64> {
    match value.map(str::trim).filter(|v| !v.is_empty()) {
        None => {
            e.add(field, "required", "This field is required");
            None
        }
        Some(v) => match v.parse::<i64>() {
            Ok(id) => Some(id),
            Err(_) => {
                e.add_with(
                    field,
                    code,
                    format!("“{v}” is not one of the choices"),
                    &[("value", v.to_owned())],
                );
                None
            }
        },
    }
}

impl RowForm {
    /// Checks the assessment: a status (not yet assessed when none is given), notes, evidence.
    pub fn assessment(&self) -> Result<Assessment, Invalid> {
        let mut e = Errors::default();
        let assessment = self.assessment_into(&mut e);
        e.finish()?;
        assessment.ok_or_else(|| Invalid::one("form", "internal", "Incomplete form"))
    }

    fn assessment_into(&self, e: &mut Errors) -> Option<Assessment> {
        let status = e.take(parse_code(
            "status",
            self.status.as_deref(),
            Some(MappingStatus::NotAssessed),
            MappingStatus::parse,
            MappingStatus::expected,
        ));
        let notes = e.take(text::optional("notes", self.notes.as_deref(), MAX_NOTES));
        let evidence = e.take(parse_evidence("evidence", self.evidence.as_deref()));
        Some(Assessment {
            status: status?,
            notes: notes?,
            evidence: evidence?,
        })
    }

    /// Checks a new row.
    pub fn proposed(&self) -> Result<ProposedRow, Invalid> {
        let mut e = Errors::default();
        let issue = id_field(&mut e, "issue", self.issue.as_deref(), "unknown_issue");
        let mechanism = id_field(
            &mut e,
            "mechanism",
            self.mechanism.as_deref(),
            "unknown_mechanism",
        );
        let assessment = self.assessment_into(&mut e);
        e.finish()?;
        let (Some(issue), Some(mechanism), Some(assessment)) = (issue, mechanism, assessment)
        else {
            return Err(Invalid::one("form", "internal", "Incomplete form"));
        };
        Ok(ProposedRow {
            issue: IssueId(issue),
            mechanism: MechanismId(mechanism),
            assessment,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn evidence_lines_are_read_as_addresses_responses_or_documents() {
        let evidence = parse_evidence(
            "evidence",
            Some("https://www.itu.int/x\n\n3-00012: the IGF has no mandate\n3-00004\nE/CN.16/2014/CRP.3"),
        )
        .unwrap();
        assert_eq!(
            evidence,
            vec![
                Evidence::Address {
                    url: "https://www.itu.int/x".into()
                },
                Evidence::Response {
                    reference: "3-00012".into(),
                    passage: Some("the IGF has no mandate".into())
                },
                Evidence::Response {
                    reference: "3-00004".into(),
                    passage: None
                },
                Evidence::Document {
                    symbol: "E/CN.16/2014/CRP.3".into()
                },
            ]
        );
        for piece in &evidence {
            assert_eq!(Evidence::parse_line(&piece.as_line()).as_ref(), Some(piece));
        }
    }

    #[test]
    fn a_row_names_its_issue_and_mechanism() {
        let err = RowForm {
            status: Some("maybe".into()),
            ..Default::default()
        }
        .proposed()
        .unwrap_err();
        let codes: Vec<(&str, &str)> = err
            .errors
            .iter()
            .map(|e| (e.field.as_str(), e.code))
            .collect();
        assert!(codes.contains(&("issue", "required")));
        assert!(codes.contains(&("mechanism", "required")));
        assert!(codes.contains(&("status", "unknown_value")));
        let ok = RowForm {
            issue: Some("4".into()),
            mechanism: Some("7".into()),
            ..Default::default()
        }
        .proposed()
        .unwrap();
        assert_eq!(ok.assessment.status, MappingStatus::NotAssessed);
    }
}
