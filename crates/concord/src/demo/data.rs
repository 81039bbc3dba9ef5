//! The demonstration's data files, embedded in the binary so that it needs no file at run
//! time, read into their records and checked as a whole before anything is written: each file
//! for its keys and types, and the names by which records of one file point to another's.

use std::collections::HashSet;

use anyhow::{anyhow, bail, Context};
use serde::de::DeserializeOwned;

use super::bodies::{BodiesFile, BodyRecord};
use super::calls::CallsFile;
use super::compilation::CompilationFile;
use super::composition::CompositionFile;
use super::documents::DocumentsFile;
use super::events::EventsFile;
use super::mapping::MappingFile;
use super::meetings::MeetingsFile;
use super::opinion::OpinionFile;
use super::parties::{organization_key, person_key, OrganizationsFile, PeopleFile};
use super::texts::TextsFile;
use super::topics::TopicsFile;
use super::STEPS;

/// A data file: its name under `crates/concord/demo/` and its text.
struct DataFile {
    name: &'static str,
    text: &'static str,
}

/// Embeds `crates/concord/demo/<name>`.
macro_rules! data_file {
    ($name:literal) => {
        DataFile {
            name: $name,
            text: include_str!(concat!("../../demo/", $name)),
        }
    };
}

impl DataFile {
    /// Reads the file into its records; a mistake is reported with the file's name, and the
    /// line and record where it is.
    fn read<T: DeserializeOwned>(&self) -> anyhow::Result<T> {
        toml::from_str(self.text).map_err(|e| anyhow!("demonstration data {}: {e}", self.name))
    }
}

/// Every record of the demonstration, as read from its files: a field per file, named as it.
#[derive(Debug)]
pub(super) struct DemoData {
    pub organizations: OrganizationsFile,
    pub people: PeopleFile,
    pub bodies: BodiesFile,
    pub composition: CompositionFile,
    pub meetings: MeetingsFile,
    pub documents: DocumentsFile,
    pub topics: TopicsFile,
    pub calls: CallsFile,
    pub compilation: CompilationFile,
    pub texts: TextsFile,
    pub opinion: OpinionFile,
    pub mapping: MappingFile,
    pub events: EventsFile,
}

impl DemoData {
    /// Reads and checks every file.
    pub(super) fn read() -> anyhow::Result<Self> {
        let data = Self {
            organizations: data_file!("organizations.toml").read()?,
            people: data_file!("people.toml").read()?,
            bodies: data_file!("bodies.toml").read()?,
            composition: data_file!("composition.toml").read()?,
            meetings: data_file!("meetings.toml").read()?,
            documents: data_file!("documents.toml").read()?,
            topics: data_file!("topics.toml").read()?,
            calls: data_file!("calls.toml").read()?,
            compilation: data_file!("compilation.toml").read()?,
            texts: data_file!("texts.toml").read()?,
            opinion: data_file!("opinion.toml").read()?,
            mapping: data_file!("mapping.toml").read()?,
            events: data_file!("events.toml").read()?,
        };
        data.check()?;
        Ok(data)
    }

    /// The labels of the steps that load bodies, in the order they first appear.
    pub(super) fn body_steps(&self) -> Vec<&str> {
        let mut steps: Vec<&str> = Vec::new();
        for step in self.bodies.body.iter().filter_map(|b| b.step.as_deref()) {
            if !steps.contains(&step) {
                steps.push(step);
            }
        }
        steps
    }

