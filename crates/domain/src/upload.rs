//! Uploaded files: what kind of document a file is, read from its bytes and never from its name,
//! and the checks an upload passes before it is kept (size, a name that matches the content, a
//! file name safe to hand back in a download).
//!
//! Concord accepts the formats official documents and written inputs come in: PDF, Word (DOCX)
//! and OpenDocument text (ODT). DOCX and ODT are ZIP packages, recognised by the entries their
//! standards require (ECMA-376 `[Content_Types].xml` and `word/document.xml`; ODF's uncompressed
//! `mimetype` entry first in the package).

use serde::Serialize;

use crate::error::Invalid;

/// The largest file accepted: 20 MiB, more than any UN document or written input needs.
pub const MAX_FILE_BYTES: usize = 20 * 1024 * 1024;

/// A kind of document file Concord accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum FileKind {
    /// Portable Document Format.
    Pdf,
    /// Office Open XML word-processing document.
    Docx,
    /// OpenDocument text.
    Odt,
}

impl FileKind {
    /// Every accepted kind.
    pub const ALL: [FileKind; 3] = [FileKind::Pdf, FileKind::Docx, FileKind::Odt];

    /// The media type a download is served with.
    pub fn media_type(self) -> &'static str {
        match self {
            FileKind::Pdf => "application/pdf",
            FileKind::Docx => {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
            FileKind::Odt => "application/vnd.oasis.opendocument.text",
        }
    }

    /// The file name extension of this kind, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            FileKind::Pdf => "pdf",
            FileKind::Docx => "docx",
            FileKind::Odt => "odt",
        }
    }

    /// The kind a stored media type names.
    pub fn from_media_type(media_type: &str) -> Option<FileKind> {
        FileKind::ALL
            .into_iter()
            .find(|k| k.media_type() == media_type)
    }

    /// What a user calls it.
    pub fn label(self) -> &'static str {
        match self {
            FileKind::Pdf => "PDF",
            FileKind::Docx => "Word (DOCX)",
            FileKind::Odt => "OpenDocument (ODT)",
        }
    }
}

/// The kind of document `bytes` hold, if it is one Concord accepts.
pub fn sniff(bytes: &[u8]) -> Option<FileKind> {
    // PDF readers accept the header anywhere in the first kilobyte.
    let head = &bytes[..bytes.len().min(1024)];
    if head.windows(5).any(|w| w == b"%PDF-") {
        return Some(FileKind::Pdf);
    }
    let names = zip_entry_names(bytes)?;
    if is_odt(bytes) && names.iter().any(|n| n == "content.xml") {
        return Some(FileKind::Odt);
    }
    let has = |wanted: &str| names.iter().any(|n| n == wanted);
    if has("[Content_Types].xml") && has("word/document.xml") {
        return Some(FileKind::Docx);
    }
    None
}

const ODT_MIMETYPE: &[u8] = b"application/vnd.oasis.opendocument.text";

/// ODF packages begin with an uncompressed `mimetype` entry naming the document's type.
fn is_odt(bytes: &[u8]) -> bool {
    let Some(header) = bytes.get(..30) else {
        return false;
    };
    let stored = u16_at(header, 8) == Some(0);
    let name_len = usize::from(u16_at(header, 26).unwrap_or(0));
    let extra_len = usize::from(u16_at(header, 28).unwrap_or(0));
    let data = 30 + name_len + extra_len;
    header.starts_with(b"PK\x03\x04")
        && stored
        && bytes.get(30..30 + name_len) == Some(b"mimetype".as_slice())
        && bytes.get(data..data + ODT_MIMETYPE.len()) == Some(ODT_MIMETYPE)
}

fn u16_at(bytes: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(bytes.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(bytes.get(at..at + 4)?.try_into().ok()?))
}

