//! Themes of a call's answers, stored: suggestion runs (queued with a background job in the
//! transaction that requests them, with their progress), the themes they suggest, what people
//! do with each (accept, rename, merge, split, set aside — every change in the audit log), and
//! the coding of responses with accepted themes, a trail only added to where the latest entry
//! for a response and a theme stands.

use concord_domain::ids::{CallId, QuestionId, ResponseId, ThemeId};
use std::collections::HashMap;

use concord_domain::theme::{CodingSource, RunState, ThemeChange, ThemeState};
use serde::{Deserialize, Serialize};

use crate::audit::{public_change, record, AuditActor};
use crate::connect::Store;
use crate::error::StoreError;
use crate::jobs::{enqueue, Task};
use crate::policy_issues::{body_of_call, submitted_response_id};
use crate::rows::{now, RowExt};
use crate::Result;

/// A suggestion run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ThemeRun {
    /// Its id.
    pub id: i64,
    /// The call.
    pub call_id: CallId,
    /// The question, or the whole call.
    pub question_id: Option<QuestionId>,
    /// Where it stands.
    pub state: RunState,
    /// Percent done.
    pub progress: i64,
    /// Answers read.
    pub answers: i64,
    /// Themes suggested.
    pub themes: i64,
    /// Why it failed.
    pub error: Option<String>,
    /// Who asked.
    pub requested_by: String,
    /// When.
    pub created_at: String,
}

/// A theme as computed, before it is stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NewTheme {
    /// A label to start from (its top terms).
    pub label: String,
    /// Top terms, best first: the term as the tokeniser makes it (what coding compares), the
    /// word people wrote most often for it (what the page shows), and its weight.
    pub terms: Vec<(String, String, f32)>,
    /// Representative answers: response references, best first.
    pub representatives: Vec<String>,
    /// Answers assigned to it by the computation.
    pub members: i64,
}

/// A stored theme.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Theme {
    /// Its id.
    pub id: ThemeId,
    /// The call.
    pub call_id: CallId,
    /// The question, or the whole call.
    pub question_id: Option<QuestionId>,
    /// Its number within the call (1 for T1).
    pub number: i64,
    /// Its label.
    pub label: String,
    /// Top terms: (term, written word, weight), best first.
    pub terms: Vec<(String, String, f32)>,
    /// Representative answers by reference.
    pub representatives: Vec<String>,
    /// Answers the computation assigned to it.
    pub members: i64,
    /// Where it stands.
    pub state: ThemeState,
    /// The theme it was merged into.
    pub merged_into: Option<ThemeId>,
    /// The theme it was split from.
    pub split_from: Option<i64>,
}

/// The coding of one response with one theme, as it stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Coding {
    /// The theme.
    pub theme_id: ThemeId,
    /// The response.
    pub response_id: ResponseId,
    /// Its reference.
    pub reference: String,
    /// Whether the theme applies.
    pub applied: bool,
    /// Computed or by a person.
    pub source: CodingSource,
    /// A person's reason.
    pub reason: Option<String>,
    /// Who.
    pub recorded_by: String,
}

/// Storage of themes.
#[allow(async_fn_in_trait)]
pub trait ThemeStore {
    /// Queues a suggestion run for a call or one of its questions, with its background job.
    async fn request_theme_run(
        &self,
        by: &AuditActor,
        call: CallId,
        question: Option<i64>,
    ) -> Result<ThemeRun>;
    /// One run.
    async fn theme_run(&self, run: i64) -> Result<Option<ThemeRun>>;
    /// A call's runs, latest first.
    async fn theme_runs(&self, call: CallId) -> Result<Vec<ThemeRun>>;
    /// Records a run's progress.
    async fn theme_run_progress(&self, run: i64, state: RunState, progress: i64) -> Result<()>;
    /// Records a failed run.
    async fn fail_theme_run(&self, run: i64, error: &str) -> Result<()>;
    /// Stores a run's suggestions; earlier suggestions of the same scope nobody acted on are
    /// superseded.
    async fn finish_theme_run(&self, run: i64, answers: i64, themes: &[NewTheme]) -> Result<()>;
    /// A call's themes in number order, all states.
    async fn themes(&self, call: CallId) -> Result<Vec<Theme>>;
    /// Applies a person's change to a theme.
    async fn change_theme(
        &self,
        by: &AuditActor,
        call: CallId,
        theme: ThemeId,
        change: &ThemeChange,
    ) -> Result<()>;
    /// Splits a theme into the given suggestions.
    async fn split_theme(
        &self,
        by: &AuditActor,
        call: CallId,
        theme: ThemeId,
        parts: &[NewTheme],
    ) -> Result<()>;
    /// The codings of a call's responses as they stand (latest entry per response and theme).
    async fn codings(&self, call: CallId) -> Result<Vec<Coding>>;
    /// Records codings: computed ones are added only where no entry exists yet for the pair,
    /// so a person's correction is never overridden by a later computation.
    async fn record_codings(
        &self,
        by: &AuditActor,
        call: CallId,
        entries: &[(ThemeId, String, bool)],
        source: CodingSource,
        reason: Option<&str>,
    ) -> Result<usize>;
}

