//! Every state-changing route of the router refuses a request without a valid token before it
//! does anything: forms without the visitor's own CSRF token (missing, another session's, or the
//! anonymous cookie's once signed in), the API without the administrator's bearer token. The
//! routes come from the route table itself, so a route added without the check fails here.

// Tests: a failed unwrap is a failed assertion.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use axum::http::StatusCode;
use common::{signed_in, App, Browser, Reply};
use concord_store::AuditStore;
use concord_web::routes::{state_changing, Payload};
use serde_json::json;

both_backends!(every_state_changing_route_refuses_a_missing_or_foreign_token);

/// What the refusal page says.
const REFUSED: &str = "This form has expired or was sent from another site";

/// `path` with each `{placeholder}` filled in: a number names something that may exist.
fn filled(path: &str) -> String {
    let mut out = String::new();
    let mut rest = path;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let end = rest[start..].find('}').unwrap() + start;
        out.push('1');
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    out
}

async fn post(
    browser: &mut Browser<'_>,
    payload: Payload,
    path: &str,
    token: Option<&str>,
) -> Reply {
    let mut fields: Vec<(&str, &str)> = vec![("title", "Forged"), ("note", "forged")];
    if let Some(token) = token {
        fields.insert(0, ("csrf", token));
    }
    match payload {
        Payload::Multipart => {
            let file: &[u8] = b"forged";
            browser
                .post_multipart_raw(path, &fields, &[("file", "forged.txt", file)])
                .await
        }
        _ => browser.post_raw(path, &fields).await,
    }
}

fn assert_refused(reply: &Reply, what: &str) {
    assert_eq!(
        reply.status,
        StatusCode::FORBIDDEN,
        "{what}: {}",
        reply.text
    );
    assert!(reply.text.contains(REFUSED), "{what}: {}", reply.text);
}

async fn every_state_changing_route_refuses_a_missing_or_foreign_token(app: App) {
    // A body for the ids in the paths to name.
    app.wgec().await;
    let routes = state_changing();
    let forms = routes.iter().filter(|r| r.payload != Payload::Json).count();
    assert!(forms >= 70, "the route table lists the forms: {forms}");
    let (mut admin, _) = signed_in(&app, "ada", true, None).await;
    let (mut other, _) = signed_in(&app, "bob", false, None).await;
    let foreign = other.csrf().await;
    let mut anonymous = Browser::new(&app);
    let cookie_token = anonymous.csrf().await;
    admin
        .cookies
        .insert("concord_csrf".into(), cookie_token.clone());
    let audited = app.store.audit_log(1_000).await.unwrap().len();

    for route in &routes {
        let path = filled(&route.path);
        if route.payload == Payload::Json {
            let body = json!({ "name": "Forged" });
            for token in [None, Some("not the administrator's token")] {
                let reply = app.post_as(&path, &body, token).await;
                assert!(
                    matches!(
                        reply.status,
                        StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN
                    ),
                    "{} {path} with {token:?}: {} {}",
                    route.method,
                    reply.status,
                    reply.text
                );
            }
            continue;
        }
        let what = |case: &str| format!("{} {path} {case}", route.method);
        let reply = post(&mut admin, route.payload, &path, None).await;
        assert_refused(&reply, &what("signed in, no token"));
        let reply = post(&mut admin, route.payload, &path, Some(&foreign)).await;
        assert_refused(&reply, &what("signed in, another session's token"));
        let reply = post(&mut admin, route.payload, &path, Some(&cookie_token)).await;
        assert_refused(&reply, &what("signed in, the anonymous cookie's token"));
        let reply = post(&mut anonymous, route.payload, &path, None).await;
        assert_refused(&reply, &what("anonymous, no token"));
        let reply = post(&mut anonymous, route.payload, &path, Some(&foreign)).await;
        assert_refused(&reply, &what("anonymous, a session's token"));
    }
    assert_eq!(
        app.store.audit_log(1_000).await.unwrap().len(),
        audited,
        "nothing was changed"
    );
}
