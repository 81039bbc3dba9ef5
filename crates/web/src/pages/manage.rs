//! The secretariat's forms: bodies (create, edit, move along the lifecycle), seats,
//! memberships, invitations, people and organisations. Every form is checked by the same
//! domain rules as the API, every problem is shown next to its field in the visitor's
//! language, and every change goes to the audit log under the visitor's name.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use concord_domain::access::Action;
use concord_domain::body::{Body, BodyForm, BodyType, DecisionRule, Lifecycle, Openness};
use concord_domain::composition::{MembershipForm, QuotaForm, QuotaKind, Role};
use concord_domain::dates::{format_date, parse_optional_date};
use concord_domain::ids::{BodyId, OrganizationId, PersonId};
use concord_domain::party::{OrganizationForm, PersonForm};
use concord_domain::reference::{states, RegionalGroup};
use concord_domain::stakeholder::{EcosocStatus, StakeholderGroup, SUB_CATEGORIES};
use concord_domain::Invalid;
use concord_store::{BodyStore, CompositionStore, PartyStore, StoreError};
use serde::Deserialize;
use std::collections::HashMap;

use super::{load_body, missing, page_id, see_other};
use crate::auth::Visitor;
use crate::error::PageError;
use crate::forms::{FormBody, FormErrors};
use crate::i18n::Tr;
use crate::AppState;

mod composition;
pub(in crate::pages) use composition::{
    create_membership, create_quota, new_membership_form, new_quota_form,
};
mod parties;
pub(in crate::pages) use parties::{
    create_organization, create_person, edit_organization, edit_organization_form, edit_person,
    edit_person_form, new_organization_form, new_person_form,
};
mod invitations;
pub(in crate::pages) use invitations::{invite, invite_form};
mod composition_edits;
pub(in crate::pages) use composition_edits::{
    edit_membership, edit_membership_form, edit_quota, edit_quota_form,
};

impl Field {
    /// A checkbox sending `true` when ticked.
    pub(super) fn checkbox(t: &Tr, name: &'static str, label: &str, values: &Values) -> Field {
        Field {
            name,
            label: t.get(label),
            kind: FieldKind::Checkbox,
            value: value(values, name),
            hint: String::new(),
        }
    }

    /// A `<textarea>` field.
    pub(super) fn textarea(t: &Tr, name: &'static str, label: &str, values: &Values) -> Field {
        Field {
            name,
            label: t.get(label),
            kind: FieldKind::TextArea,
            value: value(values, name),
            hint: String::new(),
        }
    }
}

/// How a field is entered.
pub(crate) enum FieldKind {
    /// `<input type=…>`.
    Input(&'static str),
    /// `<textarea>`.
    TextArea,
    /// `<select>` with (value, label) options.
    Select(Vec<(String, String)>),
    /// A checkbox sending `true`.
    Checkbox,
}

/// One field of a form.
pub(crate) struct Field {
    name: &'static str,
    label: String,
    kind: FieldKind,
    value: String,
    hint: String,
}

#[derive(Template)]
#[template(path = "admin/form.html")]
struct FormPage {
    t: Tr,
    title: String,
    action: String,
    csrf: String,
    fields: Vec<Field>,
    errors: FormErrors,
    submit: String,
    back: Option<(String, String)>,
}

/// The values a form was filled with, by field name.
pub(super) type Values = HashMap<String, String>;

fn value(values: &Values, name: &str) -> String {
    values.get(name).cloned().unwrap_or_default()
}

pub(super) fn opt(values: &Values, name: &str) -> Option<String> {
    values
        .get(name)
        .map(|v| v.trim().to_owned())
        .filter(|v| !v.is_empty())
}

fn opt_id(values: &Values, name: &str) -> Result<Option<i64>, Invalid> {
    match opt(values, name) {
        None => Ok(None),
        Some(v) => v.parse::<i64>().map(Some).map_err(|_| {
            Invalid::one(
                name,
                "unknown_value",
                format!("“{v}” is not a choice of this list"),
            )
        }),
    }
}

pub(super) struct FormSpec<'a> {
    pub(super) title: String,
    pub(super) action: String,
    pub(super) submit: String,
    pub(super) back: Option<(String, String)>,
    pub(super) t: &'a Tr,
}

