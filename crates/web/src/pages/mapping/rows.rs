//! Proposing and assessing rows, and the coordinators' acceptance or contest. A refused row
//! goes back to the page it came from with what is wrong next to the field.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use concord_domain::access::Action;
use concord_domain::ids::MappingRowId;
use concord_domain::mapping::{MappingStatus, RowForm, RowState};
use concord_domain::Invalid;
use concord_store::{Exercise, MappingStore};

use super::{contribute, load_exercise, reads_withheld, Matrix};
use crate::auth::Visitor;
use crate::common::page_id;
use crate::error::PageError;
use crate::forms::{
    answer, code_options, opt, render, select, with_hint, CsrfForm, Field, FormErrors, FormSpec,
    Posted, Refusal, Values,
};
use crate::i18n::Tr;
use crate::AppState;

fn row_form(values: &Values) -> RowForm {
    RowForm {
        issue: opt(values, "issue"),
        mechanism: opt(values, "mechanism"),
        status: opt(values, "status"),
        notes: opt(values, "notes"),
        evidence: opt(values, "evidence"),
    }
}

/// Which row form is shown again.
#[derive(Clone, Copy)]
enum RowFormKind {
    /// A new row.
    New,
    /// A new assessment of a row.
    Assess(MappingRowId),
}

/// The row's form, shown again with what is wrong: the issue and mechanism for a new row, then
/// the assessment.
async fn row_again(
    t: &Tr,
    state: &AppState,
    visitor: &Visitor,
    exercise: &Exercise,
    kind: RowFormKind,
    values: &Values,
    errors: FormErrors,
) -> Result<Response, PageError> {
    let (action, new_row) = match kind {
        RowFormKind::New => (format!("/mapping/{}/rows", exercise.id), true),
        RowFormKind::Assess(row) => (
            format!("/mapping/{}/rows/{}/assessment", exercise.id, row),
            false,
        ),
    };
    let mut fields = Vec::new();
    if new_row {
        let matrix = Matrix::load(state, exercise).await?;
        let issues = matrix.issue_choices();
        let mechanisms = matrix.mechanism_choices();
        fields.push(select(t, "issue", "col-issue", issues, values));
        fields.push(select(t, "mechanism", "col-mechanism", mechanisms, values));
    }
    fields.push(select(
        t,
        "status",
        "col-status",
        code_options(t, "mapping-status", MappingStatus::ALL, MappingStatus::code),
        values,
    ));
    fields.push(Field::textarea(t, "notes", "field-notes", values));
    fields.push(with_hint(
        Field::textarea(t, "evidence", "field-evidence", values),
        t.get("field-evidence-hint"),
    ));
    let spec = FormSpec {
        title: t.get(if new_row { "row-propose" } else { "row-assess" }),
        action,
        submit: t.get(if new_row { "row-propose" } else { "row-assess" }),
        back: Some((format!("/mapping/{}", exercise.id), exercise.title.clone())),
        t,
    };
    render(
        spec,
        visitor,
        fields,
        errors,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
}

/// Proposes a row.
pub(crate) async fn propose(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    CsrfForm(post): CsrfForm<Posted>,
) -> Result<Response, PageError> {
    let (exercise, body) = load_exercise(&state, &raw).await?;
    visitor.require(contribute(&body))?;
    let outcome = match row_form(&post.values).proposed() {
        Ok(row) => state
            .store
            .propose_row(
                &visitor.audit_actor(),
                exercise.id,
                &row,
                &reads_withheld(&visitor),
            )
            .await
            .map_err(Refusal::from),
        Err(invalid) => Err(invalid.into()),
    };
    answer(
        &t,
        outcome,
        |row| {
            format!(
                "/mapping/{}/issues/{}#row-{}",
                exercise.id, row.issue_id, row.id
            )
        },
        async |errors| {
            row_again(
                &t,
                &state,
                &visitor,
                &exercise,
                RowFormKind::New,
                &post.values,
                errors,
            )
            .await
        },
    )
    .await
}

/// Assesses a row anew.
pub(crate) async fn assess(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path((raw, row_raw)): Path<(String, String)>,
    CsrfForm(post): CsrfForm<Posted>,
) -> Result<Response, PageError> {
    let (exercise, body) = load_exercise(&state, &raw).await?;
    visitor.require(contribute(&body))?;
    let row = MappingRowId(page_id(&row_raw, "error-no-row")?);
    let outcome = match row_form(&post.values).assessment() {
        Ok(assessment) => state
            .store
            .assess_row(
                &visitor.audit_actor(),
                exercise.id,
                row,
                &assessment,
                &reads_withheld(&visitor),
            )
            .await
            .map_err(Refusal::from),
        Err(invalid) => Err(invalid.into()),
    };
    answer(
        &t,
        outcome,
        |row| {
            format!(
                "/mapping/{}/issues/{}#row-{}",
                exercise.id, row.issue_id, row.id
            )
        },
        async |errors| {
            let kind = RowFormKind::Assess(row);
            row_again(&t, &state, &visitor, &exercise, kind, &post.values, errors).await
        },
    )
    .await
}

/// A coordinator accepts a row or marks it contested.
pub(crate) async fn set_state(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path((raw, row_raw)): Path<(String, String)>,
    CsrfForm(post): CsrfForm<Posted>,
) -> Result<Response, PageError> {
    let (exercise, body) = load_exercise(&state, &raw).await?;
    visitor.require(Action::CoordinateMapping(body.id))?;
    let row = MappingRowId(page_id(&row_raw, "error-no-row")?);
    let wanted = opt(&post.values, "state").unwrap_or_default();
    let outcome = match RowState::parse(&wanted).filter(|s| *s != RowState::Proposed) {
        Some(to) => state
            .store
            .set_row_state(
                &visitor.audit_actor(),
                exercise.id,
                row,
                to,
                opt(&post.values, "reason").as_deref(),
            )
            .await
            .map_err(Refusal::from),
        None => Err(Invalid::one(
            "state",
            "unknown_value",
            "A coordinator accepts a row or marks it contested",
        )
        .into()),
    };
    let action = format!("/mapping/{}/rows/{}/state", exercise.id, row);
    answer(
        &t,
        outcome,
        |row| {
            format!(
                "/mapping/{}/issues/{}#row-{}",
                exercise.id, row.issue_id, row.id
            )
        },
        async |errors| {
            let states = [RowState::Accepted, RowState::Contested]
                .iter()
                .map(|s| (s.code().to_owned(), t.code("row-state", s.code())))
                .collect();
            let fields = vec![
                select(&t, "state", "col-row-state", states, &post.values),
                Field::textarea(&t, "reason", "field-reason", &post.values),
            ];
            let spec = FormSpec {
                title: t.get("row-decide"),
                action,
                submit: t.get("form-save"),
                back: Some((format!("/mapping/{}", exercise.id), exercise.title.clone())),
                t: &t,
            };
            render(
                spec,
                &visitor,
                fields,
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        },
    )
    .await
}
