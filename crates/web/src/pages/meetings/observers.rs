//! Observers of a meeting: registration within the cap, the secretariat's approval, waiting
//! list and attendance, and the badge list (CSV, every cell safe to open in a spreadsheet).

use super::*;
use crate::common::load_meeting;
use crate::forms::Refusal;

fn registration_fields(t: &Tr, values: &Values) -> Vec<Field> {
    let groups = concord_domain::stakeholder::StakeholderGroup::ALL
        .iter()
        .map(|g| (g.code().to_owned(), t.code("stakeholder-group", g.code())))
        .collect();
    let mut countries: Vec<(String, String)> = concord_domain::reference::states()
        .iter()
        .map(|s| (s.iso2.to_owned(), t.state(s)))
        .collect();
    countries.sort_by(|a, b| a.1.cmp(&b.1));
    let countries = std::iter::once((String::new(), t.get("form-none")))
        .chain(countries)
        .collect();
    vec![
        input(t, "name", "col-name", "text", values),
        input(t, "organization", "field-represents", "text", values),
        with_hint(
            input(t, "email", "field-email", "email", values),
            t.get("field-registration-email-hint"),
        ),
        select(
            t,
            "stakeholder_group",
            "col-stakeholder-group",
            groups,
            values,
        ),
        select(t, "country", "person-country", countries, values),
    ]
}

fn registration_spec<'a>(t: &'a Tr, body: &Body, meeting: &Meeting) -> FormSpec<'a> {
    FormSpec {
        title: t.arg("registration-title", "name", &meeting.fields.title),
        action: format!("/bodies/{}/meetings/{}/register", body.id, meeting.id),
        submit: t.get("registration-submit"),
        back: Some((
            format!("/bodies/{}/meetings/{}", body.id, meeting.id),
            meeting.fields.title.clone(),
        )),
        t,
    }
}

