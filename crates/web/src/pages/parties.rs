//! A person's page and an organisation's page, each with their memberships.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Html;
use concord_domain::composition::MembershipView;
use concord_domain::ids::{OrganizationId, PersonId};
use concord_domain::party::{Organization, Person};
use concord_domain::reference::state as find_state;
use concord_domain::stakeholder::sub_category;
use concord_store::{CompositionStore, PartyStore};

use super::page_id;
use crate::error::PageError;
use crate::format::date_range;
use crate::AppState;

struct MembershipRow {
    body_id: i64,
    body_acronym: String,
    body_name: String,
    role: &'static str,
    seat: String,
    dates: String,
}

fn rows(views: Vec<MembershipView>) -> Vec<MembershipRow> {
    views
        .into_iter()
        .map(|v| MembershipRow {
            body_id: v.membership.body_id.0,
            role: v.membership.fields.role.label(),
            seat: v.quota_label.unwrap_or_default(),
            dates: date_range(v.membership.fields.start_date, v.membership.fields.end_date),
            body_acronym: v.body_acronym,
            body_name: v.body_name,
        })
        .collect()
}

fn country_name(code: Option<&str>) -> Option<(String, &'static str)> {
    code.and_then(find_state)
        .map(|s| (s.iso2.to_owned(), s.name))
}

#[derive(Template)]
#[template(path = "person.html")]
struct PersonPage {
    person: Person,
    country: Option<(String, &'static str)>,
    organization: Option<Organization>,
    memberships: Vec<MembershipRow>,
}

pub(super) async fn person(
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> Result<Html<String>, PageError> {
    let id = PersonId(page_id(&raw, "person")?);
    let person = state
        .store
        .person(id)
        .await?
        .ok_or_else(|| PageError::NotFound(format!("There is no person with the id {id}.")))?;
    let organization = match person.fields.organization_id {
        Some(org) => state.store.organization(org).await?,
        None => None,
    };
    let page = PersonPage {
        country: country_name(person.fields.country.as_deref()),
        organization,
        memberships: rows(state.store.memberships_of_person(id).await?),
        person,
    };
    Ok(Html(page.render()?))
}

#[derive(Template)]
#[template(path = "organization.html")]
struct OrganizationPage {
    organization: Organization,
    sub_category: Option<&'static str>,
    country: Option<(String, &'static str)>,
    memberships: Vec<MembershipRow>,
}

pub(super) async fn organization(
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> Result<Html<String>, PageError> {
    let id = OrganizationId(page_id(&raw, "organization")?);
    let organization = state.store.organization(id).await?.ok_or_else(|| {
        PageError::NotFound(format!("There is no organization with the id {id}."))
    })?;
    let page = OrganizationPage {
        sub_category: organization
            .fields
            .sub_category
            .as_deref()
            .and_then(sub_category)
            .map(|s| s.label),
        country: country_name(organization.fields.country.as_deref()),
        memberships: rows(state.store.memberships_of_organization(id).await?),
        organization,
    };
    Ok(Html(page.render()?))
}

#[derive(Template)]
#[template(path = "organizations.html")]
struct OrganizationsPage {
    organizations: Vec<Organization>,
}

pub(super) async fn organizations(
    State(state): State<AppState>,
) -> Result<Html<String>, PageError> {
    let organizations = state.store.organizations().await?;
    Ok(Html(OrganizationsPage { organizations }.render()?))
}

#[derive(Template)]
#[template(path = "people.html")]
struct PeoplePage {
    people: Vec<Person>,
}

pub(super) async fn people(State(state): State<AppState>) -> Result<Html<String>, PageError> {
    let people = state.store.people().await?;
    Ok(Html(PeoplePage { people }.render()?))
}
