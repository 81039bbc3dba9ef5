//! Readings of negotiating texts and the comments made in their windows. A reading is numbered
//! in order for its text, starts from the version current when it is opened, and may be tied to
//! a meeting or an agenda item of the body. A comment is taken only while a reading's window is
//! open, carries that reading's visibility, and is hidden with a reason, never deleted.

use concord_domain::drafting::reading::{
    window_open, CommentForm, CommentVisibility, ReadingFields, TakenUp,
};
use concord_domain::ids::{TextId, UserId, VersionNo};
use concord_domain::Invalid;
use serde::Serialize;
use time::Date;

use crate::audit::{public_change, record, AuditActor, Change};
use crate::connect::Store;
use crate::consensus::current_draft;
use crate::error::StoreError;
use crate::rows::{now, RowExt};
use crate::text_rows::load_text;
use crate::Result;

/// A reading with where it is taken up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reading {
    /// Its id.
    pub id: i64,
    /// Its number for the text (1 for the first reading).
    pub number: i64,
    /// Its title.
    pub title: String,
    /// The version read.
    pub version: VersionNo,
    /// The meeting where it is taken up, with its title.
    pub meeting: Option<(i64, String)>,
    /// The agenda item, as its number and title.
    pub agenda_item: Option<(String, String)>,
    /// The comment window, both days included.
    pub window: Option<(Date, Date)>,
    /// Who reads the comments.
    pub visibility: CommentVisibility,
    /// Comments made in it, hidden ones included.
    pub comments: i64,
}

/// A comment as kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Comment {
    /// Its id.
    pub id: i64,
    /// The reading it was made in.
    pub reading: i64,
    /// The paragraph, or `None` for the whole text.
    pub paragraph: Option<String>,
    /// What it says.
    pub body: String,
    /// Who made it.
    pub author: String,
    /// Who reads it.
    pub visibility: CommentVisibility,
    /// When.
    pub created_at: String,
    /// Why it was hidden, by whom and when.
    pub hidden: Option<(String, String, String)>,
}

/// Storage of readings and comments.
#[allow(async_fn_in_trait)]
pub trait ReadingStore {
    /// Opens a reading of the text's current version.
    async fn add_reading(
        &self,
        by: &AuditActor,
        text: TextId,
        fields: &ReadingFields,
    ) -> Result<Reading>;
    /// A text's readings in order.
    async fn readings(&self, text: TextId) -> Result<Vec<Reading>>;
    /// The reading whose comment window is open on `today`, if any (the latest).
    async fn open_reading(&self, text: TextId, today: Date) -> Result<Option<Reading>>;
    /// Records a comment in the reading open on `today`.
    async fn add_comment(
        &self,
        by: &AuditActor,
        user: UserId,
        text: TextId,
        form: &CommentForm,
        today: Date,
    ) -> Result<Comment>;
    /// A text's comments in order; members-only ones only when `members` is set.
    async fn comments(&self, text: TextId, members: bool) -> Result<Vec<Comment>>;
    /// The text a comment was made on.
    async fn text_of_comment(&self, id: i64) -> Result<Option<i64>>;
    /// Hides a comment with a reason; it stays in the record.
    async fn hide_comment(&self, by: &AuditActor, id: i64, reason: &str) -> Result<i64>;
}

fn day(value: Option<String>) -> Option<Date> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    value.and_then(|v| Date::parse(&v, format).ok())
}

fn reading_from_row(row: &sqlx::any::AnyRow) -> Result<Reading, sqlx::Error> {
    let meeting = match row.opt_int("meeting_id")? {
        Some(id) => Some((id, row.opt_text("meeting_title")?.unwrap_or_default())),
        None => None,
    };
    let agenda_item = match row.opt_text("item_number")? {
        Some(number) => Some((number, row.opt_text("item_title")?.unwrap_or_default())),
        None => None,
    };
    let window = day(row.opt_text("comments_open")?).zip(day(row.opt_text("comments_close")?));
    Ok(Reading {
        id: row.int("id")?,
        number: row.int("number")?,
        title: row.text("title")?,
        version: VersionNo(row.int("version")?),
        meeting,
        agenda_item,
        window,
        visibility: row.code("visibility", CommentVisibility::parse)?,
        comments: row.int("comments")?,
    })
}

