//! The list of bodies and a body's page: mandate, lifecycle, composition with the balance
//! check, the composition table by regional and stakeholder group, and the members.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Html;
use concord_domain::access::Action;
use concord_domain::body::{Body, LifecycleChange};
use concord_domain::composition::{
    balance, composition_matrix, reference_date, BalanceStatus, MembershipView, QuotaFields,
    QuotaKind,
};
use concord_domain::ids::BodyId;
use concord_domain::stakeholder::StakeholderGroup;
use concord_store::{AuditStore, BodyStore, CompositionStore, DocumentStore, MeetingStore};
use time::OffsetDateTime;

use crate::common::time::OnDay;
use crate::common::{missing, page_id};
use crate::error::PageError;
use crate::i18n::Tr;
use crate::AppState;

/// A body in the list, with its depth under its parent.
pub(crate) struct BodyRow {
    pub body: Body,
    pub depth: usize,
    pub dates: String,
}

/// Orders bodies as a tree: each parent followed by its children.
pub(crate) fn tree(t: &Tr, bodies: Vec<Body>) -> Vec<BodyRow> {
    fn visit(t: &Tr, parent: Option<BodyId>, depth: usize, all: &[Body], out: &mut Vec<BodyRow>) {
        for body in all.iter().filter(|b| b.fields.parent_id == parent) {
            out.push(BodyRow {
                body: body.clone(),
                depth,
                dates: t.date_range(body.fields.start_date, body.fields.end_date),
            });
            if depth < 8 {
                visit(t, Some(body.id), depth + 1, all, out);
            }
        }
    }
    let mut out = Vec::with_capacity(bodies.len());
    visit(t, None, 0, &bodies, &mut out);
    // Bodies whose parent is missing from the list still appear.
    for body in &bodies {
        if !out.iter().any(|row| row.body.id == body.id) {
            out.push(BodyRow {
                body: body.clone(),
                depth: 0,
                dates: t.date_range(body.fields.start_date, body.fields.end_date),
            });
        }
    }
    out
}

#[derive(Template)]
#[template(path = "bodies.html")]
struct BodiesPage {
    t: Tr,
    rows: Vec<BodyRow>,
}

pub(crate) async fn list(t: Tr, State(state): State<AppState>) -> Result<Html<String>, PageError> {
    let rows = tree(&t, state.store.bodies().await?);
    Ok(Html(BodiesPage { t, rows }.render()?))
}

struct BalanceRow {
    id: i64,
    label: String,
    seats: u32,
    filled: u32,
    hard: bool,
    status: &'static str,
    status_text: String,
}

struct MatrixRowView {
    label: String,
    counts: Vec<u32>,
    total: u32,
}

struct MemberRow {
    id: i64,
    role: String,
    seat_name: Option<String>,
    seat_href: Option<String>,
    person_name: Option<String>,
    person_href: Option<String>,
    quota: String,
    group: String,
    dates: String,
    personal_capacity: bool,
    illustrative: bool,
}

/// One line of the body's public history.
struct AuditRow {
    at: String,
    who: String,
    what: String,
    changed: String,
    reason: String,
}

/// The names of the fields that differ between two JSON objects.
fn changed_fields(before: Option<&str>, after: Option<&str>) -> Vec<String> {
    let parse =
        |text: Option<&str>| text.and_then(|t| serde_json::from_str::<serde_json::Value>(t).ok());
    match (parse(before), parse(after)) {
        (Some(serde_json::Value::Object(b)), Some(serde_json::Value::Object(a))) => a
            .iter()
            .filter(|(k, v)| b.get(*k) != Some(*v))
            .map(|(k, _)| k.clone())
            .collect(),
        _ => Vec::new(),
    }
}

fn audit_row(t: &Tr, entry: &concord_store::AuditEntry) -> AuditRow {
    let date = entry
        .at
        .get(..10)
        .and_then(|d| concord_domain::dates::parse_date("at", d).ok());
    AuditRow {
        at: date.map(|d| t.date(d)).unwrap_or_else(|| entry.at.clone()),
        who: entry.actor.clone(),
        what: t.get(&format!("audit-{}-{}", entry.entity, entry.action)),
        changed: changed_fields(entry.before.as_deref(), entry.after.as_deref()).join(", "),
        reason: entry.reason.clone().unwrap_or_default(),
    }
}

/// A meeting in the body's schedule.
struct MeetingRow {
    id: i64,
    number: String,
    title: String,
    lang: String,
    when: String,
    venue: String,
    state: String,
}

