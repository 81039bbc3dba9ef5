//! The events calendar.

use concord_domain::event::{CalendarEvent, DatePrecision, EventFields};
use concord_domain::ids::EventId;

use crate::audit::{record, AuditActor, Change};
use crate::connect::Store;
use crate::rows::{date_text, now, RowExt};
use crate::Result;

/// Storage of the events calendar.
#[allow(async_fn_in_trait)]
pub trait CalendarStore {
    /// Records an event.
    async fn add_event(&self, by: &AuditActor, fields: &EventFields) -> Result<CalendarEvent>;
    /// Every event, in date order.
    async fn events(&self) -> Result<Vec<CalendarEvent>>;
}

impl CalendarStore for Store {
    async fn add_event(&self, by: &AuditActor, f: &EventFields) -> Result<CalendarEvent> {
        let mut tx = self.begin_write().await?;
        let row = sqlx::query(
            "INSERT INTO calendar_events (title, starts_on, ends_on, date_precision, venue, country, \
             organiser, url, source, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
        )
        .bind(&f.title)
        .bind(date_text(Some(f.starts_on)))
        .bind(date_text(Some(f.ends_on)))
        .bind(f.precision.code())
        .bind(&f.venue)
        .bind(&f.country)
        .bind(&f.organiser)
        .bind(&f.url)
        .bind(&f.source)
        .bind(now())
        .fetch_one(&mut *tx)
        .await?;
        let event = CalendarEvent {
            id: EventId(row.int("id")?),
            fields: f.clone(),
        };
        let change = Change {
            action: "create",
            entity: "calendar_event",
            entity_id: event.id.to_string(),
            body_id: None,
            public: true,
            before: None,
            after: serde_json::to_string(&event).ok(),
            reason: None,
        };
        record(&mut tx, by, change).await?;
        tx.commit().await?;
        Ok(event)
    }

    async fn events(&self) -> Result<Vec<CalendarEvent>> {
        let rows = sqlx::query(
            "SELECT id, title, starts_on, ends_on, date_precision, venue, country, organiser, url, source \
             FROM calendar_events ORDER BY starts_on, ends_on, title",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(CalendarEvent {
                    id: EventId(row.int("id")?),
                    fields: EventFields {
                        title: row.text("title")?,
                        starts_on: row.date("starts_on")?,
                        ends_on: row.date("ends_on")?,
                        precision: row.code("date_precision", DatePrecision::parse)?,
                        venue: row.text("venue")?,
                        country: row.opt_text("country")?,
                        organiser: row.opt_text("organiser")?,
                        url: row.opt_text("url")?,
                        source: row.opt_text("source")?,
                    },
                })
            })
            .collect::<Result<_, sqlx::Error>>()
            .map_err(Into::into)
    }
}
