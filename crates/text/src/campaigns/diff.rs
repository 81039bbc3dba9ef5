//! What a variation changes in a campaign's common text, word by word: the runs of words it
//! adds and removes, from a longest common subsequence of the normalised words. Computed on
//! request for the variations a page shows, not for every answer while grouping.

use super::normalise::words;

/// A run of consecutive words that a variation adds or removes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// Words in the variation, not in the common text.
    Added(String),
    /// Words in the common text, not in the variation.
    Removed(String),
}

/// Above this many word pairs the table of a longest common subsequence is not built: the
/// changes are then the whole texts (a campaign letter is a few hundred words).
const MAX_CELLS: usize = 4_000_000;

/// The changes that turn `common` into `variant`, in text order.
pub fn word_changes(common: &str, variant: &str) -> Vec<Change> {
    let a = words(common);
    let b = words(variant);
    // Shared beginning and end first: most variations add a sentence at one end.
    let head = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let tail = a[head..]
        .iter()
        .rev()
        .zip(b[head..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a, b) = (&a[head..a.len() - tail], &b[head..b.len() - tail]);
    let mut changes = Vec::new();
    if a.len().saturating_mul(b.len()) > MAX_CELLS {
        push(&mut changes, Change::Removed(a.join(" ")));
        push(&mut changes, Change::Added(b.join(" ")));
        return changes;
    }
    // lcs[i][j]: length of a longest common subsequence of a[i..] and b[j..].
    let width = b.len() + 1;
    let mut lcs = vec![0u32; (a.len() + 1) * width];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i * width + j] = if a[i] == b[j] {
                lcs[(i + 1) * width + j + 1] + 1
            } else {
                lcs[(i + 1) * width + j].max(lcs[i * width + j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let (mut removed, mut added): (Vec<&str>, Vec<&str>) = (Vec::new(), Vec::new());
    let flush = |changes: &mut Vec<Change>, removed: &mut Vec<&str>, added: &mut Vec<&str>| {
        push(changes, Change::Removed(removed.join(" ")));
        push(changes, Change::Added(added.join(" ")));
        removed.clear();
        added.clear();
    };
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            flush(&mut changes, &mut removed, &mut added);
            i += 1;
            j += 1;
        } else if j < b.len()
            && (i == a.len() || lcs[i * width + j + 1] >= lcs[(i + 1) * width + j])
        {
            added.push(&b[j]);
            j += 1;
        } else {
            removed.push(&a[i]);
            i += 1;
        }
    }
    flush(&mut changes, &mut removed, &mut added);
    changes
}

fn push(changes: &mut Vec<Change>, change: Change) {
    let empty = match &change {
        Change::Added(s) | Change::Removed(s) => s.is_empty(),
    };
    if !empty {
        changes.push(change);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn added_sentence_and_edited_word() {
        let common = "Please protect the river. It feeds our town.";
        let variant = "As a fisher, I care. Please protect the creek. It feeds our town.";
        assert_eq!(
            word_changes(common, variant),
            [
                Change::Added("as a fisher i care".into()),
                Change::Removed("river".into()),
                Change::Added("creek".into()),
            ]
        );
        assert!(word_changes(common, "please PROTECT the river it feeds our town").is_empty());
    }
}
