//! Inputs received another way: the secretariat records a response that came by e-mail or on
//! paper, with the original file attached and the channel and day noted. It goes into the
//! ledger like any other response and gets a receipt the secretariat can forward.

use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use concord_domain::access::Action;
use concord_domain::account::Email;
use concord_domain::dates::parse_date;
use concord_domain::error::Errors;
use concord_domain::response::Channel;
use concord_domain::upload::check as check_upload;
use concord_domain::Invalid;
use concord_store::{CallStore, ReceivedOtherwise, ResponseStore};
use std::collections::HashMap;

use super::respond_page;
use super::submission_form;
use super::values_of_fields;
use super::Mode;
use crate::auth::Visitor;
use crate::common::{load_call, missing, page_id};
use crate::error::PageError;
use crate::forms::{answer, FormErrors, Refusal, Upload};
use crate::i18n::Tr;
use crate::AppState;

/// The recording form.
pub(crate) async fn form(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> Result<Response, PageError> {
    let (call, body) = load_call(&state, &visitor, &raw).await?;
    visitor.require(Action::EditBody(body.id))?;
    let values: HashMap<String, String> = [
        ("lang".to_owned(), call.fields.lang.clone()),
        ("channel".to_owned(), "email".to_owned()),
    ]
    .into();
    let html = respond_page(
        t,
        &visitor,
        &state,
        call,
        body,
        values,
        None,
        false,
        FormErrors::default(),
        Mode::Record,
    )
    .await?;
    Ok(Html(html).into_response())
}

/// Records the response with its original file.
pub(crate) async fn record(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    upload: Upload,
) -> Result<Response, PageError> {
    let (call, body) = load_call(&state, &visitor, &raw).await?;
    visitor.require(Action::EditBody(body.id))?;
    let questions = state.store.questions(call.id).await?;
    let mut e = Errors::default();
    let submission = submission_form(&upload.fields, &questions).parse(&questions, false);
    let channel = match Channel::parse(upload.field("channel")) {
        Some(c @ (Channel::Email | Channel::Paper)) => Some(c),
        _ => {
            e.add("channel", "unknown_value", "Choose e-mail or paper");
            None
        }
    };
    let received_on = e.take(parse_date("received_on", upload.field("received_on")));
    let email = match upload.field("email").trim() {
        "" => None,
        address => e
            .take(Email::parse("email", address))
            .map(|a| a.to_string()),
    };
    let sent = upload.file("file").cloned().unwrap_or_default();
    let (name, bytes) = (sent.name, sent.bytes);
    let file = match check_upload("file", &name, &bytes) {
        Ok(file) => Some(file),
        Err(invalid) => {
            invalid.errors.into_iter().for_each(|error| e.push(error));
            None
        }
    };
    let mut problems = match &submission {
        Ok(_) => Vec::new(),
        Err(invalid) => invalid.errors.clone(),
    };
    if let Err(invalid) = e.finish() {
        problems.extend(invalid.errors);
    }
    let outcome = match (submission, channel, received_on, file) {
        (Ok(submission), Some(channel), Some(received_on), Some(file)) if problems.is_empty() => {
            let received = ReceivedOtherwise {
                channel,
                received_on,
                email: email.as_deref(),
                original: (&file, &bytes),
            };
            state
                .store
                .record_response(&visitor.audit_actor(), call.id, &received, &submission)
                .await
                .map_err(Refusal::from)
        }
        _ => Err(Refusal::Invalid(Invalid { errors: problems })),
    };
    let call_id = call.id;
    answer(
        &t,
        outcome,
        move |receipt| format!("/calls/{}/receipts/{}", call_id, receipt.reference),
        async |errors| {
            let values = values_of_fields(&upload.fields);
            let html = respond_page(
                t.clone(),
                &visitor,
                &state,
                call,
                body,
                values,
                None,
                false,
                errors,
                Mode::Record,
            )
            .await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(html)).into_response())
        },
    )
    .await
}

/// A file received with a response, for the secretariat.
pub(crate) async fn file(
    visitor: Visitor,
    State(state): State<AppState>,
    Path((raw, reference, file_raw)): Path<(String, String, String)>,
) -> Result<Response, PageError> {
    let (call, body) = load_call(&state, &visitor, &raw).await?;
    visitor.require(Action::EditBody(body.id))?;
    let id = page_id(&file_raw, "error-no-file")?;
    let Some((file, content)) = state.store.response_file(call.id, &reference, id).await? else {
        return Err(missing("error-no-file", id));
    };
    let mut response = crate::common::files::file_download(
        &file.file_name,
        &file.media_type,
        &file.sha256,
        content,
    );
    // Originals may hold personal data: no shared cache keeps them.
    response.headers_mut().insert(
        header::CACHE_CONTROL,
        header::HeaderValue::from_static("private, no-store"),
    );
    Ok(response)
}
