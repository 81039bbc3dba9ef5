//! Batches of responses received outside Concord (a spreadsheet kept by the secretariat, another
//! platform's export), read from CSV or JSON and checked row by row under the same rules as the
//! form. A batch is taken whole or not at all, so every problem of every row is reported first.
//!
//! CSV: a header row, then one row per response. Columns `kind`, `name`, `organization`,
//! `stakeholder_group`, `sub_category`, `country`, `ecosoc`, `lang`, `consent_publish`,
//! `consent_cite` (`yes`/`no`, `true`/`false`, `1`/`0`), `email`, `received_on` (`YYYY-MM-DD`),
//! and one column per question, headed by its number as printed (`1`, `2 a)`); the options of a
//! multiple choice are separated by `;`. JSON: an array of objects with the same keys, answers
//! under `answers` by question number, a choice as a string or an array of strings.

use serde::Serialize;
use time::Date;

use crate::call::{Question, QuestionKind};
use crate::dates::parse_date;
use crate::error::FieldError;
use crate::response::{Submission, SubmissionForm};

/// The most rows one batch may hold.
pub const MAX_ROWS: usize = 10_000;

/// A row that passed its checks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportRow {
    /// Its number in the file (the header is row 1 in a CSV; the first object is 1 in JSON).
    pub row: usize,
    /// The response it holds.
    pub submission: Submission,
    /// The respondent's address, if given.
    pub email: Option<String>,
    /// When it was received, if given.
    pub received_on: Option<Date>,
}

/// A problem found in a row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RowError {
    /// The row (0 for the file as a whole).
    pub row: usize,
    /// The problem, with its field.
    pub error: FieldError,
}

/// The file's format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Comma-separated values with a header row.
    Csv,
    /// A JSON array of objects.
    Json,
}

impl Format {
    /// The format a file name says, by its extension.
    pub fn of(file_name: &str) -> Option<Format> {
        let lower = file_name.to_ascii_lowercase();
        if lower.ends_with(".csv") {
            Some(Format::Csv)
        } else if lower.ends_with(".json") {
            Some(Format::Json)
        } else {
            None
        }
    }
}

fn whole_file(code: &'static str, message: impl Into<String>) -> Vec<RowError> {
    vec![RowError {
        row: 0,
        error: FieldError::new("file", code, message),
    }]
}

fn flag(value: Option<&str>) -> Result<bool, ()> {
    match value.map(|v| v.trim().to_ascii_lowercase()).as_deref() {
        None | Some("") | Some("no") | Some("false") | Some("0") => Ok(false),
        Some("yes") | Some("true") | Some("1") => Ok(true),
        Some(_) => Err(()),
    }
}

/// One record, as text by column name.
type Record = Vec<(String, String)>;

/// Records with their row numbers.
type Numbered = Vec<(usize, Record)>;

