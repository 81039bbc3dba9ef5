//! The organisations and people of the demonstration (`organizations.toml`, `people.toml`),
//! entered in the directory through its forms, each left alone when already there.

use anyhow::Context;
use concord_domain::party::{OrganizationForm, PersonForm};
use concord_store::PartyStore;
use serde::Deserialize;

use super::strict_form::StrictForm;
use super::Loader;

/// What `organizations.toml` holds.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct OrganizationsFile {
    /// The organisations, named elsewhere by acronym.
    pub organization: Vec<StrictForm<OrganizationForm>>,
}

/// What `people.toml` holds.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct PeopleFile {
    /// The people, named elsewhere by name.
    pub person: Vec<PersonRecord>,
}

/// A person: the directory's form, and their organisation by acronym.
#[derive(Debug, Deserialize)]
pub(super) struct PersonRecord {
    /// The acronym of their organisation (`organizations.toml`).
    pub organization: Option<String>,
    /// The rest, as the person form.
    #[serde(flatten)]
    pub form: StrictForm<PersonForm>,
}

/// The acronym an organisation is known by in the data files.
pub(super) fn organization_key(form: &OrganizationForm) -> &str {
    form.acronym.as_deref().unwrap_or_default()
}

/// The name a person is known by in the data files.
pub(super) fn person_key(form: &PersonForm) -> &str {
    form.name.as_deref().unwrap_or_default()
}

impl Loader<'_> {
    /// Enters every organisation not yet in the directory (found by name) and remembers each
    /// one's id by acronym.
    pub(super) async fn organizations(&mut self) -> anyhow::Result<()> {
        let data = self.data;
        for record in &data.organizations.organization {
            let acronym = organization_key(&record.0);
            let fields = record
                .0
                .parse()
                .with_context(|| format!("organizations.toml: organisation “{acronym}”"))?;
            let existing = self
                .store
                .organizations()
                .await?
                .into_iter()
                .find(|o| o.fields.name == fields.name);
            let id = match existing {
                Some(existing) => {
                    self.report.skipped += 1;
                    existing.id
                }
                None => {
                    self.report.parties += 1;
                    self.store.create_organization(&self.by, &fields).await?.id
                }
            };
            self.organizations.insert(acronym.to_owned(), id);
        }
        Ok(())
    }

    /// Enters every person not yet in the directory (found by name), with their organisation,
    /// and remembers each one's id by name.
    pub(super) async fn people(&mut self) -> anyhow::Result<()> {
        let data = self.data;
        for record in &data.people.person {
            let name = person_key(&record.form.0);
            let what = || format!("people.toml: person “{name}”");
            let mut form = record.form.0.clone();
            form.organization_id = self
                .organization(record.organization.as_deref())
                .with_context(what)?
                .map(|o| o.0);
            let fields = form.parse().with_context(what)?;
            let existing = self
                .store
                .people()
                .await?
                .into_iter()
                .find(|p| p.fields.name == fields.name);
            let id = match existing {
                Some(existing) => {
                    self.report.skipped += 1;
                    existing.id
                }
                None => {
                    self.report.parties += 1;
                    self.store.create_person(&self.by, &fields).await?.id
                }
            };
            self.people.insert(name.to_owned(), id);
        }
        Ok(())
    }
}
