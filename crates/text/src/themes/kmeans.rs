//! Spherical k-means over unit-length sparse TF-IDF rows: documents join the centre with the
//! highest cosine, centres are their members' mean scaled back to unit length.
//!
//! Seeding is greedy k-means++ (as scikit-learn does it): each new centre is the best of
//! `2 + ln k` documents drawn with probability proportional to their distance `1 − cos` from the
//! nearest centre already chosen, from a [`SplitMix64`] stream started at the caller's seed.
//! A cluster left empty takes the document that fits its own cluster worst, so `k` clusters
//! come back whenever there are `k` distinct documents.
//!
//! Centres are dense and stored term by term (`k` weights per term, side by side), so scoring
//! one document against every centre reads one short contiguous run per term it contains.

use super::parallel::map_chunks;
use crate::tfidf::TermMatrix;

/// Distances `1 − cos` below this are rounding errors between copies of one document.
const SAME_DIRECTION: f32 = 1e-6;

/// `k` unit-length centres over `terms` terms, stored term-major.
#[derive(Debug, Clone)]
pub(super) struct Centres {
    pub k: usize,
    /// `weights[term * k + cluster]`.
    pub weights: Vec<f32>,
}

impl Centres {
    /// The weight of `term` in `cluster`'s centre.
    pub fn weight(&self, term: usize, cluster: usize) -> f32 {
        self.weights[term * self.k + cluster]
    }
}

/// The outcome of a clustering of the rows it was given.
#[derive(Debug, Clone)]
pub(super) struct Partition {
    /// Each row's cluster.
    pub assignment: Vec<usize>,
    /// Each row's cosine with its cluster's centre.
    pub similarity: Vec<f32>,
    pub centres: Centres,
}

/// A small, fast, well-mixed generator (Steele, Lea and Flood's SplitMix64): enough for
/// seeding, and the same numbers on every platform.
pub(crate) struct SplitMix64(u64);

impl SplitMix64 {
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Uniform in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        ((self.unit() * n as f64) as usize).min(n.saturating_sub(1))
    }
}

/// Clusters `rows` of `matrix` (each with at least one term) into `k` clusters. Indices in the
/// result are positions in `rows`.
pub(super) fn spherical_kmeans(
    matrix: &TermMatrix,
    rows: &[usize],
    terms: usize,
    k: usize,
    seed: u64,
    max_iterations: usize,
) -> Partition {
    let seeds = seed_centres(matrix, rows, terms, k, seed);
    let k = seeds.len().max(1);
    let mut centres = Centres {
        k,
        weights: vec![0.0; terms * k],
    };
    for (cluster, &seed_row) in seeds.iter().enumerate() {
        let (ids, weights) = matrix.row(rows[seed_row]);
        for (&t, &w) in ids.iter().zip(weights) {
            centres.weights[t as usize * k + cluster] = w;
        }
    }

    let mut assignment: Vec<usize> = Vec::new();
    for _ in 0..max_iterations.max(1) {
        let mut step = assign(matrix, rows, &centres);
        refill_empty_clusters(matrix, rows, &mut step);
        centres = normalised(&step.sums, terms, k);
        let settled = step.assignment == assignment;
        assignment = step.assignment;
        if settled {
            break;
        }
    }
    // Members are those the final centres were computed from; their similarities are measured
    // against those centres, whether the loop settled or ran out of iterations.
    let similarity = similarity_to(matrix, rows, &centres, &assignment);
    Partition {
        assignment,
        similarity,
        centres,
    }
}

/// One assignment pass: each row's nearest centre, its cosine, and the sums of the rows per
/// cluster (term-major, like the centres).
struct Step {
    k: usize,
    assignment: Vec<usize>,
    similarity: Vec<f32>,
    sums: Vec<f32>,
}

fn assign(matrix: &TermMatrix, rows: &[usize], centres: &Centres) -> Step {
    let k = centres.k;
    let terms = centres.weights.len() / k.max(1);
    let weight = matrix.stored() * k;
    let parts = map_chunks(rows.len(), weight, |range| {
        let mut assignment = Vec::with_capacity(range.len());
        let mut similarity = Vec::with_capacity(range.len());
        let mut sums = vec![0.0f32; terms * k];
        let mut scores = vec![0.0f32; k];
        for &row in &rows[range] {
            let (ids, weights) = matrix.row(row);
            scores.fill(0.0);
            for (&t, &w) in ids.iter().zip(weights) {
                let at = t as usize * k;
                for (score, &c) in scores.iter_mut().zip(&centres.weights[at..at + k]) {
                    *score += w * c;
                }
            }
            let (best, best_score) = best_of(&scores);
            for (&t, &w) in ids.iter().zip(weights) {
                sums[t as usize * k + best] += w;
            }
            assignment.push(best);
            similarity.push(best_score);
        }
        (assignment, similarity, sums)
    });
    let mut step = Step {
        k,
        assignment: Vec::with_capacity(rows.len()),
        similarity: Vec::with_capacity(rows.len()),
        sums: vec![0.0; terms * k],
    };
    for (assignment, similarity, sums) in parts {
        step.assignment.extend(assignment);
        step.similarity.extend(similarity);
        for (total, part) in step.sums.iter_mut().zip(sums) {
            *total += part;
        }
    }
    step
}

/// The highest score and its position (the first on ties).
fn best_of(scores: &[f32]) -> (usize, f32) {
    let mut best = (0, f32::NEG_INFINITY);
    for (c, &s) in scores.iter().enumerate() {
        if s > best.1 {
            best = (c, s);
        }
    }
    best
}

