//! `/api/v1/bodies`: bodies, their quotas, memberships, balance and lifecycle.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::Json;
use concord_domain::body::{Body, BodyForm, Lifecycle};
use concord_domain::composition::{
    balance, composition_matrix, is_current, reference_date, MembershipForm, QuotaForm,
};
use concord_domain::dates::parse_optional_date;
use concord_domain::ids::BodyId;
use concord_domain::{FieldError, Invalid};
use concord_store::{BodyStore, CompositionStore};
use serde::Deserialize;
use serde_json::{json, Value};
use time::OffsetDateTime;

use super::{api_id, Admin, JsonBody};
use crate::error::ApiError;
use crate::AppState;

async fn load(state: &AppState, raw: &str) -> Result<Body, ApiError> {
    let id = BodyId(api_id(raw, "body")?);
    state
        .store
        .body(id)
        .await?
        .ok_or(ApiError::NotFound("body"))
}

pub(crate) async fn list(State(state): State<AppState>) -> Result<Json<Value>, ApiError> {
    let bodies = state.store.bodies().await?;
    Ok(Json(json!({ "bodies": bodies })))
}

pub(crate) async fn show(
    State(state): State<AppState>,
    Path(raw): Path<String>,
    Query(on): Query<crate::common::time::OnDay>,
) -> Result<Json<Value>, ApiError> {
    let asked = on.day().map_err(|e| Invalid { errors: vec![e] })?;
    let body = load(&state, &raw).await?;
    let store = &state.store;
    let quotas = store.quotas(body.id).await?;
    let views = store.memberships(body.id).await?;
    let memberships: Vec<_> = views.iter().map(|v| v.membership.clone()).collect();
    let day =
        asked.unwrap_or_else(|| reference_date(&body.fields, OffsetDateTime::now_utc().date()));
    let balance = balance(&body.fields, &quotas, &memberships, day);
    let matrix = composition_matrix(
        views
            .iter()
            .filter(|v| {
                let m = &v.membership.fields;
                m.role.fills_seat() && m.quota_id.is_some() && is_current(m, &body.fields, day)
            })
            .map(|v| (v.regional_group, v.stakeholder_group)),
    );
    let children: Vec<_> = store
        .children(body.id)
        .await?
        .into_iter()
        .map(|b| b.id)
        .collect();
    let history = store.lifecycle_history(body.id).await?;
    Ok(Json(json!({
        "body": body,
        "children": children,
        "composition": {
            "reference_date": concord_domain::dates::format_date(day),
            "balance": balance,
            "matrix": matrix,
        },
        "memberships": views,
        "lifecycle_history": history,
    })))
}

/// A new body: its fields, and optionally the state it is already in (for bodies recorded after
/// the fact).
#[derive(Deserialize)]
pub(crate) struct NewBody {
    #[serde(flatten)]
    form: BodyForm,
    lifecycle: Option<String>,
}

pub(crate) async fn create(
    admin: Admin,
    State(state): State<AppState>,
    JsonBody(input): JsonBody<NewBody>,
) -> Result<(StatusCode, Json<Body>), ApiError> {
    let fields = input.form.parse()?;
    let lifecycle = match input.lifecycle.as_deref() {
        None => Lifecycle::Mandated,
        Some(code) => Lifecycle::parse(code).ok_or_else(|| unknown_state(code))?,
    };
    let body = state
        .store
        .create_body(&admin.actor(), &fields, lifecycle)
        .await?;
    Ok((StatusCode::CREATED, Json(body)))
}

fn unknown_state(code: &str) -> Invalid {
    Invalid {
        errors: vec![FieldError::new(
            "lifecycle",
            "unknown_value",
            format!("“{code}” is not one of: {}", Lifecycle::expected()),
        )],
    }
}

pub(crate) async fn quotas(
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let body = load(&state, &raw).await?;
    Ok(Json(
        json!({ "quotas": state.store.quotas(body.id).await? }),
    ))
}

pub(crate) async fn add_quota(
    admin: Admin,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    JsonBody(form): JsonBody<QuotaForm>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let body = load(&state, &raw).await?;
    let quota = state
        .store
        .add_quota(&admin.actor(), body.id, &form.parse()?)
        .await?;
    Ok((StatusCode::CREATED, Json(json!(quota))))
}

pub(crate) async fn memberships(
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let body = load(&state, &raw).await?;
    Ok(Json(
        json!({ "memberships": state.store.memberships(body.id).await? }),
    ))
}

pub(crate) async fn add_membership(
    admin: Admin,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    JsonBody(form): JsonBody<MembershipForm>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let body = load(&state, &raw).await?;
    let membership = state
        .store
        .add_membership(&admin.actor(), body.id, &form.parse()?)
        .await?;
    Ok((StatusCode::CREATED, Json(json!(membership))))
}

pub(crate) async fn history(
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let body = load(&state, &raw).await?;
    Ok(Json(
        json!({ "lifecycle": body.lifecycle, "history": state.store.lifecycle_history(body.id).await? }),
    ))
}

/// A lifecycle move: the new state, the day it happened, and why.
#[derive(Deserialize)]
pub(crate) struct Move {
    to: Option<String>,
    on: Option<String>,
    note: Option<String>,
}

pub(crate) async fn change_lifecycle(
    admin: Admin,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    JsonBody(input): JsonBody<Move>,
) -> Result<Json<Body>, ApiError> {
    let body = load(&state, &raw).await?;
    let to = match input.to.as_deref().map(str::trim) {
        None | Some("") => {
            return Err(Invalid::one("to", "required", "This field is required").into())
        }
        Some(code) => Lifecycle::parse(code).ok_or_else(|| {
            Invalid::one(
                "to",
                "unknown_value",
                format!("“{code}” is not one of: {}", Lifecycle::expected()),
            )
        })?,
    };
    let on =
        parse_optional_date("on", input.on.as_deref()).map_err(|e| Invalid { errors: vec![e] })?;
    let note = concord_domain::text::optional("note", input.note.as_deref(), 2_000)
        .map_err(|e| Invalid { errors: vec![e] })?;
    let body = state
        .store
        .change_lifecycle(&admin.actor(), body.id, to, on, note.as_deref())
        .await?;
    Ok(Json(body))
}

pub(crate) async fn meetings(
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> Result<Json<Value>, ApiError> {
    use concord_store::MeetingStore;
    let body = load(&state, &raw).await?;
    Ok(Json(
        json!({ "meetings": state.store.meetings(body.id).await? }),
    ))
}

pub(crate) async fn documents(
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> Result<Json<Value>, ApiError> {
    use concord_store::DocumentStore;
    let body = load(&state, &raw).await?;
    let documents: Vec<Value> = state
        .store
        .documents(body.id)
        .await?
        .into_iter()
        .map(|d| json!({ "base_symbol": d.base_symbol(), "document": d }))
        .collect();
    Ok(Json(json!({ "documents": documents })))
}