fn meeting_row(t: &Tr, m: &concord_domain::meeting::Meeting) -> MeetingRow {
    let f = &m.fields;
    let mut when = t.date_range(Some(f.starts_on), Some(f.ends_on));
    if let (Some(start), Some(end)) = (f.starts_at, f.ends_at) {
        when = format!(
            "{when}, {:02}:{:02}–{:02}:{:02} ({})",
            start.hour(),
            start.minute(),
            end.hour(),
            end.minute(),
            f.time_zone
        );
    }
    MeetingRow {
        id: m.id.0,
        number: f
            .number
            .map_or_else(|| t.get("meeting-additional"), |n| n.to_string()),
        title: f.title.clone(),
        lang: f.lang.clone(),
        when,
        venue: f.venue.clone().unwrap_or_default(),
        state: t.code("meeting-state", f.state.code()),
    }
}

struct HistoryRow {
    to: String,
    on: String,
    note: String,
}

#[derive(Template)]
#[template(path = "body.html")]
struct BodyPage {
    t: Tr,
    topics: Vec<crate::common::summaries::TopicRow>,
    calls: Vec<crate::common::summaries::CallRow>,
    /// May propose topics and record decisions on them (the Chair or the secretariat).
    can_manage_topics: bool,
    texts: Vec<crate::common::summaries::TextRow>,
    /// Its opinion maps.
    conversations: Vec<concord_store::Conversation>,
    /// May start and revise negotiating texts.
    can_draft_texts: bool,
    documents: Vec<crate::common::summaries::DocumentRow>,
    meetings: Vec<MeetingRow>,
    can_edit: bool,
    can_manage: bool,
    can_create_sub: bool,
    audit: Vec<AuditRow>,
    body: Body,
    parent: Option<Body>,
    reports_to: Option<Body>,
    children: Vec<BodyRow>,
    dates: String,
    deadline: Option<String>,
    reference_day: String,
    balance: Vec<BalanceRow>,
    stakeholder_labels: Vec<String>,
    matrix_rows: Vec<MatrixRowView>,
    matrix_totals: Vec<u32>,
    matrix_total: u32,
    members: Vec<MemberRow>,
    history: Vec<HistoryRow>,
    any_illustrative: bool,
}

fn member_row(t: &Tr, view: &MembershipView) -> MemberRow {
    let m = &view.membership.fields;
    let (seat_name, seat_href) = if let Some(code) = &m.state {
        (Some(t.state_code(code)), Some(format!("/countries/{code}")))
    } else if let Some(org) = m.organization_id {
        (
            view.organization_name.clone(),
            Some(format!("/organizations/{org}")),
        )
    } else {
        (None, None)
    };
    MemberRow {
        id: view.membership.id.0,
        role: t.code("role", m.role.code()),
        seat_name,
        seat_href,
        person_name: view.person_name.clone(),
        person_href: m.person_id.map(|p| format!("/people/{p}")),
        quota: view.quota_label.clone().unwrap_or_default(),
        group: view
            .stakeholder_group
            .map(|g| t.code("stakeholder-group", g.code()))
            .unwrap_or_default(),
        dates: t.date_range(m.start_date, m.end_date),
        personal_capacity: m.personal_capacity,
        illustrative: m.illustrative,
    }
}

fn history_row(t: &Tr, change: &LifecycleChange) -> HistoryRow {
    HistoryRow {
        to: t.code("lifecycle", change.to.code()),
        on: change.on.map(|d| t.date(d)).unwrap_or_default(),
        note: change.note.clone().unwrap_or_default(),
    }
}

