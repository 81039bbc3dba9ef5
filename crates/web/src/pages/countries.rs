//! Countries: the list by regional group, and a country's page with its memberships.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Html;
use concord_domain::reference::{
    state as find_state, states_in, RegionalGroup, State as Country, UnStatus,
};
use concord_store::CompositionStore;

use crate::error::PageError;
use crate::format::date_range;
use crate::AppState;

struct GroupSection {
    group: RegionalGroup,
    states: Vec<&'static Country>,
}

#[derive(Template)]
#[template(path = "countries.html")]
struct CountriesPage {
    groups: Vec<GroupSection>,
    ungrouped: Vec<&'static Country>,
}

pub(super) async fn list() -> Result<Html<String>, PageError> {
    let groups = RegionalGroup::ALL
        .iter()
        .map(|g| GroupSection {
            group: *g,
            states: states_in(*g).collect(),
        })
        .collect();
    let ungrouped = concord_domain::reference::states()
        .iter()
        .filter(|s| s.regional_group.is_none())
        .collect();
    Ok(Html(CountriesPage { groups, ungrouped }.render()?))
}

struct CountryMembership {
    body_id: i64,
    body_acronym: String,
    body_name: String,
    role: &'static str,
    holder: String,
    dates: String,
}

#[derive(Template)]
#[template(path = "country.html")]
struct CountryPage {
    country: &'static Country,
    group: &'static str,
    observer: bool,
    memberships: Vec<CountryMembership>,
}

pub(super) async fn show(
    State(state): State<AppState>,
    Path(code): Path<String>,
) -> Result<Html<String>, PageError> {
    let country = find_state(&code).ok_or_else(|| {
        PageError::NotFound(format!(
            "“{code}” is not a known country code. Countries are listed by their two-letter ISO 3166-1 code, such as CH or TN."
        ))
    })?;
    let memberships = state
        .store
        .memberships_of_state(country.iso2)
        .await?
        .into_iter()
        .map(|v| CountryMembership {
            body_id: v.membership.body_id.0,
            role: v.membership.fields.role.label(),
            holder: v.holder(),
            dates: date_range(v.membership.fields.start_date, v.membership.fields.end_date),
            body_acronym: v.body_acronym,
            body_name: v.body_name,
        })
        .collect();
    let page = CountryPage {
        country,
        group: country.regional_group.map_or("None", |g| g.label()),
        observer: country.un_status == UnStatus::Observer,
        memberships,
    };
    Ok(Html(page.render()?))
}
