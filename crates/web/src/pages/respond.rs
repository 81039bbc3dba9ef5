//! Answering a call for input: the respondent says who they are, answers the questions, gives
//! or withholds consent, saves a draft or submits; each submission gets a receipt (this page and
//! an e-mail) with its reference number and the SHA-256 of exactly what was received. The public
//! ledger of receipts is downloadable for anyone to check.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use concord_domain::access::Action;
use concord_domain::body::Body;
use concord_domain::call::{Audience, Call, Question, QuestionKind};
use concord_domain::ids::CallId;
use concord_domain::limits;
use concord_domain::response::{Channel, RespondentKind, Signatory, Submission, SubmissionForm};
use concord_domain::stakeholder::{sub_categories_of, EcosocStatus, StakeholderGroup};
use concord_domain::upload::check as check_upload;
use concord_domain::Invalid;
use concord_store::{CallStore, Mails, Receipt, ResponseStore, SaveRequest};
use serde::Deserialize;
use std::collections::HashMap;

use crate::auth::Visitor;
use crate::common::time::deadline_text;
use crate::common::{body_of, load_call, missing, see_other, visible_call};
use crate::error::PageError;
use crate::forms::{FormErrors, Refusal, Upload};
use crate::i18n::Tr;
use crate::letters::{compose, Letter};
use crate::AppState;

pub(crate) mod record;

/// Who may answer: signed in, with a confirmed address, a member when the call says so.
fn may_answer(visitor: &Visitor, call: &Call) -> Result<(), PageError> {
    let Some(user) = &visitor.user else {
        return Err(PageError::SignIn(visitor.path.clone()));
    };
    let allowed = match call.fields.audience {
        Audience::ConfirmedEmail => user.confirmed,
        Audience::SignedIn => true,
        Audience::Members => visitor.may(Action::AnswerAsMember(call.body_id)),
    };
    if allowed {
        Ok(())
    } else {
        Err(PageError::Forbidden)
    }
}

/// A question on the form, with what the respondent wrote or chose.
struct QuestionInput {
    field: String,
    label: String,
    text: String,
    /// The analytic group's name, on the first question of each group.
    group_heading: Option<String>,
    free_text: bool,
    multiple: bool,
    options: Vec<(String, bool)>,
    word_limit: Option<u32>,
    required: bool,
    value: String,
}

#[derive(Template)]
#[template(path = "respond.html")]
struct RespondPage {
    t: Tr,
    body: Body,
    call: Call,
    deadline: String,
    questions: Vec<QuestionInput>,
    values: HashMap<String, String>,
    kinds: Vec<(String, String)>,
    groups: Vec<(String, String)>,
    sub_categories: Vec<(String, String)>,
    ecosoc: Vec<(String, String)>,
    consent_publish: bool,
    consent_cite: bool,
    /// Files already attached: name and kind.
    attached: Vec<(String, String)>,
    /// "Version 2 of response 3-00001 is submitted", and the reference.
    submitted: Option<(String, String)>,
    saved: bool,
    /// The secretariat records an input received another way.
    recording: bool,
    channels: Vec<(String, String)>,
    csrf: String,
    errors: FormErrors,
}

/// The form's values from a stored submission.
fn values_of(submission: &Submission) -> HashMap<String, String> {
    let r = &submission.respondent;
    let mut values: HashMap<String, String> = [
        ("kind", r.kind.code().to_owned()),
        ("name", r.name.clone()),
        ("organization", r.organization.clone().unwrap_or_default()),
        ("stakeholder_group", r.stakeholder_group.code().to_owned()),
        ("sub_category", r.sub_category.clone().unwrap_or_default()),
        ("country", r.country.clone().unwrap_or_default()),
        (
            "ecosoc",
            r.ecosoc.map(|e| e.code().to_owned()).unwrap_or_default(),
        ),
        ("lang", submission.lang.clone()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect();
    for answer in &submission.answers {
        let value = answer
            .text
            .clone()
            .unwrap_or_else(|| answer.choices.join("\n"));
        values.insert(format!("q{}", answer.question_id), value);
    }
    let signatories: Vec<String> = submission
        .signatories
        .iter()
        .map(|s| match &s.organization {
            Some(org) => format!("{}, {org} <{}>", s.name, s.email),
            None => format!("{} <{}>", s.name, s.email),
        })
        .collect();
    values.insert("signatories".into(), signatories.join("\n"));
    if submission.consent_publish {
        values.insert("consent_publish".into(), "true".into());
    }
    if submission.consent_cite {
        values.insert("consent_cite".into(), "true".into());
    }
    values
}

fn question_inputs(questions: &[Question], values: &HashMap<String, String>) -> Vec<QuestionInput> {
    questions
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let previous = i
                .checked_sub(1)
                .and_then(|p| questions[p].analytic_group.as_ref());
            let field = format!("q{}", q.id);
            let value = values.get(&field).cloned().unwrap_or_default();
            let chosen: Vec<&str> = value.lines().collect();
            QuestionInput {
                options: q
                    .options
                    .iter()
                    .map(|o| (o.clone(), chosen.contains(&o.as_str())))
                    .collect(),
                free_text: q.kind == QuestionKind::FreeText,
                multiple: q.kind == QuestionKind::MultipleChoice,
                label: q.label.clone(),
                text: q.text.clone(),
                group_heading: q.analytic_group.clone().filter(|g| previous != Some(g)),
                word_limit: q.word_limit,
                required: q.required,
                value,
                field,
            }
        })
        .collect()
}

