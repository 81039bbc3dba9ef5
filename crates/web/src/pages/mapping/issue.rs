//! An issue of a mapping on its own page: its rows with their evidence, where it stands, its
//! gap and the gap's explanation, the options where the group does not agree, their referral
//! to the working group and the working group's decision — with the forms each role may use.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use concord_domain::access::Action;
use concord_domain::body::Body;
use concord_domain::ids::IssueId;
use concord_domain::mapping::{
    Evidence, IssueStanding, MappingStatus, OptionForm, ReferralDecisionForm, RowState,
};
use concord_domain::reference::RegionalGroup;
use concord_domain::stakeholder::StakeholderGroup;
use concord_domain::Invalid;
use concord_store::{
    Exercise, MappingStore, MeetingStore, PolicyIssue, Question, QuestionStore, Subject,
};

use super::{contribute, load_exercise, standing_label, Matrix};
use crate::auth::Visitor;
use crate::common::{missing, page_id};
use crate::error::PageError;
use crate::forms::{
    answer, input, none_option, opt, render, select, CsrfForm, Field, FormErrors, FormSpec, Posted,
    Refusal, Values,
};
use crate::i18n::Tr;
use crate::AppState;

/// A row as the issue's page shows it.
pub(crate) struct RowView {
    pub id: i64,
    pub mechanism_id: i64,
    pub mechanism: String,
    pub status: String,
    pub status_code: &'static str,
    pub state: String,
    pub state_code: &'static str,
    pub notes: String,
    /// (label, link).
    pub evidence: Vec<(String, String)>,
    pub evidence_lines: String,
    pub proposed: String,
    pub assessed: String,
}

/// A question as the page shows it.
pub(crate) struct QuestionView {
    pub id: i64,
    pub subject: String,
    /// (id, text, supporters).
    pub options: Vec<(i64, String, String)>,
    pub referred: Option<String>,
    pub decision: Option<String>,
}

#[derive(Template)]
#[template(path = "mapping/issue.html")]
struct IssuePage {
    t: Tr,
    exercise: Exercise,
    body: Body,
    issue: PolicyIssue,
    standing: String,
    standing_code: &'static str,
    is_gap: bool,
    explanation: Option<String>,
    rows: Vec<RowView>,
    questions: Vec<QuestionView>,
    subjects: Vec<(String, String)>,
    groups: Vec<(String, String)>,
    regions: Vec<(String, String)>,
    mechanisms: Vec<(String, String)>,
    statuses: Vec<(String, String)>,
    csrf: String,
    can_contribute: bool,
    can_coordinate: bool,
    can_decide: bool,
    errors: FormErrors,
}

fn evidence_view(piece: &Evidence) -> (String, String) {
    match piece {
        Evidence::Address { url } => (url.clone(), url.clone()),
        Evidence::Document { symbol } => (symbol.clone(), format!("/search?q={symbol}")),
        Evidence::Response { reference, passage } => {
            let call = reference.split_once('-').map_or("", |(c, _)| c);
            let label = match passage {
                Some(p) => format!("{reference}: “{p}”"),
                None => reference.clone(),
            };
            (label, format!("/calls/{call}/responses/{reference}"))
        }
    }
}

fn supporters(t: &Tr, groups: &[StakeholderGroup], regions: &[RegionalGroup]) -> String {
    let mut names: Vec<String> = groups
        .iter()
        .map(|g| t.code("stakeholder-group", g.code()))
        .collect();
    names.extend(regions.iter().map(|r| t.code("regional-group", r.code())));
    names.join(", ")
}

