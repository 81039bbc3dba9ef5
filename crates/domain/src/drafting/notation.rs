//! The plain-text notation of a negotiating text, which a secretariat can paste in and get back
//! out unchanged. One block per paragraph or heading, blocks separated by a blank line:
//!
//! ```text
//! ## Enhanced cooperation
//!
//! PP1. Recalling the Tunis Agenda for the Information Society,
//!
//! OP5 bis. Invites [all]{EU; 2017-09-26; wider than the mandate} stakeholders to
//! [[strengthen]{G77} cooperation]{US}.
//!
//! OP6.
//! Alt 1: Recommends a new mechanism.
//! Alt 2: Recommends [no new mechanism]{Chair}.
//! ```
//!
//! - `## ` starts a heading; `PP3.`, `OP5 bis.` start a paragraph (see [`Number`]), its text on
//!   the same line, or its alternatives on the lines after, `Alt 1:`, `Alt 2:`… in order.
//! - `[` and `]` enclose text not yet agreed; brackets nest. Right after `]`, an annotation in
//!   braces says who proposed the bracket, when and why: `{sponsor; YYYY-MM-DD; reason}`, every
//!   part optional (`{EU}`, `{; ; placed by the Chair}`).
//! - `\[`, `\]`, `\{`, `\}`, `\;` and `\\` stand for the characters themselves.
//! - A line that starts nothing new continues the text before it, joined with a space.
//!
//! [`print`] writes the canonical form, which [`parse`] reads back to the same [`Draft`].
//!
//! Brackets nest at most [`MAX_DEPTH`] deep, and every walk over a text is iterative, so a
//! hostile text can neither be stored nor exhaust a thread's stack when shown.

use std::fmt::Write as _;

use time::Date;

use super::number::{Number, NumberError};
use crate::dates::{format_date, parse_date};

/// A bracketed span: text not yet agreed, with who proposed the bracket, when and why.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Bracket {
    /// The delegation or group that asked for it ("" when not said).
    pub sponsor: String,
    /// The day it was proposed.
    pub proposed_on: Option<Date>,
    /// Why ("" when not said).
    pub reason: String,
    /// What it encloses, itself possibly bracketed.
    pub content: Vec<Span>,
}

/// A piece of a paragraph's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Span {
    /// Plain text.
    Text(String),
    /// Bracketed text.
    Bracket(Bracket),
}

/// A paragraph: its number and its text, or its alternatives when there are several.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    /// Its number, which never changes.
    pub number: Number,
    /// One text, or the alternatives `Alt 1`, `Alt 2`… in order.
    pub alternatives: Vec<Vec<Span>>,
}

/// A heading or a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// A section heading.
    Heading(String),
    /// A paragraph.
    Paragraph(Paragraph),
}

/// A whole negotiating text.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Draft {
    /// Headings and paragraphs in order.
    pub blocks: Vec<Block>,
}

/// Where and why a text could not be read; `code` names the message to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotationError {
    /// The line (from 1).
    pub line: usize,
    /// The character in that line (from 1).
    pub column: usize,
    /// What is wrong, as a stable code (`unclosed_bracket`…).
    pub code: &'static str,
    /// What is wrong, in English.
    pub message: String,
}

fn error(
    line: usize,
    column: usize,
    code: &'static str,
    message: impl Into<String>,
) -> NotationError {
    NotationError {
        line,
        column,
        code,
        message: message.into(),
    }
}

/// How deep brackets may nest. Negotiated texts rarely go past three or four levels; the bound
/// keeps every text that can be stored small enough to walk, print and drop.
pub const MAX_DEPTH: usize = 32;

