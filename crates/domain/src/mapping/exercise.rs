//! A body's mapping exercise: its title and terms of reference, the call whose issues it maps,
//! and the dated snapshots it issues (the correspondence group's three update reports, its
//! initial output and its final compiled document), each kept as it was issued.

use serde::{Deserialize, Serialize};
use time::Date;

use crate::body::parse_code;
use crate::dates::{self, parse_date};
use crate::error::{Errors, Invalid};
use crate::ids::CallId;
use crate::text;

code_enum! {
    /// What a snapshot of the matrix was issued as.
    pub enum SnapshotKind {
        /// An update report to the Chair and the mailing list.
        UpdateReport = "update_report" => "Update report",
        /// The initial output.
        InitialOutput = "initial_output" => "Initial output",
        /// The final compiled document.
        FinalDocument = "final_document" => "Final compiled document",
    }
}

/// An exercise's details.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExerciseFields {
    pub title: String,
    /// The call whose issues are mapped.
    pub call_id: CallId,
    /// Its terms of reference.
    pub terms: Option<String>,
    /// Language of the text.
    pub lang: String,
}

/// An exercise as a form submits it.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ExerciseForm {
    pub title: Option<String>,
    pub call: Option<String>,
    pub terms: Option<String>,
    pub lang: Option<String>,
}

impl ExerciseForm {
    /// Checks every field (that the call may be mapped by the body is the store's check).
    pub fn parse(&self) -> Result<ExerciseFields, Invalid> {
        let mut e = Errors::default();
        let title = e.take(text::required("title", self.title.as_deref(), 300));
        let call = match self.call.as_deref().map(str::trim) {
            None | Some("") => {
                e.add("call", "required", "This field is required");
                None
            }
            Some(v) => match v.parse::<i64>() {
                Ok(id) => Some(CallId(id)),
                Err(_) => {
                    e.add("call", "unknown_call", "There is no such call");
                    None
                }
            },
        };
        let terms = e.take(text::optional("terms", self.terms.as_deref(), 10_000));
        let lang = e.take(text::language("lang", self.lang.as_deref()));
        e.finish()?;
        let (Some(title), Some(call_id), Some(terms), Some(lang)) = (title, call, terms, lang)
        else {
            return Err(Invalid::one("form", "internal", "Incomplete form"));
        };
        Ok(ExerciseFields {
            title,
            call_id,
            terms,
            lang,
        })
    }
}

/// What a snapshot is issued as.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SnapshotFields {
    pub kind: SnapshotKind,
    pub title: String,
    #[serde(with = "dates::iso")]
    pub issued_on: Date,
}

/// A snapshot as a form submits it.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct SnapshotForm {
    pub kind: Option<String>,
    pub title: Option<String>,
    pub issued_on: Option<String>,
}

impl SnapshotForm {
    /// Checks every field.
    pub fn parse(&self) -> Result<SnapshotFields, Invalid> {
        let mut e = Errors::default();
        let kind = e.take(parse_code(
            "kind",
            self.kind.as_deref(),
            None,
            SnapshotKind::parse,
            SnapshotKind::expected,
        ));
        let title = e.take(text::required("title", self.title.as_deref(), 300));
        let issued_on = e.take(parse_date(
            "issued_on",
            self.issued_on.as_deref().unwrap_or_default(),
        ));
        e.finish()?;
        let (Some(kind), Some(title), Some(issued_on)) = (kind, title, issued_on) else {
            return Err(Invalid::one("form", "internal", "Incomplete form"));
        };
        Ok(SnapshotFields {
            kind,
            title,
            issued_on,
        })
    }
}
