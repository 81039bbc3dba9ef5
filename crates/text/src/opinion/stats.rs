//! Vote counts per group and statement, and Pol.is's smoothed proportions and z-tests
//! (`stats.clj`, `repness.clj`).

use serde::{Deserialize, Serialize};

use super::matrix::VoteMatrix;

/// One-sided 90% critical value Pol.is uses (`z-sig-90?`).
pub const Z_90: f64 = 1.2816;

/// Whether a z-statistic is significant at 90% (one-sided, greater).
pub fn z_significant_90(z: f64) -> bool {
    z > Z_90
}

/// Agree, disagree and all votes (passes included) on one statement within one group.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct VoteCounts {
    pub agree: u32,
    pub disagree: u32,
    /// Every vote cast, passes included ("seen").
    pub seen: u32,
}

impl VoteCounts {
    pub fn passes(&self) -> u32 {
        self.seen - self.agree - self.disagree
    }

    /// Probability of agreeing with a +1 prior: `(agree + 1) / (seen + 2)`.
    pub fn p_agree(&self) -> f64 {
        (f64::from(self.agree) + 1.0) / (f64::from(self.seen) + 2.0)
    }

    pub fn p_disagree(&self) -> f64 {
        (f64::from(self.disagree) + 1.0) / (f64::from(self.seen) + 2.0)
    }

    fn add(&mut self, other: &VoteCounts) {
        self.agree += other.agree;
        self.disagree += other.disagree;
        self.seen += other.seen;
    }
}

/// Sums counts over groups.
pub fn total(counts: &[VoteCounts]) -> VoteCounts {
    let mut sum = VoteCounts::default();
    counts.iter().for_each(|c| sum.add(c));
    sum
}

/// Counts per group (outer) and column (inner). A column marked in `zeroed` counts, as in
/// Pol.is's rating matrix, as a pass by every member of every group.
pub fn count_by_group(
    matrix: &VoteMatrix,
    groups: &[Vec<usize>],
    zeroed: &[bool],
) -> Vec<Vec<VoteCounts>> {
    let n_columns = matrix.statement_count();
    groups
        .iter()
        .map(|rows| {
            let mut counts = vec![VoteCounts::default(); n_columns];
            for &row in rows {
                let (columns, values) = matrix.row(row);
                for (&column, &value) in columns.iter().zip(values) {
                    if let Some(c) = counts.get_mut(column as usize) {
                        c.seen += 1;
                        match value {
                            1 => c.agree += 1,
                            -1 => c.disagree += 1,
                            _ => {}
                        }
                    }
                }
            }
            let members = u32::try_from(rows.len()).unwrap_or(u32::MAX);
            for (c, _) in counts.iter_mut().zip(zeroed).filter(|(_, &z)| z) {
                *c = VoteCounts {
                    agree: 0,
                    disagree: 0,
                    seen: members,
                };
            }
            counts
        })
        .collect()
}

/// Pol.is's one-proportion test: `2 √(n+1) ((s+1)/(n+1) − ½)`.
pub fn prop_test(successes: u32, trials: u32) -> f64 {
    let s = f64::from(successes) + 1.0;
    let n = f64::from(trials) + 1.0;
    2.0 * n.sqrt() * (s / n - 0.5)
}

/// Pol.is's two-proportion test with +1 on every count; 0 when the pooled proportion is 1.
pub fn two_prop_test(
    successes_in: u32,
    successes_out: u32,
    trials_in: u32,
    trials_out: u32,
) -> f64 {
    let s1 = f64::from(successes_in) + 1.0;
    let s2 = f64::from(successes_out) + 1.0;
    let n1 = f64::from(trials_in) + 1.0;
    let n2 = f64::from(trials_out) + 1.0;
    let pooled = (s1 + s2) / (n1 + n2);
    if pooled == 1.0 {
        return 0.0;
    }
    (s1 / n1 - s2 / n2) / (pooled * (1.0 - pooled) * (1.0 / n1 + 1.0 / n2)).sqrt()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tests_match_polismath_values() {
        // From a Pol.is output: 6 of 6 agreed -> p-test 2.6457513110645907.
        assert!((prop_test(6, 6) - 2.6457513110645907).abs() < 1e-12);
        assert_eq!(two_prop_test(2, 2, 2, 2), 0.0);
        assert!(two_prop_test(6, 0, 6, 10) > 2.0);
    }
}
