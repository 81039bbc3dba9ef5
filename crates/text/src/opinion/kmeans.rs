//! Pol.is's k-means (`clusters.clj`), over points in the plane, optionally weighted.
//!
//! It differs from textbook k-means in ways that change results, so they are kept:
//! - the initial centres are the first `k` distinct points in input order (no randomness);
//! - a cluster that ends a step with no members is dropped, so fewer than `k` may come back;
//! - it stops when the sorted centres all moved less than 0.01, or after `max_iterations + 1`
//!   steps.
//!
//! Pol.is starts each run from the previous run's clusters; this cold start is what Pol.is does
//! for a conversation's first run.

/// A cluster: its id (the position of its initial centre), member indices and centre.
#[derive(Clone, Debug, PartialEq)]
pub struct Cluster {
    pub id: usize,
    /// Indices into the clustered points, ascending.
    pub members: Vec<usize>,
    pub center: [f64; 2],
}

/// Centres that moved less than this are considered settled (Pol.is's `same-clustering?`).
const SETTLED: f64 = 0.01;

/// Clusters `points` into at most `k` clusters, sorted by id. `weights`, if given, has one
/// weight per point and makes each centre the weighted mean of its members.
pub fn kmeans(
    points: &[[f64; 2]],
    weights: Option<&[f64]>,
    k: usize,
    max_iterations: usize,
) -> Vec<Cluster> {
    let mut clusters = initial_clusters(points, k);
    for iteration in 0..=max_iterations {
        let next = step(points, weights, &clusters);
        let settled = same_clustering(&clusters, &next);
        clusters = next;
        if settled || iteration == max_iterations {
            break;
        }
    }
    clusters.sort_by_key(|c| c.id);
    clusters
}

/// The first `k` distinct points, in order, as empty clusters.
fn initial_clusters(points: &[[f64; 2]], k: usize) -> Vec<Cluster> {
    let mut seen = std::collections::HashSet::new();
    let mut clusters = Vec::with_capacity(k);
    for point in points {
        if clusters.len() == k {
            break;
        }
        // -0.0 and 0.0 are the same point, as in Clojure's `distinct` on numbers.
        let key = (normalised_bits(point[0]), normalised_bits(point[1]));
        if seen.insert(key) {
            clusters.push(Cluster {
                id: clusters.len(),
                members: Vec::new(),
                center: *point,
            });
        }
    }
    clusters
}

fn normalised_bits(x: f64) -> u64 {
    if x == 0.0 {
        0
    } else {
        x.to_bits()
    }
}

fn squared_distance(a: &[f64; 2], b: &[f64; 2]) -> f64 {
    let (dx, dy) = (a[0] - b[0], a[1] - b[1]);
    dx * dx + dy * dy
}

/// One step: every point joins its nearest centre (the lowest id on ties), empty clusters are
/// dropped, and centres move to their members' (weighted) mean.
fn step(points: &[[f64; 2]], weights: Option<&[f64]>, clusters: &[Cluster]) -> Vec<Cluster> {
    let k = clusters.len();
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); k];
    let mut sums = vec![[0.0f64; 2]; k];
    let mut totals = vec![0.0f64; k];
    for (i, point) in points.iter().enumerate() {
        let mut best = 0;
        let mut best_distance = f64::INFINITY;
        for (c, cluster) in clusters.iter().enumerate() {
            let d = squared_distance(point, &cluster.center);
            if d < best_distance {
                best = c;
                best_distance = d;
            }
        }
        let w = weights.and_then(|w| w.get(i)).copied().unwrap_or(1.0);
        members[best].push(i);
        sums[best][0] += w * point[0];
        sums[best][1] += w * point[1];
        totals[best] += w;
    }
    clusters
        .iter()
        .zip(members)
        .zip(sums.iter().zip(&totals))
        .filter(|((_, m), _)| !m.is_empty())
        .map(|((cluster, m), (sum, &total))| {
            let center = if total > 0.0 {
                [sum[0] / total, sum[1] / total]
            } else {
                cluster.center
            };
            Cluster {
                id: cluster.id,
                members: m,
                center,
            }
        })
        .collect()
}

/// Pol.is compares the sorted centres pairwise (as many pairs as the shorter list has).
fn same_clustering(a: &[Cluster], b: &[Cluster]) -> bool {
    let sorted = |clusters: &[Cluster]| {
        let mut centers: Vec<[f64; 2]> = clusters.iter().map(|c| c.center).collect();
        centers.sort_by(|x, y| x[0].total_cmp(&y[0]).then(x[1].total_cmp(&y[1])));
        centers
    };
    sorted(a)
        .iter()
        .zip(&sorted(b))
        .all(|(x, y)| squared_distance(x, y).sqrt() < SETTLED)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_distinct_points_start_the_clusters() {
        let points = [[0.0, 0.0], [0.0, 0.0], [10.0, 0.0], [0.1, 0.0], [10.1, 0.0]];
        let clusters = kmeans(&points, None, 2, 20);
        assert_eq!(clusters.len(), 2);
        assert_eq!(clusters[0].members, vec![0, 1, 3]);
        assert_eq!(clusters[1].members, vec![2, 4]);
        assert!((clusters[1].center[0] - 10.05).abs() < 1e-12);
    }

    #[test]
    fn weights_pull_the_centre() {
        let points = [[0.0, 0.0], [1.0, 0.0], [100.0, 0.0]];
        let clusters = kmeans(&points, Some(&[1.0, 3.0, 1.0]), 2, 20);
        assert!((clusters[0].center[0] - 0.75).abs() < 1e-12);
    }

    #[test]
    fn fewer_distinct_points_than_k() {
        let points = [[1.0, 1.0], [1.0, 1.0]];
        let clusters = kmeans(&points, None, 3, 20);
        assert_eq!(clusters.len(), 1);
        assert_eq!(clusters[0].members, vec![0, 1]);
    }
}
