//! The home page: what Concord holds, at a glance.

use askama::Template;
use axum::extract::State;
use axum::response::Html;
use concord_domain::body::Body;
use concord_store::{BodyStore, CalendarStore};

use crate::error::PageError;
use crate::i18n::Tr;
use crate::AppState;

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    t: Tr,
    bodies: Vec<Body>,
    event_count: i64,
}

pub(crate) async fn home(t: Tr, State(state): State<AppState>) -> Result<Html<String>, PageError> {
    let bodies = state.store.bodies().await?;
    let event_count = i64::try_from(state.store.events().await?.len()).unwrap_or(i64::MAX);
    Ok(Html(
        HomePage {
            t,
            bodies,
            event_count,
        }
        .render()?,
    ))
}
