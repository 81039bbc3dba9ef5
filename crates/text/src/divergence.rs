//! Convergence and divergence between stakeholder groups or regional groups on themes or issues:
//! which items every group raises alike, which set groups apart, and how far apart the groups
//! are overall.
//!
//! The input is an [`Incidence`]: per group, how many responses it sent (including those that
//! raised nothing) and how many of them raised each item. [`Incidence::analyse`] gives:
//! - per group and item, the **rate**: the share of the group's responses that raised the item;
//! - per item ([`ItemDivergence`]):
//!   - **divergence**: the Jensen–Shannon divergence (base 2, 0 to 1) among the groups'
//!     raised/not-raised distributions for the item, each group weighing the same. It is 0 when
//!     every group raises the item at the same rate and 1 when half the groups always raise it
//!     and the other half never do. Groups weigh the same, not by their number of responses,
//!     because the question is whether the constituencies part ways: one group with 300
//!     responses should not define the common ground of five groups;
//!   - **spread**: the highest group rate minus the lowest, with both groups named, the plain
//!     reading of the same thing;
//!   - **Cramér's V** of the 2 × groups table (raised or not, by group), from 0 (raising the item
//!     is independent of the group) to 1 (the group decides it). It counts responses, so it also
//!     says whether a difference rests on many responses or a handful;
//! - per group, the Jensen–Shannon divergence between its distribution over items (what share
//!   of what it raised went to each item) and the pooled distribution of all responses: how far
//!   the group's agenda is from everyone's;
//! - per pair of groups, the Jensen–Shannon divergence between their distributions over items:
//!   the heat map of which groups talk about the same things.
//!
//! Groups with no responses are left out of every output (they have no rates); the outputs
//! list which groups they cover. No output is ever NaN or infinite.

use serde::{Deserialize, Serialize};
use thiserror::Error;

/// Why an incidence table could not be built.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum IncidenceError {
    #[error("group {group} is out of range: there are {groups} groups")]
    GroupOutOfRange { group: usize, groups: usize },
    #[error("item {item} is out of range: there are {items} items")]
    ItemOutOfRange { item: usize, items: usize },
    #[error("group {group} raised item {item} {raised} times but sent only {responses} responses")]
    MoreRaisedThanResponses {
        group: usize,
        item: usize,
        raised: u64,
        responses: u64,
    },
    #[error("counts for {counts} groups but totals for {totals}")]
    GroupCountMismatch { counts: usize, totals: usize },
    #[error("group {group} has counts for {len} items, not {items}")]
    RaggedCounts {
        group: usize,
        len: usize,
        items: usize,
    },
}

/// Groups × items: how many of each group's responses raised each item, and each group's
/// number of responses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Incidence {
    groups: usize,
    items: usize,
    /// `counts[group * items + item]`.
    counts: Vec<u64>,
    totals: Vec<u64>,
}

impl Incidence {
    /// From one `(group, item)` row per response and item it raised (a response that raised
    /// three items gives three rows), and every group's number of responses, including those
    /// that raised nothing. Items are numbered `0..items`.
    pub fn from_rows(
        rows: &[(usize, usize)],
        group_totals: &[usize],
        items: usize,
    ) -> Result<Self, IncidenceError> {
        let groups = group_totals.len();
        let mut counts = vec![0u64; groups * items];
        for &(group, item) in rows {
            if group >= groups {
                return Err(IncidenceError::GroupOutOfRange { group, groups });
            }
            if item >= items {
                return Err(IncidenceError::ItemOutOfRange { item, items });
            }
            counts[group * items + item] += 1;
        }
        let totals = group_totals.iter().map(|&t| t as u64).collect();
        Self::checked(groups, items, counts, totals)
    }

