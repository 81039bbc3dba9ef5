//! Topics of a body's work on its pages: the Chair or the secretariat proposes a topic, and
//! records the body's decision on it (agreed or not retained, when, at which meeting, on what
//! basis); the body's page lists them, and agenda items take them up.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use concord_domain::access::Action;
use concord_domain::body::Body;
use concord_domain::ids::TopicId;
use concord_domain::topic::{Topic, TopicDecisionForm, TopicForm, TopicState};
use concord_store::{MeetingStore, TopicStore};

use crate::auth::Visitor;
use crate::common::{load_body, missing, page_id};
use crate::error::PageError;
use crate::forms::{answer, Refusal};
use crate::forms::{
    input, opt, render, select, CsrfForm, Field, FormErrors, FormSpec, Posted, Values,
};
use crate::i18n::Tr;
use crate::AppState;

fn topic_fields(t: &Tr, values: &Values) -> Vec<Field> {
    vec![
        input(t, "title", "field-title", "text", values),
        Field::textarea(t, "description", "field-description", values),
        input(t, "lang", "field-lang", "text", values),
    ]
}

fn topic_spec<'a>(t: &'a Tr, body: &Body) -> FormSpec<'a> {
    FormSpec {
        title: t.arg("topic-new", "name", &body.fields.acronym),
        action: format!("/bodies/{}/topics/new", body.id),
        submit: t.get("topic-propose"),
        back: Some((
            format!("/bodies/{}#topics-heading", body.id),
            body.fields.acronym.clone(),
        )),
        t,
    }
}

/// The form proposing a topic.
pub(crate) async fn new_form(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> Result<Response, PageError> {
    let body = load_body(&state, &raw).await?;
    visitor.require(Action::ManageTopics(body.id))?;
    let values: Values = [("lang".to_owned(), body.fields.lang.clone())].into();
    let fields = topic_fields(&t, &values);
    render(
        topic_spec(&t, &body),
        &visitor,
        fields,
        FormErrors::default(),
        StatusCode::OK,
    )
}

/// Proposes a topic.
pub(crate) async fn create(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    CsrfForm(post): CsrfForm<Posted>,
) -> Result<Response, PageError> {
    let body = load_body(&state, &raw).await?;
    visitor.require(Action::ManageTopics(body.id))?;
    let form = TopicForm {
        title: opt(&post.values, "title"),
        description: opt(&post.values, "description"),
        lang: opt(&post.values, "lang"),
    };
    let outcome = match form.parse() {
        Ok(fields) => state
            .store
            .add_topic(&visitor.audit_actor(), body.id, &fields)
            .await
            .map_err(Refusal::from),
        Err(invalid) => Err(invalid.into()),
    };
    answer(
        &t,
        outcome,
        |topic| topic_anchor(&body, &topic),
        async |errors| {
            render(
                topic_spec(&t, &body),
                &visitor,
                topic_fields(&t, &post.values),
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        },
    )
    .await
}

/// Where a topic is shown: on its body's page.
fn topic_anchor(body: &Body, topic: &Topic) -> String {
    format!("/bodies/{}#topic-{}", body.id, topic.id)
}

async fn load_topic(state: &AppState, body: &Body, raw: &str) -> Result<Topic, PageError> {
    let id = page_id(raw, "error-no-topic")?;
    state
        .store
        .topics(body.id)
        .await?
        .into_iter()
        .find(|topic| topic.id == TopicId(id))
        .ok_or_else(|| missing("error-no-topic", id))
}

async fn decision_fields(
    t: &Tr,
    state: &AppState,
    body: &Body,
    values: &Values,
) -> Result<Vec<Field>, PageError> {
    let states = [TopicState::Agreed, TopicState::NotRetained]
        .iter()
        .map(|s| (s.code().to_owned(), t.code("topic-state", s.code())))
        .collect();
    let meetings = std::iter::once((String::new(), t.get("form-none")))
        .chain(
            state
                .store
                .meetings(body.id)
                .await?
                .into_iter()
                .map(|m| (m.id.to_string(), m.fields.title)),
        )
        .collect();
    Ok(vec![
        select(t, "state", "field-decision", states, values),
        input(t, "decided_on", "field-decided-on", "date", values),
        select(t, "meeting_id", "col-meeting", meetings, values),
        Field::textarea(t, "basis", "field-basis", values),
    ])
}

fn decision_spec<'a>(t: &'a Tr, body: &Body, topic: &Topic) -> FormSpec<'a> {
    FormSpec {
        title: t.arg("topic-decide-title", "title", &topic.fields.title),
        action: format!("/bodies/{}/topics/{}/decision", body.id, topic.id),
        submit: t.get("topic-decide"),
        back: Some((
            format!("/bodies/{}#topic-{}", body.id, topic.id),
            body.fields.acronym.clone(),
        )),
        t,
    }
}

/// The form recording the body's decision on a topic.
pub(crate) async fn decision_form(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path((raw, topic_raw)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let body = load_body(&state, &raw).await?;
    visitor.require(Action::ManageTopics(body.id))?;
    let topic = load_topic(&state, &body, &topic_raw).await?;
    let values: Values = [("state".to_owned(), "agreed".to_owned())].into();
    let fields = decision_fields(&t, &state, &body, &values).await?;
    render(
        decision_spec(&t, &body, &topic),
        &visitor,
        fields,
        FormErrors::default(),
        StatusCode::OK,
    )
}

/// Records the body's decision on a topic.
pub(crate) async fn decide(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path((raw, topic_raw)): Path<(String, String)>,
    CsrfForm(post): CsrfForm<Posted>,
) -> Result<Response, PageError> {
    let body = load_body(&state, &raw).await?;
    visitor.require(Action::ManageTopics(body.id))?;
    let topic = load_topic(&state, &body, &topic_raw).await?;
    let form = TopicDecisionForm {
        state: opt(&post.values, "state"),
        decided_on: opt(&post.values, "decided_on"),
        meeting_id: opt(&post.values, "meeting_id").and_then(|m| m.parse().ok()),
        basis: opt(&post.values, "basis"),
    };
    let outcome = match form.parse() {
        Ok(decision) => state
            .store
            .decide_topic(&visitor.audit_actor(), topic.id, &decision)
            .await
            .map_err(Refusal::from),
        Err(invalid) => Err(invalid.into()),
    };
    let fields = decision_fields(&t, &state, &body, &post.values).await?;
    answer(
        &t,
        outcome,
        |topic| topic_anchor(&body, &topic),
        async |errors| {
            render(
                decision_spec(&t, &body, &topic),
                &visitor,
                fields,
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        },
    )
    .await
}
