//! Amendments on their page: the compilation of a text's amendments paragraph by paragraph,
//! each numbered and attributed to its proposer and co-sponsors, with what it changes word by
//! word and what the Chair did with it; members propose amendments for their seats (the
//! secretariat records those made in the room), and the Chair records the handling of each.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use concord_domain::access::Action;
use concord_domain::drafting::amendment::{
    changes, AmendmentForm, AmendmentKind, Handling, HandlingForm,
};
use concord_domain::drafting::consensus::takes_positions;
use concord_domain::drafting::notation::{self, Block};
use concord_domain::drafting::text::NegotiatingText;
use concord_store::{AmendmentStore, CompositionStore, ConsensusStore, StoreError, TextStore};

use super::edits_of;
use super::EditView;
use crate::auth::Visitor;
use crate::common::time::short_time;
use crate::common::{load_text, missing, page_id, see_other};
use crate::error::PageError;
use crate::forms::{CsrfForm, FormErrors, Refusal};
use crate::i18n::Tr;
use crate::AppState;

/// An amendment as the compilation shows it.
pub(crate) struct AmendmentRow {
    pub id: i64,
    pub number: i64,
    pub kind: String,
    pub proposer: String,
    pub co_sponsors: String,
    pub reason: String,
    pub edits: Vec<EditView>,
    pub proposed_on: String,
    /// What the Chair did, latest first, in words.
    pub handlings: Vec<String>,
    pub handling_code: &'static str,
}

/// The amendments on one paragraph.
pub(crate) struct ParagraphAmendments {
    pub paragraph: String,
    pub anchor: String,
    pub amendments: Vec<AmendmentRow>,
}

#[derive(Template)]
#[template(path = "text_amendments.html")]
struct AmendmentsPage {
    t: Tr,
    text: NegotiatingText,
    csrf: String,
    errors: FormErrors,
    paragraphs: Vec<ParagraphAmendments>,
    total: usize,
    can_handle: bool,
    /// The seats the visitor may propose for, as (membership id, holder).
    my_seats: Vec<(i64, String)>,
    /// Every seat that may co-sponsor.
    seats: Vec<(i64, String)>,
    labels: Vec<String>,
    kinds: Vec<(&'static str, String)>,
    handlings: Vec<(&'static str, String)>,
    /// What a refused proposal said, to show again.
    values: Vec<(String, String)>,
}

impl AmendmentsPage {
    fn value(&self, name: &str) -> &str {
        self.values
            .iter()
            .find(|(k, _)| k == name)
            .map_or("", |(_, v)| v.as_str())
    }
}

async fn render(
    t: Tr,
    visitor: Visitor,
    state: &AppState,
    text: NegotiatingText,
    errors: FormErrors,
    values: Vec<(String, String)>,
    status: StatusCode,
) -> Result<Response, PageError> {
    let current = state
        .store
        .text_version(text.id, text.version)
        .await?
        .ok_or_else(|| missing("error-no-version", text.version))?;
    let draft = notation::parse(&current.notation).unwrap_or_default();
    let adopted = state
        .store
        .decisions(text.id)
        .await?
        .iter()
        .any(|d| d.outcome == concord_domain::drafting::consensus::Outcome::Adopted);
    let amendments = state.store.amendments(text.id).await?;
    // Paragraphs in the order of the text, then any no longer in it.
    let mut labels: Vec<String> = draft
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Paragraph(p) => Some(p.number.to_string()),
            Block::Heading(_) => None,
        })
        .collect();
    let form_labels = labels.clone();
    for amendment in &amendments {
        if !labels.contains(&amendment.paragraph) {
            labels.push(amendment.paragraph.clone());
        }
    }
    let paragraphs: Vec<ParagraphAmendments> = labels
        .into_iter()
        .filter_map(|label| {
            let rows: Vec<AmendmentRow> = amendments
                .iter()
                .filter(|a| a.paragraph == label)
                .map(|a| AmendmentRow {
                    id: a.id,
                    number: a.number,
                    kind: t.code("amendment-kind", a.kind.code()),
                    proposer: a.proposer.clone(),
                    co_sponsors: a.co_sponsors.join(", "),
                    reason: a.reason.clone().unwrap_or_default(),
                    edits: edits_of(changes(&draft, &a.paragraph, a.kind, &a.proposed)),
                    proposed_on: t.arg("text-on-version", "version", a.version),
                    handlings: a
                        .handlings
                        .iter()
                        .map(|(handling, reason, author, at)| {
                            let mut line = format!(
                                "{} — {}, {}",
                                t.code("amendment-handling", handling.code()),
                                author,
                                short_time(at)
                            );
                            if let Some(reason) = reason {
                                line.push_str(": ");
                                line.push_str(reason);
                            }
                            line
                        })
                        .collect(),
                    handling_code: a.handling().map_or("pending", Handling::code),
                })
                .collect();
            (!rows.is_empty()).then(|| ParagraphAmendments {
                anchor: format!("a-{}", label.replace(' ', "-")),
                paragraph: label,
                amendments: rows,
            })
        })
        .collect();
    let can_handle = visitor.may(Action::DraftTexts(text.body_id)) && !adopted;
    let seats: Vec<(i64, String)> = state
        .store
        .memberships(text.body_id)
        .await?
        .into_iter()
        .filter(|m| takes_positions(m.membership.fields.role))
        .map(|m| (m.membership.id.0, m.holder()))
        .collect();
    let my_seats = if adopted || !visitor.may(Action::TakePositions(text.body_id)) {
        Vec::new()
    } else if visitor.may(Action::DraftTexts(text.body_id)) {
        seats.clone()
    } else {
        own_seats(state, &visitor, text.body_id.0).await?
    };
    let page = AmendmentsPage {
        total: amendments.len(),
        csrf: visitor.csrf.clone(),
        errors,
        paragraphs,
        can_handle,
        my_seats,
        seats,
        labels: form_labels,
        kinds: AmendmentKind::ALL
            .iter()
            .map(|k| (k.code(), t.code("amendment-kind", k.code())))
            .collect(),
        handlings: Handling::ALL
            .iter()
            .map(|h| (h.code(), t.code("amendment-handling", h.code())))
            .collect(),
        values,
        t,
        text,
    };
    Ok((status, Html(page.render()?)).into_response())
}

