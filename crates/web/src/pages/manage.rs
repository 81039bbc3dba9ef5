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

// ---------------------------------------------------------------- seats

fn quota_fields(t: &Tr, values: &Values) -> Vec<Field> {
    let kinds = vec![
        (
            "regional_group".to_owned(),
            t.get("quota-kind-regional_group"),
        ),
        (
            "stakeholder_group".to_owned(),
            t.get("quota-kind-stakeholder_group"),
        ),
        (
            "designated_states".to_owned(),
            t.get("quota-kind-designated_states"),
        ),
    ];
    let regional = std::iter::once(none_option(t))
        .chain(
            RegionalGroup::ALL
                .iter()
                .map(|g| (g.code().to_owned(), t.code("regional-group", g.code()))),
        )
        .collect();
    let stakeholder = std::iter::once(none_option(t))
        .chain(
            StakeholderGroup::ALL
                .iter()
                .map(|g| (g.code().to_owned(), t.code("stakeholder-group", g.code()))),
        )
        .collect();
    vec![
        select(t, "kind", "field-quota-kind", kinds, values),
        select(t, "regional_group", "col-regional-group", regional, values),
        select(
            t,
            "stakeholder_group",
            "col-stakeholder-group",
            stakeholder,
            values,
        ),
        with_hint(
            input(t, "states", "field-designated-states", "text", values),
            t.get("field-designated-states-hint"),
        ),
        input(t, "seats", "col-seats", "number", values),
        with_hint(
            input(t, "label", "field-quota-label", "text", values),
            t.get("field-quota-label-hint"),
        ),
        Field::checkbox(t, "hard", "field-quota-hard", values),
    ]
}

fn quota_form(values: &Values) -> Result<QuotaForm, Invalid> {
    let seats = match opt(values, "seats") {
        None => None,
        Some(v) => Some(v.parse::<i64>().map_err(|_| {
            Invalid::one(
                "seats",
                "out_of_range",
                "The number of seats is between 1 and 500",
            )
        })?),
    };
    Ok(QuotaForm {
        label: opt(values, "label"),
        kind: opt(values, "kind"),
        regional_group: opt(values, "regional_group"),
        stakeholder_group: opt(values, "stakeholder_group"),
        states: opt(values, "states")
            .map(|s| {
                s.split([',', ' '])
                    .filter(|c| !c.is_empty())
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default(),
        seats,
        hard: Some(values.get("hard").is_some_and(|v| v == "true")),
    })
}

fn quota_spec<'a>(t: &'a Tr, body: &Body) -> FormSpec<'a> {
    FormSpec {
        title: t.arg("admin-new-seats", "name", &body.fields.acronym),
        action: format!("/bodies/{}/seats/new", body.id),
        submit: t.get("form-create"),
        back: back_to(body),
        t,
    }
}

