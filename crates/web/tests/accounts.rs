//! Accounts through the real pages: sign up, confirm by the e-mail's link, sign in and out,
//! reset, change of address, CSRF, throttling, and no leak of who has an account.

// Tests: a failed unwrap is a failed assertion.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use axum::http::{header, StatusCode};
use common::{link_in_outbox, App, Browser};
use concord_store::{AccountStore, MailStore};

both_backends!(
    sign_up_confirm_sign_in_and_out,
    a_second_sign_up_reveals_nothing,
    forms_without_the_csrf_token_are_refused,
    wrong_passwords_are_throttled_without_telling_who_exists,
    password_reset_signs_out_everywhere,
    change_of_address_needs_the_password_and_the_new_inbox,
    bad_input_gets_messages_next_to_the_fields,
    a_next_address_never_leaves_the_site,
);

/// The known ways to make a `next=` leave the site, as a browser would send them.
const WAYS_OUT: [&str; 12] = [
    "//evil.example/",
    "/\\evil.example/",
    "/\t/evil.example",
    "/\n/evil.example",
    "/%09/evil.example",
    "/%2F/evil.example",
    "/.//evil.example",
    "///evil.example",
    "https://evil.example/",
    "javascript:alert(1)",
    "evil.example",
    "\\\\evil.example",
];

/// True when a browser on this site, told `Location: location`, stays on this site.
fn stays_here(location: &str) -> bool {
    let here = url::Url::parse("http://127.0.0.1:8080/").unwrap();
    // What Chromium does: resolve the header against the page, dropping tabs and newlines.
    here.join(location)
        .is_ok_and(|to| to.origin() == here.origin())
}

async fn a_next_address_never_leaves_the_site(app: App) {
    let mut browser = Browser::new(&app);
    sign_up(&mut browser, "grace@example.org").await;
    confirm(&mut browser, "grace@example.org").await;
    for next in WAYS_OUT {
        let switched = app
            .get(&format!("/language/fr?next={}", common::encode(next)))
            .await;
        assert_eq!(switched.status, StatusCode::SEE_OTHER);
        let location = switched.headers[header::LOCATION].to_str().unwrap();
        assert!(stays_here(location), "{next:?} → {location:?}");

        let mut visitor = Browser::new(&app);
        let signed = visitor
            .post(
                "/account/sign-in",
                &[
                    ("email", "grace@example.org"),
                    ("password", "a long enough password"),
                    ("next", next),
                ],
            )
            .await;
        assert_eq!(signed.status, StatusCode::SEE_OTHER, "{}", signed.text);
        let location = signed.headers[header::LOCATION].to_str().unwrap();
        assert!(stays_here(location), "{next:?} → {location:?}");
    }
    // A path of the site is still where the visitor goes back to.
    let back = app
        .get("/language/fr?next=%2Fbodies%3Fon%3D2013-06-01")
        .await;
    assert_eq!(back.headers[header::LOCATION], "/bodies?on=2013-06-01");
}

async fn sign_up(browser: &mut Browser<'_>, email: &str) {
    let reply = browser
        .post(
            "/account/sign-up",
            &[
                ("display_name", "Grace Githaiga"),
                ("email", email),
                ("password", "a long enough password"),
            ],
        )
        .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.text);
    assert!(reply.text.contains("Check your inbox"));
}

async fn confirm(browser: &mut Browser<'_>, email: &str) {
    let link = link_in_outbox(&browser.app.store, email, "/account/confirm?token=").await;
    let page = browser.get(&link).await;
    assert_eq!(page.status, StatusCode::OK);
    let token = link.split("token=").nth(1).unwrap().to_owned();
    let reply = browser.post("/account/confirm", &[("token", &token)]).await;
    assert!(
        reply.text.contains("Your e-mail address is confirmed"),
        "{}",
        reply.text
    );
}

async fn sign_in(browser: &mut Browser<'_>, email: &str, password: &str) -> common::Reply {
    browser
        .post(
            "/account/sign-in",
            &[
                ("email", email),
                ("password", password),
                ("next", "/account"),
            ],
        )
        .await
}

