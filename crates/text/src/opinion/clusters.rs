//! Base clusters, group clusters and the choice of how many groups (Pol.is's
//! `conversation.clj` and `clusters.clj`).
//!
//! Participants in the conversation are first gathered into up to 100 base clusters by
//! k-means on their positions; groups are then k-means clusterings of the base-cluster centres,
//! each weighted by its size, for every k from 2 to `min(5, 2 + base clusters / 12)`. The k
//! whose clustering has the highest silhouette (over base-cluster centres, unweighted; ties go
//! to the larger k) is this run's best k.
//!
//! Pol.is does not switch to a new k at once: its `group-k-smoother` remembers the best k of
//! earlier runs and switches only once the same new k has been best 4 runs in a row. On a
//! conversation's first run (a cold start, no [`KSmoother`] passed in) the best k is taken,
//! which is what Pol.is does on its first run too. Callers that re-run the analysis as votes
//! arrive can keep the smoother and pass it back to get Pol.is's behaviour.

use serde::{Deserialize, Serialize};

use super::kmeans::{kmeans, kmeans_from, warm_start, Cluster};

/// Pol.is's number of base clusters.
pub const BASE_K: usize = 100;
/// Iterations for base clusters (Pol.is's `:base-iters`).
pub const BASE_ITERATIONS: usize = 100;
/// Iterations for group clusters. Pol.is passes `:group-iters` under a key its k-means does not
/// read, so its default of 20 applies; kept for the same results.
pub const GROUP_ITERATIONS: usize = 20;
/// Most groups Pol.is shows.
pub const MAX_GROUPS: usize = 5;
/// Runs a new best k must win in a row before the shown k changes (`:group-k-buffer`).
pub const K_BUFFER: u32 = 4;

/// Base clusters of the given positions; members are indices into `positions`. `previous`
/// are the last run's base clusters (members already mapped to indices here), if any.
pub fn base_clusters(positions: &[[f64; 2]], previous: Option<Vec<Cluster>>) -> Vec<Cluster> {
    let mut clusters = match previous {
        Some(previous) if !previous.is_empty() => {
            let start = warm_start(positions, None, previous, BASE_K);
            kmeans_from(positions, None, start, BASE_ITERATIONS)
        }
        _ => kmeans(positions, None, BASE_K, BASE_ITERATIONS),
    };
    clusters.sort_by_key(|c| c.id);
    clusters
}

/// The largest k tried for this many base clusters.
pub fn max_group_count(base_cluster_count: usize) -> usize {
    MAX_GROUPS.min(2 + base_cluster_count / 12)
}

/// One candidate grouping of base clusters.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupClustering {
    pub k: usize,
    /// Members are indices into the base clusters.
    pub clusters: Vec<Cluster>,
    pub silhouette: f64,
}

/// Groups of base clusters for every k in `ks` (Pol.is: `2..=max_group_count(base.len())`),
/// with their silhouettes. `previous(k)` gives the last run's clustering for k (members as
/// indices into `base`), if any, to start from.
pub fn group_clusterings(
    base: &[Cluster],
    ks: std::ops::RangeInclusive<usize>,
    previous: impl Fn(usize) -> Option<Vec<Cluster>>,
) -> Vec<GroupClustering> {
    let centers: Vec<[f64; 2]> = base.iter().map(|c| c.center).collect();
    let weights: Vec<f64> = base.iter().map(|c| c.members.len() as f64).collect();
    let distances = distance_matrix(&centers);
    ks.map(|k| {
        let mut clusters = match previous(k) {
            Some(previous) if !previous.is_empty() => {
                let start = warm_start(&centers, Some(&weights), previous, k);
                kmeans_from(&centers, Some(&weights), start, GROUP_ITERATIONS)
            }
            _ => kmeans(&centers, Some(&weights), k, GROUP_ITERATIONS),
        };
        clusters.sort_by_key(|c| c.id);
        let silhouette = silhouette(&distances, &clusters);
        GroupClustering {
            k,
            clusters,
            silhouette,
        }
    })
    .collect()
}

/// This run's best k: highest silhouette, the larger k on ties (Clojure's `max-key`).
pub fn best_k(clusterings: &[GroupClustering]) -> Option<usize> {
    clusterings
        .iter()
        .fold(None::<&GroupClustering>, |best, c| match best {
            Some(b) if b.silhouette > c.silhouette => Some(b),
            _ => Some(c),
        })
        .map(|c| c.k)
}