#[allow(clippy::too_many_arguments)]
/// Whether the form is the respondent's own, or the secretariat recording an input received
/// by e-mail or on paper.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    /// A respondent answers online.
    Respond,
    /// The secretariat records a response received another way.
    Record,
}

#[allow(clippy::too_many_arguments)]
pub(crate) async fn respond_page(
    t: Tr,
    visitor: &Visitor,
    state: &AppState,
    call: Call,
    body: Body,
    values: HashMap<String, String>,
    stored: Option<(i64, String)>,
    saved: bool,
    errors: FormErrors,
    mode: Mode,
) -> Result<String, PageError> {
    let questions = state.store.questions(call.id).await?;
    let attached = match &stored {
        Some((_, reference)) => state
            .store
            .response_files(call.id, reference)
            .await?
            .into_iter()
            .map(|(_, f)| (f.file_name, f.media_type))
            .collect(),
        None => Vec::new(),
    };
    let group = values
        .get("stakeholder_group")
        .and_then(|g| StakeholderGroup::parse(g));
    let page = RespondPage {
        deadline: deadline_text(&t, &call),
        questions: question_inputs(&questions, &values),
        kinds: RespondentKind::ALL
            .iter()
            .map(|k| (k.code().to_owned(), t.code("respondent-kind", k.code())))
            .collect(),
        groups: StakeholderGroup::ALL
            .iter()
            .map(|g| (g.code().to_owned(), t.code("stakeholder-group", g.code())))
            .collect(),
        sub_categories: StakeholderGroup::ALL
            .iter()
            .filter(|g| group.is_none_or(|chosen| chosen == **g))
            .flat_map(|g| sub_categories_of(*g))
            .map(|s| (s.code.to_owned(), t.code("subcategory", s.code)))
            .collect(),
        ecosoc: EcosocStatus::ALL
            .iter()
            .map(|e| (e.code().to_owned(), t.code("ecosoc", e.code())))
            .collect(),
        consent_publish: values.get("consent_publish").is_some_and(|v| v == "true"),
        consent_cite: values.get("consent_cite").is_some_and(|v| v == "true"),
        attached,
        submitted: stored
            .filter(|(version, _)| *version > 0)
            .map(|(version, reference)| {
                let note = t.args(
                    "respond-submitted",
                    &[
                        ("reference", reference.clone()),
                        ("version", version.to_string()),
                    ],
                );
                (note, reference)
            }),
        saved,
        recording: mode == Mode::Record,
        channels: [Channel::Email, Channel::Paper]
            .iter()
            .map(|c| (c.code().to_owned(), t.code("channel", c.code())))
            .collect(),
        csrf: visitor.csrf.clone(),
        errors,
        values,
        t,
        body,
        call,
    };
    Ok(page.render()?)
}

/// The response a form's fields describe: the respondent, consent, and the answers to
/// `questions` (a multiple choice sends its field once per option ticked).
pub(crate) fn submission_form(
    fields: &[(String, String)],
    questions: &[Question],
) -> SubmissionForm {
    let get = |name: &str| {
        fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    };
    let answers = questions
        .iter()
        .map(|q| {
            let field = format!("q{}", q.id);
            let values = fields
                .iter()
                .filter(|(k, _)| *k == field)
                .map(|(_, v)| v.clone())
                .collect();
            (q.id.0, values)
        })
        .collect();
    SubmissionForm {
        kind: get("kind"),
        name: get("name"),
        organization: get("organization"),
        stakeholder_group: get("stakeholder_group"),
        sub_category: get("sub_category"),
        country: get("country"),
        ecosoc: get("ecosoc"),
        lang: get("lang"),
        consent_publish: Some(get("consent_publish").is_some_and(|v| v == "true")),
        consent_cite: Some(get("consent_cite").is_some_and(|v| v == "true")),
        answers,
        signatories: get("signatories"),
    }
}

