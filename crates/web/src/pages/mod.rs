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

use crate::error::{ApiError, PageError};
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
    PageError::NotFound("error-not-found", None).into_response()
}

/// Parses a numeric id from the path; anything else is a page that does not exist, and
/// `message` (a key taking `$id`) says so.
pub(crate) fn page_id(raw: &str, message: &'static str) -> Result<i64, PageError> {
    raw.parse::<i64>().map_err(|_| missing(message, raw))
}

/// A 404 page saying that nothing has the id `id`.
pub(crate) fn missing(message: &'static str, id: impl std::fmt::Display) -> PageError {
    PageError::NotFound(message, Some(("id", id.to_string())))
}

/// Who holds a membership, in the visitor's language: "Brazil (Benedicto Fonseca Filho)".
pub(crate) fn holder(
    t: &crate::i18n::Tr,
    view: &concord_domain::composition::MembershipView,
) -> String {
    let m = &view.membership.fields;
    let seat = match &m.state {
        Some(code) => Some(t.state_code(code)),
        None => view.organization_name.clone(),
    };
    match (seat, &view.person_name) {
        (Some(seat), Some(person)) => format!("{seat} ({person})"),
        (Some(seat), None) => seat,
        (None, Some(person)) => person.clone(),
        (None, None) => String::new(),
    }
}
