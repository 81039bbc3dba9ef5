//! Meetings of a body. Every change raises the meeting's sequence number, which calendars use
//! to replace their copy, and is kept in the audit log with its reason.

use concord_domain::agenda::{
    Agenda, AgendaItem, AgendaState, ItemDocument, ItemTopic, NewAgendaItem,
};
use concord_domain::ids::{BodyId, MeetingId};
use concord_domain::meeting::{Meeting, MeetingFields, MeetingState, Modality};
use concord_domain::Invalid;
use sqlx::any::AnyRow;
use time::Time;

use crate::audit::{record, AuditActor, Change};
use crate::bodies::lock_body;
use crate::connect::Store;
use crate::error::StoreError;
use crate::rows::{date_text, decode_error, now, RowExt};
use crate::Result;

/// Storage of meetings.
#[allow(async_fn_in_trait)]
pub trait MeetingStore {
    /// Schedules a meeting of a body.
    async fn add_meeting(
        &self,
        by: &AuditActor,
        body: BodyId,
        fields: &MeetingFields,
    ) -> Result<Meeting>;
    /// Changes a meeting (dates, venue, state…), raising its sequence number.
    async fn update_meeting(
        &self,
        by: &AuditActor,
        id: MeetingId,
        fields: &MeetingFields,
        reason: Option<&str>,
    ) -> Result<Meeting>;
    /// One meeting.
    async fn meeting(&self, id: MeetingId) -> Result<Option<Meeting>>;
    /// One of `body`'s meetings (none when the meeting is another body's).
    async fn body_meeting(&self, body: BodyId, id: MeetingId) -> Result<Option<Meeting>>;
    /// A body's meetings, in date order.
    async fn meetings(&self, body: BodyId) -> Result<Vec<Meeting>>;
    /// A meeting's agenda.
    async fn agenda(&self, meeting: MeetingId) -> Result<Agenda>;
    /// Adds an item at the end of a provisional agenda.
    async fn add_agenda_item(
        &self,
        by: &AuditActor,
        meeting: MeetingId,
        item: &NewAgendaItem,
    ) -> Result<AgendaItem>;
    /// Records the adoption of a meeting's agenda; an adopted agenda stays as adopted.
    async fn adopt_agenda(
        &self,
        by: &AuditActor,
        meeting: MeetingId,
        state: AgendaState,
        on: Option<time::Date>,
        note: Option<&str>,
    ) -> Result<Agenda>;
    /// Records the outcome of an agenda item.
    async fn set_outcome(
        &self,
        by: &AuditActor,
        meeting: MeetingId,
        item: i64,
        outcome: &str,
    ) -> Result<()>;
    /// Publishes the Chair's summary of a meeting (replacing an earlier text, which the audit
    /// log keeps), and marks the meeting "summary published".
    async fn publish_summary(
        &self,
        by: &AuditActor,
        meeting: MeetingId,
        text: &str,
        lang: &str,
    ) -> Result<()>;
    /// The Chair's summary of a meeting: its text and language.
    async fn summary(&self, meeting: MeetingId) -> Result<Option<(String, String)>>;
    /// Sets the hash of an account's private calendar token (a new one revokes the old).
    async fn set_feed_token(
        &self,
        user: concord_domain::ids::UserId,
        token_hash: Option<&str>,
    ) -> Result<()>;
    /// The meetings of the bodies in which the account's person holds a current role, with the
    /// name of the account, found by the hash of its private calendar token.
    async fn personal_meetings(&self, token_hash: &str) -> Result<Option<(String, Vec<Meeting>)>>;
}

const COLUMNS: &str =
    "id, body_id, number, title, starts_on, ends_on, starts_at, ends_at, time_zone, venue, room, \
    modality, remote_details, webcast_url, transcript_url, state, lang, illustrative, sequence";

fn time_text(at: Option<Time>) -> Option<String> {
    at.map(|t| format!("{:02}:{:02}", t.hour(), t.minute()))
}