/// The entry names of a ZIP archive, read from its central directory; `None` when `bytes` is not
/// a well-formed archive.
fn zip_entry_names(bytes: &[u8]) -> Option<Vec<String>> {
    if !bytes.starts_with(b"PK\x03\x04") {
        return None;
    }
    // The end-of-central-directory record is 22 bytes plus a comment of at most 65,535.
    let search_from = bytes.len().saturating_sub(22 + 65_535);
    let end = (search_from..=bytes.len().checked_sub(22)?)
        .rev()
        .find(|&at| bytes[at..].starts_with(b"PK\x05\x06"))?;
    let count = usize::from(u16_at(bytes, end + 10)?);
    let mut at = usize::try_from(u32_at(bytes, end + 16)?).ok()?;
    let mut names = Vec::with_capacity(count);
    for _ in 0..count {
        if !bytes.get(at..)?.starts_with(b"PK\x01\x02") {
            return None;
        }
        let name_len = usize::from(u16_at(bytes, at + 28)?);
        let extra_len = usize::from(u16_at(bytes, at + 30)?);
        let comment_len = usize::from(u16_at(bytes, at + 32)?);
        let name = bytes.get(at + 46..at + 46 + name_len)?;
        names.push(String::from_utf8_lossy(name).into_owned());
        at += 46 + name_len + extra_len + comment_len;
    }
    Some(names)
}

/// An upload that passed its checks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedFile {
    /// What it is.
    pub kind: FileKind,
    /// Its name, made safe to serve back.
    pub file_name: String,
}

/// Checks an upload in `field`: not empty, not over [`MAX_FILE_BYTES`], an accepted kind by its
/// content, and a name whose extension (if any) agrees with that content.
pub fn check(field: &str, file_name: &str, bytes: &[u8]) -> Result<CheckedFile, Invalid> {
    if bytes.is_empty() {
        return Err(Invalid::one(field, "file_empty", "The file is empty"));
    }
    if bytes.len() > MAX_FILE_BYTES {
        return Err(Invalid::one(
            field,
            "file_too_large",
            format!(
                "The file is larger than {} MB",
                MAX_FILE_BYTES / (1024 * 1024)
            ),
        )
        .with_arg("limit", MAX_FILE_BYTES / (1024 * 1024)));
    }
    let Some(kind) = sniff(bytes) else {
        return Err(Invalid::one(
            field,
            "file_type_unknown",
            "The file is not a PDF, Word (DOCX) or OpenDocument (ODT) document",
        ));
    };
    let file_name = safe_file_name(file_name, kind);
    let claimed = file_name
        .rsplit_once('.')
        .map(|(_, ext)| ext.to_ascii_lowercase());
    if let Some(claimed) = claimed {
        if claimed != kind.extension() {
            return Err(Invalid::one(
                field,
                "file_type_mismatch",
                format!(
                    "The file is named .{claimed} but its content is a {} document",
                    kind.label()
                ),
            )
            .with_arg("claimed", claimed)
            .with_arg("kind", kind.label()));
        }
    }
    Ok(CheckedFile { kind, file_name })
}

