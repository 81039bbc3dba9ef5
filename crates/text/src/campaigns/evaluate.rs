//! Pairwise precision and recall of a grouping against labels: over all pairs of answers, a
//! pair is predicted when both are in one group and true when both carry the same label.

/// Counts and scores over pairs of answers.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PairScores {
    /// Pairs put in one group.
    pub predicted: u64,
    /// Pairs with the same label.
    pub expected: u64,
    /// Pairs both in one group and with the same label.
    pub correct: u64,
}

impl PairScores {
    /// Share of predicted pairs that are right (1 when nothing was predicted).
    pub fn precision(&self) -> f64 {
        if self.predicted == 0 {
            1.0
        } else {
            self.correct as f64 / self.predicted as f64
        }
    }

    /// Share of expected pairs that were found (1 when none were expected).
    pub fn recall(&self) -> f64 {
        if self.expected == 0 {
            1.0
        } else {
            self.correct as f64 / self.expected as f64
        }
    }

    /// The harmonic mean of precision and recall (0 when both are 0).
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn pairs(n: u64) -> u64 {
    n * n.saturating_sub(1) / 2
}

/// Scores `groups` (indices of answers) against `labels` (one per answer; `None`: in no
/// campaign, so every pair involving it is a non-pair).
pub fn pair_scores(groups: &[Vec<usize>], labels: &[Option<u32>]) -> PairScores {
    let mut per_label = std::collections::HashMap::<u32, u64>::new();
    for label in labels.iter().flatten() {
        *per_label.entry(*label).or_default() += 1;
    }
    let expected = per_label.values().map(|&n| pairs(n)).sum();
    let mut predicted = 0;
    let mut correct = 0;
    let mut in_group = std::collections::HashMap::<u32, u64>::new();
    for group in groups {
        predicted += pairs(group.len() as u64);
        in_group.clear();
        for &i in group {
            if let Some(Some(label)) = labels.get(i) {
                *in_group.entry(*label).or_default() += 1;
            }
        }
        correct += in_group.values().map(|&n| pairs(n)).sum::<u64>();
    }
    PairScores {
        predicted,
        expected,
        correct,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_pairs() {
        // Truth: {0,1,2} and {3,4}; found: {0,1} and {2,3}.
        let labels = [Some(0), Some(0), Some(0), Some(1), Some(1), None];
        let s = pair_scores(&[vec![0, 1], vec![2, 3]], &labels);
        assert_eq!((s.predicted, s.expected, s.correct), (2, 4, 1));
        assert_eq!(s.precision(), 0.5);
        assert_eq!(s.recall(), 0.25);
        assert!((s.f1() - 1.0 / 3.0).abs() < 1e-12);
    }
}
