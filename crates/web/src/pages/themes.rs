//! Themes of a call's answers on their pages: the suggestion runs with their progress (the page
//! refreshes itself while one runs in the background), the suggested themes each explained by
//! its top words and representative excerpts, the forms that accept, rename, merge, split or
//! set aside a theme, and each accepted theme with the answers it codes, where a person can
//! correct any coding with a reason. The public sees accepted themes and published excerpts.

use concord_domain::ids::{QuestionId, ThemeId};
use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use concord_domain::access::Action;
use concord_domain::body::Body;
use concord_domain::call::Call;
use concord_domain::theme::{CodingForm, CodingSource, RunState, ThemeForm, ThemeState};
use concord_store::{CallStore, ReviewStore, Theme, ThemeStore};
use concord_text::themes::Options;

use crate::auth::Visitor;
use crate::common::facts::{attribution, Respondents};
use crate::common::{load_call, missing};
use crate::error::PageError;
use crate::forms::{answer, CsrfForm, FormErrors, Refusal};
use crate::i18n::Tr;
use crate::jobs::themes::{code_answers, compute, scope_texts};
use crate::AppState;

/// The longest excerpt shown for a representative answer, in characters.
const EXCERPT_CHARS: usize = 280;

/// A theme as the list shows it.
pub(crate) struct ThemeRow {
    pub number: i64,
    pub id: ThemeId,
    pub label: String,
    pub state: String,
    pub state_code: &'static str,
    pub scope: String,
    pub words: String,
    pub members: i64,
    pub coded: usize,
    /// Representative excerpts the visitor may read: (reference, excerpt).
    pub excerpts: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "themes.html")]
struct ThemesPage {
    t: Tr,
    body: Body,
    call: Call,
    /// The latest run, in words, and whether it is still going.
    run: Option<(String, i64, bool)>,
    accepted: Vec<ThemeRow>,
    suggested: Vec<ThemeRow>,
    /// Themes no longer in play, in words.
    closed: Vec<(i64, String, String)>,
    /// Questions to suggest themes for: (id, "4 What…").
    questions: Vec<(QuestionId, String)>,
    /// Open themes to merge into: (id, "T3 label").
    open: Vec<(ThemeId, String)>,
    can_compile: bool,
    csrf: String,
    errors: FormErrors,
}

/// A theme as the pages show it.
fn theme_row(
    t: &Tr,
    theme: &Theme,
    codings: &[concord_store::Coding],
    scope: String,
    excerpts: Vec<(String, String)>,
) -> ThemeRow {
    ThemeRow {
        number: theme.number,
        id: theme.id,
        label: theme.label.clone(),
        state: t.code("theme-state", theme.state.code()),
        state_code: theme.state.code(),
        scope,
        words: theme
            .terms
            .iter()
            .map(|(_, word, _)| word.as_str())
            .collect::<Vec<_>>()
            .join(", "),
        members: theme.members,
        coded: codings
            .iter()
            .filter(|c| c.theme_id == theme.id && c.applied)
            .count(),
        excerpts,
    }
}

/// The first `max` characters of `text`, cut at a word, with "…" when cut.
pub(crate) fn excerpt(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let cut: String = text.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{cut}…")
}

