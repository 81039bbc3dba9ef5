//! Batches of responses imported from CSV or JSON: the file is kept as uploaded and previewed,
//! then every row is imported in one transaction — all of them, or none.

use concord_domain::call::CallState;
use concord_domain::ids::CallId;
use concord_domain::response::{sha256_hex, Channel};
use time::OffsetDateTime;

use crate::audit::{record, AuditActor, Change};
use crate::calls::load_call;
use crate::connect::Store;
use crate::error::StoreError;
use crate::responses::{closed, new_response, write_version, Author, Receipt, Version};
use crate::rows::{date_text, timestamp, RowExt};
use crate::Result;
use concord_domain::Invalid;

/// A batch waiting for confirmation, or imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StagedImport {
    /// Its id.
    pub id: i64,
    /// The call it is for.
    pub call_id: CallId,
    /// The file's name.
    pub file_name: String,
    /// The file as uploaded.
    pub content: Vec<u8>,
    /// Responses it holds.
    pub row_count: i64,
    /// Whether it was imported.
    pub imported: bool,
}

/// Batches of responses from CSV or JSON.
#[allow(async_fn_in_trait)]
pub trait ImportStore {
    /// Keeps a checked batch for its preview; returns its id.
    async fn stage_import(
        &self,
        by: &AuditActor,
        call: CallId,
        file_name: &str,
        content: &[u8],
        row_count: usize,
    ) -> Result<i64>;
    /// A staged or imported batch.
    async fn staged_import(&self, call: CallId, id: i64) -> Result<Option<StagedImport>>;
    /// Imports every row of a staged batch in one transaction: all or nothing.
    async fn import_responses(
        &self,
        by: &AuditActor,
        import: i64,
        rows: &[concord_domain::import::ImportRow],
    ) -> Result<Vec<Receipt>>;
}

impl ImportStore for Store {
    async fn stage_import(
        &self,
        by: &AuditActor,
        call: CallId,
        file_name: &str,
        content: &[u8],
        row_count: usize,
    ) -> Result<i64> {
        let mut tx = self.begin_write().await?;
        let row = sqlx::query(
            "INSERT INTO imports (call_id, file_name, sha256, content, row_count, state, created_by, created_at) \
             VALUES ($1, $2, $3, $4, $5, 'previewed', $6, $7) RETURNING id",
        )
        .bind(call.0)
        .bind(file_name)
        .bind(sha256_hex(content))
        .bind(content)
        .bind(i64::try_from(row_count).unwrap_or(i64::MAX))
        .bind(&by.label)
        .bind(timestamp(OffsetDateTime::now_utc()))
        .fetch_one(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(row.int("id")?)
    }

    async fn staged_import(&self, call: CallId, id: i64) -> Result<Option<StagedImport>> {
        let row = sqlx::query(
            "SELECT id, call_id, file_name, content, row_count, state FROM imports \
             WHERE call_id = $1 AND id = $2",
        )
        .bind(call.0)
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else { return Ok(None) };
        Ok(Some(StagedImport {
            id: row.int("id")?,
            call_id: CallId(row.int("call_id")?),
            file_name: row.text("file_name")?,
            content: sqlx::Row::try_get(&row, "content")?,
            row_count: row.int("row_count")?,
            imported: row.text("state")? == "imported",
        }))
    }

    async fn import_responses(
        &self,
        by: &AuditActor,
        import: i64,
        rows: &[concord_domain::import::ImportRow],
    ) -> Result<Vec<Receipt>> {
        let mut tx = self.begin_write().await?;
        let staged = sqlx::query("SELECT call_id, state FROM imports WHERE id = $1")
            .bind(import)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(StoreError::not_found("import"))?;
        if staged.text("state")? != "previewed" {
            return Err(
                Invalid::one("file", "already_imported", "This batch is already imported").into(),
            );
        }
        let call_id = staged.int("call_id")?;
        let call = load_call(&mut tx, CallId(call_id)).await?;
        if !matches!(call.state, CallState::Open | CallState::Closed) {
            return Err(closed(
                "Responses are recorded while the call is open or closed, before it is compiled",
            ));
        }
        let stamp = timestamp(OffsetDateTime::now_utc());
        let mut receipts = Vec::with_capacity(rows.len());
        for row in rows {
            let author = Author {
                user: None,
                email: row.email.as_deref(),
            };
            let (id, reference) = new_response(
                &mut tx,
                CallId(call_id),
                author,
                Channel::Import,
                &row.submission,
                &stamp,
            )
            .await?;
            let version = Version {
                call_id: CallId(call_id),
                id,
                reference,
                number: 1,
                channel: Channel::Import,
                stamp: stamp.clone(),
            };
            receipts.push(write_version(&mut tx, &version, &row.submission).await?);
            sqlx::query("UPDATE responses SET import_id = $1, received_on = $2 WHERE id = $3")
                .bind(import)
                .bind(date_text(row.received_on))
                .bind(id)
                .execute(&mut *tx)
                .await?;
        }
        sqlx::query("UPDATE imports SET state = 'imported', imported_at = $1 WHERE id = $2")
            .bind(&stamp)
            .bind(import)
            .execute(&mut *tx)
            .await?;
        record(
            &mut tx,
            by,
            Change {
                action: "import",
                entity: "call",
                entity_id: call_id.to_string(),
                body_id: Some(call.body_id),
                public: true,
                before: None,
                after: Some(
                    serde_json::json!({ "import": import, "responses": rows.len() }).to_string(),
                ),
                reason: None,
            },
        )
        .await?;
        tx.commit().await?;
        Ok(receipts)
    }
}
