//! Typed identifiers, so that a person's id can never be passed where a body's is expected.
//! Each serialises as the bare number, as rows and records have always held it.
//!
//! ```compile_fail
//! use concord_domain::ids::{BodyId, CallId};
//! fn close_the_body(_: BodyId) {}
//! close_the_body(CallId(2)); // a call's id where a body's is wanted: refused
//! ```
//!
//! ```
//! use concord_domain::ids::{BodyId, CallId};
//! fn close_the_body(_: BodyId) {}
//! close_the_body(BodyId(2));
//! assert_eq!(serde_json::to_string(&CallId(2)).unwrap(), "2");
//! ```

use serde::{Deserialize, Serialize};

macro_rules! id_type {
    ($($(#[$meta:meta])* $name:ident),+ $(,)?) => {$(
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub i64);

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }
    )+};
}

id_type!(
    /// Identifies a body (commission, working group, correspondence group…).
    BodyId,
    /// Identifies a seat quota of a body.
    QuotaId,
    /// Identifies a membership.
    MembershipId,
    /// Identifies a person.
    PersonId,
    /// Identifies an organisation.
    OrganizationId,
    /// Identifies an entry of the events calendar.
    EventId,
    /// Identifies a user account.
    UserId,
    /// Identifies a meeting.
    MeetingId,
    /// Identifies a document of a register.
    DocumentId,
    /// Identifies a topic of a body's work.
    TopicId,
    /// Identifies a call for input.
    CallId,
    /// Identifies a question of a call.
    QuestionId,
    /// Identifies a response to a call.
    ResponseId,
    /// Identifies a negotiating text.
    TextId,
    /// Identifies a policy issue compiled from a call's responses.
    IssueId,
    /// Identifies a theme of a call's answers.
    ThemeId,
    /// Identifies an opinion map (a conversation of statements and votes).
    MapId,
    /// Identifies a mechanism of the registry.
    MechanismId,
    /// Identifies a body's mapping exercise.
    ExerciseId,
    /// Identifies a row of a mapping: one issue and one mechanism.
    MappingRowId,
);

/// The number of a version within its negotiating text (1 for the first). A version is named by
/// its text's id and this number; a typed number keeps the two from being swapped.
///
/// ```compile_fail
/// use concord_domain::ids::{TextId, VersionNo};
/// fn read_version(_: TextId, _: VersionNo) {}
/// read_version(TextId(3), 2); // a bare number where a version is wanted: refused
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct VersionNo(pub i64);

impl VersionNo {
    /// The first version of a text.
    pub const FIRST: VersionNo = VersionNo(1);

    /// The version after this one.
    pub fn next(self) -> VersionNo {
        VersionNo(self.0 + 1)
    }

    /// The version before this one; the first has none.
    pub fn previous(self) -> Option<VersionNo> {
        (self.0 > 1).then(|| VersionNo(self.0 - 1))
    }
}

impl std::fmt::Display for VersionNo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl std::str::FromStr for VersionNo {
    type Err = std::num::ParseIntError;

    /// Reads a version number as a path or a form carries it.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        s.parse().map(VersionNo)
    }
}
