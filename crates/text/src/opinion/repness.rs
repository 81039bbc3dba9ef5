//! Representative statements: what sets each group apart (Pol.is's `repness.clj`).
//!
//! For every group and statement: the group's smoothed agree and disagree probabilities and
//! their one-proportion tests, and the ratio to the rest of the groups with its two-proportion
//! test. A statement represents a group when both tests pass at 90% for agree, or both for
//! disagree. Each group gets up to 5, sorted by `repness × repness-test × p × p-test`, with the
//! best agreed statement put first and agrees before disagrees; a group with none that pass
//! still gets its best one. Rejected and meta statements are never chosen.

use serde::{Deserialize, Serialize};

use super::matrix::VoteMatrix;
use super::stats::{count_by_group, prop_test, total, two_prop_test, z_significant_90, VoteCounts};
use super::votes::StatementId;

/// Most statements picked per group.
pub const PICK_MAX: usize = 5;

/// Agreement or disagreement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Direction {
    Agree,
    Disagree,
}

/// One group's statistics on one statement (Pol.is's n/p/r/t abbreviations spelled out).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct GroupStatementStats {
    pub counts: VoteCounts,
    pub p_agree: f64,
    pub p_disagree: f64,
    pub p_agree_test: f64,
    pub p_disagree_test: f64,
    /// `p_agree` over the same probability among the other groups.
    pub repness_agree: f64,
    pub repness_disagree: f64,
    pub repness_agree_test: f64,
    pub repness_disagree_test: f64,
}

/// A statement chosen to represent a group.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct RepresentativeStatement {
    pub statement: StatementId,
    pub repful_for: Direction,
    pub n_success: u32,
    pub n_trials: u32,
    pub p_success: f64,
    pub p_test: f64,
    pub repness: f64,
    /// Rounded to single precision, as Pol.is stores and compares it.
    pub repness_test: f64,
    /// The statement the group agreed with most, put first.
    pub best_agree: bool,
}

impl RepresentativeStatement {
    fn metric(&self) -> f64 {
        self.repness * self.repness_test * self.p_success * self.p_test
    }
}

/// Statistics of each group (outer, in the order given) on each column (inner). `groups` are
/// matrix rows; `left_out` columns count as passes by everyone, as in Pol.is.
pub fn group_statement_stats(
    matrix: &VoteMatrix,
    groups: &[Vec<usize>],
    left_out: &[bool],
) -> Vec<Vec<GroupStatementStats>> {
    let counts = count_by_group(matrix, groups, left_out);
    let n_columns = matrix.statement_count();
    let totals: Vec<VoteCounts> = (0..n_columns)
        .map(|c| {
            total(
                &counts
                    .iter()
                    .filter_map(|g| g.get(c).copied())
                    .collect::<Vec<_>>(),
            )
        })
        .collect();
    counts
        .iter()
        .map(|group| {
            group
                .iter()
                .zip(&totals)
                .map(|(own, all)| stats_against_rest(own, all))
                .collect()
        })
        .collect()
}

fn stats_against_rest(own: &VoteCounts, all: &VoteCounts) -> GroupStatementStats {
    let rest = VoteCounts {
        agree: all.agree - own.agree,
        disagree: all.disagree - own.disagree,
        seen: all.seen - own.seen,
    };
    let (p_agree, p_disagree) = (own.p_agree(), own.p_disagree());
    GroupStatementStats {
        counts: *own,
        p_agree,
        p_disagree,
        p_agree_test: prop_test(own.agree, own.seen),
        p_disagree_test: prop_test(own.disagree, own.seen),
        repness_agree: p_agree / rest.p_agree(),
        repness_disagree: p_disagree / rest.p_disagree(),
        repness_agree_test: two_prop_test(own.agree, rest.agree, own.seen, rest.seen),
        repness_disagree_test: two_prop_test(own.disagree, rest.disagree, own.seen, rest.seen),
    }
}