pub(crate) async fn registration_form(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path((raw, meeting_raw)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let body = load_body(&state, &raw).await?;
    let meeting = load_meeting(&state, &body, &meeting_raw).await?;
    render(
        registration_spec(&t, &body, &meeting),
        &visitor,
        registration_fields(&t, &Values::new()),
        FormErrors::default(),
        StatusCode::OK,
    )
}

pub(crate) async fn register(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path((raw, meeting_raw)): Path<(String, String)>,
    CsrfForm(post): CsrfForm<Posted>,
) -> Result<Response, PageError> {
    use askama::Template;
    use concord_store::ParticipationStore;
    let body = load_body(&state, &raw).await?;
    let meeting = load_meeting(&state, &body, &meeting_raw).await?;
    let get = |k: &str| post.values.get(k).cloned();
    let form = concord_domain::participation::RegistrationForm {
        name: get("name"),
        organization: get("organization"),
        email: get("email"),
        stakeholder_group: get("stakeholder_group"),
        country: get("country"),
    };
    let outcome = match form.parse() {
        Ok(r) => state
            .store
            .register(&visitor.audit_actor(), meeting.id, &r)
            .await
            .map_err(Refusal::from),
        Err(invalid) => Err(invalid.into()),
    };
    match outcome {
        Ok(registration) => {
            let message = t.get(match registration.status {
                concord_domain::participation::RegistrationStatus::WaitingList => {
                    "registration-waiting"
                }
                _ => "registration-pending",
            });
            let page = RegisteredPage {
                title: t.get("registration-done-title"),
                message,
                back: format!("/bodies/{}/meetings/{}", body.id, meeting.id),
                t,
            };
            Ok(axum::response::Html(page.render()?).into_response())
        }
        Err(refusal) => {
            let errors = FormErrors::from_invalid(&t, &refusal.invalid()?);
            render(
                registration_spec(&t, &body, &meeting),
                &visitor,
                registration_fields(&t, &post.values),
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        }
    }
}

#[derive(askama::Template)]
#[template(path = "registered.html")]
struct RegisteredPage {
    t: Tr,
    title: String,
    message: String,
    back: String,
}

/// `POST …/registrations/{id}`: the secretariat approves or declines, or takes attendance.
pub(crate) async fn decide(
    visitor: Visitor,
    State(state): State<AppState>,
    Path((raw, meeting_raw, registration)): Path<(String, String, i64)>,
    CsrfForm(post): CsrfForm<Posted>,
) -> Result<Response, PageError> {
    use concord_domain::participation::RegistrationStatus;
    use concord_store::ParticipationStore;
    let body = load_body(&state, &raw).await?;
    visitor.require(Action::EditBody(body.id))?;
    let meeting = load_meeting(&state, &body, &meeting_raw).await?;
    let by = visitor.audit_actor();
    let result = match post.values.get("action").map(String::as_str) {
        Some("approve") => state
            .store
            .decide_registration(&by, meeting.id, registration, RegistrationStatus::Approved)
            .await
            .map(|_| ()),
        Some("decline") => state
            .store
            .decide_registration(&by, meeting.id, registration, RegistrationStatus::Declined)
            .await
            .map(|_| ()),
        Some("attended") => {
            state
                .store
                .set_attended(&by, meeting.id, registration, true)
                .await
        }
        Some("absent") => {
            state
                .store
                .set_attended(&by, meeting.id, registration, false)
                .await
        }
        _ => return Err(PageError::BadRequest("error-bad-form", None)),
    };
    let anchor = match result {
        Ok(()) => "registrations-heading",
        Err(concord_store::StoreError::Invalid(_)) => "over-cap",
        Err(other) => return Err(other.into()),
    };
    Ok(see_other(&format!(
        "/bodies/{}/meetings/{}?problem={anchor}#registrations-heading",
        body.id, meeting.id
    )))
}

/// `POST …/cap`: the most observers the room admits.
pub(crate) async fn set_cap(
    visitor: Visitor,
    State(state): State<AppState>,
    Path((raw, meeting_raw)): Path<(String, String)>,
    CsrfForm(post): CsrfForm<Posted>,
) -> Result<Response, PageError> {
    use concord_store::ParticipationStore;
    let body = load_body(&state, &raw).await?;
    visitor.require(Action::EditBody(body.id))?;
    let meeting = load_meeting(&state, &body, &meeting_raw).await?;
    let cap = match post
        .values
        .get("cap")
        .map(|c| c.trim())
        .filter(|c| !c.is_empty())
    {
        None => None,
        Some(c) => Some(
            c.parse::<u32>()
                .map_err(|_| PageError::BadRequest("error-bad-form", None))?,
        ),
    };
    state
        .store
        .set_observer_cap(&visitor.audit_actor(), meeting.id, cap)
        .await?;
    Ok(see_other(&format!(
        "/bodies/{}/meetings/{}#registrations-heading",
        body.id, meeting.id
    )))
}

/// `GET …/badges.csv`: the badge list of the approved observers.
pub(crate) async fn badges(
    visitor: Visitor,
    State(state): State<AppState>,
    Path((raw, meeting_raw)): Path<(String, String)>,
) -> Result<Response, PageError> {
    use concord_store::ParticipationStore;
    let body = load_body(&state, &raw).await?;
    visitor.require(Action::EditBody(body.id))?;
    let meeting = load_meeting(&state, &body, &meeting_raw).await?;
    // What observers typed is written so that no spreadsheet reads it as a formula.
    let safe = concord_text::spreadsheet::neutralise;
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let failed = |e: csv::Error| PageError::Internal(format!("badge list: {e}"));
    writer
        .write_record(["name", "organization", "stakeholder_group", "country"])
        .map_err(failed)?;
    for r in state.store.registrations(meeting.id).await? {
        if r.status == concord_domain::participation::RegistrationStatus::Approved {
            writer
                .write_record([
                    safe(&r.name).as_ref(),
                    safe(&r.organization).as_ref(),
                    r.stakeholder_group.code(),
                    r.country.as_deref().unwrap_or(""),
                ])
                .map_err(failed)?;
        }
    }
    let csv = writer
        .into_inner()
        .map_err(|e| PageError::Internal(format!("badge list: {e}")))?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"badges-meeting-{}.csv\"", meeting.id),
            ),
        ],
        csv,
    )
        .into_response())
}
