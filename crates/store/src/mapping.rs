//! The mapping of existing mechanisms and gaps, stored: the registry shared by every body
//! (`registry`), a body's exercises with their rows and evidence (`rows`), the explanations of
//! gaps and the questions referred to the parent working group (`questions`), and the snapshots
//! issued (`snapshots`). Every change is in the audit log; nothing is deleted.

mod cells;
mod questions;
mod registry;
mod rows;
mod snapshots;

use concord_domain::ids::{BodyId, CallId, ExerciseId, IssueId, MappingRowId, MechanismId};
use concord_domain::mapping::{Evidence, MappingStatus, RowState};
use serde::Serialize;

pub use questions::{GapNote, Question, QuestionOption, Subject};
pub use rows::ReadsWithheld;
pub use snapshots::{Snapshot, SnapshotSummary};

/// A body's mapping exercise.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Exercise {
    pub id: ExerciseId,
    /// The body that maps (the correspondence group).
    pub body_id: BodyId,
    /// The call whose issues it maps.
    pub call_id: CallId,
    pub title: String,
    /// Its terms of reference.
    pub terms: Option<String>,
    pub lang: String,
    pub created_by: String,
    pub created_at: String,
}

/// A row of a mapping: one issue, one mechanism, where it stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MappingRow {
    pub id: MappingRowId,
    pub exercise_id: ExerciseId,
    pub issue_id: IssueId,
    pub mechanism_id: MechanismId,
    pub status: MappingStatus,
    pub state: RowState,
    pub notes: Option<String>,
    pub evidence: Vec<Evidence>,
    /// Who proposed it, and when.
    pub proposed_by: String,
    pub proposed_at: String,
    /// Who assessed it last, and when.
    pub assessed_by: String,
    pub assessed_at: String,
}

/// Where a row stands, without its notes and evidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct MappingCell {
    pub id: MappingRowId,
    pub issue_id: IssueId,
    pub mechanism_id: MechanismId,
    pub status: MappingStatus,
    pub state: RowState,
}

/// Storage of the mapping.
pub use questions::QuestionStore;
pub use registry::RegistryStore;
pub use rows::MappingStore;
pub use snapshots::SnapshotStore;
