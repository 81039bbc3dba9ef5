//! Locality-sensitive hashing by bands, and groups as connected components.
//!
//! Two signatures are candidates when all rows of at least one band agree; a candidate pair is
//! an edge when the estimated Jaccard similarity reaches the threshold; groups are the
//! connected components of those edges (union-find). This is the definition the datasketch
//! runner uses, with one addition: a candidate pair whose estimate falls within a margin of the
//! threshold, just below or just above it (a [`NearMiss`]), is given to a callback that decides
//! it, from the exact similarity of the two texts. Within a bucket, a pair already in one component is not
//! compared again, which changes no component and saves most comparisons in large campaigns.

use super::minhash::jaccard;
use super::normalise::mix;

/// Disjoint sets over `0..n`, with path halving and union by size.
#[derive(Debug, Clone)]
pub struct UnionFind {
    parent: Vec<u32>,
    size: Vec<u32>,
}

impl UnionFind {
    /// `n` singletons.
    pub fn new(n: usize) -> Self {
        Self {
            parent: (0..n as u32).collect(),
            size: vec![1; n],
        }
    }

    /// The representative of `x`'s set.
    pub fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] as usize != x {
            let grand = self.parent[self.parent[x] as usize];
            self.parent[x] = grand;
            x = grand as usize;
        }
        x
    }

    /// Joins the sets of `a` and `b`.
    pub fn union(&mut self, a: usize, b: usize) {
        let (mut a, mut b) = (self.find(a), self.find(b));
        if a == b {
            return;
        }
        if self.size[a] < self.size[b] {
            std::mem::swap(&mut a, &mut b);
        }
        self.parent[b] = a as u32;
        self.size[a] += self.size[b];
    }
}

/// What to do with a candidate pair whose estimated similarity is within `below` under the
/// threshold or within `above` over it: `confirm(a, b)` says whether items `a` and `b` are
/// similar enough (from their exact similarity, say). A pair estimated at or above the
/// threshold plus `above` is joined and a pair further below than `below` is not, without
/// asking.
pub struct NearMiss<F> {
    /// How far below the threshold an estimate is uncertain (a near miss, which may yet be
    /// joined); 0: none is.
    pub below: f64,
    /// How far above the threshold an estimate is uncertain (joined only if confirmed); 0:
    /// none is, and an estimate at the threshold joins.
    pub above: f64,
    /// Whether two items whose estimate is uncertain are to be joined.
    pub confirm: F,
}

/// Only the estimate decides (datasketch's definition).
pub fn estimate_only() -> NearMiss<fn(usize, usize) -> bool> {
    NearMiss {
        below: 0.0,
        above: 0.0,
        confirm: |_, _| false,
    }
}

/// A bound on the comparisons between two components, for a banding that only adds candidates
/// to another: once two components have been compared `limit` times (an estimate counts 1, a
/// check of an uncertain estimate [`Effort::CHECK_COST`]) without being joined, they are not compared
/// again. A member that falls short of a large campaign otherwise meets thousands of its
/// members in the buckets of short bands, and is compared with each of them every time.
pub struct Effort {
    limit: u32,
    /// Per component root, the other root it was last compared with and the effort spent
    /// (the record of the smaller component, rarely overwritten, is what keeps the bound).
    spent: Vec<(u32, u32)>,
}

impl Effort {
    /// What a check of an uncertain estimate counts for, against an estimate's 1.
    pub const CHECK_COST: u32 = 16;

    /// At most `limit` between any two components of `n` items.
    pub fn new(n: usize, limit: u32) -> Self {
        Self {
            limit,
            spent: vec![(u32::MAX, 0); n],
        }
    }

    /// What is left of the bound between the components whose roots are `a` and `b`.
    fn left(&self, a: usize, b: usize) -> u32 {
        let spent = |x: usize, y: usize| {
            let (other, spent) = self.spent[x];
            (other == y as u32).then_some(spent)
        };
        let used = spent(a, b).or_else(|| spent(b, a)).unwrap_or(0);
        self.limit.saturating_sub(used)
    }

