//! Negotiating texts on their pages: the Chair or the secretariat starts a text by pasting it
//! in the drafting notation; everyone reads it with its brackets and their sponsors shown (and
//! announced to screen readers), sees where it stands, reads every version and compares any
//! two word by word, and downloads it back in the notation. A revision made from an older
//! version is refused with 409 and shown beside what changed meanwhile, to merge.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use concord_domain::access::Action;
use concord_domain::body::Body;
use concord_domain::drafting::diff::{diff_words, Edit};
use concord_domain::drafting::notation::{self, Block, Draft, Span, Step};
use concord_domain::drafting::text::{
    revision, state_of, NegotiatingText, TextForm, TextKind, TextState, TextVersion,
};
use concord_domain::ids::VersionNo;
use concord_domain::Invalid;
use concord_store::TextStore;
use serde::Deserialize;

use crate::auth::Visitor;
use crate::common::{load_body, load_text, missing, see_other};
use crate::error::PageError;
use crate::forms::{answer, Refusal};
use crate::forms::{
    input, opt, render, select, with_hint, CsrfForm, Field, FormErrors, FormSpec, Posted, Values,
};
use crate::i18n::Tr;
use crate::AppState;
use consensus::ConsensusView;

pub(crate) mod amendments;
pub(crate) mod consensus;
pub(crate) mod readings;

// ---------------------------------------------------------------------------------------------
// What the templates show (`drafting.html` renders these)

/// One piece of a paragraph's text, in reading order: nested brackets become an opening and a
/// closing piece around what they hold.
pub(crate) enum Piece {
    /// Plain text.
    Text(String),
    /// A bracket opens: what a screen reader hears instead of the mark ("start of bracketed text
    /// proposed by EU"), and who proposed it, when and why (also the title).
    Open(String, String),
    /// A bracket closes, with its sponsor shown after it.
    Close(String),
}

/// A text's pieces: each bracket with its sponsor; a screen reader hears where it starts, who
/// proposed it and where it ends instead of the marks.
fn pieces(t: &Tr, spans: &[Span], out: &mut Vec<Piece>) {
    // An iterative walk: a text's depth never reaches this thread's stack.
    notation::walk(spans, |step| match step {
        Step::Text(text) => out.push(Piece::Text(text.to_owned())),
        Step::Open(b) => {
            let sponsor = &b.sponsor;
            let about = if b.reason.is_empty() && b.proposed_on.is_none() {
                String::new()
            } else {
                let reason = match b.proposed_on {
                    Some(day) if b.reason.is_empty() => t.date(day),
                    Some(day) => format!("{} ({})", b.reason, t.date(day)),
                    None => b.reason.clone(),
                };
                t.args(
                    "bracket-reason",
                    &[("sponsor", sponsor.clone()), ("reason", reason)],
                )
            };
            let heard = if sponsor.is_empty() {
                t.get("bracket-open-unattributed")
            } else {
                t.arg("bracket-open", "sponsor", sponsor)
            };
            out.push(Piece::Open(heard, about));
        }
        Step::Close(b) => out.push(Piece::Close(b.sponsor.clone())),
    });
}

/// A paragraph as shown: its anchor, number, and its text or alternatives.
pub(crate) struct ParagraphView {
    pub anchor: String,
    pub number: String,
    /// One text (no label), or the alternatives with their labels ("Alt 1:").
    pub alternatives: Vec<(String, Vec<Piece>)>,
}

/// A heading or a paragraph as shown.
pub(crate) enum BlockView {
    Heading(String),
    Paragraph(ParagraphView),
}

fn blocks(t: &Tr, draft: &Draft) -> Vec<BlockView> {
    draft
        .blocks
        .iter()
        .map(|block| match block {
            Block::Heading(heading) => BlockView::Heading(heading.clone()),
            Block::Paragraph(p) => {
                let single = p.alternatives.len() == 1;
                BlockView::Paragraph(ParagraphView {
                    anchor: format!("p-{}", p.number.to_string().replace(' ', "-")),
                    number: p.number.to_string(),
                    alternatives: p
                        .alternatives
                        .iter()
                        .enumerate()
                        .map(|(n, spans)| {
                            let label = if single {
                                String::new()
                            } else {
                                t.arg("text-alternative", "number", n + 1)
                            };
                            let mut out = Vec::new();
                            pieces(t, spans, &mut out);
                            (label, out)
                        })
                        .collect(),
                })
            }
        })
        .collect()
}

/// Words of a comparison: kept, removed or inserted.
pub(crate) struct EditView {
    pub removed: bool,
    pub inserted: bool,
    pub words: String,
}

