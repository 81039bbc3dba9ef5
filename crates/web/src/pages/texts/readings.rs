//! Readings and comments on their pages: the Chair or the secretariat opens a reading of the
//! text's current version, tied to a meeting or an agenda item, with a comment window and who
//! may read the comments; members (or, for a public reading, anyone with a confirmed account)
//! comment on a paragraph or the whole text while the window is open; the secretariat hides a
//! comment with a reason, and the comment stays in the record.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use concord_domain::access::Action;
use concord_domain::drafting::notation::{self, Block};
use concord_domain::drafting::reading::{CommentForm, CommentVisibility, ReadingForm};
use concord_domain::drafting::text::NegotiatingText;
use concord_domain::ids::{TextId, VersionNo};
use concord_store::{MeetingStore, ReadingStore, StoreError, TextStore};

use super::render_text;
use crate::auth::Visitor;
use crate::common::time::short_time;
use crate::common::{load_text, missing, page_id, see_other};
use crate::error::PageError;
use crate::forms::{opt, CsrfForm, FormErrors, Posted};
use crate::i18n::Tr;
use crate::AppState;

/// A reading as the text's page lists it.
pub(crate) struct ReadingRow {
    pub number: i64,
    pub title: String,
    pub version: VersionNo,
    /// "At: meeting title, item 3: title".
    pub taken_up: String,
    pub meeting_id: Option<i64>,
    pub window: String,
    pub visibility: String,
    pub comments: i64,
}

/// The meetings and agenda items a reading can be tied to, as (value, label).
pub(crate) async fn places(
    t: &Tr,
    state: &AppState,
    text: &NegotiatingText,
) -> Result<Vec<(String, String)>, PageError> {
    let mut places = Vec::new();
    for meeting in state.store.meetings(text.body_id).await? {
        places.push((format!("m:{}", meeting.id), meeting.fields.title.clone()));
        for item in state.store.agenda(meeting.id).await?.items {
            let label = t.args(
                "reading-agenda-item",
                &[
                    ("meeting", meeting.fields.title.clone()),
                    ("number", item.number.clone()),
                    ("title", item.title.clone()),
                ],
            );
            places.push((format!("i:{}", item.id), label));
        }
    }
    Ok(places)
}

/// A text's readings as listed.
pub(crate) async fn rows(
    t: &Tr,
    state: &AppState,
    text: &NegotiatingText,
) -> Result<Vec<ReadingRow>, PageError> {
    Ok(state
        .store
        .readings(text.id)
        .await?
        .into_iter()
        .map(|r| ReadingRow {
            number: r.number,
            taken_up: match (&r.meeting, &r.agenda_item) {
                (Some((_, meeting)), Some((number, title))) => t.args(
                    "reading-agenda-item",
                    &[
                        ("meeting", meeting.clone()),
                        ("number", number.clone()),
                        ("title", title.clone()),
                    ],
                ),
                (Some((_, meeting)), None) => meeting.clone(),
                _ => String::new(),
            },
            meeting_id: r.meeting.as_ref().map(|m| m.0),
            window: r
                .window
                .map(|(open, close)| t.date_range(Some(open), Some(close)))
                .unwrap_or_default(),
            visibility: t.code("comment-visibility", r.visibility.code()),
            title: r.title,
            version: r.version,
            comments: r.comments,
        })
        .collect())
}

