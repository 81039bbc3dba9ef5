//! Membership by the campaign's letter: after the pairwise grouping, an answer joins a
//! campaign when it is close to the campaign's common text, whatever it adds or drops.
//!
//! Pairwise Jaccard similarity misses the way campaigns are built: two members who each edited
//! the letter in their own way (one added a personal paragraph, the other dropped one) are
//! each close to the letter but not to one another, and a member who added a long paragraph
//! of their own is not close to anybody in Jaccard terms, though they hold the whole letter.
//! So each campaign found pairwise gets a letter, and every answer (and every smaller
//! campaign's letter) is measured against the letters by containment both ways, as
//! datasketch's LSH Ensemble measures containment:
//!
//! - how much of the letter the answer holds, `|A ∩ L| / |L|` (a personal paragraph added
//!   leaves it near 1);
//! - how much of the answer is the letter, `|A ∩ L| / |A|` (a paragraph dropped leaves it
//!   near 1).
//!
//! The answer belongs to the campaign when the larger of the two reaches the threshold (one
//! text is, nearly all of it, inside the other) and the smaller reaches [`FLOOR`] (the part
//! they share is a real share of both: a sentence of the letter quoted in a text of one's own,
//! or a short note that is one sentence of the letter, is not membership); or when both reach
//! [`MAJORITY`] (most of the letter, and most of the answer: a member who dropped a paragraph
//! and added one of their own).
//!
//! The letter is the common text of the campaign: the shingles found in more than half of its
//! answers (of its [`SAMPLE`] most sent texts), so that personal additions, which each member
//! makes differently, fall out, and a paragraph most members keep stays in.
//!
//! Candidates come from the MinHash signatures already computed: an answer is measured against
//! a letter only when their signatures agree in at least [`MIN_AGREEING`] of the first
//! [`PROBE`] positions, which a pair passing the rule above (Jaccard similarity at least
//! 0.2) fails in about one case in 10⁴, and unrelated texts essentially never pass.

use std::collections::HashMap;

use super::lsh::UnionFind;
use super::minhash::{self, Permutations};
use super::normalise;

/// The smaller containment must reach this share: a quarter of the letter, or of the answer.
/// With the larger at 0.8 or more, the Jaccard similarity of a member and the letter is then at
/// least about 0.2.
pub const FLOOR: f64 = 0.25;

/// Both containments at this share or more make a member too: more than half of the letter
/// kept, and more than half of the answer the letter's. On the CMS-2022-0163 docket the
/// letter's versions rewritten most (the labels count some as members and some not) hold 0.44
/// to 0.56 of the letter with about as much of their own; the line falls within them.
pub const MAJORITY: f64 = 0.5;

/// A campaign's letter is drawn from at most this many of its distinct texts, the most sent
/// first.
pub const SAMPLE: usize = 32;

/// Signature positions looked at to find the letters an answer may belong to.
const PROBE: usize = 64;

/// Agreeing positions, of [`PROBE`], that make a letter a candidate. At Jaccard similarity 0.2
/// about 13 agree on average; fewer than 3 in about one case in 10⁴.
const MIN_AGREEING: u32 = 3;

/// Whether an answer with `answer` shingles that shares `shared` with a letter of `letter`
/// shingles belongs to its campaign (module doc).
pub fn belongs(shared: usize, answer: usize, letter: usize, threshold: f64) -> bool {
    if shared == 0 || answer == 0 || letter == 0 {
        return false;
    }
    let of_letter = shared as f64 / letter as f64;
    let of_answer = shared as f64 / answer as f64;
    let (most, least) = (of_letter.max(of_answer), of_letter.min(of_answer));
    (most >= threshold && least >= FLOOR) || least >= MAJORITY
}

/// The number of elements two sorted sets without repeats share.
fn shared(a: &[u32], b: &[u32]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// What the pass needs from the grouping.
pub(super) struct Input<'a> {
    pub texts: &'a [&'a str],
    /// Per class (distinct normalised text), the index of its first text.
    pub class_text: &'a [u32],
    /// Per class, how many answers have its text.
    pub class_answers: &'a [u32],
    /// The classes' signatures, `len` positions each.
    pub signatures: &'a [u32],
    pub len: usize,
    pub shingle: usize,
    pub threshold: f64,
    pub threads: usize,
}

