//! Inviting someone to speak for a person of the directory: an e-mail with a one-time link that
//! links the account they sign up with.

use super::*;
use crate::forms::{
    input, none_option, opt_id, render, select, value, with_hint, Field, FormSpec, Posted, Values,
};

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

pub(crate) async fn invite_form(
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

pub(crate) async fn invite(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    CsrfForm(post): CsrfForm<Posted>,
) -> Result<Response, PageError> {
    use crate::letters::{compose, Letter};
    use concord_store::{AccountStore, TokenDraft, TokenPurpose};
    let body = load_body(&state, &raw).await?;
    visitor.require(Action::ManageComposition(body.id))?;
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
    let mail = compose(
        &t,
        email.as_str(),
        Letter::Invitation {
            name: person.fields.name.clone(),
            body: body.fields.name.clone(),
            link,
        },
    );
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