pub(super) async fn new_quota_form(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> Result<Response, PageError> {
    let body = load_body(&state, &raw).await?;
    visitor.require(Action::ManageComposition(body.id))?;
    let mut values = Values::new();
    values.insert("hard".into(), "true".into());
    render(
        quota_spec(&t, &body),
        &visitor,
        quota_fields(&t, &values),
        FormErrors::default(),
        StatusCode::OK,
    )
}

pub(super) async fn create_quota(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    FormBody(post): FormBody<Posted>,
) -> Result<Response, PageError> {
    let body = load_body(&state, &raw).await?;
    visitor.require(Action::ManageComposition(body.id))?;
    visitor.check_csrf(&post.csrf)?;
    let outcome = match quota_form(&post.values).and_then(|f| f.parse()) {
        Ok(fields) => state
            .store
            .add_quota(&visitor.audit_actor(), body.id, &fields)
            .await
            .map_err(store_or_form),
        Err(invalid) => Err(Ok(invalid)),
    };
    match outcome {
        Ok(_) => Ok(see_other(&format!(
            "/bodies/{}#composition-heading",
            body.id
        ))),
        Err(Err(error)) => Err(error),
        Err(Ok(invalid)) => {
            let errors = FormErrors::from_invalid(&t, &invalid);
            render(
                quota_spec(&t, &body),
                &visitor,
                quota_fields(&t, &post.values),
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        }
    }
}

// ---------------------------------------------------------------- memberships

async fn membership_fields(
    t: &Tr,
    state: &AppState,
    body: &Body,
    values: &Values,
) -> Result<Vec<Field>, PageError> {
    let roles = Role::ALL
        .iter()
        .map(|r| (r.code().to_owned(), t.code("role", r.code())))
        .collect();
    let quotas = state.store.quotas(body.id).await?;
    let quota_options = std::iter::once((String::new(), t.get("form-no-seat")))
        .chain(quotas.iter().map(|q| {
            let label = match &q.fields.kind {
                QuotaKind::RegionalGroup { regional_group }
                    if q.fields.label == regional_group.label() =>
                {
                    t.code("regional-group", regional_group.code())
                }
                QuotaKind::StakeholderGroup { stakeholder_group }
                    if q.fields.label == stakeholder_group.label() =>
                {
                    t.code("stakeholder-group", stakeholder_group.code())
                }
                _ => q.fields.label.clone(),
            };
            (q.id.to_string(), label)
        }))
        .collect();
    let people = std::iter::once(none_option(t))
        .chain(
            state
                .store
                .people()
                .await?
                .into_iter()
                .map(|p| (p.id.to_string(), p.fields.name)),
        )
        .collect();
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
        select(t, "role", "col-role", roles, values),
        select(t, "quota_id", "col-seat", quota_options, values),
        select(t, "state", "field-state", country_options(t), values),
        select(
            t,
            "organization_id",
            "person-organization",
            organizations,
            values,
        ),
        select(t, "person_id", "field-person", people, values),
        input(t, "start_date", "field-start-date", "date", values),
        input(t, "end_date", "field-end-date", "date", values),
        Field::checkbox(t, "personal_capacity", "tag-personal-capacity", values),
        input(t, "nominated_by", "field-nominated-by", "text", values),
    ])
}

fn membership_form(values: &Values) -> Result<MembershipForm, Invalid> {
    Ok(MembershipForm {
        quota_id: opt_id(values, "quota_id")?,
        role: opt(values, "role"),
        state: opt(values, "state"),
        organization_id: opt_id(values, "organization_id")?,
        person_id: opt_id(values, "person_id")?,
        start_date: opt(values, "start_date"),
        end_date: opt(values, "end_date"),
        personal_capacity: Some(values.get("personal_capacity").is_some_and(|v| v == "true")),
        nominated_by: opt(values, "nominated_by"),
        illustrative: None,
    })
}

fn membership_spec<'a>(t: &'a Tr, body: &Body) -> FormSpec<'a> {
    FormSpec {
        title: t.arg("admin-new-membership", "name", &body.fields.acronym),
        action: format!("/bodies/{}/memberships/new", body.id),
        submit: t.get("form-create"),
        back: back_to(body),
        t,
    }
}

pub(super) async fn new_membership_form(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> Result<Response, PageError> {
    let body = load_body(&state, &raw).await?;
    visitor.require(Action::ManageComposition(body.id))?;
    let mut values = Values::new();
    values.insert("role".into(), "member".into());
    let fields = membership_fields(&t, &state, &body, &values).await?;
    render(
        membership_spec(&t, &body),
        &visitor,
        fields,
        FormErrors::default(),
        StatusCode::OK,
    )
}

pub(super) async fn create_membership(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    FormBody(post): FormBody<Posted>,
) -> Result<Response, PageError> {
    let body = load_body(&state, &raw).await?;
    visitor.require(Action::ManageComposition(body.id))?;
    visitor.check_csrf(&post.csrf)?;
    let outcome = match membership_form(&post.values).and_then(|f| f.parse()) {
        Ok(fields) => state
            .store
            .add_membership(&visitor.audit_actor(), body.id, &fields)
            .await
            .map_err(store_or_form),
        Err(invalid) => Err(Ok(invalid)),
    };
    match outcome {
        Ok(_) => Ok(see_other(&format!("/bodies/{}#members-heading", body.id))),
        Err(Err(error)) => Err(error),
        Err(Ok(invalid)) => {
            let errors = FormErrors::from_invalid(&t, &invalid);
            let fields = membership_fields(&t, &state, &body, &post.values).await?;
            render(
                membership_spec(&t, &body),
                &visitor,
                fields,
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        }
    }
}

// ---------------------------------------------------------------- people

async fn person_fields(t: &Tr, state: &AppState, values: &Values) -> Result<Vec<Field>, PageError> {
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
    let groups = std::iter::once(none_option(t))
        .chain(
            StakeholderGroup::ALL
                .iter()
                .map(|g| (g.code().to_owned(), t.code("stakeholder-group", g.code()))),
        )
        .collect();
    Ok(vec![
        input(t, "name", "col-name", "text", values),
        input(t, "honorific", "field-honorific", "text", values),
        input(t, "position", "person-position", "text", values),
        select(
            t,
            "organization_id",
            "person-organization",
            organizations,
            values,
        ),
        select(
            t,
            "stakeholder_group",
            "person-stakeholder-group",
            groups,
            values,
        ),
        select(t, "country", "person-country", country_options(t), values),
        with_hint(
            input(t, "lang", "field-lang", "text", values),
            t.get("field-lang-hint"),
        ),
    ])
}

fn person_form(values: &Values) -> Result<PersonForm, Invalid> {
    Ok(PersonForm {
        name: opt(values, "name"),
        honorific: opt(values, "honorific"),
        country: opt(values, "country"),
        organization_id: opt_id(values, "organization_id")?,
        stakeholder_group: opt(values, "stakeholder_group"),
        position: opt(values, "position"),
        lang: opt(values, "lang"),
        illustrative: None,
    })
}

fn person_spec<'a>(t: &'a Tr, id: Option<PersonId>) -> FormSpec<'a> {
    match id {
        None => FormSpec {
            title: t.get("admin-new-person"),
            action: "/people/new".into(),
            submit: t.get("form-create"),
            back: None,
            t,
        },
        Some(id) => FormSpec {
            title: t.get("admin-edit-person"),
            action: format!("/people/{id}/edit"),
            submit: t.get("form-save"),
            back: Some((format!("/people/{id}"), t.get("nav-people"))),
            t,
        },
    }
}

