//! The calendar of related events, as a list in date order, grouped by year.

use askama::Template;
use axum::extract::State;
use axum::response::Html;
use concord_domain::event::DatePrecision;
use concord_store::CalendarStore;

use crate::error::PageError;
use crate::i18n::Tr;
use crate::AppState;

struct EventRow {
    title: String,
    when: String,
    iso_start: String,
    venue: String,
    organiser: Option<String>,
    url: Option<String>,
}

#[derive(Template)]
#[template(path = "events.html")]
struct EventsPage {
    t: Tr,
    years: Vec<(i32, Vec<EventRow>)>,
}

pub(super) async fn list(t: Tr, State(state): State<AppState>) -> Result<Html<String>, PageError> {
    let mut years: Vec<(i32, Vec<EventRow>)> = Vec::new();
    for event in state.store.events().await? {
        let f = event.fields;
        let when = match f.precision {
            DatePrecision::Month => t.month_year(f.starts_on),
            DatePrecision::Day => t.date_range(Some(f.starts_on), Some(f.ends_on)),
        };
        let row = EventRow {
            title: f.title,
            when,
            iso_start: concord_domain::dates::format_date(f.starts_on),
            venue: f.venue,
            organiser: f.organiser,
            url: f.url,
        };
        let year = f.starts_on.year();
        match years.last_mut() {
            Some((y, rows)) if *y == year => rows.push(row),
            _ => years.push((year, vec![row])),
        }
    }
    Ok(Html(EventsPage { t, years }.render()?))
}
