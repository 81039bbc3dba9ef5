//! Plain CSV tables as people bring them from elsewhere (a spreadsheet, a consultation tool):
//! the columns a caller names are read by header, each row with the line it starts on, so that a
//! mistake can be pointed at; and rows are written with cells made safe to open in a
//! spreadsheet ([`crate::spreadsheet`]).
//!
//! The first header may carry the byte-order mark spreadsheets write before UTF-8 text; it is
//! not part of the column's name. Header names are compared after trimming spaces.

use std::io::{Read, Write};

use csv::{ByteRecord, ReaderBuilder, Writer};
use thiserror::Error;

use crate::spreadsheet;

/// Why a table could not be read or written.
#[derive(Debug, Error)]
pub enum TableError {
    /// A column the caller asked for is not in the header.
    #[error("no column {column:?} (the columns are: {found})")]
    MissingColumn { column: String, found: String },
    /// A row that is not CSV as the header describes it (a quote left open, a row with more or
    /// fewer cells than the header).
    #[error("line {line}: {message}")]
    Malformed { line: u64, message: String },
    /// A cell that is not UTF-8 text.
    #[error("line {line}: the text is not UTF-8")]
    NotUtf8 { line: u64 },
    /// Reading or writing failed.
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

impl From<csv::Error> for TableError {
    fn from(error: csv::Error) -> Self {
        let line = error
            .position()
            .map(csv::Position::line)
            .unwrap_or_default();
        let message = match error.kind() {
            csv::ErrorKind::Utf8 { .. } => return TableError::NotUtf8 { line },
            csv::ErrorKind::UnequalLengths {
                expected_len, len, ..
            } => format!("{len} cells where the header has {expected_len}"),
            _ => error.to_string(),
        };
        match error.into_kind() {
            csv::ErrorKind::Io(e) => TableError::Io(e),
            _ => TableError::Malformed { line, message },
        }
    }
}

fn header_name(raw: &[u8], first: bool) -> String {
    let raw = if first {
        raw.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(raw)
    } else {
        raw
    };
    String::from_utf8_lossy(raw).trim().to_owned()
}

/// Reads the columns named in `columns` from a CSV table with a header row, calling `row` with
/// each row's line and its cells in the order of `columns`. Returns the number of rows.
pub fn read_columns(
    input: impl Read,
    columns: &[&str],
    mut row: impl FnMut(u64, Vec<String>),
) -> Result<u64, TableError> {
    let mut reader = ReaderBuilder::new().from_reader(input);
    let headers: Vec<String> = reader
        .byte_headers()?
        .iter()
        .enumerate()
        .map(|(i, h)| header_name(h, i == 0))
        .collect();
    let indices = columns
        .iter()
        .map(|&name| {
            headers
                .iter()
                .position(|h| h == name)
                .ok_or_else(|| TableError::MissingColumn {
                    column: name.to_owned(),
                    found: if headers.iter().all(String::is_empty) {
                        "none".to_owned()
                    } else {
                        headers.join(", ")
                    },
                })
        })
        .collect::<Result<Vec<usize>, _>>()?;
    let mut record = ByteRecord::new();
    let mut count = 0;
    while reader.read_byte_record(&mut record)? {
        let line = record
            .position()
            .map(csv::Position::line)
            .unwrap_or_default();
        let cells = indices
            .iter()
            .map(|&i| {
                std::str::from_utf8(record.get(i).unwrap_or_default())
                    .map(|cell| spreadsheet::restore(cell).to_owned())
                    .map_err(|_| TableError::NotUtf8 { line })
            })
            .collect::<Result<Vec<String>, _>>()?;
        row(line, cells);
        count += 1;
    }
    Ok(count)
}

/// The line of the first cell for which `matches(header, column, cell)` holds, reading as much
/// of the table as can be read (rows of any length); `None` when there is none. For pointing at
/// a bad value that a stricter reader refused without saying where.
pub fn first_line_where(
    input: impl Read,
    mut matches: impl FnMut(&str, usize, &str) -> bool,
) -> Option<u64> {
    let mut reader = ReaderBuilder::new().flexible(true).from_reader(input);
    let headers: Vec<String> = reader
        .byte_headers()
        .ok()?
        .iter()
        .enumerate()
        .map(|(i, h)| header_name(h, i == 0))
        .collect();
    let mut record = ByteRecord::new();
    while reader.read_byte_record(&mut record).ok()? {
        for (column, raw) in record.iter().enumerate() {
            let header = headers.get(column).map(String::as_str).unwrap_or_default();
            if matches(header, column, &String::from_utf8_lossy(raw)) {
                return record.position().map(csv::Position::line);
            }
        }
    }
    None
}

/// Writes a CSV table row by row. Cells that are not numbers are neutralised so that a
/// spreadsheet shows them as text rather than running them as formulas; numbers are written as
/// they are, so that `-0.5` stays a number.
pub struct TableWriter<W: Write> {
    writer: Writer<W>,
}

impl<W: Write> TableWriter<W> {
    /// Starts a table with its header.
    pub fn new(output: W, header: &[&str]) -> Result<Self, TableError> {
        let mut writer = Writer::from_writer(output);
        writer.write_record(header)?;
        Ok(Self { writer })
    }

