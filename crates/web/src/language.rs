//! What each request speaks: the translator a handler receives, in the visitor's language with
//! their account bar, and the language switcher's route, which remembers the choice.

use axum::extract::{FromRequestParts, Path, Query};
use axum::http::request::Parts;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use crate::i18n::{negotiate, AccountBar, Locale, Tr, LANG_COOKIE};

impl FromRequestParts<crate::AppState> for Tr {
    type Rejection = crate::error::PageError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &crate::AppState,
    ) -> Result<Self, Self::Rejection> {
        let visitor = crate::auth::Visitor::from_request_parts(parts, state).await?;
        let account = visitor.actor.as_ref().map(|actor| AccountBar {
            name: actor.display_name.clone(),
            csrf: visitor.csrf.clone(),
            admin: visitor.may(concord_domain::access::Action::Administer)
                || actor.is_secretariat_somewhere(),
        });
        Ok(Tr::new(negotiate(&parts.headers), visitor.path.clone()).with_account(account))
    }
}

/// Where the switcher sends the visitor back to.
#[derive(Deserialize)]
pub(crate) struct Next {
    next: Option<String>,
}

/// `GET /language/{code}?next=/path`: remembers the language and goes back to the page.
/// A signed-in user's choice is also kept with their account, for the mail Concord sends them.
pub(crate) async fn switch(
    visitor: crate::auth::Visitor,
    axum::extract::State(state): axum::extract::State<crate::AppState>,
    Path(code): Path<String>,
    Query(next): Query<Next>,
) -> Response {
    use concord_store::AccountStore;
    let Some(locale) = Locale::from_tag(&code) else {
        return (StatusCode::NOT_FOUND, "unknown language").into_response();
    };
    if let Some(user) = &visitor.user {
        if let Err(error) = state.store.set_language(user.id, locale.code()).await {
            // The cookie still carries the choice; only the mail language waits for next time.
            tracing::warn!(%error, "could not keep the user's language");
        }
    }
    // Only a path on this site: never an address elsewhere ("//host", "/\t/host", "https://…").
    let target = crate::redirect::local_path(next.next.as_deref());
    let cookie = format!(
        "{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly",
        locale.code()
    );
    let mut response = StatusCode::SEE_OTHER.into_response();
    if let (Ok(location), Ok(cookie)) = (
        HeaderValue::from_str(&target),
        HeaderValue::from_str(&cookie),
    ) {
        response.headers_mut().insert(header::LOCATION, location);
        response.headers_mut().insert(header::SET_COOKIE, cookie);
    }
    response
}
