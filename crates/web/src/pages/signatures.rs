//! Co-signatories confirm a joint submission from the link in their e-mail: the link opens a
//! page naming the response, and a button confirms (a link alone could be followed by a mail
//! scanner; a form is not).

use askama::Template;
use axum::extract::{Query, State};
use axum::response::{Html, IntoResponse, Response};
use concord_store::{CallStore, PendingSignature, SignatureStore};
use serde::Deserialize;

use crate::auth::{hash_token, Visitor};
use crate::error::PageError;
use crate::forms::{CsrfForm, Posted};
use crate::i18n::Tr;
use crate::AppState;

/// The token from the e-mail's link.
#[derive(Deserialize)]
pub(crate) struct Token {
    token: Option<String>,
}

#[derive(Template)]
#[template(path = "signature.html")]
struct SignaturePage {
    t: Tr,
    lead: String,
    confirmed: bool,
    token: String,
    csrf: String,
}

impl SignaturePage {
    fn new(
        t: Tr,
        signature: &PendingSignature,
        call_title: String,
        token: String,
        csrf: String,
    ) -> Self {
        let lead = t.args(
            "signature-lead",
            &[
                ("name", signature.name.clone()),
                ("reference", signature.reference.clone()),
                ("title", call_title),
            ],
        );
        SignaturePage {
            t,
            lead,
            confirmed: signature.confirmed,
            token,
            csrf,
        }
    }
}

async fn found(state: &AppState, token: &str) -> Result<(PendingSignature, String), PageError> {
    let signature = state
        .store
        .signature(&hash_token(token))
        .await?
        .ok_or(PageError::NotFound("error-signature-token", None))?;
    let title = state
        .store
        .call(signature.call_id)
        .await?
        .map(|c| c.fields.title)
        .unwrap_or_default();
    Ok((signature, title))
}

/// The page the e-mail's link opens.
pub(crate) async fn show(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Query(query): Query<Token>,
) -> Result<Response, PageError> {
    let token = query.token.unwrap_or_default();
    let (signature, call_title) = found(&state, &token).await?;
    let page = SignaturePage::new(t, &signature, call_title, token, visitor.csrf.clone());
    Ok(Html(page.render()?).into_response())
}

/// Confirms the signature.
pub(crate) async fn confirm(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    CsrfForm(post): CsrfForm<Posted>,
) -> Result<Response, PageError> {
    let token = post.values.get("token").cloned().unwrap_or_default();
    let (_, call_title) = found(&state, &token).await?;
    let signature = state.store.confirm_signature(&hash_token(&token)).await?;
    let page = SignaturePage::new(t, &signature, call_title, token, visitor.csrf.clone());
    Ok(Html(page.render()?).into_response())
}