fn finalize(statement: StatementId, s: &GroupStatementStats) -> RepresentativeStatement {
    let agree = s.repness_agree_test > s.repness_disagree_test;
    let (repful_for, n_success, p_success, p_test, repness, repness_test) = if agree {
        (
            Direction::Agree,
            s.counts.agree,
            s.p_agree,
            s.p_agree_test,
            s.repness_agree,
            s.repness_agree_test,
        )
    } else {
        (
            Direction::Disagree,
            s.counts.disagree,
            s.p_disagree,
            s.p_disagree_test,
            s.repness_disagree,
            s.repness_disagree_test,
        )
    };
    RepresentativeStatement {
        statement,
        repful_for,
        n_success,
        n_trials: s.counts.seen,
        p_success,
        p_test,
        repness,
        // Pol.is keeps this as a 32-bit float; comparisons against it see the rounded value.
        repness_test: f64::from(repness_test as f32),
        best_agree: false,
    }
}

fn passes(s: &GroupStatementStats) -> bool {
    (z_significant_90(s.repness_agree_test) && z_significant_90(s.p_agree_test))
        || (z_significant_90(s.repness_disagree_test) && z_significant_90(s.p_disagree_test))
}

/// Pol.is's `beats-best-agr?`.
fn beats_best_agree(s: &GroupStatementStats, best: Option<&GroupStatementStats>) -> bool {
    if s.counts.agree == 0 && s.counts.disagree == 0 {
        return false;
    }
    match best {
        Some(b) if b.repness_agree > 1.0 => {
            s.repness_agree * s.repness_agree_test * s.p_agree * s.p_agree_test
                > b.repness_agree * b.repness_agree_test * b.p_agree * b.p_agree_test
        }
        Some(b) => s.p_agree * s.p_agree_test > b.p_agree * b.p_agree_test,
        None => z_significant_90(s.p_agree_test) || (s.repness_agree > 1.0 && s.p_agree > 0.5),
    }
}

/// Picks each group's representative statements from [`group_statement_stats`]; columns marked
/// in `left_out` are skipped. `statements` maps columns to ids.
pub fn select_representative(
    stats: &[Vec<GroupStatementStats>],
    statements: &[StatementId],
    left_out: &[bool],
) -> Vec<Vec<RepresentativeStatement>> {
    stats
        .iter()
        .map(|group| {
            let mut sufficient: Vec<RepresentativeStatement> = Vec::new();
            let mut best: Option<RepresentativeStatement> = None;
            let mut best_agree: Option<(StatementId, &GroupStatementStats)> = None;
            for (column, s) in group.iter().enumerate() {
                if left_out.get(column).copied().unwrap_or(false) {
                    continue;
                }
                let Some(&statement) = statements.get(column) else {
                    continue;
                };
                if passes(s) {
                    sufficient.push(finalize(statement, s));
                }
                if sufficient.is_empty()
                    && best.is_none_or(|b| {
                        s.repness_agree_test.max(s.repness_disagree_test) > b.repness_test
                    })
                {
                    best = Some(finalize(statement, s));
                }
                if beats_best_agree(s, best_agree.map(|(_, b)| b)) {
                    best_agree = Some((statement, s));
                }
            }
            let best_agree = best_agree.map(|(statement, s)| {
                let mut r = finalize(statement, s);
                r.best_agree = true;
                r
            });
            let head: Vec<RepresentativeStatement> = best_agree.or(best).into_iter().collect();
            if sufficient.is_empty() {
                return head;
            }
            sufficient.retain(|r| best_agree.is_none_or(|b| b.statement != r.statement));
            // Stable, like Clojure's sort-by: equal metrics keep statement order.
            sufficient.sort_by(|a, b| b.metric().total_cmp(&a.metric()));
            let mut picked: Vec<RepresentativeStatement> = best_agree
                .into_iter()
                .chain(sufficient)
                .take(PICK_MAX)
                .collect();
            picked.sort_by_key(|r| r.repful_for == Direction::Disagree);
            picked
        })
        .collect()
}
