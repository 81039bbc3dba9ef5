//! Statements everyone, or every group, agrees (or disagrees) with.
//!
//! Two measures from Pol.is:
//! - **group-aware consensus** (`conversation.clj`): per statement, the product over groups of
//!   each group's smoothed agreement `(agree + 1) / (votes + 2)`. It is high only when every
//!   group agrees, so a large group cannot carry it alone. Counted on the votes as cast
//!   (rejected statements included, as Pol.is does), over the grouped participants.
//! - **consensus** (`repness.clj`, `select-consensus-comments`): over every participant, the
//!   statements with agreement above one half and a significant one-proportion test, the five
//!   with the highest `p × p-test`; the same for disagreement. Rejected statements are left out.

use serde::{Deserialize, Serialize};

use super::matrix::VoteMatrix;
use super::stats::{count_by_group, prop_test, z_significant_90, VoteCounts};
use super::votes::StatementId;

/// Most statements picked per direction.
pub const PICK_MAX: usize = 5;

/// Group-aware consensus of one statement.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct GroupAwareConsensus {
    pub statement: StatementId,
    /// Product over groups of `(agree + 1) / (votes + 2)`.
    pub agree: f64,
    /// Product over groups of `(disagree + 1) / (votes + 2)`.
    pub disagree: f64,
}

/// Group-aware consensus for every statement column. `groups` are matrix rows.
pub fn group_aware_consensus(
    matrix: &VoteMatrix,
    groups: &[Vec<usize>],
) -> Vec<GroupAwareConsensus> {
    group_aware_consensus_of(matrix.statements(), &count_by_group(matrix, groups, &[]))
}

/// Group-aware consensus from vote counts per group (outer) and column (inner), as
/// [`count_by_group`] gives them; `statements` maps columns to ids.
pub fn group_aware_consensus_of(
    statements: &[StatementId],
    counts: &[Vec<VoteCounts>],
) -> Vec<GroupAwareConsensus> {
    statements
        .iter()
        .enumerate()
        .map(|(column, &statement)| {
            let per_group = counts.iter().filter_map(|g| g.get(column));
            let (agree, disagree) = per_group.fold((1.0, 1.0), |(a, d), c| {
                (a * c.p_agree(), d * c.p_disagree())
            });
            GroupAwareConsensus {
                statement,
                agree,
                disagree,
            }
        })
        .collect()
}

/// A statement most participants agree (or disagree) with.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct ConsensusStatement {
    pub statement: StatementId,
    pub n_success: u32,
    pub n_trials: u32,
    pub p_success: f64,
    pub p_test: f64,
}

/// Pol.is's `consensus`: up to five statements each way.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Consensus {
    pub agree: Vec<ConsensusStatement>,
    pub disagree: Vec<ConsensusStatement>,
}

/// Consensus over all participants; `left_out` columns are skipped.
pub fn consensus(matrix: &VoteMatrix, left_out: &[bool]) -> Consensus {
    let everyone: Vec<usize> = (0..matrix.participant_count()).collect();
    let counts = count_by_group(matrix, &[everyone], left_out)
        .pop()
        .unwrap_or_default();
    let candidates: Vec<(StatementId, VoteCounts)> = matrix
        .statements()
        .iter()
        .zip(counts)
        .enumerate()
        .filter(|(column, _)| !left_out.get(*column).copied().unwrap_or(false))
        .map(|(_, (&statement, c))| (statement, c))
        .collect();
    let pick = |success: fn(&VoteCounts) -> u32, probability: fn(&VoteCounts) -> f64| {
        let mut picked: Vec<ConsensusStatement> = candidates
            .iter()
            .map(|(statement, c)| ConsensusStatement {
                statement: *statement,
                n_success: success(c),
                n_trials: c.seen,
                p_success: probability(c),
                p_test: prop_test(success(c), c.seen),
            })
            .filter(|s| s.p_success > 0.5 && z_significant_90(s.p_test))
            .collect();
        picked.sort_by(|a, b| (b.p_success * b.p_test).total_cmp(&(a.p_success * a.p_test)));
        picked.truncate(PICK_MAX);
        picked
    };
    Consensus {
        agree: pick(|c| c.agree, VoteCounts::p_agree),
        disagree: pick(|c| c.disagree, VoteCounts::p_disagree),
    }
}
