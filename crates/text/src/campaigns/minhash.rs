//! Word shingles, MinHash signatures and the choice of LSH bands.
//!
//! A shingle is `k` consecutive words, hashed from the words' own hashes (never built as a
//! string). Each of the signature's permutations is a multiply-add-shift hash
//! `(a·x + b) >> 32` with random 64-bit `a`, `b` drawn from a fixed seed (a 2-independent
//! family), and the signature keeps the minimum of each over the text's shingles. The fraction
//! of equal positions in two signatures estimates the Jaccard similarity of their shingle sets.

use super::normalise::mix;

/// The permutations of a signature: fixed for a given count, so signatures computed apart (in
/// other runs, on other threads) compare.
#[derive(Debug, Clone)]
pub struct Permutations {
    a: Vec<u64>,
    b: Vec<u64>,
}

impl Permutations {
    /// `count` permutations drawn from `seed`.
    pub fn new(count: usize, seed: u64) -> Self {
        let mut state = mix(seed ^ 0x5EED_0FC0_4C0D_u64);
        let mut next = || {
            state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
            mix(state)
        };
        let mut a = Vec::with_capacity(count);
        let mut b = Vec::with_capacity(count);
        for _ in 0..count {
            // An odd multiplier keeps the hash a bijection of the 32-bit input.
            a.push(next() | 1);
            b.push(next());
        }
        Self { a, b }
    }

    /// How many permutations (the signature's length).
    pub fn len(&self) -> usize {
        self.a.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.a.is_empty()
    }

    /// Writes into `signature` (resized to [`Self::len`]) the MinHash of the shingles of
    /// `words` (word hashes, as from [`super::normalise::word_hashes`]). A text shorter than
    /// `k` words is one shingle, as in the peer.
    pub fn signature(&self, words: &[u64], k: usize, signature: &mut Vec<u32>) {
        signature.clear();
        signature.resize(self.len(), u32::MAX);
        for x in shingles(words, k) {
            for ((s, &a), &b) in signature.iter_mut().zip(&self.a).zip(&self.b) {
                let h = (a.wrapping_mul(x).wrapping_add(b) >> 32) as u32;
                *s = (*s).min(h);
            }
        }
    }
}

impl Permutations {
    /// Writes into `signature` the MinHash of a shingle set (as from [`shingle_set`]): the same
    /// signature as [`Self::signature`] of the words the set came from.
    pub fn signature_of_set(&self, set: &[u32], signature: &mut Vec<u32>) {
        signature.clear();
        signature.resize(self.len(), u32::MAX);
        for &x in set {
            let x = u64::from(x);
            for ((s, &a), &b) in signature.iter_mut().zip(&self.a).zip(&self.b) {
                let h = (a.wrapping_mul(x).wrapping_add(b) >> 32) as u32;
                *s = (*s).min(h);
            }
        }
    }
}

/// The hashes of the `k`-word shingles of `words`, in text order, repeats included; a text
/// shorter than `k` words is one shingle.
fn shingles(words: &[u64], k: usize) -> impl Iterator<Item = u64> + '_ {
    let k = k.max(1);
    let count = words.len().saturating_sub(k) + 1;
    (0..count).map(move |start| shingle_hash(&words[start..(start + k).min(words.len())]))
}

/// Writes into `set` the distinct shingle hashes of `words`, sorted: the set whose Jaccard
/// similarity a signature of the same `words` and `k` estimates.
pub fn shingle_set(words: &[u64], k: usize, set: &mut Vec<u32>) {
    set.clear();
    // `shingle_hash` is 32 bits wide: the cast loses nothing.
    set.extend(shingles(words, k).map(|x| x as u32));
    set.sort_unstable();
    set.dedup();
}

/// The exact Jaccard similarity of two sorted sets without repeats (as from [`shingle_set`]):
/// shared elements over all distinct elements; 0 when both are empty.
pub fn exact_jaccard(a: &[u32], b: &[u32]) -> f64 {
    ratio(shared(a, b, 0), a.len() + b.len())
}

