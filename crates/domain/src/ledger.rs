//! The tamper-evident record: every accepted submission and every correction is appended to a
//! hash chain. Each entry's hash covers the previous entry's hash, so changing, removing or
//! reordering any entry changes every hash after it, and a receipt's hash can be checked against
//! the chain by anyone holding a copy of it.
//!
//! The algorithm, for anyone checking a downloaded copy: the entry hash is the SHA-256, in
//! lowercase hexadecimal, of these fields joined by a line feed (`\n`), in this order —
//! the previous entry's hash (64 zeros for the first entry), the sequence number in decimal, the
//! kind (`submission` or `correction`), the response's reference, the version in decimal, the
//! SHA-256 of the record received, and the time it was recorded (RFC 3339, UTC).

use serde::{Deserialize, Serialize};

use crate::response::sha256_hex;

/// The "previous hash" of the first entry.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// One entry of the chain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LedgerEntry {
    /// Its place in the chain, from 1.
    pub seq: i64,
    /// `submission` or `correction`.
    pub kind: String,
    /// The response's reference number.
    pub reference: String,
    /// The version of the response it records.
    pub version: i64,
    /// SHA-256 of the record received (what the receipt carries).
    pub content_sha256: String,
    /// When it was recorded (RFC 3339, UTC).
    pub recorded_at: String,
    /// The previous entry's hash.
    pub prev_hash: String,
    /// This entry's hash.
    pub entry_hash: String,
}

/// The hash of an entry with these fields, chained to `prev_hash`.
pub fn entry_hash(
    prev_hash: &str,
    seq: i64,
    kind: &str,
    reference: &str,
    version: i64,
    content_sha256: &str,
    recorded_at: &str,
) -> String {
    let text = format!(
        "{prev_hash}\n{seq}\n{kind}\n{reference}\n{version}\n{content_sha256}\n{recorded_at}"
    );
    sha256_hex(text.as_bytes())
}

impl LedgerEntry {
    /// What this entry's hash should be, from its own fields.
    pub fn expected_hash(&self) -> String {
        entry_hash(
            &self.prev_hash,
            self.seq,
            &self.kind,
            &self.reference,
            self.version,
            &self.content_sha256,
            &self.recorded_at,
        )
    }
}

/// Where a chain fails its check.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("entry {seq}: {problem}")]
pub struct ChainBreak {
    /// The first entry that does not hold.
    pub seq: i64,
    /// What is wrong with it.
    pub problem: String,
}

/// Checks a whole chain, in order: numbered from 1 without gaps, each entry linked to the one
/// before, each hash matching its fields.
pub fn verify_chain(entries: &[LedgerEntry]) -> Result<(), ChainBreak> {
    let mut prev = GENESIS.to_owned();
    for (i, entry) in entries.iter().enumerate() {
        let expected_seq = i64::try_from(i).unwrap_or(i64::MAX) + 1;
        let fail = |problem: &str| ChainBreak {
            seq: entry.seq,
            problem: problem.to_owned(),
        };
        if entry.seq != expected_seq {
            return Err(fail(&format!("expected entry {expected_seq} here")));
        }
        if entry.prev_hash != prev {
            return Err(fail("does not link to the entry before it"));
        }
        if entry.entry_hash != entry.expected_hash() {
            return Err(fail("its hash does not match its fields"));
        }
        prev.clone_from(&entry.entry_hash);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chain(n: i64) -> Vec<LedgerEntry> {
        let mut out: Vec<LedgerEntry> = Vec::new();
        for seq in 1..=n {
            let prev = out
                .last()
                .map_or(GENESIS.to_owned(), |e| e.entry_hash.clone());
            let content = sha256_hex(format!("response {seq}").as_bytes());
            let recorded_at = format!("2013-08-{:02}T12:00:00Z", seq);
            let hash = entry_hash(
                &prev,
                seq,
                "submission",
                &format!("1-{seq:05}"),
                1,
                &content,
                &recorded_at,
            );
            out.push(LedgerEntry {
                seq,
                kind: "submission".into(),
                reference: format!("1-{seq:05}"),
                version: 1,
                content_sha256: content,
                recorded_at,
                prev_hash: prev,
                entry_hash: hash,
            });
        }
        out
    }

    #[test]
    fn an_untouched_chain_holds() {
        assert_eq!(verify_chain(&chain(5)), Ok(()));
        assert_eq!(verify_chain(&[]), Ok(()));
    }

    #[test]
    fn any_change_removal_or_reordering_is_found() {
        let mut changed = chain(5);
        changed[2].content_sha256 = sha256_hex(b"something else");
        assert_eq!(verify_chain(&changed).unwrap_err().seq, 3);

        let mut removed = chain(5);
        removed.remove(1);
        assert_eq!(verify_chain(&removed).unwrap_err().seq, 3);

        let mut rehashed = chain(5);
        rehashed[2].content_sha256 = sha256_hex(b"forged");
        rehashed[2].entry_hash = rehashed[2].expected_hash();
        let broken = verify_chain(&rehashed).unwrap_err();
        assert_eq!(
            (broken.seq, broken.problem.as_str()),
            (4, "does not link to the entry before it"),
            "re-hashing a forged entry breaks the link of the next"
        );
    }
}
