//! How many themes: the count whose clustering has the highest mean silhouette, with cosine
//! distance `1 − cos`, measured on a fixed sample of at most [`SAMPLE`] documents.
//!
//! The silhouette of a document compares its mean distance to the other members of its theme
//! (`a`) with its mean distance to the members of the nearest other theme (`b`):
//! `(b − a) / max(a, b)`, from −1 (misplaced) to 1 (well apart); a theme of one has 0. Unlike the
//! clustering objective it does not improve merely because there are more themes, so it can
//! compare counts; unlike an elbow it needs no judgement of where a curve bends.
//!
//! It costs a distance per pair of documents, so beyond [`SAMPLE`] documents it is measured on a
//! sample drawn from the seed: the distances are computed once and serve every count tried.

use super::kmeans::SplitMix64;
use super::parallel::map_chunks;
use crate::tfidf::TermMatrix;

/// Most documents the silhouette is measured on: 2,000 give a mean within about ±0.01 of the
/// whole corpus's and cost 4 million distances.
pub(super) const SAMPLE: usize = 2_000;

/// The sampled documents and the distances between them.
pub(super) struct Sample {
    /// Positions in the clustered rows, ascending.
    positions: Vec<usize>,
    /// `distances[i * len + j]`: `1 − cos` between sampled documents `i` and `j`.
    distances: Vec<f32>,
}

impl Sample {
    /// Samples up to [`SAMPLE`] of `rows` (rows of `matrix` over `terms` terms) and measures the
    /// distances between them.
    pub fn new(matrix: &TermMatrix, rows: &[usize], terms: usize, seed: u64) -> Self {
        let mut positions: Vec<usize> = (0..rows.len()).collect();
        if positions.len() > SAMPLE {
            // A partial Fisher–Yates shuffle: the first SAMPLE places are a uniform sample. The
            // seed is varied so the sample is not drawn from the same numbers as the centres.
            let mut random = SplitMix64::new(seed ^ 0xA5A5_A5A5_A5A5_A5A5);
            for i in 0..SAMPLE {
                let j = i + random.below(positions.len() - i);
                positions.swap(i, j);
            }
            positions.truncate(SAMPLE);
            positions.sort_unstable();
        }
        let len = positions.len();
        let positions_ref = &positions;
        let weight = len * len * (matrix.stored() / rows.len().max(1)).max(1);
        let parts = map_chunks(len, weight, |range| {
            let mut dense = vec![0.0f32; terms];
            let mut part = Vec::with_capacity(range.len() * len);
            for i in range {
                let (ids, weights) = matrix.row(rows[positions_ref[i]]);
                for (&t, &w) in ids.iter().zip(weights) {
                    dense[t as usize] = w;
                }
                for &other in positions_ref {
                    let (other_ids, other_weights) = matrix.row(rows[other]);
                    let cos: f32 = other_ids
                        .iter()
                        .zip(other_weights)
                        .map(|(&t, &w)| w * dense[t as usize])
                        .sum();
                    part.push((1.0 - cos).max(0.0));
                }
                for &t in ids {
                    dense[t as usize] = 0.0;
                }
            }
            part
        });
        Self {
            positions,
            distances: parts.concat(),
        }
    }

    /// Mean silhouette of the sampled documents under `assignment` (one cluster per clustered
    /// row, `k` clusters).
    pub fn silhouette(&self, assignment: &[usize], k: usize) -> f64 {
        let len = self.positions.len();
        if len < 2 || k < 2 {
            return 0.0;
        }
        let labels: Vec<usize> = self.positions.iter().map(|&p| assignment[p]).collect();
        let mut sizes = vec![0usize; k];
        for &l in &labels {
            sizes[l] += 1;
        }
        let mut sums = vec![0.0f64; k];
        let mut total = 0.0f64;
        for (i, &own) in labels.iter().enumerate() {
            sums.fill(0.0);
            for (&d, &l) in self.distances[i * len..(i + 1) * len].iter().zip(&labels) {
                sums[l] += f64::from(d);
            }
            if sizes[own] < 2 {
                continue;
            }
            // The document's distance to itself is zero, so the sum needs no correction.
            let within = sums[own] / (sizes[own] - 1) as f64;
            let nearest_other = (0..k)
                .filter(|&l| l != own && sizes[l] > 0)
                .map(|l| sums[l] / sizes[l] as f64)
                .fold(f64::INFINITY, f64::min);
            if !nearest_other.is_finite() {
                continue;
            }
            let spread = within.max(nearest_other);
            if spread > 0.0 {
                total += (nearest_other - within) / spread;
            }
        }
        total / len as f64
    }
}
