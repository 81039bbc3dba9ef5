//! Principal components of the vote matrix, and participants' and statements' positions on them.
//!
//! As Pol.is (`pca.clj`): missing votes are replaced by the statement's mean vote, the matrix is
//! centred on those means, and each component is found by power iteration, the second after
//! the first has been factored out of the data. Because a missing cell becomes exactly the
//! mean, the centred matrix is zero wherever nobody voted, so it stays sparse and each
//! iteration costs time in proportion to the number of votes, not cells; factoring a component
//! out is applied to the iteration vector instead of the data, which is the same product.
//!
//! Pol.is stops after 100 iterations from its previous run's components (a random vector the
//! first time). With no previous run, iterating from a fixed vector until the component stops
//! moving reaches the same vector that Pol.is's warm starts converge to.
//!
//! Rejected and meta statements are zero for everyone, as in Pol.is: they add nothing to the
//! components, but they count as voted in the sparsity scaling of positions.

use super::matrix::VoteMatrix;

/// The two components, the centre, and how they were found.
#[derive(Clone, Debug, PartialEq)]
pub struct Pca {
    /// Mean vote per statement column (0 for left-out statements).
    pub center: Vec<f64>,
    /// Unit vectors over statement columns. The sign of each is arbitrary; it is fixed here so
    /// that the entry of largest magnitude is positive.
    pub components: [Vec<f64>; 2],
    /// Power iterations each component took.
    pub iterations: [usize; 2],
}

/// How long to iterate.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PowerIteration {
    pub max_iterations: usize,
    /// Stop once the unit vector moves less than this (Euclidean) in one iteration.
    pub tolerance: f64,
}

impl Default for PowerIteration {
    fn default() -> Self {
        PowerIteration {
            max_iterations: 2000,
            tolerance: 1e-11,
        }
    }
}

/// Computes the centre and two components. `left_out[c]` marks columns zeroed for everyone.
/// `start` are components from an earlier run to start from (Pol.is's warm start), if any.
pub fn principal_components(
    matrix: &VoteMatrix,
    left_out: &[bool],
    iteration: PowerIteration,
    start: Option<&[Vec<f64>; 2]>,
) -> Pca {
    let n_columns = matrix.statement_count();
    let n_rows = matrix.participant_count();
    let (row_starts, columns, values) = matrix.parts();

    let mut sums = vec![0.0f64; n_columns];
    let mut counts = vec![0usize; n_columns];
    for (&column, &value) in columns.iter().zip(values) {
        let c = column as usize;
        sums[c] += f64::from(value);
        counts[c] += 1;
    }
    let center: Vec<f64> = (0..n_columns)
        .map(|c| {
            if is_left_out(left_out, c) || counts[c] == 0 {
                0.0
            } else {
                sums[c] / counts[c] as f64
            }
        })
        .collect();
    let centred: Vec<f64> = columns
        .iter()
        .zip(values)
        .map(|(&column, &value)| {
            let c = column as usize;
            if is_left_out(left_out, c) {
                0.0
            } else {
                f64::from(value) - center[c]
            }
        })
        .collect();
    let data = Centred {
        row_starts,
        columns,
        centred: &centred,
        n_rows,
        n_columns,
    };

    let start_for = |i: usize| -> Vec<f64> {
        match start.and_then(|s| s.get(i)) {
            Some(v) if v.len() == n_columns && v.iter().any(|&x| x != 0.0) => v.clone(),
            _ => fixed_start(n_columns),
        }
    };
    let (first, first_iterations) = power_iteration(&data, start_for(0), None, iteration);
    let (second, second_iterations) = power_iteration(&data, start_for(1), Some(&first), iteration);
    Pca {
        center,
        components: [first, second],
        iterations: [first_iterations, second_iterations],
    }
}

/// A fixed start vector with no symmetry, so that it is not orthogonal to a component of a
/// symmetric vote pattern (a vector of ones is orthogonal to "half agree, half disagree").
/// Pol.is starts from a random vector; a fixed one makes the result repeatable.
fn fixed_start(n_columns: usize) -> Vec<f64> {
    const GOLDEN: f64 = 0.618_033_988_749_894_9;
    (1..=n_columns)
        .map(|j| 1.0 + (j as f64 * GOLDEN).fract())
        .collect()
}

