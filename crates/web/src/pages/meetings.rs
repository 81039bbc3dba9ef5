//! A body's meetings: the iCalendar feed anyone can subscribe to, and the secretariat's forms
//! to schedule a meeting and to change it (each change raising the feed's SEQUENCE).

use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use concord_domain::access::Action;
use concord_domain::body::Body;
use concord_domain::dates::format_date;
use concord_domain::ids::MeetingId;
use concord_domain::meeting::{Meeting, MeetingForm, MeetingState, Modality};
use concord_domain::Invalid;
use concord_export::ical;
use concord_store::MeetingStore;
use time::OffsetDateTime;

use crate::auth::Visitor;
use crate::common::{load_body, load_meeting, see_other};
use crate::error::PageError;
use crate::forms::{answer, Refusal};
use crate::forms::{
    dated_move, input, render, select, with_hint, CsrfForm, Field, FormErrors, FormSpec, Posted,
    Values,
};
use crate::i18n::Tr;
use crate::AppState;

pub(crate) mod roster;

mod feeds;
pub(crate) use feeds::{feed, personal_feed};
mod observers;
pub(crate) use observers::{badges, decide, register, registration_form, set_cap};

fn meeting_fields(t: &Tr, values: &Values, editing: bool) -> Vec<Field> {
    let states = MeetingState::ALL
        .iter()
        .map(|s| (s.code().to_owned(), t.code("meeting-state", s.code())))
        .collect();
    let modalities = Modality::ALL
        .iter()
        .map(|m| (m.code().to_owned(), t.code("modality", m.code())))
        .collect();
    let mut fields = vec![
        with_hint(
            input(t, "number", "field-meeting-number", "number", values),
            t.get("field-meeting-number-hint"),
        ),
        input(t, "title", "field-title", "text", values),
        input(t, "starts_on", "field-starts-on", "date", values),
        input(t, "ends_on", "field-ends-on", "date", values),
        input(t, "starts_at", "field-starts-at", "time", values),
        input(t, "ends_at", "field-ends-at", "time", values),
        with_hint(
            input(t, "time_zone", "field-time-zone", "text", values),
            t.get("field-time-zone-hint"),
        ),
        input(t, "venue", "col-venue", "text", values),
        input(t, "room", "field-room", "text", values),
        select(t, "modality", "field-modality", modalities, values),
        Field::textarea(t, "remote_details", "field-remote-details", values),
        input(t, "webcast_url", "field-webcast", "url", values),
        input(t, "transcript_url", "field-transcript", "url", values),
        select(t, "state", "col-state", states, values),
        with_hint(
            input(t, "lang", "field-lang", "text", values),
            t.get("field-lang-hint"),
        ),
    ];
    if editing {
        fields.push(with_hint(
            Field::textarea(t, "reason", "field-reason", values),
            t.get("field-reason-hint"),
        ));
    }
    fields
}

fn form_from(values: &Values) -> MeetingForm {
    let get = |k: &str| values.get(k).cloned();
    MeetingForm {
        number: get("number"),
        title: get("title"),
        starts_on: get("starts_on"),
        ends_on: get("ends_on"),
        starts_at: get("starts_at"),
        ends_at: get("ends_at"),
        time_zone: get("time_zone"),
        venue: get("venue"),
        room: get("room"),
        modality: get("modality"),
        remote_details: get("remote_details"),
        webcast_url: get("webcast_url"),
        transcript_url: get("transcript_url"),
        state: get("state"),
        lang: get("lang"),
        illustrative: None,
    }
}

fn spec<'a>(t: &'a Tr, body: &Body, meeting: Option<MeetingId>) -> FormSpec<'a> {
    match meeting {
        None => FormSpec {
            title: t.arg("admin-new-meeting", "name", &body.fields.acronym),
            action: format!("/bodies/{}/meetings/new", body.id),
            submit: t.get("form-create"),
            back: Some((format!("/bodies/{}", body.id), body.fields.acronym.clone())),
            t,
        },
        Some(id) => FormSpec {
            title: t.arg("admin-edit-meeting", "name", &body.fields.acronym),
            action: format!("/bodies/{}/meetings/{id}/edit", body.id),
            submit: t.get("form-save"),
            back: Some((format!("/bodies/{}", body.id), body.fields.acronym.clone())),
            t,
        },
    }
}

