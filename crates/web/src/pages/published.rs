//! Published responses: the list of a call's responses with the counts that reconcile (received
//! = published + withheld + hidden), each published response in its original language, every
//! published answer to one question, and the errata. The secretariat also sees what is withheld,
//! corrects attribution or category with a reason, and hides or shows a response with a reason.

use crate::common::facts::{attribution, facts_of};
use crate::common::{load_call, missing, page_id};
use crate::forms::{answer, opt, CsrfForm, FormErrors, Posted, Refusal};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{Html, IntoResponse, Response};
use concord_domain::access::Action;
use concord_domain::body::Body;
use concord_domain::call::Call;
use concord_domain::ids::QuestionId;
use concord_domain::review::{parse_correction, CorrectedField};
use concord_domain::statistics::{key_of, tally, Dimension, Facts};
use concord_store::{CallStore, ListedResponse, ResponseStore, ReviewStore, SignatureStore};

use crate::auth::Visitor;
use crate::error::PageError;
use crate::i18n::Tr;
use crate::AppState;

/// A response as the list shows it.
struct ResponseRow {
    reference: String,
    attribution: String,
    group: String,
    country: String,
    lang: String,
    channel: String,
    /// "withheld" or "hidden: reason", for the secretariat.
    status: Option<String>,
}

#[derive(Template)]
#[template(path = "responses.html")]
struct ResponsesPage {
    t: Tr,
    body: Body,
    call: Call,
    /// "Stakeholder group: Civil society", when the list is filtered.
    filtered: Option<String>,
    counts: Vec<(String, usize)>,
    rows: Vec<ResponseRow>,
    questions: Vec<(QuestionId, String, String)>,
    errata: Vec<String>,
    can_edit: bool,
}

fn erratum_text(t: &Tr, e: &concord_domain::review::Erratum, at: &str) -> String {
    t.args(
        "erratum",
        &[
            ("reference", e.reference.clone()),
            ("field", t.code("corrected-field", e.field.code())),
            ("before", e.before.clone().unwrap_or_default()),
            ("after", e.after.clone().unwrap_or_default()),
            ("reason", e.reason.clone()),
            ("date", at.get(..10).unwrap_or(at).to_owned()),
        ],
    )
}

/// A list narrowed to one line of the statistics.
#[derive(Debug, Default, serde::Deserialize)]
pub(crate) struct ListFilter {
    by: Option<String>,
    value: Option<String>,
}

/// The call's responses: counts, the published list, and every one for the secretariat.
pub(crate) async fn list(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    Query(filter): Query<ListFilter>,
) -> Result<Response, PageError> {
    let (call, body) = load_call(&state, &visitor, &raw).await?;
    let can_edit = visitor.may(Action::EditBody(body.id));
    let mut all = state.store.submitted_responses(call.id).await?;
    // A count of the statistics links here: only the responses it counted.
    let filtered = match filter.by.as_deref().map(Dimension::parse) {
        Some(Some(dimension)) => {
            let value = filter.value.clone().unwrap_or_default();
            all.retain(|r| key_of(dimension, &facts_of(r)) == value);
            Some(t.args(
                "responses-filtered",
                &[
                    ("dimension", t.code("stat-dimension", dimension.code())),
                    ("value", crate::common::facts::label(&t, dimension, &value)),
                ],
            ))
        }
        Some(None) => return Err(PageError::BadRequest("error-bad-filter", None)),
        None => None,
    };
    let shown = all.iter().filter(|r| r.is_public(&call)).count();
    let hidden = all.iter().filter(|r| r.hidden.is_some()).count();
    let counts = vec![
        (t.get("responses-received"), all.len()),
        (t.get("responses-published"), shown),
        (t.get("responses-withheld"), all.len() - shown - hidden),
        (t.get("responses-hidden"), hidden),
    ];
    let rows = all
        .iter()
        .filter(|r| can_edit || r.is_public(&call))
        .map(|r| ResponseRow {
            reference: r.reference.clone(),
            attribution: if can_edit {
                r.respondent.name.clone()
            } else {
                attribution(&t, r)
            },
            group: t.code("stakeholder-group", r.respondent.stakeholder_group.code()),
            country: r
                .respondent
                .country
                .as_deref()
                .map(|c| t.state_code(c))
                .unwrap_or_default(),
            lang: r.lang.clone(),
            channel: t.code("channel", r.channel.code()),
            status: match (&r.hidden, r.is_public(&call)) {
                (Some(reason), _) => Some(t.arg("response-hidden-because", "reason", reason)),
                (None, false) => Some(t.get("response-withheld")),
                (None, true) => None,
            },
        })
        .collect();
    let questions = state
        .store
        .questions(call.id)
        .await?
        .into_iter()
        .map(|q| (q.id, q.label, q.text))
        .collect();
    let errata = state
        .store
        .errata(Some(call.id.0))
        .await?
        .iter()
        .map(|e| erratum_text(&t, &e.erratum, &e.recorded_at))
        .collect();
    let page = ResponsesPage {
        t,
        body,
        call,
        filtered,
        counts,
        rows,
        questions,
        errata,
        can_edit,
    };
    Ok(Html(page.render()?).into_response())
}

