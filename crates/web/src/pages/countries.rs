//! Countries: the list by regional group, and a country's page with its memberships.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Html;
use concord_domain::reference::{
    state as find_state, states, RegionalGroup, State as Country, UnStatus,
};
use concord_store::CompositionStore;

use crate::common::holder;
use crate::error::PageError;
use crate::i18n::Tr;
use crate::AppState;

struct GroupSection {
    code: &'static str,
    label: String,
    states: Vec<(&'static str, String)>,
}

#[derive(Template)]
#[template(path = "countries.html")]
struct CountriesPage {
    t: Tr,
    groups: Vec<GroupSection>,
}

pub(crate) async fn list(t: Tr) -> Result<Html<String>, PageError> {
    let section = |code: &'static str, label: String, group: Option<RegionalGroup>| {
        let mut states: Vec<_> = states()
            .iter()
            .filter(|s| s.regional_group == group)
            .map(|s| (s.iso2, t.state(s)))
            .collect();
        states.sort_by(|a, b| a.1.cmp(&b.1));
        GroupSection {
            code,
            label,
            states,
        }
    };
    let mut groups: Vec<GroupSection> = RegionalGroup::ALL
        .iter()
        .map(|g| section(g.code(), t.code("regional-group", g.code()), Some(*g)))
        .collect();
    groups.push(section("none", t.get("countries-no-group"), None));
    Ok(Html(CountriesPage { t, groups }.render()?))
}

struct CountryMembership {
    body_id: i64,
    body_acronym: String,
    body_name: String,
    role: String,
    holder: String,
    dates: String,
}

#[derive(Template)]
#[template(path = "country.html")]
struct CountryPage {
    t: Tr,
    country: &'static Country,
    name: String,
    group: String,
    observer: bool,
    memberships: Vec<CountryMembership>,
}

pub(crate) async fn show(
    t: Tr,
    State(state): State<AppState>,
    Path(code): Path<String>,
) -> Result<Html<String>, PageError> {
    let country = find_state(&code).ok_or_else(|| {
        PageError::NotFound("error-unknown-country", Some(("code", code.clone())))
    })?;
    let memberships = state
        .store
        .memberships_of_state(country.iso2)
        .await?
        .into_iter()
        .map(|v| CountryMembership {
            body_id: v.membership.body_id.0,
            role: t.code("role", v.membership.fields.role.code()),
            holder: holder(&t, &v),
            dates: t.date_range(v.membership.fields.start_date, v.membership.fields.end_date),
            body_acronym: v.body_acronym,
            body_name: v.body_name,
        })
        .collect();
    let page = CountryPage {
        name: t.state(country),
        group: country.regional_group.map_or_else(
            || t.get("country-group-none"),
            |g| t.code("regional-group", g.code()),
        ),
        observer: country.un_status == UnStatus::Observer,
        country,
        memberships,
        t,
    };
    Ok(Html(page.render()?))
}
