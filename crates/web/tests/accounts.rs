//! Accounts through the real pages: sign up, confirm by the e-mail's link, sign in and out,
//! reset, change of address, CSRF, throttling, and no leak of who has an account.

// Tests: a failed unwrap is a failed assertion.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use common::{link_in_outbox, App, Browser};
use concord_store::{AccountStore, MailStore};
use tower::ServiceExt as _;

both_backends!(
    sign_up_confirm_sign_in_and_out,
    a_second_sign_up_reveals_nothing,
    forms_without_the_csrf_token_are_refused,
    wrong_passwords_are_throttled_without_telling_who_exists,
    password_reset_signs_out_everywhere,
    change_of_address_needs_the_password_and_the_new_inbox,
    bad_input_gets_messages_next_to_the_fields,
    a_next_address_never_leaves_the_site,
    concurrent_guesses_are_counted_before_any_password_is_checked,
    a_strangers_guesses_never_lock_the_owner_out,
    client_addresses_come_from_trusted_proxies_only,
    mail_to_one_address_is_limited_and_resets_take_the_same_time,
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

/// A sign-in form as sent from `peer` (through a proxy when `forwarded_for` is given).
fn sign_in_request(
    csrf: &str,
    cookies: &str,
    email: &str,
    password: &str,
    peer: &str,
    forwarded_for: Option<&str>,
) -> Request<Body> {
    let body = format!(
        "csrf={}&email={}&password={}",
        common::encode(csrf),
        common::encode(email),
        common::encode(password)
    );
    let mut request = Request::post("/account/sign-in")
        .header(header::COOKIE, cookies)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    if let Some(forwarded) = forwarded_for {
        request = request.header("x-forwarded-for", forwarded);
    }
    let mut request = request.body(Body::from(body)).unwrap();
    let peer: std::net::SocketAddr = format!("{peer}:40000").parse().unwrap();
    request
        .extensions_mut()
        .insert(axum::extract::ConnectInfo(peer));
    request
}

async fn concurrent_guesses_are_counted_before_any_password_is_checked(app: App) {
    let mut browser = Browser::new(&app);
    sign_up(&mut browser, "grace@example.org").await;
    confirm(&mut browser, "grace@example.org").await;
    let csrf = browser.csrf().await;
    let cookies = format!("concord_csrf={}", browser.cookies["concord_csrf"]);
    let mut guesses = tokio::task::JoinSet::new();
    for n in 0..150 {
        let router = app.router.clone();
        let request = sign_in_request(
            &csrf,
            &cookies,
            "grace@example.org",
            &format!("guess number {n}"),
            "198.51.100.7",
            None,
        );
        guesses.spawn(async move { router.oneshot(request).await.unwrap() });
    }
    let (mut checked, mut refused) = (0, 0);
    while let Some(reply) = guesses.join_next().await {
        let reply = reply.unwrap();
        match reply.status() {
            StatusCode::UNPROCESSABLE_ENTITY => checked += 1,
            StatusCode::TOO_MANY_REQUESTS => {
                assert!(reply.headers().contains_key(header::RETRY_AFTER));
                refused += 1;
            }
            other => panic!("unexpected {other}"),
        }
    }
    assert_eq!(
        (checked, refused),
        (5, 145),
        "five passwords checked, not more"
    );
}

async fn a_strangers_guesses_never_lock_the_owner_out(app: App) {
    let mut owner = Browser::new(&app);
    sign_up(&mut owner, "grace@example.org").await;
    confirm(&mut owner, "grace@example.org").await;
    let signed = sign_in(&mut owner, "grace@example.org", "a long enough password").await;
    assert_eq!(signed.status, StatusCode::SEE_OTHER);
    assert!(
        owner.cookies.contains_key("concord_device"),
        "the browser is remembered"
    );
    owner.post("/account/sign-out", &[]).await;

    let mut stranger = Browser::new(&app);
    for _ in 0..5 {
        let guess = sign_in(&mut stranger, "grace@example.org", "a wrong guess").await;
        assert_eq!(guess.status, StatusCode::UNPROCESSABLE_ENTITY);
    }
    let locked = sign_in(&mut stranger, "grace@example.org", "a long enough password").await;
    assert_eq!(locked.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(locked.headers.contains_key(header::RETRY_AFTER));

    let back = sign_in(&mut owner, "grace@example.org", "a long enough password").await;
    assert_eq!(back.status, StatusCode::SEE_OTHER, "{}", back.text);
    // A device cookie that was never given for this account counts as a stranger's.
    let mut forger = Browser::new(&app);
    forger
        .cookies
        .insert("concord_device".into(), "0123456789abcdef".into());
    let forged = sign_in(&mut forger, "grace@example.org", "a long enough password").await;
    assert_eq!(forged.status, StatusCode::TOO_MANY_REQUESTS);
}

async fn client_addresses_come_from_trusted_proxies_only(app: App) {
    let config = concord_web::WebConfig {
        trusted_proxies: concord_web::client::TrustedProxies::parse(&["10.0.0.0/8"]).unwrap(),
        ..concord_web::WebConfig::default()
    };
    let proxied = App {
        router: concord_web::router(concord_web::AppState::new(app.store.clone(), config)),
        store: app.store.clone(),
    };
    let mut browser = Browser::new(&proxied);
    let csrf = browser.csrf().await;
    let cookies = format!("concord_csrf={}", browser.cookies["concord_csrf"]);
    let attempt = |email: String, peer: &'static str, forwarded: Option<&'static str>| {
        sign_in_request(&csrf, &cookies, &email, "wrong", peer, forwarded)
    };
    // Twenty failures from one client behind the proxy: that client is stopped…
    for n in 0..20 {
        let reply = proxied
            .send(attempt(
                format!("user{n}@example.org"),
                "10.0.0.1",
                Some("198.51.100.1"),
            ))
            .await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    }
    let stopped = proxied
        .send(attempt(
            "another@example.org".into(),
            "10.0.0.1",
            Some("198.51.100.1"),
        ))
        .await;
    assert_eq!(stopped.status, StatusCode::TOO_MANY_REQUESTS);
    // …and another visitor through the same proxy is not.
    let other = proxied
        .send(attempt(
            "another@example.org".into(),
            "10.0.0.1",
            Some("198.51.100.2"),
        ))
        .await;
    assert_eq!(other.status, StatusCode::UNPROCESSABLE_ENTITY);
    // A client that is not a proxy cannot pick its address with the header.
    for n in 0..20 {
        let spoofed = format!("192.0.2.{n}");
        let request = sign_in_request(
            &csrf,
            &cookies,
            &format!("spoof{n}@example.org"),
            "wrong",
            "203.0.113.5",
            Some(Box::leak(spoofed.into_boxed_str())),
        );
        assert_eq!(
            proxied.send(request).await.status,
            StatusCode::UNPROCESSABLE_ENTITY
        );
    }
    let caught = proxied
        .send(attempt(
            "last@example.org".into(),
            "203.0.113.5",
            Some("192.0.2.99"),
        ))
        .await;
    assert_eq!(caught.status, StatusCode::TOO_MANY_REQUESTS);
}

async fn mail_to_one_address_is_limited_and_resets_take_the_same_time(app: App) {
    let mut owner = Browser::new(&app);
    sign_up(&mut owner, "grace@example.org").await;
    confirm(&mut owner, "grace@example.org").await;
    let mut stranger = Browser::new(&app);
    for _ in 0..3 {
        let started = std::time::Instant::now();
        let asked = stranger
            .post("/account/reset", &[("email", "grace@example.org")])
            .await;
        assert_eq!(asked.status, StatusCode::OK);
        let known = started.elapsed();
        let started = std::time::Instant::now();
        stranger
            .post("/account/reset", &[("email", "nobody@example.org")])
            .await;
        let unknown = started.elapsed();
        // Both wait out the same floor, which the writing of a token stays under.
        assert!(known >= std::time::Duration::from_millis(50), "{known:?}");
        assert!(
            unknown >= std::time::Duration::from_millis(50),
            "{unknown:?}"
        );
    }
    let fourth = stranger
        .post("/account/reset", &[("email", "grace@example.org")])
        .await;
    assert_eq!(fourth.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(fourth.headers.contains_key(header::RETRY_AFTER));
    assert!(fourth.text.contains("Try again in"), "{}", fourth.text);
    let resets = app
        .store
        .outbox(100)
        .await
        .unwrap()
        .iter()
        .filter(|m| m.to == "grace@example.org" && m.body.contains("/account/reset/choose"))
        .count();
    assert_eq!(resets, 3, "three reset mails, not four");
    // Sign-ups mail the address too: the same limit per recipient.
    let mut repeater = Browser::new(&app);
    for _ in 0..3 {
        sign_up(&mut repeater, "ada@example.org").await;
    }
    let again = repeater
        .post(
            "/account/sign-up",
            &[
                ("display_name", "Ada"),
                ("email", "ada@example.org"),
                ("password", "a long enough password"),
            ],
        )
        .await;
    assert_eq!(again.status, StatusCode::TOO_MANY_REQUESTS);
}
