//! Calls for input on their pages: the body's list, each call's page (questions by analytic
//! group, deadline in its time zone with every extension, who may answer), and the
//! secretariat's forms — create a call, add questions while it is in draft, move it along its
//! states, extend its deadline with a reason.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use concord_domain::access::Action;
use concord_domain::body::Body;
use concord_domain::call::{
    parse_extension, Audience, Call, CallForm, CallState, Publication, Question, QuestionForm,
    QuestionKind, DEFAULT_CONSENT,
};
use concord_domain::Invalid;
use concord_store::CallStore;

use crate::auth::Visitor;
use crate::common::time::deadline_text;
use crate::common::{load_body, load_call};
use crate::error::PageError;
use crate::forms::{answer, Refusal};
use crate::forms::{
    input, opt, render, select, with_hint, CsrfForm, Field, FormErrors, FormSpec, Posted, Values,
};
use crate::i18n::Tr;
use crate::AppState;

fn call_fields(t: &Tr, values: &Values) -> Vec<Field> {
    let audiences = Audience::ALL
        .iter()
        .map(|a| (a.code().to_owned(), t.code("audience", a.code())))
        .collect();
    let publications = Publication::ALL
        .iter()
        .map(|p| (p.code().to_owned(), t.code("publication", p.code())))
        .collect();
    vec![
        input(t, "title", "field-title", "text", values),
        Field::textarea(t, "description", "field-description", values),
        input(t, "lang", "field-lang", "text", values),
        input(t, "opens_on", "field-opens-on", "date", values),
        input(t, "closes_on", "field-closes-on", "date", values),
        with_hint(
            input(t, "closes_time", "field-closes-time", "time", values),
            t.get("field-closes-time-hint"),
        ),
        with_hint(
            input(t, "time_zone", "field-time-zone", "text", values),
            t.get("field-time-zone-hint"),
        ),
        select(t, "audience", "field-audience", audiences, values),
        Field::textarea(t, "consent_text", "field-consent-text", values),
        select(t, "publication", "field-publication", publications, values),
    ]
}

fn call_spec<'a>(t: &'a Tr, body: &Body) -> FormSpec<'a> {
    FormSpec {
        title: t.arg("call-new", "name", &body.fields.acronym),
        action: format!("/bodies/{}/calls/new", body.id),
        submit: t.get("form-create"),
        back: Some((
            format!("/bodies/{}#calls-heading", body.id),
            body.fields.acronym.clone(),
        )),
        t,
    }
}

