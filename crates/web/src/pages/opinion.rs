//! Opinion maps on their pages: the Chair or the secretariat opens a conversation with a
//! question; participants write short statements and vote on each (agree, disagree, pass),
//! saying, if they wish, which stakeholder group and region they belong to. The page draws the
//! map the way Pol.is does (`concord_text::opinion`): groups of participants who vote alike,
//! what sets each group apart, what all groups agree on — and the same measures by declared
//! stakeholder group and region. Votes and statements download in Pol.is's export format, and a
//! Pol.is export loads into a new conversation.

use concord_domain::ids::MapId;
use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use concord_domain::access::Action;
use concord_domain::body::Body;
use concord_domain::opinion::{statement, vote_value, ConversationForm, Declaration};
use concord_domain::reference::RegionalGroup;
use concord_domain::stakeholder::StakeholderGroup;
use concord_domain::Invalid;
use concord_store::{
    BodyStore, CastVote, Conversation, OpinionStore, Participant, Statement, StoreError,
};
use concord_text::opinion::categories::{by_category, CategoryReport};
use concord_text::opinion::matrix::VoteMatrix;
use concord_text::opinion::polis_csv::{self, ParticipantsVotes, PolisComment};
use concord_text::opinion::repness::Direction;
use concord_text::opinion::{
    analyse, Moderation, OpinionMap, OpinionOptions, OpinionState, StatementInfo, Vote, VoteValue,
};

use crate::auth::Visitor;
use crate::common::{load_body, missing, page_id, see_other};
use crate::error::PageError;
use crate::forms::{answer, Refusal};
use crate::forms::{
    input, opt, render, CsrfForm, Field, FormErrors, FormSpec, Posted, Upload, Values,
};
use crate::i18n::Tr;
use crate::letters::{compose, in_language_of, Letter};
use crate::AppState;

mod polis;
mod taking_part;
pub(crate) use polis::{export, import};
pub(crate) use taking_part::{add_statement, moderate, vote};

// ---------------------------------------------------------------------------------------------
// From the records to the analysis

fn infos(statements: &[Statement]) -> Vec<StatementInfo> {
    statements
        .iter()
        .map(|s| StatementInfo {
            id: u64::try_from(s.number).unwrap_or_default(),
            moderation: Moderation::from_i8(s.moderation).unwrap_or(Moderation::Unmoderated),
            is_meta: s.is_meta,
        })
        .collect()
}

fn text_votes(votes: &[CastVote]) -> Vec<Vote> {
    votes
        .iter()
        .filter_map(|v| {
            Some(Vote {
                participant: u64::try_from(v.participant).ok()?,
                statement: u64::try_from(v.statement).ok()?,
                value: VoteValue::from_i8(v.value)?,
                timestamp: v.cast_at,
            })
        })
        .collect()
}

/// The map, when there are enough votes to draw one (`Ok(None)` when there are not), or why
/// the analysis failed: a failure is not "too few votes" and is not shown as one. `previous`
/// is the conversation's last map's state, which the groups start from.
fn map_of(
    matrix: &VoteMatrix,
    statements: &[Statement],
    previous: Option<&OpinionState>,
) -> Result<Option<OpinionMap>, String> {
    if matrix.participant_count() < 2 || matrix.statement_count() < 2 {
        return Ok(None);
    }
    match analyse(
        matrix,
        &infos(statements),
        &OpinionOptions::default(),
        previous,
    ) {
        Ok(map) => Ok(Some(map).filter(|map| !map.groups.is_empty())),
        Err(error) => {
            tracing::warn!(%error, "the opinion analysis failed");
            Err(error.to_string())
        }
    }
}

// ---------------------------------------------------------------------------------------------
// What the page shows

/// A statement with its votes and the visitor's own.
pub(crate) struct StatementRow {
    pub number: i64,
    pub body: String,
    pub author: String,
    pub rejected: bool,
    pub rejection: String,
    pub unmoderated: bool,
    /// How it was voted, shown only to those who voted on it (and to moderators): as in
    /// Pol.is, a participant answers before seeing how others did.
    pub counts: Option<String>,
    /// The visitor's standing vote: "agree", "disagree", "pass" or "".
    pub mine: &'static str,
}

/// A group of the map.
pub(crate) struct GroupView {
    pub label: String,
    pub size: usize,
    pub class: String,
    /// What sets it apart: (statement, "82% agreed").
    pub distinctive: Vec<(String, String)>,
}

/// A participant's dot on the map.
pub(crate) struct Dot {
    pub x: u32,
    pub y: u32,
    pub class: String,
    /// The visitor's own place on the map.
    pub you: bool,
}

/// One statement read across declared categories.
pub(crate) struct CategoryRow {
    pub statement: String,
    /// Agreement per category, in the order of the table's columns ("—" when none voted).
    pub agreement: Vec<String>,
    pub divergence: String,
}

