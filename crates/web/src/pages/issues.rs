//! The international public policy issues a call's responses raise, on their pages: the list
//! with how many responses raised each and from which stakeholder and regional groups; each
//! issue with every passage behind it, linked to the answer it came from; the form that records
//! a passage as a new issue or under an existing one, which first shows likely duplicates; and
//! merging and sorting into broad areas, each kept as a trail. Passages from responses the
//! public may not read are counted but shown only to those who compile.

use concord_domain::ids::{IssueId, QuestionId};
use std::collections::{BTreeMap, HashMap};

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use concord_domain::access::Action;
use concord_domain::body::Body;
use concord_domain::call::Call;
use concord_domain::policy_issue::{AreaForm, Destination, IssueForm, MergeForm};
use concord_domain::statistics::Dimension;
use concord_store::{CallStore, PolicyIssue, PolicyIssueStore, ReviewStore};

use crate::analysis::terms;
use crate::auth::Visitor;
use crate::common::facts::{attribution, label, RaisedBy, Respondents};
use crate::common::{load_call, missing};
use crate::error::PageError;
use crate::forms::{answer, CsrfForm, FormErrors, Refusal};
use crate::i18n::Tr;
use crate::AppState;

/// How alike two issues must be to be offered as likely duplicates (TF-IDF cosine).
const DUPLICATE_SCORE: f32 = 0.35;
/// How many likely duplicates the recording form offers.
const DUPLICATES_SHOWN: usize = 5;

/// An issue as the list shows it.
pub(crate) struct IssueRow {
    pub number: i64,
    pub title: String,
    pub area: String,
    pub raised: RaisedBy,
    /// "I3" when merged.
    pub merged_into: Option<i64>,
}

/// A passage behind an issue.
pub(crate) struct SourceRow {
    pub respondent: String,
    pub group: String,
    pub region: String,
    pub question: String,
    /// The passage, when the visitor may read it.
    pub excerpt: Option<String>,
    /// The answer it came from, when the visitor may read it.
    pub href: Option<String>,
    /// "I4" when recorded under an issue since merged into this one.
    pub recorded_under: Option<i64>,
    pub recorded: String,
}

#[derive(Template)]
#[template(path = "issues.html")]
struct IssuesPage {
    t: Tr,
    body: Body,
    call: Call,
    issues: Vec<IssueRow>,
    merged: Vec<IssueRow>,
    /// (area, the area as a query value, open issues in it).
    areas: Vec<(String, String, usize)>,
    area: Option<String>,
    /// Probable duplicates among open issues: (number, title, number, title).
    duplicates: Vec<(i64, String, i64, String)>,
    can_compile: bool,
}

/// Which issues to list.
#[derive(Debug, Default, serde::Deserialize)]
pub(crate) struct IssueFilter {
    area: Option<String>,
}

/// The words an issue is compared by: its title and its passages.
fn issue_terms(issue: &PolicyIssue) -> Vec<String> {
    let mut words = terms(&issue.title);
    for source in &issue.sources {
        words.extend(terms(&source.excerpt));
    }
    words
}

/// The issue list of a call.
pub(crate) async fn list(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    Query(filter): Query<IssueFilter>,
) -> Result<Response, PageError> {
    let (call, body) = load_call(&state, &visitor, &raw).await?;
    let issues = state.store.policy_issues(call.id).await?;
    let respondents = Respondents::load(&state, call.id.0).await?;
    let area = filter.area.filter(|a| !a.is_empty());
    let mut areas: BTreeMap<String, usize> = BTreeMap::new();
    for issue in issues.iter().filter(|i| i.merged.is_none()) {
        if let Some(a) = &issue.area {
            *areas.entry(a.clone()).or_default() += 1;
        }
    }
    let number_of: HashMap<IssueId, i64> = issues.iter().map(|i| (i.id, i.number)).collect();
    let row = |issue: &PolicyIssue| IssueRow {
        number: issue.number,
        title: issue.title.clone(),
        area: issue.area.clone().unwrap_or_default(),
        raised: respondents.raised_by(&t, issue),
        merged_into: issue
            .merged
            .as_ref()
            .and_then(|m| number_of.get(&m.into).copied()),
    };
    let open: Vec<&PolicyIssue> = issues.iter().filter(|i| i.merged.is_none()).collect();
    let shown: Vec<IssueRow> = open
        .iter()
        .filter(|i| area.is_none() || i.area == area)
        .map(|i| row(i))
        .collect();
    let merged: Vec<IssueRow> = issues
        .iter()
        .filter(|i| i.merged.is_some())
        .map(row)
        .collect();
    let documents: Vec<Vec<String>> = open.iter().map(|i| issue_terms(i)).collect();
    let duplicates = concord_text::similar::near_duplicate_pairs(&documents, DUPLICATE_SCORE)
        .into_iter()
        .take(50)
        .map(|(a, b, _)| {
            (
                open[a].number,
                open[a].title.clone(),
                open[b].number,
                open[b].title.clone(),
            )
        })
        .collect();
    let page = IssuesPage {
        can_compile: visitor.may(Action::CompileInputs(body.id)),
        issues: shown,
        merged,
        areas: areas
            .into_iter()
            .map(|(a, n)| {
                let query = crate::i18n::percent_encode(&a);
                (a, query, n)
            })
            .collect(),
        area,
        duplicates,
        t,
        body,
        call,
    };
    Ok(Html(page.render()?).into_response())
}