fn check_record(
    row: usize,
    record: &Record,
    questions: &[Question],
) -> Result<ImportRow, Vec<RowError>> {
    let get = |key: &str| {
        record
            .iter()
            .find(|(k, _)| k.trim() == key)
            .map(|(_, v)| v.clone())
            .filter(|v| !v.trim().is_empty())
    };
    let mut errors = Vec::new();
    let mut flag_of = |key: &'static str| match flag(get(key).as_deref()) {
        Ok(v) => v,
        Err(()) => {
            errors.push(RowError {
                row,
                error: FieldError::new(key, "invalid_flag", "Write yes or no"),
            });
            false
        }
    };
    let consent_publish = flag_of("consent_publish");
    let consent_cite = flag_of("consent_cite");
    let answers = questions
        .iter()
        .map(|q| {
            let values = match get(&q.label) {
                None => Vec::new(),
                Some(v) if q.kind == QuestionKind::MultipleChoice => {
                    v.split(';').map(|c| c.trim().to_owned()).collect()
                }
                Some(v) => vec![v],
            };
            (q.id.0, values)
        })
        .collect();
    let form = SubmissionForm {
        kind: get("kind"),
        name: get("name"),
        organization: get("organization"),
        stakeholder_group: get("stakeholder_group"),
        sub_category: get("sub_category"),
        country: get("country"),
        ecosoc: get("ecosoc"),
        lang: get("lang"),
        consent_publish: Some(consent_publish),
        consent_cite: Some(consent_cite),
        answers,
        signatories: get("signatories"),
    };
    let submission = form.parse(questions, false).map_err(|invalid| {
        invalid
            .errors
            .into_iter()
            .map(|mut error| {
                // Answers are named by question number, as the file's columns are.
                if let Some(q) = questions
                    .iter()
                    .find(|q| error.field == format!("q{}", q.id))
                {
                    error.field.clone_from(&q.label);
                }
                RowError { row, error }
            })
            .collect::<Vec<_>>()
    });
    let received_on = match get("received_on") {
        None => None,
        Some(day) => match parse_date("received_on", &day) {
            Ok(day) => Some(day),
            Err(error) => {
                errors.push(RowError { row, error });
                None
            }
        },
    };
    let email = get("email");
    if let Some(address) = &email {
        if let Err(error) = crate::account::Email::parse("email", address) {
            errors.push(RowError { row, error });
        }
    }
    match submission {
        Ok(submission) if errors.is_empty() => Ok(ImportRow {
            row,
            submission,
            email,
            received_on,
        }),
        Ok(_) => Err(errors),
        Err(mut found) => {
            found.extend(errors);
            Err(found)
        }
    }
}

/// The readable records of a CSV file, and the rows that cannot be read.
fn records_from_csv(bytes: &[u8]) -> Result<(Numbered, Vec<RowError>), Vec<RowError>> {
    let mut reader = csv::ReaderBuilder::new().flexible(false).from_reader(bytes);
    let headers = match reader.headers() {
        Ok(h) => h.iter().map(|h| h.trim().to_owned()).collect::<Vec<_>>(),
        Err(_) => {
            return Err(whole_file(
                "unreadable_file",
                "The first row, the header, cannot be read",
            ))
        }
    };
    let mut records = Vec::new();
    let mut errors = Vec::new();
    for (i, result) in reader.records().enumerate() {
        let row = i + 2;
        match result {
            Ok(record) => records.push((
                row,
                headers
                    .iter()
                    .cloned()
                    .zip(record.iter().map(str::to_owned))
                    .collect(),
            )),
            Err(error) => errors.push(RowError {
                row,
                error: FieldError::new(
                    "file",
                    "broken_row",
                    format!("This row cannot be read: {error}"),
                ),
            }),
        }
    }
    Ok((records, errors))
}

fn records_from_json(text: &str) -> Result<Numbered, Vec<RowError>> {
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| {
        whole_file(
            "unreadable_file",
            format!("The file is not valid JSON: {e}"),
        )
    })?;
    let Some(items) = value.as_array() else {
        return Err(whole_file(
            "unreadable_file",
            "The file must hold a JSON array of responses",
        ));
    };
    let text_of = |v: &serde_json::Value| match v {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Array(items) => items
            .iter()
            .filter_map(|i| i.as_str())
            .collect::<Vec<_>>()
            .join(";"),
        serde_json::Value::Null => String::new(),
        other => other.to_string(),
    };
    let mut records = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let Some(object) = item.as_object() else {
            return Err(vec![RowError {
                row: i + 1,
                error: FieldError::new("file", "broken_row", "This entry is not an object"),
            }]);
        };
        let mut record: Record = Vec::new();
        for (key, value) in object {
            if key == "answers" {
                if let Some(answers) = value.as_object() {
                    for (label, answer) in answers {
                        record.push((label.clone(), text_of(answer)));
                    }
                }
            } else {
                record.push((key.clone(), text_of(value)));
            }
        }
        records.push((i + 1, record));
    }
    Ok(records)
}

