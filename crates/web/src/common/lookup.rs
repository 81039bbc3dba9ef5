//! Finding what a page's path names: ids from the path, the body, call, text or meeting they
//! name, and the 404 page when there is none (or when the visitor may not see it).

use concord_domain::access::Action;
use concord_domain::body::Body;
use concord_domain::call::{Call, CallState};
use concord_domain::drafting::text::NegotiatingText;
use concord_domain::ids::{CallId, MeetingId, TextId};
use concord_domain::meeting::Meeting;
use concord_store::{BodyStore, CallStore, MeetingStore, TextStore};

use crate::auth::Visitor;
use crate::error::PageError;
use crate::AppState;

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

/// Loads a call and its body; a draft is shown only to those who prepare it.
pub(crate) async fn load_call(
    state: &AppState,
    visitor: &Visitor,
    raw: &str,
) -> Result<(Call, Body), PageError> {
    let call = visible_call(state, visitor, raw).await?;
    let body = body_of(state, &call).await?;
    Ok((call, body))
}

/// Loads a call the visitor may see, without its body (which only pages need).
pub(crate) async fn visible_call(
    state: &AppState,
    visitor: &Visitor,
    raw: &str,
) -> Result<Call, PageError> {
    let id = page_id(raw, "error-no-call")?;
    let call = state
        .store
        .call(CallId(id))
        .await?
        .ok_or_else(|| missing("error-no-call", id))?;
    if call.state == CallState::Draft && !visitor.may(Action::EditBody(call.body_id)) {
        return Err(missing("error-no-call", id));
    }
    Ok(call)
}

/// The body a call belongs to.
pub(crate) async fn body_of(state: &AppState, call: &Call) -> Result<Body, PageError> {
    state
        .store
        .body(call.body_id)
        .await?
        .ok_or_else(|| missing("error-no-call", call.id))
}

pub(crate) async fn load_text(
    state: &AppState,
    raw: &str,
) -> Result<(NegotiatingText, Body), PageError> {
    let id = page_id(raw, "error-no-text")?;
    let text = state
        .store
        .negotiating_text(TextId(id))
        .await?
        .ok_or_else(|| missing("error-no-text", id))?;
    let body = state
        .store
        .body(text.body_id)
        .await?
        .ok_or_else(|| missing("error-no-text", id))?;
    Ok((text, body))
}

pub(crate) async fn load_meeting(
    state: &AppState,
    body: &Body,
    raw: &str,
) -> Result<Meeting, PageError> {
    let id = raw
        .parse::<i64>()
        .map_err(|_| PageError::NotFound("error-not-found", None))?;
    state
        .store
        .body_meeting(body.id, MeetingId(id))
        .await?
        .ok_or(PageError::NotFound("error-not-found", None))
}