/// An answer as a response or question page shows it.
struct AnswerView {
    question_id: i64,
    label: String,
    question: String,
    text: Option<String>,
    choices: Vec<String>,
    /// On the question page: who answered, and the link to the whole response.
    by: Option<(String, String)>,
}

#[derive(Template)]
#[template(path = "response.html")]
struct ResponsePage {
    t: Tr,
    call: Call,
    reference: String,
    attribution: String,
    facts: Vec<(String, String)>,
    lang: String,
    answers: Vec<AnswerView>,
    errata: Vec<String>,
    hidden: Option<String>,
    can_edit: bool,
    /// May record issues from the answers.
    can_compile: bool,
    /// Co-signatories: name (and organisation), and whether they confirmed.
    signatories: Vec<(String, bool)>,
    /// Files received with it (the secretariat's): id, name, kind and size.
    files: Vec<(i64, String, String)>,
    fields: Vec<(String, String)>,
    csrf: String,
    errors: FormErrors,
}

async fn response_page(
    t: Tr,
    visitor: &Visitor,
    state: &AppState,
    call: Call,
    reference: &str,
    errors: FormErrors,
) -> Result<String, PageError> {
    let can_edit = visitor.may(Action::EditBody(call.body_id));
    let Some(r) = state
        .store
        .submitted_response(call.id, reference)
        .await?
        .filter(|r| can_edit || r.is_public(&call))
    else {
        return Err(missing("error-no-response", reference));
    };
    let questions = state.store.questions(call.id).await?;
    let respondent = &r.respondent;
    let mut facts = vec![
        (
            t.get("col-stakeholder-group"),
            t.code("stakeholder-group", respondent.stakeholder_group.code()),
        ),
        (t.get("col-received"), r.submitted_at.clone()),
        (
            t.get("channel-heading"),
            t.code("channel", r.channel.code()),
        ),
    ];
    if let Some(country) = &respondent.country {
        facts.push((t.get("person-country"), t.state_code(country)));
    }
    if let Some(sub) = &respondent.sub_category {
        facts.push((t.get("field-sub-category"), t.code("subcategory", sub)));
    }
    let answers = r
        .answers
        .iter()
        .map(|a| AnswerView {
            question_id: a.question_id.0,
            label: a.label.clone(),
            question: questions
                .iter()
                .find(|q| q.id == a.question_id)
                .map(|q| q.text.clone())
                .unwrap_or_default(),
            text: a.text.clone(),
            choices: a.choices.clone(),
            by: None,
        })
        .collect();
    let errata = state
        .store
        .errata(Some(call.id.0))
        .await?
        .iter()
        .filter(|e| e.erratum.reference == reference)
        .map(|e| erratum_text(&t, &e.erratum, &e.recorded_at))
        .collect();
    let files = if can_edit {
        state
            .store
            .response_files(call.id, reference)
            .await?
            .into_iter()
            .map(|(id, f)| (id, f.file_name, f.media_type))
            .collect()
    } else {
        Vec::new()
    };
    let signatories = state
        .store
        .signatures(reference)
        .await?
        .into_iter()
        .map(|s| {
            let name = match s.organization {
                Some(org) => format!("{} ({org})", s.name),
                None => s.name,
            };
            (name, s.confirmed)
        })
        .collect();
    let page = ResponsePage {
        signatories,
        files,
        attribution: if can_edit {
            respondent.name.clone()
        } else {
            attribution(&t, &r)
        },
        fields: CorrectedField::ALL
            .iter()
            .map(|f| (f.code().to_owned(), t.code("corrected-field", f.code())))
            .collect(),
        facts,
        lang: r.lang.clone(),
        answers,
        errata,
        hidden: r.hidden.clone(),
        can_edit,
        can_compile: visitor.may(Action::CompileInputs(call.body_id)),
        csrf: visitor.csrf.clone(),
        errors,
        reference: reference.to_owned(),
        t,
        call,
    };
    Ok(page.render()?)
}

