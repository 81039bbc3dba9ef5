//! `concord verify`: checks the ledger of submissions — every entry linked to the one before
//! and hashed from its own fields, every version received hashing to what the ledger recorded —
//! and, given a receipt's reference and hash, that the receipt is in it. It checks the database,
//! or a copy of the public ledger downloaded from `/ledger.jsonl`, which needs no database.

use anyhow::{bail, Context};
use concord_domain::ledger::{verify_chain, LedgerEntry};
use concord_domain::response::sha256_hex;
use concord_store::{ResponseStore, ReviewStore, Store};

/// A receipt to look for: its reference and the SHA-256 it carries.
#[derive(Debug, Clone)]
pub struct ReceiptQuery {
    /// Reference number, e.g. `3-00001`.
    pub reference: String,
    /// SHA-256 of what was received, hexadecimal.
    pub hash: String,
}

/// Reads a downloaded ledger: one JSON entry per line.
pub fn read_ledger(text: &str) -> anyhow::Result<Vec<LedgerEntry>> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(i, line)| {
            serde_json::from_str(line)
                .with_context(|| format!("line {} is not a ledger entry", i + 1))
        })
        .collect()
}

/// Checks a chain and, when asked, a receipt in it; returns the lines of the report.
pub fn check_entries(
    entries: &[LedgerEntry],
    receipt: Option<&ReceiptQuery>,
) -> anyhow::Result<Vec<String>> {
    let mut report = Vec::new();
    if let Err(broken) = verify_chain(entries) {
        bail!("the ledger is broken at {broken}");
    }
    report.push(format!(
        "Ledger: {} entries, every one linked and hashed correctly{}.",
        entries.len(),
        entries
            .last()
            .map(|e| format!("; head {}", e.entry_hash))
            .unwrap_or_default()
    ));
    if let Some(query) = receipt {
        let hash = query.hash.trim().to_lowercase();
        match entries
            .iter()
            .find(|e| e.reference == query.reference && e.content_sha256 == hash)
        {
            Some(entry) => report.push(format!(
                "Receipt {} version {} ({}) is entry {} of the ledger, recorded {}.",
                entry.reference, entry.version, entry.content_sha256, entry.seq, entry.recorded_at
            )),
            None => bail!(
                "no entry of the ledger records response {} with the hash {hash}",
                query.reference
            ),
        }
    }
    Ok(report)
}

/// Checks the database's ledger, the versions received against it, and a receipt if given.
pub async fn check_store(
    store: &Store,
    receipt: Option<&ReceiptQuery>,
) -> anyhow::Result<Vec<String>> {
    let problems = store.integrity_problems().await?;
    if !problems.is_empty() {
        bail!("the database file is damaged: {}", problems.join("; "));
    }
    let entries = store.ledger().await?;
    let mut report = check_entries(&entries, receipt)?;
    let versions = store.received_versions().await?;
    for (reference, version, content, stored) in &versions {
        let actual = sha256_hex(content.as_bytes());
        if &actual != stored {
            bail!("response {reference} version {version}: the record kept no longer hashes to {stored}");
        }
        let recorded = entries.iter().any(|e| {
            &e.reference == reference && e.version == *version && e.content_sha256 == actual
        });
        if !recorded {
            bail!("response {reference} version {version} is not in the ledger");
        }
    }
    report.push(format!(
        "Records received: {} versions, each hashing to its ledger entry.",
        versions.len()
    ));
    let errata = store.errata(None).await?;
    for published in &errata {
        let e = &published.erratum;
        let hash = sha256_hex(e.canonical_json().as_bytes());
        let recorded = entries.iter().any(|x| {
            x.kind == "correction" && x.reference == e.reference && x.content_sha256 == hash
        });
        if !recorded {
            bail!(
                "the correction of response {} recorded {} is not in the ledger",
                e.reference,
                published.recorded_at
            );
        }
    }
    report.push(format!(
        "Corrections: {}, each hashing to its ledger entry.",
        errata.len()
    ));
    Ok(report)
}