/// One paragraph (or heading) of a comparison.
pub(crate) struct Compared {
    pub label: String,
    pub edits: Vec<EditView>,
}

pub(crate) fn edits_of(edits: Vec<Edit>) -> Vec<EditView> {
    edits
        .into_iter()
        .map(|edit| match edit {
            Edit::Same(words) => EditView {
                removed: false,
                inserted: false,
                words,
            },
            Edit::Removed(words) => EditView {
                removed: true,
                inserted: false,
                words,
            },
            Edit::Inserted(words) => EditView {
                removed: false,
                inserted: true,
                words,
            },
        })
        .collect()
}

/// Compares two versions paragraph by paragraph (paragraphs are matched by their number, which
/// never changes); only what differs is listed.
fn compare(t: &Tr, before: &str, after: &str) -> Vec<Compared> {
    let read = |text: &str| notation::parse(text).unwrap_or_default();
    let (old, new) = (read(before), read(after));
    let key = |block: &Block| match block {
        Block::Heading(h) => format!("## {h}"),
        Block::Paragraph(p) => p.number.to_string(),
    };
    let printed = |block: &Block| match block {
        Block::Heading(h) => h.clone(),
        Block::Paragraph(p) => notation::print_paragraph(p).trim_end().to_owned(),
    };
    let mut out = Vec::new();
    for block in &new.blocks {
        let after_text = printed(block);
        match old.blocks.iter().find(|b| key(b) == key(block)) {
            Some(earlier) => {
                let before_text = printed(earlier);
                if before_text != after_text {
                    out.push(Compared {
                        label: key(block),
                        edits: edits_of(diff_words(&before_text, &after_text)),
                    });
                }
            }
            None => out.push(Compared {
                label: format!("{} — {}", key(block), t.get("text-compare-added")),
                edits: edits_of(vec![Edit::Inserted(after_text)]),
            }),
        }
    }
    for block in &old.blocks {
        if !new.blocks.iter().any(|b| key(b) == key(block)) {
            out.push(Compared {
                label: format!("{} — {}", key(block), t.get("text-compare-removed")),
                edits: edits_of(vec![Edit::Removed(printed(block))]),
            });
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Pages

async fn load_version(
    state: &AppState,
    text: &NegotiatingText,
    number: VersionNo,
) -> Result<TextVersion, PageError> {
    state
        .store
        .text_version(text.id, number)
        .await?
        .ok_or_else(|| missing("error-no-version", number))
}

fn text_fields(t: &Tr, values: &Values) -> Vec<Field> {
    let kinds = TextKind::ALL
        .iter()
        .map(|k| (k.code().to_owned(), t.code("text-kind", k.code())))
        .collect();
    vec![
        input(t, "title", "field-title", "text", values),
        select(t, "kind", "field-kind", kinds, values),
        input(t, "lang", "field-lang", "text", values),
        with_hint(
            Field::textarea(t, "notation", "field-notation", values),
            t.get("field-notation-help"),
        ),
        input(t, "note", "field-note", "text", values),
    ]
}

fn text_spec<'a>(t: &'a Tr, body: &Body) -> FormSpec<'a> {
    FormSpec {
        title: t.arg("text-new", "name", &body.fields.acronym),
        action: format!("/bodies/{}/texts/new", body.id),
        submit: t.get("text-create"),
        back: Some((
            format!("/bodies/{}#texts-heading", body.id),
            body.fields.acronym.clone(),
        )),
        t,
    }
}

/// The form starting a text.
pub(crate) async fn new_form(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> Result<Response, PageError> {
    let body = load_body(&state, &raw).await?;
    visitor.require(Action::DraftTexts(body.id))?;
    let values: Values = [
        ("lang".to_owned(), body.fields.lang.clone()),
        ("kind".to_owned(), TextKind::ZeroDraft.code().to_owned()),
    ]
    .into();
    render(
        text_spec(&t, &body),
        &visitor,
        text_fields(&t, &values),
        FormErrors::default(),
        StatusCode::OK,
    )
}

/// Starts a text with its first version.
pub(crate) async fn create(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    CsrfForm(post): CsrfForm<Posted>,
) -> Result<Response, PageError> {
    let body = load_body(&state, &raw).await?;
    visitor.require(Action::DraftTexts(body.id))?;
    let form = TextForm {
        title: opt(&post.values, "title"),
        kind: opt(&post.values, "kind"),
        lang: opt(&post.values, "lang"),
    };
    let first = revision(
        opt(&post.values, "notation").as_deref(),
        opt(&post.values, "note").as_deref(),
    );
    let outcome = match (form.parse(), first) {
        (Ok(fields), Ok(first)) => state
            .store
            .add_text(&visitor.audit_actor(), body.id, &fields, &first)
            .await
            .map_err(Refusal::from),
        (fields, first) => {
            let mut errors = Vec::new();
            for invalid in [fields.err(), first.err()].into_iter().flatten() {
                errors.extend(invalid.errors);
            }
            Err(Refusal::Invalid(Invalid { errors }))
        }
    };
    answer(
        &t,
        outcome,
        |text| format!("/texts/{}", text.id),
        async |errors| {
            render(
                text_spec(&t, &body),
                &visitor,
                text_fields(&t, &post.values),
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        },
    )
    .await
}

#[derive(Template)]
#[template(path = "text.html")]
struct TextPage {
    t: Tr,
    text: NegotiatingText,
    body: Body,
    kind: String,
    state: TextState,
    blocks: Vec<BlockView>,
    can_edit: bool,
    can_take_positions: bool,
    csrf: String,
    errors: FormErrors,
    consensus: ConsensusView,
    readings: Vec<readings::ReadingRow>,
    /// Meetings and agenda items a new reading can be tied to (for those who open readings).
    places: Vec<(String, String)>,
}

/// The text's page: the text as it now reads, where it stands, the positions on it and its
/// decisions, with the forms the visitor may use; `errors` says what a refused form got wrong.
pub(crate) async fn render_text(
    t: Tr,
    visitor: Visitor,
    state: &AppState,
    text: NegotiatingText,
    body: Body,
    errors: FormErrors,
    status: StatusCode,
) -> Result<Response, PageError> {
    let current = load_version(state, &text, text.version).await?;
    let draft = notation::parse(&current.notation).unwrap_or_default();
    let consensus = consensus::view(&t, state, &visitor, &text, &draft).await?;
    let can_edit = visitor.may(Action::DraftTexts(body.id)) && !consensus.adopted;
    let readings = readings::rows(&t, state, &text).await?;
    let places = if can_edit {
        readings::places(&t, state, &text).await?
    } else {
        Vec::new()
    };
    let page = TextPage {
        readings,
        places,
        kind: t.code("text-kind", text.fields.kind.code()),
        state: state_of(&draft),
        blocks: blocks(&t, &draft),
        can_edit,
        can_take_positions: visitor.may(Action::TakePositions(body.id))
            && !consensus.my_seats.is_empty()
            && !consensus.adopted,
        csrf: visitor.csrf.clone(),
        errors,
        consensus,
        t,
        text,
        body,
    };
    Ok((status, Html(page.render()?)).into_response())
}

/// A text as it now reads, with where it stands.
pub(crate) async fn show(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> Result<Response, PageError> {
    let (text, body) = load_text(&state, &raw).await?;
    render_text(
        t,
        visitor,
        &state,
        text,
        body,
        FormErrors::default(),
        StatusCode::OK,
    )
    .await
}

#[derive(Deserialize)]
pub(crate) struct VersionQuery {
    version: Option<String>,
}

/// A version of the text in the drafting notation, as plain text.
pub(crate) async fn download(
    State(state): State<AppState>,
    Path(raw): Path<String>,
    Query(query): Query<VersionQuery>,
) -> Result<Response, PageError> {
    let (text, _) = load_text(&state, &raw).await?;
    let number = match query.version.as_deref() {
        Some(v) => v.parse().map_err(|_| missing("error-no-version", v))?,
        None => text.version,
    };
    let version = load_version(&state, &text, number).await?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/plain; charset=utf-8".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("inline; filename='text-{}-v{}.txt'", text.id, number),
            ),
        ],
        version.notation,
    )
        .into_response())
}

