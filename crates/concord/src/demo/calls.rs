//! The calls for input of the demonstration (`calls.toml`): the WGEC's 2013 questionnaire,
//! closed and compiled as it was, and an illustrative copy of it, open from the day of loading,
//! for a newcomer to answer, get a receipt and check it with `concord verify`. Each call is
//! added through the call form with the questionnaire's questions, then moved through its
//! states as the secretariat moves one.

use anyhow::{bail, Context};
use concord_domain::call::{CallForm, CallState, QuestionForm};
use concord_domain::dates::format_date;
use concord_domain::ids::BodyId;
use concord_store::CallStore;
use serde::Deserialize;

use super::strict_form::StrictForm;
use super::Loader;

/// What `calls.toml` holds.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct CallsFile {
    /// The questionnaire every call asks.
    pub question: Vec<StrictForm<QuestionForm>>,
    /// The calls, in the order each body issues them.
    pub call: Vec<CallRecord>,
}

/// A call: the call form, its body by acronym, and what the loader does with it.
#[derive(Debug, Deserialize)]
pub(super) struct CallRecord {
    /// The body's acronym.
    pub body: String,
    /// Whether the call is illustrative rather than the body's own.
    #[serde(default)]
    pub illustrative: bool,
    /// Open on the day of loading, for this many days.
    pub open_for_days: Option<u16>,
    /// The states the call is moved through once its questions are in.
    #[serde(default)]
    pub moves: Vec<CallState>,
    /// The rest, as the call form.
    #[serde(flatten)]
    pub form: StrictForm<CallForm>,
}

impl CallRecord {
    /// The title other records name the call by.
    pub(super) fn title(&self) -> &str {
        self.form.0.title.as_deref().unwrap_or_default()
    }
}

impl Loader<'_> {
    /// Adds the body's calls, each followed by the compilation of its responses if the data
    /// has one.
    pub(super) async fn calls(&mut self, body: BodyId, acronym: &str) -> anyhow::Result<()> {
        let data = self.data;
        for record in data.calls.call.iter().filter(|c| c.body == acronym) {
            let id = self
                .call(body, record)
                .await
                .with_context(|| format!("calls.toml: call “{}”", record.title()))?;
            if data.compilation.call == record.title() {
                self.compilation(id).await?;
            }
        }
        Ok(())
    }

    /// Adds a call with the questionnaire, moves it through its states, and returns its id.
    async fn call(&mut self, body: BodyId, record: &CallRecord) -> anyhow::Result<i64> {
        let mut form = record.form.0.clone();
        if let Some(days) = record.open_for_days {
            if form.opens_on.is_some() || form.closes_on.is_some() {
                bail!("give either `open_for_days` or `opens_on` and `closes_on`, not both");
            }
            let today = time::OffsetDateTime::now_utc().date();
            let closes = today + time::Duration::days(i64::from(days));
            form.opens_on = Some(format_date(today));
            form.closes_on = Some(format_date(closes));
        }
        let mut fields = form.parse()?;
        fields.illustrative = record.illustrative;
        let call = self.store.add_call(&self.by, body, &fields).await?;
        for question in &self.data.calls.question {
            let label = question.0.label.as_deref().unwrap_or_default();
            let parsed = question
                .0
                .parse()
                .with_context(|| format!("question {label}"))?;
            self.store.add_question(&self.by, call.id, &parsed).await?;
        }
        for state in &record.moves {
            self.store.move_call(&self.by, call.id, *state).await?;
        }
        Ok(call.id.0)
    }
}
