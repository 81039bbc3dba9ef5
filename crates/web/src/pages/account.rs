//! Accounts on the site: sign up and confirm the address, sign in and out (here or
//! everywhere), reset a forgotten password, change the address, and see one's roles.
//!
//! No answer reveals whether an address has an account: sign-up and reset say the same thing
//! either way, and the mail goes to the address's owner.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use concord_domain::access::Action;
use concord_domain::account::{check_password, Email, SignUpForm};
use concord_domain::Invalid;
use concord_store::{AccountStore, BodyStore, NewUser, StoreError, TokenDraft, TokenPurpose};
use serde::Deserialize;
use time::{Duration, OffsetDateTime};

use crate::auth::{
    cookie_value, hash_password_off_thread, hash_token, new_token, verify_password_off_thread,
    Visitor, DEVICE_COOKIE, SESSION_COOKIE, SESSION_DAYS,
};
use crate::common::see_other;
use crate::error::PageError;
use crate::forms::{CsrfForm, FormErrors, TokenOnly};
use crate::i18n::Tr;
use crate::letters::{compose, Letter};
use crate::AppState;
use concord_domain::limits;
use concord_store::LimitStore;

mod reset;
pub(crate) use reset::{choose_password, choose_password_form, reset, reset_form};

/// The shortest time a reset request takes, whether or not the address has an account, so that
/// timing does not tell which (writing the token and its mail takes a few milliseconds).
const RESET_TAKES_AT_LEAST: std::time::Duration = std::time::Duration::from_millis(50);

/// How long a browser is remembered as one that signed in to an account.
const DEVICE_DAYS: i64 = 365;

fn with_cookie(mut response: Response, cookie: &str) -> Response {
    if let Ok(value) = HeaderValue::from_str(cookie) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    response
}

fn page(status: StatusCode, html: Result<String, askama::Error>) -> Result<Response, PageError> {
    Ok((status, Html(html?)).into_response())
}

// ---------------------------------------------------------------- sign up

#[derive(Template)]
#[template(path = "account/sign_up.html")]
struct SignUpPage {
    t: Tr,
    csrf: String,
    display_name: String,
    email: String,
    errors: FormErrors,
}

#[derive(Template)]
#[template(path = "account/message.html")]
struct MessagePage {
    t: Tr,
    title: String,
    message: String,
    link: Option<(String, String)>,
}

fn message(t: Tr, title: &str, body: String, link: Option<(&str, &str)>) -> MessagePage {
    MessagePage {
        title: t.get(title),
        message: body,
        link: link.map(|(href, key)| (href.to_owned(), t.get(key))),
        t,
    }
}

pub(crate) async fn sign_up_form(t: Tr, visitor: Visitor) -> Result<Response, PageError> {
    let page_html = SignUpPage {
        t,
        csrf: visitor.csrf,
        display_name: String::new(),
        email: String::new(),
        errors: FormErrors::default(),
    }
    .render();
    page(StatusCode::OK, page_html)
}

/// The sign-up form as posted.
#[derive(Deserialize)]
pub(crate) struct SignUpPost {
    #[serde(flatten)]
    form: SignUpForm,
}