async fn themes_page(
    t: Tr,
    visitor: &Visitor,
    state: &AppState,
    call: Call,
    body: Body,
    errors: FormErrors,
) -> Result<(String, bool), PageError> {
    let can_compile = visitor.may(Action::CompileInputs(body.id));
    let themes = state.store.themes(call.id).await?;
    let codings = state.store.codings(call.id).await?;
    let runs = state.store.theme_runs(call.id).await?;
    let questions = state.store.questions(call.id).await?;
    let responses = state.store.submitted_responses(call.id).await?;
    let by_reference: HashMap<&str, &concord_store::ListedResponse> = responses
        .iter()
        .map(|r| (r.reference.as_str(), r))
        .collect();
    let scope_of = |question: Option<QuestionId>| match question {
        Some(q) => questions
            .iter()
            .find(|x| x.id == q)
            .map(|x| t.arg("themes-scope-question", "question", x.label.clone()))
            .unwrap_or_default(),
        None => t.get("themes-scope-call"),
    };
    let row = |theme: &Theme| {
        let excerpts = theme
            .representatives
            .iter()
            .filter_map(|reference| {
                let r = by_reference.get(reference.as_str())?;
                if !can_compile && !r.is_public(&call) {
                    return None;
                }
                let text = scope_texts(std::slice::from_ref(*r), theme.question_id)
                    .into_iter()
                    .next()?
                    .2;
                Some((reference.clone(), excerpt(&text, EXCERPT_CHARS)))
            })
            .collect();
        theme_row(&t, theme, &codings, scope_of(theme.question_id), excerpts)
    };
    let accepted = themes
        .iter()
        .filter(|th| th.state == ThemeState::Accepted)
        .map(row)
        .collect();
    let suggested = if can_compile {
        themes
            .iter()
            .filter(|th| th.state == ThemeState::Suggested)
            .map(row)
            .collect()
    } else {
        Vec::new()
    };
    let number_of: HashMap<ThemeId, i64> = themes.iter().map(|th| (th.id, th.number)).collect();
    let closed = themes
        .iter()
        .filter(|th| {
            matches!(
                th.state,
                ThemeState::Merged | ThemeState::Split | ThemeState::SetAside
            )
        })
        .map(|th| {
            let state = match th.merged_into.and_then(|id| number_of.get(&id)) {
                Some(into) => t.arg("theme-merged-into", "theme", format!("T{into}")),
                None => t.code("theme-state", th.state.code()),
            };
            (th.number, th.label.clone(), state)
        })
        .collect();
    let run = runs.first().map(|r| {
        let going = matches!(r.state, RunState::Queued | RunState::Running);
        let words = match r.state {
            RunState::Failed => t.arg(
                "theme-run-failed",
                "error",
                r.error.clone().unwrap_or_default(),
            ),
            RunState::Done => t.args(
                "theme-run-done",
                &[
                    ("answers", r.answers.to_string()),
                    ("themes", r.themes.to_string()),
                    ("scope", scope_of(r.question_id)),
                ],
            ),
            _ => t.code("theme-run-state", r.state.code()),
        };
        (words, r.progress, going)
    });
    let going = run.as_ref().is_some_and(|r| r.2);
    let page = ThemesPage {
        run,
        accepted,
        suggested,
        closed,
        questions: questions
            .iter()
            .map(|q| (q.id, format!("{} {}", q.label, q.text)))
            .collect(),
        open: themes
            .iter()
            .filter(|th| matches!(th.state, ThemeState::Suggested | ThemeState::Accepted))
            .map(|th| (th.id, format!("T{} {}", th.number, th.label)))
            .collect(),
        can_compile,
        csrf: visitor.csrf.clone(),
        errors,
        t,
        body,
        call,
    };
    Ok((page.render()?, going))
}

