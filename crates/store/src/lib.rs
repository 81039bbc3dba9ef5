//! Concord's storage. One narrow trait per aggregate ([`BodyStore`], [`CompositionStore`],
//! [`PartyStore`], [`CalendarStore`]), implemented once by [`Store`] for both backends:
//! SQLite (the embedded default, in WAL mode) and PostgreSQL (for several instances).
//!
//! Both backends run the same SQL through sqlx's `Any` driver; what differs between them — the
//! DDL of the migrations and the connection set-up — is kept per backend in `migrations/` and
//! [`connect`]. The conformance suite in `tests/` runs every trait against both.

mod accounts;
mod amendments;
mod audit;
mod backend;
mod backup;
mod bodies;
mod calendar;
mod calls;
mod composition;
pub mod connect;
mod consensus;
mod corpus;
mod documents;
mod engine;
mod error;
mod imports;
mod jobs;
mod limits;
mod mail;
mod mapping;
mod meetings;
mod migrate;
mod opinion;
mod participation;
mod parties;
mod policy_issues;
mod readings;
mod reference;
mod responses;
mod review;
mod roster;
mod rows;
mod signatures;
#[cfg(feature = "testing")]
pub mod testing;
mod text_rows;
mod texts;
mod themes;
mod topics;

pub use accounts::{AccountStore, NewUser, Session, TokenDraft, TokenPurpose};
pub use amendments::{Amendment, AmendmentStore};
pub use audit::{AuditActor, AuditEntry, AuditStore};
pub use bodies::BodyStore;
pub use calendar::CalendarStore;
pub use calls::CallStore;
pub use composition::{CompositionStore, MembershipView};
pub use concord_domain::response::sha256_hex;
pub use connect::{Backend, ConnectOptions, Store};
pub use consensus::{ConsensusStore, Silence, StatusEntry, TextDecision};
pub use corpus::{CorpusFile, CorpusStamp, CorpusStore, FileTextStore, UnreadFile};
pub use documents::{DocumentStore, Follower};
pub use engine::group_commit::{MAX_BATCH, QUEUE};
pub use error::StoreError;
pub use imports::{ImportStore, StagedImport};
pub use jobs::Task;
pub use limits::{Attempt, LimitStore};
pub use mail::{Job, JobEnd, MailDraft, MailSettlement, MailStore, OutboxEntry, MAIL_ATTEMPTS};
pub use mapping::{
    Exercise, GapNote, MappingCell, MappingRow, MappingStore, Question, QuestionOption,
    QuestionStore, ReadsWithheld, RegistryStore, Snapshot, SnapshotStore, SnapshotSummary, Subject,
};
pub use meetings::MeetingStore;
pub use migrate::MigrationReport;
pub use opinion::{
    CastVote, Conversation, ImportedStatement, OpinionStore, Participant, Statement,
    StatementAuthor,
};
pub use participation::ParticipationStore;
pub use parties::PartyStore;
pub use policy_issues::{IssueSource, Merge, PolicyIssue, PolicyIssueStore};
pub use readings::{Comment, Reading, ReadingStore};
pub use responses::{
    Author, Mails, Receipt, ReceivedOtherwise, ResponseStore, SaveRequest, StoredResponse,
};
pub use review::{ListedResponse, PublishedErratum, ReviewStore};
pub use roster::{RosterEntry, RosterStore};
pub use signatures::{PendingSignature, SignatureStore, SignatureView};
pub use texts::TextStore;
pub use themes::{Coding, NewTheme, Theme, ThemeRun, ThemeStore};
pub use topics::{TopicOrigin, TopicSource, TopicStore};

/// Results of storage calls.
pub type Result<T, E = StoreError> = std::result::Result<T, E>;
