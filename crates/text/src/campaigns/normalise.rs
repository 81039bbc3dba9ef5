//! Normalised words of an answer: HTML entities decoded, tags removed, lowercase, words as runs
//! of Unicode letters, digits and `_` (Python's `\w+`), the same cleaning as the datasketch
//! runner the detection is compared with, so both see the same words. One difference: Rust's
//! `char::is_alphanumeric` also counts the combining vowel signs of Indic scripts as letters
//! (Python's `\w` splits words there), which keeps such words whole. Named entities outside
//! the table below stay as text, where Python's `html.unescape` knows all of HTML5's.
//!
//! The hot path ([`word_hashes`]) never allocates a string per word: each word is hashed as it is
//! read, lowercased on the fly.

use std::borrow::Cow;

/// Decodes HTML character references (named ones that occur in public comments, and numeric
/// ones). Unknown references are left as they are.
pub fn unescape(text: &str) -> Cow<'_, str> {
    if !text.contains('&') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        // A reference is short; looking further than this for its `;` is not needed.
        let end = rest
            .char_indices()
            .take(12)
            .find(|&(_, c)| c == ';')
            .map(|(i, _)| i);
        let decoded = end.and_then(|end| decode_reference(&rest[1..end]).map(|c| (c, end)));
        match decoded {
            Some((c, end)) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

fn decode_reference(name: &str) -> Option<char> {
    if let Some(number) = name.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse::<u32>().ok()?,
        };
        return char::from_u32(code);
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "rsquo" => '\u{2019}',
        "lsquo" => '\u{2018}',
        "rdquo" => '\u{201d}',
        "ldquo" => '\u{201c}',
        "ndash" => '\u{2013}',
        "mdash" => '\u{2014}',
        "hellip" => '\u{2026}',
        "bull" => '\u{2022}',
        "middot" => '\u{b7}',
        "copy" => '\u{a9}',
        "reg" => '\u{ae}',
        "trade" => '\u{2122}',
        "sect" => '\u{a7}',
        "para" => '\u{b6}',
        "deg" => '\u{b0}',
        "eacute" => 'é',
        "egrave" => 'è',
        "aacute" => 'á',
        "agrave" => 'à',
        "ccedil" => 'ç',
        "ntilde" => 'ñ',
        "ouml" => 'ö',
        "uuml" => 'ü',
        "auml" => 'ä',
        "szlig" => 'ß',
        _ => return None,
    })
}

/// Whether a character belongs to a word (Python's `\w`).
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Calls `on` with each character of each word, lowercased, in order, and with `None` at the
/// end of each word. Entities are decoded twice (comments are often escaped twice) before tags
/// (`<` followed by at least one character and a `>`) are removed, as the peer does.
fn scan(text: &str, mut on: impl FnMut(Option<char>)) {
    let once = unescape(text);
    let twice = match unescape(&once) {
        Cow::Borrowed(_) => once,
        Cow::Owned(s) => Cow::Owned(s),
    };
    let bytes = twice.as_bytes();
    let mut in_word = false;
    // Where the next `>` is, so that a text full of `<` is still read in linear time.
    let mut next_gt: Option<usize> = None;
    let mut no_more_gt = false;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            if b.is_ascii_alphanumeric() || b == b'_' {
                on(Some(char::from(b.to_ascii_lowercase())));
                in_word = true;
                i += 1;
                continue;
            }
            if in_word {
                on(None);
                in_word = false;
            }
            if b == b'<' && !no_more_gt {
                if next_gt.is_none_or(|g| g <= i) {
                    next_gt = bytes[i + 1..]
                        .iter()
                        .position(|&c| c == b'>')
                        .map(|p| p + i + 1);
                    no_more_gt = next_gt.is_none();
                }
                if let Some(g) = next_gt {
                    if g > i + 1 {
                        i = g + 1;
                        continue;
                    }
                }
            }
            i += 1;
            continue;
        }
        let c = twice[i..].chars().next().unwrap_or(' ');
        if is_word_char(c) {
            for l in c.to_lowercase() {
                on(Some(l));
            }
            in_word = true;
        } else if in_word {
            on(None);
            in_word = false;
        }
        i += c.len_utf8();
    }
    if in_word {
        on(None);
    }
}

/// The normalised words of a text.
pub fn words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut current = String::new();
    scan(text, |c| match c {
        Some(c) => current.push(c),
        None => words.push(std::mem::take(&mut current)),
    });
    words
}

/// The normalised text: its words joined by single spaces.
pub fn normalise(text: &str) -> String {
    words(text).join(" ")
}

const K: u64 = 0x9E37_79B9_7F4A_7C15;

/// A 64-bit finaliser (splitmix64's), so that nearby inputs give unrelated hashes.
pub(crate) fn mix(mut x: u64) -> u64 {
    x ^= x >> 30;
    x = x.wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x ^= x >> 27;
    x = x.wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

/// Fills `out` with one 64-bit hash per normalised word (the same word always gives the same
/// hash) and returns a hash of the whole normalised text, which identifies exact duplicates.
pub fn word_hashes(text: &str, out: &mut Vec<u64>) -> u64 {
    out.clear();
    let mut state = 0u64;
    scan(text, |c| match c {
        Some(c) => {
            state = (state ^ u64::from(u32::from(c)))
                .wrapping_mul(K)
                .rotate_left(23)
        }
        None => {
            out.push(mix(state));
            state = 0;
        }
    });
    let mut h = out.len() as u64;
    for &w in out.iter() {
        h = (h ^ w).wrapping_mul(K).rotate_left(29);
    }
    mix(h)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_lowercase_word_runs_without_tags_or_entities() {
        assert_eq!(
            words("Dear <b>CMS</b>,&nbsp;it&#39;s &amp;lt;i&amp;gt;vital&lt;/i&gt; — Ünïcode_ok 2022!"),
            ["dear", "cms", "it", "s", "vital", "ünïcode_ok", "2022"]
        );
        assert_eq!(words("a < b and c > d"), ["a", "d"]);
        assert_eq!(words("a <> b < c"), ["a", "b", "c"]);
        assert_eq!(normalise("  Hello,\n\nWORLD  "), "hello world");
    }

    #[test]
    fn word_hashes_match_words() {
        let mut a = Vec::new();
        let mut b = Vec::new();
        let ha = word_hashes("Hello <p>world</p> hello", &mut a);
        let hb = word_hashes("HELLO world, hello.", &mut b);
        assert_eq!(a, b);
        assert_eq!(ha, hb);
        assert_eq!(a.len(), 3);
        assert_eq!(a[0], a[2]);
        assert_ne!(a[0], a[1]);
        let mut c = Vec::new();
        assert_ne!(word_hashes("hello world", &mut c), ha);
    }
}
