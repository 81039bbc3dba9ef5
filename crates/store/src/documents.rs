//! The document register: documents filed under unique UN symbols, grouped by base symbol so
//! that a revision or corrigendum joins the document it changes.

use concord_domain::document::{Document, DocumentFields, DocumentFile, DocumentType};
use concord_domain::ids::{BodyId, DocumentId, MeetingId, UserId};
use concord_domain::response::sha256_hex;
use concord_domain::symbol::Symbol;
use concord_domain::upload::{CheckedFile, FileKind};
use concord_domain::Invalid;
use sqlx::any::AnyRow;
use sqlx::Row;

use crate::audit::{record, AuditActor, Change};
use crate::bodies::lock_body;
use crate::connect::Store;
use crate::error::StoreError;
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
    /// One document, if it exists.
    async fn document(&self, id: DocumentId) -> Result<Option<Document>>;
    /// One of `body`'s documents (none when the document is another body's).
    async fn body_document(&self, body: BodyId, id: DocumentId) -> Result<Option<Document>>;
    /// Attaches a checked file to a document, in one of the languages the document exists in.
    async fn add_document_file(
        &self,
        by: &AuditActor,
        document: DocumentId,
        lang: &str,
        file: &CheckedFile,
        content: &[u8],
    ) -> Result<DocumentFile>;
    /// The files of a body's documents, without their content, by document then language.
    async fn document_files(&self, body: BodyId) -> Result<Vec<DocumentFile>>;
    /// A file with its content, for download.
    async fn document_file(&self, id: i64) -> Result<Option<(DocumentFile, Vec<u8>)>>;
    /// Starts or stops `user` following a document (all its versions) for notice of revisions.
    async fn set_following(&self, user: UserId, document: DocumentId, follow: bool) -> Result<()>;
    /// Whether `user` follows the document `base_symbol` names.
    async fn is_following(&self, user: UserId, base_symbol: &str) -> Result<bool>;
    /// Who follows a document: address, display name and preferred language of each.
    async fn followers(&self, base_symbol: &str) -> Result<Vec<Follower>>;
}

/// A person following a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Follower {
    /// Where notices go.
    pub email: String,
    /// How they are addressed.
    pub display_name: String,
    /// The language they chose, if they did.
    pub lang: Option<String>,
}

const FILE_COLUMNS: &str =
    "f.id, f.document_id, f.lang, f.file_name, f.media_type, f.byte_size, f.sha256, f.created_at";