fn run_from_row(row: &sqlx::any::AnyRow) -> Result<ThemeRun, sqlx::Error> {
    Ok(ThemeRun {
        id: row.int("id")?,
        call_id: CallId(row.int("call_id")?),
        question_id: row.opt_int("question_id")?.map(QuestionId),
        state: row.code("state", RunState::parse)?,
        progress: row.int("progress")?,
        answers: row.int("answers")?,
        themes: row.int("themes")?,
        error: row.opt_text("error")?,
        requested_by: row.text("requested_by")?,
        created_at: row.text("created_at")?,
    })
}

const RUN_COLUMNS: &str =
    "id, call_id, question_id, state, progress, answers, themes, error, requested_by, created_at";

/// Refuses work on a theme that has given way to others.
fn closed(field: &str) -> StoreError {
    StoreError::refused(
        field,
        "theme_closed",
        "This theme was merged, split, set aside or superseded; work on the themes that replaced it",
    )
}

/// Whether people can still work on a theme in this state.
fn open(state: ThemeState) -> bool {
    matches!(state, ThemeState::Suggested | ThemeState::Accepted)
}

async fn load_theme(conn: &mut sqlx::AnyConnection, call: CallId, theme: ThemeId) -> Result<Theme> {
    let row = sqlx::query(&format!(
        "SELECT {THEME_COLUMNS} FROM themes WHERE id = $1 AND call_id = $2"
    ))
    .bind(theme.0)
    .bind(call.0)
    .fetch_optional(&mut *conn)
    .await?
    .ok_or_else(|| {
        StoreError::refused(
            "theme",
            "theme_not_of_call",
            "This theme is not one of the call's",
        )
    })?;
    Ok(theme_from_row(&row)?)
}

const THEME_COLUMNS: &str = "id, call_id, question_id, number, label, terms, representatives, \
    members, state, merged_into, split_from";

fn theme_from_row(row: &sqlx::any::AnyRow) -> Result<Theme, sqlx::Error> {
    let json = |column: &str| -> Result<String, sqlx::Error> { row.text(column) };
    Ok(Theme {
        id: ThemeId(row.int("id")?),
        call_id: CallId(row.int("call_id")?),
        question_id: row.opt_int("question_id")?.map(QuestionId),
        number: row.int("number")?,
        label: row.text("label")?,
        terms: serde_json::from_str(&json("terms")?)
            .map_err(|_| crate::rows::decode_error("terms", "json"))?,
        representatives: serde_json::from_str(&json("representatives")?)
            .map_err(|_| crate::rows::decode_error("representatives", "json"))?,
        members: row.int("members")?,
        state: row.code("state", ThemeState::parse)?,
        merged_into: row.opt_int("merged_into")?.map(ThemeId),
        split_from: row.opt_int("split_from")?,
    })
}