pub(super) fn render(
    spec: FormSpec<'_>,
    visitor: &Visitor,
    fields: Vec<Field>,
    errors: FormErrors,
    status: StatusCode,
) -> Result<Response, PageError> {
    let page = FormPage {
        t: spec.t.clone(),
        title: spec.title,
        action: spec.action,
        csrf: visitor.csrf.clone(),
        fields,
        errors,
        submit: spec.submit,
        back: spec.back,
    };
    Ok((status, Html(page.render()?)).into_response())
}

pub(super) fn input(
    t: &Tr,
    name: &'static str,
    label: &str,
    kind: &'static str,
    values: &Values,
) -> Field {
    Field {
        name,
        label: t.get(label),
        kind: FieldKind::Input(kind),
        value: value(values, name),
        hint: String::new(),
    }
}

pub(super) fn select(
    t: &Tr,
    name: &'static str,
    label: &str,
    options: Vec<(String, String)>,
    values: &Values,
) -> Field {
    Field {
        name,
        label: t.get(label),
        kind: FieldKind::Select(options),
        value: value(values, name),
        hint: String::new(),
    }
}

pub(super) fn with_hint(mut field: Field, hint: String) -> Field {
    field.hint = hint;
    field
}

fn none_option(t: &Tr) -> (String, String) {
    (String::new(), t.get("form-none"))
}

fn code_options<T: Copy>(
    t: &Tr,
    kind: &str,
    all: &[T],
    code: fn(T) -> &'static str,
) -> Vec<(String, String)> {
    all.iter()
        .map(|v| (code(*v).to_owned(), t.code(kind, code(*v))))
        .collect()
}

fn body_options(t: &Tr, bodies: &[Body], except: Option<BodyId>) -> Vec<(String, String)> {
    std::iter::once(none_option(t))
        .chain(bodies.iter().filter(|b| Some(b.id) != except).map(|b| {
            (
                b.id.to_string(),
                format!("{} — {}", b.fields.acronym, b.fields.name),
            )
        }))
        .collect()
}

fn country_options(t: &Tr) -> Vec<(String, String)> {
    let mut options: Vec<(String, String)> = states()
        .iter()
        .map(|s| (s.iso2.to_owned(), t.state(s)))
        .collect();
    options.sort_by(|a, b| a.1.cmp(&b.1));
    std::iter::once(none_option(t)).chain(options).collect()
}

/// A move to a new state on a date, with a note — what the lifecycle and agenda-adoption forms
/// submit. `parse` reads the state's code; `expected` lists the codes for the error message.
pub(super) fn dated_move<S>(
    values: &Values,
    (state_field, date_field): (&str, &str),
    parse: impl Fn(&str) -> Option<S>,
    expected: String,
) -> Result<(S, Option<time::Date>, Option<String>), Invalid> {
    let code = opt(values, state_field).unwrap_or_default();
    let to = parse(&code).ok_or_else(|| {
        Invalid::one(
            state_field,
            "unknown_value",
            format!("“{code}” is not one of: {expected}"),
        )
    })?;
    let on = parse_optional_date(date_field, values.get(date_field).map(String::as_str))
        .map_err(|e| Invalid { errors: vec![e] })?;
    let note =
        concord_domain::text::optional("note", values.get("note").map(String::as_str), 2_000)
            .map_err(|e| Invalid { errors: vec![e] })?;
    Ok((to, on, note))
}

pub(super) fn store_or_form(error: StoreError) -> Result<Invalid, PageError> {
    match error {
        StoreError::Invalid(invalid) => Ok(invalid),
        other => Err(other.into()),
    }
}

// ---------------------------------------------------------------- bodies