/// One response, whole.
pub(crate) async fn show(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path((raw, reference)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let (call, _) = load_call(&state, &visitor, &raw).await?;
    let html = response_page(t, &visitor, &state, call, &reference, FormErrors::default()).await?;
    Ok(Html(html).into_response())
}

#[derive(Template)]
#[template(path = "question_answers.html")]
struct QuestionPage {
    t: Tr,
    call: Call,
    question_id: i64,
    label: String,
    question: String,
    /// "group" or "region": what the answers are grouped by.
    grouped_by: &'static str,
    groups: Vec<AnswerGroup>,
    campaigns: Vec<CampaignView>,
    collapsed: bool,
    answered: usize,
    withheld: usize,
}

/// The answers of one stakeholder group or regional group.
struct AnswerGroup {
    label: String,
    answers: Vec<(AnswerView, String, InCampaign)>,
    /// Answers of this group not published.
    withheld: usize,
}

/// An answer's place in a campaign, when it is in one: (campaign number, answers of the campaign
/// folded into it when campaigns are collapsed).
type InCampaign = Option<(usize, usize)>;

/// What a question's answers are grouped by.
#[derive(Debug, Default, serde::Deserialize)]
pub(crate) struct GroupedBy {
    by: Option<String>,
    /// "collapse": each campaign shown once rather than every answer in it.
    campaigns: Option<String>,
}

/// A campaign among a question's published answers, as the page shows it.
struct CampaignView {
    number: usize,
    size: usize,
    common: String,
    variations: usize,
    /// Who sent it, as attributed in public (the first few).
    senders: String,
}

/// Near-identical answers the campaign detection groups: (campaign views, for each reference in
/// a campaign, its campaign number and whether it is the one shown when collapsed).
fn campaigns_of(
    t: &Tr,
    answers: &[(&ListedResponse, &str)],
) -> (
    Vec<CampaignView>,
    std::collections::HashMap<String, (usize, bool)>,
) {
    let docs: Vec<(&str, &str)> = answers
        .iter()
        .map(|(r, text)| (r.reference.as_str(), *text))
        .collect();
    let options = concord_text::campaigns::Options {
        threads: 1,
        ..concord_text::campaigns::Options::default()
    };
    let found = concord_text::campaigns::group(&docs, &options);
    let mut membership = std::collections::HashMap::new();
    let mut views = Vec::new();
    for (index, campaign) in found.iter().enumerate() {
        let number = index + 1;
        let members: Vec<&str> = campaign.members().collect();
        for (at, reference) in members.iter().enumerate() {
            membership.insert((*reference).to_owned(), (number, at == 0));
        }
        let senders: Vec<String> = members
            .iter()
            .take(5)
            .filter_map(|m| answers.iter().find(|(r, _)| r.reference == *m))
            .map(|(r, _)| attribution(t, r))
            .collect();
        let mut common: String = campaign.common.text.chars().take(400).collect();
        if campaign.common.text.chars().count() > 400 {
            common.push('…');
        }
        views.push(CampaignView {
            number,
            size: campaign.size,
            common,
            variations: campaign.variations.len(),
            senders: senders.join("; "),
        });
    }
    (views, membership)
}

/// Every published answer to one question, each with its respondent and language, grouped by
/// stakeholder group or by regional group; withheld answers are counted in their group.
pub(crate) async fn question(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path((raw, question_raw)): Path<(String, String)>,
    Query(grouped): Query<GroupedBy>,
) -> Result<Response, PageError> {
    let (call, _) = load_call(&state, &visitor, &raw).await?;
    let id = page_id(&question_raw, "error-not-found")?;
    let Some(q) = state
        .store
        .questions(call.id)
        .await?
        .into_iter()
        .find(|q| q.id == QuestionId(id))
    else {
        return Err(missing("error-not-found", id));
    };
    let dimension = match grouped.by.as_deref() {
        None | Some("group") => Dimension::Group,
        Some("region") => Dimension::Region,
        Some(_) => return Err(PageError::BadRequest("error-bad-filter", None)),
    };
    let all = state.store.submitted_responses(call.id).await?;
    let answering: Vec<&ListedResponse> = all
        .iter()
        .filter(|r| r.answers.iter().any(|a| a.question_id == q.id))
        .collect();
    let facts: Vec<Facts> = answering.iter().map(|r| facts_of(r)).collect();
    // The groups in the order of the statistics: the largest first, "not stated" last.
    let mut groups: Vec<(String, AnswerGroup)> = tally(dimension, &facts)
        .into_iter()
        .map(|(key, _)| {
            let label = crate::common::facts::label(&t, dimension, &key);
            (
                key,
                AnswerGroup {
                    label,
                    answers: Vec::new(),
                    withheld: 0,
                },
            )
        })
        .collect();
    // Campaigns among the published answers: each shown once when collapsed.
    let published_texts: Vec<(&ListedResponse, &str)> = answering
        .iter()
        .filter(|r| r.is_public(&call))
        .filter_map(|r| {
            let a = r.answers.iter().find(|a| a.question_id == q.id)?;
            Some((*r, a.text.as_deref()?))
        })
        .collect();
    let (campaigns, in_campaign) = campaigns_of(&t, &published_texts);
    let collapsed = grouped.campaigns.as_deref() == Some("collapse");
    for (r, f) in answering.iter().zip(&facts) {
        let key = key_of(dimension, f);
        let Some((_, group)) = groups.iter_mut().find(|(k, _)| *k == key) else {
            continue;
        };
        let Some(a) = r.answers.iter().find(|a| a.question_id == q.id) else {
            continue;
        };
        if !r.is_public(&call) {
            group.withheld += 1;
            continue;
        }
        let campaign = in_campaign.get(&r.reference).copied();
        if collapsed && campaign.is_some_and(|(_, shown)| !shown) {
            continue;
        }
        let folded = campaign.map(|(number, _)| {
            let size = campaigns.get(number - 1).map_or(1, |c| c.size);
            (number, if collapsed { size - 1 } else { 0 })
        });
        group.answers.push((
            AnswerView {
                question_id: a.question_id.0,
                label: a.label.clone(),
                question: String::new(),
                text: a.text.clone(),
                choices: a.choices.clone(),
                by: Some((attribution(&t, r), r.reference.clone())),
            },
            r.lang.clone(),
            folded,
        ));
    }
    let withheld = groups.iter().map(|(_, g)| g.withheld).sum();
    let page = QuestionPage {
        t,
        call,
        question_id: q.id.0,
        label: q.label,
        question: q.text,
        grouped_by: dimension.code(),
        campaigns,
        collapsed,
        answered: answering.len(),
        withheld,
        groups: groups.into_iter().map(|(_, g)| g).collect(),
    };
    Ok(Html(page.render()?).into_response())
}

/// Corrects a response's attribution or category, with a reason.
pub(crate) async fn correct(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path((raw, reference)): Path<(String, String)>,
    CsrfForm(post): CsrfForm<Posted>,
) -> Result<Response, PageError> {
    let (call, body) = load_call(&state, &visitor, &raw).await?;
    visitor.require(Action::EditBody(body.id))?;
    let Some(current) = state.store.submitted_response(call.id, &reference).await? else {
        return Err(missing("error-no-response", reference));
    };
    let v = &post.values;
    let outcome = match parse_correction(
        &reference,
        &current.respondent,
        opt(v, "field").as_deref(),
        opt(v, "value").as_deref(),
        opt(v, "reason").as_deref(),
    ) {
        Ok((erratum, after)) => state
            .store
            .correct_response(&visitor.audit_actor(), call.id, &erratum, &after)
            .await
            .map_err(Refusal::from),
        Err(invalid) => Err(invalid.into()),
    };
    settle(t, &visitor, &state, call, &reference, outcome).await
}

/// Hides a response (`action=hide`) or shows it again (`action=show`), with a reason.
pub(crate) async fn moderate(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path((raw, reference)): Path<(String, String)>,
    CsrfForm(post): CsrfForm<Posted>,
) -> Result<Response, PageError> {
    let (call, body) = load_call(&state, &visitor, &raw).await?;
    visitor.require(Action::EditBody(body.id))?;
    let reason = opt(&post.values, "reason").unwrap_or_default();
    let hide = post.values.get("action").is_some_and(|a| a == "hide");
    let outcome = state
        .store
        .set_hidden(
            &visitor.audit_actor(),
            call.id,
            &reference,
            hide.then_some(reason.as_str()),
            &reason,
        )
        .await
        .map_err(Refusal::from);
    settle(t, &visitor, &state, call, &reference, outcome).await
}

/// Where a correction or moderation goes: back to the response, or its page again with what
/// was wrong.
async fn settle(
    t: Tr,
    visitor: &Visitor,
    state: &AppState,
    call: Call,
    reference: &str,
    outcome: Result<(), Refusal>,
) -> Result<Response, PageError> {
    let location = format!("/calls/{}/responses/{reference}", call.id);
    answer(
        &t,
        outcome,
        |()| location,
        async |errors| {
            let html = response_page(t.clone(), visitor, state, call, reference, errors).await?;
            Ok(Html(html).into_response())
        },
    )
    .await
}