#[derive(Template)]
#[template(path = "text_edit.html")]
struct EditPage {
    t: Tr,
    text: NegotiatingText,
    csrf: String,
    notation: String,
    note: String,
    base: VersionNo,
    errors: FormErrors,
    /// After a refused save: what happened, and the heading of what changed meanwhile.
    stale: Option<(String, String)>,
    changes: Vec<Compared>,
}

/// The form revising a text, holding its latest version.
pub(crate) async fn edit_form(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> Result<Response, PageError> {
    let (text, body) = load_text(&state, &raw).await?;
    visitor.require(Action::DraftTexts(body.id))?;
    let current = load_version(&state, &text, text.version).await?;
    let page = EditPage {
        csrf: visitor.csrf.clone(),
        notation: current.notation,
        note: String::new(),
        base: text.version,
        errors: FormErrors::default(),
        stale: None,
        changes: Vec::new(),
        t,
        text,
    };
    Ok(Html(page.render()?).into_response())
}

/// Saves a new version, unless another was saved since the one the form was made from.
pub(crate) async fn revise(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    CsrfForm(post): CsrfForm<Posted>,
) -> Result<Response, PageError> {
    let (text, body) = load_text(&state, &raw).await?;
    visitor.require(Action::DraftTexts(body.id))?;
    let notation_text = opt(&post.values, "notation").unwrap_or_default();
    let note = opt(&post.values, "note");
    let base: VersionNo = opt(&post.values, "base")
        .and_then(|b| b.parse().ok())
        .unwrap_or(text.version);
    let outcome = match revision(Some(&notation_text), note.as_deref()) {
        Ok(revision) => state
            .store
            .revise_text(&visitor.audit_actor(), text.id, base, &revision)
            .await
            .map_err(Refusal::from),
        Err(invalid) => Err(invalid.into()),
    };
    let refusal = match outcome {
        Ok(saved) => return Ok(see_other(&format!("/texts/{}", saved.id))),
        Err(refusal) => refusal,
    };
    let stale = matches!(refusal, Refusal::Conflict(_));
    let invalid = refusal.invalid()?;
    let (status, stale, changes, base) = if stale {
        // Two people edited the same version: show what the other saved, keep this one's text,
        // and let the next save be made from the latest version.
        let latest = state
            .store
            .negotiating_text(text.id)
            .await?
            .unwrap_or(text.clone());
        let earlier = load_version(&state, &text, base).await?;
        let current = load_version(&state, &text, latest.version).await?;
        let changes = compare(&t, &earlier.notation, &current.notation);
        let args = [
            ("current", latest.version.to_string()),
            ("base", base.to_string()),
        ];
        let stale = (
            t.args("text-stale", &args),
            t.args("text-stale-changes", &args),
        );
        (StatusCode::CONFLICT, Some(stale), changes, latest.version)
    } else {
        (StatusCode::UNPROCESSABLE_ENTITY, None, Vec::new(), base)
    };
    let page = EditPage {
        csrf: visitor.csrf.clone(),
        notation: notation_text,
        note: note.unwrap_or_default(),
        base,
        errors: FormErrors::from_invalid(&t, &invalid),
        stale,
        changes,
        t,
        text,
    };
    Ok((status, Html(page.render()?)).into_response())
}

struct VersionRow {
    number: VersionNo,
    author: String,
    saved: String,
    note: String,
}

#[derive(Template)]
#[template(path = "text_versions.html")]
struct VersionsPage {
    t: Tr,
    text: NegotiatingText,
    versions: Vec<VersionRow>,
}

/// Every version of a text.
pub(crate) async fn versions(
    t: Tr,
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> Result<Response, PageError> {
    let (text, _) = load_text(&state, &raw).await?;
    let versions = state
        .store
        .text_versions(text.id)
        .await?
        .into_iter()
        .map(|v| VersionRow {
            number: v.number,
            author: v.author,
            saved: v.created_at,
            note: v.note.unwrap_or_default(),
        })
        .collect();
    let page = VersionsPage { t, text, versions };
    Ok(Html(page.render()?).into_response())
}

#[derive(Deserialize)]
pub(crate) struct CompareQuery {
    from: Option<String>,
    to: Option<String>,
}

#[derive(Template)]
#[template(path = "text_compare.html")]
struct ComparePage {
    t: Tr,
    text: NegotiatingText,
    title: String,
    changes: Vec<Compared>,
}

/// Two versions compared word by word, paragraph by paragraph.
pub(crate) async fn compare_versions(
    t: Tr,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    Query(query): Query<CompareQuery>,
) -> Result<Response, PageError> {
    let (text, _) = load_text(&state, &raw).await?;
    let number = |value: Option<&str>, default: VersionNo| -> Result<VersionNo, PageError> {
        match value.filter(|v| !v.is_empty()) {
            None => Ok(default),
            Some(v) => v.parse().map_err(|_| missing("error-no-version", v)),
        }
    };
    let to = number(query.to.as_deref(), text.version)?;
    let from = number(
        query.from.as_deref(),
        to.previous().unwrap_or(VersionNo::FIRST),
    )?;
    let (earlier, later) = (
        load_version(&state, &text, from).await?,
        load_version(&state, &text, to).await?,
    );
    let changes = compare(&t, &earlier.notation, &later.notation);
    let title = t.args(
        "text-compare-title",
        &[
            ("title", text.fields.title.clone()),
            ("from", from.to_string()),
            ("to", to.to_string()),
        ],
    );
    let page = ComparePage {
        t,
        text,
        title,
        changes,
    };
    Ok(Html(page.render()?).into_response())
}
