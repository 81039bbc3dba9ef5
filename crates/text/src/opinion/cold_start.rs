//! Groups on a cold start: a conversation analysed from its votes alone, with no earlier run.
//!
//! Pol.is builds its groups run after run, each k-means starting from the last run's clusters,
//! so its groups on a conversation's first run are only a beginning: they depend on the order of
//! the base clusters, and its silhouette counts each base cluster once, whatever its size. On a
//! cold start Concord therefore looks for the groups the positions support best:
//!
//! - for each k, the base clusters (weighted by size) are grouped from Pol.is's own start and
//!   from [`PLUS_PLUS_STARTS`] k-means++ starts drawn from a fixed seed;
//! - each grouping is refined by k-means over the participants themselves, so a base cluster
//!   that straddles two groups is split between them;
//! - Pol.is's start is kept unless another start's within-group sum of squares is lower by more
//!   than [`TIE`], in which case the least is kept. Optima a few per cent apart are common (on
//!   the public exports most k have several within 2 %), which of them Pol.is reached depends on
//!   its history, and its own start is the one its runs followed; a start much better than
//!   Pol.is's is a grouping its start cannot reach;
//! - k is chosen by the silhouette over participants (each counting once), measured against
//!   the groups' shares of each base cluster so that it stays linear in the participants.
//!
//! The result is deterministic. A run with an earlier state keeps Pol.is's procedure exactly
//! ([`super::clusters`]), so a conversation carried from Pol.is reproduces Pol.is. So does a
//! cold start with no more participants than base clusters ([`applies`]): each participant is
//! then a base cluster of its own, created in the order participants qualified, as on every run
//! of Pol.is, and Pol.is's own start gives Pol.is's groups exactly (`tests/polis_fixtures.rs`)
//! even where another grouping has a much smaller sum of squares.

use std::collections::HashSet;
use std::ops::RangeInclusive;

use super::clusters::{BASE_K, GROUP_ITERATIONS};
use super::kmeans::{kmeans, kmeans_from, squared_distance, step, Cluster};
use crate::parallel::map_chunks;
use crate::themes::kmeans::SplitMix64;

/// k-means++ starts tried besides Pol.is's own.
pub const PLUS_PLUS_STARTS: usize = 10;
/// Most k-means steps over the participants; they usually settle within a few dozen.
pub const REFINE_ITERATIONS: usize = 100;
/// How much lower (relative) another start's sum of squares must be to replace Pol.is's start.
/// On the public exports and Pol.is's own output any value from 0.04 to 0.15 gives the same
/// groups; 0.001 or less follows the least sum of squares (see `docs/BENCHMARKS.md`).
pub const TIE: f64 = 0.1;
/// Seed of the k-means++ starts, fixed so that the same votes always give the same groups.
const SEED: u64 = 0x0C0C_0A4D_5EED_0001;

/// Whether a cold start with this many participants in the conversation uses this module:
/// only when base clusters gather several participants, whose grouping Pol.is's history decided.
pub fn applies(participants: usize) -> bool {
    participants > BASE_K
}

/// Groups of participants for one k on a cold start.
#[derive(Clone, Debug, PartialEq)]
pub struct ColdGrouping {
    pub k: usize,
    /// Members are indices into the positions; sorted by id.
    pub clusters: Vec<Cluster>,
    /// For each cluster, the base clusters (indices) most of whose members it holds.
    pub base_members: Vec<Vec<usize>>,
    /// Silhouette over participants.
    pub silhouette: f64,
    /// Within-group sum of squared distances to the group centres.
    pub inertia: f64,
}

