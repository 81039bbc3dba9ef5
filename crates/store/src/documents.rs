//! The document register: documents filed under unique UN symbols, grouped by base symbol so
//! that a revision or corrigendum joins the document it changes.

use concord_domain::document::{Document, DocumentFields, DocumentType};
use concord_domain::ids::{BodyId, DocumentId, MeetingId};
use concord_domain::symbol::Symbol;
use concord_domain::Invalid;
use sqlx::any::AnyRow;

use crate::audit::{record, AuditActor, Change};
use crate::bodies::lock_body;
use crate::connect::Store;
use crate::rows::{date_text, decode_error, now, RowExt};
use crate::Result;

/// Storage of documents.
#[allow(async_fn_in_trait)]
pub trait DocumentStore {
    /// Files a document in a body's register.
    async fn add_document(
        &self,
        by: &AuditActor,
        body: BodyId,
        fields: &DocumentFields,
    ) -> Result<Document>;
    /// A body's register: by base symbol, each document's versions in order.
    async fn documents(&self, body: BodyId) -> Result<Vec<Document>>;
}

fn document_from_row(row: &AnyRow) -> Result<Document, sqlx::Error> {
    let symbol_text = row.text("symbol")?;
    let symbol =
        Symbol::parse("symbol", &symbol_text).map_err(|_| decode_error("symbol", &symbol_text))?;
    let languages = row.text("languages")?;
    Ok(Document {
        id: DocumentId(row.int("id")?),
        body_id: BodyId(row.int("body_id")?),
        fields: DocumentFields {
            symbol,
            title: row.text("title")?,
            doc_type: row.code("doc_type", DocumentType::parse)?,
            meeting_id: row.opt_int("meeting_id")?.map(MeetingId),
            issued_on: row.opt_date("issued_on")?,
            languages: languages
                .split(',')
                .filter(|l| !l.is_empty())
                .map(str::to_owned)
                .collect(),
            url: row.opt_text("url")?,
            lang: row.text("lang")?,
        },
    })
}

fn duplicate(symbol: &Symbol) -> Invalid {
    Invalid::one(
        "symbol",
        "duplicate_symbol",
        format!("A document with the symbol {symbol} is already filed"),
    )
    .with_arg("value", symbol)
}

impl DocumentStore for Store {
    async fn add_document(
        &self,
        by: &AuditActor,
        body: BodyId,
        f: &DocumentFields,
    ) -> Result<Document> {
        let mut tx = self.begin_write().await?;
        lock_body(&mut tx, body).await?;
        if let Some(meeting) = f.meeting_id {
            let found = sqlx::query("SELECT id FROM meetings WHERE id = $1 AND body_id = $2")
                .bind(meeting.0)
                .bind(body.0)
                .fetch_optional(&mut *tx)
                .await?;
            if found.is_none() {
                return Err(Invalid::one(
                    "meeting_id",
                    "unknown_value",
                    "This body has no such meeting",
                )
                .into());
            }
        }
        let symbol = f.symbol.to_string();
        let taken = sqlx::query("SELECT id FROM documents WHERE symbol = $1")
            .bind(&symbol)
            .fetch_optional(&mut *tx)
            .await?;
        if taken.is_some() {
            return Err(duplicate(&f.symbol).into());
        }
        let draft = Document {
            id: DocumentId(0),
            body_id: body,
            fields: f.clone(),
        };
        let inserted = sqlx::query(
            "INSERT INTO documents (body_id, meeting_id, symbol, base_symbol, doc_type, title, issued_on, languages, url, lang, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
        )
        .bind(body.0)
        .bind(f.meeting_id.map(|m| m.0))
        .bind(&symbol)
        .bind(draft.base_symbol())
        .bind(f.doc_type.code())
        .bind(&f.title)
        .bind(date_text(f.issued_on))
        .bind(f.languages.join(","))
        .bind(&f.url)
        .bind(&f.lang)
        .bind(now())
        .fetch_one(&mut *tx)
        .await;
        let id = match inserted {
            Ok(row) => row.int("id")?,
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
                return Err(duplicate(&f.symbol).into())
            }
            Err(e) => return Err(e.into()),
        };
        let document = Document {
            id: DocumentId(id),
            ..draft
        };
        let change = Change {
            action: "create",
            entity: "document",
            entity_id: id.to_string(),
            body_id: Some(body),
            public: true,
            before: None,
            after: serde_json::to_string(&document).ok(),
            reason: None,
        };
        record(&mut tx, by, change).await?;
        tx.commit().await?;
        Ok(document)
    }

    async fn documents(&self, body: BodyId) -> Result<Vec<Document>> {
        let rows = sqlx::query(
            "SELECT id, body_id, meeting_id, symbol, doc_type, title, issued_on, languages, url, lang \
             FROM documents WHERE body_id = $1 ORDER BY base_symbol, id",
        )
        .bind(body.0)
        .fetch_all(&self.pool)
        .await?;
        let mut documents = rows
            .iter()
            .map(document_from_row)
            .collect::<Result<Vec<_>, _>>()?;
        documents.sort_by(|a, b| {
            a.base_symbol()
                .cmp(&b.base_symbol())
                .then(a.version_key().cmp(&b.version_key()))
        });
        Ok(documents)
    }
}
