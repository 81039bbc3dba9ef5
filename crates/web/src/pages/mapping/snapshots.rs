//! The snapshots a mapping issued — the update reports, the initial output, the final compiled
//! document — each as it stood that day, and the differences between two of them.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use concord_domain::access::Action;
use concord_domain::body::Body;
use concord_domain::mapping::{compare, SnapshotChange, SnapshotForm, SnapshotKind};
use concord_store::{Exercise, Snapshot, SnapshotStore, SnapshotSummary};
use serde::Deserialize;

use super::load_exercise;
use crate::auth::Visitor;
use crate::common::{missing, page_id};
use crate::error::PageError;
use crate::forms::{answer, opt, CsrfForm, FormErrors, Posted, Refusal, Values};
use crate::i18n::Tr;
use crate::AppState;

#[derive(Template)]
#[template(path = "mapping/snapshots.html")]
struct SnapshotsPage {
    t: Tr,
    exercise: Exercise,
    body: Body,
    snapshots: Vec<SnapshotSummary>,
    kinds: Vec<(String, String)>,
    values: Values,
    csrf: String,
    can_issue: bool,
    errors: FormErrors,
}

async fn snapshots_page(
    t: Tr,
    visitor: &Visitor,
    state: &AppState,
    (exercise, body): (Exercise, Body),
    values: Values,
    errors: FormErrors,
) -> Result<Response, PageError> {
    let page = SnapshotsPage {
        snapshots: state.store.snapshots(exercise.id).await?,
        kinds: SnapshotKind::ALL
            .iter()
            .map(|k| (k.code().to_owned(), t.code("snapshot-kind", k.code())))
            .collect(),
        values,
        csrf: visitor.csrf.clone(),
        can_issue: visitor.may(Action::CoordinateMapping(body.id)),
        errors,
        t,
        exercise,
        body,
    };
    Ok(Html(page.render()?).into_response())
}

/// The snapshots issued, and the forms that issue one and compare two.
pub(crate) async fn list(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> Result<Response, PageError> {
    let scope = load_exercise(&state, &raw).await?;
    snapshots_page(
        t,
        &visitor,
        &state,
        scope,
        Values::new(),
        FormErrors::default(),
    )
    .await
}

/// Issues a snapshot of the matrix as it stands.
pub(crate) async fn issue(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    CsrfForm(post): CsrfForm<Posted>,
) -> Result<Response, PageError> {
    let (exercise, body) = load_exercise(&state, &raw).await?;
    visitor.require(Action::CoordinateMapping(body.id))?;
    let form = SnapshotForm {
        kind: opt(&post.values, "kind"),
        title: opt(&post.values, "title"),
        issued_on: opt(&post.values, "issued_on"),
    };
    let outcome = match form.parse() {
        Ok(fields) => state
            .store
            .issue_snapshot(&visitor.audit_actor(), exercise.id, &fields)
            .await
            .map_err(Refusal::from),
        Err(invalid) => Err(invalid.into()),
    };
    let id = exercise.id;
    answer(
        &t,
        outcome,
        |s| format!("/mapping/{id}/snapshots/{}", s.id),
        async |errors| {
            let mut page = snapshots_page(
                t.clone(),
                &visitor,
                &state,
                (exercise, body),
                post.values,
                errors,
            )
            .await?;
            *page.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
            Ok(page)
        },
    )
    .await
}

#[derive(Template)]
#[template(path = "mapping/snapshot.html")]
struct SnapshotPage {
    t: Tr,
    exercise: Exercise,
    snapshot: Snapshot,
}

/// A snapshot as it was issued.
pub(crate) async fn show(
    t: Tr,
    State(state): State<AppState>,
    Path((raw, snapshot_raw)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let (exercise, _) = load_exercise(&state, &raw).await?;
    let id = page_id(&snapshot_raw, "error-no-snapshot")?;
    let snapshot = state
        .store
        .snapshot(exercise.id, id)
        .await?
        .ok_or_else(|| missing("error-no-snapshot", id))?;
    let page = SnapshotPage {
        t,
        exercise,
        snapshot,
    };
    Ok(Html(page.render()?).into_response())
}

#[derive(Deserialize, Default)]
pub(crate) struct CompareQuery {
    from: Option<String>,
    to: Option<String>,
}

#[derive(Template)]
#[template(path = "mapping/compare.html")]
struct ComparePage {
    t: Tr,
    exercise: Exercise,
    earlier: SnapshotSummary,
    later: SnapshotSummary,
    changes: Vec<SnapshotChange>,
}

/// What changed between two snapshots.
pub(crate) async fn compare_two(
    t: Tr,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    Query(query): Query<CompareQuery>,
) -> Result<Response, PageError> {
    let (exercise, _) = load_exercise(&state, &raw).await?;
    let pick = async |value: Option<String>| -> Result<Snapshot, PageError> {
        let raw = value.unwrap_or_default();
        let id = page_id(&raw, "error-no-snapshot")?;
        state
            .store
            .snapshot(exercise.id, id)
            .await?
            .ok_or_else(|| missing("error-no-snapshot", id))
    };
    let earlier = pick(query.from).await?;
    let later = pick(query.to).await?;
    let page = ComparePage {
        changes: compare(&earlier.matrix, &later.matrix),
        t,
        earlier: earlier.summary,
        later: later.summary,
        exercise,
    };
    Ok(Html(page.render()?).into_response())
}
