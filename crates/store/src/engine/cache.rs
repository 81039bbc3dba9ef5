//! Copies kept in memory. The questions of calls past their draft, which never change again
//! ([`FrozenQuestions`]). And short-lived copies of the call being answered, which every submission reads, so that a
//! flood of submissions does not read it again each time (the writer still checks, inside its
//! transaction, that the call is open). SQLite only: there one process owns the database, and
//! every write this process begins (`Store::begin_write`) marks all copies stale at once, as
//! does a change to a call once committed; a copy also lasts at most [`TTL`], which bounds what
//! another process on the same file could change unseen. PostgreSQL serves several instances,
//! so there nothing is kept. Sessions are not kept: signing out or losing a right takes effect
//! at once.
//!
//! A copy is stamped with the count of writes seen before the read that made it: a write that
//! began while the read ran makes the copy stale from the start.

use concord_domain::ids::CallId;
use std::collections::HashMap;
use std::hash::Hash;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError, RwLock};
use std::time::{Duration, Instant};

use concord_domain::call::{Call, Question};

/// How long a copy is used at most.
pub(crate) const TTL: Duration = Duration::from_secs(1);

/// Copies kept per kind at most; beyond, all are dropped and made again as read.
const CAPACITY: usize = 10_000;

/// The copies of one kind of read.
#[derive(Debug)]
pub(crate) struct Shelf<K, V> {
    entries: Mutex<HashMap<K, (V, u64, Instant)>>,
}

impl<K: Eq + Hash, V: Clone> Shelf<K, V> {
    fn new() -> Self {
        Shelf {
            entries: Mutex::new(HashMap::new()),
        }
    }

    /// The copy made since the last write, if it is recent enough.
    pub(crate) fn get(&self, key: &K, epoch: u64) -> Option<V> {
        let entries = self.entries.lock().unwrap_or_else(PoisonError::into_inner);
        entries
            .get(key)
            .filter(|(_, made_in, at)| *made_in == epoch && at.elapsed() < TTL)
            .map(|(value, _, _)| value.clone())
    }

    /// Keeps what a read that began in `epoch` found.
    pub(crate) fn put(&self, key: K, value: V, epoch: u64) {
        let mut entries = self.entries.lock().unwrap_or_else(PoisonError::into_inner);
        if entries.len() >= CAPACITY {
            entries.clear();
        }
        entries.insert(key, (value, epoch, Instant::now()));
    }
}

/// The copies, and the count of writes that makes them stale.
#[derive(Debug)]
pub(crate) struct ReadCache {
    enabled: bool,
    writes: AtomicU64,
    /// Calls by id.
    pub(crate) calls: Shelf<CallId, Call>,
}

impl ReadCache {
    pub(crate) fn new(enabled: bool) -> Self {
        ReadCache {
            enabled,
            writes: AtomicU64::new(0),
            calls: Shelf::new(),
        }
    }

    /// The current count of writes, to stamp a read with; `None` when nothing is kept.
    pub(crate) fn epoch(&self) -> Option<u64> {
        self.enabled.then(|| self.writes.load(Ordering::Acquire))
    }

    /// A write begins: every copy is stale.
    pub(crate) fn changed(&self) {
        self.writes.fetch_add(1, Ordering::AcqRel);
    }
}

/// The questions of calls that have left the draft state. Questions are added only to a draft
/// and a call never returns to draft, so these never change: every response form reads them,
/// and keeping them spares a query per submission (on any number of instances).
#[derive(Debug, Clone, Default)]
pub(crate) struct FrozenQuestions(Arc<RwLock<HashMap<CallId, Arc<[Question]>>>>);

impl FrozenQuestions {
    /// Calls kept at most; beyond, the whole set is dropped and filled again as read.
    const CAPACITY: usize = 1024;

    pub(crate) fn get(&self, call: CallId) -> Option<Vec<Question>> {
        let kept = self.0.read().unwrap_or_else(PoisonError::into_inner);
        kept.get(&call).map(|questions| questions.to_vec())
    }

    pub(crate) fn keep(&self, call: CallId, questions: &[Question]) {
        let mut kept = self.0.write().unwrap_or_else(PoisonError::into_inner);
        if kept.len() >= Self::CAPACITY {
            kept.clear();
        }
        kept.insert(call, questions.into());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copy_is_stale_after_any_write_and_nothing_is_kept_when_disabled() {
        let cache = ReadCache::new(true);
        let shelf: Shelf<i64, String> = Shelf::new();
        let epoch = cache.epoch().unwrap();
        shelf.put(1, "kept".into(), epoch);
        assert_eq!(shelf.get(&1, epoch).as_deref(), Some("kept"));
        cache.changed();
        assert_eq!(shelf.get(&1, cache.epoch().unwrap()), None);
        assert!(ReadCache::new(false).epoch().is_none());
    }
}