fn body_values(body: &Body) -> Values {
    let f = &body.fields;
    let mut v = Values::new();
    v.insert("name".into(), f.name.clone());
    v.insert("acronym".into(), f.acronym.clone());
    v.insert("body_type".into(), f.body_type.code().into());
    v.insert(
        "parent_id".into(),
        f.parent_id.map(|p| p.to_string()).unwrap_or_default(),
    );
    v.insert(
        "mandate_symbol".into(),
        f.mandate.symbol.clone().unwrap_or_default(),
    );
    v.insert(
        "mandate_paragraph".into(),
        f.mandate.paragraph.clone().unwrap_or_default(),
    );
    v.insert(
        "mandate_text".into(),
        f.mandate.text.clone().unwrap_or_default(),
    );
    v.insert("mandate_lang".into(), f.mandate.lang.clone());
    v.insert(
        "reports_to_id".into(),
        f.reports_to_id.map(|p| p.to_string()).unwrap_or_default(),
    );
    v.insert(
        "reporting_target".into(),
        f.reporting_target.clone().unwrap_or_default(),
    );
    v.insert(
        "reporting_deadline".into(),
        f.reporting_deadline.map(format_date).unwrap_or_default(),
    );
    v.insert("decision_rule".into(), f.decision_rule.code().into());
    v.insert("openness".into(), f.openness.code().into());
    v.insert(
        "start_date".into(),
        f.start_date.map(format_date).unwrap_or_default(),
    );
    v.insert(
        "end_date".into(),
        f.end_date.map(format_date).unwrap_or_default(),
    );
    v.insert(
        "description".into(),
        f.description.clone().unwrap_or_default(),
    );
    v.insert("lang".into(), f.lang.clone());
    v
}

fn body_fields(t: &Tr, values: &Values, bodies: &[Body], editing: Option<BodyId>) -> Vec<Field> {
    vec![
        input(t, "name", "field-body-name", "text", values),
        with_hint(
            input(t, "acronym", "field-acronym", "text", values),
            t.get("field-acronym-hint"),
        ),
        select(
            t,
            "body_type",
            "fact-type",
            code_options(t, "body-type", BodyType::ALL, BodyType::code),
            values,
        ),
        select(
            t,
            "parent_id",
            "field-parent",
            body_options(t, bodies, editing),
            values,
        ),
        input(t, "mandate_symbol", "field-mandate-symbol", "text", values),
        input(
            t,
            "mandate_paragraph",
            "field-mandate-paragraph",
            "text",
            values,
        ),
        Field {
            name: "mandate_text",
            label: t.get("field-mandate-text"),
            kind: FieldKind::TextArea,
            value: value(values, "mandate_text"),
            hint: String::new(),
        },
        with_hint(
            input(t, "mandate_lang", "field-mandate-lang", "text", values),
            t.get("field-lang-hint"),
        ),
        select(
            t,
            "reports_to_id",
            "fact-reports-to",
            body_options(t, bodies, editing),
            values,
        ),
        input(
            t,
            "reporting_target",
            "field-reporting-target",
            "text",
            values,
        ),
        input(
            t,
            "reporting_deadline",
            "fact-reporting-deadline",
            "date",
            values,
        ),
        select(
            t,
            "decision_rule",
            "fact-decision-rule",
            code_options(t, "decision-rule", DecisionRule::ALL, DecisionRule::code),
            values,
        ),
        select(
            t,
            "openness",
            "fact-openness",
            code_options(t, "openness", Openness::ALL, Openness::code),
            values,
        ),
        input(t, "start_date", "field-start-date", "date", values),
        input(t, "end_date", "field-end-date", "date", values),
        Field {
            name: "description",
            label: t.get("field-description"),
            kind: FieldKind::TextArea,
            value: value(values, "description"),
            hint: String::new(),
        },
        with_hint(
            input(t, "lang", "field-lang", "text", values),
            t.get("field-lang-hint"),
        ),
    ]
}