pub(super) async fn new_person_form(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
) -> Result<Response, PageError> {
    visitor.require(Action::ManageDirectory)?;
    let mut values = Values::new();
    values.insert("lang".into(), "en".into());
    let fields = person_fields(&t, &state, &values).await?;
    render(
        person_spec(&t, None),
        &visitor,
        fields,
        FormErrors::default(),
        StatusCode::OK,
    )
}

pub(super) async fn edit_person_form(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> Result<Response, PageError> {
    visitor.require(Action::ManageDirectory)?;
    let id = PersonId(page_id(&raw, "error-no-person")?);
    let person = state
        .store
        .person(id)
        .await?
        .ok_or_else(|| missing("error-no-person", id))?;
    let f = &person.fields;
    let values: Values = [
        ("name", f.name.clone()),
        ("honorific", f.honorific.clone().unwrap_or_default()),
        ("position", f.position.clone().unwrap_or_default()),
        (
            "organization_id",
            f.organization_id.map(|o| o.to_string()).unwrap_or_default(),
        ),
        (
            "stakeholder_group",
            f.stakeholder_group
                .map(|g| g.code().to_owned())
                .unwrap_or_default(),
        ),
        ("country", f.country.clone().unwrap_or_default()),
        ("lang", f.lang.clone()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect();
    let fields = person_fields(&t, &state, &values).await?;
    render(
        person_spec(&t, Some(id)),
        &visitor,
        fields,
        FormErrors::default(),
        StatusCode::OK,
    )
}

async fn save_person(
    t: Tr,
    visitor: Visitor,
    state: AppState,
    id: Option<PersonId>,
    post: Posted,
) -> Result<Response, PageError> {
    visitor.require(Action::ManageDirectory)?;
    visitor.check_csrf(&post.csrf)?;
    let by = visitor.audit_actor();
    let outcome = match person_form(&post.values).and_then(|f| f.parse()) {
        Ok(fields) => match id {
            None => state
                .store
                .create_person(&by, &fields)
                .await
                .map_err(store_or_form),
            Some(id) => state
                .store
                .update_person(&by, id, &fields)
                .await
                .map_err(store_or_form),
        },
        Err(invalid) => Err(Ok(invalid)),
    };
    match outcome {
        Ok(person) => Ok(see_other(&format!("/people/{}", person.id))),
        Err(Err(error)) => Err(error),
        Err(Ok(invalid)) => {
            let errors = FormErrors::from_invalid(&t, &invalid);
            let fields = person_fields(&t, &state, &post.values).await?;
            render(
                person_spec(&t, id),
                &visitor,
                fields,
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        }
    }
}

pub(super) async fn create_person(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    FormBody(post): FormBody<Posted>,
) -> Result<Response, PageError> {
    save_person(t, visitor, state, None, post).await
}

pub(super) async fn edit_person(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    FormBody(post): FormBody<Posted>,
) -> Result<Response, PageError> {
    let id = PersonId(page_id(&raw, "error-no-person")?);
    if state.store.person(id).await?.is_none() {
        return Err(missing("error-no-person", id));
    }
    save_person(t, visitor, state, Some(id), post).await
}

// ---------------------------------------------------------------- organizations

fn organization_fields(t: &Tr, values: &Values) -> Vec<Field> {
    let groups = StakeholderGroup::ALL
        .iter()
        .map(|g| (g.code().to_owned(), t.code("stakeholder-group", g.code())))
        .collect();
    let subs = std::iter::once(none_option(t))
        .chain(SUB_CATEGORIES.iter().map(|s| {
            (
                s.code.to_owned(),
                format!(
                    "{} — {}",
                    t.code("stakeholder-group", s.group.code()),
                    t.code("subcategory", s.code)
                ),
            )
        }))
        .collect();
    vec![
        input(t, "name", "col-name", "text", values),
        input(t, "acronym", "field-acronym", "text", values),
        select(
            t,
            "stakeholder_group",
            "org-stakeholder-group",
            groups,
            values,
        ),
        select(t, "sub_category", "field-sub-category", subs, values),
        select(
            t,
            "ecosoc_status",
            "org-ecosoc",
            code_options(t, "ecosoc", EcosocStatus::ALL, EcosocStatus::code),
            values,
        ),
        select(t, "country", "org-based-in", country_options(t), values),
        input(t, "website", "org-website", "url", values),
        with_hint(
            input(t, "lang", "field-lang", "text", values),
            t.get("field-lang-hint"),
        ),
    ]
}

fn organization_form(values: &Values) -> OrganizationForm {
    OrganizationForm {
        name: opt(values, "name"),
        acronym: opt(values, "acronym"),
        stakeholder_group: opt(values, "stakeholder_group"),
        sub_category: opt(values, "sub_category"),
        ecosoc_status: opt(values, "ecosoc_status"),
        country: opt(values, "country"),
        website: opt(values, "website"),
        lang: opt(values, "lang"),
        illustrative: None,
    }
}

fn organization_spec<'a>(t: &'a Tr, id: Option<OrganizationId>) -> FormSpec<'a> {
    match id {
        None => FormSpec {
            title: t.get("admin-new-organization"),
            action: "/organizations/new".into(),
            submit: t.get("form-create"),
            back: None,
            t,
        },
        Some(id) => FormSpec {
            title: t.get("admin-edit-organization"),
            action: format!("/organizations/{id}/edit"),
            submit: t.get("form-save"),
            back: Some((format!("/organizations/{id}"), t.get("nav-organizations"))),
            t,
        },
    }
}

pub(super) async fn new_organization_form(t: Tr, visitor: Visitor) -> Result<Response, PageError> {
    visitor.require(Action::ManageDirectory)?;
    let mut values = Values::new();
    values.insert("lang".into(), "en".into());
    values.insert("ecosoc_status".into(), "none".into());
    render(
        organization_spec(&t, None),
        &visitor,
        organization_fields(&t, &values),
        FormErrors::default(),
        StatusCode::OK,
    )
}

pub(super) async fn edit_organization_form(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> Result<Response, PageError> {
    visitor.require(Action::ManageDirectory)?;
    let id = OrganizationId(page_id(&raw, "error-no-organization")?);
    let org = state
        .store
        .organization(id)
        .await?
        .ok_or_else(|| missing("error-no-organization", id))?;
    let f = &org.fields;
    let values: Values = [
        ("name", f.name.clone()),
        ("acronym", f.acronym.clone().unwrap_or_default()),
        ("stakeholder_group", f.stakeholder_group.code().to_owned()),
        ("sub_category", f.sub_category.clone().unwrap_or_default()),
        ("ecosoc_status", f.ecosoc_status.code().to_owned()),
        ("country", f.country.clone().unwrap_or_default()),
        ("website", f.website.clone().unwrap_or_default()),
        ("lang", f.lang.clone()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect();
    render(
        organization_spec(&t, Some(id)),
        &visitor,
        organization_fields(&t, &values),
        FormErrors::default(),
        StatusCode::OK,
    )
}

async fn save_organization(
    t: Tr,
    visitor: Visitor,
    state: AppState,
    id: Option<OrganizationId>,
    post: Posted,
) -> Result<Response, PageError> {
    visitor.require(Action::ManageDirectory)?;
    visitor.check_csrf(&post.csrf)?;
    let by = visitor.audit_actor();
    let outcome = match organization_form(&post.values).parse() {
        Ok(fields) => match id {
            None => state
                .store
                .create_organization(&by, &fields)
                .await
                .map_err(store_or_form),
            Some(id) => state
                .store
                .update_organization(&by, id, &fields)
                .await
                .map_err(store_or_form),
        },
        Err(invalid) => Err(Ok(invalid)),
    };
    match outcome {
        Ok(org) => Ok(see_other(&format!("/organizations/{}", org.id))),
        Err(Err(error)) => Err(error),
        Err(Ok(invalid)) => {
            let errors = FormErrors::from_invalid(&t, &invalid);
            render(
                organization_spec(&t, id),
                &visitor,
                organization_fields(&t, &post.values),
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        }
    }
}

pub(super) async fn create_organization(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    FormBody(post): FormBody<Posted>,
) -> Result<Response, PageError> {
    save_organization(t, visitor, state, None, post).await
}

pub(super) async fn edit_organization(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    FormBody(post): FormBody<Posted>,
) -> Result<Response, PageError> {
    let id = OrganizationId(page_id(&raw, "error-no-organization")?);
    if state.store.organization(id).await?.is_none() {
        return Err(missing("error-no-organization", id));
    }
    save_organization(t, visitor, state, Some(id), post).await
}

// ---------------------------------------------------------------- invitations

async fn invite_fields(t: &Tr, state: &AppState, values: &Values) -> Result<Vec<Field>, PageError> {
    let people = std::iter::once(none_option(t))
        .chain(
            state
                .store
                .people()
                .await?
                .into_iter()
                .map(|p| (p.id.to_string(), p.fields.name)),
        )
        .collect();
    Ok(vec![
        with_hint(
            select(t, "person_id", "field-person", people, values),
            t.get("field-invite-person-hint"),
        ),
        input(t, "email", "field-email", "email", values),
    ])
}

fn invite_spec<'a>(t: &'a Tr, body: &Body) -> FormSpec<'a> {
    FormSpec {
        title: t.arg("admin-invite", "name", &body.fields.acronym),
        action: format!("/bodies/{}/invite", body.id),
        submit: t.get("form-send-invitation"),
        back: back_to(body),
        t,
    }
}

pub(super) async fn invite_form(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> Result<Response, PageError> {
    let body = load_body(&state, &raw).await?;
    visitor.require(Action::ManageComposition(body.id))?;
    let fields = invite_fields(&t, &state, &Values::new()).await?;
    render(
        invite_spec(&t, &body),
        &visitor,
        fields,
        FormErrors::default(),
        StatusCode::OK,
    )
}

pub(super) async fn invite(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    FormBody(post): FormBody<Posted>,
) -> Result<Response, PageError> {
    use concord_store::{AccountStore, MailDraft, TokenDraft, TokenPurpose};
    let body = load_body(&state, &raw).await?;
    visitor.require(Action::ManageComposition(body.id))?;
    visitor.check_csrf(&post.csrf)?;
    let mut errors = concord_domain::error::Errors::default();
    let email = errors.take(concord_domain::account::Email::parse(
        "email",
        &value(&post.values, "email"),
    ));
    let person = match opt_id(&post.values, "person_id") {
        Ok(Some(id)) => state.store.person(PersonId(id)).await?,
        _ => None,
    };
    if person.is_none() {
        errors.add("person_id", "unknown_person", "Choose the person to invite");
    }
    if let Err(invalid) = errors.finish() {
        let fields = invite_fields(&t, &state, &post.values).await?;
        let errors = FormErrors::from_invalid(&t, &invalid);
        return render(
            invite_spec(&t, &body),
            &visitor,
            fields,
            errors,
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    }
    let (Some(email), Some(person)) = (email, person) else {
        return Err(PageError::Internal(
            "invitation checked but incomplete".into(),
        ));
    };
    let inviter = visitor
        .user
        .as_ref()
        .map(|u| u.id.0.to_string())
        .unwrap_or_default();
    crate::throttle::check(
        &state,
        &[
            (concord_domain::limits::INVITATION_SENDER, &inviter),
            (concord_domain::limits::INVITATION_RECIPIENT, &email.key()),
        ],
    )
    .await?;
    let token = crate::auth::new_token();
    let link = state
        .config
        .link(&format!("/account/invitation?token={token}"));
    let args = [
        ("name", person.fields.name.clone()),
        ("body", body.fields.name.clone()),
        ("link", link),
    ];
    let mail = MailDraft {
        to: email.as_str().to_owned(),
        subject: t.args("mail-invite-subject", &args),
        body: t.args("mail-invite-body", &args),
    };
    let draft = TokenDraft {
        hash: crate::auth::hash_token(&token),
        purpose: TokenPurpose::Invitation,
        email: email.as_str().to_owned(),
        payload: Some(person.id.to_string()),
        expires_at: time::OffsetDateTime::now_utc() + time::Duration::days(14),
    };
    state
        .store
        .invite(&visitor.audit_actor(), &draft, &mail)
        .await?;
    Ok(see_other(&format!(
        "/bodies/{}?invited=1#members-heading",
        body.id
    )))
}

// ---------------------------------------------------------------- editing seats and memberships

fn edit_quota_fields(t: &Tr, values: &Values) -> Vec<Field> {
    vec![
        input(t, "seats", "col-seats", "number", values),
        with_hint(
            input(t, "label", "field-quota-label", "text", values),
            t.get("field-quota-label-hint"),
        ),
        Field::checkbox(t, "hard", "field-quota-hard", values),
    ]
}

fn edit_quota_spec<'a>(t: &'a Tr, body: &Body, quota: i64) -> FormSpec<'a> {
    FormSpec {
        title: t.arg("admin-edit-seats", "name", &body.fields.acronym),
        action: format!("/bodies/{}/seats/{quota}/edit", body.id),
        submit: t.get("form-save"),
        back: back_to(body),
        t,
    }
}

async fn load_quota(
    state: &AppState,
    body: &Body,
    raw: &str,
) -> Result<concord_domain::composition::SeatQuota, PageError> {
    let id = raw
        .parse::<i64>()
        .map_err(|_| PageError::NotFound("error-not-found", None))?;
    state
        .store
        .quotas(body.id)
        .await?
        .into_iter()
        .find(|q| q.id.0 == id)
        .ok_or(PageError::NotFound("error-not-found", None))
}

pub(super) async fn edit_quota_form(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path((raw, quota_raw)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let body = load_body(&state, &raw).await?;
    visitor.require(Action::ManageComposition(body.id))?;
    let quota = load_quota(&state, &body, &quota_raw).await?;
    let values: Values = [
        ("seats", quota.fields.seats.to_string()),
        ("label", quota.fields.label.clone()),
        (
            "hard",
            if quota.fields.hard {
                "true".into()
            } else {
                String::new()
            },
        ),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect();
    render(
        edit_quota_spec(&t, &body, quota.id.0),
        &visitor,
        edit_quota_fields(&t, &values),
        FormErrors::default(),
        StatusCode::OK,
    )
}

pub(super) async fn edit_quota(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path((raw, quota_raw)): Path<(String, String)>,
    FormBody(post): FormBody<Posted>,
) -> Result<Response, PageError> {
    let body = load_body(&state, &raw).await?;
    visitor.require(Action::ManageComposition(body.id))?;
    visitor.check_csrf(&post.csrf)?;
    let quota = load_quota(&state, &body, &quota_raw).await?;
    // The kind of seats stays as it is; only the label, the number and the hardness change.
    let mut values = post.values.clone();
    values.insert("kind".into(), quota.fields.kind.code().into());
    match &quota.fields.kind {
        QuotaKind::RegionalGroup { regional_group } => {
            values.insert("regional_group".into(), regional_group.code().into());
        }
        QuotaKind::StakeholderGroup { stakeholder_group } => {
            values.insert("stakeholder_group".into(), stakeholder_group.code().into());
        }
        QuotaKind::DesignatedStates { states } => {
            values.insert("states".into(), states.join(","));
        }
    }
    let outcome = match quota_form(&values).and_then(|f| f.parse()) {
        Ok(fields) => state
            .store
            .update_quota(&visitor.audit_actor(), body.id, quota.id, &fields)
            .await
            .map_err(store_or_form),
        Err(invalid) => Err(Ok(invalid)),
    };
    match outcome {
        Ok(_) => Ok(see_other(&format!(
            "/bodies/{}#composition-heading",
            body.id
        ))),
        Err(Err(error)) => Err(error),
        Err(Ok(invalid)) => {
            let errors = FormErrors::from_invalid(&t, &invalid);
            render(
                edit_quota_spec(&t, &body, quota.id.0),
                &visitor,
                edit_quota_fields(&t, &post.values),
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        }
    }
}

fn edit_membership_spec<'a>(t: &'a Tr, body: &Body, id: i64) -> FormSpec<'a> {
    FormSpec {
        title: t.arg("admin-edit-membership", "name", &body.fields.acronym),
        action: format!("/bodies/{}/memberships/{id}/edit", body.id),
        submit: t.get("form-save"),
        back: back_to(body),
        t,
    }
}

async fn edit_membership_fields(
    t: &Tr,
    state: &AppState,
    body: &Body,
    values: &Values,
) -> Result<Vec<Field>, PageError> {
    let mut fields = membership_fields(t, state, body, values).await?;
    fields.push(Field {
        name: "reason",
        label: t.get("field-reason"),
        kind: FieldKind::TextArea,
        value: value(values, "reason"),
        hint: t.get("field-reason-hint"),
    });
    Ok(fields)
}

async fn load_membership(
    state: &AppState,
    body: &Body,
    raw: &str,
) -> Result<concord_domain::composition::Membership, PageError> {
    let id = raw
        .parse::<i64>()
        .map_err(|_| PageError::NotFound("error-not-found", None))?;
    state
        .store
        .membership(body.id, concord_domain::ids::MembershipId(id))
        .await?
        .ok_or(PageError::NotFound("error-not-found", None))
}

pub(super) async fn edit_membership_form(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path((raw, membership_raw)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let body = load_body(&state, &raw).await?;
    visitor.require(Action::ManageComposition(body.id))?;
    let membership = load_membership(&state, &body, &membership_raw).await?;
    let f = &membership.fields;
    let values: Values = [
        ("role", f.role.code().to_owned()),
        (
            "quota_id",
            f.quota_id.map(|q| q.to_string()).unwrap_or_default(),
        ),
        ("state", f.state.clone().unwrap_or_default()),
        (
            "organization_id",
            f.organization_id.map(|o| o.to_string()).unwrap_or_default(),
        ),
        (
            "person_id",
            f.person_id.map(|p| p.to_string()).unwrap_or_default(),
        ),
        (
            "start_date",
            f.start_date.map(format_date).unwrap_or_default(),
        ),
        ("end_date", f.end_date.map(format_date).unwrap_or_default()),
        (
            "personal_capacity",
            if f.personal_capacity {
                "true".into()
            } else {
                String::new()
            },
        ),
        ("nominated_by", f.nominated_by.clone().unwrap_or_default()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect();
    let fields = edit_membership_fields(&t, &state, &body, &values).await?;
    render(
        edit_membership_spec(&t, &body, membership.id.0),
        &visitor,
        fields,
        FormErrors::default(),
        StatusCode::OK,
    )
}

pub(super) async fn edit_membership(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path((raw, membership_raw)): Path<(String, String)>,
    FormBody(post): FormBody<Posted>,
) -> Result<Response, PageError> {
    let body = load_body(&state, &raw).await?;
    visitor.require(Action::ManageComposition(body.id))?;
    visitor.check_csrf(&post.csrf)?;
    let membership = load_membership(&state, &body, &membership_raw).await?;
    let reason = concord_domain::text::optional(
        "reason",
        post.values.get("reason").map(String::as_str),
        2_000,
    );
    let outcome = match (
        membership_form(&post.values).and_then(|f| f.parse()),
        reason,
    ) {
        (Ok(fields), Ok(reason)) => state
            .store
            .update_membership(
                &visitor.audit_actor(),
                body.id,
                membership.id,
                &fields,
                reason.as_deref(),
            )
            .await
            .map_err(store_or_form),
        (Err(invalid), _) => Err(Ok(invalid)),
        (_, Err(error)) => Err(Ok(Invalid {
            errors: vec![error],
        })),
    };
    match outcome {
        Ok(_) => Ok(see_other(&format!("/bodies/{}#members-heading", body.id))),
        Err(Err(error)) => Err(error),
        Err(Ok(invalid)) => {
            let errors = FormErrors::from_invalid(&t, &invalid);
            let fields = edit_membership_fields(&t, &state, &body, &post.values).await?;
            render(
                edit_membership_spec(&t, &body, membership.id.0),
                &visitor,
                fields,
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        }
    }
}
