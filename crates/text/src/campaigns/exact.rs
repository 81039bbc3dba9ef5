//! The exact Jaccard similarity of two distinct texts' shingle sets, for the candidate pairs
//! whose estimate falls within a margin of the threshold, below or above it
//! ([`super::lsh::NearMiss`]).
//!
//! A text's set is computed when first needed, from its words as the signatures read them
//! ([`normalise::word_hashes`], [`minhash::shingle_set`]), so the exact similarity is that of
//! the very sets the signatures estimate. Sets are kept for the next near miss that involves
//! the same text, within a fixed budget: see [`ShingleSets::BUDGET`].

use super::{minhash, normalise};

/// Shingle sets of items (distinct texts), computed on demand and kept within a bound.
pub(super) struct ShingleSets<'t> {
    texts: &'t [&'t str],
    /// Per item, the index of its text.
    item_text: &'t [u32],
    shingle: usize,
    /// The sets kept, by item.
    kept: Vec<Option<Box<[u32]>>>,
    /// The items whose set is kept.
    kept_items: Vec<u32>,
    /// Hashes held in `kept`.
    held: usize,
    /// At most this many hashes are held.
    budget: usize,
    /// Word hashes and shingles of the text being read.
    words: Vec<u64>,
    set: Vec<u32>,
}

impl<'t> ShingleSets<'t> {
    /// At most this many shingle hashes (4 bytes each: 32 MiB) are kept at once; when one more
    /// set would pass it, all but the pair at hand are dropped (so the pair at hand may pass it
    /// by one set). About 40,000 letters of 200
    /// words fit. Besides, 16 bytes per item (the slot of its set, 12 MB for a million distinct
    /// texts, against 512 bytes for its signature) and 4 bytes per set kept. A set dropped is
    /// computed again if needed, which costs reading its text once more (a few microseconds for
    /// a letter).
    pub(super) const BUDGET: usize = 8 << 20;

    /// Sets of the `shingle`-word shingles of items whose texts are
    /// `texts[item_text[item]]`, within [`Self::BUDGET`].
    pub(super) fn new(texts: &'t [&'t str], item_text: &'t [u32], shingle: usize) -> Self {
        Self::with_budget(texts, item_text, shingle, Self::BUDGET)
    }

    /// The same, keeping at most `budget` hashes.
    fn with_budget(
        texts: &'t [&'t str],
        item_text: &'t [u32],
        shingle: usize,
        budget: usize,
    ) -> Self {
        Self {
            texts,
            item_text,
            shingle,
            kept: vec![None; item_text.len()],
            kept_items: Vec::new(),
            held: 0,
            budget,
            words: Vec::new(),
            set: Vec::new(),
        }
    }

    /// The shingle sets of items `a` and `b`.
    pub(super) fn pair(&mut self, a: usize, b: usize) -> (&[u32], &[u32]) {
        for (item, other) in [(a, b), (b, a)] {
            if self.kept[item].is_some() {
                continue;
            }
            normalise::word_hashes(self.texts[self.item_text[item] as usize], &mut self.words);
            minhash::shingle_set(&self.words, self.shingle, &mut self.set);
            let set: Box<[u32]> = self.set.as_slice().into();
            if self.held + set.len() > self.budget {
                self.drop_all_but(other);
            }
            self.held += set.len();
            self.kept_items.push(item as u32);
            self.kept[item] = Some(set);
        }
        (
            self.kept[a].as_deref().unwrap_or_default(),
            self.kept[b].as_deref().unwrap_or_default(),
        )
    }

    /// Drops every kept set but `item`'s.
    fn drop_all_but(&mut self, item: usize) {
        for i in std::mem::take(&mut self.kept_items) {
            if i as usize != item {
                self.kept[i as usize] = None;
            }
        }
        self.held = self.kept[item].as_ref().map_or(0, |s| s.len());
        if self.held > 0 {
            self.kept_items.push(item as u32);
        }
    }

    /// Hashes held now (for the tests of the bound).
    #[cfg(test)]
    fn held(&self) -> usize {
        self.held
    }
}