async fn question_view(
    t: &Tr,
    state: &AppState,
    matrix: &Matrix,
    question: &Question,
) -> Result<QuestionView, PageError> {
    let subject = match question.subject {
        Subject::Gap => t.get("question-subject-gap"),
        Subject::Row(row) => {
            let name = matrix
                .cells
                .iter()
                .find(|r| r.id == row)
                .map(|r| matrix.short_name(r.mechanism_id))
                .unwrap_or_default();
            t.arg("question-subject-row", "mechanism", name)
        }
    };
    let options = question
        .options
        .iter()
        .map(|o| {
            (
                o.id,
                o.fields.text.clone(),
                supporters(t, &o.fields.groups, &o.fields.regions),
            )
        })
        .collect();
    let referred = question.referred.as_ref().map(|(by, at)| {
        t.args(
            "question-referred-by",
            &[
                ("name", by.clone()),
                ("when", at.chars().take(10).collect()),
            ],
        )
    });
    let decision = match &question.decision {
        None => None,
        Some(d) => {
            let chosen = question
                .options
                .iter()
                .find(|o| o.id == d.option)
                .map(|o| o.fields.text.clone())
                .unwrap_or_default();
            let meeting = match d.meeting_id {
                Some(id) => state.store.meeting(id).await?.map(|m| m.fields.title),
                None => None,
            };
            Some(t.args(
                "question-decided",
                &[
                    ("option", chosen),
                    ("date", t.date(d.decided_on)),
                    ("meeting", meeting.unwrap_or_else(|| t.get("form-none"))),
                    ("basis", d.basis.clone()),
                ],
            ))
        }
    };
    Ok(QuestionView {
        id: question.id,
        subject,
        options,
        referred,
        decision,
    })
}

async fn issue_page(
    t: Tr,
    visitor: &Visitor,
    state: &AppState,
    (exercise, body): (Exercise, Body),
    issue: IssueId,
    errors: FormErrors,
    status: StatusCode,
) -> Result<Response, PageError> {
    let matrix = Matrix::load(state, &exercise).await?;
    let issue = matrix
        .issue(issue)
        .cloned()
        .ok_or_else(|| missing("error-no-issue", issue))?;
    let standing = matrix
        .standings
        .get(&issue.id)
        .copied()
        .unwrap_or(IssueStanding::NotAssessed);
    let own = state.store.rows_of_issue(exercise.id, issue.id).await?;
    let rows: Vec<RowView> = own
        .iter()
        .map(|r| RowView {
            id: r.id.0,
            mechanism_id: r.mechanism_id.0,
            mechanism: matrix
                .mechanisms
                .get(&r.mechanism_id)
                .map(|m| m.fields.name.clone())
                .unwrap_or_default(),
            status: t.code("mapping-status", r.status.code()),
            status_code: r.status.code(),
            state: t.code("row-state", r.state.code()),
            state_code: r.state.code(),
            notes: r.notes.clone().unwrap_or_default(),
            evidence: r.evidence.iter().map(evidence_view).collect(),
            evidence_lines: r
                .evidence
                .iter()
                .map(Evidence::as_line)
                .collect::<Vec<_>>()
                .join("\n"),
            proposed: t.args(
                "row-proposed-by",
                &[
                    ("name", r.proposed_by.clone()),
                    ("when", r.proposed_at.chars().take(10).collect()),
                ],
            ),
            assessed: t.args(
                "row-assessed-by",
                &[
                    ("name", r.assessed_by.clone()),
                    ("when", r.assessed_at.chars().take(10).collect()),
                ],
            ),
        })
        .collect();
    let is_gap = matches!(standing, IssueStanding::Gap(_));
    let explanation = state
        .store
        .gap_notes(exercise.id)
        .await?
        .into_iter()
        .find(|n| n.issue_id == issue.id)
        .map(|n| n.explanation);
    let mut questions = Vec::new();
    for q in state
        .store
        .mapping_questions(exercise.id)
        .await?
        .iter()
        .filter(|q| q.issue_id == issue.id)
    {
        questions.push(question_view(&t, state, &matrix, q).await?);
    }
    let mut subjects = Vec::new();
    if is_gap {
        subjects.push(("gap".to_owned(), t.get("question-subject-gap")));
    }
    for r in own.iter().filter(|r| r.state == RowState::Contested) {
        subjects.push((
            Subject::Row(r.id).code(),
            t.arg(
                "question-subject-row",
                "mechanism",
                matrix.short_name(r.mechanism_id),
            ),
        ));
    }
    let mechanisms = matrix.mechanism_choices();
    let page = IssuePage {
        standing: standing_label(&t, standing),
        standing_code: super::matrix::standing_code(standing),
        is_gap,
        explanation,
        rows,
        questions,
        subjects,
        groups: StakeholderGroup::ALL
            .iter()
            .map(|g| (g.code().to_owned(), t.code("stakeholder-group", g.code())))
            .collect(),
        regions: RegionalGroup::ALL
            .iter()
            .map(|r| (r.code().to_owned(), t.code("regional-group", r.code())))
            .collect(),
        mechanisms,
        statuses: MappingStatus::ALL
            .iter()
            .map(|s| (s.code().to_owned(), t.code("mapping-status", s.code())))
            .collect(),
        csrf: visitor.csrf.clone(),
        can_contribute: visitor.may(contribute(&body)),
        can_coordinate: visitor.may(Action::CoordinateMapping(body.id)),
        can_decide: body
            .fields
            .parent_id
            .is_some_and(|parent| visitor.may(Action::ManageTopics(parent))),
        errors,
        t,
        exercise,
        body,
        issue,
    };
    Ok((status, Html(page.render()?)).into_response())
}

