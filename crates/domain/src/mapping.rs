//! Mapping the existing mechanisms and the gaps (the WGEC correspondence group's terms of
//! reference, 5(b)–(d) and 6): a registry of international mechanisms shared by every body; a
//! body's mapping exercise over the issues drawn from a call's responses, with one row per
//! issue and mechanism, its status and its evidence; the gaps derived from the rows; and, where
//! the group cannot agree, options referred to the parent working group, which decides once.

pub mod exercise;
pub mod gaps;
pub mod import;
pub mod matrix;
pub mod mechanism;
pub mod options;
pub mod snapshot;

pub use exercise::{ExerciseFields, ExerciseForm, SnapshotFields, SnapshotForm, SnapshotKind};
pub use gaps::{derive_gaps, standing, Gap, GapKind, IssueStanding, RowFact};
pub use matrix::{Assessment, Evidence, MappingStatus, ProposedRow, RowForm, RowState};
pub use mechanism::{
    Access, Mechanism, MechanismFields, MechanismForm, MechanismKind, Participants,
};
pub use options::{OptionFields, OptionForm, ReferralDecision, ReferralDecisionForm};
pub use snapshot::{compare, SnapshotCell, SnapshotChange, SnapshotGap, SnapshotMatrix};