/// The best cold-start grouping for every k in `ks`. `base` members are indices into
/// `positions`.
pub fn cold_groupings(
    positions: &[[f64; 2]],
    base: &[Cluster],
    ks: RangeInclusive<usize>,
) -> Vec<ColdGrouping> {
    let centers: Vec<[f64; 2]> = base.iter().map(|c| c.center).collect();
    let weights: Vec<f64> = base.iter().map(|c| c.members.len() as f64).collect();
    ks.map(|k| {
        let mut rng = SplitMix64::new(SEED ^ (k as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15));
        let starts = std::iter::once(kmeans(&centers, Some(&weights), k, GROUP_ITERATIONS)).chain(
            (0..PLUS_PLUS_STARTS).map(|_| {
                let start = plus_plus(&centers, &weights, k, &mut rng);
                kmeans_from(&centers, Some(&weights), start, GROUP_ITERATIONS)
            }),
        );
        let mut seen = HashSet::new();
        let mut candidates: Vec<(Vec<Cluster>, f64)> = Vec::new();
        for start in starts {
            // Starts that end in the same grouping of base clusters refine alike.
            if seen.insert(partition(&start)) {
                candidates.push(refine(positions, base, &start));
            }
        }
        let least = candidates
            .iter()
            .map(|(_, inertia)| *inertia)
            .fold(f64::INFINITY, f64::min);
        // The first candidate is Pol.is's start; else the first with the least sum of squares.
        let chosen = match candidates.first() {
            Some((_, polis)) if *polis * (1.0 - TIE) <= least => 0,
            _ => candidates
                .iter()
                .position(|(_, inertia)| *inertia == least)
                .unwrap_or(0),
        };
        let (clusters, inertia) = candidates.swap_remove(chosen);
        let base_members = majority(base, &clusters, positions.len());
        ColdGrouping {
            k,
            silhouette: silhouette(positions, base, &clusters),
            clusters,
            base_members,
            inertia,
        }
    })
    .collect()
}

/// The grouping's sets of members, in a form that compares equal whatever the ids.
fn partition(clusters: &[Cluster]) -> Vec<Vec<usize>> {
    let mut sets: Vec<Vec<usize>> = clusters.iter().map(|c| c.members.clone()).collect();
    sets.sort();
    sets
}

/// k-means++ over weighted points (scikit-learn's greedy variant: of `2 + ln k` candidates
/// drawn in proportion to weight × squared distance, the one that lowers the total most).
/// Fewer than `k` clusters come back when fewer distinct points are left to draw.
fn plus_plus(points: &[[f64; 2]], weights: &[f64], k: usize, rng: &mut SplitMix64) -> Vec<Cluster> {
    let trials = 2 + (k as f64).ln() as usize;
    let draw = |scores: &[f64], rng: &mut SplitMix64| -> Option<usize> {
        let total: f64 = scores.iter().sum();
        if total <= 0.0 {
            return None;
        }
        let target = rng.unit() * total;
        let mut running = 0.0;
        for (i, s) in scores.iter().enumerate() {
            running += s;
            if running > target && *s > 0.0 {
                return Some(i);
            }
        }
        scores.iter().rposition(|s| *s > 0.0)
    };
    let mut centers = Vec::with_capacity(k);
    let Some(first) = draw(weights, rng) else {
        return Vec::new();
    };
    centers.push(points[first]);
    let mut nearest: Vec<f64> = points
        .iter()
        .map(|p| squared_distance(p, &points[first]))
        .collect();
    while centers.len() < k {
        let scores: Vec<f64> = weights.iter().zip(&nearest).map(|(w, d)| w * d).collect();
        let mut best: Option<(f64, usize, Vec<f64>)> = None;
        for _ in 0..trials {
            let Some(candidate) = draw(&scores, rng) else {
                break;
            };
            let updated: Vec<f64> = points
                .iter()
                .zip(&nearest)
                .map(|(p, d)| d.min(squared_distance(p, &points[candidate])))
                .collect();
            let potential: f64 = weights.iter().zip(&updated).map(|(w, d)| w * d).sum();
            if best.as_ref().is_none_or(|(b, _, _)| potential < *b) {
                best = Some((potential, candidate, updated));
            }
        }
        let Some((_, candidate, updated)) = best else {
            break;
        };
        centers.push(points[candidate]);
        nearest = updated;
    }
    centers
        .into_iter()
        .enumerate()
        .map(|(id, center)| Cluster {
            id,
            members: Vec::new(),
            center,
        })
        .collect()
}

