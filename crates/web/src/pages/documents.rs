//! A body's document register: the secretariat files documents under their UN symbols (checked
//! by the symbol parser), and the body's page shows each document with its latest version first.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use concord_domain::access::Action;
use concord_domain::body::Body;
use concord_domain::document::{Document, DocumentForm, DocumentType};
use concord_store::{DocumentStore, MeetingStore};

use super::manage::{input, render, select, store_or_form, with_hint, FormSpec, Posted, Values};
use super::{load_body, see_other};
use crate::auth::Visitor;
use crate::error::PageError;
use crate::forms::{FormBody, FormErrors};
use crate::i18n::Tr;
use crate::AppState;

/// A document in the register, as the body's page shows it.
pub(crate) struct DocumentRow {
    /// Its id, the anchor agenda items link to (`#doc-N`).
    pub id: i64,
    pub symbol: String,
    pub title: String,
    pub lang: String,
    pub kind: String,
    pub issued: String,
    pub languages: String,
    pub url: Option<String>,
    pub latest: bool,
}

/// The register's rows: within each document, the latest version is marked.
pub(crate) fn rows(t: &Tr, documents: &[Document]) -> Vec<DocumentRow> {
    documents
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let latest = documents
                .get(i + 1)
                .is_none_or(|next| next.base_symbol() != d.base_symbol());
            DocumentRow {
                id: d.id.0,
                symbol: d.fields.symbol.to_string(),
                title: d.fields.title.clone(),
                lang: d.fields.lang.clone(),
                kind: t.code("document-type", d.fields.doc_type.code()),
                issued: d
                    .fields
                    .issued_on
                    .map(|day| t.date(day))
                    .unwrap_or_default(),
                languages: d
                    .fields
                    .languages
                    .iter()
                    .map(|l| l.to_uppercase())
                    .collect::<Vec<_>>()
                    .join(" "),
                url: d.fields.url.clone(),
                latest,
            }
        })
        .collect()
}

async fn fields(
    t: &Tr,
    state: &AppState,
    body: &Body,
    values: &Values,
) -> Result<Vec<super::manage::Field>, PageError> {
    let types = DocumentType::ALL
        .iter()
        .map(|d| (d.code().to_owned(), t.code("document-type", d.code())))
        .collect();
    let meetings = std::iter::once((String::new(), t.get("form-none")))
        .chain(
            state
                .store
                .meetings(body.id)
                .await?
                .into_iter()
                .map(|m| (m.id.to_string(), m.fields.title)),
        )
        .collect();
    Ok(vec![
        with_hint(
            input(t, "symbol", "field-symbol", "text", values),
            t.get("field-symbol-hint"),
        ),
        input(t, "title", "field-title", "text", values),
        select(t, "doc_type", "field-document-type", types, values),
        select(t, "meeting_id", "col-meeting", meetings, values),
        input(t, "issued_on", "field-issued-on", "date", values),
        with_hint(
            input(t, "languages", "field-languages", "text", values),
            t.get("field-languages-hint"),
        ),
        input(t, "url", "field-url", "url", values),
        with_hint(
            input(t, "lang", "field-lang", "text", values),
            t.get("field-lang-hint"),
        ),
    ])
}

fn spec<'a>(t: &'a Tr, body: &Body) -> FormSpec<'a> {
    FormSpec {
        title: t.arg("admin-new-document", "name", &body.fields.acronym),
        action: format!("/bodies/{}/documents/new", body.id),
        submit: t.get("form-create"),
        back: Some((format!("/bodies/{}", body.id), body.fields.acronym.clone())),
        t,
    }
}

pub(super) async fn new_form(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> Result<Response, PageError> {
    let body = load_body(&state, &raw).await?;
    visitor.require(Action::EditBody(body.id))?;
    let values: Values = [
        ("lang", "en"),
        ("languages", "en"),
        ("doc_type", "secretariat_note"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .collect();
    let fields = fields(&t, &state, &body, &values).await?;
    render(
        spec(&t, &body),
        &visitor,
        fields,
        FormErrors::default(),
        StatusCode::OK,
    )
}

pub(super) async fn create(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    FormBody(post): FormBody<Posted>,
) -> Result<Response, PageError> {
    let body = load_body(&state, &raw).await?;
    visitor.require(Action::EditBody(body.id))?;
    visitor.check_csrf(&post.csrf)?;
    let get = |k: &str| post.values.get(k).cloned().filter(|v| !v.trim().is_empty());
    let form = DocumentForm {
        symbol: get("symbol"),
        title: get("title"),
        doc_type: get("doc_type"),
        meeting_id: get("meeting_id").and_then(|m| m.parse().ok()),
        issued_on: get("issued_on"),
        languages: get("languages"),
        url: get("url"),
        lang: get("lang"),
    };
    let outcome = match form.parse() {
        Ok(fields) => state
            .store
            .add_document(&visitor.audit_actor(), body.id, &fields)
            .await
            .map_err(store_or_form),
        Err(invalid) => Err(Ok(invalid)),
    };
    match outcome {
        Ok(_) => Ok(see_other(&format!("/bodies/{}#documents-heading", body.id))),
        Err(Err(error)) => Err(error),
        Err(Ok(invalid)) => {
            let errors = FormErrors::from_invalid(&t, &invalid);
            let fields = fields(&t, &state, &body, &post.values).await?;
            render(
                spec(&t, &body),
                &visitor,
                fields,
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        }
    }
}
