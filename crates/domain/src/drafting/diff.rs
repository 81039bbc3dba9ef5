//! Word-level differences between two versions of a text, as a reader compares a paragraph with
//! an amendment: words kept, removed and inserted, with the spaces and punctuation between them
//! kept in place so that the pieces put together give back either version.

/// One piece of a comparison.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    /// In both versions.
    Same(String),
    /// Only in the earlier version.
    Removed(String),
    /// Only in the later version.
    Inserted(String),
}

/// Beyond this many word pairs the comparison is not worked out word by word: the whole text is
/// shown as replaced (a paragraph has some hundreds of words; this bounds time and memory).
const MAX_CELLS: usize = 4_000_000;

/// Splits a text into words, each with the spaces after it; a punctuation mark or a character
/// of a script written without spaces (Chinese, Japanese) is a word of its own.
fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    // Spaces before the first word stand alone.
    while chars.peek().is_some_and(|(_, c)| c.is_whitespace()) {
        chars.next();
    }
    if let Some(&(at, _)) = chars.peek() {
        if at > 0 {
            out.push(&text[..at]);
        }
    } else if !text.is_empty() {
        out.push(text);
    }
    while let Some((at, c)) = chars.next() {
        let mut end = at + c.len_utf8();
        let spaced_word = |c: char| c.is_alphanumeric() && !is_unspaced(c);
        if spaced_word(c) {
            while let Some(&(next, d)) = chars.peek() {
                if !spaced_word(d) {
                    break;
                }
                end = next + d.len_utf8();
                chars.next();
            }
        }
        while let Some(&(next, d)) = chars.peek() {
            if !d.is_whitespace() {
                break;
            }
            end = next + d.len_utf8();
            chars.next();
        }
        out.push(&text[at..end]);
    }
    out
}

fn is_unspaced(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}')
}

/// Compares `before` with `after`, word by word (longest common subsequence).
pub fn diff_words(before: &str, after: &str) -> Vec<Edit> {
    let (a, b) = (tokens(before), tokens(after));
    // Common ends first: most amendments change a few words in the middle.
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..]
        .iter()
        .rev()
        .zip(b[prefix..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (middle_a, middle_b) = (&a[prefix..a.len() - suffix], &b[prefix..b.len() - suffix]);
    let mut edits = Vec::new();
    push(&mut edits, Edit::Same(a[..prefix].concat()));
    if middle_a.len().saturating_mul(middle_b.len()) > MAX_CELLS {
        push(&mut edits, Edit::Removed(middle_a.concat()));
        push(&mut edits, Edit::Inserted(middle_b.concat()));
    } else {
        for edit in lcs(middle_a, middle_b) {
            push(&mut edits, edit);
        }
    }
    push(&mut edits, Edit::Same(a[a.len() - suffix..].concat()));
    edits
}

/// Adds an edit, merging it with the one before when they are of the same kind.
fn push(edits: &mut Vec<Edit>, edit: Edit) {
    let text_of = |e: &Edit| match e {
        Edit::Same(t) | Edit::Removed(t) | Edit::Inserted(t) => t.is_empty(),
    };
    if text_of(&edit) {
        return;
    }
    match (edits.last_mut(), edit) {
        (Some(Edit::Same(last)), Edit::Same(t))
        | (Some(Edit::Removed(last)), Edit::Removed(t))
        | (Some(Edit::Inserted(last)), Edit::Inserted(t)) => last.push_str(&t),
        (_, edit) => edits.push(edit),
    }
}

fn lcs(a: &[&str], b: &[&str]) -> Vec<Edit> {
    let (n, m) = (a.len(), b.len());
    // lengths[i][j]: the longest common subsequence of a[i..] and b[j..].
    let mut lengths = vec![0u32; (n + 1) * (m + 1)];
    let at = |i: usize, j: usize| i * (m + 1) + j;
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lengths[at(i, j)] = if a[i] == b[j] {
                lengths[at(i + 1, j + 1)] + 1
            } else {
                lengths[at(i + 1, j)].max(lengths[at(i, j + 1)])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut edits = Vec::new();
    while i < n || j < m {
        if i < n && j < m && a[i] == b[j] {
            edits.push(Edit::Same(a[i].to_owned()));
            (i, j) = (i + 1, j + 1);
        } else if i < n && (j == m || lengths[at(i + 1, j)] >= lengths[at(i, j + 1)]) {
            // What goes comes before what replaces it.
            edits.push(Edit::Removed(a[i].to_owned()));
            i += 1;
        } else {
            edits.push(Edit::Inserted(b[j].to_owned()));
            j += 1;
        }
    }
    edits
}

/// The earlier version, put back together from a comparison.
pub fn before_of(edits: &[Edit]) -> String {
    edits
        .iter()
        .filter_map(|e| match e {
            Edit::Same(t) | Edit::Removed(t) => Some(t.as_str()),
            Edit::Inserted(_) => None,
        })
        .collect()
}

/// The later version, put back together from a comparison.
pub fn after_of(edits: &[Edit]) -> String {
    edits
        .iter()
        .filter_map(|e| match e {
            Edit::Same(t) | Edit::Inserted(t) => Some(t.as_str()),
            Edit::Removed(_) => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn an_amendment_shows_the_words_it_changes() {
        let edits = diff_words(
            "Invites all stakeholders to strengthen cooperation.",
            "Invites Member States to strengthen cooperation.",
        );
        assert_eq!(
            edits,
            vec![
                Edit::Same("Invites ".into()),
                Edit::Removed("all stakeholders ".into()),
                Edit::Inserted("Member States ".into()),
                Edit::Same("to strengthen cooperation.".into()),
            ]
        );
    }

    #[test]
    fn chinese_compares_by_character() {
        let edits = diff_words("加强合作", "加强国际合作");
        assert_eq!(
            edits,
            vec![
                Edit::Same("加强".into()),
                Edit::Inserted("国际".into()),
                Edit::Same("合作".into()),
            ]
        );
    }

    proptest! {
        #[test]
        fn both_versions_come_back_from_the_comparison(
            before in "[a-c ,.加强]{0,40}",
            after in "[a-c ,.加强]{0,40}",
        ) {
            let edits = diff_words(&before, &after);
            prop_assert_eq!(before_of(&edits), before);
            prop_assert_eq!(after_of(&edits), after);
        }
    }
}
