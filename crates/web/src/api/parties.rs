//! `/api/v1/people` and `/api/v1/organizations`.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use concord_domain::ids::{OrganizationId, PersonId};
use concord_domain::party::{OrganizationForm, PersonForm};
use concord_store::{CompositionStore, PartyStore};
use serde_json::{json, Value};

use super::{api_id, Admin, JsonBody};
use crate::error::ApiError;
use crate::AppState;

pub(crate) async fn people(State(state): State<AppState>) -> Result<Json<Value>, ApiError> {
    Ok(Json(json!({ "people": state.store.people().await? })))
}

pub(crate) async fn person(
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let id = PersonId(api_id(&raw, "person")?);
    let person = state
        .store
        .person(id)
        .await?
        .ok_or(ApiError::NotFound("person"))?;
    let memberships = state.store.memberships_of_person(id).await?;
    Ok(Json(
        json!({ "person": person, "memberships": memberships }),
    ))
}

pub(crate) async fn create_person(
    admin: Admin,
    State(state): State<AppState>,
    JsonBody(form): JsonBody<PersonForm>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let person = state
        .store
        .create_person(&admin.actor(), &form.parse()?)
        .await?;
    Ok((StatusCode::CREATED, Json(json!(person))))
}

pub(crate) async fn organizations(State(state): State<AppState>) -> Result<Json<Value>, ApiError> {
    Ok(Json(
        json!({ "organizations": state.store.organizations().await? }),
    ))
}

pub(crate) async fn organization(
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let id = OrganizationId(api_id(&raw, "organization")?);
    let organization = state
        .store
        .organization(id)
        .await?
        .ok_or(ApiError::NotFound("organization"))?;
    let memberships = state.store.memberships_of_organization(id).await?;
    Ok(Json(
        json!({ "organization": organization, "memberships": memberships }),
    ))
}

pub(crate) async fn create_organization(
    admin: Admin,
    State(state): State<AppState>,
    JsonBody(form): JsonBody<OrganizationForm>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let organization = state
        .store
        .create_organization(&admin.actor(), &form.parse()?)
        .await?;
    Ok((StatusCode::CREATED, Json(json!(organization))))
}