    /// Counts `cost` more between the components whose roots are `a` and `b`.
    fn spend(&mut self, a: usize, b: usize, cost: u32) {
        let used = self.limit - self.left(a, b) + cost;
        self.spent[a] = (b as u32, used);
        self.spent[b] = (a as u32, used);
    }
}

/// Joins in `sets` the signatures (`signatures[i*len..(i+1)*len]`, one per item) that LSH with
/// `bands` × `rows` makes candidates and whose estimated Jaccard similarity reaches
/// `threshold` plus `near.above`, or is within `near.below` under `threshold` or `near.above`
/// over it and `near.confirm` confirms them. `sets` covers the items `0..n`.
pub fn join_similar<F: FnMut(usize, usize) -> bool>(
    signatures: &[u32],
    len: usize,
    bands: usize,
    rows: usize,
    threshold: f64,
    sets: &mut UnionFind,
    near: &mut NearMiss<F>,
) {
    join_similar_bounded(signatures, len, bands, rows, threshold, sets, near, None);
}

/// [`join_similar`], with the comparisons between any two components bounded by `effort`
/// (none: every candidate is compared).
#[allow(clippy::too_many_arguments, reason = "the settings of one banding")]
pub fn join_similar_bounded<F: FnMut(usize, usize) -> bool>(
    signatures: &[u32],
    len: usize,
    bands: usize,
    rows: usize,
    threshold: f64,
    sets: &mut UnionFind,
    near: &mut NearMiss<F>,
    mut effort: Option<&mut Effort>,
) {
    if len == 0 {
        return;
    }
    let n = signatures.len() / len;
    let signature = |i: usize| &signatures[i * len..(i + 1) * len];
    let mut keys: Vec<(u64, u32)> = Vec::with_capacity(n);
    let mut parts: Vec<Vec<u32>> = Vec::new();
    let mut close: Vec<(f64, u32)> = Vec::new();
    for band in 0..bands.min(len / rows.max(1)) {
        let range = band * rows..(band + 1) * rows;
        keys.clear();
        keys.extend((0..n).map(|i| {
            let mut h = band as u64;
            for &v in &signature(i)[range.clone()] {
                h = mix(h ^ u64::from(v));
            }
            (h, i as u32)
        }));
        keys.sort_unstable();
        for bucket in keys.chunk_by(|x, y| x.0 == y.0) {
            if bucket.len() > 1 {
                let similar = Similar {
                    range: range.clone(),
                    threshold,
                    clear_from: threshold + near.above.max(0.0),
                    near_from: threshold - near.below.max(0.0),
                };
                let scratch = (&mut parts, &mut close);
                let effort = effort.as_deref_mut();
                join_bucket(bucket, &similar, &signature, sets, scratch, near, effort);
            }
        }
    }
}

/// The test of an edge inside one band's bucket.
struct Similar {
    /// The band's rows.
    range: std::ops::Range<usize>,
    /// An estimate at or above this, and below `clear_from`, is confirmed at once.
    threshold: f64,
    /// An estimate at or above this joins without confirmation (a clear hit).
    clear_from: f64,
    /// An estimate at or above this, and below `threshold`, is a near miss.
    near_from: f64,
}

impl Similar {
    /// The estimate of `a` and `b`, or `None` when their band's rows differ (a 64-bit key can
    /// collide: the rows themselves must agree).
    fn estimate(&self, a: &[u32], b: &[u32]) -> Option<f64> {
        (a[self.range.clone()] == b[self.range.clone()]).then(|| jaccard(a, b))
    }
}

