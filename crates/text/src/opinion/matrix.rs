//! The participants × statements vote matrix, stored sparsely by participant.
//!
//! Rows are participants in ascending id, columns statements in ascending id; only statements
//! that received at least one vote have a column, as in Pol.is. A cell holds 1 (agree), -1
//! (disagree), 0 (pass) or nothing (never voted). When a participant voted more than once on a
//! statement the vote with the latest timestamp counts (the later row on equal timestamps).

use std::collections::HashMap;
use std::hash::Hash;

use super::votes::{ParticipantId, StatementId, Vote};

/// Votes needed to be in the conversation: Pol.is's 7, or every statement when there are fewer.
/// The matrix records when each participant reached it; `participation` applies it.
pub const MIN_VOTES: usize = 7;

/// Sparse vote matrix: each participant's votes as (column, value) pairs in column order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct VoteMatrix {
    participants: Vec<ParticipantId>,
    statements: Vec<StatementId>,
    row_starts: Vec<usize>,
    columns: Vec<u32>,
    values: Vec<i8>,
    /// Per row, the earliest timestamp of the participant's votes (superseded ones included).
    first_vote: Vec<i64>,
    /// Per row, when the participant had first voted on `MIN_VOTES` distinct statements (or on
    /// all they voted on, if fewer).
    qualified: Vec<i64>,
}

impl VoteMatrix {
    /// Builds the matrix from a vote history in any order; the latest vote per cell wins.
    pub fn from_votes(votes: &[Vote]) -> Self {
        let participants = IdIndex::new(votes.iter().map(|v| v.participant));
        let statements = IdIndex::new(votes.iter().map(|v| v.statement));

        // Votes bucketed by row (a counting sort keeps input order within a row), then each
        // row's history sorted by (column, timestamp), stably: the last entry of each run of one
        // cell is the vote that counts, the later row winning on equal timestamps.
        let mut row_starts = vec![0usize; participants.ids.len() + 1];
        let rows: Vec<u32> = votes
            .iter()
            .map(|v| participants.index(v.participant))
            .collect();
        for &row in &rows {
            row_starts[row as usize + 1] += 1;
        }
        for i in 1..row_starts.len() {
            row_starts[i] += row_starts[i - 1];
        }
        let mut next = row_starts.clone();
        let mut cells: Vec<(u32, u32, i64, u32, i8)> = vec![(0, 0, 0, 0, 0); votes.len()];
        for (position, (v, &row)) in votes.iter().zip(&rows).enumerate() {
            let slot = &mut next[row as usize];
            cells[*slot] = (
                row,
                statements.index(v.statement),
                v.timestamp,
                index_u32(position),
                v.value.as_i8(),
            );
            *slot += 1;
        }
        for row in 0..participants.ids.len() {
            cells[row_starts[row]..row_starts[row + 1]]
                .sort_by_key(|&(_, column, timestamp, _, _)| (column, timestamp));
        }
        let participants = participants.ids;
        let statements = statements.ids;

        let mut first_vote = vec![i64::MAX; participants.len()];
        for &(row, _, timestamp, _, _) in &cells {
            if let Some(first) = first_vote.get_mut(row as usize) {
                *first = (*first).min(timestamp);
            }
        }
        // When each participant reached MIN_VOTES distinct statements (or their last first vote).
        let mut first_times: Vec<i64> = Vec::new();
        let mut qualified = vec![i64::MAX; participants.len()];
        let mut start = 0;
        while start < cells.len() {
            let row = cells[start].0;
            let mut end = start;
            first_times.clear();
            while end < cells.len() && cells[end].0 == row {
                // The first entry of each run of one cell is its earliest vote.
                if end == start || cells[end - 1].1 != cells[end].1 {
                    first_times.push(cells[end].2);
                }
                end += 1;
            }
            first_times.sort_unstable();
            let needed = MIN_VOTES.min(first_times.len());
            if let (Some(q), Some(&t)) = (
                qualified.get_mut(row as usize),
                first_times.get(needed.saturating_sub(1)),
            ) {
                *q = t;
            }
            start = end;
        }
        let mut matrix = VoteMatrix {
            qualified,
            first_vote,
            row_starts: Vec::with_capacity(participants.len() + 1),
            columns: Vec::with_capacity(cells.len()),
            values: Vec::with_capacity(cells.len()),
            participants,
            statements,
        };
        let mut current_row = 0u32;
        matrix.row_starts.push(0);
        for (i, &(row, column, _, _, value)) in cells.iter().enumerate() {
            let superseded = cells
                .get(i + 1)
                .is_some_and(|next| next.0 == row && next.1 == column);
            if superseded {
                continue;
            }
            while current_row < row {
                matrix.row_starts.push(matrix.columns.len());
                current_row += 1;
            }
            matrix.columns.push(column);
            matrix.values.push(value);
        }
        while matrix.row_starts.len() <= matrix.participants.len() {
            matrix.row_starts.push(matrix.columns.len());
        }
        matrix
    }

