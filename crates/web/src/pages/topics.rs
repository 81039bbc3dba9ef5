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
use concord_domain::Invalid;
use concord_store::{MeetingStore, TopicStore};

use super::manage::{input, opt, render, select, store_or_form, Field, FormSpec, Posted, Values};
use super::{load_body, missing, page_id, see_other};
use crate::auth::Visitor;
use crate::error::PageError;
use crate::forms::{FormBody, FormErrors};
use crate::i18n::Tr;
use crate::AppState;

/// A topic as the body's page lists it.
pub(crate) struct TopicRow {
    pub id: i64,
    pub title: String,
    pub description: Option<String>,
    pub lang: String,
    pub state: String,
    pub proposed: bool,
    /// "Agreed on 8 November 2013, at the second meeting: …, recorded by …".
    pub decision: Option<String>,
    /// The issues and themes it was drawn from: (what, how many responses raised it, link).
    pub origins: Vec<(String, String, String)>,
}

/// Where each of a body's topics was drawn from, with the responses behind each source.
async fn origins(
    t: &Tr,
    state: &AppState,
    body: &Body,
) -> Result<std::collections::HashMap<i64, Vec<(String, String, String)>>, PageError> {
    use concord_store::{PolicyIssueStore, ThemeStore, TopicSource};
    let mut by_topic: std::collections::HashMap<i64, Vec<(String, String, String)>> =
        std::collections::HashMap::new();
    let mut issues = std::collections::HashMap::new();
    let mut codings = std::collections::HashMap::new();
    for origin in state.store.topic_origins(body.id).await? {
        let call = origin.call_id;
        let (what, responses, href) = match origin.source {
            TopicSource::Issue(id) => {
                if let std::collections::hash_map::Entry::Vacant(entry) = issues.entry(call) {
                    entry.insert(state.store.policy_issues(call).await?);
                }
                let mut references: Vec<&str> = issues[&call]
                    .iter()
                    .filter(|i| i.id == id)
                    .flat_map(|i| i.sources.iter().map(|s| s.reference.as_str()))
                    .collect();
                references.sort_unstable();
                references.dedup();
                (
                    format!("I{} {}", origin.number, origin.title),
                    references.len(),
                    format!("/calls/{call}/issues/{}", origin.number),
                )
            }
            TopicSource::Theme(id) => {
                if let std::collections::hash_map::Entry::Vacant(entry) = codings.entry(call) {
                    entry.insert(state.store.codings(call).await?);
                }
                let coded = codings[&call]
                    .iter()
                    .filter(|c| c.theme_id == id && c.applied)
                    .count();
                (
                    format!("T{} {}", origin.number, origin.title),
                    coded,
                    format!("/calls/{call}/themes/{}", origin.number),
                )
            }
        };
        by_topic.entry(origin.topic.0).or_default().push((
            what,
            t.count("topic-origin-responses", responses),
            href,
        ));
    }
    Ok(by_topic)
}

/// The rows of a body's topics.
pub(crate) async fn rows(
    t: &Tr,
    state: &AppState,
    body: &Body,
) -> Result<Vec<TopicRow>, PageError> {
    let meetings = state.store.meetings(body.id).await?;
    let mut origins = origins(t, state, body).await?;
    Ok(state
        .store
        .topics(body.id)
        .await?
        .into_iter()
        .map(|topic| {
            let decision = topic.decision.as_ref().map(|d| {
                let meeting = d
                    .meeting_id
                    .and_then(|id| meetings.iter().find(|m| m.id == id))
                    .map(|m| m.fields.title.clone());
                let key = match meeting {
                    Some(_) => "topic-decision",
                    None => "topic-decision-outside-meeting",
                };
                t.args(
                    key,
                    &[
                        ("date", t.date(d.decided_on)),
                        ("meeting", meeting.unwrap_or_default()),
                        ("basis", d.basis.clone()),
                        ("by", topic.decided_by.clone().unwrap_or_default()),
                    ],
                )
            });
            TopicRow {
                origins: origins.remove(&topic.id.0).unwrap_or_default(),
                id: topic.id.0,
                state: t.code("topic-state", topic.state.code()),
                proposed: topic.state == TopicState::Proposed,
                title: topic.fields.title,
                description: topic.fields.description,
                lang: topic.fields.lang,
                decision,
            }
        })
        .collect())
}

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
pub(super) async fn new_form(
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
pub(super) async fn create(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    FormBody(post): FormBody<Posted>,
) -> Result<Response, PageError> {
    let body = load_body(&state, &raw).await?;
    visitor.require(Action::ManageTopics(body.id))?;
    visitor.check_csrf(&post.csrf)?;
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
            .map_err(store_or_form),
        Err(invalid) => Err(Ok(invalid)),
    };
    answer(outcome, &body, |errors| {
        render(
            topic_spec(&t, &body),
            &visitor,
            topic_fields(&t, &post.values),
            errors(&t),
            StatusCode::UNPROCESSABLE_ENTITY,
        )
    })
}

/// Proposes a topic of the call's body drawn from one of its issues or themes; the caller shows
/// the refusal on its own page.
pub(super) async fn propose_from(
    state: &AppState,
    visitor: &Visitor,
    call: &concord_domain::call::Call,
    source: concord_store::TopicSource,
    title: Option<String>,
    description: Option<String>,
) -> Result<Result<Topic, Invalid>, PageError> {
    visitor.require(Action::ManageTopics(call.body_id))?;
    let form = TopicForm {
        title,
        description,
        lang: Some(call.fields.lang.clone()),
    };
    let fields = match form.parse() {
        Ok(fields) => fields,
        Err(invalid) => return Ok(Err(invalid)),
    };
    match state
        .store
        .add_topic_from(&visitor.audit_actor(), call.body_id, &fields, source)
        .await
        .map_err(store_or_form)
    {
        Ok(topic) => Ok(Ok(topic)),
        Err(Ok(invalid)) => Ok(Err(invalid)),
        Err(Err(error)) => Err(error),
    }
}

/// Where a topic form goes: back to the body's topics, or the form again with its errors.
fn answer(
    outcome: Result<Topic, Result<Invalid, PageError>>,
    body: &Body,
    again: impl FnOnce(&dyn Fn(&Tr) -> FormErrors) -> Result<Response, PageError>,
) -> Result<Response, PageError> {
    match outcome {
        Ok(topic) => Ok(see_other(&format!(
            "/bodies/{}#topic-{}",
            body.id, topic.id
        ))),
        Err(Err(error)) => Err(error),
        Err(Ok(invalid)) => again(&|t| FormErrors::from_invalid(t, &invalid)),
    }
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
pub(super) async fn decision_form(
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
pub(super) async fn decide(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path((raw, topic_raw)): Path<(String, String)>,
    FormBody(post): FormBody<Posted>,
) -> Result<Response, PageError> {
    let body = load_body(&state, &raw).await?;
    visitor.require(Action::ManageTopics(body.id))?;
    visitor.check_csrf(&post.csrf)?;
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
            .map_err(store_or_form),
        Err(invalid) => Err(Ok(invalid)),
    };
    let fields = decision_fields(&t, &state, &body, &post.values).await?;
    answer(outcome, &body, |errors| {
        render(
            decision_spec(&t, &body, &topic),
            &visitor,
            fields,
            errors(&t),
            StatusCode::UNPROCESSABLE_ENTITY,
        )
    })
}
