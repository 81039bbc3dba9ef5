//! A body's mapping exercises: the list and the form that starts one; an exercise's page with
//! the heat map (issues × mechanisms, by broad area) and its data table; the gaps by broad area;
//! the matrix as CSV and JSON; and the import of rows from a spreadsheet.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use concord_domain::access::Action;
use concord_domain::body::Body;
use concord_domain::ids::{CallId, MechanismId};
use concord_domain::mapping::import::parse_rows;
use concord_domain::mapping::{ExerciseForm, IssueStanding, MappingStatus, RowState};
use concord_domain::Invalid;
use concord_store::{CallStore, Exercise, MappingStore, QuestionStore};
use serde::Deserialize;

use super::{load_exercise, reads_withheld, standing_label, Matrix};
use crate::auth::Visitor;
use crate::common::load_body;
use crate::error::PageError;
use crate::forms::{
    answer, input, opt, render, select, CsrfForm, Field, FormErrors, FormSpec, Posted, Refusal,
    Upload, Values,
};
use crate::heatmap::{draw, HeatRow};
use crate::i18n::Tr;
use crate::AppState;

#[derive(Template)]
#[template(path = "mapping/exercises.html")]
struct ExercisesPage {
    t: Tr,
    body: Body,
    exercises: Vec<Exercise>,
    can_start: bool,
}

/// A body's mapping exercises.
pub(crate) async fn list(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> Result<Response, PageError> {
    let body = load_body(&state, &raw).await?;
    let page = ExercisesPage {
        t,
        exercises: state.store.exercises(body.id).await?,
        can_start: visitor.may(Action::CoordinateMapping(body.id)),
        body,
    };
    Ok(Html(page.render()?).into_response())
}

async fn exercise_fields(
    t: &Tr,
    state: &AppState,
    body: &Body,
    values: &Values,
) -> Result<Vec<Field>, PageError> {
    // The calls of the body and of the bodies above it, whose issues it may map.
    let mut calls = Vec::new();
    let mut at = Some(body.clone());
    while let Some(b) = at {
        for call in state.store.calls(b.id).await? {
            calls.push((
                call.id.to_string(),
                format!("{} ({})", call.fields.title, b.fields.acronym),
            ));
        }
        at = match b.fields.parent_id {
            Some(parent) => load_body(state, &parent.to_string()).await.ok(),
            None => None,
        };
    }
    Ok(vec![
        input(t, "title", "field-title", "text", values),
        select(t, "call", "field-mapped-call", calls, values),
        Field::textarea(t, "terms", "field-terms", values),
        input(t, "lang", "field-lang", "text", values),
    ])
}

fn exercise_spec<'a>(t: &'a Tr, body: &Body) -> FormSpec<'a> {
    FormSpec {
        title: t.arg("exercise-new-title", "name", &body.fields.acronym),
        action: format!("/bodies/{}/mapping/new", body.id),
        submit: t.get("exercise-start"),
        back: Some((
            format!("/bodies/{}/mapping", body.id),
            t.get("exercises-title"),
        )),
        t,
    }
}