    /// From counts per group (one row per group, one count per item) and every group's number
    /// of responses.
    pub fn from_counts(counts: &[Vec<u64>], group_totals: &[u64]) -> Result<Self, IncidenceError> {
        let groups = group_totals.len();
        if counts.len() != groups {
            return Err(IncidenceError::GroupCountMismatch {
                counts: counts.len(),
                totals: groups,
            });
        }
        let items = counts.first().map_or(0, Vec::len);
        let mut flat = Vec::with_capacity(groups * items);
        for (group, row) in counts.iter().enumerate() {
            if row.len() != items {
                return Err(IncidenceError::RaggedCounts {
                    group,
                    len: row.len(),
                    items,
                });
            }
            flat.extend_from_slice(row);
        }
        Self::checked(groups, items, flat, group_totals.to_vec())
    }

    fn checked(
        groups: usize,
        items: usize,
        counts: Vec<u64>,
        totals: Vec<u64>,
    ) -> Result<Self, IncidenceError> {
        for group in 0..groups {
            for item in 0..items {
                let raised = counts[group * items + item];
                if raised > totals[group] {
                    return Err(IncidenceError::MoreRaisedThanResponses {
                        group,
                        item,
                        raised,
                        responses: totals[group],
                    });
                }
            }
        }
        Ok(Self {
            groups,
            items,
            counts,
            totals,
        })
    }

    pub fn groups(&self) -> usize {
        self.groups
    }

    pub fn items(&self) -> usize {
        self.items
    }

    /// How many of `group`'s responses raised `item`.
    pub fn count(&self, group: usize, item: usize) -> u64 {
        self.counts[group * self.items + item]
    }

    /// How many responses `group` sent.
    pub fn total(&self, group: usize) -> u64 {
        self.totals[group]
    }

    fn row(&self, group: usize) -> &[u64] {
        &self.counts[group * self.items..(group + 1) * self.items]
    }

    /// Rates and divergences; see the module documentation.
    pub fn analyse(&self) -> Divergence {
        let groups: Vec<usize> = (0..self.groups).filter(|&g| self.totals[g] > 0).collect();
        let rates: Vec<Vec<f64>> = groups
            .iter()
            .map(|&g| {
                let total = self.totals[g] as f64;
                self.row(g).iter().map(|&c| c as f64 / total).collect()
            })
            .collect();
        let responses: u64 = groups.iter().map(|&g| self.totals[g]).sum();
        let items = (0..self.items)
            .map(|item| {
                let item_rates: Vec<f64> = rates.iter().map(|r| r[item]).collect();
                let raised: Vec<u64> = groups.iter().map(|&g| self.count(g, item)).collect();
                let totals: Vec<u64> = groups.iter().map(|&g| self.totals[g]).collect();
                let pooled_raised: u64 = raised.iter().sum();
                let (most_raising, least_raising) = extremes(&item_rates);
                ItemDivergence {
                    rate: ratio(pooled_raised, responses),
                    divergence: bernoulli_divergence(&item_rates),
                    spread: match (most_raising, least_raising) {
                        (Some(most), Some(least)) => item_rates[most] - item_rates[least],
                        _ => 0.0,
                    },
                    most_raising: most_raising.map(|i| groups[i]),
                    least_raising: least_raising.map(|i| groups[i]),
                    cramers_v: cramers_v(&raised, &totals),
                }
            })
            .collect();

        let distributions: Vec<Vec<f64>> = groups
            .iter()
            .map(|&g| self.row(g).iter().map(|&c| c as f64).collect())
            .collect();
        let pooled: Vec<f64> = (0..self.items)
            .map(|item| distributions.iter().map(|d| d[item]).sum())
            .collect();
        let from_pooled = distributions
            .iter()
            .map(|d| jensen_shannon(d, &pooled))
            .collect();
        let between_groups = distributions
            .iter()
            .map(|a| distributions.iter().map(|b| jensen_shannon(a, b)).collect())
            .collect();
        Divergence {
            groups,
            rates,
            items,
            from_pooled,
            between_groups,
        }
    }
}