/// Agreement by declared category.
pub(crate) struct CategoryTable {
    pub caption: String,
    pub categories: Vec<String>,
    pub rows: Vec<CategoryRow>,
}

#[derive(Template)]
#[template(path = "opinion.html")]
struct ConversationPage {
    t: Tr,
    conversation: Conversation,
    body: Body,
    csrf: String,
    errors: FormErrors,
    statements: Vec<StatementRow>,
    participants: usize,
    votes: usize,
    can_vote: bool,
    can_moderate: bool,
    groups: Vec<GroupView>,
    dots: Vec<Dot>,
    map_summary: String,
    bridging: Vec<(String, String)>,
    categories: Vec<CategoryTable>,
    stakeholder_groups: Vec<(&'static str, String)>,
    regional_groups: Vec<(&'static str, String)>,
    mine: Option<Participant>,
    /// The first statement the visitor has not voted on, offered alone, as Pol.is does.
    next: Option<StatementRow>,
    /// Which group the visitor is in, once the map places them: "You are in group A".
    you_are: Option<String>,
}

const GROUP_LETTERS: [&str; 5] = ["A", "B", "C", "D", "E"];
/// Statements shown in a table by declared category: those where the categories part most.
const CATEGORY_ROWS: usize = 20;
/// Side of the map's square, in SVG units.
const MAP_SIDE: f64 = 280.0;

fn percent(t: &Tr, share: f64) -> String {
    t.arg("opinion-percent", "percent", (share * 100.0).round() as i64)
}

/// Every grouped participant's dot; `you` (the visitor's participant number) is marked.
fn dots(map: &OpinionMap, you: Option<u64>) -> Vec<Dot> {
    let group_index: HashMap<u64, usize> = map
        .groups
        .iter()
        .enumerate()
        .flat_map(|(index, g)| g.members.iter().map(move |m| (*m, index)))
        .collect();
    let extent = map
        .participant_positions
        .iter()
        .flat_map(|p| [p[0].abs(), p[1].abs()])
        .fold(1e-9_f64, f64::max);
    map.participants
        .iter()
        .zip(&map.participant_positions)
        .filter_map(|(participant, position)| {
            let group = group_index.get(participant)?;
            let scale = |v: f64| (MAP_SIDE / 2.0 + v / extent * (MAP_SIDE / 2.0 - 8.0)).round();
            Some(Dot {
                x: scale(position[0]) as u32 + 10,
                y: scale(position[1]) as u32 + 10,
                class: format!("g{group}"),
                you: Some(*participant) == you,
            })
        })
        .collect()
}

fn category_table(
    t: &Tr,
    caption: String,
    report: &CategoryReport,
    label: impl Fn(&str) -> String,
    words: &HashMap<u64, String>,
) -> Option<CategoryTable> {
    if report.categories.len() < 2 {
        return None;
    }
    let mut rows: Vec<(f64, CategoryRow)> = report
        .statements
        .iter()
        .map(|s| {
            let agreement = s
                .counts
                .iter()
                .map(|counts| {
                    if counts.seen == 0 {
                        "—".to_owned()
                    } else {
                        percent(t, f64::from(counts.agree) / f64::from(counts.seen))
                    }
                })
                .collect();
            (
                s.divergence,
                CategoryRow {
                    statement: words.get(&s.statement).cloned().unwrap_or_default(),
                    agreement,
                    divergence: format!("{:.2}", s.divergence),
                },
            )
        })
        .collect();
    // Where the categories part most comes first: that is where bridging text is needed.
    rows.sort_by(|a, b| b.0.total_cmp(&a.0));
    Some(CategoryTable {
        caption,
        categories: report.categories.iter().map(|c| label(c)).collect(),
        rows: rows
            .into_iter()
            .take(CATEGORY_ROWS)
            .map(|(_, row)| row)
            .collect(),
    })
}

async fn render_conversation(
    t: Tr,
    visitor: Visitor,
    state: &AppState,
    conversation: Conversation,
    errors: FormErrors,
    status: StatusCode,
) -> Result<Response, PageError> {
    let body = state
        .store
        .body(conversation.body_id)
        .await?
        .ok_or_else(|| missing("error-no-conversation", conversation.id))?;
    let statements = state.store.statements(conversation.id).await?;
    let participants = state.store.participants(conversation.id).await?;
    let votes = state.store.votes(conversation.id).await?;
    let mine_number = match visitor.user.as_ref() {
        Some(user) => state.store.participant_of(conversation.id, user.id).await?,
        None => None,
    };
    let mut my_votes: HashMap<i64, i8> = HashMap::new();
    for vote in votes.iter().filter(|v| Some(v.participant) == mine_number) {
        my_votes.insert(vote.statement, vote.value);
    }
    // The analysis is CPU work of up to seconds on a large conversation: it runs once per
    // state of the conversation, beside the server's runtime, and every view shares it.
    let computed = {
        let cast = text_votes(&votes);
        let listed = statements.clone();
        state
            .opinion_maps
            .get(conversation.id.0, &votes, &statements, move |previous| {
                let matrix = VoteMatrix::from_votes(&cast);
                let map = map_of(&matrix, &listed, previous.as_ref());
                (matrix, map)
            })
            .await
            .map_err(PageError::Internal)?
    };
    let matrix = &computed.0;
    let map: Option<&OpinionMap> = computed.1.as_ref().ok().and_then(Option::as_ref);
    let words: HashMap<u64, String> = statements
        .iter()
        .map(|s| (u64::try_from(s.number).unwrap_or_default(), s.body.clone()))
        .collect();
    let (groups, dots, map_summary, bridging) = match map {
        Some(map) => {
            let groups: Vec<GroupView> = map
                .groups
                .iter()
                .zip(&map.repness)
                .enumerate()
                .map(|(index, (group, repness))| GroupView {
                    label: t.arg(
                        "opinion-group",
                        "letter",
                        GROUP_LETTERS.get(index).copied().unwrap_or("?"),
                    ),
                    size: group.members.len(),
                    class: format!("g{index}"),
                    distinctive: repness
                        .iter()
                        .map(|r| {
                            let key = match r.repful_for {
                                Direction::Agree => "opinion-agreed",
                                Direction::Disagree => "opinion-disagreed",
                            };
                            (
                                words.get(&r.statement).cloned().unwrap_or_default(),
                                t.arg(key, "percent", (r.p_success * 100.0).round() as i64),
                            )
                        })
                        .collect(),
                })
                .collect();
            let summary = t.args(
                "opinion-map-summary",
                &[
                    ("participants", map.in_conversation.len().to_string()),
                    ("groups", map.groups.len().to_string()),
                    (
                        "sizes",
                        groups
                            .iter()
                            .map(|g| format!("{} {}", g.label, g.size))
                            .collect::<Vec<_>>()
                            .join(", "),
                    ),
                ],
            );
            let mut consensus = map.group_aware_consensus.clone();
            consensus.sort_by(|a, b| b.agree.total_cmp(&a.agree));
            let bridging = consensus
                .iter()
                .take(5)
                .map(|c| {
                    (
                        words.get(&c.statement).cloned().unwrap_or_default(),
                        format!("{:.2}", c.agree),
                    )
                })
                .collect();
            let you = mine_number.and_then(|n| u64::try_from(n).ok());
            (groups, dots(map, you), summary, bridging)
        }
        None => (
            Vec::new(),
            Vec::new(),
            match &computed.1 {
                Err(error) => t.arg("opinion-map-failed", "error", error),
                Ok(_) => t.get("opinion-map-too-few"),
            },
            Vec::new(),
        ),
    };
    let infos = infos(&statements);
    let declared = |pick: fn(&Participant) -> Option<&String>| -> HashMap<u64, String> {
        participants
            .iter()
            .filter_map(|p| Some((u64::try_from(p.number).ok()?, pick(p)?.clone())))
            .collect()
    };
    let mut categories = Vec::new();
    let by_stakeholder = by_category(matrix, &infos, &declared(|p| p.stakeholder_group.as_ref()));
    if let Some(table) = category_table(
        &t,
        t.get("opinion-by-stakeholder"),
        &by_stakeholder,
        |code| t.code("stakeholder-group", code),
        &words,
    ) {
        categories.push(table);
    }
    let by_region = by_category(matrix, &infos, &declared(|p| p.regional_group.as_ref()));
    if let Some(table) = category_table(
        &t,
        t.get("opinion-by-region"),
        &by_region,
        |code| t.code("regional-group", code),
        &words,
    ) {
        categories.push(table);
    }
    let can_moderate = visitor.may(Action::DraftTexts(body.id));
    let statement_rows: Vec<StatementRow> = statements
        .iter()
        .map(|s| StatementRow {
            number: s.number,
            body: s.body.clone(),
            author: s.author.clone(),
            rejected: s.moderation < 0,
            rejection: s.moderation_reason.clone().unwrap_or_default(),
            unmoderated: s.moderation == 0,
            counts: (can_moderate || my_votes.contains_key(&s.number)).then(|| {
                t.args(
                    "opinion-counts",
                    &[
                        ("agree", s.agrees.to_string()),
                        ("disagree", s.disagrees.to_string()),
                        ("pass", s.passes.to_string()),
                    ],
                )
            }),
            mine: match my_votes.get(&s.number) {
                Some(1) => "agree",
                Some(-1) => "disagree",
                Some(0) => "pass",
                _ => "",
            },
        })
        .collect();
    let can_vote = visitor.may(Action::TakePart);
    let next = statement_rows
        .iter()
        .find(|s| can_vote && !s.rejected && s.mine.is_empty())
        .map(|s| StatementRow {
            body: s.body.clone(),
            author: s.author.clone(),
            rejection: String::new(),
            counts: None,
            ..*s
        });
    let you_are = match (map, mine_number.and_then(|n| u64::try_from(n).ok())) {
        (Some(map), Some(you)) => map
            .groups
            .iter()
            .position(|g| g.members.contains(&you))
            .map(|index| {
                t.arg(
                    "opinion-you-are-in",
                    "group",
                    t.arg(
                        "opinion-group",
                        "letter",
                        GROUP_LETTERS.get(index).copied().unwrap_or("?"),
                    ),
                )
            }),
        _ => None,
    };
    let page = ConversationPage {
        csrf: visitor.csrf.clone(),
        can_vote,
        can_moderate,
        next,
        you_are,
        errors,
        statements: statement_rows,
        participants: participants.len(),
        votes: votes.len(),
        groups,
        dots,
        map_summary,
        bridging,
        categories,
        stakeholder_groups: StakeholderGroup::ALL
            .iter()
            .map(|g| (g.code(), t.code("stakeholder-group", g.code())))
            .collect(),
        regional_groups: RegionalGroup::ALL
            .iter()
            .map(|g| (g.code(), t.code("regional-group", g.code())))
            .collect(),
        mine: mine_number.and_then(|n| participants.iter().find(|p| p.number == n).cloned()),
        t,
        conversation,
        body,
    };
    Ok((status, Html(page.render()?)).into_response())
}

async fn load_conversation(state: &AppState, raw: &str) -> Result<Conversation, PageError> {
    let id = page_id(raw, "error-no-conversation")?;
    state
        .store
        .conversation(MapId(id))
        .await?
        .ok_or_else(|| missing("error-no-conversation", id))
}

// ---------------------------------------------------------------------------------------------
// Pages

fn conversation_fields(t: &Tr, values: &Values) -> Vec<Field> {
    vec![
        input(t, "title", "field-title", "text", values),
        Field::textarea(t, "question", "field-question", values),
    ]
}

fn conversation_spec<'a>(t: &'a Tr, body: &Body) -> FormSpec<'a> {
    FormSpec {
        title: t.arg("opinion-new", "name", &body.fields.acronym),
        action: format!("/bodies/{}/opinion/new", body.id),
        submit: t.get("opinion-create"),
        back: Some((format!("/bodies/{}", body.id), body.fields.acronym.clone())),
        t,
    }
}

