//! Gaps, derived from the rows and never typed in separately, so that the two cannot disagree
//! (ToR 5(d): "areas in which such mechanisms are weak or lacking"). Only rows a coordinator
//! accepted count. An issue whose accepted, assessed rows include one that addresses it is
//! addressed; one whose best row addresses it only in part is a weak gap; one whose every
//! assessed row does not address it is a lacking gap; one with no accepted, assessed row is not
//! yet assessed. An issue for which no mechanism exists at all is recorded with a row for the
//! nearest mechanism marked "not addressing", as the correspondence group's spreadsheet did.

use serde::Serialize;

use super::matrix::{MappingStatus, RowState};
use crate::ids::{IssueId, MappingRowId};

code_enum! {
    /// What kind of gap.
    pub enum GapKind {
        /// No mechanism addresses the issue.
        Lacking = "lacking" => "No mechanism addresses it",
        /// Mechanisms address it only in part.
        Weak = "weak" => "Addressed only in part",
    }
}

/// Where an issue stands, from its rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum IssueStanding {
    /// No accepted row is assessed.
    NotAssessed,
    /// An accepted row addresses it.
    Addressed,
    /// A gap.
    Gap(GapKind),
}

/// A gap: the issue, its kind and the rows behind it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Gap {
    pub issue: IssueId,
    pub kind: GapKind,
    /// The accepted, assessed rows it is derived from.
    pub rows: Vec<MappingRowId>,
}

/// One row, as the derivation reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RowFact {
    pub id: MappingRowId,
    pub issue: IssueId,
    pub status: MappingStatus,
    pub state: RowState,
}

/// Whether a row counts: accepted and assessed.
fn counts(row: &RowFact) -> bool {
    row.state == RowState::Accepted && row.status != MappingStatus::NotAssessed
}

/// Where an issue stands, from the rows of that issue.
pub fn standing<'a>(rows: impl IntoIterator<Item = &'a RowFact>) -> IssueStanding {
    let mut any = false;
    let mut partly = false;
    for row in rows.into_iter().filter(|r| counts(r)) {
        any = true;
        match row.status {
            MappingStatus::Addressing => return IssueStanding::Addressed,
            MappingStatus::PartlyAddressing => partly = true,
            _ => {}
        }
    }
    match (any, partly) {
        (false, _) => IssueStanding::NotAssessed,
        (true, true) => IssueStanding::Gap(GapKind::Weak),
        (true, false) => IssueStanding::Gap(GapKind::Lacking),
    }
}

/// The gaps among `issues`, in their order, from `rows`.
pub fn derive_gaps(issues: &[IssueId], rows: &[RowFact]) -> Vec<Gap> {
    // Rows by issue first: a real mapping has 200 issues and up to 20,000 rows.
    let mut by_issue: std::collections::HashMap<IssueId, Vec<&RowFact>> =
        std::collections::HashMap::new();
    for row in rows {
        by_issue.entry(row.issue).or_default().push(row);
    }
    issues
        .iter()
        .filter_map(|issue| {
            let own = by_issue.get(issue).map(Vec::as_slice).unwrap_or_default();
            match standing(own.iter().copied()) {
                IssueStanding::Gap(kind) => Some(Gap {
                    issue: *issue,
                    kind,
                    rows: own.iter().filter(|r| counts(r)).map(|r| r.id).collect(),
                }),
                _ => None,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(id: i64, issue: i64, status: MappingStatus, state: RowState) -> RowFact {
        RowFact {
            id: MappingRowId(id),
            issue: IssueId(issue),
            status,
            state,
        }
    }

    #[test]
    fn gaps_follow_the_accepted_rows_only() {
        use MappingStatus::*;
        use RowState::*;
        let rows = [
            // Issue 1: addressed by an accepted row.
            row(1, 1, PartlyAddressing, Accepted),
            row(2, 1, Addressing, Accepted),
            // Issue 2: only in part; a proposed "addressing" row does not count yet.
            row(3, 2, PartlyAddressing, Accepted),
            row(4, 2, Addressing, Proposed),
            // Issue 3: nothing addresses it; a contested row does not count.
            row(5, 3, NotAddressing, Accepted),
            row(6, 3, Addressing, Contested),
            // Issue 4: listed but not assessed.
            row(7, 4, NotAssessed, Accepted),
        ];
        let issues: Vec<IssueId> = (1..=5).map(IssueId).collect();
        let gaps = derive_gaps(&issues, &rows);
        assert_eq!(
            gaps,
            vec![
                Gap {
                    issue: IssueId(2),
                    kind: GapKind::Weak,
                    rows: vec![MappingRowId(3)]
                },
                Gap {
                    issue: IssueId(3),
                    kind: GapKind::Lacking,
                    rows: vec![MappingRowId(5)]
                },
            ]
        );
        let four: Vec<&RowFact> = rows.iter().filter(|r| r.issue == IssueId(4)).collect();
        assert_eq!(standing(four), IssueStanding::NotAssessed);
    }
}
