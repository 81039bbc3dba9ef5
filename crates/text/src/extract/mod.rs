//! The plain text of an attached file (PDF, Word DOCX, OpenDocument ODT), so that full-text
//! search can index responses together with what they attach.
//!
//! [`plain_text`] reads the text, one paragraph (or PDF line) a line, with a blank line between
//! parts (a DOCX's body, footnotes and endnotes; a PDF's pages). The aim is words a search can
//! find, not layout: tables come out a cell a line, and headers, footers, comments and images
//! are left out.
//!
//! Every reader works on the bytes alone, never panics, and is bounded: an archive entry is
//! refused when its central directory says it inflates beyond [`MAX_INFLATED_BYTES`] or when it
//! inflates further than the directory said (a zip bomb lies about its size); a PDF may inflate
//! at most [`MAX_INFLATED_BYTES`] in all. DTD entities are never expanded, so an XML "billion
//! laughs" costs nothing.
//!
//! - [DOCX](office::docx_text): `word/document.xml`, then `word/footnotes.xml` and
//!   `word/endnotes.xml` when present. The text of `<w:t>` runs, tabs and line breaks inside
//!   runs, a line per paragraph; deleted text of tracked changes and field codes are skipped,
//!   and text boxes are read once (from the drawing, not its older VML fallback).
//! - [ODT](office::odt_text): `content.xml`, the text of `<text:p>` and `<text:h>` with
//!   `<text:s text:c="n"/>` spaces, tabs and line breaks. A package whose manifest declares
//!   encrypted entries is [`ExtractError::Encrypted`].
//! - PDF: a best-effort reader without a PDF library. It reads the text of pages in page-tree
//!   order (falling back to every content stream when the page tree is broken), from streams
//!   that are uncompressed, `/FlateDecode`, `/ASCIIHexDecode` or `/ASCII85Decode`, and through
//!   fonts with a `/ToUnicode` map, a standard, WinAnsi or MacRoman encoding with
//!   `/Differences`, or a UCS-2 CMap. It cannot read encrypted PDFs (even those that open
//!   without a password: their streams are still encrypted), scans (no text at all), two-byte
//!   (`Identity-H`) fonts without a `/ToUnicode` map, streams compressed with LZW or
//!   run-length, or PDFs whose objects are all inside object streams compressed with PNG
//!   predictors. Words come out in drawing order, which is reading order for almost every
//!   producer but not for every multi-column layout.
//!
//! The ZIP reader checks entry sizes but not CRCs: a damaged stored entry gives damaged text
//! rather than an error, which costs a search index nothing.

mod office;
mod pdf;
#[cfg(test)]
mod tests;
mod xml;
mod zip;

use thiserror::Error;

/// Most bytes one archive entry, or all of a PDF's streams together, may inflate to. 24 MiB is
/// far beyond the XML of any written input (a 300-page report is a few MiB), and low enough that
/// reading a hostile file stays within 64 MiB of memory.
pub const MAX_INFLATED_BYTES: usize = 24 * 1024 * 1024;

/// A kind of file whose text can be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// Portable Document Format.
    Pdf,
    /// Office Open XML word-processing document.
    Docx,
    /// OpenDocument text.
    Odt,
}

impl Format {
    /// The format a stored media type names (the media types uploads are stored with).
    pub fn from_media_type(media_type: &str) -> Option<Format> {
        match media_type {
            "application/pdf" => Some(Format::Pdf),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => {
                Some(Format::Docx)
            }
            "application/vnd.oasis.opendocument.text" => Some(Format::Odt),
            _ => None,
        }
    }

    /// What a user calls it, as it appears in error messages.
    pub fn label(self) -> &'static str {
        match self {
            Format::Pdf => "PDF",
            Format::Docx => "Word document",
            Format::Odt => "OpenDocument file",
        }
    }
}