    /// Writes one row.
    pub fn row<S: AsRef<str>>(&mut self, cells: &[S]) -> Result<(), TableError> {
        let record: Vec<std::borrow::Cow<'_, str>> = cells
            .iter()
            .map(|cell| {
                let cell = cell.as_ref();
                if cell.parse::<f64>().is_ok() {
                    std::borrow::Cow::Borrowed(cell)
                } else {
                    spreadsheet::neutralise(cell)
                }
            })
            .collect();
        self.writer
            .write_record(record.iter().map(|c| c.as_bytes()))?;
        Ok(())
    }

    /// Flushes what is buffered and gives back the output.
    pub fn finish(self) -> Result<W, TableError> {
        self.writer
            .into_inner()
            .map_err(|e| TableError::Io(std::io::Error::other(e.error().to_string())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str, columns: &[&str]) -> Result<Vec<(u64, Vec<String>)>, TableError> {
        let mut rows = Vec::new();
        read_columns(text.as_bytes(), columns, |line, cells| {
            rows.push((line, cells))
        })?;
        Ok(rows)
    }

    #[test]
    fn reads_named_columns_in_the_order_asked_with_their_lines() -> Result<(), TableError> {
        let rows = read(
            "\u{feff}id , text,extra\n1,\"Hello,\nworld\",x\n2,'=SUM(A1),y\n",
            &["text", "id"],
        )?;
        assert_eq!(
            rows,
            vec![
                (2, vec!["Hello,\nworld".to_owned(), "1".to_owned()]),
                (4, vec!["=SUM(A1)".to_owned(), "2".to_owned()]),
            ]
        );
        Ok(())
    }

    #[test]
    fn says_which_column_is_missing_and_which_line_is_malformed() {
        let missing = read("id,body\n1,x\n", &["id", "text"]);
        assert!(
            matches!(&missing, Err(TableError::MissingColumn { column, found })
                if column == "text" && found == "id, body"),
            "{missing:?}"
        );
        let short = read("id,text\n1,a\n2\n", &["id", "text"]);
        assert!(
            matches!(&short, Err(TableError::Malformed { line: 3, message })
                if message == "1 cells where the header has 2"),
            "{short:?}"
        );
        let mut bytes = b"id,text\n1,caf".to_vec();
        bytes.extend_from_slice(&[0xff, b'\n']);
        let mut seen = 0;
        let broken = read_columns(bytes.as_slice(), &["text"], |_, _| seen += 1);
        assert!(
            matches!(broken, Err(TableError::NotUtf8 { line: 2 })),
            "{broken:?}"
        );
    }

    #[test]
    fn finds_the_line_of_a_bad_cell() {
        let text = "a,vote\n1,1\n2,-1\n3,yes\n";
        let line = first_line_where(text.as_bytes(), |h, _, cell| h == "vote" && cell == "yes");
        assert_eq!(line, Some(4));
        assert_eq!(first_line_where(text.as_bytes(), |_, _, c| c == "no"), None);
    }

    #[test]
    fn writes_numbers_as_numbers_and_formulas_as_text() -> Result<(), TableError> {
        let mut table = TableWriter::new(Vec::new(), &["id", "value"])?;
        table.row(&["=cmd|' /C calc'!A0", "-0.5"])?;
        table.row(&["a, \"quoted\" cell", ""])?;
        let written = String::from_utf8_lossy(&table.finish()?).into_owned();
        assert_eq!(
            written,
            "id,value\n'=cmd|' /C calc'!A0,-0.5\n\"a, \"\"quoted\"\" cell\",\n"
        );
        Ok(())
    }
}
