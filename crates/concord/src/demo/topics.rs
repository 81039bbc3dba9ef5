//! The topics the bodies agreed to work under (`topics.toml`), each added through the topic form
//! and decided through the topic decision form.

use anyhow::Context;
use concord_domain::ids::BodyId;
use concord_domain::topic::{TopicDecisionForm, TopicForm};
use concord_store::TopicStore;
use serde::Deserialize;

use super::strict_form::StrictForm;
use super::Loader;

/// What `topics.toml` holds.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct TopicsFile {
    /// The topics, in the order of each body's.
    pub topic: Vec<TopicRecord>,
}

/// A topic: the topic form, its body by acronym, and the decision taken on it.
#[derive(Debug, Deserialize)]
pub(super) struct TopicRecord {
    /// The body's acronym.
    pub body: String,
    /// The decision, as the topic decision form.
    pub decision: Option<StrictForm<TopicDecisionForm>>,
    /// The rest, as the topic form.
    #[serde(flatten)]
    pub form: StrictForm<TopicForm>,
}

impl Loader<'_> {
    /// Adds the body's topics, each with its decision.
    pub(super) async fn topics(&mut self, body: BodyId, acronym: &str) -> anyhow::Result<()> {
        let data = self.data;
        for record in data.topics.topic.iter().filter(|t| t.body == acronym) {
            let title = record.form.0.title.as_deref().unwrap_or_default();
            let what = || format!("topics.toml: topic “{title}” of {acronym}");
            let fields = record.form.0.parse().with_context(what)?;
            let topic = self
                .store
                .add_topic(&self.by, body, &fields)
                .await
                .with_context(what)?;
            if let Some(decision) = &record.decision {
                let decision = decision.0.parse().with_context(what)?;
                self.store
                    .decide_topic(&self.by, topic.id, &decision)
                    .await
                    .with_context(what)?;
            }
        }
        Ok(())
    }
}