async fn sign_up_confirm_sign_in_and_out(app: App) {
    let mut browser = Browser::new(&app);
    sign_up(&mut browser, "grace@example.org").await;
    // Not before the address is confirmed.
    let early = sign_in(&mut browser, "grace@example.org", "a long enough password").await;
    assert_eq!(early.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(early.text.contains("Confirm your e-mail address first"));
    confirm(&mut browser, "grace@example.org").await;
    let reply = sign_in(&mut browser, "GRACE@example.org", "a long enough password").await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.text);
    assert_eq!(reply.headers[header::LOCATION], "/account");
    let cookie = reply
        .headers
        .get_all(header::SET_COOKIE)
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .find(|c| c.starts_with("concord_session="))
        .unwrap();
    assert!(
        cookie.contains("HttpOnly")
            && cookie.contains("SameSite=Lax")
            && !cookie.contains("Secure"),
        "{cookie}"
    );
    let account = browser.get("/account").await;
    assert_eq!(account.status, StatusCode::OK);
    assert!(account.text.contains("grace@example.org"));
    assert!(
        account
            .text
            .contains("<a href=\"/account\">Grace Githaiga</a>"),
        "the layout shows who is signed in"
    );
    let out = browser.post("/account/sign-out", &[]).await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    let after = browser.get("/account").await;
    assert_eq!(
        after.status,
        StatusCode::SEE_OTHER,
        "signed out: the account page asks to sign in"
    );
    assert_eq!(
        after.headers[header::LOCATION],
        "/account/sign-in?next=/account"
    );
    // The link cannot be used twice.
    let link = link_in_outbox(&app.store, "grace@example.org", "/account/confirm?token=").await;
    let token = link.split("token=").nth(1).unwrap().to_owned();
    let again = browser.post("/account/confirm", &[("token", &token)]).await;
    assert_eq!(again.status, StatusCode::BAD_REQUEST);
    assert!(again.text.contains("This link was already used"));
}

async fn a_second_sign_up_reveals_nothing(app: App) {
    let mut browser = Browser::new(&app);
    sign_up(&mut browser, "grace@example.org").await;
    let mut other = Browser::new(&app);
    sign_up(&mut other, "Grace@Example.org").await;
    assert_eq!(app.store.users().await.unwrap().len(), 1);
    let mails = app.store.outbox(10).await.unwrap();
    assert_eq!(mails.len(), 2);
    assert!(
        mails[0].body.contains("already has an account"),
        "the owner is told: {}",
        mails[0].body
    );
}

async fn forms_without_the_csrf_token_are_refused(app: App) {
    let mut browser = Browser::new(&app);
    browser.get("/").await;
    let forged = browser
        .post_raw(
            "/account/sign-up",
            &[
                ("csrf", &"0".repeat(64)),
                ("display_name", "X"),
                ("email", "x@example.org"),
                ("password", "long enough password"),
            ],
        )
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    assert!(forged
        .text
        .contains("This form has expired or was sent from another site"));
    let missing = browser
        .post_raw(
            "/account/sign-in",
            &[("email", "x@example.org"), ("password", "whatever it is")],
        )
        .await;
    assert_eq!(missing.status, StatusCode::FORBIDDEN);
    assert!(app.store.users().await.unwrap().is_empty());
}

