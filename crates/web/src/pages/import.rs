//! Importing a batch of responses: the secretariat uploads a CSV or JSON file, sees every
//! problem of every row (and nothing is imported), or a preview of what will be imported, and
//! confirms; the whole batch then goes in one transaction.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use concord_domain::access::Action;
use concord_domain::call::Call;
use concord_domain::import::{parse_batch, Format, ImportRow, RowError};
use concord_domain::upload::MAX_FILE_BYTES;
use concord_store::{CallStore, ImportStore};

use crate::auth::Visitor;
use crate::common::{load_call, missing, page_id};
use crate::error::PageError;
use crate::forms::{answer, translate, CsrfForm, FormErrors, Posted, Refusal, Upload};
use crate::i18n::Tr;
use crate::AppState;

/// A row of the preview.
struct PreviewRow {
    row: usize,
    name: String,
    group: String,
    country: String,
    answers: usize,
}

#[derive(Template)]
#[template(path = "import.html")]
struct ImportPage {
    t: Tr,
    call: Call,
    csrf: String,
    /// Problems by row: row (0: the file), field, message.
    problems: Vec<(usize, String, String)>,
    /// The staged batch and its rows, when every row passed.
    preview: Option<(i64, Vec<PreviewRow>)>,
    errors: FormErrors,
}

fn page(
    t: Tr,
    visitor: &Visitor,
    call: Call,
    problems: &[RowError],
    preview: Option<(i64, &[ImportRow])>,
    errors: FormErrors,
) -> Result<String, PageError> {
    let problems = problems
        .iter()
        .map(|p| (p.row, p.error.field.clone(), translate(&t, &p.error)))
        .collect();
    let preview = preview.map(|(id, rows)| {
        let rows = rows
            .iter()
            .map(|r| PreviewRow {
                row: r.row,
                name: r.submission.respondent.name.clone(),
                group: t.code(
                    "stakeholder-group",
                    r.submission.respondent.stakeholder_group.code(),
                ),
                country: r
                    .submission
                    .respondent
                    .country
                    .as_deref()
                    .map(|c| t.state_code(c))
                    .unwrap_or_default(),
                answers: r.submission.answers.len(),
            })
            .collect();
        (id, rows)
    });
    let page = ImportPage {
        csrf: visitor.csrf.clone(),
        t,
        call,
        problems,
        preview,
        errors,
    };
    Ok(page.render()?)
}

/// The upload form.
pub(crate) async fn form(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> Result<Response, PageError> {
    let (call, body) = load_call(&state, &visitor, &raw).await?;
    visitor.require(Action::EditBody(body.id))?;
    let html = page(t, &visitor, call, &[], None, FormErrors::default())?;
    Ok(Html(html).into_response())
}

/// Checks an uploaded batch: the report of its problems, or its preview.
pub(crate) async fn check(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    upload: Upload,
) -> Result<Response, PageError> {
    let (call, body) = load_call(&state, &visitor, &raw).await?;
    visitor.require(Action::EditBody(body.id))?;
    let file = upload.file("file").cloned().unwrap_or_default();
    let format = Format::of(&file.name);
    let problem = |code: &'static str, message: &str| {
        vec![RowError {
            row: 0,
            error: concord_domain::FieldError::new("file", code, message),
        }]
    };
    let checked = match format {
        _ if file.bytes.len() > MAX_FILE_BYTES => Err(problem(
            "file_too_large",
            "The file is larger than the limit",
        )),
        None => Err(problem("import_format", "Upload a .csv or .json file")),
        Some(format) => {
            let questions = state.store.questions(call.id).await?;
            parse_batch(format, &file.bytes, &questions)
        }
    };
    match checked {
        Err(problems) => {
            let html = page(t, &visitor, call, &problems, None, FormErrors::default())?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(html)).into_response())
        }
        Ok(rows) => {
            let id = state
                .store
                .stage_import(
                    &visitor.audit_actor(),
                    call.id,
                    &file.name,
                    &file.bytes,
                    rows.len(),
                )
                .await?;
            let html = page(
                t,
                &visitor,
                call,
                &[],
                Some((id, &rows)),
                FormErrors::default(),
            )?;
            Ok(Html(html).into_response())
        }
    }
}

/// Imports a previewed batch, whole.
pub(crate) async fn confirm(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path((raw, import_raw)): Path<(String, String)>,
    _: CsrfForm<Posted>,
) -> Result<Response, PageError> {
    let (call, body) = load_call(&state, &visitor, &raw).await?;
    visitor.require(Action::EditBody(body.id))?;
    let id = page_id(&import_raw, "error-not-found")?;
    let Some(staged) = state.store.staged_import(call.id, id).await? else {
        return Err(missing("error-not-found", id));
    };
    let questions = state.store.questions(call.id).await?;
    let format = Format::of(&staged.file_name).unwrap_or(Format::Csv);
    // The batch is checked again: the call's questions are what they were at the preview,
    // but nothing is imported on trust.
    let outcome = match parse_batch(format, &staged.content, &questions) {
        Ok(rows) => state
            .store
            .import_responses(&visitor.audit_actor(), staged.id, &rows)
            .await
            .map_err(Refusal::from),
        Err(problems) => {
            let html = page(t, &visitor, call, &problems, None, FormErrors::default())?;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(html)).into_response());
        }
    };
    let call_id = call.id;
    answer(
        &t,
        outcome,
        move |_| format!("/calls/{}/responses", call_id),
        async |errors| {
            let html = page(t.clone(), &visitor, call, &[], None, errors)?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(html)).into_response())
        },
    )
    .await
}
