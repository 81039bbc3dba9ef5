//! The server-rendered pages, one module per area. Every page extends `base.html`, works
//! without JavaScript, and answers an unknown id with a 404 page in the site's layout.

mod bodies;
mod countries;
mod events;
mod home;
mod parties;

pub(crate) use bodies::OnDay;

use axum::response::Response;
use axum::routing::get;
use axum::Router;

use crate::error::{render_error, ApiError, PageError};
use crate::AppState;

/// The page routes.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(home::home))
        .route("/bodies", get(bodies::list))
        .route("/bodies/{id}", get(bodies::show))
        .route("/people", get(parties::people))
        .route("/people/{id}", get(parties::person))
        .route("/organizations", get(parties::organizations))
        .route("/organizations/{id}", get(parties::organization))
        .route("/countries", get(countries::list))
        .route("/countries/{code}", get(countries::show))
        .route("/events", get(events::list))
}

/// The fallback: a 404 page, or a JSON 404 under `/api/`.
pub async fn not_found(uri: axum::http::Uri) -> Response {
    use axum::response::IntoResponse;
    if uri.path().starts_with("/api/") {
        return ApiError::NotFound("API route").into_response();
    }
    render_error(
        axum::http::StatusCode::NOT_FOUND,
        "Page not found",
        "There is no page at this address. It may have moved; the links above lead to everything Concord publishes.",
    )
}

/// Parses a numeric id from the path; anything else is a page that does not exist.
pub(crate) fn page_id(raw: &str, what: &str) -> Result<i64, PageError> {
    raw.parse::<i64>()
        .map_err(|_| PageError::NotFound(format!("There is no {what} with the id “{raw}”.")))
}