/// K-means over the participants from a grouping of base clusters, until no participant
/// changes group; returns the groups and their sum of squares.
fn refine(positions: &[[f64; 2]], base: &[Cluster], groups: &[Cluster]) -> (Vec<Cluster>, f64) {
    let mut clusters: Vec<Cluster> = groups
        .iter()
        .map(|g| {
            let mut members: Vec<usize> = g
                .members
                .iter()
                .flat_map(|&b| base.get(b).into_iter().flat_map(|c| c.members.iter()))
                .copied()
                .collect();
            members.sort_unstable();
            Cluster {
                id: g.id,
                members,
                center: g.center,
            }
        })
        .collect();
    for _ in 0..REFINE_ITERATIONS {
        let next = step(positions, None, &clusters);
        let settled = next.len() == clusters.len()
            && next
                .iter()
                .zip(&clusters)
                .all(|(a, b)| a.members == b.members);
        clusters = next;
        if settled {
            break;
        }
    }
    clusters.sort_by_key(|c| c.id);
    let inertia = clusters
        .iter()
        .flat_map(|c| {
            c.members
                .iter()
                .map(|&m| squared_distance(&positions[m], &c.center))
        })
        .sum();
    (clusters, inertia)
}

/// For each cluster, the base clusters most of whose members it holds (ties to the earlier
/// cluster), so that the groups can be stored as Pol.is stores them, by base cluster.
fn majority(base: &[Cluster], clusters: &[Cluster], points: usize) -> Vec<Vec<usize>> {
    let mut cluster_of = vec![usize::MAX; points];
    for (c, cluster) in clusters.iter().enumerate() {
        for &m in &cluster.members {
            if let Some(slot) = cluster_of.get_mut(m) {
                *slot = c;
            }
        }
    }
    let mut out = vec![Vec::new(); clusters.len()];
    for (b, cluster) in base.iter().enumerate() {
        let mut counts = vec![0usize; clusters.len()];
        for &m in &cluster.members {
            if let Some(count) = cluster_of.get(m).and_then(|&c| counts.get_mut(c)) {
                *count += 1;
            }
        }
        // max_by_key keeps the last maximum; reversed, the earliest cluster wins ties.
        if let Some((c, _)) = counts
            .iter()
            .enumerate()
            .rev()
            .max_by_key(|(_, &n)| n)
            .filter(|(_, &n)| n > 0)
        {
            out[c].push(b);
        }
    }
    out
}