/// How groups converge and diverge on items.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Divergence {
    /// The groups with at least one response, ascending: the rows of `rates`, `from_pooled`
    /// and `between_groups`.
    pub groups: Vec<usize>,
    /// `rates[g][item]`: share of group `groups[g]`'s responses that raised the item (0 to 1).
    pub rates: Vec<Vec<f64>>,
    /// One per item, in item order.
    pub items: Vec<ItemDivergence>,
    /// Per group, the Jensen–Shannon divergence between its distribution over items and the
    /// pooled one (0 to 1; 1 for a group that raised nothing while others raised something).
    pub from_pooled: Vec<f64>,
    /// Jensen–Shannon divergence between the item distributions of each pair of groups:
    /// symmetric, 0 on the diagonal.
    pub between_groups: Vec<Vec<f64>>,
}

/// How groups differ on one item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ItemDivergence {
    /// Share of all responses (of the groups taken into account) that raised the item.
    pub rate: f64,
    /// Jensen–Shannon divergence among the groups' raised/not-raised distributions, groups
    /// weighing the same (0 to 1).
    pub divergence: f64,
    /// Highest group rate minus the lowest (0 to 1; 0 with fewer than two groups).
    pub spread: f64,
    /// The group raising it most and least (first on ties; none with fewer than two groups).
    pub most_raising: Option<usize>,
    pub least_raising: Option<usize>,
    /// Cramér's V of raised/not raised by group over the responses (0 to 1).
    pub cramers_v: f64,
}

/// The Jensen–Shannon divergence, base 2, between two distributions given as non-negative
/// weights (each normalised to sum 1 first; negative or non-finite weights count as zero, and a
/// shorter slice is padded with zeros). From 0 (identical) to 1 (no item in common).
///
/// Two all-zero inputs are identical (0); an all-zero input against any other is as far as can
/// be (1): one side said nothing, the other said something.
pub fn jensen_shannon(p: &[f64], q: &[f64]) -> f64 {
    let clean = |x: Option<&f64>| {
        x.copied()
            .filter(|v| v.is_finite() && *v > 0.0)
            .unwrap_or(0.0)
    };
    let len = p.len().max(q.len());
    let p: Vec<f64> = (0..len).map(|i| clean(p.get(i))).collect();
    let q: Vec<f64> = (0..len).map(|i| clean(q.get(i))).collect();
    let (p_sum, q_sum): (f64, f64) = (p.iter().sum(), q.iter().sum());
    match (p_sum > 0.0, q_sum > 0.0) {
        (false, false) => return 0.0,
        (true, false) | (false, true) => return 1.0,
        (true, true) => {}
    }
    let mut divergence = 0.0;
    for (&a, &b) in p.iter().zip(&q) {
        let (a, b) = (a / p_sum, b / q_sum);
        let mean = (a + b) / 2.0;
        if a > 0.0 {
            divergence += a / 2.0 * (a / mean).log2();
        }
        if b > 0.0 {
            divergence += b / 2.0 * (b / mean).log2();
        }
    }
    clamp_unit(divergence)
}

/// Generalised Jensen–Shannon divergence of Bernoulli distributions with these success rates,
/// equally weighted: `H(mean rate) − mean H(rate)`, in bits.
fn bernoulli_divergence(rates: &[f64]) -> f64 {
    if rates.len() < 2 {
        return 0.0;
    }
    let n = rates.len() as f64;
    let mean = rates.iter().sum::<f64>() / n;
    let mean_entropy = rates.iter().map(|&r| binary_entropy(r)).sum::<f64>() / n;
    clamp_unit(binary_entropy(mean) - mean_entropy)
}

/// Entropy in bits of a coin that comes up heads with probability `p`.
fn binary_entropy(p: f64) -> f64 {
    let term = |x: f64| if x > 0.0 { -x * x.log2() } else { 0.0 };
    term(p) + term(1.0 - p)
}

/// Cramér's V of the 2 × g table: per group, `raised` responses raised the item and
/// `totals − raised` did not. 0 when no item can differ (fewer than two groups, or everyone or
/// no one raised it).
fn cramers_v(raised: &[u64], totals: &[u64]) -> f64 {
    let responses: u64 = totals.iter().sum();
    let all_raised: u64 = raised.iter().sum();
    if raised.len() < 2 || responses == 0 || all_raised == 0 || all_raised == responses {
        return 0.0;
    }
    let n = responses as f64;
    let share = all_raised as f64 / n;
    let mut chi_square = 0.0;
    for (&r, &t) in raised.iter().zip(totals) {
        let t = t as f64;
        let expected_raised = t * share;
        let expected_not = t * (1.0 - share);
        if expected_raised > 0.0 {
            chi_square += (r as f64 - expected_raised).powi(2) / expected_raised;
        }
        if expected_not > 0.0 {
            chi_square += ((t - r as f64) - expected_not).powi(2) / expected_not;
        }
    }
    // min(rows − 1, columns − 1) is 1 for a table with two rows.
    clamp_unit((chi_square / n).sqrt())
}

