//! The JSON API under `/api/v1`: the same data as the pages, and writes for the secretariat
//! (authorised by the administrator's bearer token until accounts and roles arrive).
//! Errors are `{"error": {"code", "message", "field", "errors"}}` with a stable `code`.

pub(crate) mod bodies;
pub(crate) mod parties;
pub(crate) mod reference;

use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::header;
use axum::http::request::Parts;
use axum::Json;
use serde::de::DeserializeOwned;
use serde_json::{json, Value};

use crate::error::ApiError;
use crate::AppState;

pub(crate) async fn index() -> Json<Value> {
    Json(json!({
        "name": "Concord API",
        "version": "v1",
        "resources": [
            "/api/v1/bodies", "/api/v1/bodies/{id}", "/api/v1/bodies/{id}/quotas",
            "/api/v1/bodies/{id}/memberships", "/api/v1/bodies/{id}/lifecycle", "/api/v1/bodies/{id}/meetings", "/api/v1/bodies/{id}/documents",
            "/api/v1/people", "/api/v1/people/{id}", "/api/v1/organizations", "/api/v1/organizations/{id}",
            "/api/v1/countries", "/api/v1/countries/{code}", "/api/v1/regional-groups",
            "/api/v1/stakeholder-groups", "/api/v1/action-lines", "/api/v1/events"
        ],
        "writes": "POST with “Authorization: Bearer <administrator token>” and a JSON body"
    }))
}

/// Proof that the request carries the administrator's token.
pub(crate) struct Admin;

impl Admin {
    /// How the audit log names changes made with the token.
    pub(crate) fn actor(&self) -> concord_store::AuditActor {
        concord_store::AuditActor::system("administrator token (API)")
    }
}

impl FromRequestParts<AppState> for Admin {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let Some(expected) = state.config.admin_token.as_deref() else {
            return Err(ApiError::WritesDisabled);
        };
        let given = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::trim);
        match given {
            Some(token) if constant_time_eq(token.as_bytes(), expected.as_bytes()) => Ok(Admin),
            _ => Err(ApiError::Unauthorized),
        }
    }
}

/// Compares without stopping at the first difference, so timing reveals nothing of the token.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// A JSON body whose faults come back in the API's error format.
pub(crate) struct JsonBody<T>(pub T);

impl<T: DeserializeOwned> FromRequest<AppState> for JsonBody<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        match Json::<T>::from_request(req, state).await {
            Ok(Json(value)) => Ok(JsonBody(value)),
            Err(rejection) if rejection.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE => {
                Err(ApiError::TooLarge)
            }
            Err(rejection) => Err(ApiError::BadRequest(format!(
                "The request body is not acceptable JSON: {}",
                rejection.body_text()
            ))),
        }
    }
}

/// Parses a numeric id from the path; anything else names nothing.
pub(crate) fn api_id(raw: &str, what: &'static str) -> Result<i64, ApiError> {
    raw.parse::<i64>().map_err(|_| ApiError::NotFound(what))
}

#[cfg(test)]
mod tests {
    #[test]
    fn tokens_compare_whole() {
        assert!(super::constant_time_eq(b"secret", b"secret"));
        assert!(!super::constant_time_eq(b"secret", b"secreT"));
        assert!(!super::constant_time_eq(b"secret", b"secret2"));
    }
}
