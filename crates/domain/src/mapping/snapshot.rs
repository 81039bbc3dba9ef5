//! A snapshot of a mapping as issued (an update report, the final compiled document): the matrix
//! and the gaps as they stood that day, kept as written, and the differences between two.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// One cell of the matrix as issued.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SnapshotCell {
    /// The issue's number within its call (I3 is 3).
    pub issue: i64,
    pub issue_title: String,
    pub area: Option<String>,
    /// The mechanism's short name.
    pub mechanism: String,
    /// A [`super::MappingStatus`] code.
    pub status: String,
    /// A [`super::RowState`] code.
    pub state: String,
}

/// A gap as issued.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SnapshotGap {
    pub issue: i64,
    /// A [`super::GapKind`] code.
    pub kind: String,
}

/// The matrix and the gaps as issued.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SnapshotMatrix {
    pub cells: Vec<SnapshotCell>,
    pub gaps: Vec<SnapshotGap>,
}

/// What changed from one snapshot to a later one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "change", rename_all = "snake_case")]
pub enum SnapshotChange {
    /// A row listed in the later one only.
    RowAdded {
        issue: i64,
        mechanism: String,
        status: String,
    },
    /// A row listed in the earlier one only.
    RowDropped {
        issue: i64,
        mechanism: String,
        status: String,
    },
    /// A row whose status or standing changed.
    RowChanged {
        issue: i64,
        mechanism: String,
        before: (String, String),
        after: (String, String),
    },
    /// A gap in the later one only, or of another kind.
    GapOpened { issue: i64, kind: String },
    /// A gap in the earlier one only.
    GapClosed { issue: i64, kind: String },
}

/// The changes from `earlier` to `later`, by issue and mechanism.
pub fn compare(earlier: &SnapshotMatrix, later: &SnapshotMatrix) -> Vec<SnapshotChange> {
    let key = |c: &SnapshotCell| (c.issue, c.mechanism.clone());
    let before: BTreeMap<_, &SnapshotCell> = earlier.cells.iter().map(|c| (key(c), c)).collect();
    let after: BTreeMap<_, &SnapshotCell> = later.cells.iter().map(|c| (key(c), c)).collect();
    let mut changes = Vec::new();
    for ((issue, mechanism), cell) in &after {
        match before.get(&(*issue, mechanism.clone())) {
            None => changes.push(SnapshotChange::RowAdded {
                issue: *issue,
                mechanism: mechanism.clone(),
                status: cell.status.clone(),
            }),
            Some(old) if old.status != cell.status || old.state != cell.state => {
                changes.push(SnapshotChange::RowChanged {
                    issue: *issue,
                    mechanism: mechanism.clone(),
                    before: (old.status.clone(), old.state.clone()),
                    after: (cell.status.clone(), cell.state.clone()),
                });
            }
            Some(_) => {}
        }
    }
    for ((issue, mechanism), cell) in &before {
        if !after.contains_key(&(*issue, mechanism.clone())) {
            changes.push(SnapshotChange::RowDropped {
                issue: *issue,
                mechanism: mechanism.clone(),
                status: cell.status.clone(),
            });
        }
    }
    let gaps_before: BTreeMap<i64, &str> = earlier
        .gaps
        .iter()
        .map(|g| (g.issue, g.kind.as_str()))
        .collect();
    let gaps_after: BTreeMap<i64, &str> = later
        .gaps
        .iter()
        .map(|g| (g.issue, g.kind.as_str()))
        .collect();
    for (issue, kind) in &gaps_after {
        if gaps_before.get(issue) != Some(kind) {
            changes.push(SnapshotChange::GapOpened {
                issue: *issue,
                kind: (*kind).to_owned(),
            });
        }
    }
    for (issue, kind) in &gaps_before {
        if !gaps_after.contains_key(issue) {
            changes.push(SnapshotChange::GapClosed {
                issue: *issue,
                kind: (*kind).to_owned(),
            });
        }
    }
    changes
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(issue: i64, mechanism: &str, status: &str) -> SnapshotCell {
        SnapshotCell {
            issue,
            issue_title: format!("Issue {issue}"),
            area: None,
            mechanism: mechanism.into(),
            status: status.into(),
            state: "accepted".into(),
        }
    }

    #[test]
    fn two_snapshots_differ_by_row_and_gap() {
        let earlier = SnapshotMatrix {
            cells: vec![cell(1, "IGF", "partly"), cell(2, "ITU", "addressing")],
            gaps: vec![SnapshotGap {
                issue: 1,
                kind: "weak".into(),
            }],
        };
        let later = SnapshotMatrix {
            cells: vec![
                cell(1, "IGF", "addressing"),
                cell(3, "OECD", "not_addressing"),
            ],
            gaps: vec![SnapshotGap {
                issue: 3,
                kind: "lacking".into(),
            }],
        };
        let changes = compare(&earlier, &later);
        assert_eq!(changes.len(), 5, "{changes:?}");
        assert!(changes.contains(&SnapshotChange::RowDropped {
            issue: 2,
            mechanism: "ITU".into(),
            status: "addressing".into()
        }));
        assert!(changes.contains(&SnapshotChange::GapClosed {
            issue: 1,
            kind: "weak".into()
        }));
        assert!(compare(&later, &later).is_empty());
    }
}
