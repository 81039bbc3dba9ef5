//! Opinion maps in the manner of Pol.is: who agrees with whom, in which groups, on what.
//!
//! The pipeline follows Pol.is's own mathematics (its `polismath` Clojure service) step by step,
//! so that a map drawn here can be checked against the one Pol.is drew for the same votes:
//!
//! 1. [`matrix`]: the participants × statements vote matrix; the latest vote wins.
//! 2. [`participation`]: which participants are "in the conversation" (voted enough).
//! 3. [`pca`]: two principal components by power iteration over the mean-imputed matrix, and
//!    each participant's position, scaled for how few statements they voted on.
//! 4. [`kmeans`] and [`clusters`]: up to 100 base clusters of positions, then 2–5 groups of base
//!    clusters chosen by silhouette, with Pol.is's smoothing of the group count; on a cold start,
//!    [`cold_start`] instead picks the groups the positions support best.
//! 5. [`repness`] and [`consensus`]: the statements that set each group apart, and those that
//!    all groups (or everyone) agree on.
//! 6. [`categories`]: the same measures across groups the caller declares (stakeholder group,
//!    region), which Pol.is cannot do.
//!
//! [`analyse`] runs the pipeline; [`polis_csv`] reads and writes Pol.is's export format.
//!
//! Pol.is computes each run from its previous one: the participants already in stay in, k-means
//! starts from the last base clusters and groups, the power iteration from the last components,
//! and the group count changes only after a new count has won several runs in a row. An
//! [`OpinionState`] (from [`OpinionMap::state`]) carries all of that to the next run. Without
//! one, an analysis is a cold start, as Pol.is's first run of a conversation is: base clusters
//! are created in the order participants qualified, as Pol.is creates them, and the groups are
//! chosen among several starts and refined over the participants ([`cold_start`]). Started from the
//! state Pol.is stored, the map reproduces Pol.is's groups, representative statements and
//! consensus exactly (see `tests/polis_fixtures.rs`).

pub mod categories;
pub mod clusters;
pub mod cold_start;
pub mod compare;
pub mod consensus;
mod error;
pub mod kmeans;
pub mod matrix;
use crate::parallel;
pub mod participation;
pub mod pca;
mod pipeline;
pub mod polis_csv;
pub mod repness;
pub mod stats;
mod votes;

pub use error::OpinionError;
pub use pipeline::{
    analyse, BaseCluster, Group, OpinionMap, OpinionOptions, OpinionState, StoredGroup,
};
pub use votes::{Moderation, ParticipantId, StatementId, StatementInfo, Vote, VoteValue};