    /// Participant ids, one per row, ascending.
    pub fn participants(&self) -> &[ParticipantId] {
        &self.participants
    }

    /// Statement ids, one per column, ascending.
    pub fn statements(&self) -> &[StatementId] {
        &self.statements
    }

    pub fn participant_count(&self) -> usize {
        self.participants.len()
    }

    pub fn statement_count(&self) -> usize {
        self.statements.len()
    }

    /// Number of votes (filled cells).
    pub fn vote_count(&self) -> usize {
        self.values.len()
    }

    /// Rows in the order participants qualified to be in the conversation (voted on
    /// [`MIN_VOTES`](MIN_VOTES) statements), then by first vote: the
    /// order in which Pol.is creates base clusters for them.
    pub fn rows_by_qualification(&self) -> Vec<usize> {
        let mut rows: Vec<usize> = (0..self.participants.len()).collect();
        rows.sort_by_key(|&r| {
            (
                self.qualified.get(r).copied().unwrap_or(i64::MAX),
                self.first_vote.get(r).copied().unwrap_or(i64::MAX),
                r,
            )
        });
        rows
    }

    /// The row of a participant id.
    pub fn row_of(&self, participant: ParticipantId) -> Option<usize> {
        self.participants.binary_search(&participant).ok()
    }

    /// The column of a statement id.
    pub fn column_of(&self, statement: StatementId) -> Option<usize> {
        self.statements.binary_search(&statement).ok()
    }

    /// The storage itself: where each row starts in `columns`/`values`, then those two arrays.
    pub(crate) fn parts(&self) -> (&[usize], &[u32], &[i8]) {
        (&self.row_starts, &self.columns, &self.values)
    }

    /// A participant's votes: columns (ascending) and values.
    pub fn row(&self, row: usize) -> (&[u32], &[i8]) {
        let start = self.row_starts.get(row).copied().unwrap_or_default();
        let end = self.row_starts.get(row + 1).copied().unwrap_or(start);
        (
            self.columns.get(start..end).unwrap_or_default(),
            self.values.get(start..end).unwrap_or_default(),
        )
    }

    /// How many statements a participant voted on (passes included).
    pub fn votes_in_row(&self, row: usize) -> usize {
        self.row(row).0.len()
    }

    /// The vote in a cell, if any.
    pub fn get(&self, row: usize, column: usize) -> Option<i8> {
        let (columns, values) = self.row(row);
        let column = u32::try_from(column).ok()?;
        columns
            .binary_search(&column)
            .ok()
            .and_then(|i| values.get(i).copied())
    }

    /// The final votes, one per filled cell, in row then column order; timestamps are zero.
    pub fn final_votes(&self) -> Vec<Vote> {
        let mut votes = Vec::with_capacity(self.values.len());
        for (row, &participant) in self.participants.iter().enumerate() {
            let (columns, values) = self.row(row);
            for (&column, &value) in columns.iter().zip(values) {
                let (Some(&statement), Some(value)) = (
                    self.statements.get(column as usize),
                    super::votes::VoteValue::from_i8(value),
                ) else {
                    continue;
                };
                votes.push(Vote {
                    participant,
                    statement,
                    value,
                    timestamp: 0,
                });
            }
        }
        votes
    }
}

