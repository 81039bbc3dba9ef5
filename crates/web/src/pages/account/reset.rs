//! Resetting a forgotten password: a one-time link by e-mail, limited per recipient and address,
//! the same answer and the same time whether the address has an account, and a reset signs the
//! account out everywhere.

use super::*;

#[derive(Template)]
#[template(path = "account/reset.html")]
struct ResetPage {
    t: Tr,
    csrf: String,
    email: String,
    errors: FormErrors,
}

pub(crate) async fn reset_form(t: Tr, visitor: Visitor) -> Result<Response, PageError> {
    page(
        StatusCode::OK,
        ResetPage {
            t,
            csrf: visitor.csrf,
            email: String::new(),
            errors: FormErrors::default(),
        }
        .render(),
    )
}

/// The reset request as posted.
#[derive(Deserialize)]
pub(crate) struct ResetPost {
    #[serde(default)]
    email: String,
}

pub(crate) async fn reset(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    CsrfForm(post): CsrfForm<ResetPost>,
) -> Result<Response, PageError> {
    let started = tokio::time::Instant::now();
    let email = match Email::parse("email", &post.email) {
        Ok(email) => email,
        Err(error) => {
            let errors = FormErrors::from_invalid(
                &t,
                &Invalid {
                    errors: vec![error],
                },
            );
            return page(
                StatusCode::UNPROCESSABLE_ENTITY,
                ResetPage {
                    t,
                    csrf: visitor.csrf,
                    email: post.email,
                    errors,
                }
                .render(),
            );
        }
    };
    crate::throttle::check(
        &state,
        &[
            (limits::RESET_ADDRESS, &visitor.address),
            (limits::MAIL_ADDRESS, &visitor.address),
            (limits::RESET_RECIPIENT, &email.key()),
        ],
    )
    .await?;
    if let Some((user, _)) = state.store.credentials(&email).await? {
        let token = new_token();
        let link = state
            .config
            .link(&format!("/account/reset/choose?token={token}"));
        let draft = TokenDraft {
            hash: hash_token(&token),
            purpose: TokenPurpose::ResetPassword,
            email: user.email.clone(),
            payload: None,
            expires_at: OffsetDateTime::now_utc() + Duration::hours(2),
        };
        let mail = compose(
            &t,
            &user.email,
            Letter::ResetPassword {
                name: user.display_name.clone(),
                link,
            },
        );
        state.store.issue_token(user.id, &draft, &mail).await?;
    }
    tokio::time::sleep_until(started + RESET_TAKES_AT_LEAST).await;
    let body = t.get("account-check-inbox");
    page(
        StatusCode::OK,
        message(t, "account-check-inbox-title", body, None).render(),
    )
}

#[derive(Template)]
#[template(path = "account/choose_password.html")]
struct ChoosePasswordPage {
    t: Tr,
    csrf: String,
    token: String,
    errors: FormErrors,
}

pub(crate) async fn choose_password_form(
    t: Tr,
    visitor: Visitor,
    Query(q): Query<TokenQuery>,
) -> Result<Response, PageError> {
    page(
        StatusCode::OK,
        ChoosePasswordPage {
            t,
            csrf: visitor.csrf,
            token: q.token,
            errors: FormErrors::default(),
        }
        .render(),
    )
}

/// A new password with its reset token.
#[derive(Deserialize)]
pub(crate) struct ChoosePasswordPost {
    #[serde(default)]
    token: String,
    #[serde(default)]
    password: String,
}

pub(crate) async fn choose_password(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    CsrfForm(post): CsrfForm<ChoosePasswordPost>,
) -> Result<Response, PageError> {
    if let Err(error) = check_password("password", &post.password, None) {
        let errors = FormErrors::from_invalid(
            &t,
            &Invalid {
                errors: vec![error],
            },
        );
        let form = ChoosePasswordPage {
            t,
            csrf: visitor.csrf,
            token: post.token,
            errors,
        };
        return page(StatusCode::UNPROCESSABLE_ENTITY, form.render());
    }
    let hash = hash_password_off_thread(post.password.clone())
        .await
        .map_err(PageError::Internal)?;
    match state
        .store
        .reset_password(&hash_token(&post.token), &hash)
        .await
    {
        Ok(_) => {
            let body = t.get("account-password-changed");
            page(
                StatusCode::OK,
                message(
                    t,
                    "account-password-changed-title",
                    body,
                    Some(("/account/sign-in", "account-sign-in")),
                )
                .render(),
            )
        }
        Err(error) => token_failure(t, error),
    }
}