fn is_left_out(left_out: &[bool], column: usize) -> bool {
    left_out.get(column).copied().unwrap_or(false)
}

struct Centred<'a> {
    row_starts: &'a [usize],
    columns: &'a [u32],
    centred: &'a [f64],
    n_rows: usize,
    n_columns: usize,
}

impl Centred<'_> {
    /// `out = Xᵀ X v`, one pass over the votes (split over the cores for large matrices).
    fn gram_times(&self, v: &[f64], out: &mut [f64]) {
        let partials = super::parallel::map_chunks(self.n_rows, self.centred.len(), |rows| {
            let mut partial = vec![0.0; self.n_columns];
            for row in rows {
                let (start, end) = (self.row_starts[row], self.row_starts[row + 1]);
                let columns = &self.columns[start..end];
                let entries = &self.centred[start..end];
                let dot: f64 = columns
                    .iter()
                    .zip(entries)
                    .map(|(&c, &x)| x * v[c as usize])
                    .sum();
                if dot != 0.0 {
                    for (&c, &x) in columns.iter().zip(entries) {
                        partial[c as usize] += dot * x;
                    }
                }
            }
            partial
        });
        out.iter_mut().for_each(|x| *x = 0.0);
        for partial in partials {
            out.iter_mut().zip(partial).for_each(|(o, p)| *o += p);
        }
    }
}

/// Power iteration for the leading eigenvector of `Xᵀ X`, with `factored_out` (a unit vector)
/// projected out of the data first: `(I - ppᵀ) Xᵀ X (I - ppᵀ) v`.
fn power_iteration(
    data: &Centred<'_>,
    mut vector: Vec<f64>,
    factored_out: Option<&[f64]>,
    iteration: PowerIteration,
) -> (Vec<f64>, usize) {
    let mut product = vec![0.0; data.n_columns];
    let mut iterations = 0;
    normalise(&mut vector);
    while iterations < iteration.max_iterations {
        iterations += 1;
        if let Some(p) = factored_out {
            remove_component(&mut vector, p);
        }
        data.gram_times(&vector, &mut product);
        if let Some(p) = factored_out {
            remove_component(&mut product, p);
        }
        if normalise(&mut product) == 0.0 {
            // No variance left: Pol.is keeps a zero component in that case.
            return (product, iterations);
        }
        let moved = distance(&product, &vector);
        std::mem::swap(&mut vector, &mut product);
        if moved < iteration.tolerance {
            break;
        }
    }
    fix_sign(&mut vector);
    (vector, iterations)
}

fn remove_component(v: &mut [f64], unit: &[f64]) {
    let dot: f64 = v.iter().zip(unit).map(|(a, b)| a * b).sum();
    v.iter_mut().zip(unit).for_each(|(a, b)| *a -= dot * b);
}

fn normalise(v: &mut [f64]) -> f64 {
    let length = v.iter().map(|x| x * x).sum::<f64>().sqrt();
    if length > 0.0 {
        v.iter_mut().for_each(|x| *x /= length);
    }
    length
}

fn distance(a: &[f64], b: &[f64]) -> f64 {
    a.iter()
        .zip(b)
        .map(|(x, y)| (x - y) * (x - y))
        .sum::<f64>()
        .sqrt()
}

fn fix_sign(v: &mut [f64]) {
    let largest = v
        .iter()
        .copied()
        .fold(0.0f64, |m, x| if x.abs() > m.abs() { x } else { m });
    if largest < 0.0 {
        v.iter_mut().for_each(|x| *x = -*x);
    }
}