async fn wrong_passwords_are_throttled_without_telling_who_exists(app: App) {
    let mut browser = Browser::new(&app);
    sign_up(&mut browser, "grace@example.org").await;
    confirm(&mut browser, "grace@example.org").await;
    let known = sign_in(&mut browser, "grace@example.org", "not the password").await;
    let unknown = sign_in(&mut browser, "nobody@example.org", "not the password").await;
    assert_eq!(known.status, unknown.status);
    assert!(known
        .text
        .contains("The e-mail address or the password is not right."));
    assert!(unknown
        .text
        .contains("The e-mail address or the password is not right."));
    for _ in 0..4 {
        sign_in(&mut browser, "grace@example.org", "still wrong").await;
    }
    let throttled = sign_in(&mut browser, "grace@example.org", "a long enough password").await;
    assert_eq!(throttled.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(throttled.text.contains("Too many failed attempts"));
}

async fn password_reset_signs_out_everywhere(app: App) {
    let mut browser = Browser::new(&app);
    sign_up(&mut browser, "grace@example.org").await;
    confirm(&mut browser, "grace@example.org").await;
    sign_in(&mut browser, "grace@example.org", "a long enough password").await;
    let mut stranger = Browser::new(&app);
    let asked = stranger
        .post("/account/reset", &[("email", "grace@example.org")])
        .await;
    assert!(asked.text.contains("Check your inbox"));
    let unknown = stranger
        .post("/account/reset", &[("email", "nobody@example.org")])
        .await;
    assert_eq!(
        asked.text.replace(char::is_numeric, ""),
        unknown.text.replace(char::is_numeric, ""),
        "the same answer either way"
    );
    let link = link_in_outbox(
        &app.store,
        "grace@example.org",
        "/account/reset/choose?token=",
    )
    .await;
    let token = link.split("token=").nth(1).unwrap().to_owned();
    let short = stranger
        .post(
            "/account/reset/choose",
            &[("token", &token), ("password", "short")],
        )
        .await;
    assert_eq!(short.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(short.text.contains("Use at least 10 characters."));
    let done = stranger
        .post(
            "/account/reset/choose",
            &[("token", &token), ("password", "a brand new password")],
        )
        .await;
    assert!(done.text.contains("Password changed"), "{}", done.text);
    assert_eq!(
        browser.get("/account").await.status,
        StatusCode::SEE_OTHER,
        "the old session ended"
    );
    assert_eq!(
        sign_in(&mut stranger, "grace@example.org", "a brand new password")
            .await
            .status,
        StatusCode::SEE_OTHER
    );
}

async fn change_of_address_needs_the_password_and_the_new_inbox(app: App) {
    let mut browser = Browser::new(&app);
    sign_up(&mut browser, "grace@example.org").await;
    confirm(&mut browser, "grace@example.org").await;
    sign_in(&mut browser, "grace@example.org", "a long enough password").await;
    let wrong = browser
        .post(
            "/account/email",
            &[("email", "grace@new.example"), ("password", "nope")],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.text.contains("The password is not right."));
    let asked = browser
        .post(
            "/account/email",
            &[
                ("email", "grace@new.example"),
                ("password", "a long enough password"),
            ],
        )
        .await;
    assert!(asked.text.contains("We sent a link to your new address"));
    let link = link_in_outbox(
        &app.store,
        "grace@new.example",
        "/account/email/confirm?token=",
    )
    .await;
    let token = link.split("token=").nth(1).unwrap().to_owned();
    let done = browser
        .post("/account/email/confirm", &[("token", &token)])
        .await;
    assert!(
        done.text.contains("Your account now uses the new address."),
        "{}",
        done.text
    );
    assert!(browser
        .get("/account")
        .await
        .text
        .contains("grace@new.example"));
    // Everywhere: this browser is signed out too.
    let out = browser.post("/account/sign-out-everywhere", &[]).await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    assert_eq!(browser.get("/account").await.status, StatusCode::SEE_OTHER);
}

async fn bad_input_gets_messages_next_to_the_fields(app: App) {
    let mut browser = Browser::new(&app);
    let reply = browser
        .post(
            "/account/sign-up",
            &[
                ("display_name", &"x".repeat(130)),
                ("email", "not-an-address"),
                ("password", "short"),
            ],
        )
        .await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    for (field, says) in [
        ("display_name", "At most 120 characters, not 130."),
        ("email", "This is not an e-mail address."),
        ("password", "Use at least 10 characters."),
    ] {
        assert!(
            reply.text.contains(&format!("id=\"{field}-error\"")),
            "{field}"
        );
        assert!(reply.text.contains(says), "{says}");
        assert!(reply
            .text
            .contains(&format!("id=\"{field}\" name=\"{field}\"")));
    }
    assert!(reply.text.contains("aria-invalid=\"true\""));
    assert!(
        reply.text.contains("value=\"not-an-address\""),
        "what was typed is kept"
    );
    browser.headers.push((header::ACCEPT_LANGUAGE, "fr".into()));
    let french = browser
        .post(
            "/account/sign-up",
            &[
                ("display_name", ""),
                ("email", "x@example.org"),
                ("password", "long enough password"),
            ],
        )
        .await;
    assert!(french.text.contains("<html lang=\"fr\""));
    assert!(
        !french.text.contains("This field is required."),
        "the message is translated"
    );
}