/// The form opening a conversation.
pub(crate) async fn new_form(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> Result<Response, PageError> {
    let body = load_body(&state, &raw).await?;
    visitor.require(Action::DraftTexts(body.id))?;
    render(
        conversation_spec(&t, &body),
        &visitor,
        conversation_fields(&t, &Values::new()),
        FormErrors::default(),
        StatusCode::OK,
    )
}

/// Opens a conversation.
pub(crate) async fn create(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    CsrfForm(post): CsrfForm<Posted>,
) -> Result<Response, PageError> {
    let body = load_body(&state, &raw).await?;
    visitor.require(Action::DraftTexts(body.id))?;
    let form = ConversationForm {
        title: opt(&post.values, "title"),
        question: opt(&post.values, "question"),
    };
    let outcome = match form.parse() {
        Ok((title, question)) => state
            .store
            .add_conversation(&visitor.audit_actor(), body.id, &title, &question)
            .await
            .map_err(Refusal::from),
        Err(invalid) => Err(invalid.into()),
    };
    answer(
        &t,
        outcome,
        |conversation| format!("/opinion/{}", conversation.id),
        async |errors| {
            render(
                conversation_spec(&t, &body),
                &visitor,
                conversation_fields(&t, &post.values),
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        },
    )
    .await
}

/// A conversation: its statements to vote on, and its map.
pub(crate) async fn show(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> Result<Response, PageError> {
    let conversation = load_conversation(&state, &raw).await?;
    render_conversation(
        t,
        visitor,
        &state,
        conversation,
        FormErrors::default(),
        StatusCode::OK,
    )
    .await
}

async fn refused(
    t: Tr,
    visitor: Visitor,
    state: &AppState,
    conversation: Conversation,
    error: StoreError,
) -> Result<Response, PageError> {
    match error {
        StoreError::Invalid(invalid) => {
            let errors = FormErrors::from_invalid(&t, &invalid);
            render_conversation(
                t,
                visitor,
                state,
                conversation,
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        other => Err(other.into()),
    }
}
