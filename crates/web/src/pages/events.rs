//! The calendar of related events: a list by year or a month grid, filtered by year, organiser
//! and place (all in the address, so a filtered view can be shared), and an iCalendar feed.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{Html, IntoResponse, Response};
use concord_domain::event::{CalendarEvent, DatePrecision};
use concord_export::ical;
use concord_store::CalendarStore;
use serde::Deserialize;
use time::{Date, Month, OffsetDateTime};

use crate::error::PageError;
use crate::i18n::Tr;
use crate::AppState;

/// The filters and the view, from the address.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct EventQuery {
    year: Option<String>,
    organiser: Option<String>,
    place: Option<String>,
    view: Option<String>,
    month: Option<String>,
}

impl EventQuery {
    fn keeps(&self, event: &CalendarEvent) -> bool {
        let f = &event.fields;
        let year_ok = self
            .year
            .as_deref()
            .filter(|y| !y.is_empty())
            .is_none_or(|y| {
                y.parse::<i32>()
                    .is_ok_and(|y| f.starts_on.year() == y || f.ends_on.year() == y)
            });
        let organiser_ok = self
            .organiser
            .as_deref()
            .filter(|o| !o.is_empty())
            .is_none_or(|o| f.organiser.as_deref() == Some(o));
        let place_ok = self
            .place
            .as_deref()
            .filter(|p| !p.is_empty())
            .is_none_or(|p| f.venue == p);
        year_ok && organiser_ok && place_ok
    }

    /// The filters as a query string (without the view), for links that keep them.
    fn filters(&self) -> String {
        let mut parts = Vec::new();
        for (name, value) in [
            ("year", &self.year),
            ("organiser", &self.organiser),
            ("place", &self.place),
        ] {
            if let Some(v) = value.as_deref().filter(|v| !v.is_empty()) {
                parts.push(format!("{name}={}", crate::i18n::percent_encode(v)));
            }
        }
        parts.join("&")
    }
}

struct EventRow {
    title: String,
    when: String,
    iso_start: String,
    venue: String,
    organiser: Option<String>,
    url: Option<String>,
}

struct Choice {
    value: String,
    selected: bool,
}

struct Week {
    days: Vec<Option<(u8, Vec<String>)>>,
}

#[derive(Template)]
#[template(path = "events.html")]
struct EventsPage {
    t: Tr,
    years: Vec<(i32, Vec<EventRow>)>,
    year_choices: Vec<Choice>,
    organiser_choices: Vec<Choice>,
    place_choices: Vec<Choice>,
    month_view: bool,
    list_link: String,
    month_link: String,
    month_title: String,
    weeks: Vec<Week>,
    weekdays: Vec<String>,
    previous_month: String,
    next_month: String,
    filtered: bool,
}

fn choices(mut values: Vec<String>, selected: Option<&str>) -> Vec<Choice> {
    values.sort();
    values.dedup();
    values
        .into_iter()
        .map(|value| Choice {
            selected: Some(value.as_str()) == selected,
            value,
        })
        .collect()
}

fn parse_month(text: Option<&str>) -> Option<Date> {
    let (year, month) = text?.split_once('-')?;
    let month = Month::try_from(month.parse::<u8>().ok()?).ok()?;
    Date::from_calendar_date(year.parse().ok()?, month, 1).ok()
}

fn shift_month(first: Date, forward: bool) -> Date {
    let (year, month) = match (first.month(), forward) {
        (Month::December, true) => (first.year() + 1, Month::January),
        (Month::January, false) => (first.year() - 1, Month::December),
        (m, true) => (first.year(), m.next()),
        (m, false) => (first.year(), m.previous()),
    };
    Date::from_calendar_date(year, month, 1).unwrap_or(first)
}

fn month_grid(first: Date, events: &[&CalendarEvent]) -> Vec<Week> {
    let mut weeks = Vec::new();
    let offset = first.weekday().number_days_from_monday();
    let mut week: Vec<Option<(u8, Vec<String>)>> = vec![None; usize::from(offset)];
    let mut day = first;
    while day.month() == first.month() {
        let titles = events
            .iter()
            .filter(|e| e.fields.starts_on <= day && day <= e.fields.ends_on)
            .map(|e| e.fields.title.clone())
            .collect();
        week.push(Some((day.day(), titles)));
        if week.len() == 7 {
            weeks.push(Week {
                days: std::mem::take(&mut week),
            });
        }
        match day.next_day() {
            Some(next) => day = next,
            None => break,
        }
    }
    if !week.is_empty() {
        week.resize(7, None);
        weeks.push(Week { days: week });
    }
    weeks
}