fn parse_time(row: &AnyRow, column: &str) -> Result<Option<Time>, sqlx::Error> {
    let Some(text) = row.opt_text(column)? else {
        return Ok(None);
    };
    let format = time::macros::format_description!("[hour]:[minute]");
    Time::parse(&text, format)
        .map(Some)
        .map_err(|_| decode_error(column, &text))
}

fn meeting_from_row(row: &AnyRow) -> Result<Meeting, sqlx::Error> {
    Ok(Meeting {
        id: MeetingId(row.int("id")?),
        body_id: BodyId(row.int("body_id")?),
        sequence: u32::try_from(row.int("sequence")?).unwrap_or(0),
        fields: MeetingFields {
            number: row.opt_int("number")?.and_then(|n| u32::try_from(n).ok()),
            title: row.text("title")?,
            starts_on: row.date("starts_on")?,
            ends_on: row.date("ends_on")?,
            starts_at: parse_time(row, "starts_at")?,
            ends_at: parse_time(row, "ends_at")?,
            time_zone: row.text("time_zone")?,
            venue: row.opt_text("venue")?,
            room: row.opt_text("room")?,
            modality: row.code("modality", Modality::parse)?,
            remote_details: row.opt_text("remote_details")?,
            webcast_url: row.opt_text("webcast_url")?,
            transcript_url: row.opt_text("transcript_url")?,
            state: row.code("state", MeetingState::parse)?,
            lang: row.text("lang")?,
            illustrative: row.flag("illustrative")?,
        },
    })
}

fn change<'a>(
    action: &'static str,
    meeting: &Meeting,
    before: Option<&Meeting>,
    reason: Option<&'a str>,
) -> Change<'a> {
    Change {
        action,
        entity: "meeting",
        entity_id: meeting.id.to_string(),
        body_id: Some(meeting.body_id),
        public: true,
        before: before.and_then(|b| serde_json::to_string(b).ok()),
        after: serde_json::to_string(meeting).ok(),
        reason,
    }
}

/// Schedules the reminder of a meeting's registered participants, two days before it opens (or
/// at once when it opens sooner); the job carries the meeting's sequence, so a reminder scheduled
/// before a change does nothing and the one scheduled with the change takes over.
async fn schedule_reminder(conn: &mut sqlx::AnyConnection, meeting: &Meeting) -> Result<()> {
    let now = time::OffsetDateTime::now_utc();
    if meeting.fields.starts_on < now.date() || meeting.fields.state == MeetingState::Cancelled {
        return Ok(());
    }
    let two_days_before = meeting
        .fields
        .starts_on
        .saturating_sub(time::Duration::days(2))
        .midnight()
        .assume_utc()
        + time::Duration::hours(8);
    let run_at = two_days_before.max(now);
    let task = crate::jobs::Task::MeetingReminder {
        meeting: meeting.id,
        sequence: i64::from(meeting.sequence),
    };
    crate::jobs::enqueue(conn, task, run_at, 3).await
}

impl MeetingStore for Store {
    async fn add_meeting(
        &self,
        by: &AuditActor,
        body: BodyId,
        f: &MeetingFields,
    ) -> Result<Meeting> {
        let mut tx = self.begin_write().await?;
        lock_body(&mut tx, body).await?;
        let row = sqlx::query(
            "INSERT INTO meetings (body_id, number, title, starts_on, ends_on, starts_at, ends_at, time_zone, venue, room, \
             modality, remote_details, webcast_url, transcript_url, state, lang, illustrative, sequence, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, 0, $18) RETURNING id",
        )
        .bind(body.0)
        .bind(f.number.map(i64::from))
        .bind(&f.title)
        .bind(date_text(Some(f.starts_on)))
        .bind(date_text(Some(f.ends_on)))
        .bind(time_text(f.starts_at))
        .bind(time_text(f.ends_at))
        .bind(&f.time_zone)
        .bind(&f.venue)
        .bind(&f.room)
        .bind(f.modality.code())
        .bind(&f.remote_details)
        .bind(&f.webcast_url)
        .bind(&f.transcript_url)
        .bind(f.state.code())
        .bind(&f.lang)
        .bind(i64::from(f.illustrative))
        .bind(now())
        .fetch_one(&mut *tx)
        .await?;
        let meeting = Meeting {
            id: MeetingId(row.int("id")?),
            body_id: body,
            sequence: 0,
            fields: f.clone(),
        };
        record(&mut tx, by, change("create", &meeting, None, None)).await?;
        schedule_reminder(&mut tx, &meeting).await?;
        tx.commit().await?;
        Ok(meeting)
    }