#[derive(Template)]
#[template(path = "issue.html")]
struct IssuePage {
    t: Tr,
    call: Call,
    number: i64,
    title: String,
    area: String,
    /// The trail of areas, latest first, in words.
    area_trail: Vec<String>,
    merged: Option<(i64, String)>,
    merged_from: Vec<i64>,
    raised: RaisedBy,
    sources: Vec<SourceRow>,
    /// Issues it may be merged into: (id, "I3 title").
    others: Vec<(IssueId, String)>,
    known_areas: Vec<String>,
    recorded: String,
    can_compile: bool,
    /// May propose it as a topic of the body's work.
    can_propose: bool,
    csrf: String,
    errors: FormErrors,
}

/// Finds an issue of a call by its number ("3" or "I3").
fn find(issues: &[PolicyIssue], raw: &str) -> Result<usize, PageError> {
    raw.trim_start_matches(['I', 'i'])
        .parse::<i64>()
        .ok()
        .and_then(|n| issues.iter().position(|i| i.number == n))
        .ok_or_else(|| missing("error-no-issue", raw))
}

async fn issue_page(
    t: Tr,
    visitor: &Visitor,
    state: &AppState,
    call: Call,
    raw: &str,
    errors: FormErrors,
) -> Result<String, PageError> {
    let issues = state.store.policy_issues(call.id).await?;
    let at = find(&issues, raw)?;
    let issue = &issues[at];
    let respondents = Respondents::load(state, call.id.0).await?;
    let questions = state.store.questions(call.id).await?;
    let can_compile = visitor.may(Action::CompileInputs(call.body_id));
    let number_of: HashMap<IssueId, i64> = issues.iter().map(|i| (i.id, i.number)).collect();
    let sources = issue
        .sources
        .iter()
        .map(|s| {
            let response = respondents.get(&s.reference);
            let readable = can_compile || response.is_some_and(|r| r.is_public(&call));
            SourceRow {
                respondent: match response {
                    Some(r) if can_compile => r.respondent.name.clone(),
                    Some(r) if readable => attribution(&t, r),
                    _ => t.get("issue-source-withheld"),
                },
                group: label(
                    &t,
                    Dimension::Group,
                    &respondents.key(&s.reference, Dimension::Group),
                ),
                region: label(
                    &t,
                    Dimension::Region,
                    &respondents.key(&s.reference, Dimension::Region),
                ),
                question: questions
                    .iter()
                    .find(|q| q.id == s.question_id)
                    .map(|q| q.label.clone())
                    .unwrap_or_default(),
                excerpt: readable.then(|| s.excerpt.clone()),
                href: readable.then(|| {
                    format!(
                        "/calls/{}/responses/{}#q-{}",
                        call.id, s.reference, s.question_id
                    )
                }),
                recorded_under: (s.recorded_under != issue.id)
                    .then(|| number_of.get(&s.recorded_under).copied())
                    .flatten(),
                recorded: format!("{}, {}", s.recorded_by, short_date(&s.created_at)),
            }
        })
        .collect();
    let mut known_areas: Vec<String> = issues.iter().filter_map(|i| i.area.clone()).collect();
    known_areas.sort();
    known_areas.dedup();
    let page = IssuePage {
        number: issue.number,
        title: issue.title.clone(),
        area: issue.area.clone().unwrap_or_default(),
        area_trail: issue
            .areas
            .iter()
            .map(|(area, by, at)| {
                format!(
                    "{} — {by}, {}",
                    area.clone().unwrap_or_else(|| t.get("issue-no-area")),
                    short_date(at)
                )
            })
            .collect(),
        merged: issue.merged.as_ref().map(|m| {
            (
                number_of.get(&m.into).copied().unwrap_or_default(),
                format!(
                    "{} — {}, {}",
                    m.reason,
                    m.merged_by,
                    short_date(&m.created_at)
                ),
            )
        }),
        merged_from: issue
            .merged_from
            .iter()
            .filter_map(|id| number_of.get(id).copied())
            .collect(),
        raised: respondents.raised_by(&t, issue),
        sources,
        others: issues
            .iter()
            .filter(|i| i.merged.is_none() && i.id != issue.id)
            .map(|i| (i.id, format!("I{} {}", i.number, i.title)))
            .collect(),
        known_areas,
        recorded: format!("{}, {}", issue.created_by, short_date(&issue.created_at)),
        can_compile,
        can_propose: visitor.may(Action::ManageTopics(call.body_id)) && issue.merged.is_none(),
        csrf: visitor.csrf.clone(),
        errors,
        t,
        call,
    };
    Ok(page.render()?)
}

