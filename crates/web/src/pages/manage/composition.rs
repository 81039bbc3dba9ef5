//! A body's composition as the secretariat records it: seats (quotas by regional group,
//! stakeholder group or designated states) and memberships in them.

use super::*;
use crate::forms::{answer, Refusal};
use crate::forms::{
    input, none_option, opt, opt_id, render, select, with_hint, Field, FormSpec, Posted, Values,
};

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

pub(crate) fn quota_form(values: &Values) -> Result<QuotaForm, Invalid> {
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

pub(crate) async fn new_quota_form(
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

pub(crate) async fn create_quota(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    CsrfForm(post): CsrfForm<Posted>,
) -> Result<Response, PageError> {
    let body = load_body(&state, &raw).await?;
    visitor.require(Action::ManageComposition(body.id))?;
    let outcome = match quota_form(&post.values).and_then(|f| f.parse()) {
        Ok(fields) => state
            .store
            .add_quota(&visitor.audit_actor(), body.id, &fields)
            .await
            .map_err(Refusal::from),
        Err(invalid) => Err(invalid.into()),
    };
    let body_id = body.id;
    answer(
        &t,
        outcome,
        move |_| format!("/bodies/{}#composition-heading", body_id),
        async |errors| {
            render(
                quota_spec(&t, &body),
                &visitor,
                quota_fields(&t, &post.values),
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        },
    )
    .await
}

// ---------------------------------------------------------------- memberships

pub(crate) async fn membership_fields(
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

pub(crate) fn membership_form(values: &Values) -> Result<MembershipForm, Invalid> {
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

pub(crate) async fn new_membership_form(
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

pub(crate) async fn create_membership(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    CsrfForm(post): CsrfForm<Posted>,
) -> Result<Response, PageError> {
    let body = load_body(&state, &raw).await?;
    visitor.require(Action::ManageComposition(body.id))?;
    let outcome = match membership_form(&post.values).and_then(|f| f.parse()) {
        Ok(fields) => state
            .store
            .add_membership(&visitor.audit_actor(), body.id, &fields)
            .await
            .map_err(Refusal::from),
        Err(invalid) => Err(invalid.into()),
    };
    let body_id = body.id;
    answer(
        &t,
        outcome,
        move |_| format!("/bodies/{}#members-heading", body_id),
        async |errors| {
            let fields = membership_fields(&t, &state, &body, &post.values).await?;
            render(
                membership_spec(&t, &body),
                &visitor,
                fields,
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        },
    )
    .await
}
