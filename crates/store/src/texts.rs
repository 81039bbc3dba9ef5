//! Negotiating texts and their versions. A text is created with its first version; a revision
//! names the version it was made from and is refused when another has been saved since, so two
//! people editing at once never overwrite each other. Versions are never changed (triggers
//! refuse it on both backends), and each one is in the audit log.

use concord_domain::drafting::consensus::find_paragraph;
use concord_domain::drafting::notation::{print_paragraph, Draft};
use concord_domain::drafting::text::{NegotiatingText, Revision, TextFields, TextVersion};
use concord_domain::ids::{BodyId, TextId, VersionNo};
use concord_domain::Invalid;
use sqlx::any::AnyRow;

use crate::audit::{record, AuditActor, Change};
use crate::bodies::lock_body;
use crate::connect::Store;
use crate::consensus::{check_still_negotiated, current_draft, current_statuses};
use crate::error::StoreError;
use crate::rows::{now, RowExt};
use crate::text_rows::{load_text, text_from_row, COLUMNS};
use crate::Result;

/// Storage of negotiating texts.
#[allow(async_fn_in_trait)]
pub trait TextStore {
    /// Creates a text with its first version.
    async fn add_text(
        &self,
        by: &AuditActor,
        body: BodyId,
        fields: &TextFields,
        first: &Revision,
    ) -> Result<NegotiatingText>;
    /// A body's texts, newest first.
    async fn texts(&self, body: BodyId) -> Result<Vec<NegotiatingText>>;
    /// One text.
    async fn negotiating_text(&self, id: TextId) -> Result<Option<NegotiatingText>>;
    /// Saves a new version made from version `base`; refused with `stale_version` when a later
    /// version exists (the caller shows both to merge).
    async fn revise_text(
        &self,
        by: &AuditActor,
        id: TextId,
        base: VersionNo,
        revision: &Revision,
    ) -> Result<NegotiatingText>;
    /// Every version of a text, oldest first.
    async fn text_versions(&self, id: TextId) -> Result<Vec<TextVersion>>;
    /// One version of a text.
    async fn text_version(&self, id: TextId, number: VersionNo) -> Result<Option<TextVersion>>;
}

fn version_from_row(row: &AnyRow) -> Result<TextVersion, sqlx::Error> {
    Ok(TextVersion {
        number: VersionNo(row.int("version")?),
        notation: row.text("notation")?,
        note: row.opt_text("note")?,
        author: row.text("author")?,
        created_at: row.text("created_at")?,
    })
}