/// Whether [`exact_jaccard`] of `a` and `b` reaches `threshold`. Stops as soon as the elements
/// left cannot bring it there, which is early for most pairs that fail.
pub fn exact_jaccard_reaches(a: &[u32], b: &[u32], threshold: f64) -> bool {
    let total = a.len() + b.len();
    // The fewest shared elements that reach the threshold (the similarity grows with them):
    // s / (total − s) ≥ t from s ≥ t·total / (1 + t), searched from just below that for the
    // same rounding as `exact_jaccard`.
    let most = a.len().min(b.len());
    let guess = (threshold * total as f64 / (1.0 + threshold)).floor() as usize;
    let from = guess.saturating_sub(1).min(most);
    let Some(needed) = (from..=most).find(|&s| ratio(s, total) >= threshold) else {
        return false;
    };
    shared(a, b, needed) >= needed
}

/// `shared / (total − shared)`, the similarity of sets of `total` elements together.
fn ratio(shared: usize, total: usize) -> f64 {
    let all = total - shared;
    if all == 0 {
        0.0
    } else {
        shared as f64 / all as f64
    }
}

/// The number of elements of `a` also in `b` (both sorted, without repeats), or any number
/// below `needed` as soon as that many can no longer be reached.
fn shared(a: &[u32], b: &[u32], needed: usize) -> usize {
    let (mut i, mut j, mut shared) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        if shared + (a.len() - i).min(b.len() - j) < needed {
            return shared;
        }
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    shared
}

/// The standard error of an estimate from `permutations` positions of a pair whose true
/// similarity is `threshold`, `√(t(1−t)/n)` (0.035 at 0.8 and 128 permutations).
fn standard_error(threshold: f64, permutations: usize) -> f64 {
    if permutations == 0 {
        return 0.0;
    }
    let t = threshold.clamp(0.0, 1.0);
    (t * (1.0 - t) / permutations as f64).sqrt()
}

/// How far below `threshold` an estimate from `permutations` positions is worth a second look
/// at the exact similarity (a near miss, joined if the exact similarity reaches the
/// threshold): three standard errors of the estimate at the threshold, `3·√(t(1−t)/n)` (0.106
/// at 0.8 and 128 permutations). A pair whose true similarity reaches the threshold is
/// estimated further below it than that in about one case in 700 (normal approximation, worst
/// at exactly the threshold), so nearly every candidate lost to the draw is found again, while
/// pairs well below the threshold are rarely looked at twice. Checks below the threshold only
/// add pairs that truly reach it, and cost little: most candidates estimated there are met
/// once a member has failed to join a part.
pub fn near_miss_margin(threshold: f64, permutations: usize) -> f64 {
    NEAR_MISS_STANDARD_ERRORS * standard_error(threshold, permutations)
}

/// Standard errors of the estimate below the threshold within which it is checked
/// ([`near_miss_margin`]).
pub const NEAR_MISS_STANDARD_ERRORS: f64 = 3.0;

/// How far above `threshold` an estimate from `permutations` positions is uncertain: joined
/// only when the exact similarity reaches the threshold. This band is where an estimate can
/// wrongly join a pair whose true similarity is just below the threshold; how wide it is, is a
/// trade between time (every candidate estimated in it costs a check of the exact similarity,
/// and campaigns edited to about the threshold have many) and the rare wrong join. Two
/// standard errors of the estimate at the threshold, `2·√(t(1−t)/n)` (0.071 at 0.8 and 128
/// permutations): a pair truly below the threshold is estimated above it by more than that in
/// about one case in 44 (normal approximation, worst just below the threshold; far rarer a
/// little further below). On the CMS-2022-0163 docket one standard error (0.035) let a pair of
/// exact similarity 0.792 join, as the estimate alone did; two keep it out, as three did,
/// and on the million synthetic answers two take a few seconds less than three.
pub fn above_margin(threshold: f64, permutations: usize) -> f64 {
    ABOVE_STANDARD_ERRORS * standard_error(threshold, permutations)
}

/// Standard errors of the estimate above the threshold within which it is checked
/// ([`above_margin`]).
pub const ABOVE_STANDARD_ERRORS: f64 = 2.0;

/// A 32-bit hash of a run of words, which depends on their order.
fn shingle_hash(words: &[u64]) -> u64 {
    let mut h = 0u64;
    for &w in words {
        h = (h.rotate_left(17) ^ w).wrapping_mul(0x2545_F491_4F6C_DD1D);
    }
    mix(h) >> 32
}

/// The estimated Jaccard similarity of two signatures: the fraction of positions where they
/// agree.
pub fn jaccard(a: &[u32], b: &[u32]) -> f64 {
    if a.is_empty() {
        return 0.0;
    }
    let equal = a.iter().zip(b).filter(|(x, y)| x == y).count();
    equal as f64 / a.len() as f64
}

