//! What full-text search reads from storage: a stamp that changes whenever anything a search
//! could show changes (every change writes the audit log or the ledger), the responses received
//! since a ledger entry (so that new submissions are added to the index without rebuilding it),
//! the calls, and the files received with a call's responses, content included, for their text.

use crate::connect::Store;
use crate::rows::RowExt;
use crate::Result;

/// Where the corpus stands: the last audit entry and the last ledger entry. A change of the
/// ledger alone means responses were submitted or corrected; any other change writes the audit
/// log.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CorpusStamp {
    /// The last audit entry's id.
    pub audit: i64,
    /// The last ledger entry's sequence number.
    pub ledger: i64,
}

/// A file received with a response, with its content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CorpusFile {
    /// Its id.
    pub id: i64,
    /// The response's reference.
    pub reference: String,
    /// Its name.
    pub file_name: String,
    /// Its media type.
    pub media_type: String,
    /// Its bytes.
    pub content: Vec<u8>,
}

/// Reading the search corpus.
#[allow(async_fn_in_trait)]
pub trait CorpusStore {
    /// Changes whenever a response, its attribution, its publication or a call changes.
    async fn corpus_stamp(&self) -> Result<CorpusStamp>;
    /// Every call's id, in order.
    async fn call_ids(&self) -> Result<Vec<i64>>;
    /// The references of the responses submitted or corrected after ledger entry `seq`, with
    /// their calls, in ledger order (a reference may come more than once).
    async fn ledger_since(&self, seq: i64) -> Result<Vec<(i64, String)>>;
    /// The files received with a call's submitted responses.
    async fn corpus_files(&self, call: i64) -> Result<Vec<CorpusFile>>;
}

impl CorpusStore for Store {
    async fn corpus_stamp(&self) -> Result<CorpusStamp> {
        let audit = sqlx::query("SELECT COALESCE(MAX(id), 0) AS n FROM audit_log")
            .fetch_one(&self.pool)
            .await?
            .int("n")?;
        let ledger = sqlx::query("SELECT COALESCE(MAX(seq), 0) AS n FROM ledger")
            .fetch_one(&self.pool)
            .await?
            .int("n")?;
        Ok(CorpusStamp { audit, ledger })
    }

    async fn call_ids(&self) -> Result<Vec<i64>> {
        let rows = sqlx::query("SELECT id FROM calls ORDER BY id")
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|r| r.int("id"))
            .collect::<Result<_, sqlx::Error>>()
            .map_err(Into::into)
    }

    async fn ledger_since(&self, seq: i64) -> Result<Vec<(i64, String)>> {
        let rows = sqlx::query(
            "SELECT r.call_id, l.reference FROM ledger l JOIN responses r \
             ON r.reference = l.reference WHERE l.seq > $1 ORDER BY l.seq",
        )
        .bind(seq)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| Ok((r.int("call_id")?, r.text("reference")?)))
            .collect::<Result<_, sqlx::Error>>()
            .map_err(Into::into)
    }

    async fn corpus_files(&self, call: i64) -> Result<Vec<CorpusFile>> {
        let rows = sqlx::query(
            "SELECT f.id, r.reference, f.file_name, f.media_type, f.content FROM response_files f \
             JOIN responses r ON r.id = f.response_id WHERE r.call_id = $1 \
             AND r.submitted_at IS NOT NULL ORDER BY f.id",
        )
        .bind(call)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(CorpusFile {
                    id: r.int("id")?,
                    reference: r.text("reference")?,
                    file_name: r.text("file_name")?,
                    media_type: r.text("media_type")?,
                    content: sqlx::Row::try_get(r, "content")?,
                })
            })
            .collect::<Result<_, sqlx::Error>>()
            .map_err(Into::into)
    }
}
