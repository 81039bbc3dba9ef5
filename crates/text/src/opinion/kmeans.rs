//! Pol.is's k-means (`clusters.clj`), over points in the plane, optionally weighted.
//!
//! It differs from textbook k-means in ways that change results, so they are kept:
//! - the initial centres are the first `k` distinct points in input order (no randomness);
//! - a cluster that ends a step with no members is dropped, so fewer than `k` may come back;
//! - it stops when the sorted centres all moved less than 0.01, or after `max_iterations + 1`
//!   steps.
//!
//! Pol.is starts each run from the previous run's clusters ([`warm_start`], its
//! `clean-start-clusters`); [`kmeans`] is the cold start of a conversation's first run.

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
    kmeans_from(points, weights, initial_clusters(points, k), max_iterations)
}

/// K-means from the given starting clusters (from [`warm_start`]).
pub fn kmeans_from(
    points: &[[f64; 2]],
    weights: Option<&[f64]>,
    mut clusters: Vec<Cluster>,
    max_iterations: usize,
) -> Vec<Cluster> {
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

/// Pol.is's `clean-start-clusters`: the previous run's clusters made ready for new data.
/// `previous` members are indices into `points` (members no longer present already removed).
/// Clusters left without members are dropped, clusters that now share a centre are merged, and
/// while there are fewer than `k` clusters (and more distinct points than clusters) the point
/// farthest from every centre is taken out to start a new cluster with the next id.
pub fn warm_start(
    points: &[[f64; 2]],
    weights: Option<&[f64]>,
    previous: Vec<Cluster>,
    k: usize,
) -> Vec<Cluster> {
    let next_id = |clusters: &[Cluster]| clusters.iter().map(|c| c.id + 1).max().unwrap_or(0);
    let mut clusters: Vec<Cluster> = previous
        .into_iter()
        .filter(|c| !c.members.is_empty())
        .collect();
    if clusters.is_empty() {
        return vec![Cluster {
            id: 0,
            members: (0..points.len()).collect(),
            center: mean(points, weights, &(0..points.len()).collect::<Vec<_>>()),
        }];
    }
    recenter(points, weights, &mut clusters);
    let mut unique: Vec<Cluster> = Vec::with_capacity(clusters.len());
    for cluster in clusters {
        match unique.iter_mut().find(|u| u.center == cluster.center) {
            Some(same) => {
                if cluster.members.len() > same.members.len() {
                    same.id = cluster.id;
                }
                same.members.extend(cluster.members);
            }
            None => unique.push(cluster),
        }
    }
    let mut clusters = unique;
    let distinct = initial_clusters(points, k).len();
    let possible = k.min(distinct);
    loop {
        recenter(points, weights, &mut clusters);
        if clusters.len() >= possible {
            return clusters;
        }
        let farthest = points
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let nearest = clusters
                    .iter()
                    .map(|c| squared_distance(p, &c.center))
                    .fold(f64::INFINITY, f64::min);
                (nearest, i)
            })
            // Clojure's max-key keeps the last of equal maxima.
            .fold(None::<(f64, usize)>, |best, x| match best {
                Some(b) if b.0 > x.0 => Some(b),
                _ => Some(x),
            });
        let Some((distance, point)) = farthest else {
            return clusters;
        };
        if distance <= 0.0 {
            return clusters;
        }
        for c in &mut clusters {
            c.members.retain(|&m| m != point);
        }
        clusters.retain(|c| !c.members.is_empty());
        let id = next_id(&clusters);
        clusters.push(Cluster {
            id,
            members: vec![point],
            center: points[point],
        });
    }
}

fn recenter(points: &[[f64; 2]], weights: Option<&[f64]>, clusters: &mut [Cluster]) {
    for c in clusters.iter_mut() {
        c.center = mean(points, weights, &c.members);
    }
}

fn mean(points: &[[f64; 2]], weights: Option<&[f64]>, members: &[usize]) -> [f64; 2] {
    let (mut x, mut y, mut total) = (0.0, 0.0, 0.0);
    for &m in members {
        let (Some(p), w) = (
            points.get(m),
            weights.and_then(|w| w.get(m)).copied().unwrap_or(1.0),
        ) else {
            continue;
        };
        x += w * p[0];
        y += w * p[1];
        total += w;
    }
    if total > 0.0 {
        [x / total, y / total]
    } else {
        [0.0, 0.0]
    }
}

pub(super) fn squared_distance(a: &[f64; 2], b: &[f64; 2]) -> f64 {
    let (dx, dy) = (a[0] - b[0], a[1] - b[1]);
    dx * dx + dy * dy
}

/// One step: every point joins its nearest centre (the lowest id on ties), empty clusters are
/// dropped, and centres move to their members' (weighted) mean.
pub(super) fn step(
    points: &[[f64; 2]],
    weights: Option<&[f64]>,
    clusters: &[Cluster],
) -> Vec<Cluster> {
    let k = clusters.len();
    let partials = super::parallel::map_chunks(points.len(), points.len() * k, |range| {
        let mut nearest = Vec::with_capacity(range.len());
        let mut sums = vec![[0.0f64; 2]; k];
        let mut totals = vec![0.0f64; k];
        for i in range {
            let point = &points[i];
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
            nearest.push((i, best));
            sums[best][0] += w * point[0];
            sums[best][1] += w * point[1];
            totals[best] += w;
        }
        (nearest, sums, totals)
    });
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); k];
    let mut sums = vec![[0.0f64; 2]; k];
    let mut totals = vec![0.0f64; k];
    for (nearest, partial_sums, partial_totals) in partials {
        for (i, best) in nearest {
            members[best].push(i);
        }
        for c in 0..k {
            sums[c][0] += partial_sums[c][0];
            sums[c][1] += partial_sums[c][1];
            totals[c] += partial_totals[c];
        }
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
    fn warm_start_keeps_ids_and_splits_off_the_farthest_point() {
        let points = [[0.0, 0.0], [0.2, 0.0], [10.0, 0.0], [10.0, 5.0]];
        let previous = vec![Cluster {
            id: 7,
            members: vec![0, 1, 2],
            center: [9.0, 9.0],
        }];
        let clusters = warm_start(&points, None, previous, 2);
        assert_eq!(clusters.len(), 2);
        assert_eq!(clusters[0].id, 7);
        assert_eq!(clusters[1].id, 8);
        // The recentred cluster sits at (3.4, 0); (10, 5) is farthest from it.
        assert_eq!(clusters[1].members, vec![3]);
        let settled = kmeans_from(&points, None, clusters, 20);
        assert_eq!(
            settled
                .iter()
                .map(|c| c.members.clone())
                .collect::<Vec<_>>(),
            vec![vec![0, 1], vec![2, 3]]
        );
    }

    #[test]
    fn fewer_distinct_points_than_k() {
        let points = [[1.0, 1.0], [1.0, 1.0]];
        let clusters = kmeans(&points, None, 3, 20);
        assert_eq!(clusters.len(), 1);
        assert_eq!(clusters[0].members, vec![0, 1]);
    }
}