fn body_form(values: &Values) -> Result<BodyForm, Invalid> {
    Ok(BodyForm {
        name: opt(values, "name"),
        acronym: opt(values, "acronym"),
        body_type: opt(values, "body_type"),
        parent_id: opt_id(values, "parent_id")?,
        mandate_symbol: opt(values, "mandate_symbol"),
        mandate_paragraph: opt(values, "mandate_paragraph"),
        mandate_text: opt(values, "mandate_text"),
        mandate_lang: opt(values, "mandate_lang"),
        reports_to_id: opt_id(values, "reports_to_id")?,
        reporting_target: opt(values, "reporting_target"),
        reporting_deadline: opt(values, "reporting_deadline"),
        decision_rule: opt(values, "decision_rule"),
        openness: opt(values, "openness"),
        start_date: opt(values, "start_date"),
        end_date: opt(values, "end_date"),
        description: opt(values, "description"),
        lang: opt(values, "lang"),
        illustrative: None,
    })
}

/// `?parent=ID` for a new sub-group.
#[derive(Deserialize)]
pub(super) struct ParentQuery {
    parent: Option<i64>,
}

fn create_action(parent: Option<BodyId>) -> Action {
    parent.map_or(Action::CreateTopLevelBody, Action::CreateSubBody)
}

pub(super) async fn new_body_form(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Query(q): Query<ParentQuery>,
) -> Result<Response, PageError> {
    let parent = q.parent.map(BodyId);
    visitor.require(create_action(parent))?;
    let bodies = state.store.bodies().await?;
    let mut values = Values::new();
    values.insert(
        "parent_id".into(),
        parent.map(|p| p.to_string()).unwrap_or_default(),
    );
    values.insert("lang".into(), "en".into());
    values.insert("mandate_lang".into(), "en".into());
    let spec = FormSpec {
        title: t.get("admin-new-body"),
        action: "/bodies/new".into(),
        submit: t.get("form-create"),
        back: None,
        t: &t,
    };
    render(
        spec,
        &visitor,
        body_fields(&t, &values, &bodies, None),
        FormErrors::default(),
        StatusCode::OK,
    )
}

/// A submitted form: its CSRF token and every other field by name.
#[derive(Deserialize)]
pub(super) struct Posted {
    #[serde(default)]
    pub(super) csrf: String,
    #[serde(flatten)]
    pub(super) values: Values,
}