pub(crate) async fn sign_up(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    CsrfForm(post): CsrfForm<SignUpPost>,
) -> Result<Response, PageError> {
    let signup = match post.form.parse() {
        Ok(signup) => signup,
        Err(invalid) => {
            let errors = FormErrors::from_invalid(&t, &invalid);
            let form = SignUpPage {
                csrf: visitor.csrf,
                display_name: post.form.display_name.unwrap_or_default(),
                email: post.form.email.unwrap_or_default(),
                errors,
                t,
            };
            return page(StatusCode::UNPROCESSABLE_ENTITY, form.render());
        }
    };
    crate::throttle::check(
        &state,
        &[
            (limits::SIGN_UP_ADDRESS, &visitor.address),
            (limits::MAIL_ADDRESS, &visitor.address),
            (limits::SIGN_UP_RECIPIENT, &signup.email.key()),
        ],
    )
    .await?;
    let password_hash = hash_password_off_thread(signup.password.clone())
        .await
        .map_err(PageError::Internal)?;
    let token = new_token();
    let link = state
        .config
        .link(&format!("/account/confirm?token={token}"));
    let name = signup.display_name.clone();
    let to = signup.email.as_str().to_owned();
    let welcome = compose(
        &t,
        &to,
        Letter::ConfirmAccount {
            name: name.clone(),
            link,
        },
    );
    let reset_link = state.config.link("/account/reset");
    let already = compose(
        &t,
        &to,
        Letter::AlreadyRegistered {
            name,
            link: reset_link,
        },
    );
    let draft = TokenDraft {
        hash: hash_token(&token),
        purpose: TokenPurpose::ConfirmEmail,
        email: to,
        payload: None,
        expires_at: OffsetDateTime::now_utc() + Duration::hours(48),
    };
    let user = NewUser {
        email: signup.email,
        display_name: signup.display_name,
        password_hash,
    };
    state
        .store
        .sign_up(&user, &draft, &welcome, &already)
        .await?;
    let body = t.get("account-check-inbox");
    page(
        StatusCode::OK,
        message(t, "account-check-inbox-title", body, None).render(),
    )
}

// ---------------------------------------------------------------- confirm

/// A token in the address of a link from an e-mail.
#[derive(Deserialize)]
pub(crate) struct TokenQuery {
    #[serde(default)]
    token: String,
}

#[derive(Template)]
#[template(path = "account/confirm.html")]
struct ConfirmPage {
    t: Tr,
    csrf: String,
    token: String,
    action: &'static str,
}

pub(crate) async fn confirm_form(
    t: Tr,
    visitor: Visitor,
    Query(q): Query<TokenQuery>,
) -> Result<Response, PageError> {
    page(
        StatusCode::OK,
        ConfirmPage {
            t,
            csrf: visitor.csrf,
            token: q.token,
            action: "/account/confirm",
        }
        .render(),
    )
}

/// A form that carries a token.
#[derive(Deserialize)]
pub(crate) struct TokenPost {
    #[serde(default)]
    token: String,
}

fn token_failure(t: Tr, error: StoreError) -> Result<Response, PageError> {
    match error {
        StoreError::Invalid(invalid) => {
            let code = invalid.errors.first().map_or("token_invalid", |e| e.code);
            let body = t.get(&format!("error-code-{code}"));
            page(
                StatusCode::BAD_REQUEST,
                message(
                    t,
                    "account-link-problem-title",
                    body,
                    Some(("/account/reset", "account-reset-link")),
                )
                .render(),
            )
        }
        other => Err(other.into()),
    }
}

pub(crate) async fn confirm(
    t: Tr,
    State(state): State<AppState>,
    CsrfForm(post): CsrfForm<TokenPost>,
) -> Result<Response, PageError> {
    match state.store.confirm_email(&hash_token(&post.token)).await {
        Ok(_) => {
            let body = t.get("account-confirmed");
            page(
                StatusCode::OK,
                message(
                    t,
                    "account-confirmed-title",
                    body,
                    Some(("/account/sign-in", "account-sign-in")),
                )
                .render(),
            )
        }
        Err(error) => token_failure(t, error),
    }
}

// ---------------------------------------------------------------- sign in and out

#[derive(Template)]
#[template(path = "account/sign_in.html")]
struct SignInPage {
    t: Tr,
    csrf: String,
    email: String,
    next: String,
    errors: FormErrors,
}

/// Where to go after signing in.
#[derive(Deserialize)]
pub(crate) struct NextQuery {
    next: Option<String>,
}

pub(crate) async fn sign_in_form(
    t: Tr,
    visitor: Visitor,
    Query(q): Query<NextQuery>,
) -> Result<Response, PageError> {
    let next = crate::redirect::local_path(q.next.as_deref());
    page(
        StatusCode::OK,
        SignInPage {
            t,
            csrf: visitor.csrf,
            email: String::new(),
            next,
            errors: FormErrors::default(),
        }
        .render(),
    )
}

