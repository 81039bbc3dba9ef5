//! The iCalendar feeds of meetings: a body's, public, and one's own at a private address that
//! its owner can revoke.

use super::*;

/// `GET /bodies/{id}/meetings.ics`: the body's meetings as an iCalendar feed.
pub(crate) async fn feed(
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> Result<Response, PageError> {
    let raw = raw.strip_suffix(".ics").unwrap_or(&raw);
    let body = load_body(&state, raw).await?;
    let meetings = state.store.meetings(body.id).await?;
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
    let base = state.config.link(&format!("/bodies/{}", body.id));
    let link = move |m: &Meeting| format!("{base}#meeting-{}", m.id);
    let name = format!("{} — {}", body.fields.acronym, body.fields.name);
    let text = ical::meetings(
        &ical::Feed {
            name: &name,
            host: &host,
            link: &link,
            now: OffsetDateTime::now_utc(),
        },
        &meetings,
    );
    Ok((
        [
            (
                header::CONTENT_TYPE,
                "text/calendar; charset=utf-8".to_owned(),
            ),
            (
                header::CONTENT_DISPOSITION,
                format!("inline; filename=\"{}-meetings.ics\"", body.fields.acronym),
            ),
        ],
        text,
    )
        .into_response())
}

/// `GET /calendars/me/{token}.ics`: the meetings of the bodies the account's person sits in,
/// at a private address that its owner can revoke.
pub(crate) async fn personal_feed(
    State(state): State<AppState>,
    Path(file): Path<String>,
) -> Result<Response, PageError> {
    let token = file.strip_suffix(".ics").unwrap_or(&file);
    let Some((name, meetings)) = state
        .store
        .personal_meetings(&crate::auth::hash_token(token))
        .await?
    else {
        return Err(PageError::NotFound("error-not-found", None));
    };
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
    let config = state.config.clone();
    let link = move |m: &Meeting| config.link(&format!("/bodies/{}#meeting-{}", m.body_id, m.id));
    let title = format!("Concord — {name}");
    let text = ical::meetings(
        &ical::Feed {
            name: &title,
            host: &host,
            link: &link,
            now: OffsetDateTime::now_utc(),
        },
        &meetings,
    );
    Ok((
        [
            (header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
            (header::CACHE_CONTROL, "private, no-store"),
        ],
        text,
    )
        .into_response())
}
