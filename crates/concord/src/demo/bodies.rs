//! The bodies of the demonstration (`bodies.toml`): each created through the body form and
//! walked through the course it took, then, when it is new, given all that belongs to it in the
//! other files, in the order a secretariat would enter it.

use anyhow::Context;
use concord_domain::body::{BodyForm, Lifecycle};
use concord_domain::dates::parse_date;
use concord_domain::ids::BodyId;
use concord_store::BodyStore;
use serde::Deserialize;

use super::strict_form::StrictForm;
use super::Loader;

/// What `bodies.toml` holds.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct BodiesFile {
    /// The bodies, parents before the bodies under them.
    pub body: Vec<BodyRecord>,
}

/// A body: the body form, the bodies it hangs from by acronym, and its course.
#[derive(Debug, Deserialize)]
pub(super) struct BodyRecord {
    /// The step of the load that brings it in; none for a sub-group its parent set up, which
    /// comes with its parent.
    pub step: Option<String>,
    /// The acronym of its parent body.
    pub parent: Option<String>,
    /// The acronym of the body it reports to.
    pub reports_to: Option<String>,
    /// Its course: the state it is created in, then each move.
    #[serde(default)]
    pub lifecycle: Vec<LifecycleMove>,
    /// The rest, as the body form.
    #[serde(flatten)]
    pub form: StrictForm<BodyForm>,
}

/// A move of a body's lifecycle, with its day and a note when the sources give them.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct LifecycleMove {
    /// The state moved to.
    pub to: Lifecycle,
    /// The day, `YYYY-MM-DD`.
    pub on: Option<String>,
    /// Why, or on what basis.
    pub note: Option<String>,
}

impl BodyRecord {
    /// The acronym other records name the body by.
    pub(super) fn acronym(&self) -> &str {
        self.form.0.acronym.as_deref().unwrap_or_default()
    }

    /// Whether the body is a sub-group that `parent` set up and that comes with it.
    pub(super) fn comes_with(&self, parent: &str) -> bool {
        self.step.is_none() && self.parent.as_deref() == Some(parent)
    }
}

impl Loader<'_> {
    /// Loads a body and, when it is new, everything of the other files that belongs to it.
    /// A body already there is left alone with all that is under it.
    pub(super) async fn body(&mut self, record: &BodyRecord) -> anyhow::Result<()> {
        let acronym = record.acronym();
        let created = self
            .create_body(record)
            .await
            .with_context(|| format!("bodies.toml: body “{acronym}”"))?;
        let Some(id) = created else {
            return Ok(());
        };
        self.calls(id, acronym).await?;
        self.texts(id, acronym).await?;
        self.opinion_map(id, acronym).await?;
        self.documents(id, acronym).await?;
        self.meetings(id, acronym).await?;
        self.composition(id, acronym).await?;
        self.mapping(id, acronym).await?;
        let data = self.data;
        for group in data.bodies.body.iter().filter(|b| b.comes_with(acronym)) {
            // A sub-group is loaded like any body; the future is boxed as it nests.
            Box::pin(self.body(group)).await?;
        }
        self.topics(id, acronym).await
    }

    /// Creates the body and walks it through its recorded lifecycle; `None` when a body with
    /// the acronym is already there.
    async fn create_body(&mut self, record: &BodyRecord) -> anyhow::Result<Option<BodyId>> {
        let mut form = record.form.0.clone();
        form.parent_id = self.body_id(record.parent.as_deref()).await?.map(|b| b.0);
        form.reports_to_id = self
            .body_id(record.reports_to.as_deref())
            .await?
            .map(|b| b.0);
        let fields = form.parse()?;
        let days = record
            .lifecycle
            .iter()
            .map(|step| {
                step.on
                    .as_deref()
                    .map(|on| parse_date("on", on))
                    .transpose()
            })
            .collect::<Result<Vec<_>, _>>()?;
        if self
            .store
            .bodies()
            .await?
            .iter()
            .any(|b| b.fields.acronym.eq_ignore_ascii_case(&fields.acronym))
        {
            self.report.skipped += 1;
            return Ok(None);
        }
        // The store records a creation without a day or note (the history starts from the
        // mandate), so the first move gives only the state the body starts in.
        let first = record
            .lifecycle
            .first()
            .map_or(Lifecycle::Mandated, |s| s.to);
        let id = self.store.create_body(&self.by, &fields, first).await?.id;
        for (step, on) in record.lifecycle.iter().zip(days).skip(1) {
            self.store
                .change_lifecycle(&self.by, id, step.to, on, step.note.as_deref())
                .await?;
        }
        self.report.bodies += 1;
        Ok(Some(id))
    }
}
