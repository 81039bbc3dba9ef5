//! The way from brackets to a decision, on the text's page: the Chair (or the secretariat for
//! the Chair) moves paragraphs towards agreement and declares the outcome or circulates the text
//! under silence; members take positions for their seats; everyone sees where each paragraph
//! stands, how the text moved over its versions (a chart), who holds which position by regional
//! and stakeholder group, and every decision.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse, Response};
use concord_domain::access::Action;
use concord_domain::body::Body;
use concord_domain::composition::Role;
use concord_domain::drafting::consensus::{
    takes_positions, tally, DecisionForm, Outcome, ParagraphStatus, Position, PositionForm,
    SilenceState, Stance, StatusForm, Tally, MIN_SILENCE_HOURS,
};
use concord_domain::drafting::notation::{self, Block, Draft};
use concord_domain::drafting::text::NegotiatingText;
use concord_domain::ids::VersionNo;
use concord_domain::Invalid;
use concord_store::{CompositionStore, ConsensusStore, ReadingStore, StatusEntry, TextStore};
use time::OffsetDateTime;

use crate::auth::Visitor;
use crate::common::time::short_time;
use crate::error::PageError;
use crate::forms::{answer, opt, CsrfForm, Posted, Refusal};
use crate::i18n::Tr;
use crate::AppState;

/// A paragraph's standing, as the text's page shows it beside the paragraph.
pub(crate) struct Standing {
    pub status_code: &'static str,
    pub status: String,
    /// "pending Brazil", or the reason it was reopened.
    pub detail: String,
    /// Positions on it, counted by stance ("Support 3 · Formal objection 1").
    pub positions: String,
}