pub(crate) async fn new_form(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> Result<Response, PageError> {
    let body = load_body(&state, &raw).await?;
    visitor.require(Action::EditBody(body.id))?;
    let values: Values = [
        ("time_zone", "Europe/Zurich"),
        ("lang", "en"),
        ("modality", "in_person"),
        ("state", "planned"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .collect();
    render(
        spec(&t, &body, None),
        &visitor,
        meeting_fields(&t, &values, false),
        FormErrors::default(),
        StatusCode::OK,
    )
}

pub(crate) async fn create(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    CsrfForm(post): CsrfForm<Posted>,
) -> Result<Response, PageError> {
    let body = load_body(&state, &raw).await?;
    visitor.require(Action::EditBody(body.id))?;
    let outcome = match form_from(&post.values).parse() {
        Ok(fields) => state
            .store
            .add_meeting(&visitor.audit_actor(), body.id, &fields)
            .await
            .map_err(Refusal::from),
        Err(invalid) => Err(invalid.into()),
    };
    let body_id = body.id;
    answer(
        &t,
        outcome,
        move |_| format!("/bodies/{}#meetings-heading", body_id),
        async |errors| {
            render(
                spec(&t, &body, None),
                &visitor,
                meeting_fields(&t, &post.values, false),
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        },
    )
    .await
}

pub(crate) async fn edit_form(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path((raw, meeting_raw)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let body = load_body(&state, &raw).await?;
    visitor.require(Action::EditBody(body.id))?;
    let meeting = load_meeting(&state, &body, &meeting_raw).await?;
    let f = &meeting.fields;
    let time = |t: Option<time::Time>| {
        t.map(|t| format!("{:02}:{:02}", t.hour(), t.minute()))
            .unwrap_or_default()
    };
    let values: Values = [
        (
            "number",
            f.number.map(|n| n.to_string()).unwrap_or_default(),
        ),
        ("title", f.title.clone()),
        ("starts_on", format_date(f.starts_on)),
        ("ends_on", format_date(f.ends_on)),
        ("starts_at", time(f.starts_at)),
        ("ends_at", time(f.ends_at)),
        ("time_zone", f.time_zone.clone()),
        ("venue", f.venue.clone().unwrap_or_default()),
        ("room", f.room.clone().unwrap_or_default()),
        ("modality", f.modality.code().to_owned()),
        (
            "remote_details",
            f.remote_details.clone().unwrap_or_default(),
        ),
        ("webcast_url", f.webcast_url.clone().unwrap_or_default()),
        (
            "transcript_url",
            f.transcript_url.clone().unwrap_or_default(),
        ),
        ("state", f.state.code().to_owned()),
        ("lang", f.lang.clone()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect();
    render(
        spec(&t, &body, Some(meeting.id)),
        &visitor,
        meeting_fields(&t, &values, true),
        FormErrors::default(),
        StatusCode::OK,
    )
}

pub(crate) async fn edit(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path((raw, meeting_raw)): Path<(String, String)>,
    CsrfForm(post): CsrfForm<Posted>,
) -> Result<Response, PageError> {
    let body = load_body(&state, &raw).await?;
    visitor.require(Action::EditBody(body.id))?;
    let meeting = load_meeting(&state, &body, &meeting_raw).await?;
    let reason = concord_domain::text::optional(
        "reason",
        post.values.get("reason").map(String::as_str),
        2_000,
    );
    let outcome = match (form_from(&post.values).parse(), reason) {
        (Ok(fields), Ok(reason)) => state
            .store
            .update_meeting(
                &visitor.audit_actor(),
                meeting.id,
                &fields,
                reason.as_deref(),
            )
            .await
            .map_err(Refusal::from),
        (Err(invalid), _) => Err(invalid.into()),
        (_, Err(error)) => Err(Refusal::Invalid(Invalid {
            errors: vec![error],
        })),
    };
    let body_id = body.id;
    answer(
        &t,
        outcome,
        move |_| format!("/bodies/{}#meetings-heading", body_id),
        async |errors| {
            render(
                spec(&t, &body, Some(meeting.id)),
                &visitor,
                meeting_fields(&t, &post.values, true),
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        },
    )
    .await
}

// ---------------------------------------------------------------- the meeting's page and agenda

/// An agenda item with its sub-items, for display.
struct ItemView {
    id: i64,
    number: String,
    title: String,
    lang: String,
    outcome: Option<String>,
    document: Option<concord_domain::agenda::ItemDocument>,
    topic: Option<concord_domain::agenda::ItemTopic>,
    /// Sub-items (with no sub-items of their own).
    subs: Vec<ItemView>,
}

#[derive(askama::Template)]
#[template(path = "meeting.html")]
struct MeetingPage {
    t: Tr,
    /// The body's topics an agenda item may take up: (id, title).
    topics: Vec<(String, String)>,
    /// The body's members serving on the day, with their registrations.
    members: Vec<roster::MemberRow>,
    member_errors: FormErrors,
    summary: Option<(String, String)>,
    registration_open: bool,
    cap: Option<u32>,
    approved: Vec<RegistrationRow>,
    by_group: Vec<(String, usize)>,
    /// Admitted observers by the regional group of their country; the last row counts those
    /// whose country is in none (or who gave none).
    by_region: Vec<(String, usize)>,
    registrations: Vec<RegistrationRow>,
    over_cap: bool,
    body: Body,
    meeting: Meeting,
    when: String,
    modality: String,
    state: String,
    agenda_state: String,
    agenda_adopted: Option<String>,
    agenda_note: Option<String>,
    provisional: bool,
    items: Vec<ItemView>,
    documents: Vec<crate::common::summaries::DocumentRow>,
    can_edit: bool,
    /// May write the Chair's summary and the outcomes (the chair as well as the secretariat).
    can_write_record: bool,
    csrf: String,
    item_values: Values,
    adopt_values: Values,
    errors: FormErrors,
}

/// A registration as the meeting page shows it.
struct RegistrationRow {
    id: i64,
    name: String,
    organization: String,
    email: String,
    group: String,
    country: String,
    status: String,
    approved: bool,
    attended: bool,
}

/// What the agenda forms were filled with, and what was wrong, when a form comes back.
#[derive(Default)]
struct Entered {
    item: Values,
    adopt: Values,
    errors: FormErrors,
    /// What was wrong with a member's registration.
    members: FormErrors,
}

/// The meeting's page again, with what was wrong with a member's registration.
pub(crate) async fn rerender_with_errors(
    t: Tr,
    visitor: &Visitor,
    state: &AppState,
    body: Body,
    meeting: Meeting,
    member_errors: FormErrors,
) -> Result<String, PageError> {
    use askama::Template;
    let entered = Entered {
        members: member_errors,
        ..Entered::default()
    };
    Ok(meeting_page(t, visitor, state, body, meeting, entered)
        .await?
        .render()?)
}

async fn meeting_page(
    t: Tr,
    visitor: &Visitor,
    state: &AppState,
    body: Body,
    meeting: Meeting,
    entered: Entered,
) -> Result<MeetingPage, PageError> {
    use concord_store::ParticipationStore;
    let Entered {
        item: item_values,
        adopt: adopt_values,
        errors,
        members: member_errors,
    } = entered;
    let can_edit = visitor.may(Action::EditBody(body.id));
    let can_write_record = visitor.may(Action::WriteMeetingRecord(body.id));
    let registrations = state.store.registrations(meeting.id).await?;
    let row = |r: &concord_domain::participation::Registration| RegistrationRow {
        id: r.id,
        name: r.name.clone(),
        organization: r.organization.clone(),
        email: r.email.clone(),
        group: t.code("stakeholder-group", r.stakeholder_group.code()),
        country: r
            .country
            .as_deref()
            .map(|c| t.state_code(c))
            .unwrap_or_default(),
        status: t.code("registration-status", r.status.code()),
        approved: r.status == concord_domain::participation::RegistrationStatus::Approved,
        attended: r.attended,
    };
    let is_approved = |r: &&concord_domain::participation::Registration| {
        r.status == concord_domain::participation::RegistrationStatus::Approved
    };
    let approved: Vec<RegistrationRow> =
        registrations.iter().filter(is_approved).map(row).collect();
    let by_group: Vec<(String, usize)> = concord_domain::stakeholder::StakeholderGroup::ALL
        .iter()
        .map(|g| {
            (
                t.code("stakeholder-group", g.code()),
                registrations
                    .iter()
                    .filter(is_approved)
                    .filter(|r| r.stakeholder_group == *g)
                    .count(),
            )
        })
        .filter(|(_, n)| *n > 0)
        .collect();
    let region_of = |r: &&concord_domain::participation::Registration| {
        r.country
            .as_deref()
            .and_then(concord_domain::reference::state)
            .and_then(|s| s.regional_group)
    };
    let mut by_region: Vec<(String, usize)> = concord_domain::reference::RegionalGroup::ALL
        .iter()
        .map(|g| {
            (
                t.code("regional-group", g.code()),
                registrations
                    .iter()
                    .filter(is_approved)
                    .filter(|r| region_of(r) == Some(*g))
                    .count(),
            )
        })
        .filter(|(_, n)| *n > 0)
        .collect();
    let without_region = registrations
        .iter()
        .filter(is_approved)
        .filter(|r| region_of(r).is_none())
        .count();
    if without_region > 0 {
        by_region.push((t.get("registration-no-region"), without_region));
    }
    let all_rows: Vec<RegistrationRow> = if can_edit {
        registrations.iter().map(row).collect()
    } else {
        Vec::new()
    };
    use concord_store::DocumentStore;
    let agenda = state.store.agenda(meeting.id).await?;
    let mut items: Vec<ItemView> = Vec::new();
    for item in agenda.items {
        let sub_item = item.sub_item;
        let view = ItemView {
            id: item.id,
            number: item.number,
            title: item.title,
            lang: item.lang,
            outcome: item.outcome,
            document: item.document,
            topic: item.topic,
            subs: Vec::new(),
        };
        match items.last_mut() {
            Some(parent) if sub_item => parent.subs.push(view),
            _ => items.push(view),
        }
    }
    let documents: Vec<_> = state
        .store
        .documents(body.id)
        .await?
        .into_iter()
        .filter(|d| d.fields.meeting_id == Some(meeting.id))
        .collect();
    let f = &meeting.fields;
    let mut when = t.date_range(Some(f.starts_on), Some(f.ends_on));
    if let (Some(start), Some(end)) = (f.starts_at, f.ends_at) {
        when = format!(
            "{when}, {:02}:{:02}–{:02}:{:02} ({})",
            start.hour(),
            start.minute(),
            end.hour(),
            end.minute(),
            f.time_zone
        );
    }
    use concord_store::TopicStore;
    let topics = state
        .store
        .topics(body.id)
        .await?
        .into_iter()
        .filter(|topic| topic.state != concord_domain::topic::TopicState::NotRetained)
        .map(|topic| (topic.id.to_string(), topic.fields.title))
        .collect();
    Ok(MeetingPage {
        topics,
        members: roster::member_rows(&t, visitor, state, &meeting).await?,
        member_errors,
        summary: state.store.summary(meeting.id).await?,
        registration_open: meeting.fields.state
            == concord_domain::meeting::MeetingState::RegistrationOpen,
        cap: state.store.observer_cap(meeting.id).await?,
        approved,
        by_group,
        by_region,
        registrations: all_rows,
        over_cap: visitor.path.contains("problem=over-cap"),
        when,
        modality: t.code("modality", f.modality.code()),
        state: t.code("meeting-state", f.state.code()),
        agenda_state: t.code("agenda-state", agenda.state.code()),
        agenda_adopted: agenda.adopted_on.map(|d| t.date(d)),
        agenda_note: agenda.note,
        provisional: agenda.state == concord_domain::agenda::AgendaState::Provisional,
        items,
        documents: crate::common::summaries::document_rows(&t, &documents),
        can_edit,
        can_write_record,
        csrf: visitor.csrf.clone(),
        item_values,
        adopt_values,
        errors,
        body,
        meeting,
        t,
    })
}

pub(crate) async fn show(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path((raw, meeting_raw)): Path<(String, String)>,
) -> Result<Response, PageError> {
    use askama::Template;
    let body = load_body(&state, &raw).await?;
    let meeting = load_meeting(&state, &body, &meeting_raw).await?;
    let page = meeting_page(t, &visitor, &state, body, meeting, Entered::default()).await?;
    Ok(axum::response::Html(page.render()?).into_response())
}

pub(crate) async fn add_item(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path((raw, meeting_raw)): Path<(String, String)>,
    CsrfForm(post): CsrfForm<Posted>,
) -> Result<Response, PageError> {
    let body = load_body(&state, &raw).await?;
    visitor.require(Action::EditBody(body.id))?;
    let meeting = load_meeting(&state, &body, &meeting_raw).await?;
    let form = concord_domain::agenda::AgendaItemForm {
        number: post.values.get("number").cloned(),
        title: post.values.get("title").cloned(),
        sub_item: Some(post.values.get("sub_item").is_some_and(|v| v == "true")),
        lang: post.values.get("lang").cloned(),
        document: post.values.get("document").cloned(),
        topic_id: post.values.get("topic_id").and_then(|id| id.parse().ok()),
    };
    let outcome = match form.parse() {
        Ok(item) => state
            .store
            .add_agenda_item(&visitor.audit_actor(), meeting.id, &item)
            .await
            .map_err(Refusal::from),
        Err(invalid) => Err(invalid.into()),
    };
    let back = |errors| Entered {
        item: post.values,
        errors,
        ..Entered::default()
    };
    agenda_answer(t, &visitor, &state, body, meeting, outcome, back).await
}

pub(crate) async fn adopt(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path((raw, meeting_raw)): Path<(String, String)>,
    CsrfForm(post): CsrfForm<Posted>,
) -> Result<Response, PageError> {
    use concord_domain::agenda::AgendaState;
    let body = load_body(&state, &raw).await?;
    visitor.require(Action::EditBody(body.id))?;
    let meeting = load_meeting(&state, &body, &meeting_raw).await?;
    let parsed = dated_move(
        &post.values,
        ("state", "adopted_on"),
        AgendaState::parse,
        AgendaState::expected(),
    );
    let outcome = match parsed {
        Ok((to, on, note)) => state
            .store
            .adopt_agenda(&visitor.audit_actor(), meeting.id, to, on, note.as_deref())
            .await
            .map_err(Refusal::from),
        Err(invalid) => Err(invalid.into()),
    };
    let back = |errors| Entered {
        adopt: post.values,
        errors,
        ..Entered::default()
    };
    agenda_answer(t, &visitor, &state, body, meeting, outcome, back).await
}

/// Where an agenda form goes once it has been handled: back to the agenda, or the meeting page
/// again (422) with what was typed and what was wrong, as `entered` puts it.
async fn agenda_answer<T>(
    t: Tr,
    visitor: &Visitor,
    state: &AppState,
    body: Body,
    meeting: Meeting,
    outcome: Result<T, Refusal>,
    entered: impl FnOnce(FormErrors) -> Entered,
) -> Result<Response, PageError> {
    use askama::Template;
    let body_id = body.id;
    let meeting_id = meeting.id;
    answer(
        &t,
        outcome,
        move |_| format!("/bodies/{}/meetings/{}#agenda-heading", body_id, meeting_id),
        async |errors| {
            let page =
                meeting_page(t.clone(), visitor, state, body, meeting, entered(errors)).await?;
            Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                axum::response::Html(page.render()?),
            )
                .into_response())
        },
    )
    .await
}

/// `POST …/agenda/{item}/outcome`: what the meeting concluded on an item.
pub(crate) async fn record_outcome(
    visitor: Visitor,
    State(state): State<AppState>,
    Path((raw, meeting_raw, item)): Path<(String, String, i64)>,
    CsrfForm(post): CsrfForm<Posted>,
) -> Result<Response, PageError> {
    let body = load_body(&state, &raw).await?;
    visitor.require(Action::WriteMeetingRecord(body.id))?;
    let meeting = load_meeting(&state, &body, &meeting_raw).await?;
    let outcome = concord_domain::text::required(
        "outcome",
        post.values.get("outcome").map(String::as_str),
        5_000,
    )
    .map_err(|_| PageError::BadRequest("error-code-required", None))?;
    state
        .store
        .set_outcome(&visitor.audit_actor(), meeting.id, item, &outcome)
        .await?;
    Ok(see_other(&format!(
        "/bodies/{}/meetings/{}#agenda-heading",
        body.id, meeting.id
    )))
}

/// `POST …/summary`: publishes the Chair's summary, written here.
pub(crate) async fn publish_summary(
    visitor: Visitor,
    State(state): State<AppState>,
    Path((raw, meeting_raw)): Path<(String, String)>,
    CsrfForm(post): CsrfForm<Posted>,
) -> Result<Response, PageError> {
    let body = load_body(&state, &raw).await?;
    visitor.require(Action::WriteMeetingRecord(body.id))?;
    let meeting = load_meeting(&state, &body, &meeting_raw).await?;
    let text = concord_domain::text::required(
        "text",
        post.values.get("text").map(String::as_str),
        100_000,
    )
    .map_err(|_| PageError::BadRequest("error-code-required", None))?;
    let lang = concord_domain::text::language("lang", post.values.get("lang").map(String::as_str))
        .map_err(|_| PageError::BadRequest("error-code-invalid_language", None))?;
    state
        .store
        .publish_summary(&visitor.audit_actor(), meeting.id, &text, &lang)
        .await?;
    Ok(see_other(&format!(
        "/bodies/{}/meetings/{}#summary-heading",
        body.id, meeting.id
    )))
}