fn file_from_row(row: &AnyRow) -> Result<DocumentFile, sqlx::Error> {
    Ok(DocumentFile {
        id: row.int("id")?,
        document_id: DocumentId(row.int("document_id")?),
        lang: row.text("lang")?,
        file_name: row.text("file_name")?,
        kind: row.code("media_type", FileKind::from_media_type)?,
        byte_size: row.int("byte_size")?,
        sha256: row.text("sha256")?,
        uploaded_at: row.text("created_at")?,
    })
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
        if document.version_key() != (0, 0) {
            // A revision, corrigendum or addendum: its followers hear of it once it is filed.
            crate::jobs::enqueue(
                &mut tx,
                crate::jobs::Task::DocumentRevised {
                    document: DocumentId(id),
                },
                time::OffsetDateTime::now_utc(),
                3,
            )
            .await?;
        }
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

    async fn document(&self, id: DocumentId) -> Result<Option<Document>> {
        let row = sqlx::query(
            "SELECT id, body_id, meeting_id, symbol, doc_type, title, issued_on, languages, url, lang \
             FROM documents WHERE id = $1",
        )
        .bind(id.0)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.as_ref().map(document_from_row).transpose()?)
    }

    async fn body_document(&self, body: BodyId, id: DocumentId) -> Result<Option<Document>> {
        let row = sqlx::query(
            "SELECT id, body_id, meeting_id, symbol, doc_type, title, issued_on, languages, url, lang \
             FROM documents WHERE body_id = $1 AND id = $2",
        )
        .bind(body.0)
        .bind(id.0)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.as_ref().map(document_from_row).transpose()?)
    }

    async fn add_document_file(
        &self,
        by: &AuditActor,
        document: DocumentId,
        lang: &str,
        file: &CheckedFile,
        content: &[u8],
    ) -> Result<DocumentFile> {
        let mut tx = self.begin_write().await?;
        let found = sqlx::query(
            "SELECT id, body_id, meeting_id, symbol, doc_type, title, issued_on, languages, url, lang \
             FROM documents WHERE id = $1",
        )
        .bind(document.0)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(owner) = found.as_ref().map(document_from_row).transpose()? else {
            return Err(StoreError::not_found("document"));
        };
        if !owner.fields.languages.iter().any(|l| l == lang) {
            return Err(Invalid::one(
                "lang",
                "language_not_issued",
                format!(
                    "{} is not issued in {lang}; add the language to the document first",
                    owner.fields.symbol
                ),
            )
            .with_arg("value", lang)
            .into());
        }
        let sha256 = sha256_hex(content);
        let uploaded_at = now();
        let byte_size = i64::try_from(content.len()).unwrap_or(i64::MAX);
        let row = sqlx::query(
            "INSERT INTO document_files (document_id, lang, file_name, media_type, byte_size, sha256, content, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        )
        .bind(document.0)
        .bind(lang)
        .bind(&file.file_name)
        .bind(file.kind.media_type())
        .bind(byte_size)
        .bind(&sha256)
        .bind(content)
        .bind(&uploaded_at)
        .fetch_one(&mut *tx)
        .await?;
        let stored = DocumentFile {
            id: row.int("id")?,
            document_id: document,
            lang: lang.to_owned(),
            file_name: file.file_name.clone(),
            kind: file.kind,
            byte_size,
            sha256,
            uploaded_at,
        };
        let change = Change {
            action: "attach_file",
            entity: "document",
            entity_id: document.0.to_string(),
            body_id: Some(owner.body_id),
            public: true,
            before: None,
            after: serde_json::to_string(&stored).ok(),
            reason: None,
        };
        record(&mut tx, by, change).await?;
        tx.commit().await?;
        Ok(stored)
    }

    async fn document_files(&self, body: BodyId) -> Result<Vec<DocumentFile>> {
        let rows = sqlx::query(&format!(
            "SELECT {FILE_COLUMNS} FROM document_files f JOIN documents d ON d.id = f.document_id \
             WHERE d.body_id = $1 ORDER BY f.document_id, f.lang, f.id"
        ))
        .bind(body.0)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.iter().map(file_from_row).collect::<Result<_, _>>()?)
    }

    async fn document_file(&self, id: i64) -> Result<Option<(DocumentFile, Vec<u8>)>> {
        let row = sqlx::query(&format!(
            "SELECT {FILE_COLUMNS}, f.content FROM document_files f WHERE f.id = $1"
        ))
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let content: Vec<u8> = row.try_get("content")?;
        Ok(Some((file_from_row(&row)?, content)))
    }

    async fn set_following(&self, user: UserId, document: DocumentId, follow: bool) -> Result<()> {
        let Some(found) = self.document(document).await? else {
            return Err(StoreError::not_found("document"));
        };
        let base = found.base_symbol();
        let mut tx = self.begin_write().await?;
        sqlx::query("DELETE FROM document_follows WHERE user_id = $1 AND base_symbol = $2")
            .bind(user.0)
            .bind(&base)
            .execute(&mut *tx)
            .await?;
        if follow {
            sqlx::query(
                "INSERT INTO document_follows (user_id, body_id, base_symbol, created_at) \
                 VALUES ($1, $2, $3, $4)",
            )
            .bind(user.0)
            .bind(found.body_id.0)
            .bind(&base)
            .bind(now())
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    async fn is_following(&self, user: UserId, base_symbol: &str) -> Result<bool> {
        let row = sqlx::query(
            "SELECT user_id FROM document_follows WHERE user_id = $1 AND base_symbol = $2",
        )
        .bind(user.0)
        .bind(base_symbol)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.is_some())
    }

    async fn followers(&self, base_symbol: &str) -> Result<Vec<Follower>> {
        let rows = sqlx::query(
            "SELECT u.email, u.display_name, u.lang FROM document_follows f \
             JOIN users u ON u.id = f.user_id WHERE f.base_symbol = $1 ORDER BY u.id",
        )
        .bind(base_symbol)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(Follower {
                    email: row.text("email")?,
                    display_name: row.text("display_name")?,
                    lang: row.opt_text("lang")?,
                })
            })
            .collect::<Result<_, sqlx::Error>>()
            .map_err(Into::into)
    }
}