/// The seats of `body` the visitor's person holds and may speak for.
async fn own_seats(
    state: &AppState,
    visitor: &Visitor,
    body: i64,
) -> Result<Vec<(i64, String)>, PageError> {
    let Some(person) = visitor.user.as_ref().and_then(|u| u.person_id) else {
        return Ok(Vec::new());
    };
    Ok(state
        .store
        .memberships_of_person(person)
        .await?
        .into_iter()
        .filter(|m| m.membership.body_id.0 == body && takes_positions(m.membership.fields.role))
        .map(|m| (m.membership.id.0, m.holder()))
        .collect())
}

/// The compilation of a text's amendments.
pub(crate) async fn compilation(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> Result<Response, PageError> {
    let (text, _) = load_text(&state, &raw).await?;
    render(
        t,
        visitor,
        &state,
        text,
        FormErrors::default(),
        Vec::new(),
        StatusCode::OK,
    )
    .await
}

fn field<'a>(fields: &'a [(String, String)], name: &str) -> Option<&'a str> {
    fields
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

/// Records an amendment proposed for one of the visitor's seats.
pub(crate) async fn propose(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    CsrfForm(fields): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let (text, _) = load_text(&state, &raw).await?;
    visitor.require(Action::TakePositions(text.body_id))?;
    let membership = field(&fields, "membership").and_then(|m| m.parse::<i64>().ok());
    if let Some(seat) = membership {
        let mine = own_seats(&state, &visitor, text.body_id.0)
            .await?
            .iter()
            .any(|(id, _)| *id == seat);
        if !mine && !visitor.may(Action::DraftTexts(text.body_id)) {
            return Err(PageError::Forbidden);
        }
    }
    let text_field = |name: &str| field(&fields, name).map(str::to_owned);
    let form = AmendmentForm {
        paragraph: text_field("paragraph"),
        kind: text_field("kind"),
        proposed: text_field("proposed"),
        membership,
        co_sponsors: fields
            .iter()
            .filter(|(k, _)| k == "co_sponsor")
            .filter_map(|(_, v)| v.parse().ok())
            .collect(),
        reason: text_field("reason"),
    };
    match state
        .store
        .propose_amendment(&visitor.audit_actor(), text.id, &form)
        .await
        .map_err(Refusal::from)
    {
        Ok(amendment) => Ok(see_other(&format!(
            "/texts/{}/amendments#a-{}",
            text.id,
            amendment.paragraph.replace(' ', "-")
        ))),
        Err(refusal) => {
            let errors = FormErrors::from_invalid(&t, &refusal.invalid()?);
            render(
                t,
                visitor,
                &state,
                text,
                errors,
                fields,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
    }
}

/// Records what the Chair did with an amendment.
pub(crate) async fn handle(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    CsrfForm(fields): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let id = page_id(&raw, "error-no-amendment")?;
    let amendment = state
        .store
        .amendment(id)
        .await?
        .ok_or_else(|| missing("error-no-amendment", id))?;
    let text = state
        .store
        .negotiating_text(amendment.text_id)
        .await?
        .ok_or_else(|| missing("error-no-amendment", id))?;
    visitor.require(Action::DraftTexts(text.body_id))?;
    let form = HandlingForm {
        handling: field(&fields, "handling").map(str::to_owned),
        reason: field(&fields, "reason").map(str::to_owned),
    };
    match state
        .store
        .handle_amendment(&visitor.audit_actor(), id, &form)
        .await
    {
        Ok(_) => Ok(see_other(&format!(
            "/texts/{}/amendments#amendment-{id}",
            text.id
        ))),
        Err(StoreError::Invalid(invalid)) => {
            let errors = FormErrors::from_invalid(&t, &invalid);
            render(
                t,
                visitor,
                &state,
                text,
                errors,
                Vec::new(),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(other) => Err(other.into()),
    }
}
