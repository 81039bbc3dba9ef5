//! The registry of mechanisms: the list everyone may read, a page per mechanism with the issues
//! it was assessed against, and the forms that add and edit one.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use concord_domain::access::Action;
use std::collections::hash_map::Entry;
use std::collections::HashMap;

use concord_domain::ids::{ExerciseId, MechanismId};
use concord_domain::mapping::{Access, Mechanism, MechanismForm, MechanismKind, Participants};
use concord_store::{
    Exercise, MappingStore, PartyStore, PolicyIssue, PolicyIssueStore, RegistryStore,
};

use crate::auth::Visitor;
use crate::common::{missing, page_id};
use crate::error::PageError;
use crate::forms::{
    answer, code_options, input, none_option, opt, render, select, CsrfForm, Field, FormErrors,
    FormSpec, Posted, Refusal, Values,
};
use crate::i18n::Tr;
use crate::AppState;

#[derive(Template)]
#[template(path = "mapping/registry.html")]
struct RegistryPage {
    t: Tr,
    mechanisms: Vec<Mechanism>,
    can_edit: bool,
}

/// The registry.
pub(crate) async fn list(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
) -> Result<Response, PageError> {
    let page = RegistryPage {
        t,
        mechanisms: state.store.mechanisms().await?,
        can_edit: visitor.may(Action::EditRegistry),
    };
    Ok(Html(page.render()?).into_response())
}

/// A row naming the mechanism, as its page lists it.
struct Assessed {
    exercise: String,
    link: String,
    issue: String,
    status: String,
    status_code: &'static str,
    state: String,
    by: String,
}

#[derive(Template)]
#[template(path = "mapping/mechanism.html")]
struct MechanismPage {
    t: Tr,
    mechanism: Mechanism,
    parent: Option<(String, String)>,
    assessed: Vec<Assessed>,
    can_edit: bool,
}

async fn load_mechanism(state: &AppState, raw: &str) -> Result<Mechanism, PageError> {
    let id = MechanismId(page_id(raw, "error-no-mechanism")?);
    state
        .store
        .mechanism(id)
        .await?
        .ok_or_else(|| missing("error-no-mechanism", id))
}

/// A mechanism: what the registry records and which issues it was assessed against, by whom.
pub(crate) async fn show(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> Result<Response, PageError> {
    let mechanism = load_mechanism(&state, &raw).await?;
    let parent = match mechanism.fields.parent_organization_id {
        Some(id) => state
            .store
            .organization(id)
            .await?
            .map(|o| (format!("/organizations/{}", o.id), o.fields.name)),
        None => None,
    };
    let mut assessed = Vec::new();
    // Each exercise and its issues are read once, however many rows name the mechanism there.
    let mut exercises: HashMap<ExerciseId, Option<(Exercise, Vec<PolicyIssue>)>> = HashMap::new();
    for row in state.store.rows_of_mechanism(mechanism.id).await? {
        if let Entry::Vacant(slot) = exercises.entry(row.exercise_id) {
            let read = match state.store.exercise(row.exercise_id).await? {
                Some(exercise) => {
                    let issues = state.store.policy_issues(exercise.call_id).await?;
                    Some((exercise, issues))
                }
                None => None,
            };
            slot.insert(read);
        }
        let Some(Some((exercise, issues))) = exercises.get(&row.exercise_id) else {
            continue;
        };
        let Some(issue) = issues.iter().find(|i| i.id == row.issue_id) else {
            continue;
        };
        assessed.push(Assessed {
            exercise: exercise.title.clone(),
            link: format!("/mapping/{}/issues/{}", exercise.id, issue.id),
            issue: format!("I{} {}", issue.number, issue.title),
            status: t.code("mapping-status", row.status.code()),
            status_code: row.status.code(),
            state: t.code("row-state", row.state.code()),
            by: row.assessed_by,
        });
    }
    let page = MechanismPage {
        t,
        mechanism,
        parent,
        assessed,
        can_edit: visitor.may(Action::EditRegistry),
    };
    Ok(Html(page.render()?).into_response())
}

async fn mechanism_fields(
    t: &Tr,
    state: &AppState,
    values: &Values,
) -> Result<Vec<Field>, PageError> {
    let organizations = std::iter::once(none_option(t))
        .chain(
            state
                .store
                .organizations()
                .await?
                .into_iter()
                .map(|o| (o.id.to_string(), o.fields.name)),
        )
        .collect();
    Ok(vec![
        input(t, "name", "field-name", "text", values),
        input(t, "acronym", "field-acronym", "text", values),
        select(
            t,
            "kind",
            "field-mechanism-kind",
            code_options(t, "mechanism-kind", MechanismKind::ALL, MechanismKind::code),
            values,
        ),
        select(
            t,
            "parent_organization_id",
            "field-parent-organization",
            organizations,
            values,
        ),
        Field::textarea(t, "scope", "field-scope", values),
        select(
            t,
            "participants",
            "field-participants",
            code_options(t, "participants", Participants::ALL, Participants::code),
            values,
        ),
        select(
            t,
            "access",
            "field-access",
            code_options(t, "access", Access::ALL, Access::code),
            values,
        ),
        input(t, "decides_by", "field-decides-by", "text", values),
        input(
            t,
            "founding_instrument",
            "field-founding-instrument",
            "text",
            values,
        ),
        input(t, "website", "field-website", "url", values),
        Field::textarea(t, "sources", "field-sources", values),
        input(t, "lang", "field-lang", "text", values),
        Field::checkbox(t, "illustrative", "field-illustrative", values),
    ])
}

fn form_of(values: &Values) -> MechanismForm {
    MechanismForm {
        name: opt(values, "name"),
        acronym: opt(values, "acronym"),
        kind: opt(values, "kind"),
        parent_organization_id: opt(values, "parent_organization_id"),
        scope: opt(values, "scope"),
        participants: opt(values, "participants"),
        access: opt(values, "access"),
        decides_by: opt(values, "decides_by"),
        founding_instrument: opt(values, "founding_instrument"),
        website: opt(values, "website"),
        sources: opt(values, "sources"),
        lang: opt(values, "lang"),
        illustrative: opt(values, "illustrative"),
    }
}

fn spec<'a>(t: &'a Tr, editing: Option<&Mechanism>) -> FormSpec<'a> {
    match editing {
        None => FormSpec {
            title: t.get("mechanism-new"),
            action: "/mechanisms/new".into(),
            submit: t.get("mechanism-add"),
            back: Some(("/mechanisms".into(), t.get("registry-title"))),
            t,
        },
        Some(m) => FormSpec {
            title: t.arg("mechanism-edit-title", "name", &m.fields.name),
            action: format!("/mechanisms/{}/edit", m.id),
            submit: t.get("form-save"),
            back: Some((format!("/mechanisms/{}", m.id), m.fields.name.clone())),
            t,
        },
    }
}

