//! Documents of a body's register, filed under their UN symbols: agendas, notes by the
//! secretariat, Chair's summaries, contributions, compilations, reports and resolutions, with the
//! languages they exist in. Revisions and corrigenda are documents of their own whose symbols
//! share a base; the register shows the latest and keeps the earlier ones.

use serde::{Deserialize, Serialize};
use time::Date;

use crate::body::parse_code;
use crate::dates::{self, parse_optional_date};
use crate::error::{Errors, FieldError, Invalid};
use crate::ids::{BodyId, DocumentId, MeetingId};
use crate::symbol::Symbol;
use crate::text;
use crate::upload::FileKind;

code_enum! {
    /// What kind of document it is.
    pub enum DocumentType {
        /// Agenda (provisional or adopted).
        Agenda = "agenda" => "Agenda",
        /// Note by the secretariat.
        SecretariatNote = "secretariat_note" => "Note by the secretariat",
        /// Chair's summary.
        ChairsSummary = "chairs_summary" => "Chair's summary",
        /// Contribution of a member, observer or stakeholder.
        Contribution = "contribution" => "Contribution",
        /// Compilation (of inputs, of recommendations).
        Compilation = "compilation" => "Compilation",
        /// Report.
        Report = "report" => "Report",
        /// Resolution or decision.
        Resolution = "resolution" => "Resolution",
        /// Anything else.
        Other = "other" => "Other",
    }
}

/// The six official languages a document may be issued in.
pub const UN_LANGUAGES: [&str; 6] = ["ar", "zh", "en", "fr", "ru", "es"];

/// A document's details.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DocumentFields {
    /// Its symbol, e.g. `E/CN.16/2014/CRP.2/Rev.1`.
    pub symbol: Symbol,
    /// Title, in `lang`.
    pub title: String,
    /// Kind.
    pub doc_type: DocumentType,
    /// The meeting it belongs to, if any.
    pub meeting_id: Option<MeetingId>,
    /// When it was issued.
    #[serde(with = "dates::option_iso")]
    pub issued_on: Option<Date>,
    /// The official languages it exists in.
    pub languages: Vec<String>,
    /// Where to read it.
    pub url: Option<String>,
    /// Language of the title.
    pub lang: String,
}

/// A document as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Document {
    /// Its id.
    pub id: DocumentId,
    /// The body whose register holds it.
    pub body_id: BodyId,
    /// Its details.
    #[serde(flatten)]
    pub fields: DocumentFields,
}

impl Document {
    /// The symbol of the document all its versions belong to (without Rev., Corr., Add.).
    pub fn base_symbol(&self) -> String {
        let parts: Vec<String> = self
            .fields
            .symbol
            .parts
            .iter()
            .map(|p| p.base().to_string())
            .collect();
        parts.join("–")
    }

    /// Sorts versions of one document: the original first, then by revision, then by the
    /// number of corrigenda and addenda.
    pub fn version_key(&self) -> (u32, usize) {
        let primary = self.fields.symbol.primary();
        (primary.revision().unwrap_or(0), primary.modifiers.len())
    }
}

/// A file of a document: one language of one version, as uploaded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DocumentFile {
    /// Its id, in its download address.
    pub id: i64,
    /// The document (version) it belongs to.
    pub document_id: DocumentId,
    /// The official language of this file.
    pub lang: String,
    /// The name it is downloaded under.
    pub file_name: String,
    /// What it is, read from its content.
    pub kind: FileKind,
    /// Its size in bytes.
    pub byte_size: i64,
    /// SHA-256 of its content, hexadecimal: what a reader checks a copy against.
    pub sha256: String,
    /// When it was filed (RFC 3339).
    pub uploaded_at: String,
}

/// Checks the official language a file is in.
pub fn file_language(field: &str, value: Option<&str>) -> Result<String, Invalid> {
    let code = value.unwrap_or_default().trim().to_lowercase();
    if UN_LANGUAGES.contains(&code.as_str()) {
        Ok(code)
    } else {
        Err(Invalid::one(
            field,
            "invalid_language",
            format!("“{code}” is not one of the official languages: ar, zh, en, fr, ru, es"),
        )
        .with_arg("value", code))
    }
}

