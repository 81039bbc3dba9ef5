//! What full-text search reads from storage: a stamp that changes whenever anything a search
//! could show changes (a call, a question or a response in the audit log, the ledger, or a file's
//! text being read), the responses received since a ledger entry (so that new submissions are
//! added to the index without rebuilding it), the calls, and the text of the files received
//! with a call's responses, read once by the text worker ([`FileTextStore`]).

use crate::connect::Store;
use crate::rows::RowExt;
use crate::Result;
use concord_domain::ids::CallId;

/// The kinds of audited change a search can show: what a call publishes, its questions, and
/// its responses (hidden, shown, corrected). A sign-up or a meeting leaves the index alone.
pub const SEARCHED_ENTITIES: &str = "'call', 'question', 'response'";

/// Where the corpus stands: the last audit entry of a kind search shows, the last ledger entry,
/// and how many files' texts have been read. A change of the ledger alone means responses were
/// submitted or corrected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CorpusStamp {
    /// The last audit entry's id among [`SEARCHED_ENTITIES`].
    pub audit: i64,
    /// The last ledger entry's sequence number.
    pub ledger: i64,
    /// Files whose text has been read (or found unreadable).
    pub texts: i64,
}

/// A file received with a response, with its text as read once after it arrived.
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
    /// Its text, or why it could not be read.
    pub text: std::result::Result<String, String>,
}

/// A file whose text has not been read yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnreadFile {
    /// Its id.
    pub id: i64,
    /// Its media type.
    pub media_type: String,
    /// Its bytes.
    pub content: Vec<u8>,
}

/// The text of received files, read once.
#[allow(async_fn_in_trait)]
pub trait FileTextStore {
    /// Up to `limit` files whose text has not been read, oldest first.
    async fn unread_files(&self, limit: i64) -> Result<Vec<UnreadFile>>;
    /// Keeps a file's text, or why it could not be read; a second reading of the same file
    /// changes nothing.
    async fn save_file_text(&self, file: i64, text: std::result::Result<&str, &str>) -> Result<()>;
    /// The text of one file of a response to `call`, when it has been read.
    async fn file_text(&self, call: CallId, reference: &str, file: i64) -> Result<Option<String>>;
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
    /// The files received with a call's submitted responses (with one response's only, when
    /// `reference` is given) whose text has been read.
    async fn corpus_files(&self, call: CallId, reference: Option<&str>) -> Result<Vec<CorpusFile>>;
}

impl CorpusStore for Store {
    async fn corpus_stamp(&self) -> Result<CorpusStamp> {
        let audit = sqlx::query(&format!(
            "SELECT COALESCE(MAX(id), 0) AS n FROM audit_log WHERE entity IN ({SEARCHED_ENTITIES})"
        ))
        .fetch_one(&self.pool)
        .await?
        .int("n")?;
        let ledger = sqlx::query("SELECT COALESCE(MAX(seq), 0) AS n FROM ledger")
            .fetch_one(&self.pool)
            .await?
            .int("n")?;
        let texts = sqlx::query("SELECT COUNT(*) AS n FROM file_texts")
            .fetch_one(&self.pool)
            .await?
            .int("n")?;
        Ok(CorpusStamp {
            audit,
            ledger,
            texts,
        })
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

    async fn corpus_files(&self, call: CallId, reference: Option<&str>) -> Result<Vec<CorpusFile>> {
        let rows = sqlx::query(
            "SELECT f.id, r.reference, f.file_name, f.media_type, t.text, t.error \
             FROM response_files f JOIN responses r ON r.id = f.response_id \
             JOIN file_texts t ON t.file_id = f.id \
             WHERE r.call_id = $1 AND ($2 IS NULL OR r.reference = $2) \
             AND r.submitted_at IS NOT NULL ORDER BY f.id",
        )
        .bind(call.0)
        .bind(reference)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(CorpusFile {
                    id: r.int("id")?,
                    reference: r.text("reference")?,
                    file_name: r.text("file_name")?,
                    media_type: r.text("media_type")?,
                    text: match r.opt_text("text")? {
                        Some(text) => Ok(text),
                        None => Err(r.opt_text("error")?.unwrap_or_default()),
                    },
                })
            })
            .collect::<Result<_, sqlx::Error>>()
            .map_err(Into::into)
    }
}

impl FileTextStore for Store {
    async fn unread_files(&self, limit: i64) -> Result<Vec<UnreadFile>> {
        let rows = sqlx::query(
            "SELECT f.id, f.media_type, f.content FROM response_files f \
             LEFT JOIN file_texts t ON t.file_id = f.id WHERE t.file_id IS NULL \
             ORDER BY f.id LIMIT $1",
        )
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(UnreadFile {
                    id: r.int("id")?,
                    media_type: r.text("media_type")?,
                    content: sqlx::Row::try_get(r, "content")?,
                })
            })
            .collect::<Result<_, sqlx::Error>>()
            .map_err(Into::into)
    }

    async fn save_file_text(&self, file: i64, text: std::result::Result<&str, &str>) -> Result<()> {
        let (text, error) = match text {
            Ok(text) => (Some(text), None),
            Err(error) => (None, Some(error)),
        };
        let mut tx = self.begin_write().await?;
        sqlx::query(
            "INSERT INTO file_texts (file_id, text, error, extracted_at) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (file_id) DO NOTHING",
        )
        .bind(file)
        .bind(text)
        .bind(error)
        .bind(crate::rows::now())
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn file_text(&self, call: CallId, reference: &str, file: i64) -> Result<Option<String>> {
        let row = sqlx::query(
            "SELECT t.text FROM file_texts t JOIN response_files f ON f.id = t.file_id \
             JOIN responses r ON r.id = f.response_id \
             WHERE r.call_id = $1 AND r.reference = $2 AND f.id = $3",
        )
        .bind(call.0)
        .bind(reference)
        .bind(file)
        .fetch_optional(&self.pool)
        .await?;
        Ok(match row {
            Some(row) => row.opt_text("text")?,
            None => None,
        })
    }
}
