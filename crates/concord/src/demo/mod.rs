//! Demonstration data drawn from the source slides and the research on how the process really
//! ran: the CSTD and its WSIS follow-up bodies, the people and organisations named in public
//! sources, and the 2012–2013 calendar of Internet-related events from the slides.
//!
//! Only members named in the sources are loaded; other seats are shown vacant rather than
//! invented. Anything illustrative is flagged `illustrative` and labelled on the pages.
//!
//! The facts are kept in data files (`crates/concord/demo/*.toml`, embedded in the binary),
//! each saying where its facts come from; this module and its children read them into the
//! domain's forms and enter them through the same rules and store calls as user input. The
//! files name one another's records (a person by name, a body by acronym), never database ids.

mod bodies;
mod calls;
mod compilation;
mod composition;
mod data;
mod documents;
mod events;
mod mapping;
mod meetings;
mod opinion;
mod parties;
mod strict_form;
mod texts;
mod topics;

use std::collections::HashMap;

use anyhow::anyhow;
use concord_domain::ids::{BodyId, OrganizationId, PersonId};
use concord_store::{AuditActor, BodyStore, Store};

use data::DemoData;

/// What a load did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct DemoReport {
    /// Bodies created.
    pub bodies: usize,
    /// Organisations and people created.
    pub parties: usize,
    /// Memberships created.
    pub memberships: usize,
    /// Calendar events created.
    pub events: usize,
    /// Meetings created.
    pub meetings: usize,
    /// Documents filed.
    pub documents: usize,
    /// Entries that were already there and left as they were.
    pub skipped: usize,
}

/// The steps of a load, for progress reporting: the organisations, the people, one step per
/// group of bodies in `bodies.toml` (the data check holds the two together), and the events.
pub const STEPS: usize = 7;

/// Loads the demonstration data, calling `progress(step, label)` before each of the
/// [`STEPS`] steps. Entries already present are left alone, so a second load adds nothing.
///
/// Every file is read and checked before anything is written, so that a mistake in one is
/// reported (with its file and record) on an untouched database.
pub async fn load(
    store: &Store,
    mut progress: impl FnMut(usize, &str),
) -> anyhow::Result<DemoReport> {
    let data = DemoData::read()?;
    let mut loader = Loader {
        store,
        by: AuditActor::system("demonstration data"),
        report: DemoReport::default(),
        data: &data,
        organizations: HashMap::new(),
        people: HashMap::new(),
    };

    progress(1, "organizations");
    loader.organizations().await?;
    progress(2, "people");
    loader.people().await?;
    let steps = data.body_steps();
    for (at, step) in steps.iter().enumerate() {
        progress(3 + at, step);
        for body in data.bodies_of_step(step) {
            loader.body(body).await?;
        }
    }
    progress(3 + steps.len(), &data.events.step);
    loader.events().await?;
    Ok(loader.report)
}

/// A load under way: where it writes, what it did so far, and the ids of the directory's
/// records by the names the data files use for them.
struct Loader<'a> {
    store: &'a Store,
    by: AuditActor,
    report: DemoReport,
    data: &'a DemoData,
    /// Organisations by acronym, found or created by this load.
    organizations: HashMap<String, OrganizationId>,
    /// People by name, found or created by this load.
    people: HashMap<String, PersonId>,
}

impl Loader<'_> {
    /// The organisation a record names by acronym, if it names one.
    fn organization(&self, acronym: Option<&str>) -> anyhow::Result<Option<OrganizationId>> {
        acronym
            .map(|a| {
                self.organizations.get(a).copied().ok_or_else(|| {
                    anyhow!("no organisation “{a}” in organizations.toml (they go by acronym)")
                })
            })
            .transpose()
    }

    /// The person a record names, if it names one.
    fn person(&self, name: Option<&str>) -> anyhow::Result<Option<PersonId>> {
        name.map(|n| {
            self.people
                .get(n)
                .copied()
                .ok_or_else(|| anyhow!("no person “{n}” in people.toml"))
        })
        .transpose()
    }

    /// The body of the database with this acronym, if any: a body of the data that was already
    /// there is found as well as one this load created.
    async fn body_id(&self, acronym: Option<&str>) -> anyhow::Result<Option<BodyId>> {
        let Some(acronym) = acronym else {
            return Ok(None);
        };
        Ok(self
            .store
            .bodies()
            .await?
            .into_iter()
            .find(|b| b.fields.acronym == acronym)
            .map(|b| b.id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use concord_store::testing::TestDb;
    use concord_store::Backend;

    /// Every record of the files reaches the store: the report counts as many of each as the
    /// files hold, and a second load finds them all there.
    #[tokio::test]
    async fn every_record_of_the_files_reaches_the_store() {
        let Some(db) = TestDb::new(Backend::Sqlite).await else {
            return;
        };
        let data = DemoData::read().unwrap();
        let report = load(&db.store, |_, _| {}).await.unwrap();
        let placeholders = data.texts.placeholders.seats.len();
        let members: usize = (data.composition.composition.iter())
            .map(|c| c.member.len())
            .sum();
        assert_eq!(
            report,
            DemoReport {
                bodies: data.bodies.body.len(),
                parties: data.organizations.organization.len()
                    + data.people.person.len()
                    + placeholders,
                memberships: members + placeholders,
                events: data.events.event.len(),
                meetings: data.meetings.meeting.len(),
                documents: data.documents.document.len(),
                skipped: 0,
            }
        );
        let again = load(&db.store, |_, _| {}).await.unwrap();
        assert_eq!(
            again.skipped,
            data.organizations.organization.len()
                + data.people.person.len()
                + data
                    .body_steps()
                    .iter()
                    .map(|s| data.bodies_of_step(s).count())
                    .sum::<usize>()
                + data.events.event.len(),
            "everything found again, sub-groups with their parent"
        );
        db.finish().await;
    }
}