/// The sign-in form as posted.
#[derive(Deserialize)]
pub(crate) struct SignInPost {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    next: Option<String>,
}

pub(crate) async fn sign_in(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
    CsrfForm(post): CsrfForm<SignInPost>,
) -> Result<Response, PageError> {
    let next = crate::redirect::local_path(post.next.as_deref());
    let refuse = |t: Tr, key: &str, status: StatusCode| {
        let errors = FormErrors::one("email", t.get(key));
        let form = SignInPage {
            csrf: visitor.csrf.clone(),
            email: post.email.clone(),
            next: next.clone(),
            errors,
            t,
        };
        page(status, form.render())
    };
    let Ok(email) = Email::parse("email", &post.email) else {
        return refuse(
            t,
            "account-wrong-credentials",
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    };
    let credentials = state.store.credentials(&email).await?;
    // The owner's own browser counts its attempts apart from everyone else's, so a stranger who
    // exhausts the account's limit never locks the owner out.
    let device = crate::i18n::cookie(&headers, DEVICE_COOKIE).map(|token| hash_token(&token));
    let known_device = match (&credentials, &device) {
        (Some((user, _)), Some(hash)) => state.store.is_known_device(user.id, hash).await?,
        _ => false,
    };
    let account_limit = match (&device, known_device) {
        (Some(hash), true) => (
            limits::SIGN_IN_KNOWN_DEVICE,
            format!("{}:{hash}", email.key()),
        ),
        _ => (limits::SIGN_IN_ACCOUNT, email.key()),
    };
    // Each attempt is counted before its password is checked, in one atomic step: concurrent
    // guesses cannot all slip under the limit.
    let counted = [
        (limits::SIGN_IN_ADDRESS, visitor.address.clone()),
        account_limit,
    ];
    let keyed: Vec<_> = counted.iter().map(|(l, k)| (*l, k.as_str())).collect();
    if let Some(retry_after) = crate::throttle::first_refusal(&state, &keyed).await? {
        let mut response = refuse(t, "account-throttled", StatusCode::TOO_MANY_REQUESTS)?;
        if let Ok(value) = HeaderValue::from_str(&retry_after.to_string()) {
            response.headers_mut().insert(header::RETRY_AFTER, value);
        }
        return Ok(response);
    }
    let (user, hash) = match credentials {
        Some((user, hash)) => (Some(user), Some(hash)),
        None => (None, None),
    };
    let matches = verify_password_off_thread(post.password.clone(), hash).await;
    let Some(user) = user.filter(|_| matches) else {
        return refuse(
            t,
            "account-wrong-credentials",
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    };
    // A right password is not held against anyone.
    for (limit, key) in &counted {
        state.store.forgive(*limit, key).await?;
    }
    if !user.confirmed {
        return refuse(t, "account-unconfirmed", StatusCode::UNPROCESSABLE_ENTITY);
    }
    let token = new_token();
    let expires = OffsetDateTime::now_utc() + Duration::days(SESSION_DAYS);
    state
        .store
        .create_session(user.id, &hash_token(&token), &new_token(), expires)
        .await?;
    let cookie = cookie_value(
        SESSION_COOKIE,
        &token,
        Some(SESSION_DAYS * 86_400),
        state.config.secure_cookies(),
    );
    let mut response = with_cookie(see_other(&next), &cookie);
    if !known_device {
        let token = new_token();
        state
            .store
            .remember_device(user.id, &hash_token(&token))
            .await?;
        let device_cookie = cookie_value(
            DEVICE_COOKIE,
            &token,
            Some(DEVICE_DAYS * 86_400),
            state.config.secure_cookies(),
        );
        response = with_cookie(response, &device_cookie);
    }
    Ok(response)
}

pub(crate) async fn sign_out(
    visitor: Visitor,
    State(state): State<AppState>,
    _: CsrfForm<TokenOnly>,
) -> Result<Response, PageError> {
    if let Some(hash) = &visitor.session_hash {
        state.store.end_session(hash).await?;
    }
    let cookie = cookie_value(SESSION_COOKIE, "", Some(0), state.config.secure_cookies());
    Ok(with_cookie(see_other("/"), &cookie))
}

pub(crate) async fn sign_out_everywhere(
    visitor: Visitor,
    State(state): State<AppState>,
    _: CsrfForm<TokenOnly>,
) -> Result<Response, PageError> {
    visitor.require(Action::ManageOwnAccount)?;
    if let Some(user) = &visitor.user {
        state.store.end_all_sessions(user.id).await?;
    }
    let cookie = cookie_value(SESSION_COOKIE, "", Some(0), state.config.secure_cookies());
    Ok(with_cookie(see_other("/account/sign-in"), &cookie))
}

// ---------------------------------------------------------------- the account page

struct RoleRow {
    body_id: i64,
    body: String,
    role: String,
}

#[derive(Template)]
#[template(path = "account/account.html")]
struct AccountPage {
    t: Tr,
    csrf: String,
    name: String,
    email: String,
    roles: Vec<RoleRow>,
    is_admin: bool,
    new_email: String,
    errors: FormErrors,
}

async fn account_page(
    t: Tr,
    visitor: &Visitor,
    state: &AppState,
    new_email: String,
    errors: FormErrors,
) -> Result<AccountPage, PageError> {
    let (Some(actor), Some(user)) = (&visitor.actor, &visitor.user) else {
        return Err(PageError::SignIn(visitor.path.clone()));
    };
    let mut roles = Vec::new();
    for role in &actor.roles {
        let body = state.store.body(role.body).await?;
        roles.push(RoleRow {
            body_id: role.body.0,
            body: body.map(|b| b.fields.acronym).unwrap_or_default(),
            role: t.code("role", role.role.code()),
        });
    }
    Ok(AccountPage {
        csrf: visitor.csrf.clone(),
        name: user.display_name.clone(),
        email: user.email.clone(),
        roles,
        is_admin: user.is_admin,
        new_email,
        errors,
        t,
    })
}

pub(crate) async fn account(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
) -> Result<Response, PageError> {
    visitor.require(Action::ManageOwnAccount)?;
    let page_data = account_page(t, &visitor, &state, String::new(), FormErrors::default()).await?;
    page(StatusCode::OK, page_data.render())
}

/// A change of address as posted.
#[derive(Deserialize)]
pub(crate) struct EmailPost {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
}

pub(crate) async fn change_email(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    CsrfForm(post): CsrfForm<EmailPost>,
) -> Result<Response, PageError> {
    visitor.require(Action::ManageOwnAccount)?;
    let Some(user) = visitor.user.clone() else {
        return Err(PageError::SignIn(visitor.path.clone()));
    };
    let current = Email::parse("email", &user.email).map_err(|e| PageError::Internal(e.message))?;
    let password_ok = match state.store.credentials(&current).await? {
        Some((_, hash)) => verify_password_off_thread(post.password.clone(), Some(hash)).await,
        None => false,
    };
    let new = Email::parse("email", &post.email);
    let errors = match (&new, password_ok) {
        (Err(error), _) => FormErrors::from_invalid(
            &t,
            &Invalid {
                errors: vec![error.clone()],
            },
        ),
        (Ok(_), false) => FormErrors::one("password", t.get("account-wrong-password")),
        (Ok(_), true) => FormErrors::default(),
    };
    let Ok(new) = new
        .map_err(|_| ())
        .and_then(|n| if errors.is_empty() { Ok(n) } else { Err(()) })
    else {
        let page_data = account_page(t, &visitor, &state, post.email, errors).await?;
        return page(StatusCode::UNPROCESSABLE_ENTITY, page_data.render());
    };
    let token = new_token();
    let link = state
        .config
        .link(&format!("/account/email/confirm?token={token}"));
    let draft = TokenDraft {
        hash: hash_token(&token),
        purpose: TokenPurpose::ChangeEmail,
        email: new.as_str().to_owned(),
        payload: Some(new.as_str().to_owned()),
        expires_at: OffsetDateTime::now_utc() + Duration::hours(48),
    };
    let mail = compose(
        &t,
        new.as_str(),
        Letter::ChangeAddress {
            name: user.display_name.clone(),
            link,
        },
    );
    state.store.issue_token(user.id, &draft, &mail).await?;
    let body = t.get("account-check-new-inbox");
    page(
        StatusCode::OK,
        message(
            t,
            "account-check-inbox-title",
            body,
            Some(("/account", "account-back")),
        )
        .render(),
    )
}

pub(crate) async fn confirm_new_email_form(
    t: Tr,
    visitor: Visitor,
    Query(q): Query<TokenQuery>,
) -> Result<Response, PageError> {
    page(
        StatusCode::OK,
        ConfirmPage {
            t,
            csrf: visitor.csrf,
            token: q.token,
            action: "/account/email/confirm",
        }
        .render(),
    )
}

pub(crate) async fn confirm_new_email(
    t: Tr,
    State(state): State<AppState>,
    CsrfForm(post): CsrfForm<TokenPost>,
) -> Result<Response, PageError> {
    match state.store.change_email(&hash_token(&post.token)).await {
        Ok(_) => {
            let body = t.get("account-email-changed");
            page(
                StatusCode::OK,
                message(
                    t,
                    "account-confirmed-title",
                    body,
                    Some(("/account", "account-back")),
                )
                .render(),
            )
        }
        Err(error) => token_failure(t, error),
    }
}

// ---------------------------------------------------------------- invitations

#[derive(Template)]
#[template(path = "account/invitation.html")]
struct InvitationPage {
    t: Tr,
    csrf: String,
    token: String,
    signed_in: bool,
    here: String,
}

pub(crate) async fn invitation_form(
    t: Tr,
    visitor: Visitor,
    Query(q): Query<TokenQuery>,
) -> Result<Response, PageError> {
    let here = crate::i18n::percent_encode(&visitor.path);
    let signed_in = visitor.actor.is_some();
    page(
        StatusCode::OK,
        InvitationPage {
            t,
            csrf: visitor.csrf,
            token: q.token,
            signed_in,
            here,
        }
        .render(),
    )
}

pub(crate) async fn accept_invitation(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    CsrfForm(post): CsrfForm<TokenPost>,
) -> Result<Response, PageError> {
    visitor.require(Action::ManageOwnAccount)?;
    let Some(user) = &visitor.user else {
        return Err(PageError::SignIn(visitor.path.clone()));
    };
    match state
        .store
        .accept_invitation(&hash_token(&post.token), user.id)
        .await
    {
        Ok(_) => Ok(see_other("/account")),
        Err(error) => token_failure(t, error),
    }
}

// ---------------------------------------------------------------- private calendar address

pub(crate) async fn make_calendar(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    _: CsrfForm<TokenOnly>,
) -> Result<Response, PageError> {
    use concord_store::MeetingStore;
    visitor.require(Action::ManageOwnAccount)?;
    let Some(user) = &visitor.user else {
        return Err(PageError::SignIn(visitor.path.clone()));
    };
    let token = new_token();
    state
        .store
        .set_feed_token(user.id, Some(&hash_token(&token)))
        .await?;
    let link = state.config.link(&format!("/calendars/me/{token}.ics"));
    let body = t.arg("account-calendar-made", "link", &link);
    page(
        StatusCode::OK,
        message(
            t,
            "account-calendar-made-title",
            body,
            Some(("/account", "account-back")),
        )
        .render(),
    )
}

pub(crate) async fn revoke_calendar(
    visitor: Visitor,
    State(state): State<AppState>,
    _: CsrfForm<TokenOnly>,
) -> Result<Response, PageError> {
    use concord_store::MeetingStore;
    visitor.require(Action::ManageOwnAccount)?;
    let Some(user) = &visitor.user else {
        return Err(PageError::SignIn(visitor.path.clone()));
    };
    state.store.set_feed_token(user.id, None).await?;
    Ok(see_other("/account#calendar"))
}
