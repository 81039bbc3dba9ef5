//! Locality-sensitive hashing by bands, and groups as connected components.
//!
//! Two signatures are candidates when all rows of at least one band agree; a candidate pair is
//! an edge when the estimated Jaccard similarity reaches the threshold; groups are the
//! connected components of those edges (union-find). This is the definition the datasketch
//! runner uses. Within a bucket, a pair already in one component is not compared again, which
//! changes no component and saves most comparisons in large campaigns.

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

/// Joins in `sets` the signatures (`signatures[i*len..(i+1)*len]`, one per item) whose
/// estimated Jaccard similarity reaches `threshold` and that LSH with `bands` × `rows` makes
/// candidates. `sets` covers the items `0..n`.
pub fn join_similar(
    signatures: &[u32],
    len: usize,
    bands: usize,
    rows: usize,
    threshold: f64,
    sets: &mut UnionFind,
) {
    if len == 0 {
        return;
    }
    let n = signatures.len() / len;
    let signature = |i: usize| &signatures[i * len..(i + 1) * len];
    let mut keys: Vec<(u64, u32)> = Vec::with_capacity(n);
    let mut parts: Vec<Vec<u32>> = Vec::new();
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
                join_bucket(bucket, &range, &signature, threshold, sets, &mut parts);
            }
        }
    }
}

/// Joins the members of one bucket. The members seen so far are kept as parts, one per
/// component: a new member is compared with the members of each other part until one is
/// similar enough (then the parts merge), and never with a part it already belongs to. A
/// campaign of thousands in one bucket then costs about one comparison per member, not one
/// per pair, and the components are the same as comparing every pair.
fn join_bucket<'s>(
    bucket: &[(u64, u32)],
    range: &std::ops::Range<usize>,
    signature: &impl Fn(usize) -> &'s [u32],
    threshold: f64,
    sets: &mut UnionFind,
    parts: &mut Vec<Vec<u32>>,
) {
    parts.clear();
    for &(_, i) in bucket {
        let mut mine: Option<usize> = None;
        for p in 0..parts.len() {
            let Some(&first) = parts[p].first() else {
                continue;
            };
            let joined = sets.find(first as usize) == sets.find(i as usize)
                || parts[p].iter().any(|&j| {
                    let (a, b) = (signature(i as usize), signature(j as usize));
                    // A 64-bit key can collide: the band's rows themselves must agree.
                    a[range.clone()] == b[range.clone()] && jaccard(a, b) >= threshold
                });
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
        join_similar(&all, 16, 4, 4, 0.9, &mut sets);
        assert_eq!(sets.find(0), sets.find(2));
        assert_eq!(sets.find(0), sets.find(3));
        assert_ne!(sets.find(0), sets.find(1));
    }
}