    async fn update_meeting(
        &self,
        by: &AuditActor,
        id: MeetingId,
        f: &MeetingFields,
        reason: Option<&str>,
    ) -> Result<Meeting> {
        let mut tx = self.begin_write().await?;
        let row = sqlx::query(&format!("SELECT {COLUMNS} FROM meetings WHERE id = $1"))
            .bind(id.0)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(StoreError::not_found("meeting"))?;
        let before = meeting_from_row(&row)?;
        lock_body(&mut tx, before.body_id).await?;
        sqlx::query(
            "UPDATE meetings SET number = $1, title = $2, starts_on = $3, ends_on = $4, starts_at = $5, ends_at = $6, \
             time_zone = $7, venue = $8, room = $9, modality = $10, remote_details = $11, webcast_url = $12, \
             transcript_url = $13, state = $14, lang = $15, sequence = sequence + 1 WHERE id = $16",
        )
        .bind(f.number.map(i64::from))
        .bind(&f.title)
        .bind(date_text(Some(f.starts_on)))
        .bind(date_text(Some(f.ends_on)))
        .bind(time_text(f.starts_at))
        .bind(time_text(f.ends_at))
        .bind(&f.time_zone)
        .bind(&f.venue)
        .bind(&f.room)
        .bind(f.modality.code())
        .bind(&f.remote_details)
        .bind(&f.webcast_url)
        .bind(&f.transcript_url)
        .bind(f.state.code())
        .bind(&f.lang)
        .bind(id.0)
        .execute(&mut *tx)
        .await?;
        let after = Meeting {
            id,
            body_id: before.body_id,
            sequence: before.sequence + 1,
            fields: MeetingFields {
                illustrative: before.fields.illustrative,
                ..f.clone()
            },
        };
        record(&mut tx, by, change("update", &after, Some(&before), reason)).await?;
        schedule_reminder(&mut tx, &after).await?;
        tx.commit().await?;
        Ok(after)
    }