fn distance_matrix(points: &[[f64; 2]]) -> Vec<Vec<f64>> {
    points
        .iter()
        .map(|a| {
            points
                .iter()
                .map(|b| ((a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2)).sqrt())
                .collect()
        })
        .collect()
}

/// Mean silhouette over the clustered items: for each, `(b - a) / max(a, b)` with `a` its mean
/// distance to the rest of its cluster and `b` the lowest mean distance to another cluster; 0 for
/// an item alone in its cluster.
pub fn silhouette(distances: &[Vec<f64>], clusters: &[Cluster]) -> f64 {
    let mut total = 0.0;
    let mut count = 0usize;
    for cluster in clusters {
        for &member in &cluster.members {
            count += 1;
            total += member_silhouette(distances, clusters, cluster.id, member);
        }
    }
    if count == 0 {
        0.0
    } else {
        total / count as f64
    }
}

fn member_silhouette(
    distances: &[Vec<f64>],
    clusters: &[Cluster],
    own: usize,
    member: usize,
) -> f64 {
    let Some(row) = distances.get(member) else {
        return 0.0;
    };
    let mean_to = |members: &[usize]| -> Option<f64> {
        let others: Vec<f64> = members
            .iter()
            .filter(|&&m| m != member)
            .filter_map(|&m| row.get(m).copied())
            .collect();
        (!others.is_empty()).then(|| others.iter().sum::<f64>() / others.len() as f64)
    };
    let mut a = None;
    let mut b: Option<f64> = None;
    for cluster in clusters {
        if cluster.id == own {
            match mean_to(&cluster.members) {
                Some(mean) => a = Some(mean),
                None => return 0.0,
            }
        } else if let Some(mean) = mean_to(&cluster.members) {
            b = Some(b.map_or(mean, |b| b.min(mean)));
        }
    }
    match (a, b) {
        (Some(a), Some(b)) if a.max(b) > 0.0 => (b - a) / a.max(b),
        _ => 0.0,
    }
}

/// Pol.is's `group-k-smoother` state, kept between runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KSmoother {
    /// The best k of the latest run.
    pub last_k: usize,
    /// How many runs in a row `last_k` has been the best.
    pub last_k_count: u32,
    /// The k shown.
    pub smoothed_k: usize,
}

impl KSmoother {
    /// The state after a run whose best k is `this_k`.
    pub fn next(previous: Option<&KSmoother>, this_k: usize) -> KSmoother {
        let last_k_count = match previous {
            Some(p) if p.last_k == this_k => p.last_k_count + 1,
            _ => 1,
        };
        let smoothed_k = match previous {
            _ if last_k_count >= K_BUFFER => this_k,
            Some(p) => p.smoothed_k,
            None => this_k,
        };
        KSmoother {
            last_k: this_k,
            last_k_count,
            smoothed_k,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn silhouette_of_two_tight_pairs_is_near_one() {
        let points = [[0.0, 0.0], [0.0, 1.0], [10.0, 0.0], [10.0, 1.0]];
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
        let s = silhouette(&distance_matrix(&points), &clusters);
        let b = (10.0 + 101f64.sqrt()) / 2.0;
        assert!((s - (b - 1.0) / b).abs() < 1e-12);
    }

    #[test]
    fn singleton_counts_as_zero() {
        let points = [[0.0, 0.0], [0.0, 1.0], [10.0, 0.0]];
        let clusters = vec![
            Cluster {
                id: 0,
                members: vec![0, 1],
                center: [0.0, 0.5],
            },
            Cluster {
                id: 1,
                members: vec![2],
                center: [10.0, 0.0],
            },
        ];
        let d = distance_matrix(&points);
        let expected = (0.9 + (101f64.sqrt() - 1.0) / 101f64.sqrt()) / 3.0;
        assert!((silhouette(&d, &clusters) - expected).abs() < 1e-12);
    }

    #[test]
    fn k_changes_only_after_four_wins_in_a_row() {
        let mut s = KSmoother::next(None, 3);
        assert_eq!(s.smoothed_k, 3);
        for run in 1..=4 {
            s = KSmoother::next(Some(&s), 2);
            assert_eq!(s.smoothed_k, if run < 4 { 3 } else { 2 }, "run {run}");
        }
        s = KSmoother::next(Some(&s), 4);
        assert_eq!((s.smoothed_k, s.last_k_count), (2, 1));
    }

    #[test]
    fn max_k_grows_with_base_clusters() {
        assert_eq!(max_group_count(11), 2);
        assert_eq!(max_group_count(23), 3);
        assert_eq!(max_group_count(100), 5);
    }
}