/// Reads and checks a whole batch: every row valid, or every problem of every row.
pub fn parse_batch(
    format: Format,
    bytes: &[u8],
    questions: &[Question],
) -> Result<Vec<ImportRow>, Vec<RowError>> {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return Err(whole_file(
            "invalid_encoding",
            "The file is not valid UTF-8 text",
        ));
    };
    let (records, mut errors) = match format {
        Format::Csv => records_from_csv(text.as_bytes())?,
        Format::Json => (records_from_json(text)?, Vec::new()),
    };
    if records.is_empty() && errors.is_empty() {
        return Err(whole_file("empty_file", "The file holds no response"));
    }
    if records.len() > MAX_ROWS {
        return Err(whole_file(
            "too_many_rows",
            format!("A batch holds at most {MAX_ROWS} responses"),
        ));
    }
    let mut rows = Vec::with_capacity(records.len());
    for (row, record) in &records {
        match check_record(*row, record, questions) {
            Ok(ok) => rows.push(ok),
            Err(found) => errors.extend(found),
        }
    }
    if errors.is_empty() {
        Ok(rows)
    } else {
        errors.sort_by_key(|e| e.row);
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::QuestionId;

    fn questions() -> Vec<Question> {
        vec![
            Question {
                id: QuestionId(11),
                position: 1,
                label: "1".into(),
                text: "Category?".into(),
                kind: QuestionKind::SingleChoice,
                options: vec!["Government".into(), "Non-Government".into()],
                word_limit: None,
                required: true,
                analytic_group: None,
            },
            Question {
                id: QuestionId(12),
                position: 2,
                label: "2 a)".into(),
                text: "Significance".into(),
                kind: QuestionKind::FreeText,
                options: vec![],
                word_limit: Some(5),
                required: false,
                analytic_group: None,
            },
        ]
    }

    const CSV: &str = "kind,name,stakeholder_group,country,consent_publish,received_on,1,2 a)\n\
        government,Ministry of ICT,government,KE,yes,2013-08-14,Government,Open and inclusive\n\
        organization,ISOC,technical_academic,CH,no,,Non-Government,\"Multistakeholder, bottom-up\"\n";

    #[test]
    fn a_clean_csv_gives_every_response() {
        let rows = parse_batch(Format::Csv, CSV.as_bytes(), &questions()).unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].row, 2);
        assert_eq!(
            rows[0].submission.answers[1].text.as_deref(),
            Some("Open and inclusive")
        );
        assert!(rows[0].submission.consent_publish);
        assert_eq!(
            rows[1].submission.answers[1].text.as_deref(),
            Some("Multistakeholder, bottom-up")
        );
    }

    #[test]
    fn every_problem_of_every_row_is_reported() {
        let csv = "kind,name,stakeholder_group,consent_publish,1,2 a)\n\
            government,,government,maybe,Government,one two three four five six\n\
            person,Ana,civil_society,no,Other\n\
            person,Ana,civil_society,no,Non-Government,ok\n";
        let errors = parse_batch(Format::Csv, csv.as_bytes(), &questions()).unwrap_err();
        let found: Vec<_> = errors
            .iter()
            .map(|e| (e.row, e.error.field.as_str(), e.error.code))
            .collect();
        assert_eq!(
            found,
            [
                (2, "name", "required"),
                (2, "2 a)", "over_word_limit"),
                (2, "consent_publish", "invalid_flag"),
                (3, "file", "broken_row"),
            ]
        );
    }

    #[test]
    fn json_and_bad_files() {
        let json = r#"[{"kind":"person","name":"Ana","stakeholder_group":"civil_society","answers":{"1":"Non-Government","2 a)":"Short"}}]"#;
        let rows = parse_batch(Format::Json, json.as_bytes(), &questions()).unwrap();
        assert_eq!(rows[0].submission.respondent.name, "Ana");
        let codes = |format, bytes: &[u8]| -> Vec<&'static str> {
            parse_batch(format, bytes, &questions())
                .unwrap_err()
                .iter()
                .map(|e| e.error.code)
                .collect()
        };
        assert_eq!(
            codes(Format::Json, b"{\"not\": \"an array\"}"),
            ["unreadable_file"]
        );
        assert_eq!(
            codes(Format::Csv, b"kind,name\n\xff\xfe,x\n"),
            ["invalid_encoding"]
        );
        assert_eq!(codes(Format::Csv, b"kind,name\n"), ["empty_file"]);
    }
}