async fn insert_version(
    conn: &mut sqlx::AnyConnection,
    by: &AuditActor,
    id: TextId,
    number: VersionNo,
    revision: &Revision,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO text_versions (text_id, version, notation, note, author, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(id.0)
    .bind(number.0)
    .bind(&revision.notation)
    .bind(&revision.note)
    .bind(&by.label)
    .bind(now())
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Refuses a revision that changes or drops a paragraph agreed or closed: it must be reopened,
/// with a reason, before its words change.
async fn check_agreed_paragraphs_kept(
    conn: &mut sqlx::AnyConnection,
    id: TextId,
    base: VersionNo,
    revision: &Revision,
) -> Result<()> {
    let statuses = current_statuses(conn, id).await?;
    if !statuses.values().any(|s| s.locks_text()) {
        return Ok(());
    }
    let before = NegotiatingText {
        version: base,
        ..load_text(conn, id).await?
    };
    let before = current_draft(conn, &before).await?;
    for (label, status) in &statuses {
        if !status.locks_text() {
            continue;
        }
        let printed = |draft: &Draft| find_paragraph(draft, label).map(print_paragraph);
        if printed(&before) != printed(&revision.draft) {
            return Err(Invalid::one(
                "notation",
                "paragraph_agreed",
                format!(
                    "Paragraph {label} is agreed; reopen it, with a reason, before changing it"
                ),
            )
            .with_arg("paragraph", label)
            .into());
        }
    }
    Ok(())
}

fn change<'a>(action: &'static str, text: &NegotiatingText, note: Option<&'a str>) -> Change<'a> {
    Change {
        action,
        entity: "text",
        entity_id: text.id.to_string(),
        body_id: Some(text.body_id),
        public: true,
        before: None,
        after: serde_json::to_string(text).ok(),
        reason: note,
    }
}

impl TextStore for Store {
    async fn add_text(
        &self,
        by: &AuditActor,
        body: BodyId,
        fields: &TextFields,
        first: &Revision,
    ) -> Result<NegotiatingText> {
        let mut tx = self.begin_write().await?;
        lock_body(&mut tx, body).await?;
        let row = sqlx::query(
            "INSERT INTO negotiating_texts (body_id, title, kind, lang, version, created_at) \
             VALUES ($1, $2, $3, $4, 1, $5) RETURNING id",
        )
        .bind(body.0)
        .bind(&fields.title)
        .bind(fields.kind.code())
        .bind(&fields.lang)
        .bind(now())
        .fetch_one(&mut *tx)
        .await?;
        let id = row.int("id")?;
        insert_version(&mut tx, by, TextId(id), VersionNo(1), first).await?;
        let text = load_text(&mut tx, TextId(id)).await?;
        record(&mut tx, by, change("create", &text, first.note.as_deref())).await?;
        tx.commit().await?;
        Ok(text)
    }

    async fn texts(&self, body: BodyId) -> Result<Vec<NegotiatingText>> {
        let rows = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM negotiating_texts WHERE body_id = $1 ORDER BY id DESC"
        ))
        .bind(body.0)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.iter().map(text_from_row).collect::<Result<_, _>>()?)
    }

    async fn negotiating_text(&self, id: TextId) -> Result<Option<NegotiatingText>> {
        let row = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM negotiating_texts WHERE id = $1"
        ))
        .bind(id.0)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.as_ref().map(text_from_row).transpose()?)
    }

    async fn revise_text(
        &self,
        by: &AuditActor,
        id: TextId,
        base: VersionNo,
        revision: &Revision,
    ) -> Result<NegotiatingText> {
        let mut tx = self.begin_write().await?;
        check_still_negotiated(&mut tx, id).await?;
        // Moving the version first takes the row's lock (SQLite's write lock, PostgreSQL's row
        // lock): of two revisions from the same base, the second finds it moved.
        let moved = sqlx::query(
            "UPDATE negotiating_texts SET version = version + 1 WHERE id = $1 AND version = $2 \
             RETURNING version",
        )
        .bind(id.0)
        .bind(base.0)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(moved) = moved else {
            let current = load_text(&mut tx, id).await?;
            return Err(StoreError::Conflict(
                Invalid::one(
                    "base",
                    "stale_version",
                    format!(
                    "Version {} was saved after version {base}, which this change was made from",
                    current.version
                ),
                )
                .with_arg("current", current.version)
                .with_arg("base", base),
            ));
        };
        let number = moved.int("version")?;
        check_agreed_paragraphs_kept(&mut tx, id, base, revision).await?;
        insert_version(&mut tx, by, id, VersionNo(number), revision).await?;
        let text = load_text(&mut tx, id).await?;
        record(
            &mut tx,
            by,
            change("revise", &text, revision.note.as_deref()),
        )
        .await?;
        tx.commit().await?;
        Ok(text)
    }

    async fn text_versions(&self, id: TextId) -> Result<Vec<TextVersion>> {
        let rows = sqlx::query(
            "SELECT version, notation, note, author, created_at FROM text_versions \
             WHERE text_id = $1 ORDER BY version",
        )
        .bind(id.0)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .iter()
            .map(version_from_row)
            .collect::<Result<_, _>>()?)
    }

    async fn text_version(&self, id: TextId, number: VersionNo) -> Result<Option<TextVersion>> {
        let row = sqlx::query(
            "SELECT version, notation, note, author, created_at FROM text_versions \
             WHERE text_id = $1 AND version = $2",
        )
        .bind(id.0)
        .bind(number.0)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.as_ref().map(version_from_row).transpose()?)
    }
}
