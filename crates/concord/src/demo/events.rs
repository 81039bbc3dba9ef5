//! The calendar of related events (`events.toml`), each with the file's source, left alone when
//! the calendar already has it.

use anyhow::Context;
use concord_domain::dates::parse_date;
use concord_domain::event::{DatePrecision, EventFields};
use concord_store::CalendarStore;
use serde::Deserialize;

use super::Loader;

/// What `events.toml` holds.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct EventsFile {
    /// The label of the load's step that enters them.
    pub step: String,
    /// Where every event of the file comes from.
    pub source: String,
    /// The events.
    pub event: Vec<EventRecord>,
}

/// An event, as the calendar keeps it. The calendar has no form of its own: its entries are
/// the data's.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct EventRecord {
    /// Title.
    pub title: String,
    /// First day, `YYYY-MM-DD`.
    pub starts_on: String,
    /// Last day, `YYYY-MM-DD`.
    pub ends_on: String,
    /// How precisely the days are known: exact days unless said.
    pub precision: Option<DatePrecision>,
    /// The city.
    pub venue: String,
    /// The country, ISO code.
    pub country: Option<String>,
    /// Who holds it.
    pub organiser: Option<String>,
    /// Its web page.
    pub url: Option<String>,
}

impl Loader<'_> {
    /// Adds every event the calendar does not have yet (found by title and first day).
    pub(super) async fn events(&mut self) -> anyhow::Result<()> {
        let data = self.data;
        for event in &data.events.event {
            self.event(event, &data.events.source)
                .await
                .with_context(|| {
                    format!(
                        "events.toml: event “{}” of {}",
                        event.title, event.starts_on
                    )
                })?;
        }
        Ok(())
    }

    async fn event(&mut self, event: &EventRecord, source: &str) -> anyhow::Result<()> {
        let starts_on = parse_date("starts_on", &event.starts_on)?;
        let ends_on = parse_date("ends_on", &event.ends_on)?;
        let exists = self
            .store
            .events()
            .await?
            .iter()
            .any(|e| e.fields.title == event.title && e.fields.starts_on == starts_on);
        if exists {
            self.report.skipped += 1;
            return Ok(());
        }
        let fields = EventFields {
            title: event.title.clone(),
            starts_on,
            ends_on,
            precision: event.precision.unwrap_or(DatePrecision::Day),
            venue: event.venue.clone(),
            country: event.country.clone(),
            organiser: event.organiser.clone(),
            url: event.url.clone(),
            source: Some(source.to_owned()),
        };
        self.store.add_event(&self.by, &fields).await?;
        self.report.events += 1;
        Ok(())
    }
}
