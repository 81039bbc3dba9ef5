//! The directory the secretariat keeps: people and organisations, created and edited.

use super::*;
use crate::forms::{answer, Refusal};
use crate::forms::{
    code_options, input, none_option, opt, opt_id, render, select, with_hint, Field, FormSpec,
    Posted, Values,
};

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

pub(crate) async fn new_person_form(
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

pub(crate) async fn edit_person_form(
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
    let by = visitor.audit_actor();
    let outcome = match person_form(&post.values).and_then(|f| f.parse()) {
        Ok(fields) => match id {
            None => state
                .store
                .create_person(&by, &fields)
                .await
                .map_err(Refusal::from),
            Some(id) => state
                .store
                .update_person(&by, id, &fields)
                .await
                .map_err(Refusal::from),
        },
        Err(invalid) => Err(invalid.into()),
    };
    answer(
        &t,
        outcome,
        |person| format!("/people/{}", person.id),
        async |errors| {
            let fields = person_fields(&t, &state, &post.values).await?;
            render(
                person_spec(&t, id),
                &visitor,
                fields,
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        },
    )
    .await
}

pub(crate) async fn create_person(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    CsrfForm(post): CsrfForm<Posted>,
) -> Result<Response, PageError> {
    save_person(t, visitor, state, None, post).await
}

pub(crate) async fn edit_person(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    CsrfForm(post): CsrfForm<Posted>,
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

pub(crate) async fn new_organization_form(t: Tr, visitor: Visitor) -> Result<Response, PageError> {
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

pub(crate) async fn edit_organization_form(
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
    let by = visitor.audit_actor();
    let outcome = match organization_form(&post.values).parse() {
        Ok(fields) => match id {
            None => state
                .store
                .create_organization(&by, &fields)
                .await
                .map_err(Refusal::from),
            Some(id) => state
                .store
                .update_organization(&by, id, &fields)
                .await
                .map_err(Refusal::from),
        },
        Err(invalid) => Err(invalid.into()),
    };
    answer(
        &t,
        outcome,
        |org| format!("/organizations/{}", org.id),
        async |errors| {
            render(
                organization_spec(&t, id),
                &visitor,
                organization_fields(&t, &post.values),
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        },
    )
    .await
}

pub(crate) async fn create_organization(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    CsrfForm(post): CsrfForm<Posted>,
) -> Result<Response, PageError> {
    save_organization(t, visitor, state, None, post).await
}

pub(crate) async fn edit_organization(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    CsrfForm(post): CsrfForm<Posted>,
) -> Result<Response, PageError> {
    let id = OrganizationId(page_id(&raw, "error-no-organization")?);
    if state.store.organization(id).await?.is_none() {
        return Err(missing("error-no-organization", id));
    }
    save_organization(t, visitor, state, Some(id), post).await
}