/// A call's themes.
pub(crate) async fn list(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> Result<Response, PageError> {
    let (call, body) = load_call(&state, &visitor, &raw).await?;
    let (html, going) = themes_page(t, &visitor, &state, call, body, FormErrors::default()).await?;
    let mut response = Html(html).into_response();
    if going {
        // Without script, the page comes back by itself while the run is computed.
        response.headers_mut().insert(
            axum::http::header::REFRESH,
            axum::http::HeaderValue::from_static("3"),
        );
    }
    Ok(response)
}

/// Forms of the themes pages as posted; numbers come as text so that an empty choice reads as
/// none rather than failing the whole form.
#[derive(Debug, Default, serde::Deserialize)]
pub(crate) struct ThemePosted {
    question: Option<String>,
    action: Option<String>,
    label: Option<String>,
    into: Option<String>,
    reason: Option<String>,
    response: Option<String>,
    applied: Option<String>,
    title: Option<String>,
    description: Option<String>,
}

fn number(value: Option<&String>) -> Option<i64> {
    value.and_then(|v| v.trim().parse().ok())
}

/// Queues a suggestion run for the whole call or one question.
pub(crate) async fn request(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    CsrfForm(posted): CsrfForm<ThemePosted>,
) -> Result<Response, PageError> {
    let (call, body) = load_call(&state, &visitor, &raw).await?;
    visitor.require(Action::CompileInputs(body.id))?;
    let question = number(posted.question.as_ref());
    let outcome = state
        .store
        .request_theme_run(&visitor.audit_actor(), call.id, question)
        .await
        .map_err(Refusal::from);
    let location = format!("/calls/{}/themes", call.id);
    answer(
        &t,
        outcome,
        |_| location,
        async |errors| {
            let (html, _) = themes_page(t.clone(), &visitor, &state, call, body, errors).await?;
            Ok(Html(html).into_response())
        },
    )
    .await
}

/// Finds a theme of a call by its number ("3" or "T3").
fn find(themes: &[Theme], raw: &str) -> Result<usize, PageError> {
    raw.trim_start_matches(['T', 't'])
        .parse::<i64>()
        .ok()
        .and_then(|n| themes.iter().position(|th| th.number == n))
        .ok_or_else(|| missing("error-no-theme", raw))
}

/// Accepts, renames, merges, splits or sets aside a theme. Accepting or merging codes the
/// answers again with the accepted themes.
pub(crate) async fn change(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path((raw, number_raw)): Path<(String, String)>,
    CsrfForm(posted): CsrfForm<ThemePosted>,
) -> Result<Response, PageError> {
    let (call, body) = load_call(&state, &visitor, &raw).await?;
    visitor.require(Action::CompileInputs(body.id))?;
    let themes = state.store.themes(call.id).await?;
    let theme = themes[find(&themes, &number_raw)?].clone();
    let by = visitor.audit_actor();
    let outcome = if posted.action.as_deref() == Some("split") {
        split(&state, &by, &call, &theme).await
    } else {
        let form = ThemeForm {
            action: posted.action.clone(),
            label: posted.label.clone(),
            into: number(posted.into.as_ref()),
            reason: posted.reason.clone(),
        };
        match form.parse() {
            Ok(change) => state
                .store
                .change_theme(&by, call.id, theme.id, &change)
                .await
                .map_err(Refusal::from),
            Err(invalid) => Err(invalid.into()),
        }
    };
    if outcome.is_ok() && matches!(posted.action.as_deref(), Some("accept" | "merge")) {
        code_answers(&state.store, &by, call.id.0).await?;
    }
    let location = format!("/calls/{}/themes", call.id);
    answer(
        &t,
        outcome,
        |()| location,
        async |errors| {
            let (html, _) = themes_page(t.clone(), &visitor, &state, call, body, errors).await?;
            Ok(Html(html).into_response())
        },
    )
    .await
}

/// Splits a theme in two: its own answers are clustered again into two themes.
async fn split(
    state: &AppState,
    by: &concord_store::AuditActor,
    call: &Call,
    theme: &Theme,
) -> Result<(), Refusal> {
    let responses = state.store.submitted_responses(call.id).await?;
    let codings = state.store.codings(call.id).await?;
    let coded: std::collections::HashSet<&str> = codings
        .iter()
        .filter(|c| c.theme_id == theme.id && c.applied)
        .map(|c| c.reference.as_str())
        .collect();
    // A suggested theme has no codings yet: its answers are those sharing its words.
    let texts: Vec<(String, String, String)> = scope_texts(&responses, theme.question_id)
        .into_iter()
        .filter(|(reference, _, text)| {
            coded.contains(reference.as_str()) || (coded.is_empty() && mentions(text, &theme.terms))
        })
        .collect();
    let parts = tokio::task::spawn_blocking(move || {
        compute(
            &texts,
            &Options {
                themes: Some(2),
                ..Options::default()
            },
        )
    })
    .await
    .map_err(|e| Refusal::from(concord_store::StoreError::Failed(e.to_string())))?;
    state
        .store
        .split_theme(by, call.id, theme.id, &parts)
        .await
        .map_err(Refusal::from)
}

/// Whether a text uses one of a theme's top words.
fn mentions(text: &str, terms: &[(String, String, f32)]) -> bool {
    let words = crate::analysis::terms(text);
    terms
        .iter()
        .take(5)
        .any(|(term, _, _)| words.contains(term))
}

#[derive(Template)]
#[template(path = "theme.html")]
struct ThemePage {
    t: Tr,
    call: Call,
    theme: ThemeRow,
    /// May propose it as a topic of the body's work.
    can_propose: bool,
    /// Coded answers: (reference, respondent, excerpt or none, how coded).
    coded: Vec<(String, String, Option<String>, String)>,
    can_compile: bool,
    csrf: String,
    errors: FormErrors,
}

async fn theme_page(
    t: Tr,
    visitor: &Visitor,
    state: &AppState,
    call: Call,
    raw: &str,
    errors: FormErrors,
) -> Result<String, PageError> {
    let can_compile = visitor.may(Action::CompileInputs(call.body_id));
    let themes = state.store.themes(call.id).await?;
    let theme = &themes[find(&themes, raw)?];
    if theme.state != ThemeState::Accepted && !can_compile {
        return Err(missing("error-no-theme", raw));
    }
    let respondents = Respondents::load(state, call.id.0).await?;
    let codings = state.store.codings(call.id).await?;
    let coded = codings
        .iter()
        .filter(|c| c.theme_id == theme.id && c.applied)
        .map(|c| {
            let response = respondents.get(&c.reference);
            let readable = can_compile || response.is_some_and(|r| r.is_public(&call));
            let respondent = match response {
                Some(r) if can_compile => r.respondent.name.clone(),
                Some(r) if readable => attribution(&t, r),
                _ => t.get("issue-source-withheld"),
            };
            let text = response
                .filter(|_| readable)
                .and_then(|r| scope_texts(std::slice::from_ref(r), theme.question_id).pop())
                .map(|(_, _, text)| excerpt(&text, EXCERPT_CHARS));
            let how = match c.source {
                CodingSource::Computed => t.get("theme-coded-computed"),
                CodingSource::Person => t.args(
                    "theme-coded-person",
                    &[
                        ("who", c.recorded_by.clone()),
                        ("reason", c.reason.clone().unwrap_or_default()),
                    ],
                ),
            };
            (c.reference.clone(), respondent, text, how)
        })
        .collect();
    let row = theme_row(&t, theme, &codings, String::new(), Vec::new());
    let page = ThemePage {
        can_propose: visitor.may(Action::ManageTopics(call.body_id))
            && theme.state == ThemeState::Accepted,
        theme: row,
        coded,
        can_compile,
        csrf: visitor.csrf.clone(),
        errors,
        t,
        call,
    };
    Ok(page.render()?)
}

/// One theme with the answers it codes.
pub(crate) async fn show(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path((raw, number_raw)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let (call, _) = load_call(&state, &visitor, &raw).await?;
    let html = theme_page(
        t,
        &visitor,
        &state,
        call,
        &number_raw,
        FormErrors::default(),
    )
    .await?;
    Ok(Html(html).into_response())
}

/// A person's correction of one answer's coding.
pub(crate) async fn correct(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path((raw, number_raw)): Path<(String, String)>,
    CsrfForm(posted): CsrfForm<ThemePosted>,
) -> Result<Response, PageError> {
    let (call, body) = load_call(&state, &visitor, &raw).await?;
    visitor.require(Action::CompileInputs(body.id))?;
    let themes = state.store.themes(call.id).await?;
    let theme = themes[find(&themes, &number_raw)?].clone();
    let form = CodingForm {
        response: posted.response,
        applied: posted.applied,
        reason: posted.reason,
    };
    let outcome = match form.parse() {
        Ok(correction) => state
            .store
            .record_codings(
                &visitor.audit_actor(),
                call.id,
                &[(theme.id, correction.response, correction.applied)],
                CodingSource::Person,
                Some(&correction.reason),
            )
            .await
            .map(|_| ())
            .map_err(Refusal::from),
        Err(invalid) => Err(invalid.into()),
    };
    let call_id = call.id;
    let theme_number = theme.number;
    answer(
        &t,
        outcome,
        move |()| format!("/calls/{}/themes/{}", call_id, theme_number),
        async |errors| {
            let html = theme_page(t.clone(), &visitor, &state, call, &number_raw, errors).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(html)).into_response())
        },
    )
    .await
}

/// Proposes an accepted theme as a topic of the body's work, linked to it.
pub(crate) async fn propose_topic(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path((raw, number_raw)): Path<(String, String)>,
    CsrfForm(posted): CsrfForm<ThemePosted>,
) -> Result<Response, PageError> {
    let (call, _) = load_call(&state, &visitor, &raw).await?;
    let themes = state.store.themes(call.id).await?;
    let theme = &themes[find(&themes, &number_raw)?];
    let source = concord_store::TopicSource::Theme(theme.id);
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
            let html = theme_page(t.clone(), &visitor, &state, call, &number_raw, errors).await?;
            Ok(Html(html).into_response())
        },
    )
    .await
}