/// Why a file's text could not be read. The messages are meant for the person who uploaded it.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ExtractError {
    /// The bytes are not a well-formed file of the format; the detail says what is wrong.
    #[error("the file is damaged: {0}")]
    Damaged(&'static str),
    /// The file is password-protected, so its text cannot be read without the password.
    #[error("the {} is encrypted", .0.label())]
    Encrypted(Format),
    /// A PDF whose pages draw no text: usually a scanned paper document.
    #[error("the PDF has no text layer (a scan)")]
    NoTextLayer,
    /// A PDF whose text is drawn with fonts that do not say which characters their glyphs are
    /// (two-byte fonts without a `/ToUnicode` map), so no text comes out.
    #[error("the PDF's fonts do not say which letters they draw, so its text cannot be read")]
    UnreadableFonts,
    /// Reading the file would need more memory than [`MAX_INFLATED_BYTES`].
    #[error("the document is too large to read")]
    TooLarge,
}

/// The plain text of a file of `format`.
///
/// ```
/// use concord_text::extract::{plain_text, ExtractError, Format};
///
/// let pdf = b"%PDF-1.4\n1 0 obj <</Length 26>> stream\nBT /F1 12 Tf (Hello) Tj ET\nendstream endobj\n";
/// assert_eq!(plain_text(Format::Pdf, pdf), Ok("Hello".to_string()));
/// assert!(matches!(plain_text(Format::Docx, b"not a zip"), Err(ExtractError::Damaged(_))));
/// ```
pub fn plain_text(format: Format, bytes: &[u8]) -> Result<String, ExtractError> {
    let text = match format {
        Format::Pdf => pdf::text(bytes)?,
        Format::Docx => office::docx_text(bytes)?,
        Format::Odt => office::odt_text(bytes)?,
    };
    Ok(tidy(&text))
}

/// Raw deflate (ZIP entries) or zlib-wrapped deflate (PDF streams), in memory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Wrapping {
    Raw,
    Zlib,
}

/// Why inflating failed.
#[derive(Debug, Clone, PartialEq, Eq)]
enum InflateFailure {
    /// The data inflates beyond the limit the caller set.
    TooLong,
    /// The data is not valid deflate; `partial` is what came out before the damage.
    Corrupt { partial: Vec<u8> },
}

/// Inflates `data`, refusing to produce more than `limit` bytes. The output buffer grows as the
/// data inflates, so a lie in a declared size never allocates more than was really inflated.
/// A zlib checksum is not checked: a PDF stream with a wrong one still has readable text.
fn inflate(data: &[u8], wrapping: Wrapping, limit: usize) -> Result<Vec<u8>, InflateFailure> {
    use miniz_oxide::inflate::core::{decompress, inflate_flags, DecompressorOxide};
    use miniz_oxide::inflate::TINFLStatus;

    let mut flags = inflate_flags::TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF;
    if wrapping == Wrapping::Zlib {
        flags |=
            inflate_flags::TINFL_FLAG_PARSE_ZLIB_HEADER | inflate_flags::TINFL_FLAG_IGNORE_ADLER32;
    }
    let mut decompressor = Box::<DecompressorOxide>::default();
    let mut out = vec![0; data.len().saturating_mul(4).max(64).min(limit.max(1))];
    let mut input = data;
    let mut written = 0;
    loop {
        let (status, consumed, produced) =
            decompress(&mut decompressor, input, &mut out, written, flags);
        written += produced;
        input = input.get(consumed..).unwrap_or_default();
        match status {
            TINFLStatus::Done => {
                out.truncate(written);
                return Ok(out);
            }
            TINFLStatus::HasMoreOutput if out.len() >= limit => {
                return Err(InflateFailure::TooLong)
            }
            TINFLStatus::HasMoreOutput => {
                let grown = out.len().saturating_mul(2).min(limit);
                out.resize(grown, 0);
            }
            _ => {
                out.truncate(written);
                return Err(InflateFailure::Corrupt { partial: out });
            }
        }
    }
}

/// Trailing spaces dropped from every line, runs of blank lines cut to one, and no blank lines
/// at either end: the readers emit breaks generously (an empty paragraph, a page), and a search
/// snippet should not show them.
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank_lines = 0usize;
    for line in text.lines() {
        let line = line.trim_end();
        if line.is_empty() {
            blank_lines += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank_lines > 0 { "\n\n" } else { "\n" });
        }
        blank_lines = 0;
        out.push_str(line);
    }
    out
}