/// Whether `c` changes the direction text is shown in (the embeddings, overrides and isolates of
/// Unicode's bidirectional algorithm, and its marks). In a file name, `invoice\u{202E}fdp.exe`
/// shows as `invoiceexe.pdf`: a name must show what it is.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// A file name without directories, characters that could break a download header, or
/// characters that change the direction it is shown in; a name with nothing left becomes
/// `document.<ext>`.
pub fn safe_file_name(name: &str, kind: FileKind) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or_default();
    let cleaned: String = base
        .chars()
        .filter(|c| !c.is_control() && !is_bidi_control(*c) && !matches!(c, '"' | ';'))
        .collect::<String>()
        .trim()
        .trim_start_matches('.')
        .chars()
        .take(200)
        .collect();
    if cleaned.is_empty() {
        format!("document.{}", kind.extension())
    } else {
        cleaned
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A ZIP archive of stored entries, enough for the sniffer (no CRCs are checked by it).
    pub(crate) fn zip(entries: &[(&str, &[u8])]) -> Vec<u8> {
        let mut out = Vec::new();
        let mut central = Vec::new();
        for (name, data) in entries {
            let offset = out.len() as u32;
            let mut local = b"PK\x03\x04".to_vec();
            local.extend_from_slice(&[20, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
            local.extend_from_slice(&[0; 4]);
            local.extend_from_slice(&(data.len() as u32).to_le_bytes());
            local.extend_from_slice(&(data.len() as u32).to_le_bytes());
            local.extend_from_slice(&(name.len() as u16).to_le_bytes());
            local.extend_from_slice(&0u16.to_le_bytes());
            local.extend_from_slice(name.as_bytes());
            local.extend_from_slice(data);
            out.extend_from_slice(&local);
            let mut entry = b"PK\x01\x02".to_vec();
            entry.extend_from_slice(&[20, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
            entry.extend_from_slice(&[0; 4]);
            entry.extend_from_slice(&(data.len() as u32).to_le_bytes());
            entry.extend_from_slice(&(data.len() as u32).to_le_bytes());
            entry.extend_from_slice(&(name.len() as u16).to_le_bytes());
            entry.extend_from_slice(&[0; 12]);
            entry.extend_from_slice(&offset.to_le_bytes());
            entry.extend_from_slice(name.as_bytes());
            central.extend_from_slice(&entry);
        }
        let central_at = out.len() as u32;
        out.extend_from_slice(&central);
        out.extend_from_slice(b"PK\x05\x06\0\0\0\0");
        out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
        out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
        out.extend_from_slice(&(central.len() as u32).to_le_bytes());
        out.extend_from_slice(&central_at.to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes());
        out
    }

    #[test]
    fn recognises_the_three_kinds_by_content() {
        assert_eq!(sniff(b"%PDF-1.7\n..."), Some(FileKind::Pdf));
        let docx = zip(&[
            ("[Content_Types].xml", b"<Types/>"),
            ("word/document.xml", b"<w:document/>"),
        ]);
        assert_eq!(sniff(&docx), Some(FileKind::Docx));
        let odt = zip(&[("mimetype", ODT_MIMETYPE), ("content.xml", b"<office/>")]);
        assert_eq!(sniff(&odt), Some(FileKind::Odt));
    }

    #[test]
    fn refuses_other_archives_and_text() {
        assert_eq!(sniff(b"Hello, world"), None);
        assert_eq!(sniff(&zip(&[("readme.txt", b"hi")])), None);
        let spreadsheet = zip(&[
            (
                "mimetype",
                b"application/vnd.oasis.opendocument.spreadsheet",
            ),
            ("content.xml", b"<office/>"),
        ]);
        assert_eq!(sniff(&spreadsheet), None);
        // A truncated archive is not a document.
        let docx = zip(&[
            ("[Content_Types].xml", b"<Types/>"),
            ("word/document.xml", b"<w:document/>"),
        ]);
        assert_eq!(sniff(&docx[..docx.len() - 30]), None);
    }

    #[test]
    fn a_name_that_lies_about_the_content_is_refused() {
        let error = check("file", "report.pdf", &zip(&[("mimetype", ODT_MIMETYPE)]))
            .expect_err("not an ODT: no content.xml");
        assert_eq!(error.errors[0].code, "file_type_unknown");
        let odt = zip(&[("mimetype", ODT_MIMETYPE), ("content.xml", b"<office/>")]);
        let error = check("file", "report.pdf", &odt).expect_err("named .pdf");
        assert_eq!(error.errors[0].code, "file_type_mismatch");
        let ok = check("file", "C:\\Users\\me\\report.ODT", &odt).expect("matching name");
        assert_eq!(ok.file_name, "report.ODT");
        assert_eq!(ok.kind, FileKind::Odt);
    }

    #[test]
    fn empty_and_oversized_files_are_refused() {
        assert_eq!(
            check("f", "a.pdf", b"").unwrap_err().errors[0].code,
            "file_empty"
        );
        let mut big = b"%PDF-1.4\n".to_vec();
        big.resize(MAX_FILE_BYTES + 1, b' ');
        assert_eq!(
            check("f", "a.pdf", &big).unwrap_err().errors[0].code,
            "file_too_large"
        );
    }

    #[test]
    fn file_names_are_made_safe() {
        assert_eq!(safe_file_name("../../etc/passwd", FileKind::Pdf), "passwd");
        assert_eq!(safe_file_name("a\"b;\r\n.pdf", FileKind::Pdf), "ab.pdf");
        assert_eq!(safe_file_name("...", FileKind::Odt), "document.odt");
        assert_eq!(
            safe_file_name("invoice\u{202E}fdp.exe", FileKind::Pdf),
            "invoicefdp.exe"
        );
        assert_eq!(
            safe_file_name("\u{2067}رسالة\u{2069}\u{200F}.pdf", FileKind::Pdf),
            "رسالة.pdf"
        );
    }
}