/// Number of bands and rows per band for `permutations` at `threshold`, chosen as datasketch's
/// `MinHashLSH` chooses them (least sum of the false-positive and false-negative areas under
/// the banding curve, equally weighted), so that both find the same candidates.
pub fn bands_for(threshold: f64, permutations: usize) -> (usize, usize) {
    let mut best = (1, permutations.max(1));
    let mut least = f64::INFINITY;
    for b in 1..=permutations {
        for r in 1..=permutations / b {
            let candidate = |s: f64| 1.0 - (1.0 - s.powi(r as i32)).powi(b as i32);
            let fp = integrate(&candidate, 0.0, threshold);
            let fn_ = integrate(&|s| 1.0 - candidate(s), threshold, 1.0);
            let error = 0.5 * fp + 0.5 * fn_;
            if error < least {
                least = error;
                best = (b, r);
            }
        }
    }
    best
}

/// The probability that two signatures of Jaccard similarity `similarity` share at least one
/// of `bands` bands of `rows` rows (each position agreeing independently with that
/// probability): `1 − (1 − sʳ)ᵇ`.
pub fn candidate_probability(similarity: f64, bands: usize, rows: usize) -> f64 {
    let rows = i32::try_from(rows).unwrap_or(i32::MAX);
    let bands = i32::try_from(bands).unwrap_or(i32::MAX);
    1.0 - (1.0 - similarity.powi(rows)).powi(bands)
}

/// How likely a pair exactly at the threshold is to be a candidate of the second banding
/// ([`short_bands_for`]).
pub const SHORT_BANDS_AT_THRESHOLD: f64 = 0.95;

/// The second banding of the same signatures, with shorter bands than [`bands_for`]'s: the
/// longest bands (as many as fit in `permutations`) with which a pair exactly at `threshold` is
/// a candidate with a probability of at least [`SHORT_BANDS_AT_THRESHOLD`]. At 0.8 and 128
/// permutations, 18 bands of 7 rows: a pair at 0.8 is a candidate with a probability of 0.986
/// (0.40 with datasketch's 9 of 13), at 0.82 0.994 (0.51), at 0.7 0.79, at 0.5 0.13, at 0.3
/// 0.004, and answers that share a few phrases (0.1 and below) about one pair in 500,000 or
/// fewer. 16 bands of 8 rows reach only 0.947 at 0.8. Longer bands would make fewer
/// candidates of pairs well below the threshold, which cost a comparison each (and a check of
/// the exact similarity when estimated within the margin of the threshold).
pub fn short_bands_for(threshold: f64, permutations: usize) -> (usize, usize) {
    let permutations = permutations.max(1);
    (1..=permutations)
        .rev()
        .map(|rows| (permutations / rows, rows))
        .find(|&(bands, rows)| {
            candidate_probability(threshold, bands, rows) >= SHORT_BANDS_AT_THRESHOLD
        })
        .unwrap_or((permutations, 1))
}

/// Simpson's rule; the curves are smooth, so a few hundred steps suffice.
fn integrate(f: &dyn Fn(f64) -> f64, from: f64, to: f64) -> f64 {
    const STEPS: usize = 400;
    let h = (to - from) / STEPS as f64;
    let mut sum = f(from) + f(to);
    for i in 1..STEPS {
        let weight = if i % 2 == 1 { 4.0 } else { 2.0 };
        sum += weight * f(from + h * i as f64);
    }
    sum * h / 3.0
}

#[cfg(test)]
mod tests {
    use super::super::normalise::word_hashes;
    use super::*;

    #[test]
    fn bands_match_datasketch() {
        // datasketch 2.0's `_optimal_param(0.8, 128, 0.5, 0.5)` and `(0.5, 128, 0.5, 0.5)`.
        assert_eq!(bands_for(0.8, 128), (9, 13));
        assert_eq!(bands_for(0.5, 128), (25, 5));
    }

    #[test]
    fn short_bands_find_pairs_at_the_threshold() {
        assert_eq!(short_bands_for(0.8, 128), (18, 7));
        let at = |s: f64, (b, r): (usize, usize)| candidate_probability(s, b, r);
        assert!((at(0.8, (18, 7)) - 0.9855).abs() < 1e-4);
        assert!(at(0.8, (16, 8)) < SHORT_BANDS_AT_THRESHOLD);
        assert!((at(0.82, (9, 13)) - 0.508).abs() < 1e-3);
        assert!(at(0.82, (18, 7)) > 0.99);
        // Unrelated answers essentially never.
        assert!(at(0.1, (18, 7)) < 2e-6);
        for t in [0.5, 0.7, 0.9] {
            let (b, r) = short_bands_for(t, 128);
            assert!(b * r <= 128 && at(t, (b, r)) >= SHORT_BANDS_AT_THRESHOLD);
            assert!(at(t, (128 / (r + 1), r + 1)) < SHORT_BANDS_AT_THRESHOLD);
        }
    }

