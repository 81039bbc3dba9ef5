//! The home page: what Concord holds, at a glance.

use askama::Template;
use axum::extract::State;
use axum::response::Html;
use concord_domain::body::Body;
use concord_store::{BodyStore, CalendarStore};

use crate::error::PageError;
use crate::AppState;

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    bodies: Vec<Body>,
    event_count: usize,
}

pub(super) async fn home(State(state): State<AppState>) -> Result<Html<String>, PageError> {
    let bodies = state.store.bodies().await?;
    let event_count = state.store.events().await?.len();
    Ok(Html(
        HomePage {
            bodies,
            event_count,
        }
        .render()?,
    ))
}