/// The letters found so far that answers may join: their shingle sets and signatures, and
/// an index from (position, value) of their signatures' first [`PROBE`] positions.
struct Letters {
    sets: Vec<Vec<u32>>,
    /// Per letter, the class (the campaign's representative in the union-find) it stands for.
    class: Vec<usize>,
    index: HashMap<u64, Vec<u32>>,
}

impl Letters {
    fn add(&mut self, set: Vec<u32>, signature: &[u32], class: usize) {
        let id = self.sets.len() as u32;
        for (p, &v) in signature.iter().take(PROBE).enumerate() {
            self.index.entry(key(p, v)).or_default().push(id);
        }
        self.sets.push(set);
        self.class.push(class);
    }

    /// The letter the text of shingle set `set` (signature `signature`) belongs to, if any;
    /// of several, the one it shares the largest share of both with.
    fn best(
        &self,
        signature: &[u32],
        set: &[u32],
        threshold: f64,
        seen: &mut Vec<(u32, u32)>,
    ) -> Option<u32> {
        seen.clear();
        for (p, &v) in signature.iter().take(PROBE).enumerate() {
            if let Some(ids) = self.index.get(&key(p, v)) {
                for &id in ids {
                    match seen.iter_mut().find(|(l, _)| *l == id) {
                        Some((_, n)) => *n += 1,
                        None => seen.push((id, 1)),
                    }
                }
            }
        }
        let mut best: Option<(f64, u32)> = None;
        for &(id, agreeing) in seen.iter() {
            if agreeing < MIN_AGREEING {
                continue;
            }
            let letter = &self.sets[id as usize];
            let s = shared(set, letter);
            if belongs(s, set.len(), letter.len(), threshold) {
                let jaccard = s as f64 / (set.len() + letter.len() - s) as f64;
                if best.is_none_or(|(j, _)| jaccard > j) {
                    best = Some((jaccard, id));
                }
            }
        }
        best.map(|(_, id)| id)
    }

    /// Whether any signature position of `signature`'s probe may meet a letter.
    fn may_meet(&self, signature: &[u32]) -> bool {
        let hits = signature
            .iter()
            .take(PROBE)
            .enumerate()
            .filter(|&(p, &v)| self.index.contains_key(&key(p, v)))
            .count();
        hits as u32 >= MIN_AGREEING
    }
}

fn key(position: usize, value: u32) -> u64 {
    ((position as u64) << 32) | u64::from(value)
}

/// The shingle set of class `class`'s text.
fn set_of(input: &Input<'_>, class: usize, words: &mut Vec<u64>, set: &mut Vec<u32>) {
    normalise::word_hashes(input.texts[input.class_text[class] as usize], words);
    minhash::shingle_set(words, input.shingle, set);
}

/// The letter of a campaign whose classes are `classes`: the shingles in more than half of the
/// answers of its [`SAMPLE`] most sent texts; the most sent text's own when none are.
fn letter_of(input: &Input<'_>, classes: &mut [usize]) -> Vec<u32> {
    classes.sort_by_key(|&c| (std::cmp::Reverse(input.class_answers[c]), c));
    let sample = &classes[..classes.len().min(SAMPLE)];
    let mut words = Vec::new();
    let mut set = Vec::new();
    let mut weight: HashMap<u32, u64> = HashMap::new();
    let mut total = 0u64;
    let mut first = Vec::new();
    for (i, &c) in sample.iter().enumerate() {
        set_of(input, c, &mut words, &mut set);
        let answers = u64::from(input.class_answers[c]);
        total += answers;
        for &s in &set {
            *weight.entry(s).or_default() += answers;
        }
        if i == 0 {
            first = set.clone();
        }
    }
    let mut letter: Vec<u32> = weight
        .into_iter()
        .filter(|&(_, w)| 2 * w > total)
        .map(|(s, _)| s)
        .collect();
    if letter.is_empty() {
        return first;
    }
    letter.sort_unstable();
    letter
}