    #[test]
    fn signatures_estimate_jaccard() {
        let perms = Permutations::new(256, 1);
        let base: Vec<String> = (0..200).map(|i| format!("w{i}")).collect();
        let mut edited = base.clone();
        // Changing 4 words spread apart changes 20 of the 196 5-shingles: Jaccard 176/216.
        for i in [20, 70, 120, 170] {
            edited[i] = format!("x{i}");
        }
        let (mut wa, mut wb) = (Vec::new(), Vec::new());
        word_hashes(&base.join(" "), &mut wa);
        word_hashes(&edited.join(" "), &mut wb);
        let (mut sa, mut sb) = (Vec::new(), Vec::new());
        perms.signature(&wa, 5, &mut sa);
        perms.signature(&wb, 5, &mut sb);
        let estimate = jaccard(&sa, &sb);
        assert!((estimate - 176.0 / 216.0).abs() < 0.08, "{estimate}");
        perms.signature(&wa, 5, &mut sb);
        assert_eq!(jaccard(&sa, &sb), 1.0);
    }

    #[test]
    fn exact_similarity_and_its_early_stopping_test_agree() {
        assert_eq!(exact_jaccard(&[1, 2, 3, 4], &[2, 3, 4, 5]), 3.0 / 5.0);
        assert_eq!(exact_jaccard(&[], &[]), 0.0);
        // Sets of 0–40 elements drawn from 0..60, every threshold in steps of 1/40.
        let mut state = 7u64;
        let mut next = || {
            state = mix(state.wrapping_add(1));
            state
        };
        for _ in 0..500 {
            let (na, nb) = (next() % 41, next() % 41);
            let mut draw = |n: u64| {
                let mut s: Vec<u32> = (0..n).map(|_| (next() % 60) as u32).collect();
                s.sort_unstable();
                s.dedup();
                s
            };
            let a = draw(na);
            let b = draw(nb);
            let j = exact_jaccard(&a, &b);
            for t in 0..=40 {
                let t = f64::from(t) / 40.0;
                assert_eq!(exact_jaccard_reaches(&a, &b, t), j >= t, "{a:?} {b:?} {t}");
            }
        }
        // The 5-shingles of 200 words, 4 changed: 176 of 216.
        let words: Vec<u64> = (0..200).collect();
        let mut edited = words.clone();
        for i in [20, 70, 120, 170] {
            edited[i] += 1000;
        }
        let (mut sa, mut sb) = (Vec::new(), Vec::new());
        shingle_set(&words, 5, &mut sa);
        shingle_set(&edited, 5, &mut sb);
        assert_eq!(sa.len(), 196);
        assert_eq!(exact_jaccard(&sa, &sb), 176.0 / 216.0);
        assert!(exact_jaccard_reaches(&sa, &sb, 0.8) && !exact_jaccard_reaches(&sa, &sb, 0.82));
    }

    #[test]
    fn estimates_are_unbiased_near_the_threshold() {
        // 400 pairs at a true similarity of 176/216 ≈ 0.815, each with other words: the mean
        // estimate must be within about four standard errors (0.0017 each) of the truth.
        let perms = Permutations::new(128, 1);
        let (mut wa, mut wb, mut sa, mut sb) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        let mut sum = 0.0;
        for trial in 0..400 {
            let base: Vec<String> = (0..200).map(|i| format!("t{trial}w{i}")).collect();
            let mut edited = base.clone();
            for i in [20, 70, 120, 170] {
                edited[i] = format!("t{trial}x{i}");
            }
            word_hashes(&base.join(" "), &mut wa);
            word_hashes(&edited.join(" "), &mut wb);
            perms.signature(&wa, 5, &mut sa);
            perms.signature(&wb, 5, &mut sb);
            sum += jaccard(&sa, &sb);
        }
        let mean = sum / 400.0;
        println!("mean estimate {mean:.4}, truth {:.4}", 176.0 / 216.0);
        assert!((mean - 176.0 / 216.0).abs() < 0.007, "{mean}");
    }
}
