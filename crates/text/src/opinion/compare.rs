//! Agreement between two partitions of the same items: the adjusted Rand index.

use std::collections::HashMap;
use std::hash::Hash;

/// Adjusted Rand index of two labellings of the same items (Hubert and Arabie, 1985): 1 for
/// identical partitions whatever the label names, about 0 for unrelated ones. Labels are read
/// pairwise; both slices must be the same length (extra items are ignored).
pub fn adjusted_rand_index<A: Eq + Hash, B: Eq + Hash>(a: &[A], b: &[B]) -> f64 {
    let n = a.len().min(b.len());
    let mut joint: HashMap<(&A, &B), u64> = HashMap::new();
    let mut rows: HashMap<&A, u64> = HashMap::new();
    let mut columns: HashMap<&B, u64> = HashMap::new();
    for (x, y) in a.iter().zip(b).take(n) {
        *joint.entry((x, y)).or_default() += 1;
        *rows.entry(x).or_default() += 1;
        *columns.entry(y).or_default() += 1;
    }
    let pairs = |c: u64| (c * c.saturating_sub(1) / 2) as f64;
    let index: f64 = joint.values().map(|&c| pairs(c)).sum();
    let sum_rows: f64 = rows.values().map(|&c| pairs(c)).sum();
    let sum_columns: f64 = columns.values().map(|&c| pairs(c)).sum();
    let total = pairs(n as u64);
    if total == 0.0 {
        return 1.0;
    }
    let expected = sum_rows * sum_columns / total;
    let maximum = (sum_rows + sum_columns) / 2.0;
    if maximum == expected {
        // Both partitions trivial (all in one cluster, or all apart): identical by definition.
        return 1.0;
    }
    (index - expected) / (maximum - expected)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identical_up_to_renaming() {
        assert_eq!(
            adjusted_rand_index(&[0, 0, 1, 1, 2], &["b", "b", "a", "a", "c"]),
            1.0
        );
    }

    #[test]
    fn matches_a_known_value() {
        // scikit-learn: adjusted_rand_score([0,0,1,1],[0,0,1,2]) == 0.5714285714285715
        let ari = adjusted_rand_index(&[0, 0, 1, 1], &[0, 0, 1, 2]);
        assert!((ari - 0.5714285714285715).abs() < 1e-12);
    }
}
