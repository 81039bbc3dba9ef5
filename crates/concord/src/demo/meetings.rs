//! The meetings of the bodies (`meetings.toml`), scheduled through the meeting form, and the
//! record of a meeting where the sources give one: its agenda with outcomes, and its summary.

use anyhow::Context;
use concord_domain::agenda::{AgendaItemForm, AgendaState};
use concord_domain::dates::parse_date;
use concord_domain::ids::{BodyId, MeetingId};
use concord_domain::meeting::MeetingForm;
use concord_store::MeetingStore;
use serde::Deserialize;

use super::strict_form::StrictForm;
use super::Loader;

/// What `meetings.toml` holds.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct MeetingsFile {
    /// The meetings, in the order of each body's.
    pub meeting: Vec<MeetingRecord>,
}

/// A meeting: the meeting form, its body by acronym, and its record if there is one.
#[derive(Debug, Deserialize)]
pub(super) struct MeetingRecord {
    /// The body's acronym.
    pub body: String,
    /// Its agenda, with outcomes and adoption.
    pub agenda: Option<AgendaRecord>,
    /// Its summary.
    pub summary: Option<SummaryRecord>,
    /// The rest, as the meeting form.
    #[serde(flatten)]
    pub form: StrictForm<MeetingForm>,
}

/// A meeting's agenda: its items, then how it was adopted.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct AgendaRecord {
    /// How it was adopted.
    pub state: AgendaState,
    /// The day, `YYYY-MM-DD`.
    pub adopted_on: Option<String>,
    /// A note on the adoption.
    pub note: Option<String>,
    /// Its items, in order.
    #[serde(default)]
    pub item: Vec<AgendaItemRecord>,
}

/// An agenda item: the agenda item form and its outcome.
#[derive(Debug, Deserialize)]
pub(super) struct AgendaItemRecord {
    /// What came of it.
    pub outcome: Option<String>,
    /// The rest, as the agenda item form.
    #[serde(flatten)]
    pub form: StrictForm<AgendaItemForm>,
}

/// A meeting's summary.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct SummaryRecord {
    /// Its text.
    pub text: String,
    /// Its language.
    pub lang: String,
}

impl MeetingRecord {
    /// The meeting's title, for messages.
    fn title(&self) -> &str {
        self.form.0.title.as_deref().unwrap_or_default()
    }
}

impl Loader<'_> {
    /// Schedules the body's meetings, then writes the records of those that have one: a
    /// record is written after the meetings, as a secretariat writes it up.
    pub(super) async fn meetings(&mut self, body: BodyId, acronym: &str) -> anyhow::Result<()> {
        let data = self.data;
        let mut scheduled = Vec::new();
        for record in data.meetings.meeting.iter().filter(|m| m.body == acronym) {
            let what = || format!("meetings.toml: “{}” of {acronym}", record.title());
            let fields = record.form.0.parse().with_context(what)?;
            let meeting = self
                .store
                .add_meeting(&self.by, body, &fields)
                .await
                .with_context(what)?;
            self.report.meetings += 1;
            scheduled.push((meeting.id, record));
        }
        for (meeting, record) in scheduled {
            self.meeting_record(meeting, record)
                .await
                .with_context(|| {
                    format!("meetings.toml: record of “{}” of {acronym}", record.title())
                })?;
        }
        Ok(())
    }

    /// Writes a meeting's agenda, each item with its outcome, adopts it, and publishes the
    /// summary.
    async fn meeting_record(
        &mut self,
        meeting: MeetingId,
        record: &MeetingRecord,
    ) -> anyhow::Result<()> {
        if let Some(agenda) = &record.agenda {
            for item in &agenda.item {
                let added = self
                    .store
                    .add_agenda_item(&self.by, meeting, &item.form.0.parse()?)
                    .await?;
                if let Some(outcome) = &item.outcome {
                    self.store
                        .set_outcome(&self.by, meeting, added.id, outcome)
                        .await?;
                }
            }
            let on = agenda
                .adopted_on
                .as_deref()
                .map(|on| parse_date("adopted_on", on))
                .transpose()?;
            self.store
                .adopt_agenda(&self.by, meeting, agenda.state, on, agenda.note.as_deref())
                .await?;
        }
        if let Some(summary) = &record.summary {
            self.store
                .publish_summary(&self.by, meeting, &summary.text, &summary.lang)
                .await?;
        }
        Ok(())
    }
}