/// Mean silhouette over participants, `(b − a) / max(a, b)` each (0 alone in a group). The
/// other participants are taken at the centre of their group's share of their base cluster,
/// which keeps the cost at participants × base clusters rather than participants squared;
/// measured on the public Pol.is exports it differs from the exact silhouette by under 0.01.
pub fn silhouette(positions: &[[f64; 2]], base: &[Cluster], clusters: &[Cluster]) -> f64 {
    let k = clusters.len();
    if k < 2 || positions.is_empty() {
        return 0.0;
    }
    let mut cluster_of = vec![usize::MAX; positions.len()];
    for (c, cluster) in clusters.iter().enumerate() {
        for &m in &cluster.members {
            if let Some(slot) = cluster_of.get_mut(m) {
                *slot = c;
            }
        }
    }
    // (group, count, centre) of each group's share of each base cluster.
    let mut masses: Vec<(usize, f64, [f64; 2])> = Vec::new();
    for cluster in base {
        let mut sums = vec![(0.0f64, [0.0f64; 2]); k];
        for &m in &cluster.members {
            let (Some(&c), Some(p)) = (cluster_of.get(m), positions.get(m)) else {
                continue;
            };
            if let Some(sum) = sums.get_mut(c) {
                sum.0 += 1.0;
                sum.1[0] += p[0];
                sum.1[1] += p[1];
            }
        }
        for (c, (n, s)) in sums.into_iter().enumerate() {
            if n > 0.0 {
                masses.push((c, n, [s[0] / n, s[1] / n]));
            }
        }
    }
    let mut sizes = vec![0.0f64; k];
    for (c, n, _) in &masses {
        sizes[*c] += n;
    }
    let partials = map_chunks(positions.len(), positions.len() * masses.len(), |range| {
        let mut total = 0.0;
        let mut to = vec![0.0f64; k];
        for i in range {
            let own = cluster_of[i];
            if own >= k || sizes[own] <= 1.0 {
                continue;
            }
            to.iter_mut().for_each(|t| *t = 0.0);
            for (c, n, center) in &masses {
                to[*c] += n * squared_distance(&positions[i], center).sqrt();
            }
            let a = to[own] / (sizes[own] - 1.0);
            let b = (0..k)
                .filter(|&c| c != own && sizes[c] > 0.0)
                .map(|c| to[c] / sizes[c])
                .fold(f64::INFINITY, f64::min);
            if b.is_finite() && a.max(b) > 0.0 {
                total += (b - a) / a.max(b);
            }
        }
        total
    });
    partials.iter().sum::<f64>() / positions.len() as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::opinion::clusters::base_clusters;

    /// Two tight camps of 30 and 10 and a loose one of 20, on a line.
    fn camps() -> Vec<[f64; 2]> {
        let mut points = Vec::new();
        for i in 0..30 {
            points.push([0.0 + 0.01 * i as f64, 0.0]);
        }
        for i in 0..10 {
            points.push([5.0 + 0.01 * i as f64, 0.0]);
        }
        for i in 0..20 {
            points.push([10.0 + 0.1 * i as f64, 1.0]);
        }
        points
    }

    #[test]
    fn finds_the_camps_and_prefers_three_groups() {
        let points = camps();
        let base = base_clusters(&points, None);
        let groupings = cold_groupings(&points, &base, 2..=3);
        let best = groupings
            .iter()
            .max_by(|a, b| a.silhouette.total_cmp(&b.silhouette))
            .map(|g| g.k);
        assert_eq!(best, Some(3));
        let three = &groupings[1];
        let mut sizes: Vec<usize> = three.clusters.iter().map(|c| c.members.len()).collect();
        sizes.sort_unstable();
        assert_eq!(sizes, vec![10, 20, 30]);
        // Every base cluster belongs to exactly one group.
        let mut stored: Vec<usize> = three.base_members.iter().flatten().copied().collect();
        stored.sort_unstable();
        assert_eq!(stored, (0..base.len()).collect::<Vec<_>>());
    }

    #[test]
    fn the_same_positions_give_the_same_groups() {
        let points = camps();
        let base = base_clusters(&points, None);
        assert_eq!(
            cold_groupings(&points, &base, 2..=4),
            cold_groupings(&points, &base, 2..=4)
        );
    }

    #[test]
    fn silhouette_matches_the_exact_one_when_each_base_cluster_is_one_point() {
        let points = [[0.0, 0.0], [0.0, 1.0], [10.0, 0.0], [10.0, 1.0]];
        let base: Vec<Cluster> = points
            .iter()
            .enumerate()
            .map(|(i, p)| Cluster {
                id: i,
                members: vec![i],
                center: *p,
            })
            .collect();
        let clusters = vec![
            Cluster {
                id: 0,
                members: vec![0, 1],
                center: [0.0, 0.5],
            },
            Cluster {
                id: 1,
                members: vec![2, 3],
                center: [10.0, 0.5],
            },
        ];
        let b = (10.0 + 101f64.sqrt()) / 2.0;
        assert!((silhouette(&points, &base, &clusters) - (b - 1.0) / b).abs() < 1e-12);
    }

    #[test]
    fn plus_plus_starts_on_distinct_points() {
        let points = [[0.0, 0.0], [0.0, 0.0], [3.0, 0.0]];
        let mut rng = SplitMix64::new(1);
        let start = plus_plus(&points, &[1.0, 1.0, 1.0], 3, &mut rng);
        assert_eq!(start.len(), 2);
        assert_ne!(start[0].center, start[1].center);
    }
}