/// One step of a walk over spans in reading order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step<'a> {
    /// Plain text.
    Text(&'a str),
    /// A bracket opens (its content follows, then its [`Step::Close`]).
    Open(&'a Bracket),
    /// The bracket opened last closes.
    Close(&'a Bracket),
}

/// Walks `spans` in reading order with an explicit stack rather than recursion, so that no text,
/// however deep, can exhaust the stack of the thread that shows it.
pub fn walk<'a>(spans: &'a [Span], mut visit: impl FnMut(Step<'a>)) {
    let mut stack: Vec<(Option<&'a Bracket>, std::slice::Iter<'a, Span>)> =
        vec![(None, spans.iter())];
    while let Some((_, iter)) = stack.last_mut() {
        match iter.next() {
            Some(Span::Text(text)) => visit(Step::Text(text)),
            Some(Span::Bracket(b)) => {
                visit(Step::Open(b));
                stack.push((Some(b), b.content.iter()));
            }
            None => {
                if let Some((Some(closed), _)) = stack.pop() {
                    visit(Step::Close(closed));
                }
            }
        }
    }
}

/// Counts the brackets in `spans`, nested ones included.
pub fn count_brackets(spans: &[Span]) -> usize {
    let mut count = 0;
    walk(spans, |step| {
        if let Step::Open(_) = step {
            count += 1;
        }
    });
    count
}

/// The words of `spans` without brackets or annotations, as the text would read if every
/// bracket were accepted.
pub fn plain_text(spans: &[Span]) -> String {
    let mut text = String::new();
    walk(spans, |step| {
        if let Step::Text(t) = step {
            text.push_str(t);
        }
    });
    text
}

// ---------------------------------------------------------------------------------------------
// Reading

/// Reads a whole text. Every problem is reported with its line and column.
pub fn parse(input: &str) -> Result<Draft, NotationError> {
    let mut draft = Draft::default();
    let mut open: Option<Reading> = None;
    for (index, raw) in input.lines().enumerate() {
        let line_no = index + 1;
        let line = raw.trim_end();
        if line.trim().is_empty() {
            finish(&mut draft, open.take())?;
            continue;
        }
        if let Some(heading) = line.strip_prefix("## ") {
            finish(&mut draft, open.take())?;
            let heading = heading.trim();
            if heading.is_empty() {
                return Err(error(line_no, 1, "empty_heading", "A heading has no text"));
            }
            draft.blocks.push(Block::Heading(heading.to_owned()));
            continue;
        }
        if let Some((number, text, column)) = header(line, line_no)? {
            finish(&mut draft, open.take())?;
            let inline = !text.is_empty();
            let alternatives = if inline {
                vec![(line_no, column, text.to_owned())]
            } else {
                Vec::new()
            };
            open = Some(Reading {
                number,
                line: line_no,
                texts: alternatives,
                inline,
            });
            continue;
        }
        let Some(Reading {
            texts: alternatives,
            inline,
            ..
        }) = open.as_mut()
        else {
            return Err(error(
                line_no,
                1,
                "text_outside_paragraph",
                "This text belongs to no paragraph: start it with a number such as OP1.",
            ));
        };
        if let Some((n, text, column)) = alternative(line) {
            if *inline {
                return Err(error(
                    line_no,
                    1,
                    "alternatives_with_text",
                    "A paragraph has either its text after its number or alternatives, not both",
                ));
            }
            if n != alternatives.len() + 1 {
                return Err(error(
                    line_no,
                    1,
                    "alternative_out_of_order",
                    format!("Expected Alt {}", alternatives.len() + 1),
                ));
            }
            alternatives.push((line_no, column, text.to_owned()));
            continue;
        }
        match alternatives.last_mut() {
            Some((_, _, text)) => {
                text.push(' ');
                text.push_str(line.trim());
            }
            None => {
                return Err(error(
                    line_no,
                    1,
                    "text_before_alternative",
                    "Alternatives start with Alt 1:",
                ))
            }
        }
    }
    finish(&mut draft, open.take())?;
    Ok(draft)
}

/// The paragraph being read: its number, its line, each alternative's text with the line and
/// column where it starts, and whether its text followed the number on the same line.
struct Reading {
    number: Number,
    line: usize,
    texts: Vec<(usize, usize, String)>,
    inline: bool,
}

/// Closes the paragraph being read.
fn finish(draft: &mut Draft, open: Option<Reading>) -> Result<(), NotationError> {
    let Some(Reading {
        number,
        line,
        texts,
        ..
    }) = open
    else {
        return Ok(());
    };
    if texts.is_empty() {
        return Err(error(
            line,
            1,
            "empty_paragraph",
            format!("Paragraph {number} has no text"),
        ));
    }
    let taken = draft
        .blocks
        .iter()
        .any(|b| matches!(b, Block::Paragraph(p) if p.number == number));
    if taken {
        return Err(error(
            line,
            1,
            "duplicate_number",
            format!("Paragraph {number} appears twice"),
        ));
    }
    let mut alternatives = Vec::with_capacity(texts.len());
    for (line, column, text) in texts {
        if text.trim().is_empty() {
            // `OP6.` then `Alt 1:` with nothing after it would print as `OP6. ` and no longer
            // read back: an alternative needs words.
            return Err(error(
                line,
                1,
                "empty_alternative",
                "This alternative has no text",
            ));
        }
        alternatives.push(parse_spans(&text, line, column)?);
    }
    draft.blocks.push(Block::Paragraph(Paragraph {
        number,
        alternatives,
    }));
    Ok(())
}

/// `OP5 bis. Text` → the number, the text and the column where the text starts.
fn header(line: &str, line_no: usize) -> Result<Option<(Number, &str, usize)>, NotationError> {
    let starts = line
        .get(..2)
        .is_some_and(|p| p.eq_ignore_ascii_case("PP") || p.eq_ignore_ascii_case("OP"));
    if !starts
        || !line[2..]
            .trim_start()
            .starts_with(|c: char| c.is_ascii_digit())
    {
        return Ok(None);
    }
    let Some(dot) = line.find('.') else {
        return Err(error(
            line_no,
            1,
            "bad_number",
            "A paragraph number ends with a full stop: OP5.",
        ));
    };
    let number = Number::parse(&line[..dot]).map_err(|e| {
        let message = match e {
            NumberError::Suffix(s) => {
                format!("“{s}” is not a paragraph suffix (bis, ter, quater…)")
            }
            _ => "This is not a paragraph number such as OP5 or PP3 bis".to_owned(),
        };
        error(line_no, 1, "bad_number", message)
    })?;
    let rest = &line[dot + 1..];
    let text = rest.trim();
    let column = line[..dot + 1].chars().count() + (rest.len() - rest.trim_start().len()) + 1;
    Ok(Some((number, text, column)))
}

/// `Alt 2: Text` → 2, the text and the column where it starts.
fn alternative(line: &str) -> Option<(usize, &str, usize)> {
    let rest = line.strip_prefix("Alt ")?;
    let colon = rest.find(':')?;
    let n: usize = rest[..colon].trim().parse().ok()?;
    let after = &rest[colon + 1..];
    let column = 4 + colon + 1 + (after.len() - after.trim_start().len()) + 1;
    Some((n, after.trim(), column))
}

/// An open bracket while reading: where it opened and what it holds so far.
struct Frame {
    column: usize,
    spans: Vec<Span>,
}

fn push_text(spans: &mut Vec<Span>, c: char) {
    match spans.last_mut() {
        Some(Span::Text(text)) => text.push(c),
        _ => spans.push(Span::Text(c.to_string())),
    }
}

/// Where text goes now: the innermost open bracket, or the text itself.
fn current<'a>(outer: &'a mut Vec<Span>, open: &'a mut [Frame]) -> &'a mut Vec<Span> {
    match open.last_mut() {
        Some(frame) => &mut frame.spans,
        None => outer,
    }
}

/// Reads one text with its brackets; `line` and `column` place it for error messages.
pub fn parse_spans(text: &str, line: usize, column: usize) -> Result<Vec<Span>, NotationError> {
    let chars: Vec<char> = text.chars().collect();
    let mut outer = Vec::new();
    let mut open: Vec<Frame> = Vec::new();
    let mut at = 0;
    while at < chars.len() {
        let c = chars[at];
        let here = column + at;
        match c {
            '\\' => match chars.get(at + 1) {
                Some(&next) if "[]{}\\;".contains(next) => {
                    push_text(current(&mut outer, &mut open), next);
                    at += 1;
                }
                // Any other backslash is a character like the others.
                _ => push_text(current(&mut outer, &mut open), c),
            },
            '[' if open.len() >= MAX_DEPTH => {
                return Err(error(
                    line,
                    here,
                    "too_deep",
                    format!("Brackets nest at most {MAX_DEPTH} deep"),
                ))
            }
            '[' => open.push(Frame {
                column: here,
                spans: Vec::new(),
            }),
            ']' => {
                let Some(frame) = open.pop() else {
                    return Err(error(
                        line,
                        here,
                        "unopened_bracket",
                        "This ] closes no bracket (write \\] for the character)",
                    ));
                };
                let mut bracket = Bracket {
                    content: frame.spans,
                    ..Bracket::default()
                };
                if chars.get(at + 1) == Some(&'{') {
                    let (annotation, end) = read_annotation(&chars, at + 1, line, column)?;
                    (bracket.sponsor, bracket.proposed_on, bracket.reason) = annotation;
                    at = end;
                }
                current(&mut outer, &mut open).push(Span::Bracket(bracket));
            }
            '{' | '}' => {
                return Err(error(
                    line,
                    here,
                    "stray_brace",
                    format!(
                    "A {c} belongs right after a closing bracket (write \\{c} for the character)"
                ),
                ))
            }
            _ => push_text(current(&mut outer, &mut open), c),
        }
        at += 1;
    }
    if let Some(unclosed) = open.last() {
        return Err(error(
            line,
            unclosed.column,
            "unclosed_bracket",
            "This [ is never closed",
        ));
    }
    Ok(outer)
}

type Annotation = (String, Option<Date>, String);

/// Reads `{sponsor; date; reason}` starting at the `{` at `start`; returns it and the position
/// of its `}`.
fn read_annotation(
    chars: &[char],
    start: usize,
    line: usize,
    column: usize,
) -> Result<(Annotation, usize), NotationError> {
    let mut fields = vec![String::new()];
    let mut at = start + 1;
    loop {
        let Some(&c) = chars.get(at) else {
            return Err(error(
                line,
                column + start,
                "bad_annotation",
                "This { is never closed",
            ));
        };
        match c {
            '\\' if chars.get(at + 1).is_some_and(|n| "[]{}\\;".contains(*n)) => {
                if let Some(field) = fields.last_mut() {
                    field.push(chars[at + 1]);
                }
                at += 1;
            }
            ';' => fields.push(String::new()),
            '}' => break,
            '{' | '[' | ']' => {
                return Err(error(
                    line,
                    column + at,
                    "bad_annotation",
                    format!("A {c} inside braces must be written \\{c}"),
                ))
            }
            _ => {
                if let Some(field) = fields.last_mut() {
                    field.push(c);
                }
            }
        }
        at += 1;
    }
    if fields.len() > 3 {
        return Err(error(
            line,
            column + start,
            "bad_annotation",
            "Braces hold at most three parts: {sponsor; date; reason} (write \\; for the character)",
        ));
    }
    fields.resize(3, String::new());
    let date_text = fields[1].trim();
    let proposed_on = if date_text.is_empty() {
        None
    } else {
        Some(parse_date("proposed_on", date_text).map_err(|_| {
            error(
                line,
                column + start,
                "bad_date",
                format!("“{date_text}” is not a date such as 2017-09-26"),
            )
        })?)
    };
    Ok((
        (
            fields[0].trim().to_owned(),
            proposed_on,
            fields[2].trim().to_owned(),
        ),
        at,
    ))
}

// ---------------------------------------------------------------------------------------------
// Writing

/// Writes a whole text in the canonical notation.
pub fn print(draft: &Draft) -> String {
    let mut out = String::new();
    for (i, block) in draft.blocks.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        match block {
            Block::Heading(text) => {
                let _ = writeln!(out, "## {text}");
            }
            Block::Paragraph(p) => out.push_str(&print_paragraph(p)),
        }
    }
    out
}

/// Writes one paragraph, ending with a line break.
pub fn print_paragraph(paragraph: &Paragraph) -> String {
    let mut out = format!("{}.", paragraph.number);
    match paragraph.alternatives.as_slice() {
        [only] => {
            let _ = writeln!(out, " {}", print_spans(only));
        }
        alternatives => {
            out.push('\n');
            for (n, spans) in alternatives.iter().enumerate() {
                let _ = writeln!(out, "Alt {}: {}", n + 1, print_spans(spans));
            }
        }
    }
    out
}

/// Writes a text with its brackets and their annotations.
pub fn print_spans(spans: &[Span]) -> String {
    let mut out = String::new();
    write_spans(&mut out, spans);
    out
}

fn write_spans(out: &mut String, spans: &[Span]) {
    walk(spans, |step| match step {
        Step::Text(text) => escape(out, text, "[]{}\\"),
        Step::Open(_) => out.push('['),
        Step::Close(b) => {
            out.push(']');
            let date = b.proposed_on.map(format_date).unwrap_or_default();
            let mut fields = vec![b.sponsor.as_str(), date.as_str(), b.reason.as_str()];
            while fields.last().is_some_and(|f| f.is_empty()) {
                fields.pop();
            }
            if !fields.is_empty() {
                out.push('{');
                for (i, field) in fields.iter().enumerate() {
                    if i > 0 {
                        out.push_str("; ");
                    }
                    escape(out, field, "[]{}\\;");
                }
                out.push('}');
            }
        }
    });
}

fn escape(out: &mut String, text: &str, special: &str) {
    for c in text.chars() {
        if special.contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
}

#[cfg(test)]
mod tests;