/// Joins in `sets` (over classes) each answer and each smaller campaign to the campaign whose
/// letter it belongs to (module doc). Campaigns are taken largest first; a campaign that joins
/// a larger one lends it no letter of its own, so nothing joins through a chain of letters.
pub(super) fn join_by_letter(input: &Input<'_>, perms: &Permutations, sets: &mut UnionFind) {
    let classes = input.class_text.len();
    let len = input.len;
    // Components: their classes and answers.
    let mut members: HashMap<usize, (u64, Vec<usize>)> = HashMap::new();
    for class in 0..classes {
        let root = sets.find(class);
        let entry = members.entry(root).or_default();
        entry.0 += u64::from(input.class_answers[class]);
        entry.1.push(class);
    }
    let mut campaigns: Vec<(u64, Vec<usize>)> = members
        .into_values()
        .filter(|(answers, _)| *answers >= 2)
        .collect();
    campaigns.sort_by(|a, b| b.0.cmp(&a.0).then(a.1[0].cmp(&b.1[0])));

    let mut letters = Letters {
        sets: Vec::new(),
        class: Vec::new(),
        index: HashMap::new(),
    };
    let mut signature = Vec::with_capacity(len);
    let mut seen = Vec::new();
    let mut lone: Vec<bool> = vec![true; classes];
    for (_, component) in &mut campaigns {
        for &c in component.iter() {
            lone[c] = false;
        }
        let letter = letter_of(input, component);
        perms.signature_of_set(&letter, &mut signature);
        match letters.best(&signature, &letter, input.threshold, &mut seen) {
            Some(id) => sets.union(component[0], letters.class[id as usize]),
            None => letters.add(letter, &signature, component[0]),
        }
    }
    if letters.sets.is_empty() {
        return;
    }

    // Answers in no campaign, measured against every letter, over fixed ranges on the threads.
    let lone: Vec<usize> = (0..classes).filter(|&c| lone[c]).collect();
    let threads = input.threads.min(lone.len() / 1000 + 1).max(1);
    let per = lone.len().div_ceil(threads).max(1);
    let letters = &letters;
    let work = |part: &[usize]| {
        let mut words = Vec::new();
        let mut set = Vec::new();
        let mut seen = Vec::new();
        let mut joins = Vec::new();
        for &class in part {
            let signature = &input.signatures[class * len..(class + 1) * len];
            if !letters.may_meet(signature) {
                continue;
            }
            set_of(input, class, &mut words, &mut set);
            if let Some(id) = letters.best(signature, &set, input.threshold, &mut seen) {
                joins.push((class, letters.class[id as usize]));
            }
        }
        joins
    };
    let joins: Vec<Vec<(usize, usize)>> = if threads == 1 {
        vec![work(&lone)]
    } else {
        std::thread::scope(|scope| {
            let handles: Vec<_> = lone
                .chunks(per)
                .map(|part| scope.spawn(move || work(part)))
                .collect();
            handles
                .into_iter()
                .map(|h| match h.join() {
                    Ok(joins) => joins,
                    Err(panic) => std::panic::resume_unwind(panic),
                })
                .collect()
        })
    };
    for (class, campaign) in joins.into_iter().flatten() {
        sets.union(class, campaign);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn containment_both_ways() {
        // A personal paragraph added: all of the letter, under half of the answer.
        assert!(belongs(100, 250, 100, 0.8));
        // A paragraph dropped: all of the answer is the letter, 70 % of the letter.
        assert!(belongs(70, 70, 100, 0.8));
        // A sentence of the letter quoted in a text of one's own.
        assert!(!belongs(10, 200, 100, 0.8));
        // A short note that is one sentence of the letter.
        assert!(!belongs(10, 10, 100, 0.8));
        // Under half the letter within more of one's own: neither text is inside the other.
        assert!(!belongs(45, 100, 100, 0.8));
        // A paragraph dropped and one of one's own added: most of both.
        assert!(belongs(60, 110, 100, 0.8));
        assert!(!belongs(0, 0, 0, 0.8));
    }
}