pub(super) async fn create_body(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    FormBody(post): FormBody<Posted>,
) -> Result<Response, PageError> {
    let parent = opt_id(&post.values, "parent_id").ok().flatten().map(BodyId);
    visitor.require(create_action(parent))?;
    visitor.check_csrf(&post.csrf)?;
    let outcome = match body_form(&post.values).and_then(|f| f.parse()) {
        Ok(fields) => state
            .store
            .create_body(&visitor.audit_actor(), &fields, Lifecycle::Mandated)
            .await
            .map_err(store_or_form),
        Err(invalid) => Err(Ok(invalid)),
    };
    match outcome {
        Ok(body) => Ok(see_other(&format!("/bodies/{}", body.id))),
        Err(Err(error)) => Err(error),
        Err(Ok(invalid)) => {
            let bodies = state.store.bodies().await?;
            let errors = FormErrors::from_invalid(&t, &invalid);
            let spec = FormSpec {
                title: t.get("admin-new-body"),
                action: "/bodies/new".into(),
                submit: t.get("form-create"),
                back: None,
                t: &t,
            };
            render(
                spec,
                &visitor,
                body_fields(&t, &post.values, &bodies, None),
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        }
    }
}

fn back_to(body: &Body) -> Option<(String, String)> {
    Some((format!("/bodies/{}", body.id), body.fields.acronym.clone()))
}

pub(super) async fn edit_body_form(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> Result<Response, PageError> {
    let body = load_body(&state, &raw).await?;
    visitor.require(Action::EditBody(body.id))?;
    let bodies = state.store.bodies().await?;
    let spec = FormSpec {
        title: t.arg("admin-edit", "name", &body.fields.acronym),
        action: format!("/bodies/{}/edit", body.id),
        submit: t.get("form-save"),
        back: back_to(&body),
        t: &t,
    };
    render(
        spec,
        &visitor,
        body_fields(&t, &body_values(&body), &bodies, Some(body.id)),
        FormErrors::default(),
        StatusCode::OK,
    )
}

pub(super) async fn edit_body(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    FormBody(post): FormBody<Posted>,
) -> Result<Response, PageError> {
    let body = load_body(&state, &raw).await?;
    visitor.require(Action::EditBody(body.id))?;
    visitor.check_csrf(&post.csrf)?;
    let outcome = match body_form(&post.values).and_then(|f| f.parse()) {
        Ok(mut fields) => {
            fields.illustrative = body.fields.illustrative;
            state
                .store
                .update_body(&visitor.audit_actor(), body.id, &fields)
                .await
                .map_err(store_or_form)
        }
        Err(invalid) => Err(Ok(invalid)),
    };
    match outcome {
        Ok(updated) => Ok(see_other(&format!("/bodies/{}", updated.id))),
        Err(Err(error)) => Err(error),
        Err(Ok(invalid)) => {
            let bodies = state.store.bodies().await?;
            let spec = FormSpec {
                title: t.arg("admin-edit", "name", &body.fields.acronym),
                action: format!("/bodies/{}/edit", body.id),
                submit: t.get("form-save"),
                back: back_to(&body),
                t: &t,
            };
            let errors = FormErrors::from_invalid(&t, &invalid);
            render(
                spec,
                &visitor,
                body_fields(&t, &post.values, &bodies, Some(body.id)),
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        }
    }
}

fn lifecycle_fields(t: &Tr, body: &Body, values: &Values) -> Vec<Field> {
    let options = body
        .lifecycle
        .next_states()
        .iter()
        .map(|s| (s.code().to_owned(), t.code("lifecycle", s.code())))
        .collect();
    vec![
        select(t, "to", "field-lifecycle-to", options, values),
        input(t, "on", "field-lifecycle-on", "date", values),
        Field {
            name: "note",
            label: t.get("field-lifecycle-note"),
            kind: FieldKind::TextArea,
            value: value(values, "note"),
            hint: String::new(),
        },
    ]
}

fn lifecycle_spec<'a>(t: &'a Tr, body: &Body) -> FormSpec<'a> {
    FormSpec {
        title: t.arg("admin-lifecycle", "name", &body.fields.acronym),
        action: format!("/bodies/{}/lifecycle", body.id),
        submit: t.get("form-save"),
        back: back_to(body),
        t,
    }
}

pub(super) async fn lifecycle_form(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> Result<Response, PageError> {
    let body = load_body(&state, &raw).await?;
    visitor.require(Action::EditBody(body.id))?;
    let fields = lifecycle_fields(&t, &body, &Values::new());
    render(
        lifecycle_spec(&t, &body),
        &visitor,
        fields,
        FormErrors::default(),
        StatusCode::OK,
    )
}

pub(super) async fn change_lifecycle(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    FormBody(post): FormBody<Posted>,
) -> Result<Response, PageError> {
    let body = load_body(&state, &raw).await?;
    visitor.require(Action::EditBody(body.id))?;
    visitor.check_csrf(&post.csrf)?;
    let parsed = dated_move(
        &post.values,
        ("to", "on"),
        Lifecycle::parse,
        Lifecycle::expected(),
    );
    let outcome = match parsed {
        Ok((to, on, note)) => state
            .store
            .change_lifecycle(&visitor.audit_actor(), body.id, to, on, note.as_deref())
            .await
            .map_err(store_or_form),
        Err(invalid) => Err(Ok(invalid)),
    };
    match outcome {
        Ok(_) => Ok(see_other(&format!("/bodies/{}", body.id))),
        Err(Err(error)) => Err(error),
        Err(Ok(invalid)) => {
            let errors = FormErrors::from_invalid(&t, &invalid);
            let fields = lifecycle_fields(&t, &body, &post.values);
            render(
                lifecycle_spec(&t, &body),
                &visitor,
                fields,
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        }
    }
}
