//! The pages, as a browser gets them: content, 404s in the site's layout, headers.

// Tests: a failed unwrap is a failed assertion.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use common::{quota, App};
use serde_json::json;

both_backends!(
    every_page_renders_in_the_layout,
    body_page_shows_mandate_balance_and_members,
    unknown_addresses_are_404_pages,
    country_page_lists_memberships,
    pages_are_compressed_and_protected,
    a_database_outage_is_a_translated_503_asking_to_retry,
    https_deployments_ask_browsers_to_keep_to_https,
    every_page_offers_the_source_it_runs,
);

/// The AGPL's §13: whoever uses Concord over a network is offered its source, from every page.
async fn every_page_offers_the_source_it_runs(app: App) {
    for path in ["/", "/bodies", "/no-such-page"] {
        let page = app.get(path).await.text;
        assert!(
            page.contains("<a href=\"/source.tar.gz\">Source code (AGPL-3.0)</a>"),
            "{path}"
        );
    }
    let config = concord_web::WebConfig {
        source_archive: Some(b"\x1f\x8b archive"),
        ..concord_web::WebConfig::default()
    };
    let serving = App {
        router: concord_web::router(concord_web::AppState::new(app.store.clone(), config)),
        store: app.store.clone(),
    };
    let archive = serving.get("/source.tar.gz").await;
    assert_eq!(archive.status, StatusCode::OK);
    assert_eq!(archive.headers[header::CONTENT_TYPE], "application/gzip");
    assert_eq!(archive.bytes, b"\x1f\x8b archive");
}

async fn https_deployments_ask_browsers_to_keep_to_https(app: App) {
    let plain = app.get("/").await;
    assert!(
        !plain
            .headers
            .contains_key(header::STRICT_TRANSPORT_SECURITY),
        "never on a plain-HTTP deployment"
    );
    let config = concord_web::WebConfig {
        public_url: "https://concord.example.org".into(),
        ..concord_web::WebConfig::default()
    };
    let secure = App {
        router: concord_web::router(concord_web::AppState::new(app.store.clone(), config)),
        store: app.store.clone(),
    };
    for path in ["/", "/bodies", "/no-such-page", "/api/v1"] {
        let reply = secure.get(path).await;
        assert_eq!(
            reply.headers[header::STRICT_TRANSPORT_SECURITY],
            "max-age=31536000; includeSubDomains",
            "{path}"
        );
    }
}