/// The form creating a call.
pub(crate) async fn new_form(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> Result<Response, PageError> {
    let body = load_body(&state, &raw).await?;
    visitor.require(Action::EditBody(body.id))?;
    let values: Values = [
        ("lang", body.fields.lang.as_str()),
        ("closes_time", "23:59"),
        ("time_zone", "Europe/Zurich"),
        ("consent_text", DEFAULT_CONSENT),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .collect();
    render(
        call_spec(&t, &body),
        &visitor,
        call_fields(&t, &values),
        FormErrors::default(),
        StatusCode::OK,
    )
}

/// Creates a call, in draft.
pub(crate) async fn create(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    CsrfForm(post): CsrfForm<Posted>,
) -> Result<Response, PageError> {
    let body = load_body(&state, &raw).await?;
    visitor.require(Action::EditBody(body.id))?;
    let v = &post.values;
    let form = CallForm {
        title: opt(v, "title"),
        description: opt(v, "description"),
        lang: opt(v, "lang"),
        opens_on: opt(v, "opens_on"),
        closes_on: opt(v, "closes_on"),
        closes_time: opt(v, "closes_time"),
        time_zone: opt(v, "time_zone"),
        audience: opt(v, "audience"),
        consent_text: opt(v, "consent_text"),
        publication: opt(v, "publication"),
    };
    let outcome = match form.parse() {
        Ok(fields) => state
            .store
            .add_call(&visitor.audit_actor(), body.id, &fields)
            .await
            .map_err(Refusal::from),
        Err(invalid) => Err(invalid.into()),
    };
    answer(
        &t,
        outcome,
        |call| format!("/calls/{}", call.id),
        async |errors| {
            render(
                call_spec(&t, &body),
                &visitor,
                call_fields(&t, v),
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        },
    )
    .await
}

/// A question as the call's page shows it.
struct QuestionRow {
    label: String,
    text: String,
    kind: String,
    options: Vec<String>,
    word_limit: Option<u32>,
    required: bool,
}

/// The questions of one analytic group.
struct QuestionGroup {
    name: Option<String>,
    questions: Vec<QuestionRow>,
}

/// Groups consecutive questions of the same analytic group.
fn grouped(t: &Tr, questions: Vec<Question>) -> Vec<QuestionGroup> {
    let mut groups: Vec<QuestionGroup> = Vec::new();
    for q in questions {
        let row = QuestionRow {
            kind: t.code("question-kind", q.kind.code()),
            label: q.label,
            text: q.text,
            options: q.options,
            word_limit: q.word_limit,
            required: q.required,
        };
        match groups.last_mut() {
            Some(group) if group.name == q.analytic_group => group.questions.push(row),
            _ => groups.push(QuestionGroup {
                name: q.analytic_group,
                questions: vec![row],
            }),
        }
    }
    groups
}

#[derive(Template)]
#[template(path = "call.html")]
struct CallPage {
    t: Tr,
    body: Body,
    call: Call,
    description: Vec<String>,
    state: String,
    deadline: String,
    opens: String,
    audience: String,
    publication: String,
    extensions: Vec<String>,
    groups: Vec<QuestionGroup>,
    open: bool,
    can_edit: bool,
    draft: bool,
    moves: Vec<(String, String)>,
    csrf: String,
    errors: FormErrors,
}

async fn call_page(
    t: Tr,
    visitor: &Visitor,
    state: &AppState,
    call: Call,
    body: Body,
    errors: FormErrors,
) -> Result<String, PageError> {
    let questions = state.store.questions(call.id).await?;
    let extensions = state
        .store
        .extensions(call.id)
        .await?
        .into_iter()
        .map(|x| {
            t.args(
                "call-extension",
                &[
                    ("to", format!("{}, {}", t.date(x.closes_on), x.closes_time)),
                    ("from", x.previous),
                    ("reason", x.reason),
                ],
            )
        })
        .collect();
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    let page = CallPage {
        description: call
            .fields
            .description
            .as_deref()
            .unwrap_or_default()
            .split("\n\n")
            .filter(|p| !p.trim().is_empty())
            .map(str::to_owned)
            .collect(),
        state: t.code("call-state", call.state.code()),
        deadline: deadline_text(&t, &call),
        opens: t.date(call.fields.opens_on),
        audience: t.code("audience", call.fields.audience.code()),
        publication: t.code("publication", call.fields.publication.code()),
        extensions,
        groups: grouped(&t, questions),
        open: call.state == CallState::Open && call.fields.deadline().is_some_and(|d| now <= d),
        can_edit: visitor.may(Action::EditBody(body.id)),
        draft: call.state == CallState::Draft,
        moves: call
            .state
            .next()
            .iter()
            .map(|s| (s.code().to_owned(), t.code("call-move", s.code())))
            .collect(),
        csrf: visitor.csrf.clone(),
        errors,
        t,
        body,
        call,
    };
    Ok(page.render()?)
}

/// The call's page.
pub(crate) async fn show(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> Result<Response, PageError> {
    let (call, body) = load_call(&state, &visitor, &raw).await?;
    let html = call_page(t, &visitor, &state, call, body, FormErrors::default()).await?;
    Ok(Html(html).into_response())
}

/// Moves the call to another state (`state=open|closed|compiled`).
pub(crate) async fn move_state(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    CsrfForm(post): CsrfForm<Posted>,
) -> Result<Response, PageError> {
    let (call, body) = load_call(&state, &visitor, &raw).await?;
    visitor.require(Action::EditBody(body.id))?;
    let to = opt(&post.values, "state").and_then(|s| CallState::parse(&s));
    let outcome = match to {
        Some(to) => state
            .store
            .move_call(&visitor.audit_actor(), call.id, to)
            .await
            .map_err(Refusal::from),
        None => Err(Refusal::Invalid(Invalid::one(
            "state",
            "unknown_value",
            "Choose one of the values offered",
        ))),
    };
    answer(
        &t,
        outcome,
        |moved| format!("/calls/{}", moved.id),
        async |errors| {
            let html = call_page(t.clone(), &visitor, &state, call, body, errors).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(html)).into_response())
        },
    )
    .await
}

fn question_fields(t: &Tr, values: &Values) -> Vec<Field> {
    let kinds = QuestionKind::ALL
        .iter()
        .map(|k| (k.code().to_owned(), t.code("question-kind", k.code())))
        .collect();
    vec![
        with_hint(
            input(t, "label", "field-question-label", "text", values),
            t.get("field-question-label-hint"),
        ),
        Field::textarea(t, "text", "field-question-text", values),
        select(t, "kind", "field-question-kind", kinds, values),
        with_hint(
            Field::textarea(t, "options", "field-options", values),
            t.get("field-options-hint"),
        ),
        input(t, "word_limit", "field-word-limit", "number", values),
        Field::checkbox(t, "required", "field-required", values),
        with_hint(
            input(t, "analytic_group", "field-analytic-group", "text", values),
            t.get("field-analytic-group-hint"),
        ),
    ]
}

fn question_spec<'a>(t: &'a Tr, call: &Call) -> FormSpec<'a> {
    FormSpec {
        title: t.arg("question-new", "title", &call.fields.title),
        action: format!("/calls/{}/questions/new", call.id),
        submit: t.get("question-add"),
        back: Some((format!("/calls/{}", call.id), call.fields.title.clone())),
        t,
    }
}

