//! The records an opinion map is built from: votes and the moderation state of statements.

use serde::{Deserialize, Serialize};

/// A participant's number within one conversation (Pol.is's `pid`).
pub type ParticipantId = u64;
/// A statement's number within one conversation (Pol.is's `tid`, "comment-id").
pub type StatementId = u64;

/// One of the three answers a participant can give to a statement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum VoteValue {
    Agree,
    Disagree,
    Pass,
}

impl VoteValue {
    /// The value in Pol.is's export files and in the vote matrix: agree 1, disagree -1, pass 0.
    pub fn as_i8(self) -> i8 {
        match self {
            VoteValue::Agree => 1,
            VoteValue::Disagree => -1,
            VoteValue::Pass => 0,
        }
    }

    /// Reads 1, -1 or 0; anything else is not a vote.
    pub fn from_i8(value: i8) -> Option<Self> {
        match value {
            1 => Some(VoteValue::Agree),
            -1 => Some(VoteValue::Disagree),
            0 => Some(VoteValue::Pass),
            _ => None,
        }
    }
}

/// One vote as cast. A participant may vote on a statement more than once; the latest counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Vote {
    pub participant: ParticipantId,
    pub statement: StatementId,
    pub value: VoteValue,
    /// Milliseconds since 1970; orders a participant's successive votes on one statement.
    pub timestamp: i64,
}

/// A moderator's decision on a statement, as in Pol.is's `moderated` column.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Moderation {
    /// Accepted (1).
    In,
    /// Not yet looked at (0).
    Unmoderated,
    /// Rejected (-1): shown to nobody, left out of the analysis.
    Out,
}

impl Moderation {
    pub fn as_i8(self) -> i8 {
        match self {
            Moderation::In => 1,
            Moderation::Unmoderated => 0,
            Moderation::Out => -1,
        }
    }

    pub fn from_i8(value: i8) -> Option<Self> {
        match value {
            1 => Some(Moderation::In),
            0 => Some(Moderation::Unmoderated),
            -1 => Some(Moderation::Out),
            _ => None,
        }
    }
}

/// What the analysis needs to know of a statement besides its votes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatementInfo {
    pub id: StatementId,
    pub moderation: Moderation,
    /// A statement about the conversation itself ("I am a teacher"): Pol.is leaves these out of
    /// the map as it does rejected ones.
    pub is_meta: bool,
}

impl StatementInfo {
    /// Whether Pol.is zeroes this statement's column before computing anything ("mod-out").
    pub fn is_left_out(&self) -> bool {
        self.is_meta || self.moderation == Moderation::Out
    }
}