/// Opens a reading of the text's current version.
pub(crate) async fn open(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    CsrfForm(post): CsrfForm<Posted>,
) -> Result<Response, PageError> {
    let (text, body) = load_text(&state, &raw).await?;
    visitor.require(Action::DraftTexts(body.id))?;
    let form = ReadingForm {
        title: opt(&post.values, "title"),
        taken_up: opt(&post.values, "taken_up"),
        comments_open: opt(&post.values, "comments_open"),
        comments_close: opt(&post.values, "comments_close"),
        visibility: opt(&post.values, "visibility"),
    };
    let outcome = match form.parse() {
        Ok(fields) => {
            state
                .store
                .add_reading(&visitor.audit_actor(), text.id, &fields)
                .await
        }
        Err(invalid) => Err(invalid.into()),
    };
    match outcome {
        Ok(_) => Ok(see_other(&format!("/texts/{}#readings-heading", text.id))),
        Err(StoreError::Invalid(invalid)) => {
            let errors = FormErrors::from_invalid(&t, &invalid);
            render_text(
                t,
                visitor,
                &state,
                text,
                body,
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(other) => Err(other.into()),
    }
}

/// A comment as listed.
pub(crate) struct CommentRow {
    pub id: i64,
    pub reading: String,
    pub paragraph: String,
    pub body: String,
    pub author: String,
    pub at: String,
    pub members_only: bool,
    /// "Hidden by … on …: reason", when hidden.
    pub hidden: String,
}

#[derive(Template)]
#[template(path = "text_comments.html")]
struct CommentsPage {
    t: Tr,
    text: NegotiatingText,
    csrf: String,
    errors: FormErrors,
    comments: Vec<CommentRow>,
    /// The reading whose window is open, in words, when the visitor may comment in it.
    open_for_visitor: Option<String>,
    /// Why the visitor cannot comment now, when no form is shown.
    closed_because: String,
    paragraphs: Vec<String>,
    can_moderate: bool,
    body_value: String,
}

fn today() -> time::Date {
    time::OffsetDateTime::now_utc().date()
}

async fn render_comments(
    t: Tr,
    visitor: Visitor,
    state: &AppState,
    text: NegotiatingText,
    errors: FormErrors,
    body_value: String,
    status: StatusCode,
) -> Result<Response, PageError> {
    let members = visitor.may(Action::TakePositions(text.body_id));
    let readings = state.store.readings(text.id).await?;
    let title_of = |id: i64| {
        readings
            .iter()
            .find(|r| r.id == id)
            .map(|r| r.title.clone())
            .unwrap_or_default()
    };
    let comments = state
        .store
        .comments(text.id, members)
        .await?
        .into_iter()
        .map(|c| CommentRow {
            id: c.id,
            reading: title_of(c.reading),
            paragraph: c.paragraph.unwrap_or_else(|| t.get("text-whole")),
            members_only: c.visibility == CommentVisibility::Members,
            hidden: c
                .hidden
                .map(|(reason, by, at)| {
                    t.args(
                        "comment-hidden",
                        &[("by", by), ("at", short_time(&at)), ("reason", reason)],
                    )
                })
                .unwrap_or_default(),
            body: c.body,
            author: c.author,
            at: short_time(&c.created_at),
        })
        .collect();
    let open = state.store.open_reading(text.id, today()).await?;
    let signed_in_confirmed = visitor.may(Action::TakePart);
    let (open_for_visitor, closed_because) = match &open {
        None => (None, t.get("comments-closed")),
        Some(r) if r.visibility == CommentVisibility::Members && !members => {
            (None, t.get("comments-members-only"))
        }
        Some(_) if !signed_in_confirmed => (None, t.get("comments-sign-in")),
        Some(r) => (
            Some(t.args(
                "comments-open",
                &[
                    ("title", r.title.clone()),
                    ("until", r.window.map(|w| t.date(w.1)).unwrap_or_default()),
                ],
            )),
            String::new(),
        ),
    };
    let current = state
        .store
        .text_version(text.id, text.version)
        .await?
        .ok_or_else(|| missing("error-no-version", text.version))?;
    let paragraphs = notation::parse(&current.notation)
        .unwrap_or_default()
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Paragraph(p) => Some(p.number.to_string()),
            Block::Heading(_) => None,
        })
        .collect();
    let page = CommentsPage {
        csrf: visitor.csrf.clone(),
        can_moderate: visitor.may(Action::DraftTexts(text.body_id)),
        errors,
        comments,
        open_for_visitor,
        closed_because,
        paragraphs,
        body_value,
        t,
        text,
    };
    Ok((status, Html(page.render()?)).into_response())
}

/// The comments on a text that the visitor may read, with the form while a window is open.
pub(crate) async fn comments(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> Result<Response, PageError> {
    let (text, _) = load_text(&state, &raw).await?;
    render_comments(
        t,
        visitor,
        &state,
        text,
        FormErrors::default(),
        String::new(),
        StatusCode::OK,
    )
    .await
}

/// Records a comment in the reading open today.
pub(crate) async fn comment(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    CsrfForm(post): CsrfForm<Posted>,
) -> Result<Response, PageError> {
    let (text, _) = load_text(&state, &raw).await?;
    visitor.require(Action::ManageOwnAccount)?;
    let Some(user) = visitor.user.clone() else {
        return Err(PageError::SignIn(visitor.path.clone()));
    };
    // Who may comment depends on the reading open now: members only, or anyone confirmed.
    let open = state.store.open_reading(text.id, today()).await?;
    if let Some(reading) = &open {
        let members = visitor.may(Action::TakePositions(text.body_id));
        if (reading.visibility == CommentVisibility::Members && !members)
            || !visitor.may(Action::TakePart)
        {
            return Err(PageError::Forbidden);
        }
    }
    let form = CommentForm {
        paragraph: opt(&post.values, "paragraph"),
        body: opt(&post.values, "body"),
    };
    match state
        .store
        .add_comment(&visitor.audit_actor(), user.id, text.id, &form, today())
        .await
    {
        Ok(comment) => Ok(see_other(&format!(
            "/texts/{}/comments#comment-{}",
            text.id, comment.id
        ))),
        Err(StoreError::Invalid(invalid)) => {
            let errors = FormErrors::from_invalid(&t, &invalid);
            let body = opt(&post.values, "body").unwrap_or_default();
            render_comments(
                t,
                visitor,
                &state,
                text,
                errors,
                body,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(other) => Err(other.into()),
    }
}

/// Hides a comment with a reason.
pub(crate) async fn hide(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    CsrfForm(post): CsrfForm<Posted>,
) -> Result<Response, PageError> {
    let id = page_id(&raw, "error-no-comment")?;
    let Some(comment_text) = find_comment_text(&state, id).await? else {
        return Err(missing("error-no-comment", id));
    };
    visitor.require(Action::DraftTexts(comment_text.body_id))?;
    let reason = opt(&post.values, "reason").unwrap_or_default();
    match state
        .store
        .hide_comment(&visitor.audit_actor(), id, &reason)
        .await
    {
        Ok(text) => Ok(see_other(&format!("/texts/{text}/comments#comment-{id}"))),
        Err(StoreError::Invalid(invalid)) => {
            let errors = FormErrors::from_invalid(&t, &invalid);
            render_comments(
                t,
                visitor,
                &state,
                comment_text,
                errors,
                String::new(),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(other) => Err(other.into()),
    }
}

/// The text a comment was made on.
async fn find_comment_text(
    state: &AppState,
    id: i64,
) -> Result<Option<NegotiatingText>, PageError> {
    match state.store.text_of_comment(id).await? {
        Some(text) => Ok(state.store.negotiating_text(TextId(text)).await?),
        None => Ok(None),
    }
}
