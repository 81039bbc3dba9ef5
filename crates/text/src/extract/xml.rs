//! Just enough XML to read a document's text: a forgiving tokenizer (tags, text, CDATA) and the
//! five predefined entities plus numeric character references.
//!
//! Comments, processing instructions and the DOCTYPE are skipped, and entities a DTD declares are
//! never expanded, so entity tricks ("billion laughs", external entities) cost nothing. A
//! malformed tag ends the document where it stands: what came before is still text worth
//! indexing.

use std::borrow::Cow;

/// One piece of an XML document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Token<'a> {
    /// `<name attributes>`, or `<name attributes/>` when `empty`.
    Start {
        name: &'a str,
        attributes: &'a str,
        empty: bool,
    },
    /// `</name>`.
    End { name: &'a str },
    /// Character data between tags, entities not yet decoded (see [`decode_into`]).
    Text(&'a str),
    /// The content of a CDATA section, taken literally.
    Cdata(&'a str),
}

/// The tokens of `xml`, in order.
pub(super) fn tokens(xml: &str) -> Tokens<'_> {
    Tokens { xml, at: 0 }
}

/// An iterator over the [`Token`]s of a document.
pub(super) struct Tokens<'a> {
    xml: &'a str,
    at: usize,
}

impl<'a> Iterator for Tokens<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        loop {
            let rest = self.xml.get(self.at..)?;
            if rest.is_empty() {
                return None;
            }
            if !rest.starts_with('<') {
                let len = rest.find('<').unwrap_or(rest.len());
                self.at += len;
                return Some(Token::Text(&rest[..len]));
            }
            let skip_past = |end: &str| rest.find(end).map(|i| i + end.len());
            if let Some(body) = rest.strip_prefix("<![CDATA[") {
                let len = body.find("]]>")?;
                self.at += "<![CDATA[".len() + len + "]]>".len();
                return Some(Token::Cdata(&body[..len]));
            }
            if rest.starts_with("<!--") {
                self.at += skip_past("-->")?;
                continue;
            }
            if rest.starts_with("<?") {
                self.at += skip_past("?>")?;
                continue;
            }
            if rest.starts_with("<!") {
                // A DOCTYPE, whose internal subset in brackets may itself hold `>`.
                let close = rest.find('>')?;
                self.at += match rest[..close].find('[') {
                    Some(_) => skip_past("]>").or_else(|| skip_past("]"))?,
                    None => close + 1,
                };
                continue;
            }
            let len = tag_len(rest)?;
            self.at += len;
            let inner = &rest[1..len - 1];
            if let Some(name) = inner.strip_prefix('/') {
                return Some(Token::End { name: name.trim() });
            }
            let (inner, empty) = match inner.strip_suffix('/') {
                Some(inner) => (inner, true),
                None => (inner, false),
            };
            let name_len = inner
                .find(|c: char| c.is_ascii_whitespace())
                .unwrap_or(inner.len());
            return Some(Token::Start {
                name: &inner[..name_len],
                attributes: &inner[name_len..],
                empty,
            });
        }
    }
}

/// The length of the tag at the start of `rest`, up to and including its `>`; a `>` inside a
/// quoted attribute value does not end it.
fn tag_len(rest: &str) -> Option<usize> {
    let mut quote = None;
    for (i, byte) in rest.bytes().enumerate() {
        match (quote, byte) {
            (None, b'"' | b'\'') => quote = Some(byte),
            (Some(open), _) if byte == open => quote = None,
            (None, b'>') => return Some(i + 1),
            _ => {}
        }
    }
    None
}

/// The part of `name` after its namespace prefix: `p` for `w:p`.
pub(super) fn local_name(name: &str) -> &str {
    name.rsplit(':').next().unwrap_or(name)
}

/// The raw value of the attribute `wanted` (with its prefix, as written) among `attributes`.
pub(super) fn attribute<'a>(attributes: &'a str, wanted: &str) -> Option<&'a str> {
    let mut rest = attributes;
    loop {
        rest = rest.trim_start();
        let equals = rest.find('=')?;
        let name = rest[..equals].trim();
        let after = rest[equals + 1..].trim_start();
        let quote = after.chars().next().filter(|c| matches!(c, '"' | '\''))?;
        let value_and_rest = &after[1..];
        let end = value_and_rest.find(quote)?;
        if name == wanted {
            return Some(&value_and_rest[..end]);
        }
        rest = &value_and_rest[end + 1..];
    }
}

/// Appends `raw` character data to `out` with entity and character references decoded. An
/// unknown entity is kept as written; a reference to a character that cannot exist becomes
/// U+FFFD.
pub(super) fn decode_into(raw: &str, out: &mut String) {
    let mut rest = raw;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        // Entity names are short; a `&` with no `;` close by is a stray ampersand.
        let Some(semi) = rest.get(..rest.len().min(12)).and_then(|s| s.find(';')) else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let decoded = match &rest[1..semi] {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            reference => character_reference(reference),
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &rest[semi + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
}

/// The character of `#233` or `#xE9`; `None` when `reference` is not a character reference.
fn character_reference(reference: &str) -> Option<char> {
    let number = reference.strip_prefix('#')?;
    let code = match number.strip_prefix(['x', 'X']) {
        Some(hex) => u32::from_str_radix(hex, 16),
        None => number.parse(),
    }
    .ok()?;
    Some(
        char::from_u32(code)
            .filter(|&c| c != '\0')
            .unwrap_or('\u{FFFD}'),
    )
}

/// The text of an XML part's bytes: UTF-8, or UTF-16 when it starts with a byte-order mark.
/// Invalid sequences become U+FFFD rather than failing: the rest is still text.
pub(super) fn as_text(bytes: &[u8]) -> Cow<'_, str> {
    let utf16 = |bytes: &[u8], from: fn([u8; 2]) -> u16| {
        let units = bytes.chunks_exact(2).map(|pair| from([pair[0], pair[1]]));
        Cow::Owned(
            char::decode_utf16(units)
                .map(|c| c.unwrap_or('\u{FFFD}'))
                .collect(),
        )
    };
    match bytes {
        [0xEF, 0xBB, 0xBF, rest @ ..] => String::from_utf8_lossy(rest),
        [0xFE, 0xFF, rest @ ..] => utf16(rest, u16::from_be_bytes),
        [0xFF, 0xFE, rest @ ..] => utf16(rest, u16::from_le_bytes),
        _ => String::from_utf8_lossy(bytes),
    }
}