/// Each row's cosine with the centre of the cluster `assignment` gives it.
fn similarity_to(
    matrix: &TermMatrix,
    rows: &[usize],
    centres: &Centres,
    assignment: &[usize],
) -> Vec<f32> {
    rows.iter()
        .zip(assignment)
        .map(|(&row, &cluster)| {
            let (ids, weights) = matrix.row(row);
            ids.iter()
                .zip(weights)
                .map(|(&t, &w)| w * centres.weight(t as usize, cluster))
                .sum()
        })
        .collect()
}

/// Gives every empty cluster the row that fits its own cluster worst (lowest cosine, first on
/// ties), taken from a cluster that keeps at least one member.
fn refill_empty_clusters(matrix: &TermMatrix, rows: &[usize], step: &mut Step) {
    let k = step.k;
    let mut sizes = vec![0usize; k];
    for &c in &step.assignment {
        sizes[c] += 1;
    }
    for empty in 0..k {
        if sizes[empty] > 0 {
            continue;
        }
        let worst = (0..rows.len())
            .filter(|&r| sizes[step.assignment[r]] > 1)
            .min_by(|&a, &b| step.similarity[a].total_cmp(&step.similarity[b]));
        let Some(worst) = worst else {
            return;
        };
        let from = step.assignment[worst];
        let (ids, weights) = matrix.row(rows[worst]);
        for (&t, &w) in ids.iter().zip(weights) {
            step.sums[t as usize * k + from] -= w;
            step.sums[t as usize * k + empty] += w;
        }
        sizes[from] -= 1;
        sizes[empty] += 1;
        step.assignment[worst] = empty;
        step.similarity[worst] = 1.0;
    }
}

/// Centres from per-cluster sums: each scaled to unit length (a cluster with no weight stays
/// zero and attracts no one).
fn normalised(sums: &[f32], terms: usize, k: usize) -> Centres {
    let mut norms = vec![0.0f32; k];
    for term in 0..terms {
        for (norm, &w) in norms.iter_mut().zip(&sums[term * k..term * k + k]) {
            *norm += w * w;
        }
    }
    let scale: Vec<f32> = norms
        .iter()
        .map(|&n| if n > 0.0 { 1.0 / n.sqrt() } else { 0.0 })
        .collect();
    let mut weights = sums.to_vec();
    for term in 0..terms {
        for (w, &s) in weights[term * k..term * k + k].iter_mut().zip(&scale) {
            *w *= s;
        }
    }
    Centres { k, weights }
}

/// Greedy k-means++: up to `k` rows (positions in `rows`) to start the centres from. Fewer come
/// back when the rows hold fewer than `k` distinct directions.
fn seed_centres(
    matrix: &TermMatrix,
    rows: &[usize],
    terms: usize,
    k: usize,
    seed: u64,
) -> Vec<usize> {
    if rows.is_empty() || k == 0 {
        return Vec::new();
    }
    let mut random = SplitMix64::new(seed);
    let trials = 2 + (k as f64).ln() as usize;
    let mut dense = vec![0.0f32; terms];
    let first = random.below(rows.len());
    let mut chosen = vec![first];
    let mut nearest = distances_to(matrix, rows, rows[first], &mut dense);
    while chosen.len() < k {
        let total: f64 = nearest.iter().map(|&d| f64::from(d)).sum();
        if total <= 0.0 {
            break;
        }
        let mut best: Option<(f64, usize, Vec<f32>)> = None;
        for _ in 0..trials {
            let candidate = draw(&nearest, total, random.unit());
            let distances = distances_to(matrix, rows, rows[candidate], &mut dense);
            let merged: Vec<f32> = nearest
                .iter()
                .zip(&distances)
                .map(|(&a, &b)| a.min(b))
                .collect();
            let potential: f64 = merged.iter().map(|&d| f64::from(d)).sum();
            if best.as_ref().is_none_or(|b| potential < b.0) {
                best = Some((potential, candidate, merged));
            }
        }
        let Some((_, candidate, merged)) = best else {
            break;
        };
        chosen.push(candidate);
        nearest = merged;
    }
    chosen
}

/// The row whose cumulative distance first passes `unit × total` (skipping rows at distance
/// zero, which are already centres or copies of them).
fn draw(distances: &[f32], total: f64, unit: f64) -> usize {
    let target = unit * total;
    let mut cumulative = 0.0f64;
    let mut last_positive = 0;
    for (row, &d) in distances.iter().enumerate() {
        if d <= 0.0 {
            continue;
        }
        cumulative += f64::from(d);
        last_positive = row;
        if cumulative > target {
            return row;
        }
    }
    last_positive
}

/// Every row's distance `1 − cos` to row `centre` (never below zero).
fn distances_to(matrix: &TermMatrix, rows: &[usize], centre: usize, dense: &mut [f32]) -> Vec<f32> {
    let (ids, weights) = matrix.row(centre);
    for (&t, &w) in ids.iter().zip(weights) {
        dense[t as usize] = w;
    }
    let dense_ref: &[f32] = dense;
    let parts = map_chunks(rows.len(), matrix.stored(), |range| {
        rows[range]
            .iter()
            .map(|&row| {
                let (ids, weights) = matrix.row(row);
                let cos: f32 = ids
                    .iter()
                    .zip(weights)
                    .map(|(&t, &w)| w * dense_ref[t as usize])
                    .sum();
                let distance = 1.0 - cos;
                // Copies of the centre come out a rounding error away; they are at zero.
                if distance < SAME_DIRECTION {
                    0.0
                } else {
                    distance
                }
            })
            .collect::<Vec<f32>>()
    });
    for &t in ids {
        dense[t as usize] = 0.0;
    }
    parts.concat()
}