/// A form's fields as the page shows them again, repeated names joined by line breaks.
pub(crate) fn values_of_fields(fields: &[(String, String)]) -> HashMap<String, String> {
    let mut values: HashMap<String, String> = HashMap::new();
    for (k, v) in fields {
        values
            .entry(k.clone())
            .and_modify(|existing| {
                existing.push('\n');
                existing.push_str(v);
            })
            .or_insert_with(|| v.clone());
    }
    values
}

/// Whether the page follows a saved draft.
#[derive(Deserialize)]
pub(crate) struct Saved {
    saved: Option<String>,
}

/// The response form, filled with the respondent's draft or last submission.
pub(crate) async fn form(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    Query(saved): Query<Saved>,
) -> Result<Response, PageError> {
    let (call, body) = load_call(&state, &visitor, &raw).await?;
    may_answer(&visitor, &call)?;
    let mine = match &visitor.user {
        Some(user) => state.store.response_of(call.id, user.id).await?,
        None => None,
    };
    let (values, stored) = match mine {
        Some(found) => (
            values_of(&found.submission),
            Some((found.version, found.reference)),
        ),
        None => {
            let mut values = HashMap::new();
            values.insert("lang".to_owned(), t.lang().to_owned());
            if let Some(user) = &visitor.user {
                values.insert("name".to_owned(), user.display_name.clone());
            }
            (values, None)
        }
    };
    let html = respond_page(
        t,
        &visitor,
        &state,
        call,
        body,
        values,
        stored,
        saved.saved.is_some(),
        FormErrors::default(),
        Mode::Respond,
    )
    .await?;
    Ok(Html(html).into_response())
}

/// Counts the co-signatories a submission is about to ask for the first time (each is mailed
/// words the respondent chose) against the sender's and each recipient's limits.
async fn limit_signature_requests(
    state: &AppState,
    visitor: &Visitor,
    call: i64,
    user: concord_domain::ids::UserId,
    submission: &concord_domain::response::Submission,
) -> Result<(), PageError> {
    let asked: Vec<String> = state
        .store
        .response_of(CallId(call), user)
        .await?
        .map(|r| {
            r.submission
                .signatories
                .iter()
                .map(|s| s.email.to_lowercase())
                .collect()
        })
        .unwrap_or_default();
    let sender = user.0.to_string();
    for signatory in &submission.signatories {
        let recipient = signatory.email.to_lowercase();
        if asked.contains(&recipient) {
            continue;
        }
        crate::throttle::check(
            state,
            &[
                (limits::MAIL_ADDRESS, &visitor.address),
                (limits::SIGNATORY_SENDER, &sender),
                (limits::SIGNATORY_RECIPIENT, &recipient),
            ],
        )
        .await?;
    }
    Ok(())
}