/// Each participant's position, as Pol.is's `sparsity-aware-project-ptpt`: the centred votes
/// dotted with the components, scaled by `sqrt(statements / statements voted on)` so that
/// someone who voted on few statements is not pulled into the middle.
pub fn project_participants(matrix: &VoteMatrix, left_out: &[bool], pca: &Pca) -> Vec<[f64; 2]> {
    let n_columns = matrix.statement_count();
    let left_out_count = (0..n_columns).filter(|&c| is_left_out(left_out, c)).count();
    let [pc1, pc2] = &pca.components;
    (0..matrix.participant_count())
        .map(|row| {
            let (columns, values) = matrix.row(row);
            let mut voted = left_out_count;
            let (mut x, mut y) = (0.0, 0.0);
            for (&column, &value) in columns.iter().zip(values) {
                let c = column as usize;
                if is_left_out(left_out, c) {
                    continue;
                }
                voted += 1;
                let d = f64::from(value) - pca.center[c];
                x += d * pc1[c];
                y += d * pc2[c];
            }
            let scale = (n_columns as f64 / voted.max(1) as f64).sqrt();
            [x * scale, y * scale]
        })
        .collect()
}

/// Each statement's position: where a participant who agreed with it and voted on nothing else
/// would sit (Pol.is's `pca-project-cmnts`).
pub fn project_statements(pca: &Pca) -> Vec<[f64; 2]> {
    let n_columns = pca.center.len();
    let scale = (n_columns as f64).sqrt();
    let [pc1, pc2] = &pca.components;
    pca.center
        .iter()
        .enumerate()
        .map(|(c, &mean)| {
            let d = 1.0 - mean;
            [d * pc1[c] * scale, d * pc2[c] * scale]
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::opinion::{Vote, VoteValue};

    fn matrix(rows: &[&[i8]]) -> VoteMatrix {
        let mut votes = Vec::new();
        for (p, row) in rows.iter().enumerate() {
            for (s, &v) in row.iter().enumerate() {
                if let Some(value) = VoteValue::from_i8(v) {
                    votes.push(Vote {
                        participant: p as u64,
                        statement: s as u64,
                        value,
                        timestamp: 0,
                    });
                }
            }
        }
        VoteMatrix::from_votes(&votes)
    }

    #[test]
    fn two_camps_lie_on_the_first_component() {
        let m = matrix(&[
            &[1, 1, -1, -1],
            &[1, 1, -1, -1],
            &[-1, -1, 1, 1],
            &[-1, -1, 1, 1],
        ]);
        let pca = principal_components(&m, &[], PowerIteration::default(), None);
        let pc1 = &pca.components[0];
        for (a, b) in pc1.iter().zip([0.5f64, 0.5, -0.5, -0.5]) {
            assert!((a.abs() - b.abs()).abs() < 1e-9);
        }
        let positions = project_participants(&m, &[], &pca);
        assert!((positions[0][0] - positions[1][0]).abs() < 1e-9);
        assert!((positions[0][0] + positions[2][0]).abs() < 1e-9);
        assert!((positions[0][0].abs() - 2.0).abs() < 1e-9);
    }

    #[test]
    fn missing_votes_are_the_mean_and_scale_the_position() {
        // Participant 3 voted on one of four statements: scaled by sqrt(4/1).
        let m = matrix(&[
            &[1, 1, -1, -1],
            &[-1, -1, 1, 1],
            &[1, -1, 1, -1],
            &[1, 9, 9, 9],
        ]);
        let pca = principal_components(&m, &[], PowerIteration::default(), None);
        let positions = project_participants(&m, &[], &pca);
        let expected = (1.0 - pca.center[0]) * pca.components[0][0] * 2.0;
        assert!((positions[3][0] - expected).abs() < 1e-12);
    }

    #[test]
    fn left_out_columns_count_as_voted_but_add_nothing() {
        let m = matrix(&[&[1, 1, -1], &[-1, -1, 1], &[1, -1, 1]]);
        let left_out = [false, false, true];
        let pca = principal_components(&m, &left_out, PowerIteration::default(), None);
        assert_eq!(pca.components[0][2], 0.0);
        assert_eq!(pca.center[2], 0.0);
        let components = pca.components.clone();
        let dot: f64 = components[0]
            .iter()
            .zip(&components[1])
            .map(|(a, b)| a * b)
            .sum();
        assert!(dot.abs() < 1e-9);
    }
}