/// The form adding a mechanism.
pub(crate) async fn new_form(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
) -> Result<Response, PageError> {
    visitor.require(Action::EditRegistry)?;
    let values: Values = [("lang".to_owned(), "en".to_owned())].into();
    let fields = mechanism_fields(&t, &state, &values).await?;
    render(
        spec(&t, None),
        &visitor,
        fields,
        FormErrors::default(),
        StatusCode::OK,
    )
}

/// Adds a mechanism.
pub(crate) async fn create(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    CsrfForm(post): CsrfForm<Posted>,
) -> Result<Response, PageError> {
    visitor.require(Action::EditRegistry)?;
    let outcome = match form_of(&post.values).parse() {
        Ok(fields) => state
            .store
            .create_mechanism(&visitor.audit_actor(), &fields)
            .await
            .map_err(Refusal::from),
        Err(invalid) => Err(invalid.into()),
    };
    answer(
        &t,
        outcome,
        |m| format!("/mechanisms/{}", m.id),
        async |errors| {
            let fields = mechanism_fields(&t, &state, &post.values).await?;
            render(
                spec(&t, None),
                &visitor,
                fields,
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        },
    )
    .await
}

fn values_of(m: &Mechanism) -> Values {
    let f = &m.fields;
    let mut values: Values = [
        ("name", f.name.clone()),
        ("acronym", f.acronym.clone().unwrap_or_default()),
        ("kind", f.kind.code().to_owned()),
        (
            "parent_organization_id",
            f.parent_organization_id
                .map(|o| o.to_string())
                .unwrap_or_default(),
        ),
        ("scope", f.scope.clone()),
        ("participants", f.participants.code().to_owned()),
        ("access", f.access.code().to_owned()),
        ("decides_by", f.decides_by.clone().unwrap_or_default()),
        (
            "founding_instrument",
            f.founding_instrument.clone().unwrap_or_default(),
        ),
        ("website", f.website.clone().unwrap_or_default()),
        ("sources", f.sources.join("\n")),
        ("lang", f.lang.clone()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect();
    if f.illustrative {
        values.insert("illustrative".into(), "true".into());
    }
    values
}

/// The form editing a mechanism.
pub(crate) async fn edit_form(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> Result<Response, PageError> {
    visitor.require(Action::EditRegistry)?;
    let mechanism = load_mechanism(&state, &raw).await?;
    let fields = mechanism_fields(&t, &state, &values_of(&mechanism)).await?;
    render(
        spec(&t, Some(&mechanism)),
        &visitor,
        fields,
        FormErrors::default(),
        StatusCode::OK,
    )
}

/// Changes what the registry records of a mechanism.
pub(crate) async fn edit(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    CsrfForm(post): CsrfForm<Posted>,
) -> Result<Response, PageError> {
    visitor.require(Action::EditRegistry)?;
    let mechanism = load_mechanism(&state, &raw).await?;
    let outcome = match form_of(&post.values).parse() {
        Ok(fields) => state
            .store
            .update_mechanism(&visitor.audit_actor(), mechanism.id, &fields)
            .await
            .map_err(Refusal::from),
        Err(invalid) => Err(invalid.into()),
    };
    answer(
        &t,
        outcome,
        |m| format!("/mechanisms/{}", m.id),
        async |errors| {
            let fields = mechanism_fields(&t, &state, &post.values).await?;
            render(
                spec(&t, Some(&mechanism)),
                &visitor,
                fields,
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        },
    )
    .await
}
