//! Reference data and the events calendar: countries, regional groups, stakeholder groups,
//! WSIS action lines, events.

use axum::extract::{Path, State};
use axum::Json;
use concord_domain::action_line::ACTION_LINES;
use concord_domain::reference::{state as find_state, states, states_in, RegionalGroup};
use concord_domain::stakeholder::{sub_categories_of, EcosocStatus, StakeholderGroup};
use concord_store::{CalendarStore, CompositionStore};
use serde_json::{json, Value};

use crate::error::ApiError;
use crate::AppState;

pub(crate) async fn countries() -> Json<Value> {
    Json(json!({ "countries": states() }))
}

pub(crate) async fn country(
    State(state): State<AppState>,
    Path(code): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let country = find_state(&code).ok_or(ApiError::NotFound("country"))?;
    let memberships = state.store.memberships_of_state(country.iso2).await?;
    Ok(Json(
        json!({ "country": country, "memberships": memberships }),
    ))
}

pub(crate) async fn regional_groups() -> Json<Value> {
    let groups: Vec<Value> = RegionalGroup::ALL
        .iter()
        .map(|g| json!({ "code": g, "name": g.label(), "states": states_in(*g).map(|s| s.iso2).collect::<Vec<_>>() }))
        .collect();
    Json(json!({ "regional_groups": groups }))
}

pub(crate) async fn stakeholder_groups() -> Json<Value> {
    let groups: Vec<Value> = StakeholderGroup::ALL
        .iter()
        .map(|g| json!({ "code": g, "name": g.label(), "sub_categories": sub_categories_of(*g).collect::<Vec<_>>() }))
        .collect();
    let ecosoc: Vec<Value> = EcosocStatus::ALL
        .iter()
        .map(|s| json!({ "code": s, "name": s.label() }))
        .collect();
    Json(json!({ "stakeholder_groups": groups, "ecosoc_statuses": ecosoc }))
}

pub(crate) async fn action_lines() -> Json<Value> {
    Json(json!({ "action_lines": ACTION_LINES }))
}

pub(crate) async fn events(State(state): State<AppState>) -> Result<Json<Value>, ApiError> {
    Ok(Json(json!({ "events": state.store.events().await? })))
}