    /// The bodies a step loads, in the order of the file.
    pub(super) fn bodies_of_step<'a>(
        &'a self,
        step: &'a str,
    ) -> impl Iterator<Item = &'a BodyRecord> + 'a {
        self.bodies
            .body
            .iter()
            .filter(move |b| b.step.as_deref() == Some(step))
    }

    /// Checks what no single record can: that names are unique where records are named, that
    /// every name points to a record that exists, and that the steps are those announced.
    fn check(&self) -> anyhow::Result<()> {
        let organizations = unique(
            "organizations.toml",
            "organisation acronym",
            self.organizations
                .organization
                .iter()
                .map(|o| organization_key(&o.0)),
        )?;
        unique(
            "people.toml",
            "person's name",
            self.people.person.iter().map(|p| person_key(&p.form.0)),
        )?;
        for person in &self.people.person {
            if let Some(acronym) = person.organization.as_deref() {
                known(&organizations, acronym, "organisation").with_context(|| {
                    format!("people.toml: person “{}”", person_key(&person.form.0))
                })?;
            }
        }
        let bodies = unique(
            "bodies.toml",
            "body acronym",
            self.bodies.body.iter().map(BodyRecord::acronym),
        )?;
        for body in &self.bodies.body {
            let what = || format!("bodies.toml: body “{}”", body.acronym());
            for acronym in [&body.parent, &body.reports_to].into_iter().flatten() {
                known(&bodies, acronym, "body").with_context(what)?;
            }
            if body.step.is_none() && body.parent.is_none() {
                bail!("{}: without a `step`, it comes with its `parent`", what());
            }
        }
        let steps = 2 + self.body_steps().len() + 1;
        if steps != STEPS {
            bail!("bodies.toml: the load would have {steps} steps, and announces {STEPS}");
        }

        // Records that belong to a body are loaded with it: one naming no body of the data
        // would silently never be.
        let named = (self.composition.composition.iter())
            .map(|c| ("composition.toml", c.body.as_str()))
            .chain(
                self.meetings
                    .meeting
                    .iter()
                    .map(|m| ("meetings.toml", m.body.as_str())),
            )
            .chain(
                self.documents
                    .document
                    .iter()
                    .map(|d| ("documents.toml", d.body.as_str())),
            )
            .chain(
                self.topics
                    .topic
                    .iter()
                    .map(|t| ("topics.toml", t.body.as_str())),
            )
            .chain(
                self.calls
                    .call
                    .iter()
                    .map(|c| ("calls.toml", c.body.as_str())),
            )
            .chain([
                ("texts.toml", self.texts.body.as_str()),
                ("opinion.toml", self.opinion.body.as_str()),
                ("mapping.toml", self.mapping.body.as_str()),
            ]);
        for (file, acronym) in named {
            known(&bodies, acronym, "body").with_context(|| format!("{file}: `body`"))?;
        }
        let calls = unique(
            "calls.toml",
            "call title",
            self.calls.call.iter().map(|c| c.title()),
        )?;
        known(&calls, &self.compilation.call, "call").context("compilation.toml: `call`")?;
        unique(
            "compilation.toml",
            "respondent's name",
            self.compilation.response.iter().map(|r| r.name()),
        )?;
        self.opinion.check().context("opinion.toml")?;
        Ok(())
    }
}

/// The names of `file`'s records, refused if one is empty or given twice.
fn unique<'a>(
    file: &str,
    what: &str,
    names: impl Iterator<Item = &'a str>,
) -> anyhow::Result<HashSet<&'a str>> {
    let mut seen = HashSet::new();
    for name in names {
        if name.is_empty() {
            bail!("{file}: a record has no {what}");
        }
        if !seen.insert(name) {
            bail!("{file}: the {what} “{name}” is given twice");
        }
    }
    Ok(seen)
}

/// Checks that `name` is one of `names`, the names of the records of a `kind`.
fn known(names: &HashSet<&str>, name: &str, kind: &str) -> anyhow::Result<()> {
    if names.contains(name) {
        Ok(())
    } else {
        bail!("no {kind} “{name}” in the demonstration data")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_reads_and_holds_together() {
        let data = DemoData::read().unwrap();
        assert_eq!(data.organizations.organization.len(), 4);
        assert_eq!(data.people.person.len(), 11);
        assert_eq!(data.bodies.body.len(), 6);
        assert_eq!(data.events.event.len(), 19);
        assert_eq!(2 + data.body_steps().len() + 1, STEPS);
    }

    #[test]
    fn a_mistake_names_the_file_and_the_line() {
        let file = DataFile {
            name: "people.toml",
            text: "[[person]]\nname = \"Peter Major\"\ncountyr = \"HU\"\n",
        };
        let error = file.read::<PeopleFile>().unwrap_err().to_string();
        assert!(error.contains("people.toml"), "{error}");
        assert!(error.contains("countyr"), "{error}");
        assert!(error.contains("line 1"), "{error}");
    }
}