pub(crate) async fn show(
    t: Tr,
    visitor: crate::auth::Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    Query(on): Query<OnDay>,
) -> Result<Html<String>, PageError> {
    let id = BodyId(page_id(&raw, "error-no-body")?);
    let asked = on.day().map_err(|_| {
        PageError::BadRequest(
            "error-code-invalid_date",
            Some(("value", on.on.clone().unwrap_or_default())),
        )
    })?;
    let store = &state.store;
    let body = store
        .body(id)
        .await?
        .ok_or_else(|| missing("error-no-body", id))?;
    let parent = match body.fields.parent_id {
        Some(p) => store.body(p).await?,
        None => None,
    };
    let reports_to = match body.fields.reports_to_id {
        Some(p) => store.body(p).await?,
        None => None,
    };
    let quotas = store.quotas(id).await?;
    let views = store.memberships(id).await?;
    let memberships: Vec<_> = views.iter().map(|v| v.membership.clone()).collect();
    let day =
        asked.unwrap_or_else(|| reference_date(&body.fields, OffsetDateTime::now_utc().date()));
    let balance = balance(&body.fields, &quotas, &memberships, day)
        .into_iter()
        .map(|b| {
            let (status, status_text) = match b.status {
                BalanceStatus::Filled => ("filled", t.get("balance-filled")),
                BalanceStatus::Vacant { vacant } => ("vacant", t.count("balance-vacant", vacant)),
                BalanceStatus::Over { over } => ("over", t.count("balance-over", over)),
            };
            BalanceRow {
                id: b.quota.id.0,
                label: quota_label(&t, &b.quota.fields),
                seats: b.quota.fields.seats,
                filled: b.filled,
                hard: b.quota.fields.hard,
                status,
                status_text,
            }
        })
        .collect();
    let seated = views.iter().filter(|v| {
        let m = &v.membership.fields;
        m.role.fills_seat()
            && m.quota_id.is_some()
            && concord_domain::composition::is_current(m, &body.fields, day)
    });
    let matrix = composition_matrix(seated.map(|v| (v.regional_group, v.stakeholder_group)));
    let matrix_rows = matrix
        .rows
        .iter()
        .map(|r| MatrixRowView {
            label: r.regional_group.map_or_else(
                || t.get("matrix-no-group"),
                |g| t.code("regional-group", g.code()),
            ),
            counts: r.counts.clone(),
            total: r.total,
        })
        .collect();
    let history = store
        .lifecycle_history(id)
        .await?
        .iter()
        .map(|c| history_row(&t, c))
        .collect();
    let children = tree(&t, store.children(id).await?);
    let members: Vec<MemberRow> = views.iter().map(|v| member_row(&t, v)).collect();
    let any_illustrative = body.fields.illustrative || members.iter().any(|m| m.illustrative);
    let can_edit = visitor.may(Action::EditBody(id));
    let audit = store
        .body_history(id, can_edit)
        .await?
        .iter()
        .map(|e| audit_row(&t, e))
        .collect();
    // The schedule: the meetings and, on the same timeline, the body's reporting deadline.
    let mut timeline: Vec<(time::Date, MeetingRow)> = store
        .meetings(id)
        .await?
        .iter()
        .map(|m| (m.fields.starts_on, meeting_row(&t, m)))
        .collect();
    if let Some(deadline) = body.fields.reporting_deadline {
        let row = MeetingRow {
            id: 0,
            number: String::new(),
            title: t.get("timeline-deadline"),
            lang: t.lang().to_owned(),
            when: t.date(deadline),
            venue: body.fields.reporting_target.clone().unwrap_or_default(),
            state: String::new(),
        };
        timeline.push((deadline, row));
    }
    timeline.sort_by_key(|(day, _)| *day);
    let meetings: Vec<MeetingRow> = timeline.into_iter().map(|(_, row)| row).collect();
    let documents = crate::common::summaries::document_rows(&t, &store.documents(id).await?);
    let page = BodyPage {
        topics: crate::common::summaries::topic_rows(&t, &state, &body).await?,
        calls: crate::common::summaries::call_rows(&t, &visitor, &state, &body).await?,
        can_manage_topics: visitor.may(Action::ManageTopics(body.id)),
        texts: crate::common::summaries::text_rows(&t, &state, &body).await?,
        conversations: concord_store::OpinionStore::conversations(&state.store, body.id).await?,
        can_draft_texts: visitor.may(Action::DraftTexts(body.id)),
        documents,
        meetings,
        can_edit,
        can_manage: visitor.may(Action::ManageComposition(id)),
        can_create_sub: visitor.may(Action::CreateSubBody(id)),
        audit,
        dates: t.date_range(body.fields.start_date, body.fields.end_date),
        deadline: body.fields.reporting_deadline.map(|d| t.date(d)),
        reference_day: t.date(day),
        body,
        parent,
        reports_to,
        children,
        balance,
        stakeholder_labels: StakeholderGroup::ALL
            .iter()
            .map(|g| t.code("stakeholder-group", g.code()))
            .collect(),
        matrix_rows,
        matrix_totals: matrix.column_totals,
        matrix_total: matrix.total,
        members,
        history,
        any_illustrative,
        t,
    };
    Ok(Html(page.render()?))
}

/// A quota's label: the group's name in the visitor's language when the secretariat kept the
/// default label, else the label as written.
fn quota_label(t: &Tr, quota: &QuotaFields) -> String {
    match &quota.kind {
        QuotaKind::RegionalGroup { regional_group } if quota.label == regional_group.label() => {
            t.code("regional-group", regional_group.code())
        }
        QuotaKind::StakeholderGroup { stakeholder_group }
            if quota.label == stakeholder_group.label() =>
        {
            t.code("stakeholder-group", stakeholder_group.code())
        }
        _ => quota.label.clone(),
    }
}