/// Joins the members of one bucket. The members seen so far are kept as parts, one per
/// component: a new member is compared with the members of each other part until one is
/// similar enough (then the parts merge), and never with a part it already belongs to. A
/// campaign of thousands in one bucket then costs about one comparison per member, not one
/// per pair, and the components are the same as comparing every pair by estimate.
///
/// A clear hit (an estimate at or above the threshold plus `near.above`) joins at once. An
/// estimate at or above the threshold but below that is uncertain: it is given to
/// `near.confirm` when met, and joins only if confirmed, so a scan stops at the first pair that
/// truly reaches the threshold as it stopped at the first estimate that did. Only when nothing
/// in a part joins and some estimates came within `near.below` under the threshold are those
/// near misses given to `near.confirm`, highest estimate first. At most [`NEAR_MISS_CHECKS`]
/// confirmations are asked per member and part, both kinds together, so clear hits and clear
/// misses cost what they did without them.
fn join_bucket<'s, F: FnMut(usize, usize) -> bool>(
    bucket: &[(u64, u32)],
    similar: &Similar,
    signature: &impl Fn(usize) -> &'s [u32],
    sets: &mut UnionFind,
    (parts, close): (&mut Vec<Vec<u32>>, &mut Vec<(f64, u32)>),
    near: &mut NearMiss<F>,
    mut effort: Option<&mut Effort>,
) {
    parts.clear();
    for &(_, i) in bucket {
        let a = signature(i as usize);
        let mut mine: Option<usize> = None;
        for p in 0..parts.len() {
            let Some(&first) = parts[p].first() else {
                continue;
            };
            let (root_p, root_i) = (sets.find(first as usize), sets.find(i as usize));
            let joined = root_p == root_i || {
                let left = effort
                    .as_deref()
                    .map_or(usize::MAX, |e| e.left(root_p, root_i) as usize);
                close.clear();
                let (mut compared, mut checked) = (0, 0);
                let hit = parts[p].iter().take(left).any(|&j| {
                    compared += 1;
                    match similar.estimate(a, signature(j as usize)) {
                        Some(e) if e >= similar.clear_from => true,
                        Some(e) if e >= similar.threshold => {
                            checked < NEAR_MISS_CHECKS && {
                                checked += 1;
                                (near.confirm)(i as usize, j as usize)
                            }
                        }
                        Some(e) if e >= similar.near_from => {
                            close.push((e, j));
                            false
                        }
                        _ => false,
                    }
                });
                let left_checks = NEAR_MISS_CHECKS - checked;
                let hit = hit || confirm_near_misses(i, close, near, left_checks);
                if let Some(effort) = effort.as_deref_mut().filter(|_| !hit) {
                    let checks = (checked + close.len().min(left_checks)) as u32;
                    let cost = compared as u32 + checks * Effort::CHECK_COST;
                    effort.spend(root_p, root_i, cost);
                }
                hit
            };
            if !joined {
                continue;
            }
            sets.union(first as usize, i as usize);
            match mine {
                None => mine = Some(p),
                Some(m) => {
                    let moved = std::mem::take(&mut parts[p]);
                    parts[m].extend(moved);
                }
            }
        }
        match mine {
            Some(m) => parts[m].push(i),
            None => parts.push(vec![i]),
        }
    }
}

/// At most this many uncertain estimates (near misses, and estimates just above the threshold)
/// of one member with one part are given to the confirmation.
/// The member most likely to be similar enough is the one estimated highest: on the million
/// synthetic answers (`campaign-bench synthetic`), with no limit, 91 % of the near misses
/// confirmed were the highest of their member and part and 99 % among the four highest, while
/// a few members of the largest campaign came within the margin of thousands of others and none
/// confirmed; four checks keep those from costing a comparison of texts each.
pub const NEAR_MISS_CHECKS: usize = 4;