    async fn meeting(&self, id: MeetingId) -> Result<Option<Meeting>> {
        let row = sqlx::query(&format!("SELECT {COLUMNS} FROM meetings WHERE id = $1"))
            .bind(id.0)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.as_ref().map(meeting_from_row).transpose()?)
    }

    async fn body_meeting(&self, body: BodyId, id: MeetingId) -> Result<Option<Meeting>> {
        let row = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM meetings WHERE body_id = $1 AND id = $2"
        ))
        .bind(body.0)
        .bind(id.0)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.as_ref().map(meeting_from_row).transpose()?)
    }

    async fn agenda(&self, meeting: MeetingId) -> Result<Agenda> {
        let head = sqlx::query(
            "SELECT agenda_state, agenda_adopted_on, agenda_note FROM meetings WHERE id = $1",
        )
        .bind(meeting.0)
        .fetch_optional(&self.pool)
        .await?
        .ok_or(StoreError::not_found("meeting"))?;
        let rows = sqlx::query(
            "SELECT a.id, a.position, a.number, a.title, a.sub_item, a.lang, a.outcome, \
             a.document_id, d.symbol AS document_symbol, a.topic_id, t.title AS topic_title \
             FROM agenda_items a LEFT JOIN documents d ON d.id = a.document_id \
             LEFT JOIN topics t ON t.id = a.topic_id WHERE a.meeting_id = $1 ORDER BY a.position, a.id",
        )
        .bind(meeting.0)
        .fetch_all(&self.pool)
        .await?;
        let items = rows
            .iter()
            .map(|r| {
                Ok(AgendaItem {
                    id: r.int("id")?,
                    position: r.int("position")?,
                    number: r.text("number")?,
                    title: r.text("title")?,
                    sub_item: r.flag("sub_item")?,
                    lang: r.text("lang")?,
                    outcome: r.opt_text("outcome")?,
                    document: match (r.opt_int("document_id")?, r.opt_text("document_symbol")?) {
                        (Some(id), Some(symbol)) => Some(ItemDocument { id, symbol }),
                        _ => None,
                    },
                    topic: match (r.opt_int("topic_id")?, r.opt_text("topic_title")?) {
                        (Some(id), Some(title)) => Some(ItemTopic { id, title }),
                        _ => None,
                    },
                })
            })
            .collect::<Result<Vec<_>, sqlx::Error>>()?;
        Ok(Agenda {
            meeting_id: meeting,
            state: head.code("agenda_state", AgendaState::parse)?,
            adopted_on: head.opt_date("agenda_adopted_on")?,
            note: head.opt_text("agenda_note")?,
            items,
        })
    }

    async fn add_agenda_item(
        &self,
        by: &AuditActor,
        meeting: MeetingId,
        item: &NewAgendaItem,
    ) -> Result<AgendaItem> {
        let mut tx = self.begin_write().await?;
        let row = sqlx::query("SELECT body_id, agenda_state FROM meetings WHERE id = $1")
            .bind(meeting.0)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(StoreError::not_found("meeting"))?;
        let body = BodyId(row.int("body_id")?);
        lock_body(&mut tx, body).await?;
        if row.code("agenda_state", AgendaState::parse)? != AgendaState::Provisional {
            return Err(Invalid::one(
                "number",
                "agenda_adopted",
                "The agenda is adopted; items are no longer added",
            )
            .into());
        }
        let taken =
            sqlx::query("SELECT id FROM agenda_items WHERE meeting_id = $1 AND number = $2")
                .bind(meeting.0)
                .bind(&item.number)
                .fetch_optional(&mut *tx)
                .await?;
        if taken.is_some() {
            return Err(Invalid::one(
                "number",
                "duplicate_item_number",
                format!("The agenda already has an item {}", item.number),
            )
            .with_arg("value", &item.number)
            .into());
        }
        let document = match &item.document {
            None => None,
            Some(symbol) => Some(register_document(&mut tx, body, symbol).await?),
        };
        let topic = match item.topic_id {
            None => None,
            Some(id) => Some(body_topic(&mut tx, body, id).await?),
        };
        let position: i64 = sqlx::query(
            "SELECT COALESCE(MAX(position), 0) + 1 AS next FROM agenda_items WHERE meeting_id = $1",
        )
        .bind(meeting.0)
        .fetch_one(&mut *tx)
        .await?
        .int("next")?;
        let row = sqlx::query(
            "INSERT INTO agenda_items \
             (meeting_id, position, number, title, sub_item, lang, created_at, document_id, topic_id) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
        )
        .bind(meeting.0)
        .bind(position)
        .bind(&item.number)
        .bind(&item.title)
        .bind(i64::from(item.sub_item))
        .bind(&item.lang)
        .bind(now())
        .bind(document.as_ref().map(|d| d.id))
        .bind(topic.as_ref().map(|t| t.id))
        .fetch_one(&mut *tx)
        .await?;
        let created = AgendaItem {
            id: row.int("id")?,
            position,
            number: item.number.clone(),
            title: item.title.clone(),
            sub_item: item.sub_item,
            lang: item.lang.clone(),
            outcome: None,
            document,
            topic,
        };
        let change = Change {
            action: "agenda_item",
            entity: "meeting",
            entity_id: meeting.to_string(),
            body_id: Some(body),
            public: true,
            before: None,
            after: serde_json::to_string(&created).ok(),
            reason: None,
        };
        record(&mut tx, by, change).await?;
        tx.commit().await?;
        Ok(created)
    }

    async fn adopt_agenda(
        &self,
        by: &AuditActor,
        meeting: MeetingId,
        state: AgendaState,
        on: Option<time::Date>,
        note: Option<&str>,
    ) -> Result<Agenda> {
        let mut tx = self.begin_write().await?;
        let row = sqlx::query("SELECT body_id, agenda_state FROM meetings WHERE id = $1")
            .bind(meeting.0)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(StoreError::not_found("meeting"))?;
        let body = BodyId(row.int("body_id")?);
        lock_body(&mut tx, body).await?;
        if row.code("agenda_state", AgendaState::parse)? != AgendaState::Provisional
            || state == AgendaState::Provisional
        {
            return Err(
                Invalid::one("state", "agenda_adopted", "The agenda is already adopted").into(),
            );
        }
        sqlx::query("UPDATE meetings SET agenda_state = $1, agenda_adopted_on = $2, agenda_note = $3 WHERE id = $4")
            .bind(state.code())
            .bind(date_text(on))
            .bind(note)
            .bind(meeting.0)
            .execute(&mut *tx)
            .await?;
        let change = Change {
            action: "adopt_agenda",
            entity: "meeting",
            entity_id: meeting.to_string(),
            body_id: Some(body),
            public: true,
            before: None,
            after: Some(format!("{{\"agenda\":\"{}\"}}", state.code())),
            reason: note,
        };
        record(&mut tx, by, change).await?;
        tx.commit().await?;
        self.agenda(meeting).await
    }

    async fn set_outcome(
        &self,
        by: &AuditActor,
        meeting: MeetingId,
        item: i64,
        outcome: &str,
    ) -> Result<()> {
        let mut tx = self.begin_write().await?;
        let row = sqlx::query("SELECT body_id FROM meetings WHERE id = $1")
            .bind(meeting.0)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(StoreError::not_found("meeting"))?;
        let body = BodyId(row.int("body_id")?);
        lock_body(&mut tx, body).await?;
        let updated =
            sqlx::query("UPDATE agenda_items SET outcome = $1 WHERE id = $2 AND meeting_id = $3")
                .bind(outcome)
                .bind(item)
                .bind(meeting.0)
                .execute(&mut *tx)
                .await?;
        if updated.rows_affected() == 0 {
            return Err(StoreError::not_found("agenda item"));
        }
        let change = Change {
            action: "outcome",
            entity: "meeting",
            entity_id: meeting.to_string(),
            body_id: Some(body),
            public: true,
            before: None,
            after: serde_json::to_string(&serde_json::json!({ "item": item, "outcome": outcome }))
                .ok(),
            reason: None,
        };
        record(&mut tx, by, change).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn publish_summary(
        &self,
        by: &AuditActor,
        meeting: MeetingId,
        text: &str,
        lang: &str,
    ) -> Result<()> {
        let mut tx = self.begin_write().await?;
        let row = sqlx::query("SELECT body_id FROM meetings WHERE id = $1")
            .bind(meeting.0)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(StoreError::not_found("meeting"))?;
        let body = BodyId(row.int("body_id")?);
        lock_body(&mut tx, body).await?;
        let before = sqlx::query("SELECT text FROM meeting_summaries WHERE meeting_id = $1")
            .bind(meeting.0)
            .fetch_optional(&mut *tx)
            .await?
            .map(|r| r.text("text"))
            .transpose()?;
        sqlx::query(
            "INSERT INTO meeting_summaries (meeting_id, text, lang, published_at) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (meeting_id) DO UPDATE SET text = excluded.text, lang = excluded.lang, published_at = excluded.published_at",
        )
            .bind(meeting.0)
            .bind(text)
            .bind(lang)
            .bind(now())
            .execute(&mut *tx)
            .await?;
        sqlx::query("UPDATE meetings SET state = 'summary_published', sequence = sequence + 1 WHERE id = $1 AND state NOT IN ('summary_published', 'cancelled')")
            .bind(meeting.0)
            .execute(&mut *tx)
            .await?;
        let change = Change {
            action: "summary",
            entity: "meeting",
            entity_id: meeting.to_string(),
            body_id: Some(body),
            public: true,
            before: before.map(|b| serde_json::json!({ "summary": b }).to_string()),
            after: Some(serde_json::json!({ "summary": text }).to_string()),
            reason: None,
        };
        record(&mut tx, by, change).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn summary(&self, meeting: MeetingId) -> Result<Option<(String, String)>> {
        let row = sqlx::query("SELECT text, lang FROM meeting_summaries WHERE meeting_id = $1")
            .bind(meeting.0)
            .fetch_optional(&self.pool)
            .await?;
        match row {
            None => Ok(None),
            Some(r) => Ok(Some((r.text("text")?, r.text("lang")?))),
        }
    }

    async fn set_feed_token(
        &self,
        user: concord_domain::ids::UserId,
        token_hash: Option<&str>,
    ) -> Result<()> {
        sqlx::query("UPDATE users SET feed_token_hash = $1 WHERE id = $2")
            .bind(token_hash)
            .bind(user.0)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn personal_meetings(&self, token_hash: &str) -> Result<Option<(String, Vec<Meeting>)>> {
        let Some(user) =
            sqlx::query("SELECT display_name, person_id FROM users WHERE feed_token_hash = $1")
                .bind(token_hash)
                .fetch_optional(&self.pool)
                .await?
        else {
            return Ok(None);
        };
        let name = user.text("display_name")?;
        let Some(person) = user.opt_int("person_id")? else {
            return Ok(Some((name, Vec::new())));
        };
        let today = concord_domain::dates::format_date(time::OffsetDateTime::now_utc().date());
        let columns = COLUMNS
            .split(", ")
            .map(|c| format!("g.{c}"))
            .collect::<Vec<_>>()
            .join(", ");
        let rows = sqlx::query(&format!(
            "SELECT DISTINCT {columns} FROM meetings g JOIN memberships m ON m.body_id = g.body_id \
             WHERE m.person_id = $1 AND (m.start_date IS NULL OR m.start_date <= $2) \
             AND (m.end_date IS NULL OR m.end_date >= $2) ORDER BY g.starts_on, g.id"
        ))
        .bind(person)
        .bind(&today)
        .fetch_all(&self.pool)
        .await?;
        Ok(Some((
            name,
            rows.iter()
                .map(meeting_from_row)
                .collect::<Result<_, _>>()?,
        )))
    }

    async fn meetings(&self, body: BodyId) -> Result<Vec<Meeting>> {
        let rows = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM meetings WHERE body_id = $1 ORDER BY starts_on, id"
        ))
        .bind(body.0)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .iter()
            .map(meeting_from_row)
            .collect::<Result<_, _>>()?)
    }
}