/// The form starting a mapping exercise.
pub(crate) async fn new_form(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> Result<Response, PageError> {
    let body = load_body(&state, &raw).await?;
    visitor.require(Action::CoordinateMapping(body.id))?;
    let values: Values = [("lang".to_owned(), body.fields.lang.clone())].into();
    let fields = exercise_fields(&t, &state, &body, &values).await?;
    render(
        exercise_spec(&t, &body),
        &visitor,
        fields,
        FormErrors::default(),
        StatusCode::OK,
    )
}

/// Starts a mapping exercise.
pub(crate) async fn create(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    CsrfForm(post): CsrfForm<Posted>,
) -> Result<Response, PageError> {
    let body = load_body(&state, &raw).await?;
    visitor.require(Action::CoordinateMapping(body.id))?;
    let form = ExerciseForm {
        title: opt(&post.values, "title"),
        call: opt(&post.values, "call"),
        terms: opt(&post.values, "terms"),
        lang: opt(&post.values, "lang"),
    };
    let outcome = match form.parse() {
        Ok(fields) => state
            .store
            .create_exercise(&visitor.audit_actor(), body.id, &fields)
            .await
            .map_err(Refusal::from),
        Err(invalid) => Err(invalid.into()),
    };
    answer(
        &t,
        outcome,
        |e| format!("/mapping/{}", e.id),
        async |errors| {
            let fields = exercise_fields(&t, &state, &body, &post.values).await?;
            render(
                exercise_spec(&t, &body),
                &visitor,
                fields,
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        },
    )
    .await
}

/// One issue's line of the data table: the mechanisms by status.
pub(crate) struct IssueLine {
    pub id: i64,
    pub label: String,
    pub title: String,
    pub area: String,
    /// Whether this line starts a new area.
    pub first_of_area: bool,
    /// Mechanisms' short names by status: addressing, partly, not addressing, not assessed.
    pub by_status: [Vec<String>; 4],
    pub standing: String,
    pub standing_code: &'static str,
}

fn status_column(status: MappingStatus) -> usize {
    match status {
        MappingStatus::Addressing => 0,
        MappingStatus::PartlyAddressing => 1,
        MappingStatus::NotAddressing => 2,
        MappingStatus::NotAssessed => 3,
    }
}

pub(super) fn standing_code(standing: IssueStanding) -> &'static str {
    match standing {
        IssueStanding::NotAssessed => "not_assessed",
        IssueStanding::Addressed => "addressing",
        IssueStanding::Gap(kind) => kind.code(),
    }
}

#[derive(Deserialize, Default)]
pub(crate) struct AreaQuery {
    area: Option<String>,
    /// Set to show every area of a large mapping at once.
    all: Option<String>,
}

/// Above this many rows, a mapping is shown one broad area at a time unless every area is
/// asked for: the whole matrix of a real mapping (200 × 100) is over a megabyte of page.
const PAGE_BY_AREA_ABOVE: usize = 2_000;

#[derive(Template)]
#[template(path = "mapping/exercise.html")]
struct ExercisePage {
    t: Tr,
    body: Body,
    exercise: Exercise,
    call_title: String,
    /// (name, link, current).
    areas: Vec<(String, String, bool)>,
    all_areas: bool,
    /// Shown one area at a time because it is large.
    paged: bool,
    heatmap: String,
    lines: Vec<IssueLine>,
    issues: Vec<(String, String)>,
    mechanisms: Vec<(String, String)>,
    statuses: Vec<(String, String)>,
    csrf: String,
    can_contribute: bool,
    can_coordinate: bool,
    signed_in: bool,
    counts: (usize, usize, usize),
}

/// An exercise: the heat map, its data table, and the form proposing a row.
pub(crate) async fn show(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    Query(query): Query<AreaQuery>,
) -> Result<Response, PageError> {
    let (exercise, body) = load_exercise(&state, &raw).await?;
    let matrix = Matrix::load(&state, &exercise).await?;
    let call_title = state
        .store
        .call(CallId(exercise.call_id.0))
        .await?
        .map(|c| c.fields.title)
        .unwrap_or_default();
    let no_area = t.get("mapping-no-area");
    let area_of = |a: &Option<String>| a.clone().unwrap_or_else(|| no_area.clone());
    let mut areas: Vec<String> = matrix.issues.iter().map(|i| area_of(&i.area)).collect();
    areas.dedup();
    let paged = matrix.cells.len() > PAGE_BY_AREA_ABOVE && query.all.is_none();
    let wanted = query
        .area
        .filter(|a| !a.is_empty())
        .or_else(|| paged.then(|| areas.first().cloned()).flatten());
    let shown: Vec<&concord_store::PolicyIssue> = matrix
        .issues
        .iter()
        .filter(|i| wanted.as_ref().is_none_or(|w| *w == area_of(&i.area)))
        .collect();
    let columns = matrix.columns();
    let column_names: Vec<String> = columns.iter().map(|c| matrix.short_name(*c)).collect();
    let column_of: HashMap<MechanismId, usize> =
        columns.iter().enumerate().map(|(i, c)| (*c, i)).collect();
    let names: HashMap<MechanismId, String> = matrix
        .mechanisms
        .keys()
        .map(|id| (*id, matrix.short_name(*id)))
        .collect();
    let by_issue = matrix.cells_by_issue();
    let no_rows = Vec::new();
    // Labels looked up once, not once per row.
    let proposed = t.code("row-state", RowState::Proposed.code());
    let contested = t.code("row-state", RowState::Contested.code());
    let mut heat_rows = Vec::with_capacity(shown.len());
    let mut lines = Vec::with_capacity(shown.len());
    let mut last_area = None;
    for issue in &shown {
        let area = area_of(&issue.area);
        let first = last_area.as_ref() != Some(&area);
        last_area = Some(area.clone());
        let own = by_issue.get(&issue.id).unwrap_or(&no_rows);
        let mut cells = vec![None; columns.len()];
        for row in own {
            if let Some(at) = column_of.get(&row.mechanism_id) {
                cells[*at] = Some(row.status.code());
            }
        }
        let standing = matrix
            .standings
            .get(&issue.id)
            .copied()
            .unwrap_or(IssueStanding::NotAssessed);
        heat_rows.push(HeatRow {
            label: format!("I{}", issue.number),
            area: first.then(|| area.clone()),
            cells,
            gap: matches!(standing, IssueStanding::Gap(_)),
        });
        let mut by_status: [Vec<String>; 4] = Default::default();
        for row in own {
            let name = names.get(&row.mechanism_id).cloned().unwrap_or_default();
            let name = match row.state {
                RowState::Accepted => name,
                RowState::Proposed => format!("{name} ({proposed})"),
                RowState::Contested => format!("{name} ({contested})"),
            };
            by_status[status_column(row.status)].push(name);
        }
        lines.push(IssueLine {
            id: issue.id.0,
            label: format!("I{}", issue.number),
            title: issue.title.clone(),
            area,
            first_of_area: first,
            by_status,
            standing: standing_label(&t, standing),
            standing_code: standing_code(standing),
        });
    }
    let heatmap = draw(&column_names, &heat_rows);
    let accepted = matrix
        .cells
        .iter()
        .filter(|r| r.state == RowState::Accepted)
        .count();
    let page = ExercisePage {
        areas: areas
            .iter()
            .map(|a| {
                let query: String = url::form_urlencoded::byte_serialize(a.as_bytes()).collect();
                let href = format!("/mapping/{}?area={query}", exercise.id);
                (a.clone(), href, wanted.as_ref() == Some(a))
            })
            .collect(),
        all_areas: wanted.is_none(),
        paged,
        heatmap,
        lines,
        issues: matrix.issue_choices(),
        mechanisms: matrix.mechanism_choices(),
        statuses: MappingStatus::ALL
            .iter()
            .map(|s| (s.code().to_owned(), t.code("mapping-status", s.code())))
            .collect(),
        csrf: visitor.csrf.clone(),
        can_contribute: visitor.may(super::contribute(&body)),
        can_coordinate: visitor.may(Action::CoordinateMapping(body.id)),
        signed_in: visitor.user.is_some(),
        counts: (matrix.issues.len(), accepted, matrix.gaps.len()),
        t,
        body,
        exercise,
        call_title,
    };
    Ok(Html(page.render()?).into_response())
}

/// A gap as the gaps page lists it.
pub(crate) struct GapLine {
    pub area: String,
    pub first_of_area: bool,
    pub issue_id: i64,
    pub label: String,
    pub kind: String,
    pub explanation: Option<String>,
    pub rows: Vec<(String, String, &'static str)>,
    pub referred: bool,
    pub decided: bool,
}

#[derive(Template)]
#[template(path = "mapping/gaps.html")]
struct GapsPage {
    t: Tr,
    exercise: Exercise,
    body: Body,
    gaps: Vec<GapLine>,
}

/// The gaps, by broad area, each with its explanation and the rows behind it.
pub(crate) async fn gaps(
    t: Tr,
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> Result<Response, PageError> {
    let (exercise, body) = load_exercise(&state, &raw).await?;
    let matrix = Matrix::load(&state, &exercise).await?;
    let notes = state.store.gap_notes(exercise.id).await?;
    let questions = state.store.mapping_questions(exercise.id).await?;
    let no_area = t.get("mapping-no-area");
    let mut lines = Vec::new();
    let mut last_area = None;
    for gap in &matrix.gaps {
        let Some(issue) = matrix.issue(gap.issue) else {
            continue;
        };
        let area = issue.area.clone().unwrap_or_else(|| no_area.clone());
        let first = last_area.as_ref() != Some(&area);
        last_area = Some(area.clone());
        let question = questions
            .iter()
            .find(|q| q.issue_id == gap.issue && q.subject == concord_store::Subject::Gap);
        lines.push(GapLine {
            area,
            first_of_area: first,
            issue_id: issue.id.0,
            label: format!("I{} {}", issue.number, issue.title),
            kind: t.code("gap-kind", gap.kind.code()),
            explanation: notes
                .iter()
                .find(|n| n.issue_id == gap.issue)
                .map(|n| n.explanation.clone()),
            rows: gap
                .rows
                .iter()
                .filter_map(|id| matrix.cells.iter().find(|r| r.id == *id))
                .map(|r| {
                    (
                        matrix.short_name(r.mechanism_id),
                        t.code("mapping-status", r.status.code()),
                        r.status.code(),
                    )
                })
                .collect(),
            referred: question.is_some_and(|q| q.referred.is_some()),
            decided: question.is_some_and(|q| q.decision.is_some()),
        });
    }
    let page = GapsPage {
        t,
        exercise,
        body,
        gaps: lines,
    };
    Ok(Html(page.render()?).into_response())
}

/// The matrix as CSV: one line per row, with the issue, the mechanism, the status, the
/// coordinators' standing, the notes and the evidence.
pub(crate) async fn csv(
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> Result<Response, PageError> {
    let (exercise, _) = load_exercise(&state, &raw).await?;
    let matrix = Matrix::load(&state, &exercise).await?;
    let rows = state.store.mapping_rows(exercise.id).await?;
    let mut out = csv::Writer::from_writer(Vec::new());
    let header = [
        "issue",
        "title",
        "area",
        "mechanism",
        "status",
        "state",
        "notes",
        "evidence",
        "proposed_by",
        "assessed_by",
        "assessed_at",
    ];
    out.write_record(header)
        .map_err(|e| PageError::Internal(e.to_string()))?;
    for issue in &matrix.issues {
        for row in rows.iter().filter(|r| r.issue_id == issue.id) {
            let evidence: Vec<String> = row.evidence.iter().map(|e| e.as_line()).collect();
            out.write_record([
                format!("I{}", issue.number),
                issue.title.clone(),
                issue.area.clone().unwrap_or_default(),
                matrix.short_name(row.mechanism_id),
                row.status.code().to_owned(),
                row.state.code().to_owned(),
                row.notes.clone().unwrap_or_default(),
                evidence.join("; "),
                row.proposed_by.clone(),
                row.assessed_by.clone(),
                row.assessed_at.clone(),
            ])
            .map_err(|e| PageError::Internal(e.to_string()))?;
        }
    }
    let bytes = out
        .into_inner()
        .map_err(|e| PageError::Internal(e.to_string()))?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"mapping-{}.csv\"", exercise.id),
            ),
        ],
        bytes,
    )
        .into_response())
}

