//! The passage of a text to show under a search result: the window of at most `max_chars`
//! characters holding the most distinct query words (then the most matches), cut at word
//! boundaries, with "…" where the text was cut and the matched words highlighted.
//!
//! The text is tokenised exactly as the index did (same language rule), so a highlighted word is
//! one the index matched: "negotiated" lights up for a query "negotiations". Excluded words are
//! not highlighted. One pass to tokenise, one to choose the window: a megabyte is no problem.

use std::collections::HashMap;

use super::index::reading_language;
use super::query::Query;
use crate::language::{Lang, Tokenizer};

/// A stretch of snippet text, highlighted or not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub text: String,
    pub highlighted: bool,
}

/// Where a word of the text is, in bytes and in characters, and which query term it matched.
#[derive(Debug, Clone, Copy)]
struct Word {
    start: usize,
    end: usize,
    start_char: usize,
    end_char: usize,
    matched: Option<usize>,
}

const ELLIPSIS: &str = "…";

/// The best passage of `text` for `query`, at most `max_chars` characters (plus the "…" marks).
/// `lang` is the text's language as given to the index. A text with no match gives its opening.
pub fn snippet(text: &str, lang: Option<Lang>, query: &Query, max_chars: usize) -> Vec<Piece> {
    if max_chars == 0 || text.is_empty() {
        return Vec::new();
    }
    let lang = reading_language(text, lang);
    let (terms, prefixes) = query.wanted_terms();
    let term_ids: HashMap<&str, usize> = terms.iter().enumerate().map(|(i, &t)| (t, i)).collect();
    let distinct = terms.len() + prefixes.len();
    let mut words: Vec<Word> = Vec::new();
    // Characters are counted from one word's start to the next: linear in the text, and right
    // for CJK bigrams, which overlap.
    let mut last_start = 0;
    let mut last_start_char = 0;
    Tokenizer::new().for_each_token(text, lang, |term, bytes, _| {
        let start_char = last_start_char + text[last_start..bytes.start].chars().count();
        let end_char = start_char + text[bytes.start..bytes.end].chars().count();
        last_start = bytes.start;
        last_start_char = start_char;
        let matched = term_ids.get(term).copied().or_else(|| {
            prefixes
                .iter()
                .position(|p| term.starts_with(p))
                .map(|i| terms.len() + i)
        });
        words.push(Word {
            start: bytes.start,
            end: bytes.end,
            start_char,
            end_char,
            matched,
        });
    });
    let total_chars = last_start_char + text[last_start..].chars().count();
    if total_chars <= max_chars {
        return pieces(text, &words, 0, text.len());
    }
    let (from, to) = window(text, &words, distinct, max_chars);
    let mut out = Vec::new();
    if from > 0 {
        out.push(Piece {
            text: ELLIPSIS.to_owned(),
            highlighted: false,
        });
    }
    out.extend(pieces(text, &words, from, to));
    if to < text.len() {
        out.push(Piece {
            text: ELLIPSIS.to_owned(),
            highlighted: false,
        });
    }
    join_plain(out)
}

/// The byte range of the window to show.
fn window(text: &str, words: &[Word], distinct: usize, max_chars: usize) -> (usize, usize) {
    let matches: Vec<&Word> = words.iter().filter(|w| w.matched.is_some()).collect();
    // Slide over the matches: the window from match i to match j (inclusive) fits if their
    // characters span at most max_chars; keep the one with the most distinct terms, then matches.
    let mut seen = vec![0usize; distinct];
    let mut distinct_in_window = 0;
    let mut best: Option<(usize, usize, usize, usize)> = None;
    let mut j = 0;
    for i in 0..matches.len() {
        if j < i {
            j = i;
        }
        while j < matches.len() && matches[j].end_char - matches[i].start_char <= max_chars {
            if let Some(t) = matches[j].matched {
                seen[t] += 1;
                if seen[t] == 1 {
                    distinct_in_window += 1;
                }
            }
            j += 1;
        }
        if j > i {
            let key = (distinct_in_window, j - i);
            if best.is_none_or(|(d, n, _, _)| key > (d, n)) {
                best = Some((distinct_in_window, j - i, i, j));
            }
            if let Some(t) = matches[i].matched {
                seen[t] -= 1;
                if seen[t] == 0 {
                    distinct_in_window -= 1;
                }
            }
        }
    }
    let (first_char, last_char) = match best {
        Some((_, _, i, j)) => (matches[i].start_char, matches[j - 1].end_char),
        // No match: the opening of the text. A matched word longer than the window: its start,
        // cut inside the word since it is all there is to show.
        None => match matches.first() {
            Some(m) if m.end_char - m.start_char > max_chars => {
                let end = text[m.start..m.end]
                    .char_indices()
                    .nth(max_chars)
                    .map_or(m.end, |(at, _)| m.start + at);
                return (m.start, end);
            }
            _ => (0, 0),
        },
    };
    // Context: a third of the slack before the matches, the rest after.
    let slack = max_chars - (last_char - first_char);
    let wanted_start = if best.is_some() {
        first_char.saturating_sub(slack / 3)
    } else {
        0
    };
    // The first word starting at or after the wanted start (never after the first match).
    let first = words.partition_point(|w| w.start_char < wanted_start);
    let from = if wanted_start == 0 {
        0
    } else {
        words.get(first).map_or(0, |w| w.start)
    };
    let from_char = if from == 0 {
        0
    } else {
        words.get(first).map_or(0, |w| w.start_char)
    };
    let limit = from_char + max_chars;
    // The last word ending within the limit.
    let last = words.partition_point(|w| w.end_char <= limit);
    let to = match last.checked_sub(1).and_then(|l| words.get(l)) {
        Some(w) if w.end > from => w.end,
        _ => from,
    };
    (from, to)
}

/// The text between `from` and `to` (byte offsets), split into plain and highlighted pieces.
fn pieces(text: &str, words: &[Word], from: usize, to: usize) -> Vec<Piece> {
    let to = floor_char_boundary(text, to);
    let mut out = Vec::new();
    let mut at = from;
    let first = words.partition_point(|w| w.start < from);
    for word in &words[first..] {
        if word.start >= to {
            break;
        }
        if word.matched.is_none() {
            continue;
        }
        // Clipped to the window and to what is already shown (bigrams overlap).
        let (start, end) = (word.start.max(at), word.end.min(to));
        if end <= start {
            continue;
        }
        if start > at {
            out.push(Piece {
                text: text[at..start].to_owned(),
                highlighted: false,
            });
        }
        out.push(Piece {
            text: text[start..end].to_owned(),
            highlighted: true,
        });
        at = end;
    }
    if to > at {
        out.push(Piece {
            text: text[at..to].to_owned(),
            highlighted: false,
        });
    }
    out
}

fn floor_char_boundary(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Joins neighbouring plain pieces (an ellipsis and the text after it).
fn join_plain(pieces: Vec<Piece>) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::with_capacity(pieces.len());
    for piece in pieces {
        match out.last_mut() {
            Some(last) if !last.highlighted && !piece.highlighted => {
                last.text.push_str(&piece.text)
            }
            _ => out.push(piece),
        }
    }
    out
}