/// The day of an RFC 3339 time.
fn short_date(at: &str) -> &str {
    at.get(..10).unwrap_or(at)
}

/// One issue with its sources.
pub(crate) async fn show(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path((raw, number)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let (call, _) = load_call(&state, &visitor, &raw).await?;
    let html = issue_page(t, &visitor, &state, call, &number, FormErrors::default()).await?;
    Ok(Html(html).into_response())
}

#[derive(Template)]
#[template(path = "issue_new.html")]
struct NewIssuePage {
    t: Tr,
    call: Call,
    reference: String,
    question_id: i64,
    question: String,
    answer: String,
    lang: String,
    passage: String,
    title: String,
    area: String,
    /// Likely duplicates: (id, number, title, score in percent).
    duplicates: Vec<(IssueId, i64, String, u32)>,
    /// Open issues to add the passage to: (id, "I3 title").
    open: Vec<(IssueId, String)>,
    known_areas: Vec<String>,
    csrf: String,
    errors: FormErrors,
}

/// What the recording form is about.
#[derive(Debug, Default, serde::Deserialize)]
pub(crate) struct NewIssueQuery {
    response: Option<String>,
    question: Option<i64>,
}

/// The answer a passage is taken from: the response's language, the answer and the question.
async fn answer_of(
    state: &AppState,
    call: &Call,
    reference: &str,
    question_id: i64,
) -> Result<Option<(String, String, String)>, PageError> {
    let Some(response) = state.store.submitted_response(call.id, reference).await? else {
        return Ok(None);
    };
    let Some(answer) = response
        .answers
        .iter()
        .find(|a| a.question_id == QuestionId(question_id))
        .and_then(|a| a.text.clone())
    else {
        return Ok(None);
    };
    let question = state
        .store
        .questions(call.id)
        .await?
        .into_iter()
        .find(|q| q.id == QuestionId(question_id))
        .map(|q| format!("{} {}", q.label, q.text))
        .unwrap_or_default();
    Ok(Some((response.lang, answer, question)))
}

/// The form and what it needs to show: the answer (when the form names one that exists; a
/// refused form may not) and the open issues.
async fn new_issue_page(
    t: Tr,
    visitor: &Visitor,
    state: &AppState,
    call: Call,
    form: &IssueForm,
    duplicates: Vec<(IssueId, i64, String, u32)>,
    errors: FormErrors,
) -> Result<String, PageError> {
    let reference = form.response.clone().unwrap_or_default();
    let question_id = form.question.unwrap_or_default();
    let (lang, answer, question) = answer_of(state, &call, &reference, question_id)
        .await?
        .unwrap_or_else(|| (call.fields.lang.clone(), String::new(), String::new()));
    let issues = state.store.policy_issues(call.id).await?;
    let mut known_areas: Vec<String> = issues.iter().filter_map(|i| i.area.clone()).collect();
    known_areas.sort();
    known_areas.dedup();
    let page = NewIssuePage {
        reference,
        question_id,
        question,
        answer,
        lang,
        passage: form.passage.clone().unwrap_or_default(),
        title: form.title.clone().unwrap_or_default(),
        area: form.area.clone().unwrap_or_default(),
        duplicates,
        open: issues
            .iter()
            .filter(|i| i.merged.is_none())
            .map(|i| (i.id, format!("I{} {}", i.number, i.title)))
            .collect(),
        known_areas,
        csrf: visitor.csrf.clone(),
        errors,
        t,
        call,
    };
    Ok(page.render()?)
}

/// The form that records a passage of one answer as an issue.
pub(crate) async fn new(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    Query(query): Query<NewIssueQuery>,
) -> Result<Response, PageError> {
    let (call, body) = load_call(&state, &visitor, &raw).await?;
    visitor.require(Action::CompileInputs(body.id))?;
    let form = IssueForm {
        response: query.response,
        question: query.question,
        ..IssueForm::default()
    };
    let reference = form.response.clone().unwrap_or_default();
    if answer_of(&state, &call, &reference, form.question.unwrap_or_default())
        .await?
        .is_none()
    {
        return Err(missing("error-no-answer", reference));
    }
    let html = new_issue_page(
        t,
        &visitor,
        &state,
        call,
        &form,
        Vec::new(),
        FormErrors::default(),
    )
    .await?;
    Ok(Html(html).into_response())
}

/// The open issues most like a new one, best first.
fn likely_duplicates(
    issues: &[PolicyIssue],
    title: &str,
    passage: &str,
) -> Vec<(IssueId, i64, String, u32)> {
    let open: Vec<&PolicyIssue> = issues.iter().filter(|i| i.merged.is_none()).collect();
    let candidates: Vec<Vec<String>> = open.iter().map(|i| issue_terms(i)).collect();
    let mut query = terms(title);
    query.extend(terms(passage));
    concord_text::similar::most_similar(&query, &candidates, DUPLICATES_SHOWN, DUPLICATE_SCORE)
        .into_iter()
        .map(|(at, score)| {
            let issue = open[at];
            // A cosine between 0 and 1, shown as a whole percentage.
            let percent = (score.clamp(0.0, 1.0) * 100.0).round() as u32;
            (issue.id, issue.number, issue.title.clone(), percent)
        })
        .collect()
}

/// Records a passage as a new issue or under an existing one. A new issue that looks like
/// existing ones is not recorded until the person has seen them and confirmed.
pub(crate) async fn record(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    CsrfForm(posted): CsrfForm<IssueFormPosted>,
) -> Result<Response, PageError> {
    let (call, body) = load_call(&state, &visitor, &raw).await?;
    visitor.require(Action::CompileInputs(body.id))?;
    let form = posted.form();
    let outcome = match form.parse() {
        Ok(sourced) => {
            if let (Destination::New { title, .. }, false) =
                (&sourced.destination, sourced.confirmed_new)
            {
                let issues = state.store.policy_issues(call.id).await?;
                let duplicates = likely_duplicates(&issues, title, &sourced.passage);
                if !duplicates.is_empty() {
                    let html = new_issue_page(
                        t,
                        &visitor,
                        &state,
                        call,
                        &form,
                        duplicates,
                        FormErrors::default(),
                    )
                    .await?;
                    return Ok((StatusCode::OK, Html(html)).into_response());
                }
            }
            state
                .store
                .record_issue_source(&visitor.audit_actor(), call.id, &sourced)
                .await
                .map_err(Refusal::from)
        }
        Err(invalid) => Err(invalid.into()),
    };
    // The new page is named by the issue's number, which the call's list gives.
    let outcome = match outcome {
        Ok(id) => state
            .store
            .policy_issues(call.id)
            .await
            .map(|issues| issues.iter().find(|i| i.id == id).map(|i| i.number))
            .map_err(Refusal::from),
        Err(refusal) => Err(refusal),
    };
    let call_id = call.id;
    answer(
        &t,
        outcome,
        move |number| format!("/calls/{call_id}/issues/{}", number.unwrap_or_default()),
        async |errors| {
            let html = new_issue_page(t.clone(), &visitor, &state, call, &form, Vec::new(), errors)
                .await?;
            Ok(Html(html).into_response())
        },
    )
    .await
}

/// The recording form as posted. Numbers come as text, so that an empty choice reads as none
/// rather than failing the whole form.
#[derive(Debug, Default, serde::Deserialize)]
pub(crate) struct IssueFormPosted {
    response: Option<String>,
    question: Option<String>,
    passage: Option<String>,
    title: Option<String>,
    area: Option<String>,
    issue: Option<String>,
    confirm_new: Option<String>,
}

impl IssueFormPosted {
    fn form(self) -> IssueForm {
        let number = |v: Option<String>| v.and_then(|v| v.trim().parse::<i64>().ok());
        IssueForm {
            response: self.response,
            question: number(self.question),
            passage: self.passage,
            title: self.title,
            area: self.area,
            issue: number(self.issue),
            confirm_new: self.confirm_new,
        }
    }
}

/// A merge or area form as posted.
#[derive(Debug, Default, serde::Deserialize)]
pub(crate) struct IssueChange {
    into: Option<String>,
    reason: Option<String>,
    area: Option<String>,
    title: Option<String>,
    description: Option<String>,
}

/// Merges an issue into another, with the reason.
pub(crate) async fn merge(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path((raw, number)): Path<(String, String)>,
    CsrfForm(posted): CsrfForm<IssueChange>,
) -> Result<Response, PageError> {
    change(t, visitor, state, raw, number, posted, true).await
}

/// Sorts an issue into a broad area.
pub(crate) async fn set_area(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path((raw, number)): Path<(String, String)>,
    CsrfForm(posted): CsrfForm<IssueChange>,
) -> Result<Response, PageError> {
    change(t, visitor, state, raw, number, posted, false).await
}

async fn change(
    t: Tr,
    visitor: Visitor,
    state: AppState,
    raw: String,
    number: String,
    posted: IssueChange,
    merging: bool,
) -> Result<Response, PageError> {
    let (call, body) = load_call(&state, &visitor, &raw).await?;
    visitor.require(Action::CompileInputs(body.id))?;
    let issues = state.store.policy_issues(call.id).await?;
    let issue = &issues[find(&issues, &number)?];
    let by = visitor.audit_actor();
    let outcome = if merging {
        let form = MergeForm {
            into: posted.into.and_then(|v| v.trim().parse().ok()),
            reason: posted.reason,
        };
        match form.parse(issue.id.0) {
            Ok((into, reason)) => state
                .store
                .merge_issue(&by, call.id, issue.id, IssueId(into), &reason)
                .await
                .map_err(Refusal::from),
            Err(invalid) => Err(invalid.into()),
        }
    } else {
        match (AreaForm { area: posted.area }).parse() {
            Ok(area) => state
                .store
                .set_issue_area(&by, call.id, issue.id, area.as_deref())
                .await
                .map_err(Refusal::from),
            Err(invalid) => Err(invalid.into()),
        }
    };
    let call_id = call.id;
    let issue_number = issue.number;
    answer(
        &t,
        outcome,
        move |()| format!("/calls/{}/issues/{}", call_id, issue_number),
        async |errors| {
            let html = issue_page(t.clone(), &visitor, &state, call, &number, errors).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(html)).into_response())
        },
    )
    .await
}

/// Proposes the issue as a topic of the body's work (the Chair's shortlist), linked to it.
pub(crate) async fn propose_topic(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path((raw, number)): Path<(String, String)>,
    CsrfForm(posted): CsrfForm<IssueChange>,
) -> Result<Response, PageError> {
    let (call, _) = load_call(&state, &visitor, &raw).await?;
    let issues = state.store.policy_issues(call.id).await?;
    let issue = &issues[find(&issues, &number)?];
    let source = concord_store::TopicSource::Issue(issue.id);
    let outcome = crate::common::topics::propose_from(
        &state,
        &visitor,
        &call,
        source,
        posted.title,
        posted.description,
    )
    .await;
    let body_id = call.body_id;
    answer(
        &t,
        outcome,
        |topic| format!("/bodies/{body_id}#topic-{}", topic.id),
        async |errors| {
            let html = issue_page(t.clone(), &visitor, &state, call, &number, errors).await?;
            Ok(Html(html).into_response())
        },
    )
    .await
}
