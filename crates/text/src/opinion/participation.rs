//! Which participants are "in the conversation", i.e. placed into base clusters and groups.
//!
//! Pol.is's rule (`conversation.clj`, `:in-conv`): a participant is in once they have voted on
//! at least `min(7, number of statements)` statements (passes and votes on rejected statements
//! count). If fewer than 15 are in, the most active of the others are added until 15 are (ties
//! broken here by the lower participant id). Once in, a participant stays in: Pol.is keeps the
//! set between runs, which callers can do by passing the previous set back.

use super::matrix::VoteMatrix;
pub use super::matrix::MIN_VOTES;
use super::votes::ParticipantId;

/// Below this many participants in, the most active others are added.
pub const GREEDY_TOP_UP: usize = 15;

/// Rows of the participants in the conversation, in the order they qualified (see
/// [`VoteMatrix::rows_by_qualification`]): the order in which Pol.is creates their base
/// clusters, which decides where its k-means starts. `previously_in` are participant ids that
/// were in at an earlier run and stay in (ids no longer in the matrix are ignored).
pub fn in_conversation(matrix: &VoteMatrix, previously_in: &[ParticipantId]) -> Vec<usize> {
    let threshold = MIN_VOTES.min(matrix.statement_count());
    let mut is_in = vec![false; matrix.participant_count()];
    for &participant in previously_in {
        if let Some(row) = matrix.row_of(participant) {
            if let Some(flag) = is_in.get_mut(row) {
                *flag = true;
            }
        }
    }
    for (row, flag) in is_in.iter_mut().enumerate() {
        if matrix.votes_in_row(row) >= threshold {
            *flag = true;
        }
    }
    let count_in = is_in.iter().filter(|&&f| f).count();
    if count_in < GREEDY_TOP_UP {
        let mut others: Vec<usize> = (0..is_in.len()).filter(|&r| !is_in[r]).collect();
        // Stable sort keeps ascending rows (ascending ids) among equally active participants.
        others.sort_by_key(|&row| std::cmp::Reverse(matrix.votes_in_row(row)));
        for row in others.into_iter().take(GREEDY_TOP_UP - count_in) {
            is_in[row] = true;
        }
    }
    matrix
        .rows_by_qualification()
        .into_iter()
        .filter(|&r| is_in[r])
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::opinion::{Vote, VoteValue};

    fn matrix_with_vote_counts(counts: &[u64]) -> VoteMatrix {
        let mut votes = Vec::new();
        for (participant, &n) in counts.iter().enumerate() {
            for statement in 0..n {
                votes.push(Vote {
                    participant: participant as u64,
                    statement,
                    value: VoteValue::Agree,
                    timestamp: 0,
                });
            }
        }
        VoteMatrix::from_votes(&votes)
    }

    #[test]
    fn seven_votes_or_every_statement() {
        let mut counts = vec![10; 20];
        counts[3] = 6;
        counts[4] = 7;
        let m = matrix_with_vote_counts(&counts);
        let rows = in_conversation(&m, &[]);
        assert_eq!(rows.len(), 19);
        assert!(!rows.contains(&3));
        // With only 3 statements, voting on all 3 is enough.
        let m = matrix_with_vote_counts(&[3; 16]);
        assert_eq!(in_conversation(&m, &[]).len(), 16);
    }

    #[test]
    fn tops_up_to_fifteen_with_the_most_active() {
        let mut counts = vec![8; 10];
        counts.extend([1, 5, 2, 5, 3, 4, 1, 1]);
        let m = matrix_with_vote_counts(&counts);
        let rows = in_conversation(&m, &[]);
        assert_eq!(rows.len(), 15);
        for expected in [11, 13, 15, 14, 12] {
            assert!(rows.contains(&expected), "{expected} missing from {rows:?}");
        }
    }

    #[test]
    fn previously_in_stays_in() {
        let mut counts = vec![8; 20];
        counts[0] = 1;
        let m = matrix_with_vote_counts(&counts);
        assert!(!in_conversation(&m, &[]).contains(&0));
        assert!(in_conversation(&m, &[0, 999]).contains(&0));
    }
}