/// Saves a draft (`action=draft`) or submits (`action=submit`).
pub(crate) async fn submit(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    upload: Upload,
) -> Result<Response, PageError> {
    // The body is read only to show the form again: a submission needs the call alone.
    let call = visible_call(&state, &visitor, &raw).await?;
    may_answer(&visitor, &call)?;
    let (fields, sent) = (upload.fields, upload.files);
    let get = |name: &str| {
        fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    };
    let Some(user) = visitor.user.clone() else {
        return Err(PageError::SignIn(visitor.path.clone()));
    };
    let questions = state.store.questions(call.id).await?;
    let form = submission_form(&fields, &questions);
    let submitting = get("action").as_deref() != Some("draft");
    let public_url = state.config.public_url.trim_end_matches('/').to_owned();
    let receipt_mail = {
        let (t, user, title, public_url) = (
            t.clone(),
            user.clone(),
            call.fields.title.clone(),
            public_url.clone(),
        );
        let call_id = call.id;
        move |receipt: &Receipt| {
            Some(compose(
                &t,
                &user.email,
                Letter::Receipt {
                    name: user.display_name.clone(),
                    title: title.clone(),
                    reference: receipt.reference.clone(),
                    version: receipt.version.to_string(),
                    hash: receipt.sha256.clone(),
                    link: format!(
                        "{public_url}/calls/{call_id}/receipts/{}",
                        receipt.reference
                    ),
                },
            ))
        }
    };
    // Co-signatories read the request in the language the respondent used.
    let signature_mail = {
        let (t, respondent, title) = (
            t.clone(),
            user.display_name.clone(),
            call.fields.title.clone(),
        );
        move |signatory: &Signatory, receipt: &Receipt| {
            let token = crate::auth::new_token();
            let letter = Letter::SignatureRequest {
                name: signatory.name.clone(),
                respondent: respondent.clone(),
                title: title.clone(),
                reference: receipt.reference.clone(),
                link: format!("{public_url}/signatures/confirm?token={token}"),
            };
            Some((
                crate::auth::hash_token(&token),
                compose(&t, &signatory.email, letter),
            ))
        }
    };
    let mut files = Vec::new();
    let mut file_errors = Vec::new();
    for file in sent.iter().filter(|f| f.field == "attachments") {
        match check_upload("attachments", &file.name, &file.bytes) {
            Ok(checked) => files.push((checked, file.bytes.clone())),
            Err(invalid) => file_errors.extend(invalid.errors),
        }
    }
    let parsed = match form.parse(&questions, !submitting) {
        Ok(submission) if file_errors.is_empty() => Ok(submission),
        Ok(_) => Err(Invalid {
            errors: file_errors,
        }),
        Err(mut invalid) => {
            invalid.errors.extend(file_errors);
            Err(invalid)
        }
    };
    if let (Ok(submission), true) = (&parsed, submitting) {
        limit_signature_requests(&state, &visitor, call.id.0, user.id, submission).await?;
    }
    let outcome = match parsed {
        Ok(submission) => state
            .store
            .save_response(SaveRequest {
                call: call.id,
                user: Some(user.id),
                email: Some(user.email.clone()),
                channel: Channel::Web,
                submission,
                files,
                submit: submitting,
                at: time::OffsetDateTime::now_utc(),
                mails: Mails {
                    receipt: Box::new(receipt_mail),
                    signature: Box::new(signature_mail),
                },
            })
            .await
            .map_err(Refusal::from),
        Err(invalid) => Err(invalid.into()),
    };
    match outcome {
        Ok(Some(receipt)) => Ok(see_other(&format!(
            "/calls/{}/receipts/{}",
            call.id, receipt.reference
        ))),
        Ok(None) => Ok(see_other(&format!("/calls/{}/respond?saved=1", call.id))),
        Err(refusal) => {
            let errors = FormErrors::from_invalid(&t, &refusal.invalid()?);
            let values = values_of_fields(&fields);
            let stored = state
                .store
                .response_of(call.id, user.id)
                .await?
                .map(|r| (r.version, r.reference));
            let body = body_of(&state, &call).await?;
            let html = respond_page(
                t,
                &visitor,
                &state,
                call,
                body,
                values,
                stored,
                false,
                errors,
                Mode::Respond,
            )
            .await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(html)).into_response())
        }
    }
}

#[derive(Template)]
#[template(path = "receipt.html")]
struct ReceiptPage {
    t: Tr,
    call: Call,
    reference: String,
    receipts: Vec<Receipt>,
    open: bool,
}

/// A response's receipts, for the respondent (and the secretariat).
pub(crate) async fn receipt(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path((raw, reference)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let (call, body) = load_call(&state, &visitor, &raw).await?;
    let Some(response) = state.store.response(call.id, &reference).await? else {
        return Err(missing("error-no-response", reference));
    };
    let own = visitor
        .user
        .as_ref()
        .is_some_and(|u| response.user_id == Some(u.id));
    if !own {
        visitor.require(Action::EditBody(body.id))?;
    }
    let receipts = state.store.receipts(call.id, &reference).await?;
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    let page = ReceiptPage {
        open: call.state == concord_domain::call::CallState::Open
            && call.fields.deadline().is_some_and(|d| now <= d),
        t,
        call,
        reference,
        receipts,
    };
    Ok(Html(page.render()?).into_response())
}

/// The whole ledger as JSON lines, one entry per line, for anyone to check (see
/// `concord_domain::ledger` for the algorithm).
pub(crate) async fn ledger(State(state): State<AppState>) -> Result<Response, PageError> {
    let mut out = String::new();
    for entry in state.store.ledger().await? {
        out.push_str(&serde_json::to_string(&entry).unwrap_or_default());
        out.push('\n');
    }
    Ok((
        [(header::CONTENT_TYPE, "application/x-ndjson; charset=utf-8")],
        out,
    )
        .into_response())
}