/// A document as a form or the API submits it.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct DocumentForm {
    /// Symbol.
    pub symbol: Option<String>,
    /// Title.
    pub title: Option<String>,
    /// Type code.
    pub doc_type: Option<String>,
    /// Meeting id.
    pub meeting_id: Option<i64>,
    /// Date of issue, `YYYY-MM-DD`.
    pub issued_on: Option<String>,
    /// Language codes, separated by commas or spaces.
    pub languages: Option<String>,
    /// Link.
    pub url: Option<String>,
    /// Language of the title.
    pub lang: Option<String>,
}

fn languages(field: &str, value: Option<&str>) -> Result<Vec<String>, FieldError> {
    let mut out = Vec::new();
    for code in value
        .unwrap_or_default()
        .split([',', ' '])
        .map(str::trim)
        .filter(|c| !c.is_empty())
    {
        let code = code.to_lowercase();
        if !UN_LANGUAGES.contains(&code.as_str()) {
            return Err(FieldError::new(
                field,
                "invalid_language",
                format!("“{code}” is not one of the official languages: ar, zh, en, fr, ru, es"),
            ));
        }
        if !out.contains(&code) {
            out.push(code);
        }
    }
    Ok(out)
}

impl DocumentForm {
    /// Checks every field.
    pub fn parse(&self) -> Result<DocumentFields, Invalid> {
        let mut e = Errors::default();
        let symbol = e.take(Symbol::parse(
            "symbol",
            self.symbol.as_deref().unwrap_or_default(),
        ));
        let title = e.take(text::required("title", self.title.as_deref(), 500));
        let doc_type = e.take(parse_code(
            "doc_type",
            self.doc_type.as_deref(),
            Some(DocumentType::Other),
            DocumentType::parse,
            DocumentType::expected,
        ));
        let issued_on = e.take(parse_optional_date("issued_on", self.issued_on.as_deref()));
        let languages = e.take(languages("languages", self.languages.as_deref()));
        let url = e.take(text::optional("url", self.url.as_deref(), 500));
        if let Some(Some(u)) = &url {
            if !(u.starts_with("https://") || u.starts_with("http://")) {
                e.add(
                    "url",
                    "invalid_url",
                    "A web address starts with https:// or http://",
                );
            }
        }
        let lang = e.take(text::language("lang", self.lang.as_deref()));
        e.finish()?;
        let (
            Some(symbol),
            Some(title),
            Some(doc_type),
            Some(issued_on),
            Some(languages),
            Some(url),
            Some(lang),
        ) = (symbol, title, doc_type, issued_on, languages, url, lang)
        else {
            return Err(Invalid::one("form", "internal", "Incomplete form"));
        };
        Ok(DocumentFields {
            symbol,
            title,
            doc_type,
            meeting_id: self.meeting_id.map(MeetingId),
            issued_on,
            languages,
            url,
            lang,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_document_with_its_symbol_and_languages() {
        let form = DocumentForm {
            symbol: Some("E/CN.16/2014/CRP.2/Rev.1".into()),
            title: Some("Report of the Working Group".into()),
            doc_type: Some("report".into()),
            languages: Some("EN, fr es".into()),
            ..Default::default()
        };
        let d = Document {
            id: DocumentId(1),
            body_id: BodyId(1),
            fields: form.parse().unwrap(),
        };
        assert_eq!(d.fields.languages, ["en", "fr", "es"]);
        assert_eq!(d.base_symbol(), "E/CN.16/2014/CRP.2");
        assert_eq!(d.version_key(), (1, 1));
    }

    #[test]
    fn bad_symbols_and_languages_are_named() {
        let form = DocumentForm {
            symbol: Some("e/cn.16".into()),
            title: Some("X".into()),
            languages: Some("en, de".into()),
            ..Default::default()
        };
        let codes: Vec<_> = form
            .parse()
            .unwrap_err()
            .errors
            .iter()
            .map(|e| (e.field.clone(), e.code))
            .collect();
        assert_eq!(
            codes,
            [
                ("symbol".to_owned(), "invalid_symbol"),
                ("languages".to_owned(), "invalid_language")
            ]
        );
    }
}