/// The confirmation of uncertain estimates in [`super::cluster`]: whether two classes (distinct
/// normalised texts) reach the threshold in exact similarity. Each class's last failed partner is
/// remembered (4 bytes per class), since the same pair meets again in other bands.
pub(super) struct Confirm<'t> {
    sets: ShingleSets<'t>,
    /// Per class, the last class it was found not similar enough to (`u32::MAX`: none).
    failed: Vec<u32>,
    threshold: f64,
}

impl<'t> Confirm<'t> {
    /// For classes whose texts are `texts[class_text[class]]`, with `shingle`-word shingles.
    pub(super) fn new(
        texts: &'t [&'t str],
        class_text: &'t [u32],
        shingle: usize,
        threshold: f64,
    ) -> Self {
        Self {
            sets: ShingleSets::new(texts, class_text, shingle),
            failed: vec![u32::MAX; class_text.len()],
            threshold,
        }
    }

    /// Whether classes `a` and `b` reach the threshold in exact Jaccard similarity.
    pub(super) fn similar(&mut self, a: usize, b: usize) -> bool {
        if self.failed[a] == b as u32 || self.failed[b] == a as u32 {
            return false;
        }
        let (set_a, set_b) = self.sets.pair(a, b);
        let similar = minhash::exact_jaccard_reaches(set_a, set_b, self.threshold);
        if !similar {
            self.failed[a] = b as u32;
            self.failed[b] = a as u32;
        }
        similar
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_similarity_of_texts_and_a_bounded_store() {
        let base: Vec<String> = (0..200).map(|i| format!("w{i}")).collect();
        let mut edited = base.clone();
        // Four words changed, far apart: 20 of the 196 shingles differ, 176 / 216 shared.
        for i in [20, 70, 120, 170] {
            edited[i] = format!("x{i}");
        }
        let (a, b) = (base.join(" "), edited.join(" "));
        let upper = a.to_uppercase();
        let texts = [a.as_str(), b.as_str(), upper.as_str()];
        let items = [0, 1, 2];
        let mut sets = ShingleSets::new(&texts, &items, 5);
        let (x, y) = sets.pair(0, 1);
        assert!((minhash::exact_jaccard(x, y) - 176.0 / 216.0).abs() < 1e-12);
        let (x, y) = sets.pair(0, 2);
        assert_eq!(x, y);
        assert_eq!(sets.held(), 3 * 196);

        let mut confirm = Confirm::new(&texts, &items, 5, 0.8);
        assert!(confirm.similar(0, 1));
        let mut confirm = Confirm::new(&texts, &items, 5, 0.82);
        assert!(!confirm.similar(0, 1));
        assert!(!confirm.similar(1, 0));
        assert!(confirm.similar(2, 0));

        // Many distinct texts: what is kept never passes the budget (here ten texts' worth),
        // and a set dropped is computed again, the same.
        let many: Vec<String> = (0..50)
            .map(|t| {
                (0..200)
                    .map(|i| format!("t{t}w{i}"))
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        let refs: Vec<&str> = many.iter().map(String::as_str).collect();
        let items: Vec<u32> = (0..50).collect();
        let budget = 10 * 196;
        let mut sets = ShingleSets::with_budget(&refs, &items, 5, budget);
        let mut most = 0;
        for t in 1..50 {
            let (x, y) = sets.pair(0, t);
            assert_eq!((x.len(), minhash::exact_jaccard(x, y)), (196, 0.0));
            most = most.max(sets.held());
        }
        assert!(most <= budget && most > budget / 2, "{most}");
        let (x, y) = sets.pair(1, 1);
        assert_eq!((x.len(), minhash::exact_jaccard(x, y)), (196, 1.0));
    }
}
