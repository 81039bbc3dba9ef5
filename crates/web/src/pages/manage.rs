//! The secretariat's forms: bodies (create, edit, move along the lifecycle), seats,
//! memberships, invitations, people and organisations. Every form is checked by the same
//! domain rules as the API, every problem is shown next to its field in the visitor's
//! language, and every change goes to the audit log under the visitor's name.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use concord_domain::access::Action;
use concord_domain::body::{Body, BodyForm, BodyType, DecisionRule, Lifecycle, Openness};
use concord_domain::composition::{MembershipForm, QuotaForm, QuotaKind, Role};
use concord_domain::dates::format_date;
use concord_domain::ids::{BodyId, OrganizationId, PersonId};
use concord_domain::party::{OrganizationForm, PersonForm};
use concord_domain::reference::{states, RegionalGroup};
use concord_domain::stakeholder::{EcosocStatus, StakeholderGroup, SUB_CATEGORIES};
use concord_domain::Invalid;
use concord_store::{BodyStore, CompositionStore, PartyStore};
use serde::Deserialize;

use crate::auth::Visitor;
use crate::common::{load_body, missing, page_id, see_other};
use crate::error::PageError;
use crate::forms::{answer, CsrfForm, FormErrors, Refusal};
use crate::forms::{
    code_options, dated_move, input, none_option, opt, opt_id, render, select, value, with_hint,
    Field, FieldKind, FormSpec, Posted, Values,
};
use crate::i18n::Tr;
use crate::AppState;

mod composition;
pub(crate) use composition::{
    create_membership, create_quota, new_membership_form, new_quota_form,
};
mod parties;
pub(crate) use parties::{
    create_organization, create_person, edit_organization, edit_organization_form, edit_person,
    edit_person_form, new_organization_form, new_person_form,
};
mod invitations;
pub(crate) use invitations::{invite, invite_form};
mod composition_edits;
pub(crate) use composition_edits::{
    edit_membership, edit_membership_form, edit_quota, edit_quota_form,
};

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
pub(crate) struct ParentQuery {
    parent: Option<i64>,
}

fn create_action(parent: Option<BodyId>) -> Action {
    parent.map_or(Action::CreateTopLevelBody, Action::CreateSubBody)
}

pub(crate) async fn new_body_form(
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

pub(crate) async fn create_body(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    CsrfForm(post): CsrfForm<Posted>,
) -> Result<Response, PageError> {
    let parent = opt_id(&post.values, "parent_id").ok().flatten().map(BodyId);
    visitor.require(create_action(parent))?;
    let outcome = match body_form(&post.values).and_then(|f| f.parse()) {
        Ok(fields) => state
            .store
            .create_body(&visitor.audit_actor(), &fields, Lifecycle::Mandated)
            .await
            .map_err(Refusal::from),
        Err(invalid) => Err(invalid.into()),
    };
    answer(
        &t,
        outcome,
        |body| format!("/bodies/{}", body.id),
        async |errors| {
            let bodies = state.store.bodies().await?;
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
        },
    )
    .await
}

fn back_to(body: &Body) -> Option<(String, String)> {
    Some((format!("/bodies/{}", body.id), body.fields.acronym.clone()))
}

pub(crate) async fn edit_body_form(
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

pub(crate) async fn edit_body(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    CsrfForm(post): CsrfForm<Posted>,
) -> Result<Response, PageError> {
    let body = load_body(&state, &raw).await?;
    visitor.require(Action::EditBody(body.id))?;
    let outcome = match body_form(&post.values).and_then(|f| f.parse()) {
        Ok(mut fields) => {
            fields.illustrative = body.fields.illustrative;
            state
                .store
                .update_body(&visitor.audit_actor(), body.id, &fields)
                .await
                .map_err(Refusal::from)
        }
        Err(invalid) => Err(invalid.into()),
    };
    answer(
        &t,
        outcome,
        |updated| format!("/bodies/{}", updated.id),
        async |errors| {
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
                body_fields(&t, &post.values, &bodies, Some(body.id)),
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        },
    )
    .await
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

pub(crate) async fn lifecycle_form(
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

pub(crate) async fn change_lifecycle(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    CsrfForm(post): CsrfForm<Posted>,
) -> Result<Response, PageError> {
    let body = load_body(&state, &raw).await?;
    visitor.require(Action::EditBody(body.id))?;
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
            .map_err(Refusal::from),
        Err(invalid) => Err(invalid.into()),
    };
    let body_id = body.id;
    answer(
        &t,
        outcome,
        move |_| format!("/bodies/{}", body_id),
        async |errors| {
            let fields = lifecycle_fields(&t, &body, &post.values);
            render(
                lifecycle_spec(&t, &body),
                &visitor,
                fields,
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        },
    )
    .await
}