const READING_QUERY: &str = "SELECT r.id, r.number, r.title, r.version, r.meeting_id, \
     m.title AS meeting_title, i.number AS item_number, i.title AS item_title, r.comments_open, \
     r.comments_close, r.visibility, \
     (SELECT COUNT(*) FROM text_comments c WHERE c.reading_id = r.id) AS comments \
     FROM text_readings r LEFT JOIN meetings m ON m.id = r.meeting_id \
     LEFT JOIN agenda_items i ON i.id = r.agenda_item_id";

fn comment_from_row(row: &sqlx::any::AnyRow) -> Result<Comment, sqlx::Error> {
    let hidden = match row.opt_text("hidden_reason")? {
        Some(reason) => Some((
            reason,
            row.opt_text("hidden_by")?.unwrap_or_default(),
            row.opt_text("hidden_at")?.unwrap_or_default(),
        )),
        None => None,
    };
    Ok(Comment {
        id: row.int("id")?,
        reading: row.int("reading_id")?,
        paragraph: row.opt_text("paragraph")?,
        body: row.text("body")?,
        author: row.text("author")?,
        visibility: row.code("visibility", CommentVisibility::parse)?,
        created_at: row.text("created_at")?,
        hidden,
    })
}

const COMMENT_COLUMNS: &str = "id, reading_id, paragraph, body, author, visibility, created_at, \
                               hidden_reason, hidden_by, hidden_at";

fn change<'a>(
    action: &'static str,
    body: concord_domain::ids::BodyId,
    text: TextId,
    after: String,
    reason: Option<&'a str>,
) -> Change<'a> {
    public_change(action, "text", text.0, body, after, reason)
}

impl ReadingStore for Store {
    async fn add_reading(
        &self,
        by: &AuditActor,
        text: TextId,
        fields: &ReadingFields,
    ) -> Result<Reading> {
        let mut tx = self.begin_write().await?;
        let negotiating = load_text(&mut tx, text).await?;
        // Where it is taken up must be the body's own meeting, or an item of one.
        let (meeting, item) = match fields.taken_up {
            TakenUp::Nowhere => (None, None),
            TakenUp::Meeting(id) => (Some(id), None),
            TakenUp::AgendaItem(id) => {
                let row = sqlx::query("SELECT meeting_id FROM agenda_items WHERE id = $1")
                    .bind(id)
                    .fetch_optional(&mut *tx)
                    .await?;
                match row {
                    Some(row) => (Some(row.int("meeting_id")?), Some(id)),
                    None => {
                        return Err(StoreError::refused(
                            "taken_up",
                            "unknown_value",
                            "Choose a meeting or an agenda item",
                        ))
                    }
                }
            }
        };
        if let Some(meeting) = meeting {
            let row = sqlx::query("SELECT body_id FROM meetings WHERE id = $1")
                .bind(meeting)
                .fetch_optional(&mut *tx)
                .await?;
            if row.map(|r| r.int("body_id")).transpose()? != Some(negotiating.body_id.0) {
                return Err(StoreError::refused(
                    "taken_up",
                    "meeting_of_another_body",
                    "The meeting is not one of the body's",
                ));
            }
        }
        let next = sqlx::query(
            "SELECT COALESCE(MAX(number), 0) + 1 AS n FROM text_readings WHERE text_id = $1",
        )
        .bind(text.0)
        .fetch_one(&mut *tx)
        .await?
        .int("n")?;
        let (open, close) = match fields.window {
            Some((open, close)) => (Some(open.to_string()), Some(close.to_string())),
            None => (None, None),
        };
        let id = sqlx::query(
            "INSERT INTO text_readings (text_id, number, title, version, meeting_id, agenda_item_id, \
             comments_open, comments_close, visibility, author, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
        )
        .bind(text.0)
        .bind(next)
        .bind(&fields.title)
        .bind(negotiating.version.0)
        .bind(meeting)
        .bind(item)
        .bind(open)
        .bind(close)
        .bind(fields.visibility.code())
        .bind(&by.label)
        .bind(now())
        .fetch_one(&mut *tx)
        .await?
        .int("id")?;
        record(
            &mut tx,
            by,
            change(
                "reading",
                negotiating.body_id,
                text,
                format!("{next} {}", fields.title),
                None,
            ),
        )
        .await?;
        tx.commit().await?;
        let row = sqlx::query(&format!("{READING_QUERY} WHERE r.id = $1"))
            .bind(id)
            .fetch_one(&self.pool)
            .await?;
        Ok(reading_from_row(&row)?)
    }

