//! Opinion maps computed once per state of a conversation and shared by every view of it. The
//! analysis (PCA, clustering, representative statements) costs seconds of CPU on a large
//! imported conversation; reading the votes costs milliseconds. Each view reads the votes and
//! statements, fingerprints them, and takes the map computed for that fingerprint — computed by
//! the first view that needs it while any others wait for the same result, on a blocking thread.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use concord_store::{CastVote, Statement};
use concord_text::opinion::matrix::VoteMatrix;
use concord_text::opinion::{OpinionMap, OpinionState};
use tokio::sync::OnceCell;

/// A conversation's vote matrix and its map: none while too few have voted, or why the
/// analysis failed.
pub(crate) type Computed = Arc<(VoteMatrix, Result<Option<OpinionMap>, String>)>;

type Slot = Arc<OnceCell<Computed>>;

/// The maps of the conversations viewed, one state each.
#[derive(Debug, Default)]
pub struct OpinionMaps {
    slots: Mutex<HashMap<i64, (u64, Slot)>>,
    computed: AtomicU64,
    warm: AtomicU64,
}

impl OpinionMaps {
    /// How many analyses have run since the server started.
    pub fn computed(&self) -> u64 {
        self.computed.load(Ordering::Relaxed)
    }

    /// How many of them started from the conversation's previous map.
    pub fn warm_starts(&self) -> u64 {
        self.warm.load(Ordering::Relaxed)
    }

    /// The map of `conversation` as its `votes` and `statements` stand, computed with
    /// `compute` only when no view has computed it for this state yet.
    pub(crate) async fn get(
        &self,
        conversation: i64,
        votes: &[CastVote],
        statements: &[Statement],
        compute: impl FnOnce(Option<OpinionState>) -> (VoteMatrix, Result<Option<OpinionMap>, String>)
            + Send
            + 'static,
    ) -> Result<Computed, String> {
        let fingerprint = fingerprint(votes, statements);
        let (slot, previous) = {
            let mut slots = self.slots.lock().map_err(|e| e.to_string())?;
            match slots.get(&conversation) {
                Some((known, slot)) if *known == fingerprint => (Arc::clone(slot), None),
                // A new state replaces the old one: a conversation keeps one map, and the new
                // one starts from the old one's groups, as Pol.is does, so that one more vote
                // does not make the groups jump.
                old => {
                    let previous = old.and_then(|(_, slot)| {
                        slot.get()
                            .and_then(|c| c.1.as_ref().ok().and_then(Option::as_ref))
                            .map(OpinionMap::state)
                    });
                    let slot: Slot = Arc::default();
                    slots.insert(conversation, (fingerprint, Arc::clone(&slot)));
                    (slot, previous)
                }
            }
        };
        slot.get_or_try_init(|| async {
            self.computed.fetch_add(1, Ordering::Relaxed);
            if previous.is_some() {
                self.warm.fetch_add(1, Ordering::Relaxed);
            }
            tokio::task::spawn_blocking(move || compute(previous))
                .await
                .map(Arc::new)
                .map_err(|e| format!("opinion map: {e}"))
        })
        .await
        .cloned()
    }
}

/// Changes whenever a vote, a statement or a moderation changes.
fn fingerprint(votes: &[CastVote], statements: &[Statement]) -> u64 {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    for v in votes {
        (v.participant, v.statement, v.value, v.cast_at).hash(&mut hasher);
    }
    for s in statements {
        (s.number, s.moderation, s.is_meta, &s.body).hash(&mut hasher);
    }
    hasher.finish()
}
