//! People and organisations: their lists, and each one's page with their memberships.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Html;
use concord_domain::composition::MembershipView;
use concord_domain::ids::{OrganizationId, PersonId};
use concord_domain::party::{Organization, Person};
use concord_store::{CompositionStore, PartyStore};

use crate::common::{missing, page_id};
use crate::error::PageError;
use crate::i18n::Tr;
use crate::AppState;

struct MembershipRow {
    body_id: i64,
    body_acronym: String,
    body_name: String,
    role: String,
    seat: String,
    dates: String,
}

fn rows(t: &Tr, views: Vec<MembershipView>) -> Vec<MembershipRow> {
    views
        .into_iter()
        .map(|v| MembershipRow {
            body_id: v.membership.body_id.0,
            role: t.code("role", v.membership.fields.role.code()),
            seat: v.quota_label.unwrap_or_default(),
            dates: t.date_range(v.membership.fields.start_date, v.membership.fields.end_date),
            body_acronym: v.body_acronym,
            body_name: v.body_name,
        })
        .collect()
}

fn country(t: &Tr, code: Option<&str>) -> Option<(String, String)> {
    code.and_then(concord_domain::reference::state)
        .map(|s| (s.iso2.to_owned(), t.state(s)))
}

#[derive(Template)]
#[template(path = "person.html")]
struct PersonPage {
    t: Tr,
    person: Person,
    country: Option<(String, String)>,
    organization: Option<Organization>,
    memberships: Vec<MembershipRow>,
}

pub(crate) async fn person(
    t: Tr,
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> Result<Html<String>, PageError> {
    let id = PersonId(page_id(&raw, "error-no-person")?);
    let person = state
        .store
        .person(id)
        .await?
        .ok_or_else(|| missing("error-no-person", id))?;
    let organization = match person.fields.organization_id {
        Some(org) => state.store.organization(org).await?,
        None => None,
    };
    let page = PersonPage {
        country: country(&t, person.fields.country.as_deref()),
        organization,
        memberships: rows(&t, state.store.memberships_of_person(id).await?),
        person,
        t,
    };
    Ok(Html(page.render()?))
}

#[derive(Template)]
#[template(path = "organization.html")]
struct OrganizationPage {
    t: Tr,
    organization: Organization,
    country: Option<(String, String)>,
    memberships: Vec<MembershipRow>,
}

pub(crate) async fn organization(
    t: Tr,
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> Result<Html<String>, PageError> {
    let id = OrganizationId(page_id(&raw, "error-no-organization")?);
    let organization = state
        .store
        .organization(id)
        .await?
        .ok_or_else(|| missing("error-no-organization", id))?;
    let page = OrganizationPage {
        country: country(&t, organization.fields.country.as_deref()),
        memberships: rows(&t, state.store.memberships_of_organization(id).await?),
        organization,
        t,
    };
    Ok(Html(page.render()?))
}

#[derive(Template)]
#[template(path = "organizations.html")]
struct OrganizationsPage {
    t: Tr,
    organizations: Vec<Organization>,
}

pub(crate) async fn organizations(
    t: Tr,
    State(state): State<AppState>,
) -> Result<Html<String>, PageError> {
    let organizations = state.store.organizations().await?;
    Ok(Html(OrganizationsPage { t, organizations }.render()?))
}

#[derive(Template)]
#[template(path = "people.html")]
struct PeoplePage {
    t: Tr,
    people: Vec<Person>,
}

pub(crate) async fn people(
    t: Tr,
    State(state): State<AppState>,
) -> Result<Html<String>, PageError> {
    let people = state.store.people().await?;
    Ok(Html(PeoplePage { t, people }.render()?))
}
