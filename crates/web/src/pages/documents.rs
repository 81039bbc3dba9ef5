//! A body's document register: the secretariat files documents under their UN symbols (checked
//! by the symbol parser) and attaches their files, one per language and version; each document
//! has a page with its versions, newest first, and readers can follow it to hear of revisions.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use concord_domain::access::Action;
use concord_domain::body::Body;
use concord_domain::document::{file_language, Document, DocumentForm, DocumentType};
use concord_domain::ids::DocumentId;
use concord_domain::upload::check as check_upload;
use concord_domain::Invalid;
use concord_store::{DocumentStore, MeetingStore};

use crate::auth::Visitor;
use crate::common::files::file_download;
use crate::common::summaries::{document_rows, DocumentRow};
use crate::common::{load_body, missing, page_id, see_other};
use crate::error::PageError;
use crate::forms::{answer, Refusal};
use crate::forms::{
    input, render, select, with_hint, CsrfForm, FormErrors, FormSpec, Posted, Upload, Values,
};
use crate::i18n::Tr;
use crate::AppState;

async fn fields(
    t: &Tr,
    state: &AppState,
    body: &Body,
    values: &Values,
) -> Result<Vec<crate::forms::Field>, PageError> {
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

pub(crate) async fn new_form(
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

pub(crate) async fn create(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    CsrfForm(post): CsrfForm<Posted>,
) -> Result<Response, PageError> {
    let body = load_body(&state, &raw).await?;
    visitor.require(Action::EditBody(body.id))?;
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
            .map_err(Refusal::from),
        Err(invalid) => Err(invalid.into()),
    };
    let body_id = body.id;
    answer(
        &t,
        outcome,
        move |_| format!("/bodies/{}#documents-heading", body_id),
        async |errors| {
            let fields = fields(&t, &state, &body, &post.values).await?;
            render(
                spec(&t, &body),
                &visitor,
                fields,
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        },
    )
    .await
}

/// A file as the document page lists it.
struct FileRow {
    id: i64,
    lang: String,
    file_name: String,
    kind: &'static str,
    size: String,
    sha256: String,
}

/// One version of the document, with its files.
struct VersionRow {
    row: DocumentRow,
    files: Vec<FileRow>,
    current: bool,
}

#[derive(Template)]
#[template(path = "document.html")]
struct DocumentPage {
    t: Tr,
    body: Body,
    document: DocumentRow,
    meeting: Option<(i64, String)>,
    versions: Vec<VersionRow>,
    languages: Vec<(String, String)>,
    can_edit: bool,
    signed_in: bool,
    following: bool,
    csrf: String,
    errors: FormErrors,
    chosen_lang: String,
}

/// A size in the units people read: bytes, KB or MB.
fn size_text(t: &Tr, bytes: i64) -> String {
    match bytes {
        b if b < 1024 => t.arg("size-bytes", "count", t.number(b)),
        b if b < 1024 * 1024 => t.arg("size-kb", "count", t.number((b + 512) / 1024)),
        b => t.arg(
            "size-mb",
            "count",
            format!("{:.1}", b as f64 / (1024.0 * 1024.0)),
        ),
    }
}

async fn load_document(state: &AppState, body: &Body, raw: &str) -> Result<Document, PageError> {
    let id = DocumentId(page_id(raw, "error-no-document")?);
    state
        .store
        .body_document(body.id, id)
        .await?
        .ok_or_else(|| missing("error-no-document", id.0))
}

async fn document_page(
    t: Tr,
    visitor: &Visitor,
    state: &AppState,
    body: Body,
    document: Document,
    errors: FormErrors,
    chosen_lang: String,
) -> Result<DocumentPage, PageError> {
    let base = document.base_symbol();
    let versions: Vec<Document> = state
        .store
        .documents(body.id)
        .await?
        .into_iter()
        .filter(|d| d.base_symbol() == base)
        .collect();
    let files = state.store.document_files(body.id).await?;
    let rows = document_rows(&t, &versions);
    let versions = versions
        .iter()
        .zip(rows)
        .rev()
        .map(|(version, row)| VersionRow {
            current: version.id == document.id,
            files: files
                .iter()
                .filter(|f| f.document_id == version.id)
                .map(|f| FileRow {
                    id: f.id,
                    lang: f.lang.to_uppercase(),
                    file_name: f.file_name.clone(),
                    kind: f.kind.label(),
                    size: size_text(&t, f.byte_size),
                    sha256: f.sha256.clone(),
                })
                .collect(),
            row,
        })
        .collect::<Vec<_>>();
    let meeting = match document.fields.meeting_id {
        Some(id) => state
            .store
            .meeting(id)
            .await?
            .map(|m| (m.id.0, m.fields.title)),
        None => None,
    };
    let following = match &visitor.user {
        Some(user) => state.store.is_following(user.id, &base).await?,
        None => false,
    };
    let document_row = rows_one(&t, &document, versions.first().is_some_and(|v| v.current));
    Ok(DocumentPage {
        languages: document
            .fields
            .languages
            .iter()
            .map(|l| (l.clone(), t.code("language", l)))
            .collect(),
        can_edit: visitor.may(Action::EditBody(body.id)),
        signed_in: visitor.user.is_some(),
        csrf: visitor.csrf.clone(),
        t,
        body,
        document: document_row,
        meeting,
        versions,
        following,
        errors,
        chosen_lang,
    })
}

/// The register row of a single document.
fn rows_one(t: &Tr, document: &Document, latest: bool) -> DocumentRow {
    let mut row = document_rows(t, std::slice::from_ref(document)).remove(0);
    row.latest = latest;
    row
}

/// The document's page: its versions, newest first, each with its files; the upload form for
/// the secretariat; following for signed-in readers.
pub(crate) async fn show(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path((raw, doc_raw)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let body = load_body(&state, &raw).await?;
    let document = load_document(&state, &body, &doc_raw).await?;
    let lang = document
        .fields
        .languages
        .first()
        .cloned()
        .unwrap_or_default();
    let page = document_page(
        t,
        &visitor,
        &state,
        body,
        document,
        FormErrors::default(),
        lang,
    )
    .await?;
    Ok(Html(page.render()?).into_response())
}

/// Files a document's file: checked by its content, in a language the document is issued in.
pub(crate) async fn upload(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path((raw, doc_raw)): Path<(String, String)>,
    upload: Upload,
) -> Result<Response, PageError> {
    let body = load_body(&state, &raw).await?;
    visitor.require(Action::EditBody(body.id))?;
    let document = load_document(&state, &body, &doc_raw).await?;
    let sent = upload.file("file").cloned().unwrap_or_default();
    let (name, bytes) = (sent.name, sent.bytes);
    let outcome = match (
        file_language("lang", Some(upload.field("lang"))),
        check_upload("file", &name, &bytes),
    ) {
        (Ok(lang), Ok(checked)) => state
            .store
            .add_document_file(&visitor.audit_actor(), document.id, &lang, &checked, &bytes)
            .await
            .map_err(Refusal::from),
        (Err(a), Err(b)) => Err(Refusal::Invalid(Invalid {
            errors: a.errors.into_iter().chain(b.errors).collect(),
        })),
        (Err(invalid), _) | (_, Err(invalid)) => Err(invalid.into()),
    };
    let body_id = body.id;
    let document_id = document.id;
    answer(
        &t,
        outcome,
        move |_| {
            format!(
                "/bodies/{}/documents/{}#files-heading",
                body_id, document_id
            )
        },
        async |errors| {
            let lang = upload.field("lang").to_owned();
            let page =
                document_page(t.clone(), &visitor, &state, body, document, errors, lang).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(page.render()?)).into_response())
        },
    )
    .await
}

/// Starts or stops following a document (`follow=true|false`).
pub(crate) async fn follow(
    visitor: Visitor,
    State(state): State<AppState>,
    Path((raw, doc_raw)): Path<(String, String)>,
    CsrfForm(post): CsrfForm<Posted>,
) -> Result<Response, PageError> {
    let body = load_body(&state, &raw).await?;
    visitor.require(Action::ManageOwnAccount)?;
    let document = load_document(&state, &body, &doc_raw).await?;
    let Some(user) = &visitor.user else {
        return Err(PageError::SignIn(visitor.path.clone()));
    };
    let follow = post.values.get("follow").is_some_and(|v| v == "true");
    state
        .store
        .set_following(user.id, document.id, follow)
        .await?;
    Ok(see_other(&format!(
        "/bodies/{}/documents/{}",
        body.id, document.id
    )))
}

/// Serves a file as it was filed, under its name, never sniffed by the browser as anything else.
pub(crate) async fn download(
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> Result<Response, PageError> {
    let id = page_id(&raw, "error-no-file")?;
    let Some((file, content)) = state.store.document_file(id).await? else {
        return Err(missing("error-no-file", id));
    };
    Ok(file_download(
        &file.file_name,
        file.kind.media_type(),
        &file.sha256,
        content,
    ))
}
