//! Editing a body's seats and memberships already recorded.

use super::composition::membership_fields;
use super::composition::membership_form;
use super::composition::quota_form;
use super::*;
use crate::forms::{
    answer, input, render, value, with_hint, Field, FieldKind, FormSpec, Posted, Refusal, Values,
};

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

pub(crate) async fn edit_quota_form(
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

pub(crate) async fn edit_quota(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path((raw, quota_raw)): Path<(String, String)>,
    CsrfForm(post): CsrfForm<Posted>,
) -> Result<Response, PageError> {
    let body = load_body(&state, &raw).await?;
    visitor.require(Action::ManageComposition(body.id))?;
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
                edit_quota_spec(&t, &body, quota.id.0),
                &visitor,
                edit_quota_fields(&t, &post.values),
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        },
    )
    .await
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

pub(crate) async fn edit_membership_form(
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

pub(crate) async fn edit_membership(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path((raw, membership_raw)): Path<(String, String)>,
    CsrfForm(post): CsrfForm<Posted>,
) -> Result<Response, PageError> {
    let body = load_body(&state, &raw).await?;
    visitor.require(Action::ManageComposition(body.id))?;
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
            .map_err(Refusal::from),
        (Err(invalid), _) => Err(invalid.into()),
        (_, Err(error)) => Err(Refusal::Invalid(Invalid {
            errors: vec![error],
        })),
    };
    let body_id = body.id;
    answer(
        &t,
        outcome,
        move |_| format!("/bodies/{}#members-heading", body_id),
        async |errors| {
            let fields = edit_membership_fields(&t, &state, &body, &post.values).await?;
            render(
                edit_membership_spec(&t, &body, membership.id.0),
                &visitor,
                fields,
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        },
    )
    .await
}