/// Positions of the highest and the lowest value (first on ties), or none for fewer than two.
fn extremes(values: &[f64]) -> (Option<usize>, Option<usize>) {
    if values.len() < 2 {
        return (None, None);
    }
    let mut most = 0;
    let mut least = 0;
    for (i, &v) in values.iter().enumerate() {
        if v > values[most] {
            most = i;
        }
        if v < values[least] {
            least = i;
        }
    }
    (Some(most), Some(least))
}

fn ratio(part: u64, whole: u64) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

/// Rounding can push a value a hair outside 0..1; NaN (which cannot arise from the guarded
/// inputs, but would poison a page) becomes 0.
fn clamp_unit(x: f64) -> f64 {
    if x.is_nan() {
        0.0
    } else {
        x.clamp(0.0, 1.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-12
    }

    #[test]
    fn jensen_shannon_by_hand() {
        assert_eq!(jensen_shannon(&[1.0, 2.0, 3.0], &[2.0, 4.0, 6.0]), 0.0);
        assert!(close(jensen_shannon(&[1.0, 0.0], &[0.0, 5.0]), 1.0));
        // p = (1, 0), q = (½, ½): m = (¾, ¼); ½·log2(4/3) + ¼·log2(⅔) + ¼·log2(2).
        let by_hand = 0.5 * (4.0f64 / 3.0).log2() + 0.25 * (2.0f64 / 3.0).log2() + 0.25;
        assert!(close(jensen_shannon(&[1.0, 0.0], &[1.0, 1.0]), by_hand));
        assert!(close(by_hand, 0.311_278_124_459_132_8));
        // Symmetric, padded, zeros and junk handled.
        assert!(close(
            jensen_shannon(&[1.0, 1.0], &[1.0]),
            jensen_shannon(&[1.0], &[1.0, 1.0])
        ));
        assert_eq!(jensen_shannon(&[], &[]), 0.0);
        assert_eq!(jensen_shannon(&[0.0, 0.0], &[0.0]), 0.0);
        assert_eq!(jensen_shannon(&[0.0], &[3.0]), 1.0);
        assert_eq!(
            jensen_shannon(&[f64::NAN, -1.0, 2.0], &[0.0, 0.0, 7.0]),
            0.0
        );
    }

    #[test]
    fn rates_and_item_measures() {
        // Governments (10 responses) and NGOs (20) on three items; group 2 sent nothing.
        let mut rows = Vec::new();
        rows.extend(std::iter::repeat_n((0, 0), 5));
        rows.extend(std::iter::repeat_n((1, 0), 10));
        rows.extend(std::iter::repeat_n((0, 1), 10));
        rows.extend(std::iter::repeat_n((1, 2), 4));
        let incidence = Incidence::from_rows(&rows, &[10, 20, 0], 3).expect("valid rows");
        let result = incidence.analyse();
        assert_eq!(result.groups, [0, 1]);
        assert_eq!(result.rates, [vec![0.5, 1.0, 0.0], vec![0.5, 0.0, 0.2]]);

        // Item 0: both groups raise it in half their responses.
        let same = &result.items[0];
        assert_eq!(
            (same.divergence, same.spread, same.cramers_v),
            (0.0, 0.0, 0.0)
        );
        assert!(close(same.rate, 0.5));

        // Item 1: every government response, no NGO one: the groups split completely.
        let split = &result.items[1];
        assert!(close(split.divergence, 1.0));
        assert!(close(split.spread, 1.0));
        assert!(close(split.cramers_v, 1.0));
        assert_eq!(
            (split.most_raising, split.least_raising),
            (Some(0), Some(1))
        );

        // Item 2: rates 0 and 0.2. Divergence H(0.1) − H(0.2)/2; V from the 2×2 table.
        let partly = &result.items[2];
        let h = binary_entropy;
        assert!(close(partly.divergence, h(0.1) - h(0.2) / 2.0));
        assert!(close(partly.spread, 0.2));
        // Expected raised: 10·4/30 and 20·4/30; χ² over the four cells, then √(χ²/30).
        let (e0, e1): (f64, f64) = (4.0 / 3.0, 8.0 / 3.0);
        let chi = e0
            + (4.0 - e1).powi(2) / e1
            + (10.0 - (10.0 - e0)).powi(2) / (10.0 - e0)
            + (16.0 - (20.0 - e1)).powi(2) / (20.0 - e1);
        assert!(close(partly.cramers_v, (chi / 30.0).sqrt()));
    }

    #[test]
    fn group_divergences() {
        let counts = vec![vec![4, 0], vec![0, 3], vec![2, 0], vec![0, 0]];
        let incidence = Incidence::from_counts(&counts, &[4, 5, 2, 6]).expect("valid counts");
        let result = incidence.analyse();
        assert_eq!(result.groups, [0, 1, 2, 3]);
        let between = &result.between_groups;
        assert!(close(between[0][1], 1.0));
        assert_eq!(between[0][2], 0.0);
        assert_eq!(between[1][1], 0.0);
        // The group that raised nothing is as far as can be from the others.
        assert_eq!(between[3][0], 1.0);
        for (a, row) in between.iter().enumerate() {
            for (b, &d) in row.iter().enumerate() {
                assert!(close(d, between[b][a]));
            }
        }
        // Pooled: 6 on item 0, 3 on item 1.
        assert!(close(
            result.from_pooled[0],
            jensen_shannon(&[1.0, 0.0], &[6.0, 3.0])
        ));
    }

    #[test]
    fn never_nan_or_infinite() {
        let cases = [
            Incidence::from_rows(&[], &[], 0),
            Incidence::from_rows(&[], &[0, 0], 3),
            Incidence::from_rows(&[], &[5, 0, 7], 2),
            Incidence::from_rows(&[(0, 0), (0, 1)], &[1, 0], 2),
            Incidence::from_rows(&[(0, 0), (1, 0)], &[1, 1], 1),
            Incidence::from_counts(&[vec![3, 3], vec![0, 0]], &[3, 9]),
        ];
        for case in cases {
            let result = case.expect("valid input").analyse();
            let mut values: Vec<f64> = result.rates.concat();
            values.extend(&result.from_pooled);
            values.extend(result.between_groups.concat());
            for item in &result.items {
                values.extend([item.rate, item.divergence, item.spread, item.cramers_v]);
            }
            assert!(values
                .iter()
                .all(|v| v.is_finite() && (0.0..=1.0).contains(v)));
            assert_eq!(result.rates.len(), result.groups.len());
        }
    }

    #[test]
    fn inconsistent_input_is_refused() {
        assert_eq!(
            Incidence::from_rows(&[(2, 0)], &[1, 1], 1),
            Err(IncidenceError::GroupOutOfRange {
                group: 2,
                groups: 2
            })
        );
        assert_eq!(
            Incidence::from_rows(&[(0, 1)], &[1], 1),
            Err(IncidenceError::ItemOutOfRange { item: 1, items: 1 })
        );
        assert!(matches!(
            Incidence::from_rows(&[(0, 0), (0, 0)], &[1], 1),
            Err(IncidenceError::MoreRaisedThanResponses { raised: 2, .. })
        ));
        assert_eq!(
            Incidence::from_counts(&[vec![1]], &[5, 5]),
            Err(IncidenceError::GroupCountMismatch {
                counts: 1,
                totals: 2
            })
        );
        assert!(matches!(
            Incidence::from_counts(&[vec![1, 2], vec![1]], &[5, 5]),
            Err(IncidenceError::RaggedCounts { group: 1, .. })
        ));
    }
}
