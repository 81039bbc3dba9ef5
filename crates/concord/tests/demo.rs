//! The demonstration data, loaded on each backend and read back through the pages and API as a
//! newcomer would see it.

// Tests: a failed unwrap is a failed assertion.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use axum::body::Body;
use axum::http::{Request, StatusCode};
use concord_store::testing::TestDb;
use concord_store::{Backend, BodyStore};
use concord_web::{router, AppState, WebConfig};
use http_body_util::BodyExt;
use serde_json::Value;
use tower::ServiceExt;

async fn get(app: &axum::Router, path: &str) -> (StatusCode, String) {
    let response = app
        .clone()
        .oneshot(Request::get(path).body(Body::empty()).unwrap())
        .await
        .unwrap();
    let status = response.status();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    (status, String::from_utf8_lossy(&bytes).into_owned())
}

async fn json(app: &axum::Router, path: &str) -> Value {
    let (status, text) = get(app, path).await;
    assert_eq!(status, StatusCode::OK, "{path}: {text}");
    serde_json::from_str(&text).unwrap()
}

fn balance_of<'a>(body: &'a Value, label: &str) -> &'a Value {
    body["composition"]["balance"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["label"] == label)
        .unwrap()
}

async fn demo_composition_is_correct(backend: Backend) {
    let Some(db) = TestDb::new(backend).await else {
        return;
    };
    let mut steps = Vec::new();
    let report = concord::demo::load(&db.store, |step, _| steps.push(step))
        .await
        .unwrap();
    assert_eq!(steps, (1..=concord::demo::STEPS).collect::<Vec<_>>());
    assert_eq!((report.bodies, report.events, report.skipped), (6, 19, 0));

    // A second load finds everything there and adds nothing.
    let again = concord::demo::load(&db.store, |_, _| {}).await.unwrap();
    assert_eq!(
        (again.bodies, again.parties, again.memberships, again.events),
        (0, 0, 0, 0)
    );

    let app = router(AppState::new(db.store.clone(), WebConfig::default()));
    let bodies = db.store.bodies().await.unwrap();
    let id = |acronym: &str| {
        bodies
            .iter()
            .find(|b| b.fields.acronym == acronym)
            .unwrap()
            .id
    };

    let cstd = json(&app, &format!("/api/v1/bodies/{}", id("CSTD"))).await;
    let seats: i64 = cstd["composition"]["balance"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["seats"].as_i64().unwrap())
        .sum();
    assert_eq!(seats, 43);
    assert_eq!(balance_of(&cstd, "African States")["seats"], 11);
    let in_2013 = json(
        &app,
        &format!("/api/v1/bodies/{}?on=2013-06-01", id("CSTD")),
    )
    .await;
    assert_eq!(balance_of(&in_2013, "Eastern European States")["filled"], 1);

    let wgec = json(&app, &format!("/api/v1/bodies/{}", id("WGEC-2013"))).await;
    let seats: i64 = wgec["composition"]["balance"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["seats"].as_i64().unwrap())
        .sum();
    assert_eq!(seats, 42, "22 government seats and 20 stakeholder seats");
    assert_eq!(balance_of(&wgec, "WSIS host countries")["status"], "filled");
    assert_eq!(balance_of(&wgec, "Civil society")["filled"], 4);
    assert_eq!(wgec["body"]["mandate"]["symbol"], "A/RES/67/195");
    assert_eq!(wgec["body"]["mandate"]["paragraph"], "20");
    assert_eq!(wgec["body"]["lifecycle"], "transmitted");
    let chair = wgec["memberships"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["role"] == "chair")
        .unwrap();
    assert_eq!(chair["person_name"], "Peter Major");
    assert_eq!(wgec["composition"]["matrix"]["total"], 9);
    let history: Vec<_> = wgec["lifecycle_history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["to"].as_str().unwrap().to_owned())
        .collect();
    assert!(history.contains(&"concluded_without_consensus".to_owned()));

    let (status, html) = get(&app, &format!("/bodies/{}", id("WGEC-2016"))).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Benedicto Fonseca Filho"));
    assert!(html.contains("Focal point"));
    let (_, html) = get(&app, &format!("/bodies/{}", id("WGEC-2013"))).await;
    assert!(
        html.contains("WGEC-CG"),
        "the correspondence group is listed as a sub-group"
    );

    let events = json(&app, "/api/v1/events").await;
    let events = events["events"].as_array().unwrap();
    assert_eq!(events.len(), 19);
    assert!(events
        .iter()
        .any(|e| e["title"] == "ECOSOC Substantive Session" && e["precision"] == "month"));
    let (_, html) = get(&app, "/events").await;
    assert!(html.contains("July 2013"));
    assert!(html.contains("3 December 2012 – 14 December 2012"));
    db.finish().await;
}

#[tokio::test]
async fn demo_on_sqlite() {
    demo_composition_is_correct(Backend::Sqlite).await;
}

#[tokio::test]
async fn demo_on_postgres() {
    demo_composition_is_correct(Backend::Postgres).await;
}