/// With the database gone (here: every connection closed), pages, the API and `/healthz` answer
/// 503 with `Retry-After` at once, in the visitor's language, never a generic 500.
async fn a_database_outage_is_a_translated_503_asking_to_retry(app: App) {
    app.store.close().await;
    let started = std::time::Instant::now();
    let page = app
        .send(
            Request::get("/bodies")
                .header(header::ACCEPT_LANGUAGE, "fr")
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(page.status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(page.headers[header::RETRY_AFTER], "5");
    assert!(
        page.text.contains("Momentanément indisponible"),
        "{}",
        page.text
    );
    assert!(page.text.contains("Rien n’a été modifié"));
    let api = app.get("/api/v1/bodies").await;
    assert_eq!(api.status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(api.json()["error"]["code"], "unavailable");
    assert!(api.headers.contains_key(header::RETRY_AFTER));
    let health = app.get("/healthz").await;
    assert_eq!(health.status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(health.json()["status"], "unavailable");
    assert!(
        started.elapsed() < std::time::Duration::from_secs(5),
        "fails fast"
    );
}

fn assert_layout(html: &str, path: &str) {
    assert!(html.starts_with("<!DOCTYPE html>"), "{path}");
    assert!(html.contains("<html lang=\"en\" dir=\"ltr\">"), "{path}");
    assert!(html.contains("<a class=\"skip\" href=\"#main\">"), "{path}");
    assert_eq!(html.matches("<h1").count(), 1, "{path}: one h1");
    assert!(html.contains("</html>"), "{path}");
}

async fn seed(app: &App) -> i64 {
    let (id, quotas) = app.wgec().await;
    let path = format!("/api/v1/bodies/{id}/memberships");
    app.post(
        &path,
        &json!({ "quota_id": quota(&quotas, "hosts"), "state": "CH" }),
    )
    .await;
    app.post(
        &path,
        &json!({ "quota_id": quota(&quotas, "AFR"), "state": "KE" }),
    )
    .await;
    let person = app
        .post(
            "/api/v1/people",
            &json!({ "name": "Peter Major", "country": "HU" }),
        )
        .await
        .json();
    let reply = app
        .post(
            &path,
            &json!({ "role": "chair", "person_id": person["id"], "personal_capacity": true }),
        )
        .await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.text);
    app.post("/api/v1/organizations", &json!({ "name": "Association for Progressive Communications", "acronym": "APC", "stakeholder_group": "civil_society", "ecosoc_status": "general" })).await;
    id
}

async fn every_page_renders_in_the_layout(app: App) {
    let id = seed(&app).await;
    for path in [
        "/",
        "/bodies",
        &format!("/bodies/{id}"),
        "/countries",
        "/countries/CH",
        "/organizations",
        "/organizations/1",
        "/people",
        "/people/1",
        "/events",
    ] {
        let reply = app.get(path).await;
        assert_eq!(reply.status, StatusCode::OK, "{path}");
        assert_eq!(
            reply.headers[header::CONTENT_TYPE],
            "text/html; charset=utf-8",
            "{path}"
        );
        assert_layout(&reply.text, path);
    }
}

async fn body_page_shows_mandate_balance_and_members(app: App) {
    let id = seed(&app).await;
    let html = app.get(&format!("/bodies/{id}")).await.text;
    assert!(html.contains("A/RES/67/195</span>, paragraph 20"));
    assert!(html.contains("<caption>Seats by quota on 14 May 2014</caption>"));
    assert!(html.contains("<th scope=\"row\">African States</th><td class=\"num\">4</td><td class=\"num\">1</td><td class=\"status-vacant\">3 vacant</td>"));
    assert!(html.contains(
        "<td class=\"num\">2</td><td class=\"num\">1</td><td class=\"status-vacant\">1 vacant</td>"
    ));
    assert!(html.contains("<a href=\"/countries/KE\">Kenya</a>"));
    assert!(html.contains("Peter Major</a> <span class=\"tag\">in a personal capacity</span>"));
    let earlier = app.get(&format!("/bodies/{id}?on=2013-03-22")).await;
    assert!(earlier.text.contains("Seats by quota on 22 March 2013"));
    let bad = app.get(&format!("/bodies/{id}?on=yesterday")).await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert!(bad.text.contains("YYYY-MM-DD"));
    assert_layout(&bad.text, "bad date");
}

async fn unknown_addresses_are_404_pages(app: App) {
    for (path, says) in [
        ("/bodies/42", "There is no body with the id “42”."),
        ("/bodies/wgec", "There is no body with the id “wgec”."),
        ("/countries/XX", "“XX” is not a known country code."),
        ("/people/7", "There is no person with the id “7”."),
        (
            "/organizations/7",
            "There is no organization with the id “7”.",
        ),
        ("/no/such/page", "There is no page at this address."),
    ] {
        let reply = app.get(path).await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{path}");
        assert!(reply.text.contains(says), "{path}: {}", reply.text);
        assert_layout(&reply.text, path);
    }
}

async fn country_page_lists_memberships(app: App) {
    let id = seed(&app).await;
    let html = app.get("/countries/ke").await.text;
    assert!(html.contains("<h1>Kenya</h1>"));
    assert!(html.contains("African States"));
    assert!(html.contains(&format!("<a href=\"/bodies/{id}\">WGEC-2013</a>")));
    let html = app.get("/countries/VA").await.text;
    assert!(html.contains("Non-member observer state"));
    assert!(html.contains("holds no membership"));
    let html = app.get("/countries").await.text;
    assert!(html.contains("African States <span class=\"count\">(54)</span>"));
}

async fn pages_are_compressed_and_protected(app: App) {
    seed(&app).await;
    let reply = app
        .send(
            Request::get("/countries")
                .header(header::ACCEPT_ENCODING, "gzip")
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(reply.headers[header::CONTENT_ENCODING], "gzip");
    assert_eq!(reply.headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    assert!(reply.headers[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap()
        .contains("default-src 'self'"));
    let css = app.get("/static/concord.css").await;
    assert_eq!(css.status, StatusCode::OK);
    assert!(css.text.contains("@media print"));
}
