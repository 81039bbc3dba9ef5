//! The background work of themes: a suggestion run reads a call's answers (one question's, or
//! each response's answers together), tokenises them, computes themes with `concord-text` on a
//! blocking thread, and stores them with progress recorded at each stage so the page can show
//! it; coding applies the accepted themes to the answers. Long analyses never hold a request.

use concord_domain::ids::{CallId, QuestionId, ThemeId};
use std::collections::HashMap;

use concord_domain::theme::{CodingSource, RunState, ThemeState};
use concord_store::{
    AuditActor, Job, ListedResponse, MailStore, NewTheme, ReviewStore, Store, ThemeRun, ThemeStore,
};
use concord_text::themes::{code, suggest, Options, DEFAULT_CODING_THRESHOLD};

use crate::analysis::Terms;

/// How many top words label a suggested theme.
const LABEL_WORDS: usize = 3;

/// The texts a run or a coding works on: for each submitted response with something written in
/// scope, its reference, language and text.
pub(crate) fn scope_texts(
    responses: &[ListedResponse],
    question: Option<QuestionId>,
) -> Vec<(String, String, String)> {
    responses
        .iter()
        .filter_map(|r| {
            let text = r
                .answers
                .iter()
                .filter(|a| question.is_none_or(|q| a.question_id == q))
                .filter_map(|a| a.text.as_deref())
                .collect::<Vec<_>>()
                .join("\n\n");
            (!text.trim().is_empty()).then(|| (r.reference.clone(), r.lang.clone(), text))
        })
        .collect()
}

/// Suggested themes for texts, labelled with the words people wrote.
pub(crate) fn compute(texts: &[(String, String, String)], options: &Options) -> Vec<NewTheme> {
    let mut terms = Terms::remembering();
    let docs: Vec<Vec<String>> = texts
        .iter()
        .map(|(_, lang, text)| terms.of(text, Some(lang)))
        .collect();
    suggest(&docs, options)
        .into_iter()
        .map(|theme| {
            let written: Vec<(String, String, f32)> = theme
                .terms
                .iter()
                .map(|(term, weight)| (term.clone(), terms.written(term), *weight))
                .collect();
            NewTheme {
                label: written
                    .iter()
                    .take(LABEL_WORDS)
                    .map(|(_, word, _)| word.as_str())
                    .collect::<Vec<_>>()
                    .join(" · "),
                terms: written,
                representatives: theme
                    .representatives
                    .iter()
                    .map(|&at| texts[at].0.clone())
                    .collect(),
                members: i64::try_from(theme.members.len()).unwrap_or(i64::MAX),
            }
        })
        .collect()
}

/// Runs a queued suggestion run.
pub(crate) async fn suggest_themes(
    store: &Store,
    job: &Job,
    run: i64,
) -> concord_store::Result<()> {
    let Some(found) = store.theme_run(run).await? else {
        return store.finish_job(job.id).await;
    };
    if matches!(found.state, RunState::Done | RunState::Failed) {
        return store.finish_job(job.id).await;
    }
    match compute_run(store, &found).await {
        Ok(()) => {}
        Err(error) => {
            tracing::error!(run, %error, "theme run failed");
            store.fail_theme_run(run, &error.to_string()).await?;
        }
    }
    store.finish_job(job.id).await
}

/// Computes a run now, in the caller's task (for loading demonstration data; the server runs
/// them as background jobs).
pub async fn compute_run(store: &Store, run: &ThemeRun) -> concord_store::Result<()> {
    store
        .theme_run_progress(run.id, RunState::Running, 10)
        .await?;
    let responses = store.submitted_responses(run.call_id).await?;
    let texts = scope_texts(&responses, run.question_id);
    store
        .theme_run_progress(run.id, RunState::Running, 30)
        .await?;
    let answers = i64::try_from(texts.len()).unwrap_or(i64::MAX);
    let themes = tokio::task::spawn_blocking(move || compute(&texts, &Options::default()))
        .await
        .map_err(|e| concord_store::StoreError::Failed(format!("the computation stopped: {e}")))?;
    store
        .theme_run_progress(run.id, RunState::Running, 90)
        .await?;
    store.finish_theme_run(run.id, answers, &themes).await
}

/// Codes the call's answers with its accepted themes, each in its own scope. Computed codings
/// never override what a person recorded.
pub async fn code_answers(
    store: &Store,
    by: &AuditActor,
    call: i64,
) -> concord_store::Result<usize> {
    let themes: Vec<_> = store
        .themes(CallId(call))
        .await?
        .into_iter()
        .filter(|t| t.state == ThemeState::Accepted)
        .collect();
    if themes.is_empty() {
        return Ok(0);
    }
    let responses = store.submitted_responses(CallId(call)).await?;
    let mut by_scope: HashMap<Option<QuestionId>, Vec<&concord_store::Theme>> = HashMap::new();
    for theme in &themes {
        by_scope.entry(theme.question_id).or_default().push(theme);
    }
    let mut entries = Vec::new();
    for (scope, scoped) in by_scope {
        let texts = scope_texts(&responses, scope);
        let weighted: Vec<Vec<(String, f32)>> = scoped
            .iter()
            .map(|t| {
                t.terms
                    .iter()
                    .map(|(term, _, w)| (term.clone(), *w))
                    .collect()
            })
            .collect();
        let ids: Vec<ThemeId> = scoped.iter().map(|t| t.id).collect();
        let found = tokio::task::spawn_blocking(move || {
            let mut terms = Terms::default();
            let docs: Vec<Vec<String>> = texts
                .iter()
                .map(|(_, lang, text)| terms.of(text, Some(lang)))
                .collect();
            let coded = code(&docs, &weighted, DEFAULT_CODING_THRESHOLD);
            texts
                .into_iter()
                .zip(coded)
                .flat_map(|((reference, _, _), themes)| {
                    themes
                        .into_iter()
                        .map(|at| (ids[at], reference.clone(), true))
                        .collect::<Vec<_>>()
                })
                .collect::<Vec<_>>()
        })
        .await
        .map_err(|e| concord_store::StoreError::Failed(format!("the coding stopped: {e}")))?;
        entries.extend(found);
    }
    store
        .record_codings(by, CallId(call), &entries, CodingSource::Computed, None)
        .await
}