pub(crate) async fn list(
    t: Tr,
    State(state): State<AppState>,
    Query(query): Query<EventQuery>,
) -> Result<Html<String>, PageError> {
    let all = state.store.events().await?;
    let kept: Vec<&CalendarEvent> = all.iter().filter(|e| query.keeps(e)).collect();
    let mut years: Vec<(i32, Vec<EventRow>)> = Vec::new();
    for event in &kept {
        let f = &event.fields;
        let when = match f.precision {
            DatePrecision::Month => t.month_year(f.starts_on),
            DatePrecision::Day => t.date_range(Some(f.starts_on), Some(f.ends_on)),
        };
        let row = EventRow {
            title: f.title.clone(),
            when,
            iso_start: concord_domain::dates::format_date(f.starts_on),
            venue: f.venue.clone(),
            organiser: f.organiser.clone(),
            url: f.url.clone(),
        };
        let year = f.starts_on.year();
        match years.last_mut() {
            Some((y, rows)) if *y == year => rows.push(row),
            _ => years.push((year, vec![row])),
        }
    }
    let month_view = query.view.as_deref() == Some("month");
    let first = parse_month(query.month.as_deref())
        .or_else(|| {
            kept.first().map(|e| {
                e.fields
                    .starts_on
                    .replace_day(1)
                    .unwrap_or(e.fields.starts_on)
            })
        })
        .unwrap_or_else(|| {
            OffsetDateTime::now_utc()
                .date()
                .replace_day(1)
                .unwrap_or(OffsetDateTime::now_utc().date())
        });
    let filters = query.filters();
    let link = |view: &str, month: Option<Date>| {
        let mut parts = vec![format!("view={view}")];
        if let Some(m) = month {
            parts.push(format!("month={:04}-{:02}", m.year(), u8::from(m.month())));
        }
        if !filters.is_empty() {
            parts.push(filters.clone());
        }
        format!("/events?{}", parts.join("&"))
    };
    let page = EventsPage {
        year_choices: choices(
            all.iter()
                .flat_map(|e| [e.fields.starts_on.year(), e.fields.ends_on.year()])
                .map(|y| y.to_string())
                .collect(),
            query.year.as_deref(),
        ),
        organiser_choices: choices(
            all.iter()
                .filter_map(|e| e.fields.organiser.clone())
                .collect(),
            query.organiser.as_deref(),
        ),
        place_choices: choices(
            all.iter().map(|e| e.fields.venue.clone()).collect(),
            query.place.as_deref(),
        ),
        month_view,
        list_link: link("list", None),
        month_link: link("month", None),
        month_title: t.month_year(first),
        weeks: month_grid(first, &kept),
        weekdays: (1..=7).map(|d| t.get(&format!("weekday-{d}"))).collect(),
        previous_month: link("month", Some(shift_month(first, false))),
        next_month: link("month", Some(shift_month(first, true))),
        filtered: !filters.is_empty(),
        years,
        t,
    };
    Ok(Html(page.render()?))
}

/// `GET /calendars/events.ics`: the whole events calendar as an iCalendar feed.
pub(crate) async fn feed(State(state): State<AppState>) -> Result<Response, PageError> {
    let events = state.store.events().await?;
    let host = state
        .config
        .public_url
        .split("://")
        .nth(1)
        .unwrap_or("concord")
        .split('/')
        .next()
        .unwrap_or("concord")
        .to_owned();
    let items: Vec<ical::Event> = events
        .iter()
        .map(|e| ical::Event {
            uid: format!("event-{}", e.id),
            sequence: 0,
            when: ical::When::Days(e.fields.starts_on, e.fields.ends_on),
            summary: e.fields.title.clone(),
            location: Some(e.fields.venue.clone()),
            description: e.fields.organiser.clone(),
            url: e.fields.url.clone(),
            status: "CONFIRMED",
        })
        .collect();
    let text = ical::calendar(
        "Concord — related events",
        &host,
        OffsetDateTime::now_utc(),
        &items,
    );
    Ok((
        [(header::CONTENT_TYPE, "text/calendar; charset=utf-8")],
        text,
    )
        .into_response())
}