/// Sorted distinct ids and the way back from an id to its position: a table when the ids are
/// dense (Pol.is numbers participants and statements from 0), a hash map otherwise.
struct IdIndex<T> {
    ids: Vec<T>,
    dense: Option<(u64, Vec<u32>)>,
    sparse: HashMap<T, u32>,
}

impl<T: Copy + Ord + Hash + Into<u64>> IdIndex<T> {
    fn new(ids: impl Iterator<Item = T>) -> Self {
        let mut ids: Vec<T> = ids.collect();
        ids.sort_unstable();
        ids.dedup();
        let (min, max) = match (ids.first(), ids.last()) {
            (Some(&a), Some(&b)) => (a.into(), b.into()),
            _ => (0, 0),
        };
        let span = usize::try_from(max - min).unwrap_or(usize::MAX);
        if span <= 8 * ids.len() + 1024 {
            let mut table = vec![u32::MAX; span + 1];
            for (i, &id) in ids.iter().enumerate() {
                if let Some(slot) = usize::try_from(id.into() - min)
                    .ok()
                    .and_then(|o| table.get_mut(o))
                {
                    *slot = index_u32(i);
                }
            }
            IdIndex {
                ids,
                dense: Some((min, table)),
                sparse: HashMap::new(),
            }
        } else {
            let sparse = ids
                .iter()
                .enumerate()
                .map(|(i, &id)| (id, index_u32(i)))
                .collect();
            IdIndex {
                ids,
                dense: None,
                sparse,
            }
        }
    }

    /// The position of an id that is known to be present.
    fn index(&self, id: T) -> u32 {
        match &self.dense {
            Some((min, table)) => usize::try_from(id.into() - min)
                .ok()
                .and_then(|o| table.get(o).copied())
                .unwrap_or_default(),
            None => self.sparse.get(&id).copied().unwrap_or_default(),
        }
    }
}

/// Matrix dimensions fit in `u32`: Pol.is itself caps a conversation at 100,000 participants
/// and 10,000 statements, and a vote list longer than 4 billion would not fit in memory here.
fn index_u32(index: usize) -> u32 {
    u32::try_from(index).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::opinion::VoteValue::{Agree, Disagree, Pass};

    fn vote(
        participant: u64,
        statement: u64,
        value: crate::opinion::VoteValue,
        timestamp: i64,
    ) -> Vote {
        Vote {
            participant,
            statement,
            value,
            timestamp,
        }
    }

    #[test]
    fn latest_vote_wins_and_ids_are_sorted() {
        let votes = [
            vote(7, 3, Agree, 10),
            vote(2, 5, Pass, 11),
            vote(7, 3, Disagree, 30),
            vote(7, 5, Agree, 5),
            vote(7, 3, Pass, 20),
        ];
        let m = VoteMatrix::from_votes(&votes);
        assert_eq!(m.participants(), &[2, 7]);
        assert_eq!(m.statements(), &[3, 5]);
        assert_eq!(m.vote_count(), 3);
        assert_eq!(m.get(1, 0), Some(-1));
        assert_eq!(m.get(1, 1), Some(1));
        assert_eq!(m.get(0, 0), None);
        assert_eq!(m.get(0, 1), Some(0));
    }

    #[test]
    fn equal_timestamps_keep_the_later_row() {
        let m = VoteMatrix::from_votes(&[vote(1, 1, Agree, 0), vote(1, 1, Disagree, 0)]);
        assert_eq!(m.get(0, 0), Some(-1));
    }

    #[test]
    fn empty_history_gives_an_empty_matrix() {
        let m = VoteMatrix::from_votes(&[]);
        assert_eq!(m.participant_count(), 0);
        assert_eq!(m.row(0).0.len(), 0);
    }
}