/// The form adding a question.
pub(crate) async fn question_form(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> Result<Response, PageError> {
    let (call, body) = load_call(&state, &visitor, &raw).await?;
    visitor.require(Action::EditBody(body.id))?;
    let values: Values = [("kind".to_owned(), "free_text".to_owned())].into();
    render(
        question_spec(&t, &call),
        &visitor,
        question_fields(&t, &values),
        FormErrors::default(),
        StatusCode::OK,
    )
}

/// Adds a question at the end of the call.
pub(crate) async fn add_question(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    CsrfForm(post): CsrfForm<Posted>,
) -> Result<Response, PageError> {
    let (call, body) = load_call(&state, &visitor, &raw).await?;
    visitor.require(Action::EditBody(body.id))?;
    let v = &post.values;
    let form = QuestionForm {
        label: opt(v, "label"),
        text: opt(v, "text"),
        kind: opt(v, "kind"),
        options: opt(v, "options"),
        word_limit: opt(v, "word_limit"),
        required: Some(v.get("required").is_some_and(|r| r == "true")),
        analytic_group: opt(v, "analytic_group"),
    };
    let outcome = match form.parse() {
        Ok(question) => state
            .store
            .add_question(&visitor.audit_actor(), call.id, &question)
            .await
            .map_err(Refusal::from),
        Err(invalid) => Err(invalid.into()),
    };
    let call_id = call.id;
    answer(
        &t,
        outcome,
        move |_| format!("/calls/{}#questions-heading", call_id),
        async |errors| {
            render(
                question_spec(&t, &call),
                &visitor,
                question_fields(&t, v),
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        },
    )
    .await
}

fn extend_fields(t: &Tr, values: &Values) -> Vec<Field> {
    vec![
        input(t, "closes_on", "field-closes-on", "date", values),
        input(t, "closes_time", "field-closes-time", "time", values),
        Field::textarea(t, "reason", "field-reason", values),
    ]
}

fn extend_spec<'a>(t: &'a Tr, call: &Call) -> FormSpec<'a> {
    FormSpec {
        title: t.arg("call-extend-title", "title", &call.fields.title),
        action: format!("/calls/{}/extend", call.id),
        submit: t.get("call-extend"),
        back: Some((format!("/calls/{}", call.id), call.fields.title.clone())),
        t,
    }
}

/// The form extending the deadline.
pub(crate) async fn extend_form(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> Result<Response, PageError> {
    let (call, body) = load_call(&state, &visitor, &raw).await?;
    visitor.require(Action::EditBody(body.id))?;
    let values: Values = [("closes_time".to_owned(), call.fields.closes_time.clone())].into();
    render(
        extend_spec(&t, &call),
        &visitor,
        extend_fields(&t, &values),
        FormErrors::default(),
        StatusCode::OK,
    )
}

/// Extends the deadline.
pub(crate) async fn extend(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    CsrfForm(post): CsrfForm<Posted>,
) -> Result<Response, PageError> {
    let (call, body) = load_call(&state, &visitor, &raw).await?;
    visitor.require(Action::EditBody(body.id))?;
    let v = &post.values;
    let outcome = match parse_extension(
        opt(v, "closes_on").as_deref(),
        opt(v, "closes_time").as_deref(),
        opt(v, "reason").as_deref(),
        &call.fields,
    ) {
        Ok((day, time, reason)) => state
            .store
            .extend_call(&visitor.audit_actor(), call.id, day, &time, &reason)
            .await
            .map_err(Refusal::from),
        Err(invalid) => Err(invalid.into()),
    };
    let call_id = call.id;
    answer(
        &t,
        outcome,
        move |_| format!("/calls/{}", call_id),
        async |errors| {
            render(
                extend_spec(&t, &call),
                &visitor,
                extend_fields(&t, v),
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        },
    )
    .await
}
