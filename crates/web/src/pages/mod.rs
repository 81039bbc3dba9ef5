//! The server-rendered pages, one module per area. Every page extends `base.html`, works
//! without JavaScript, and answers an unknown id with a 404 page in the site's layout.

mod account;
mod admin;
mod amendments;
mod bodies;
mod calls;
mod consensus;
mod countries;
mod divergence;
mod documents;
mod events;
mod home;
mod import;
mod issues;
mod manage;
mod meetings;
mod opinion;
mod parties;
mod published;
mod readings;
mod record;
mod respond;
mod roster;
mod search;
mod signatures;
mod statistics;
pub(crate) use statistics::facts_of as statistics_facts;
mod texts;
mod themes;
mod topics;

pub(crate) use bodies::OnDay;
pub(crate) use consensus::short_time;

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
        .route(
            "/bodies/new",
            get(manage::new_body_form).post(manage::create_body),
        )
        .route("/bodies/{id}", get(bodies::show))
        .route("/calendars/bodies/{file}", get(meetings::feed))
        .route("/calendars/events.ics", get(events::feed))
        .route("/calendars/me/{file}", get(meetings::personal_feed))
        .route(
            "/account/calendar",
            axum::routing::post(account::make_calendar),
        )
        .route(
            "/account/calendar/revoke",
            axum::routing::post(account::revoke_calendar),
        )
        .route(
            "/bodies/{id}/edit",
            get(manage::edit_body_form).post(manage::edit_body),
        )
        .route(
            "/bodies/{id}/lifecycle",
            get(manage::lifecycle_form).post(manage::change_lifecycle),
        )
        .route(
            "/bodies/{id}/seats/new",
            get(manage::new_quota_form).post(manage::create_quota),
        )
        .route(
            "/bodies/{id}/memberships/new",
            get(manage::new_membership_form).post(manage::create_membership),
        )
        .route(
            "/bodies/{id}/seats/{quota}/edit",
            get(manage::edit_quota_form).post(manage::edit_quota),
        )
        .route(
            "/bodies/{id}/memberships/{membership}/edit",
            get(manage::edit_membership_form).post(manage::edit_membership),
        )
        .route(
            "/bodies/{id}/meetings/{meeting}/register",
            get(meetings::registration_form).post(meetings::register),
        )
        .route(
            "/bodies/{id}/meetings/{meeting}/registrations/{registration}",
            axum::routing::post(meetings::decide),
        )
        .route(
            "/bodies/{id}/meetings/{meeting}/summary",
            axum::routing::post(meetings::publish_summary),
        )
        .route(
            "/bodies/{id}/meetings/{meeting}/agenda/{item}/outcome",
            axum::routing::post(meetings::record_outcome),
        )
        .route(
            "/bodies/{id}/meetings/{meeting}/cap",
            axum::routing::post(meetings::set_cap),
        )
        .route(
            "/bodies/{id}/meetings/{meeting}/badges.csv",
            get(meetings::badges),
        )
        .route("/bodies/{id}/meetings/{meeting}", get(meetings::show))
        .route(
            "/bodies/{id}/meetings/{meeting}/agenda",
            axum::routing::post(meetings::add_item),
        )
        .route(
            "/bodies/{id}/meetings/{meeting}/agenda/adopt",
            axum::routing::post(meetings::adopt),
        )
        .route(
            "/bodies/{id}/documents/new",
            get(documents::new_form).post(documents::create),
        )
        .route("/bodies/{id}/documents/{doc}", get(documents::show))
        .route(
            "/bodies/{id}/documents/{doc}/files",
            axum::routing::post(documents::upload).layer(axum::extract::DefaultBodyLimit::max(
                crate::MAX_UPLOAD_BYTES,
            )),
        )
        .route(
            "/bodies/{id}/documents/{doc}/follow",
            axum::routing::post(documents::follow),
        )
        .route("/documents/files/{file}", get(documents::download))
        .route(
            "/bodies/{id}/calls/new",
            get(calls::new_form).post(calls::create),
        )
        .route("/calls/{id}", get(calls::show))
        .route("/calls/{id}/state", axum::routing::post(calls::move_state))
        .route(
            "/calls/{id}/questions/new",
            get(calls::question_form).post(calls::add_question),
        )
        .route(
            "/calls/{id}/extend",
            get(calls::extend_form).post(calls::extend),
        )
        .route(
            "/calls/{id}/respond",
            get(respond::form)
                .post(respond::submit)
                .layer(axum::extract::DefaultBodyLimit::max(
                    crate::MAX_UPLOAD_BYTES,
                )),
        )
        .route("/calls/{id}/receipts/{reference}", get(respond::receipt))
        .route("/ledger.jsonl", get(respond::ledger))
        .route(
            "/signatures/confirm",
            get(signatures::show).post(signatures::confirm),
        )
        .route(
            "/calls/{id}/import",
            get(import::form)
                .post(import::check)
                .layer(axum::extract::DefaultBodyLimit::max(
                    crate::MAX_UPLOAD_BYTES,
                )),
        )
        .route(
            "/calls/{id}/import/{import}/confirm",
            axum::routing::post(import::confirm),
        )
        .route(
            "/calls/{id}/record",
            get(record::form)
                .post(record::record)
                .layer(axum::extract::DefaultBodyLimit::max(
                    crate::MAX_UPLOAD_BYTES,
                )),
        )
        .route(
            "/calls/{id}/responses/{reference}/files/{file}",
            get(record::file),
        )
        .route("/calls/{id}/responses", get(published::list))
        .route("/calls/{id}/statistics", get(statistics::show))
        .route("/calls/{id}/issues", get(issues::list).post(issues::record))
        .route("/calls/{id}/issues/new", get(issues::new))
        .route("/calls/{id}/divergence", get(divergence::show))
        .route("/search", get(search::search))
        .route(
            "/calls/{id}/themes",
            get(themes::list).post(themes::request),
        )
        .route(
            "/calls/{id}/themes/{number}",
            get(themes::show).post(themes::change),
        )
        .route(
            "/calls/{id}/themes/{number}/coding",
            axum::routing::post(themes::correct),
        )
        .route("/calls/{id}/issues/{number}", get(issues::show))
        .route(
            "/calls/{id}/issues/{number}/merge",
            axum::routing::post(issues::merge),
        )
        .route(
            "/calls/{id}/issues/{number}/area",
            axum::routing::post(issues::set_area),
        )
        .route(
            "/calls/{id}/issues/{number}/topic",
            axum::routing::post(issues::propose_topic),
        )
        .route(
            "/calls/{id}/themes/{number}/topic",
            axum::routing::post(themes::propose_topic),
        )
        .route("/calls/{id}/responses/{reference}", get(published::show))
        .route(
            "/calls/{id}/responses/{reference}/correct",
            axum::routing::post(published::correct),
        )
        .route(
            "/calls/{id}/responses/{reference}/moderate",
            axum::routing::post(published::moderate),
        )
        .route("/calls/{id}/questions/{question}", get(published::question))
        .route(
            "/bodies/{id}/texts/new",
            get(texts::new_form).post(texts::create),
        )
        .route("/texts/{id}", get(texts::show))
        .route(
            "/texts/{id}/edit",
            get(texts::edit_form).post(texts::revise),
        )
        .route("/texts/{id}/versions", get(texts::versions))
        .route(
            "/texts/{id}/status",
            axum::routing::post(consensus::set_status),
        )
        .route(
            "/texts/{id}/positions",
            get(consensus::positions_page).post(consensus::take_position),
        )
        .route("/texts/{id}/readings", axum::routing::post(readings::open))
        .route(
            "/bodies/{id}/opinion/new",
            get(opinion::new_form).post(opinion::create),
        )
        .route("/opinion/{id}", get(opinion::show))
        .route(
            "/opinion/{id}/statements",
            axum::routing::post(opinion::add_statement),
        )
        .route("/opinion/{id}/votes", axum::routing::post(opinion::vote))
        .route(
            "/opinion/{id}/statements/{number}/moderate",
            axum::routing::post(opinion::moderate),
        )
        .route(
            "/opinion/{id}/import",
            axum::routing::post(opinion::import).layer(axum::extract::DefaultBodyLimit::max(
                2 * crate::MAX_UPLOAD_BYTES,
            )),
        )
        .route("/opinion/{id}/export/{file}", get(opinion::export))
        .route(
            "/texts/{id}/comments",
            get(readings::comments).post(readings::comment),
        )
        .route("/comments/{id}/hide", axum::routing::post(readings::hide))
        .route(
            "/texts/{id}/amendments",
            get(amendments::compilation).post(amendments::propose),
        )
        .route(
            "/amendments/{id}/handling",
            axum::routing::post(amendments::handle),
        )
        .route(
            "/texts/{id}/decision",
            axum::routing::post(consensus::decide),
        )
        .route(
            "/texts/{id}/silence",
            axum::routing::post(consensus::start_silence),
        )
        .route("/texts/{id}/compare", get(texts::compare_versions))
        .route("/texts/{id}/notation.txt", get(texts::download))
        .route(
            "/bodies/{id}/topics/new",
            get(topics::new_form).post(topics::create),
        )
        .route(
            "/bodies/{id}/topics/{topic}/decision",
            get(topics::decision_form).post(topics::decide),
        )
        .route(
            "/bodies/{id}/meetings/{meeting}/members/{member}",
            axum::routing::post(roster::update),
        )
        .route(
            "/bodies/{id}/meetings/new",
            get(meetings::new_form).post(meetings::create),
        )
        .route(
            "/bodies/{id}/meetings/{meeting}/edit",
            get(meetings::edit_form).post(meetings::edit),
        )
        .route(
            "/bodies/{id}/invite",
            get(manage::invite_form).post(manage::invite),
        )
        .route(
            "/account/invitation",
            get(account::invitation_form).post(account::accept_invitation),
        )
        .route(
            "/people/new",
            get(manage::new_person_form).post(manage::create_person),
        )
        .route(
            "/people/{id}/edit",
            get(manage::edit_person_form).post(manage::edit_person),
        )
        .route(
            "/organizations/new",
            get(manage::new_organization_form).post(manage::create_organization),
        )
        .route(
            "/organizations/{id}/edit",
            get(manage::edit_organization_form).post(manage::edit_organization),
        )
        .route("/people", get(parties::people))
        .route("/people/{id}", get(parties::person))
        .route("/organizations", get(parties::organizations))
        .route("/organizations/{id}", get(parties::organization))
        .route("/countries", get(countries::list))
        .route("/countries/{code}", get(countries::show))
        .route("/events", get(events::list))
        .route("/account", get(account::account))
        .route(
            "/account/sign-up",
            get(account::sign_up_form).post(account::sign_up),
        )
        .route(
            "/account/confirm",
            get(account::confirm_form).post(account::confirm),
        )
        .route(
            "/account/sign-in",
            get(account::sign_in_form).post(account::sign_in),
        )
        .route("/account/sign-out", axum::routing::post(account::sign_out))
        .route(
            "/account/sign-out-everywhere",
            axum::routing::post(account::sign_out_everywhere),
        )
        .route(
            "/account/reset",
            get(account::reset_form).post(account::reset),
        )
        .route(
            "/account/reset/choose",
            get(account::choose_password_form).post(account::choose_password),
        )
        .route("/account/email", axum::routing::post(account::change_email))
        .route(
            "/account/email/confirm",
            get(account::confirm_new_email_form).post(account::confirm_new_email),
        )
        .route("/admin", get(admin::index))
        .route("/admin/outbox", get(admin::outbox))
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

/// Loads the body named in the path, or the 404 page.
pub(crate) async fn load_body(
    state: &AppState,
    raw: &str,
) -> Result<concord_domain::body::Body, PageError> {
    use concord_store::BodyStore;
    let id = concord_domain::ids::BodyId(page_id(raw, "error-no-body")?);
    state
        .store
        .body(id)
        .await?
        .ok_or_else(|| missing("error-no-body", id))
}

/// A "303 See Other" to a path on this site: where a form goes once it is done.
pub(crate) fn see_other(to: &str) -> Response {
    use axum::response::IntoResponse;
    let mut response = axum::http::StatusCode::SEE_OTHER.into_response();
    if let Ok(value) = axum::http::HeaderValue::from_str(to) {
        response
            .headers_mut()
            .insert(axum::http::header::LOCATION, value);
    }
    response
}