/// Whether `near.confirm` confirms `i` with one of the near misses `close` (estimate, item),
/// trying the highest estimates first (then the lowest item, for the same result every run),
/// at most `checks` of them.
fn confirm_near_misses<F: FnMut(usize, usize) -> bool>(
    i: u32,
    close: &mut [(f64, u32)],
    near: &mut NearMiss<F>,
    checks: usize,
) -> bool {
    if checks == 0 {
        return false;
    }
    close.sort_unstable_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
    close
        .iter()
        .take(checks)
        .any(|&(_, j)| (near.confirm)(i as usize, j as usize))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn union_find_joins_transitively() {
        let mut sets = UnionFind::new(5);
        sets.union(0, 1);
        sets.union(3, 4);
        sets.union(1, 4);
        assert_eq!(sets.find(0), sets.find(3));
        assert_ne!(sets.find(2), sets.find(0));
    }

    #[test]
    fn equal_signatures_join_and_different_ones_do_not() {
        let a: Vec<u32> = (0..16).collect();
        let b: Vec<u32> = (100..116).collect();
        let mut close = a.clone();
        close[15] = 999;
        let all: Vec<u32> = [a.clone(), b, close, a].concat();
        let mut sets = UnionFind::new(4);
        join_similar(&all, 16, 4, 4, 0.9, &mut sets, &mut estimate_only());
        assert_eq!(sets.find(0), sets.find(2));
        assert_eq!(sets.find(0), sets.find(3));
        assert_ne!(sets.find(0), sets.find(1));
    }

    /// Two signatures of 16 that share their first band of 4 rows and agree in 12 positions
    /// (an estimate of 0.75), and a third that shares that band with them and agrees in no
    /// other position (0.25).
    fn near_and_far() -> Vec<u32> {
        let a: Vec<u32> = (0..16).collect();
        let mut near = a.clone();
        for k in [4, 8, 12, 15] {
            near[k] += 100;
        }
        let mut far: Vec<u32> = (200..216).collect();
        far[..4].copy_from_slice(&a[..4]);
        [a, near, far].concat()
    }

    #[test]
    fn near_misses_are_joined_only_when_confirmed() {
        let all = near_and_far();
        // Threshold 0.8: 0.75 is a near miss within a margin of 0.1, 0.25 is not.
        let mut asked = Vec::new();
        let mut sets = UnionFind::new(3);
        let mut near = NearMiss {
            below: 0.1,
            above: 0.1,
            confirm: |a: usize, b: usize| {
                asked.push((a, b));
                true
            },
        };
        join_similar(&all, 16, 4, 4, 0.8, &mut sets, &mut near);
        assert_eq!(sets.find(0), sets.find(1));
        assert_ne!(sets.find(0), sets.find(2));
        assert_eq!(asked, [(1, 0)]);

        // Not confirmed (the exact similarity is below the threshold): not joined.
        let mut sets = UnionFind::new(3);
        let mut near = NearMiss {
            below: 0.1,
            above: 0.1,
            confirm: |_: usize, _: usize| false,
        };
        join_similar(&all, 16, 4, 4, 0.8, &mut sets, &mut near);
        assert_ne!(sets.find(0), sets.find(1));

        // Without a margin (or below it), the estimate alone decides: not joined, not asked.
        for margin in [0.0, 0.04] {
            let mut sets = UnionFind::new(3);
            let mut near = NearMiss {
                below: margin,
                above: margin,
                confirm: |_: usize, _: usize| -> bool { panic!("asked") },
            };
            join_similar(&all, 16, 4, 4, 0.8, &mut sets, &mut near);
            assert_ne!(sets.find(0), sets.find(1));
        }
        // A clear hit (at or above the threshold plus the margin) is joined without asking.
        let mut sets = UnionFind::new(3);
        let mut near = NearMiss {
            below: 0.04,
            above: 0.04,
            confirm: |_: usize, _: usize| -> bool { panic!("asked") },
        };
        join_similar(&all, 16, 4, 4, 0.7, &mut sets, &mut near);
        assert_eq!(sets.find(0), sets.find(1));
    }

    #[test]
    fn estimates_just_above_the_threshold_are_joined_only_when_confirmed() {
        let all = near_and_far();
        // Threshold 0.7, margin 0.1: 0.75 is above the threshold but within the margin.
        for confirmed in [false, true] {
            let mut asked = Vec::new();
            let mut sets = UnionFind::new(3);
            let mut near = NearMiss {
                below: 0.1,
                above: 0.1,
                confirm: |a: usize, b: usize| {
                    asked.push((a, b));
                    confirmed
                },
            };
            join_similar(&all, 16, 4, 4, 0.7, &mut sets, &mut near);
            assert_eq!(sets.find(0) == sets.find(1), confirmed);
            assert_ne!(sets.find(0), sets.find(2));
            assert_eq!(asked, [(1, 0)]);
        }
        // Without a margin the estimate alone decides: joined.
        let mut sets = UnionFind::new(3);
        join_similar(&all, 16, 4, 4, 0.7, &mut sets, &mut estimate_only());
        assert_eq!(sets.find(0), sets.find(1));
    }

    #[test]
    fn the_margins_below_and_above_the_threshold_are_separate() {
        let all = near_and_far();
        // 0.75: within 0.1 above a threshold of 0.7 but not within 0.04 above it (a clear hit,
        // whatever the margin below); within 0.1 below a threshold of 0.8 but not within 0
        // (not a near miss, whatever the margin above).
        for (threshold, below, above, joined) in [(0.7, 0.1, 0.04, true), (0.8, 0.0, 0.1, false)] {
            let mut sets = UnionFind::new(3);
            let mut near = NearMiss {
                below,
                above,
                confirm: |_: usize, _: usize| -> bool { panic!("asked") },
            };
            join_similar(&all, 16, 4, 4, threshold, &mut sets, &mut near);
            assert_eq!(sets.find(0) == sets.find(1), joined);
        }
    }

    #[test]
    fn comparisons_between_components_are_bounded() {
        let all = near_and_far();
        let run = |limit: u32| {
            let mut sets = UnionFind::new(3);
            let mut effort = Effort::new(3, limit);
            let mut near = estimate_only();
            join_similar_bounded(&all, 16, 4, 4, 0.7, &mut sets, &mut near, Some(&mut effort));
            sets.find(0) == sets.find(1)
        };
        // Item 1 is compared with item 0 (a hit, 0.75) once the bound allows one comparison.
        assert!(!run(0));
        assert!(run(1));
        // Item 2 (0.25 to both) is compared with the part {0, 1} once, for at most the bound.
        let mut sets = UnionFind::new(3);
        let mut effort = Effort::new(3, 1);
        join_similar_bounded(
            &all,
            16,
            4,
            4,
            0.7,
            &mut sets,
            &mut estimate_only(),
            Some(&mut effort),
        );
        let (r, two) = (sets.find(0), sets.find(2));
        assert_eq!(effort.left(r, two), 0);
    }

    #[test]
    fn near_misses_are_tried_highest_estimate_first_and_only_a_few() {
        // Seven items already in one component, all sharing the first band of 4 rows with a
        // target (item 7) and no other band: six agree with it in 8 positions (0.5), the last
        // in 12 (0.75).
        let target: Vec<u32> = (0..16).collect();
        let mut all = Vec::new();
        for k in 0..7u32 {
            let changed: &[usize] = if k == 6 {
                &[4, 8, 12, 15]
            } else {
                &[4, 5, 6, 7, 8, 12, 13, 14]
            };
            let mut s = target.clone();
            for &c in changed {
                s[c] = 1000 * (k + 1) + c as u32;
            }
            all.extend(s);
        }
        all.extend(&target);
        let mut sets = UnionFind::new(8);
        for k in 1..7 {
            sets.union(0, k);
        }
        let mut asked = Vec::new();
        let mut near = NearMiss {
            below: 0.35,
            above: 0.35,
            confirm: |a: usize, b: usize| {
                asked.push((a, b));
                false
            },
        };
        join_similar(&all, 16, 4, 4, 0.8, &mut sets, &mut near);
        assert_eq!(asked, [(7, 6), (7, 0), (7, 1), (7, 2)]);
        assert_eq!(asked.len(), NEAR_MISS_CHECKS);
        assert_ne!(sets.find(7), sets.find(0));
    }
}
