//! Rows of a mapping read from CSV, as the correspondence group kept them in a spreadsheet:
//! a header row, then one row per issue and mechanism, with columns `issue` (its number, `I3`
//! or `3`), `mechanism` (its name or acronym, as in the registry), `status` (a status code,
//! empty for not yet assessed), `notes` and `evidence` (pieces separated by `;` or new lines).
//! A file is taken whole or not at all, so every problem of every line is reported first.

use super::matrix::{MappingStatus, RowForm};
use super::Assessment;
use crate::error::{Errors, Invalid};

/// The most lines one file may hold.
pub const MAX_LINES: usize = 20_000;

/// One line of the file, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportedRow {
    /// Its line in the file (the header is line 1).
    pub line: usize,
    /// The issue's number.
    pub issue: i64,
    /// The mechanism's name or acronym as written.
    pub mechanism: String,
    pub assessment: Assessment,
}

/// Reads the file; every line's problems are reported, with its line number.
pub fn parse_rows(bytes: &[u8]) -> Result<Vec<ImportedRow>, Invalid> {
    let mut e = Errors::default();
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(bytes);
    let headers = match reader.headers() {
        Ok(h) => h
            .iter()
            .map(|h| h.trim().to_lowercase())
            .collect::<Vec<_>>(),
        Err(_) => {
            return Err(Invalid::one(
                "file",
                "mapping_file_unreadable",
                "The file is not CSV",
            ))
        }
    };
    let column = |name: &str| headers.iter().position(|h| h == name);
    let (Some(issue_col), Some(mechanism_col)) = (column("issue"), column("mechanism")) else {
        return Err(Invalid::one(
            "file",
            "missing_columns",
            "The file needs the columns issue and mechanism",
        ));
    };
    let (status_col, notes_col, evidence_col) =
        (column("status"), column("notes"), column("evidence"));
    let mut rows = Vec::new();
    for (index, record) in reader.records().enumerate() {
        let line = index + 2;
        if index >= MAX_LINES {
            e.add_with(
                "file",
                "too_many_lines",
                format!("At most {MAX_LINES} lines"),
                &[("max", MAX_LINES.to_string())],
            );
            break;
        }
        let Ok(record) = record else {
            e.add_with(
                "file",
                "unreadable_line",
                format!("Line {line} cannot be read"),
                &[("line", line.to_string())],
            );
            continue;
        };
        let cell = |col: Option<usize>| col.and_then(|c| record.get(c)).map(str::trim);
        let issue = cell(Some(issue_col)).unwrap_or_default();
        let number = issue.trim_start_matches(['I', 'i']).parse::<i64>();
        let mechanism = cell(Some(mechanism_col)).unwrap_or_default().to_owned();
        let form = RowForm {
            status: cell(status_col).map(str::to_owned),
            notes: cell(notes_col).map(str::to_owned),
            evidence: cell(evidence_col).map(|v| v.replace(';', "\n")),
            ..RowForm::default()
        };
        let assessment = form.assessment();
        match (number, mechanism.is_empty(), assessment) {
            (Ok(issue), false, Ok(assessment)) => rows.push(ImportedRow {
                line,
                issue,
                mechanism,
                assessment,
            }),
            (number, empty, assessment) => {
                let mut problems = Vec::new();
                if number.is_err() {
                    problems.push(format!("issue “{issue}” is not an issue number"));
                }
                if empty {
                    problems.push("no mechanism".to_owned());
                }
                if let Err(invalid) = assessment {
                    problems.extend(invalid.errors.into_iter().map(|f| f.message));
                }
                e.add_with(
                    "file",
                    "invalid_line",
                    format!("Line {line}: {}", problems.join("; ")),
                    &[("line", line.to_string()), ("problem", problems.join("; "))],
                );
            }
        }
    }
    e.finish()?;
    if rows.is_empty() {
        return Err(Invalid::one(
            "file",
            "mapping_file_empty",
            "The file has no rows",
        ));
    }
    Ok(rows)
}

/// The status a line gave, for the summary of an import.
pub fn status_of(row: &ImportedRow) -> MappingStatus {
    row.assessment.status
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_read_whole_or_refused_with_every_line() {
        let ok = parse_rows(
            b"issue,mechanism,status,notes,evidence\nI1,IGF,partly,,https://a.example;3-00001\n2,ITU,,,\n",
        )
        .unwrap();
        assert_eq!(ok.len(), 2);
        assert_eq!(ok[0].assessment.evidence.len(), 2);
        assert_eq!(status_of(&ok[1]), MappingStatus::NotAssessed);
        let err = parse_rows(b"issue,mechanism,status\nx,IGF,partly\n3,,maybe\n").unwrap_err();
        assert_eq!(err.errors.len(), 2);
        assert!(err.errors[1].message.starts_with("Line 3"));
    }
}