/// The matrix as JSON: the exercise, the issues, the mechanisms used, the rows and the gaps.
pub(crate) async fn json(
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> Result<Response, PageError> {
    let (exercise, _) = load_exercise(&state, &raw).await?;
    let matrix = Matrix::load(&state, &exercise).await?;
    let columns = matrix.columns();
    let value = serde_json::json!({
        "exercise": exercise,
        "issues": matrix.issues.iter().map(|i| serde_json::json!({
            "id": i.id, "number": i.number, "title": i.title, "area": i.area,
        })).collect::<Vec<_>>(),
        "mechanisms": columns.iter().filter_map(|c| matrix.mechanisms.get(c)).collect::<Vec<_>>(),
        "rows": state.store.mapping_rows(exercise.id).await?,
        "gaps": matrix.gaps,
    });
    Ok((
        [(header::CONTENT_TYPE, "application/json")],
        serde_json::to_string_pretty(&value).map_err(|e| PageError::Internal(e.to_string()))?,
    )
        .into_response())
}

#[derive(Template)]
#[template(path = "mapping/import.html")]
struct ImportPage {
    t: Tr,
    exercise: Exercise,
    csrf: String,
    errors: FormErrors,
}

/// The form importing rows from a spreadsheet.
pub(crate) async fn import_form(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> Result<Response, PageError> {
    let (exercise, body) = load_exercise(&state, &raw).await?;
    visitor.require(Action::CoordinateMapping(body.id))?;
    let page = ImportPage {
        t,
        exercise,
        csrf: visitor.csrf.clone(),
        errors: FormErrors::default(),
    };
    Ok(Html(page.render()?).into_response())
}

/// Imports rows from a CSV file, whole or not at all.
pub(crate) async fn import(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    upload: Upload,
) -> Result<Response, PageError> {
    let (exercise, body) = load_exercise(&state, &raw).await?;
    visitor.require(Action::CoordinateMapping(body.id))?;
    let outcome = match upload.file("file") {
        None => Err(Refusal::from(Invalid::one(
            "file",
            "required",
            "This field is required",
        ))),
        Some(file) => match parse_rows(&file.bytes) {
            Ok(rows) => state
                .store
                .import_rows(
                    &visitor.audit_actor(),
                    exercise.id,
                    &rows,
                    &reads_withheld(&visitor),
                )
                .await
                .map_err(Refusal::from),
            Err(invalid) => Err(invalid.into()),
        },
    };
    let id = exercise.id;
    answer(
        &t,
        outcome,
        |_| format!("/mapping/{id}"),
        async |errors| {
            let page = ImportPage {
                t: t.clone(),
                exercise,
                csrf: visitor.csrf.clone(),
                errors,
            };
            Ok(Html(page.render()?).into_response())
        },
    )
    .await
}