    async fn readings(&self, text: TextId) -> Result<Vec<Reading>> {
        let rows = sqlx::query(&format!(
            "{READING_QUERY} WHERE r.text_id = $1 ORDER BY r.number"
        ))
        .bind(text.0)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .iter()
            .map(reading_from_row)
            .collect::<Result<_, _>>()?)
    }

    async fn open_reading(&self, text: TextId, today: Date) -> Result<Option<Reading>> {
        Ok(self
            .readings(text)
            .await?
            .into_iter()
            .rev()
            .find(|r| window_open(r.window, today)))
    }

    async fn add_comment(
        &self,
        by: &AuditActor,
        user: UserId,
        text: TextId,
        form: &CommentForm,
        today: Date,
    ) -> Result<Comment> {
        let Some(reading) = self.open_reading(text, today).await? else {
            return Err(StoreError::refused(
                "body",
                "comments_closed",
                "No comment window of this text is open today",
            ));
        };
        let mut tx = self.begin_write().await?;
        let negotiating = load_text(&mut tx, text).await?;
        let draft = current_draft(&mut tx, &negotiating).await?;
        let fields = form.parse(&draft)?;
        let id = sqlx::query(
            "INSERT INTO text_comments (text_id, reading_id, paragraph, body, user_id, author, \
             visibility, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        )
        .bind(text.0)
        .bind(reading.id)
        .bind(&fields.paragraph)
        .bind(&fields.body)
        .bind(user.0)
        .bind(&by.label)
        .bind(reading.visibility.code())
        .bind(now())
        .fetch_one(&mut *tx)
        .await?
        .int("id")?;
        let mut audit = change(
            "comment",
            negotiating.body_id,
            text,
            fields.paragraph.clone().unwrap_or_default(),
            None,
        );
        // A members-only comment is not for the public log either.
        audit.public = reading.visibility == CommentVisibility::Public;
        record(&mut tx, by, audit).await?;
        tx.commit().await?;
        let row = sqlx::query(&format!(
            "SELECT {COMMENT_COLUMNS} FROM text_comments WHERE id = $1"
        ))
        .bind(id)
        .fetch_one(&self.pool)
        .await?;
        Ok(comment_from_row(&row)?)
    }

    async fn comments(&self, text: TextId, members: bool) -> Result<Vec<Comment>> {
        let rows = sqlx::query(&format!(
            "SELECT {COMMENT_COLUMNS} FROM text_comments WHERE text_id = $1 \
             AND (visibility = 'public' OR $2 = 1) ORDER BY id"
        ))
        .bind(text.0)
        .bind(i64::from(members))
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .iter()
            .map(comment_from_row)
            .collect::<Result<_, _>>()?)
    }

    async fn text_of_comment(&self, id: i64) -> Result<Option<i64>> {
        let row = sqlx::query("SELECT text_id FROM text_comments WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map(|r| r.int("text_id")).transpose()?)
    }

    async fn hide_comment(&self, by: &AuditActor, id: i64, reason: &str) -> Result<i64> {
        let reason = concord_domain::text::required("reason", Some(reason), 1000)
            .map_err(|e| Invalid { errors: vec![e] })?;
        let mut tx = self.begin_write().await?;
        let row = sqlx::query("SELECT text_id FROM text_comments WHERE id = $1")
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(StoreError::not_found("comment"))?;
        let text = row.int("text_id")?;
        let negotiating = load_text(&mut tx, TextId(text)).await?;
        sqlx::query(
            "UPDATE text_comments SET hidden_reason = $1, hidden_by = $2, hidden_at = $3 WHERE id = $4",
        )
        .bind(&reason)
        .bind(&by.label)
        .bind(now())
        .bind(id)
        .execute(&mut *tx)
        .await?;
        record(
            &mut tx,
            by,
            change(
                "comment-hide",
                negotiating.body_id,
                TextId(text),
                id.to_string(),
                Some(&reason),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(text)
    }
}