/// The document of `body`'s register with this symbol, for an agenda item to point to; a symbol
/// the register does not hold is the form's error, not a dangling link.
async fn register_document(
    tx: &mut sqlx::AnyConnection,
    body: BodyId,
    symbol: &str,
) -> Result<ItemDocument> {
    let row = sqlx::query("SELECT id FROM documents WHERE body_id = $1 AND symbol = $2")
        .bind(body.0)
        .bind(symbol)
        .fetch_optional(&mut *tx)
        .await?;
    match row {
        Some(row) => Ok(ItemDocument {
            id: row.int("id")?,
            symbol: symbol.to_owned(),
        }),
        None => Err(Invalid::one(
            "document",
            "unknown_document",
            format!("The body's register holds no document {symbol}"),
        )
        .with_arg("value", symbol)
        .into()),
    }
}

/// The topic of `body`'s work with this id, for an agenda item to take up.
async fn body_topic(tx: &mut sqlx::AnyConnection, body: BodyId, id: i64) -> Result<ItemTopic> {
    let row = sqlx::query("SELECT title FROM topics WHERE body_id = $1 AND id = $2")
        .bind(body.0)
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?;
    match row {
        Some(row) => Ok(ItemTopic {
            id,
            title: row.text("title")?,
        }),
        None => {
            Err(Invalid::one("topic_id", "unknown_value", "This body has no such topic").into())
        }
    }
}