/// A version's bar in the chart of the text's way to agreement.
pub(crate) struct Bar {
    pub version: VersionNo,
    /// The readings that started from this version ("R1"), shown above the bar.
    pub readings: String,
    pub x: u32,
    /// Segments from the bottom: (y, height, class, count).
    pub segments: Vec<(u32, u32, &'static str, usize)>,
    pub description: String,
}

/// Height of the chart's plotting area, in SVG units.
const CHART_HEIGHT: u32 = 160;
/// Room above the bars for the readings' marks.
const CHART_TOP: u32 = 16;
/// Width of a version's slot.
const BAR_SLOT: u32 = 36;

/// Everything of the consensus process the text's page shows.
pub(crate) struct ConsensusView {
    pub standing: HashMap<String, Standing>,
    pub sections: Vec<Tally>,
    pub whole: Tally,
    pub bars: Vec<Bar>,
    pub chart_width: u32,
    pub decisions: Vec<DecisionRow>,
    pub silence: Option<SilenceRow>,
    pub adopted: bool,
    /// The paragraphs' numbers, for the forms.
    pub paragraphs: Vec<String>,
    /// The statuses a paragraph can be moved to, as (code, label).
    pub statuses: Vec<(&'static str, String)>,
    /// The stances, as (code, label).
    pub stances: Vec<(&'static str, String)>,
    /// The seats the visitor speaks for, as (membership id, holder).
    pub my_seats: Vec<(i64, String)>,
    /// The default end of silence, `YYYY-MM-DDTHH:MM` (UTC), 72 hours from now.
    pub silence_default: String,
}

/// A decision as listed.
pub(crate) struct DecisionRow {
    pub adopted: bool,
    pub outcome: String,
    pub method: String,
    pub version: VersionNo,
    pub note: String,
    pub author: String,
    pub at: String,
}

/// A silence procedure as shown.
pub(crate) struct SilenceRow {
    pub running: bool,
    pub state: String,
    /// "The text (version 3) is under silence procedure until …".
    pub notice: String,
    /// "Until …, on version 3".
    pub summary: String,
    pub broken_by: String,
    pub broken_reason: String,
}

/// The status of each paragraph after the trail's entries up to `version`.
fn statuses_at(trail: &[StatusEntry], version: VersionNo) -> HashMap<&str, &StatusEntry> {
    let mut current = HashMap::new();
    for entry in trail.iter().filter(|e| e.version <= version) {
        current.insert(entry.paragraph.as_str(), entry);
    }
    current
}

fn status_of<'a>(map: &'a HashMap<&str, &StatusEntry>) -> impl Fn(&str) -> ParagraphStatus + 'a {
    move |label| map.get(label).map_or(ParagraphStatus::Open, |e| e.status)
}

fn stance_counts(t: &Tr, positions: &[&Position]) -> String {
    Stance::ALL
        .iter()
        .filter_map(|stance| {
            let n = positions.iter().filter(|p| p.stance == *stance).count();
            (n > 0).then(|| format!("{} {n}", t.code("stance", stance.code())))
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

/// Builds the chart: one stacked bar per version — agreed, ad ref, bracketed, the rest.
fn bars(
    t: &Tr,
    versions: &[(VersionNo, Draft)],
    trail: &[StatusEntry],
    readings: &[concord_store::Reading],
) -> Vec<Bar> {
    let tallies: Vec<(VersionNo, Tally)> = versions
        .iter()
        .map(|(number, draft)| {
            let map = statuses_at(trail, *number);
            (*number, tally(draft, status_of(&map)).1)
        })
        .collect();
    let most = tallies
        .iter()
        .map(|(_, t)| t.paragraphs)
        .max()
        .unwrap_or(1)
        .max(1);
    let scale = |n: usize| u32::try_from(n * CHART_HEIGHT as usize / most).unwrap_or(CHART_HEIGHT);
    tallies
        .into_iter()
        .zip(0u32..)
        .map(|((version, tally), slot)| {
            // A bracketed paragraph is never agreed, so the four parts add up to the whole.
            let other = tally.paragraphs - tally.agreed - tally.ad_ref - tally.bracketed;
            let mut y = CHART_TOP + CHART_HEIGHT;
            let mut segments = Vec::new();
            for (count, class) in [
                (tally.agreed, "agreed"),
                (tally.ad_ref, "ad-ref"),
                (other, "open"),
                (tally.bracketed, "bracketed"),
            ] {
                let height = scale(count);
                y -= height.min(y - CHART_TOP);
                segments.push((y, height, class, count));
            }
            let read: Vec<&concord_store::Reading> =
                readings.iter().filter(|r| r.version == version).collect();
            let mut description = t.args(
                "text-chart-bar",
                &[
                    ("version", version.to_string()),
                    ("agreed", tally.agreed.to_string()),
                    ("adref", tally.ad_ref.to_string()),
                    ("bracketed", tally.bracketed.to_string()),
                    ("paragraphs", tally.paragraphs.to_string()),
                ],
            );
            for reading in &read {
                description.push(' ');
                description.push_str(&t.args(
                    "text-chart-reading",
                    &[
                        ("number", reading.number.to_string()),
                        ("title", reading.title.clone()),
                    ],
                ));
            }
            Bar {
                version,
                readings: read
                    .iter()
                    .map(|r| format!("R{}", r.number))
                    .collect::<Vec<_>>()
                    .join(" "),
                x: 30 + slot * BAR_SLOT,
                segments,
                description,
            }
        })
        .collect()
}

/// Reads everything the text's page shows of the way to a decision.
pub(crate) async fn view(
    t: &Tr,
    state: &AppState,
    visitor: &Visitor,
    text: &NegotiatingText,
    draft: &Draft,
) -> Result<ConsensusView, PageError> {
    let trail = state.store.status_trail(text.id).await?;
    let positions = state.store.positions(text.id).await?;
    let now_map = statuses_at(&trail, VersionNo(i64::MAX));
    let (sections, whole) = tally(draft, status_of(&now_map));
    let mut standing = HashMap::new();
    let mut paragraphs = Vec::new();
    for block in &draft.blocks {
        let Block::Paragraph(p) = block else { continue };
        let label = p.number.to_string();
        let entry = now_map.get(label.as_str());
        let status = entry.map_or(ParagraphStatus::Open, |e| e.status);
        let detail = match entry {
            Some(e) if e.status == ParagraphStatus::AgreedPending => t.arg(
                "text-status-pending",
                "delegation",
                e.pending.clone().unwrap_or_default(),
            ),
            Some(e) if e.status == ParagraphStatus::Open => e.reason.clone().unwrap_or_default(),
            _ => String::new(),
        };
        let on_it: Vec<&Position> = positions
            .iter()
            .filter(|pos| pos.paragraph.as_deref() == Some(label.as_str()))
            .collect();
        standing.insert(
            label.clone(),
            Standing {
                status_code: status.code(),
                status: t.code("paragraph-status", status.code()),
                detail,
                positions: stance_counts(t, &on_it),
            },
        );
        paragraphs.push(label);
    }
    let versions: Vec<(VersionNo, Draft)> = state
        .store
        .text_versions(text.id)
        .await?
        .into_iter()
        .map(|v| (v.number, notation::parse(&v.notation).unwrap_or_default()))
        .collect();
    let readings = state.store.readings(text.id).await?;
    let bars = bars(t, &versions, &trail, &readings);
    let decisions: Vec<DecisionRow> = state
        .store
        .decisions(text.id)
        .await?
        .into_iter()
        .map(|d| DecisionRow {
            adopted: d.outcome == Outcome::Adopted,
            outcome: t.code("text-outcome", d.outcome.code()),
            method: t.code("text-method", d.method.code()),
            version: d.version,
            note: d.note.unwrap_or_default(),
            author: d.author,
            at: short_time(&d.created_at),
        })
        .collect();
    let silence = state
        .store
        .silences(text.id)
        .await?
        .pop()
        .map(|s| SilenceRow {
            running: s.state == SilenceState::Running,
            state: t.code("silence-state", s.state.code()),
            notice: t.args(
                "silence-running",
                &[
                    ("deadline", short_time(&s.deadline)),
                    ("version", s.version.to_string()),
                ],
            ),
            summary: t.args(
                "silence-deadline",
                &[
                    ("deadline", short_time(&s.deadline)),
                    ("version", s.version.to_string()),
                ],
            ),
            broken_by: s.broken_by.unwrap_or_default(),
            broken_reason: s.broken_reason.unwrap_or_default(),
        });
    let records_for_all = visitor.may(Action::DraftTexts(text.body_id));
    let my_seats = match visitor.user.as_ref().and_then(|u| u.person_id) {
        _ if records_for_all => state
            .store
            .memberships(text.body_id)
            .await?
            .into_iter()
            .filter(|m| takes_positions(m.membership.fields.role))
            .map(|m| (m.membership.id.0, m.holder()))
            .collect(),
        Some(person) => state
            .store
            .memberships_of_person(person)
            .await?
            .into_iter()
            .filter(|m| {
                m.membership.body_id == text.body_id && takes_positions(m.membership.fields.role)
            })
            .map(|m| (m.membership.id.0, m.holder()))
            .collect(),
        None => Vec::new(),
    };
    let default_end = OffsetDateTime::now_utc() + time::Duration::hours(MIN_SILENCE_HOURS + 1);
    Ok(ConsensusView {
        standing,
        sections,
        whole,
        chart_width: 40 + u32::try_from(bars.len()).unwrap_or(1) * BAR_SLOT,
        bars,
        adopted: decisions.iter().any(|d| d.adopted),
        decisions,
        silence,
        paragraphs,
        statuses: ParagraphStatus::ALL
            .iter()
            .map(|s| (s.code(), t.code("paragraph-status", s.code())))
            .collect(),
        stances: Stance::ALL
            .iter()
            .map(|s| (s.code(), t.code("stance", s.code())))
            .collect(),
        my_seats,
        silence_default: format!(
            "{:04}-{:02}-{:02}T{:02}:00",
            default_end.year(),
            u8::from(default_end.month()),
            default_end.day(),
            default_end.hour()
        ),
    })
}

/// Where an action on a text goes: back to the text at `anchor`, or the text's page again with
/// what is wrong (409 when the text moved on meanwhile).
async fn settle(
    t: Tr,
    visitor: Visitor,
    state: &AppState,
    text: NegotiatingText,
    body: Body,
    outcome: concord_store::Result<()>,
    anchor: &str,
) -> Result<Response, PageError> {
    let location = format!("/texts/{}{anchor}", text.id);
    let outcome = outcome.map_err(Refusal::from);
    answer(
        &t,
        outcome,
        |()| location,
        async |errors| {
            super::render_text(
                t.clone(),
                visitor,
                state,
                text,
                body,
                errors,
                axum::http::StatusCode::OK,
            )
            .await
        },
    )
    .await
}

/// The text and its body, for an action of those who hold the pen (the Chair, vice-chairs
/// and the secretariat), with the form's CSRF token checked.
async fn held_pen(
    state: &AppState,
    visitor: &Visitor,
    raw: &str,
    _post: &Posted,
) -> Result<(NegotiatingText, Body), PageError> {
    let (text, body) = crate::common::load_text(state, raw).await?;
    visitor.require(Action::DraftTexts(body.id))?;
    Ok((text, body))
}

/// Moves a paragraph to a new status.
pub(crate) async fn set_status(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    CsrfForm(post): CsrfForm<Posted>,
) -> Result<Response, PageError> {
    let (text, body) = held_pen(&state, &visitor, &raw, &post).await?;
    let form = StatusForm {
        paragraph: opt(&post.values, "paragraph"),
        status: opt(&post.values, "status"),
        pending: opt(&post.values, "pending"),
        reason: opt(&post.values, "reason"),
    };
    let anchor = format!(
        "#p-{}",
        form.paragraph.clone().unwrap_or_default().replace(' ', "-")
    );
    let outcome = state
        .store
        .set_paragraph_status(&visitor.audit_actor(), text.id, &form)
        .await
        .map(|_| ());
    settle(t, visitor, &state, text, body, outcome, &anchor).await
}

/// Takes a position for one of the visitor's seats.
pub(crate) async fn take_position(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    CsrfForm(post): CsrfForm<Posted>,
) -> Result<Response, PageError> {
    let (text, body) = crate::common::load_text(&state, &raw).await?;
    visitor.require(Action::TakePositions(body.id))?;
    let membership = opt(&post.values, "membership").and_then(|m| m.parse::<i64>().ok());
    // Only for a seat the account's person holds in this body.
    let mine = match visitor.user.as_ref().and_then(|u| u.person_id) {
        Some(person) => state
            .store
            .memberships_of_person(person)
            .await?
            .into_iter()
            .any(|m| Some(m.membership.id.0) == membership && m.membership.body_id == body.id),
        None => false,
    };
    if membership.is_some() && !mine && !visitor.may(Action::DraftTexts(body.id)) {
        return Err(PageError::Forbidden);
    }
    let form = PositionForm {
        paragraph: opt(&post.values, "paragraph"),
        membership,
        stance: opt(&post.values, "stance"),
        reason: opt(&post.values, "reason"),
    };
    let outcome = state
        .store
        .take_position(&visitor.audit_actor(), text.id, &form)
        .await;
    settle(
        t,
        visitor,
        &state,
        text,
        body,
        outcome,
        "#positions-heading",
    )
    .await
}

/// Records the outcome the Chair declares.
pub(crate) async fn decide(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    CsrfForm(post): CsrfForm<Posted>,
) -> Result<Response, PageError> {
    let (text, body) = held_pen(&state, &visitor, &raw, &post).await?;
    let form = DecisionForm {
        outcome: opt(&post.values, "outcome"),
        note: opt(&post.values, "note"),
        version: opt(&post.values, "version").and_then(|v| v.parse().ok()),
    };
    let outcome = state
        .store
        .decide(
            &visitor.audit_actor(),
            text.id,
            body.fields.decision_rule,
            &form,
        )
        .await
        .map(|_| ());
    settle(t, visitor, &state, text, body, outcome, "#decision-heading").await
}

/// Reads `YYYY-MM-DDTHH:MM` (a browser's local date and time field) as UTC.
fn parse_deadline(value: Option<&str>) -> Result<OffsetDateTime, Invalid> {
    let format = time::macros::format_description!("[year]-[month]-[day]T[hour]:[minute]");
    let value = value.map(str::trim).unwrap_or_default();
    if value.is_empty() {
        return Err(Invalid::one(
            "deadline",
            "required",
            "This field is required",
        ));
    }
    time::PrimitiveDateTime::parse(value, format)
        .map(time::PrimitiveDateTime::assume_utc)
        .map_err(|_| {
            Invalid::one(
                "deadline",
                "invalid_datetime",
                "Give a date and time as YYYY-MM-DD HH:MM",
            )
        })
}

/// Circulates the text under silence until the deadline.
pub(crate) async fn start_silence(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    CsrfForm(post): CsrfForm<Posted>,
) -> Result<Response, PageError> {
    let (text, body) = held_pen(&state, &visitor, &raw, &post).await?;
    // A form without the version it was made from is taken as made from none: refused as stale.
    let version = opt(&post.values, "version")
        .and_then(|v| v.parse().ok())
        .unwrap_or(VersionNo(0));
    let outcome = match parse_deadline(opt(&post.values, "deadline").as_deref()) {
        Ok(deadline) => state
            .store
            .start_silence(
                &visitor.audit_actor(),
                text.id,
                body.fields.decision_rule,
                version,
                deadline,
                OffsetDateTime::now_utc(),
            )
            .await
            .map(|_| ()),
        Err(invalid) => Err(invalid.into()),
    };
    settle(t, visitor, &state, text, body, outcome, "#decision-heading").await
}

/// Positions counted by group: one row per group, one column per stance.
pub(crate) struct GroupRow {
    pub group: String,
    pub counts: Vec<usize>,
}

/// The positions on one paragraph (or the whole text), by group.
pub(crate) struct PositionsOn {
    pub label: String,
    pub by_region: Vec<GroupRow>,
    pub by_stakeholder: Vec<GroupRow>,
    pub entries: Vec<PositionRow>,
}

/// One position as listed.
pub(crate) struct PositionRow {
    pub holder: String,
    pub observer: bool,
    pub stance_code: &'static str,
    pub stance: String,
    pub reason: String,
    pub author: String,
    pub at: String,
}

#[derive(Template)]
#[template(path = "text_positions.html")]
struct PositionsPage {
    t: Tr,
    text: NegotiatingText,
    stances: Vec<String>,
    groups: Vec<PositionsOn>,
}

fn by_group(positions: &[&Position], group: impl Fn(&Position) -> String) -> Vec<GroupRow> {
    let mut names: Vec<String> = positions.iter().map(|p| group(p)).collect();
    names.sort();
    names.dedup();
    names
        .into_iter()
        .map(|name| GroupRow {
            counts: Stance::ALL
                .iter()
                .map(|s| {
                    positions
                        .iter()
                        .filter(|p| p.stance == *s && group(p) == name)
                        .count()
                })
                .collect(),
            group: name,
        })
        .collect()
}

/// Every standing position on a text, paragraph by paragraph, counted by regional group and by
/// stakeholder group; observers' positions are marked, as they cannot block.
pub(crate) async fn positions_page(
    t: Tr,
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> Result<Response, PageError> {
    let (text, _) = crate::common::load_text(&state, &raw).await?;
    let positions = state.store.positions(text.id).await?;
    let mut labels: Vec<Option<String>> = positions.iter().map(|p| p.paragraph.clone()).collect();
    labels.sort();
    labels.dedup();
    let unknown = t.get("text-group-none");
    let groups = labels
        .into_iter()
        .map(|label| {
            let on: Vec<&Position> = positions.iter().filter(|p| p.paragraph == label).collect();
            PositionsOn {
                label: label.unwrap_or_else(|| t.get("text-whole")),
                by_region: by_group(&on, |p| {
                    p.regional_group
                        .map_or_else(|| unknown.clone(), |g| t.code("regional-group", g.code()))
                }),
                by_stakeholder: by_group(&on, |p| {
                    p.stakeholder_group.map_or_else(
                        || unknown.clone(),
                        |g| t.code("stakeholder-group", g.code()),
                    )
                }),
                entries: on
                    .iter()
                    .map(|p| PositionRow {
                        holder: p.holder.clone(),
                        observer: p.role == Role::Observer,
                        stance_code: p.stance.code(),
                        stance: t.code("stance", p.stance.code()),
                        reason: p.reason.clone().unwrap_or_default(),
                        author: p.author.clone(),
                        at: short_time(&p.created_at),
                    })
                    .collect(),
            }
        })
        .collect();
    let page = PositionsPage {
        stances: Stance::ALL
            .iter()
            .map(|s| t.code("stance", s.code()))
            .collect(),
        t,
        text,
        groups,
    };
    Ok(Html(page.render()?).into_response())
}
