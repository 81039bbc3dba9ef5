//! The text of word-processing packages: Word (DOCX, ECMA-376 WordprocessingML) and
//! OpenDocument text (ODT). Both are ZIP packages of XML parts; only the parts that hold the
//! document's own words are read.
//!
//! Elements are recognised by their local names with the prefixes every producer writes (`w:`,
//! `text:`), so a document whose producer picked other prefixes still reads.

use super::xml::{self, Token};
use super::zip::Package;
use super::{ExtractError, Format};

/// The text of a DOCX: its body, then its footnotes and endnotes, each after a blank line.
pub(super) fn docx_text(bytes: &[u8]) -> Result<String, ExtractError> {
    let package = Package::open(bytes, Format::Docx)?;
    let body = package
        .read("word/document.xml")?
        .ok_or(ExtractError::Damaged(
            "it has no word/document.xml, so it is not a Word document",
        ))?;
    let mut out = String::new();
    wordprocessing_text(&xml::as_text(&body), &mut out);
    for notes in ["word/footnotes.xml", "word/endnotes.xml"] {
        match package.read(notes) {
            Ok(Some(notes)) => {
                out.push_str("\n\n");
                wordprocessing_text(&xml::as_text(&notes), &mut out);
            }
            // The body has been read: damaged notes are no reason to index nothing.
            Ok(None) | Err(ExtractError::Damaged(_)) => {}
            Err(error) => return Err(error),
        }
    }
    Ok(out)
}

/// Appends the text of one WordprocessingML part (body, footnotes or endnotes) to `out`.
fn wordprocessing_text(xml: &str, out: &mut String) {
    // Inside an element whose text must not be read: how deeply.
    let mut skipped = 0usize;
    let mut runs = 0usize;
    let mut in_text = false;
    for token in xml::tokens(xml) {
        match token {
            Token::Start { name, empty, .. } => {
                let name = xml::local_name(name);
                // `mc:Fallback` repeats a text box's words for older readers; `w:moveFrom` is
                // the old place of text that tracked changes moved (the words are read at
                // their new place).
                let skips = matches!(name, "Fallback" | "moveFrom");
                if skipped > 0 || skips {
                    skipped += usize::from(skips && !empty);
                    continue;
                }
                match name {
                    "t" => in_text = !empty,
                    "r" if !empty => runs += 1,
                    "p" if empty => out.push('\n'),
                    // A tab stop in paragraph properties is also `w:tab`; only one in a run is
                    // a tab character.
                    "tab" if runs > 0 => out.push('\t'),
                    "br" | "cr" if runs > 0 => out.push('\n'),
                    "noBreakHyphen" if runs > 0 => out.push('-'),
                    _ => {}
                }
            }
            Token::End { name } => {
                let name = xml::local_name(name);
                if skipped > 0 {
                    skipped -= usize::from(matches!(name, "Fallback" | "moveFrom"));
                    continue;
                }
                match name {
                    "t" => in_text = false,
                    "r" => runs = runs.saturating_sub(1),
                    "p" => out.push('\n'),
                    _ => {}
                }
            }
            Token::Text(raw) if in_text && skipped == 0 => xml::decode_into(raw, out),
            Token::Cdata(raw) if in_text && skipped == 0 => out.push_str(raw),
            Token::Text(_) | Token::Cdata(_) => {}
        }
    }
}

/// The text of an ODT: its body, then its footnotes and endnotes after a blank line.
pub(super) fn odt_text(bytes: &[u8]) -> Result<String, ExtractError> {
    let package = Package::open(bytes, Format::Odt)?;
    // ODF encrypts parts with its own scheme (the ZIP's encryption flag stays clear) and says
    // so in the manifest; the encrypted parts would only fail to inflate.
    if let Ok(Some(manifest)) = package.read("META-INF/manifest.xml") {
        if xml::as_text(&manifest).contains("encryption-data") {
            return Err(ExtractError::Encrypted(Format::Odt));
        }
    }
    let content = package.read("content.xml")?.ok_or(ExtractError::Damaged(
        "it has no content.xml, so it is not an OpenDocument file",
    ))?;
    Ok(opendocument_text(&xml::as_text(&content)))
}

/// Most spaces one `<text:s/>` may stand for: a real document never needs more, and a hostile
/// one could otherwise ask for billions.
const MAX_SPACES: usize = 100;

/// Elements whose text is not the document's running text: the mark of a note (its number),
/// comments, tracked deletions, and a frame's title or description.
const ODF_SKIPPED: [&str; 5] = [
    "text:note-citation",
    "office:annotation",
    "text:tracked-changes",
    "svg:title",
    "svg:desc",
];

/// The text of an OpenDocument `content.xml`.
fn opendocument_text(xml: &str) -> String {
    let mut body = String::new();
    let mut notes = String::new();
    let mut skipped = 0usize;
    let mut paragraphs = 0usize;
    let mut in_note = 0usize;
    // ODF collapses runs of white space in character data to one space, and drops it at the
    // start of a paragraph; `<text:s/>` is how a document keeps more than one.
    let mut after_space = true;
    for token in xml::tokens(xml) {
        let out = if in_note > 0 { &mut notes } else { &mut body };
        match token {
            Token::Start {
                name,
                attributes,
                empty,
            } => {
                let skips = ODF_SKIPPED.contains(&name);
                if skipped > 0 || skips {
                    skipped += usize::from(skips && !empty);
                    continue;
                }
                match xml::local_name(name) {
                    "p" | "h" if empty => out.push('\n'),
                    "p" | "h" => {
                        paragraphs += 1;
                        after_space = true;
                    }
                    "note-body" if !empty => in_note += 1,
                    "s" if paragraphs > 0 => {
                        let count = xml::attribute(attributes, "text:c")
                            .and_then(|c| c.trim().parse::<usize>().ok())
                            .unwrap_or(1);
                        out.extend(std::iter::repeat_n(' ', count.min(MAX_SPACES)));
                        after_space = false;
                    }
                    "tab" if paragraphs > 0 => {
                        out.push('\t');
                        after_space = true;
                    }
                    "line-break" if paragraphs > 0 => {
                        out.push('\n');
                        after_space = true;
                    }
                    _ => {}
                }
            }
            Token::End { name } => {
                if skipped > 0 {
                    skipped -= usize::from(ODF_SKIPPED.contains(&name));
                    continue;
                }
                match xml::local_name(name) {
                    "p" | "h" => {
                        paragraphs = paragraphs.saturating_sub(1);
                        out.push('\n');
                        after_space = true;
                    }
                    "note-body" => {
                        in_note = in_note.saturating_sub(1);
                        after_space = false;
                    }
                    _ => {}
                }
            }
            Token::Text(raw) if paragraphs > 0 && skipped == 0 => {
                let mut decoded = String::new();
                xml::decode_into(raw, &mut decoded);
                for c in decoded.chars() {
                    if matches!(c, ' ' | '\t' | '\n' | '\r') {
                        if !after_space {
                            out.push(' ');
                        }
                        after_space = true;
                    } else {
                        out.push(c);
                        after_space = false;
                    }
                }
            }
            Token::Cdata(raw) if paragraphs > 0 && skipped == 0 => {
                out.push_str(raw);
                after_space = raw.ends_with(' ');
            }
            Token::Text(_) | Token::Cdata(_) => {}
        }
    }
    if !notes.is_empty() {
        body.push_str("\n\n");
        body.push_str(&notes);
    }
    body
}