/// Inserts computed themes, numbered after the call's last.
async fn insert_themes(
    conn: &mut sqlx::AnyConnection,
    call: CallId,
    question: Option<i64>,
    run: Option<i64>,
    split_from: Option<i64>,
    themes: &[NewTheme],
) -> Result<()> {
    let mut number =
        sqlx::query("SELECT COALESCE(MAX(number), 0) AS n FROM themes WHERE call_id = $1")
            .bind(call.0)
            .fetch_one(&mut *conn)
            .await?
            .int("n")?;
    let at = now();
    for theme in themes {
        number += 1;
        sqlx::query(
            "INSERT INTO themes (call_id, question_id, run_id, number, label, terms, \
             representatives, members, state, split_from, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11)",
        )
        .bind(call.0)
        .bind(question)
        .bind(run)
        .bind(number)
        .bind(&theme.label)
        .bind(serde_json::to_string(&theme.terms).unwrap_or_else(|_| "[]".into()))
        .bind(serde_json::to_string(&theme.representatives).unwrap_or_else(|_| "[]".into()))
        .bind(theme.members)
        .bind(ThemeState::Suggested.code())
        .bind(split_from)
        .bind(&at)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

async fn set_state(
    conn: &mut sqlx::AnyConnection,
    theme: ThemeId,
    state: ThemeState,
    label: Option<&str>,
    merged_into: Option<ThemeId>,
) -> Result<()> {
    sqlx::query(
        "UPDATE themes SET state = $1, label = COALESCE($2, label), \
         merged_into = COALESCE($3, merged_into), updated_at = $4 WHERE id = $5",
    )
    .bind(state.code())
    .bind(label)
    .bind(merged_into.map(|theme| theme.0))
    .bind(now())
    .bind(theme.0)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

impl ThemeStore for Store {
    async fn request_theme_run(
        &self,
        by: &AuditActor,
        call: CallId,
        question: Option<i64>,
    ) -> Result<ThemeRun> {
        let mut tx = self.begin_write().await?;
        let body = body_of_call(&mut tx, call).await?;
        if let Some(question) = question {
            sqlx::query("SELECT id FROM call_questions WHERE id = $1 AND call_id = $2")
                .bind(question)
                .bind(call.0)
                .fetch_optional(&mut *tx)
                .await?
                .ok_or_else(|| {
                    StoreError::refused(
                        "question",
                        "question_not_of_call",
                        "This question is not one of the call's",
                    )
                })?;
        }
        let busy = sqlx::query(
            "SELECT COUNT(*) AS n FROM theme_runs WHERE call_id = $1 AND state IN ('queued', 'running')",
        )
        .bind(call.0)
        .fetch_one(&mut *tx)
        .await?
        .int("n")?;
        if busy > 0 {
            return Err(StoreError::refused(
                "question",
                "theme_run_busy",
                "Themes are already being computed for this call; wait for that run to finish",
            ));
        }
        let at = now();
        let id = sqlx::query(
            "INSERT INTO theme_runs (call_id, question_id, state, requested_by, created_at) \
             VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(call.0)
        .bind(question)
        .bind(RunState::Queued.code())
        .bind(&by.label)
        .bind(&at)
        .fetch_one(&mut *tx)
        .await?
        .int("id")?;
        enqueue(
            &mut tx,
            Task::SuggestThemes { run: id },
            time::OffsetDateTime::now_utc(),
            3,
        )
        .await?;
        record(
            &mut tx,
            by,
            public_change("theme_run", "call", call.0, body, format!("run {id}"), None),
        )
        .await?;
        let run = sqlx::query(&format!(
            "SELECT {RUN_COLUMNS} FROM theme_runs WHERE id = $1"
        ))
        .bind(id)
        .fetch_one(&mut *tx)
        .await?;
        let run = run_from_row(&run)?;
        tx.commit().await?;
        Ok(run)
    }

    async fn theme_run(&self, run: i64) -> Result<Option<ThemeRun>> {
        let row = sqlx::query(&format!(
            "SELECT {RUN_COLUMNS} FROM theme_runs WHERE id = $1"
        ))
        .bind(run)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.as_ref().map(run_from_row).transpose()?)
    }

    async fn theme_runs(&self, call: CallId) -> Result<Vec<ThemeRun>> {
        let rows = sqlx::query(&format!(
            "SELECT {RUN_COLUMNS} FROM theme_runs WHERE call_id = $1 ORDER BY id DESC"
        ))
        .bind(call.0)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.iter().map(run_from_row).collect::<Result<_, _>>()?)
    }

    async fn theme_run_progress(&self, run: i64, state: RunState, progress: i64) -> Result<()> {
        let mut tx = self.begin_write().await?;
        sqlx::query("UPDATE theme_runs SET state = $1, progress = $2 WHERE id = $3")
            .bind(state.code())
            .bind(progress)
            .bind(run)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn fail_theme_run(&self, run: i64, error: &str) -> Result<()> {
        let mut tx = self.begin_write().await?;
        sqlx::query("UPDATE theme_runs SET state = $1, error = $2, finished_at = $3 WHERE id = $4")
            .bind(RunState::Failed.code())
            .bind(error)
            .bind(now())
            .bind(run)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn finish_theme_run(&self, run: i64, answers: i64, themes: &[NewTheme]) -> Result<()> {
        let mut tx = self.begin_write().await?;
        let row = sqlx::query("SELECT call_id, question_id FROM theme_runs WHERE id = $1")
            .bind(run)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or_else(|| StoreError::not_found("theme run"))?;
        let (call, question) = (row.int("call_id")?, row.opt_int("question_id")?);
        // Suggestions of the same scope that nobody acted on give way to the new ones.
        let scope = if question.is_some() {
            "question_id = $3"
        } else {
            "question_id IS NULL AND $3 IS NULL"
        };
        sqlx::query(&format!(
            "UPDATE themes SET state = $1, updated_at = $4 WHERE call_id = $2 AND state = 'suggested' \
             AND split_from IS NULL AND {scope}"
        ))
        .bind(ThemeState::Superseded.code())
        .bind(call)
        .bind(question)
        .bind(now())
        .execute(&mut *tx)
        .await?;
        insert_themes(&mut tx, CallId(call), question, Some(run), None, themes).await?;
        sqlx::query(
            "UPDATE theme_runs SET state = $1, progress = 100, answers = $2, themes = $3, \
             finished_at = $4 WHERE id = $5",
        )
        .bind(RunState::Done.code())
        .bind(answers)
        .bind(i64::try_from(themes.len()).unwrap_or(i64::MAX))
        .bind(now())
        .bind(run)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn themes(&self, call: CallId) -> Result<Vec<Theme>> {
        let rows = sqlx::query(&format!(
            "SELECT {THEME_COLUMNS} FROM themes WHERE call_id = $1 ORDER BY number"
        ))
        .bind(call.0)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.iter().map(theme_from_row).collect::<Result<_, _>>()?)
    }

    async fn change_theme(
        &self,
        by: &AuditActor,
        call: CallId,
        theme: ThemeId,
        change: &ThemeChange,
    ) -> Result<()> {
        let mut tx = self.begin_write().await?;
        let body = body_of_call(&mut tx, call).await?;
        let before = load_theme(&mut tx, call, theme).await?;
        if !open(before.state) {
            return Err(closed("theme"));
        }
        let (action, after, reason) = match change {
            ThemeChange::Accept(label) => {
                set_state(&mut tx, theme, ThemeState::Accepted, Some(label), None).await?;
                ("theme_accept", label.clone(), None)
            }
            ThemeChange::Rename(label) => {
                set_state(&mut tx, theme, before.state, Some(label), None).await?;
                ("theme_rename", label.clone(), None)
            }
            ThemeChange::SetAside(reason) => {
                set_state(&mut tx, theme, ThemeState::SetAside, None, None).await?;
                (
                    "theme_set_aside",
                    before.label.clone(),
                    Some(reason.as_str()),
                )
            }
            ThemeChange::MergeInto(into) => {
                let into = &ThemeId(*into);
                if *into == theme {
                    return Err(StoreError::refused(
                        "into",
                        "theme_merge_self",
                        "A theme cannot be merged into itself",
                    ));
                }
                let target = load_theme(&mut tx, call, *into).await?;
                if !open(target.state) {
                    return Err(closed("into"));
                }
                set_state(&mut tx, theme, ThemeState::Merged, None, Some(*into)).await?;
                // The theme that stays takes the merged one's terms and answers.
                let mut weights: HashMap<(String, String), f32> = HashMap::new();
                for (term, word, weight) in target.terms.iter().chain(&before.terms) {
                    *weights.entry((term.clone(), word.clone())).or_default() += weight;
                }
                let mut terms: Vec<(String, String, f32)> = weights
                    .into_iter()
                    .map(|((term, word), weight)| (term, word, weight))
                    .collect();
                terms.sort_by(|a, b| b.2.total_cmp(&a.2).then_with(|| a.0.cmp(&b.0)));
                terms.truncate(target.terms.len().max(before.terms.len()).max(1) * 2);
                let mut representatives = target.representatives.clone();
                representatives.extend(before.representatives.iter().cloned());
                representatives.dedup();
                sqlx::query(
                    "UPDATE themes SET terms = $1, representatives = $2, members = members + $3, \
                     updated_at = $4 WHERE id = $5",
                )
                .bind(serde_json::to_string(&terms).unwrap_or_else(|_| "[]".into()))
                .bind(serde_json::to_string(&representatives).unwrap_or_else(|_| "[]".into()))
                .bind(before.members)
                .bind(now())
                .bind(into.0)
                .execute(&mut *tx)
                .await?;
                (
                    "theme_merge",
                    format!("T{} → T{}", before.number, target.number),
                    None,
                )
            }
        };
        record(
            &mut tx,
            by,
            public_change(action, "call", call.0, body, after, reason),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn split_theme(
        &self,
        by: &AuditActor,
        call: CallId,
        theme: ThemeId,
        parts: &[NewTheme],
    ) -> Result<()> {
        let mut tx = self.begin_write().await?;
        let body = body_of_call(&mut tx, call).await?;
        let before = load_theme(&mut tx, call, theme).await?;
        if !open(before.state) {
            return Err(closed("theme"));
        }
        if parts.len() < 2 {
            return Err(StoreError::refused(
                "theme",
                "theme_split_too_small",
                "This theme's answers are too few or too alike to split",
            ));
        }
        set_state(&mut tx, theme, ThemeState::Split, None, None).await?;
        insert_themes(
            &mut tx,
            call,
            before.question_id.map(|question| question.0),
            None,
            Some(theme.0),
            parts,
        )
        .await?;
        record(
            &mut tx,
            by,
            public_change(
                "theme_split",
                "call",
                call.0,
                body,
                format!("T{}", before.number),
                None,
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn codings(&self, call: CallId) -> Result<Vec<Coding>> {
        // The latest entry for each (theme, response) stands.
        let rows = sqlx::query(
            "SELECT c.theme_id, c.response_id, r.reference, c.applied, c.source, c.reason, \
             c.recorded_by FROM theme_codings c JOIN themes t ON t.id = c.theme_id \
             JOIN responses r ON r.id = c.response_id WHERE t.call_id = $1 AND c.id = \
             (SELECT MAX(l.id) FROM theme_codings l WHERE l.theme_id = c.theme_id \
             AND l.response_id = c.response_id) ORDER BY c.theme_id, c.response_id",
        )
        .bind(call.0)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(Coding {
                    theme_id: ThemeId(row.int("theme_id")?),
                    response_id: ResponseId(row.int("response_id")?),
                    reference: row.text("reference")?,
                    applied: row.flag("applied")?,
                    source: row.code("source", CodingSource::parse)?,
                    reason: row.opt_text("reason")?,
                    recorded_by: row.text("recorded_by")?,
                })
            })
            .collect::<Result<_, sqlx::Error>>()
            .map_err(Into::into)
    }

    async fn record_codings(
        &self,
        by: &AuditActor,
        call: CallId,
        entries: &[(ThemeId, String, bool)],
        source: CodingSource,
        reason: Option<&str>,
    ) -> Result<usize> {
        let mut tx = self.begin_write().await?;
        let body = body_of_call(&mut tx, call).await?;
        let at = now();
        let mut written = 0;
        for (theme, reference, applied) in entries {
            let theme_row = load_theme(&mut tx, call, *theme).await?;
            if source == CodingSource::Person && theme_row.state != ThemeState::Accepted {
                return Err(StoreError::refused(
                    "theme",
                    "theme_not_accepted",
                    "Only an accepted theme codes answers; accept it first",
                ));
            }
            let response = submitted_response_id(&mut tx, call, reference).await?;
            if source == CodingSource::Computed {
                let existing = sqlx::query(
                    "SELECT COUNT(*) AS n FROM theme_codings WHERE theme_id = $1 AND response_id = $2",
                )
                .bind(theme.0)
                .bind(response)
                .fetch_one(&mut *tx)
                .await?
                .int("n")?;
                if existing > 0 {
                    continue;
                }
            }
            sqlx::query(
                "INSERT INTO theme_codings (theme_id, response_id, applied, source, reason, \
                 recorded_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
            )
            .bind(theme.0)
            .bind(response)
            .bind(i64::from(*applied))
            .bind(source.code())
            .bind(reason)
            .bind(&by.label)
            .bind(&at)
            .execute(&mut *tx)
            .await?;
            written += 1;
        }
        if source == CodingSource::Person {
            for (theme, reference, applied) in entries {
                record(
                    &mut tx,
                    by,
                    public_change(
                        "theme_coding",
                        "call",
                        call.0,
                        body,
                        format!("{theme} {reference} {applied}"),
                        reason,
                    ),
                )
                .await?;
            }
        }
        tx.commit().await?;
        Ok(written)
    }
}