/// An issue of the mapping.
pub(crate) async fn show(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path((raw, issue_raw)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let (exercise, body) = load_exercise(&state, &raw).await?;
    let issue = IssueId(page_id(&issue_raw, "error-no-issue")?);
    issue_page(
        t,
        &visitor,
        &state,
        (exercise, body),
        issue,
        FormErrors::default(),
        StatusCode::OK,
    )
    .await
}

/// Writes the explanation of the issue's gap.
pub(crate) async fn explain_gap(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path((raw, issue_raw)): Path<(String, String)>,
    CsrfForm(post): CsrfForm<Posted>,
) -> Result<Response, PageError> {
    let (exercise, body) = load_exercise(&state, &raw).await?;
    visitor.require(Action::CoordinateMapping(body.id))?;
    let issue = IssueId(page_id(&issue_raw, "error-no-issue")?);
    let outcome = state
        .store
        .explain_gap(
            &visitor.audit_actor(),
            exercise.id,
            issue,
            &opt(&post.values, "explanation").unwrap_or_default(),
        )
        .await
        .map_err(Refusal::from);
    let id = exercise.id;
    answer(
        &t,
        outcome,
        |()| format!("/mapping/{id}/issues/{issue}#gap-heading"),
        async |errors| {
            issue_page(
                t.clone(),
                &visitor,
                &state,
                (exercise, body),
                issue,
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        },
    )
    .await
}

/// Adds an option to the question about the issue's gap or one of its contested rows.
pub(crate) async fn add_option(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path((raw, issue_raw)): Path<(String, String)>,
    CsrfForm(fields): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let (exercise, body) = load_exercise(&state, &raw).await?;
    visitor.require(Action::CoordinateMapping(body.id))?;
    let issue = IssueId(page_id(&issue_raw, "error-no-issue")?);
    let all = |name: &str| -> Vec<String> {
        fields
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .collect()
    };
    let one = |name: &str| {
        fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    };
    let subject = one("subject").as_deref().and_then(Subject::parse);
    let form = OptionForm {
        text: one("text"),
        groups: all("groups"),
        regions: all("regions"),
    };
    let outcome = match (subject, form.parse()) {
        (Some(subject), Ok(option)) => state
            .store
            .add_option(&visitor.audit_actor(), exercise.id, issue, subject, &option)
            .await
            .map_err(Refusal::from),
        (None, _) => Err(Invalid::one(
            "subject",
            "not_contested",
            "Options go to a gap or a contested row",
        )
        .into()),
        (_, Err(invalid)) => Err(invalid.into()),
    };
    let id = exercise.id;
    answer(
        &t,
        outcome,
        |q| format!("/mapping/{id}/issues/{issue}#question-{q}"),
        async |errors| {
            issue_page(
                t.clone(),
                &visitor,
                &state,
                (exercise, body),
                issue,
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        },
    )
    .await
}

async fn question_of(
    state: &AppState,
    exercise: &Exercise,
    raw: &str,
) -> Result<Question, PageError> {
    let id = page_id(raw, "error-no-question")?;
    state
        .store
        .mapping_questions(exercise.id)
        .await?
        .into_iter()
        .find(|q| q.id == id)
        .ok_or_else(|| missing("error-no-question", id))
}

/// Refers a question to the working group.
pub(crate) async fn refer(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path((raw, question_raw)): Path<(String, String)>,
    CsrfForm(_post): CsrfForm<Posted>,
) -> Result<Response, PageError> {
    let (exercise, body) = load_exercise(&state, &raw).await?;
    visitor.require(Action::CoordinateMapping(body.id))?;
    let question = question_of(&state, &exercise, &question_raw).await?;
    let outcome = state
        .store
        .refer_question(&visitor.audit_actor(), exercise.id, question.id)
        .await
        .map_err(Refusal::from);
    let (id, issue) = (exercise.id, question.issue_id);
    answer(
        &t,
        outcome,
        |()| format!("/mapping/{id}/issues/{issue}#question-{}", question.id),
        async |errors| {
            issue_page(
                t.clone(),
                &visitor,
                &state,
                (exercise, body),
                issue,
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        },
    )
    .await
}

async fn decision_fields(
    t: &Tr,
    state: &AppState,
    body: &Body,
    question: &Question,
    values: &Values,
) -> Result<Vec<Field>, PageError> {
    let options = question
        .options
        .iter()
        .map(|o| (o.id.to_string(), o.fields.text.clone()))
        .collect();
    let mut meetings = vec![none_option(t)];
    if let Some(parent) = body.fields.parent_id {
        meetings.extend(
            state
                .store
                .meetings(parent)
                .await?
                .into_iter()
                .map(|m| (m.id.to_string(), m.fields.title)),
        );
    }
    Ok(vec![
        select(t, "option", "field-option-chosen", options, values),
        input(t, "decided_on", "field-decided-on", "date", values),
        select(t, "meeting_id", "col-meeting", meetings, values),
        Field::textarea(t, "basis", "field-basis", values),
    ])
}

fn decision_spec<'a>(t: &'a Tr, exercise: &Exercise, question: &Question) -> FormSpec<'a> {
    FormSpec {
        title: t.get("question-decide-title"),
        action: format!(
            "/mapping/{}/questions/{}/decision",
            exercise.id, question.id
        ),
        submit: t.get("question-decide"),
        back: Some((
            format!(
                "/mapping/{}/issues/{}#question-{}",
                exercise.id, question.issue_id, question.id
            ),
            exercise.title.clone(),
        )),
        t,
    }
}

/// The form recording the working group's decision on a referred question.
pub(crate) async fn decision_form(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path((raw, question_raw)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let (exercise, body) = load_exercise(&state, &raw).await?;
    let parent = body
        .fields
        .parent_id
        .ok_or_else(|| missing("error-no-question", &question_raw))?;
    visitor.require(Action::ManageTopics(parent))?;
    let question = question_of(&state, &exercise, &question_raw).await?;
    let fields = decision_fields(&t, &state, &body, &question, &Values::new()).await?;
    render(
        decision_spec(&t, &exercise, &question),
        &visitor,
        fields,
        FormErrors::default(),
        StatusCode::OK,
    )
}

/// Records the working group's decision on a referred question.
pub(crate) async fn decide(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path((raw, question_raw)): Path<(String, String)>,
    CsrfForm(post): CsrfForm<Posted>,
) -> Result<Response, PageError> {
    let (exercise, body) = load_exercise(&state, &raw).await?;
    let parent = body
        .fields
        .parent_id
        .ok_or_else(|| missing("error-no-question", &question_raw))?;
    visitor.require(Action::ManageTopics(parent))?;
    let question = question_of(&state, &exercise, &question_raw).await?;
    let form = ReferralDecisionForm {
        option: opt(&post.values, "option"),
        decided_on: opt(&post.values, "decided_on"),
        meeting_id: opt(&post.values, "meeting_id"),
        basis: opt(&post.values, "basis"),
    };
    let outcome = match form.parse() {
        Ok(decision) => state
            .store
            .decide_question(&visitor.audit_actor(), exercise.id, question.id, &decision)
            .await
            .map_err(Refusal::from),
        Err(invalid) => Err(invalid.into()),
    };
    let (id, issue) = (exercise.id, question.issue_id);
    answer(
        &t,
        outcome,
        |()| format!("/mapping/{id}/issues/{issue}#question-{}", question.id),
        async |errors| {
            let fields = decision_fields(&t, &state, &body, &question, &post.values).await?;
            render(
                decision_spec(&t, &exercise, &question),
                &visitor,
                fields,
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        },
    )
    .await
}
