//! The JSON API, as a client uses it: reads, writes, and every kind of bad input.

// Tests: a failed unwrap is a failed assertion.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use axum::http::StatusCode;
use common::{quota, App};
use serde_json::json;

both_backends!(
    bodies_are_created_and_read_back,
    writes_need_the_administrator_token,
    invalid_bodies_get_422_with_the_field,
    duplicate_acronym_is_422,
    malformed_json_is_400,
    composition_rules_are_enforced_with_clear_errors,
    balance_and_matrix_are_in_the_body,
    lifecycle_moves,
    unknown_things_are_404,
    reference_data_is_served,
    health_reports_the_database,
    oversized_bodies_are_refused,
);

async fn bodies_are_created_and_read_back(app: App) {
    let (id, _) = app.wgec().await;
    let list = app.get("/api/v1/bodies").await;
    assert_eq!(list.status, StatusCode::OK);
    assert_eq!(list.json()["bodies"][0]["acronym"], "WGEC-2013");
    let one = app.get(&format!("/api/v1/bodies/{id}")).await.json();
    assert_eq!(one["body"]["mandate"]["symbol"], "A/RES/67/195");
    assert_eq!(one["body"]["lifecycle"], "established");
    assert_eq!(one["body"]["start_date"], "2013-03-22");
    assert_eq!(one["composition"]["balance"].as_array().unwrap().len(), 6);
}

async fn writes_need_the_administrator_token(app: App) {
    let form = json!({ "name": "X", "acronym": "X", "body_type": "task_force" });
    let none = app.post_as("/api/v1/bodies", &form, None).await;
    assert_eq!(none.status, StatusCode::UNAUTHORIZED);
    assert_eq!(none.json()["error"]["code"], "unauthorized");
    let wrong = app
        .post_as("/api/v1/bodies", &form, Some("not-the-token-at-all"))
        .await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    let read_only = App::new(app.store.clone(), None);
    let refused = read_only
        .post_as("/api/v1/bodies", &form, Some(common::TOKEN))
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert_eq!(refused.json()["error"]["code"], "writes_disabled");
    assert_eq!(app.get("/api/v1/bodies").await.json()["bodies"], json!([]));
}

async fn invalid_bodies_get_422_with_the_field(app: App) {
    let reply = app
        .post(
            "/api/v1/bodies",
            &json!({ "name": "", "acronym": "WG 1", "body_type": "club", "start_date": "30/05/2013", "lifecycle": "dormant" }),
        )
        .await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    let error = &reply.json()["error"];
    assert_eq!(error["field"], "name");
    let fields: Vec<_> = error["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(fields, ["name", "acronym", "body_type", "start_date"]);
    assert!(error["message"].as_str().unwrap().contains("YYYY-MM-DD"));
    let unknown_state = app
        .post("/api/v1/bodies", &json!({ "name": "X", "acronym": "X", "body_type": "task_force", "lifecycle": "dormant" }))
        .await;
    assert_eq!(unknown_state.json()["error"]["field"], "lifecycle");
    let orphan = app
        .post(
            "/api/v1/bodies",
            &json!({ "name": "X", "acronym": "X", "body_type": "task_force", "parent_id": 999 }),
        )
        .await;
    assert_eq!(orphan.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(orphan.json()["error"]["code"], "unknown_body");
}

async fn duplicate_acronym_is_422(app: App) {
    app.wgec().await;
    let reply = app
        .post(
            "/api/v1/bodies",
            &json!({ "name": "Another", "acronym": "wgec-2013", "body_type": "working_group" }),
        )
        .await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    let error = &reply.json()["error"];
    assert_eq!(
        (error["field"].as_str(), error["code"].as_str()),
        (Some("acronym"), Some("duplicate_acronym"))
    );
}

async fn malformed_json_is_400(app: App) {
    let reply = app
        .send(
            axum::http::Request::post("/api/v1/bodies")
                .header("content-type", "application/json")
                .header("authorization", format!("Bearer {}", common::TOKEN))
                .body(axum::body::Body::from("{\"name\": "))
                .unwrap(),
        )
        .await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    assert_eq!(reply.json()["error"]["code"], "bad_request");
    let wrong_type = app.post("/api/v1/bodies", &json!({ "name": 42 })).await;
    assert_eq!(wrong_type.status, StatusCode::BAD_REQUEST);
}

async fn composition_rules_are_enforced_with_clear_errors(app: App) {
    let (id, quotas) = app.wgec().await;
    let path = format!("/api/v1/bodies/{id}/memberships");
    let afr = quota(&quotas, "AFR");
    for state in ["EG", "KE", "NG", "ZA"] {
        let reply = app
            .post(&path, &json!({ "quota_id": afr, "state": state }))
            .await;
        assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.text);
    }
    let over = app
        .post(&path, &json!({ "quota_id": afr, "state": "GH" }))
        .await;
    assert_eq!(over.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(over.json()["error"]["code"], "quota_full");
    assert!(over.json()["error"]["message"]
        .as_str()
        .unwrap()
        .contains("4 seats"));
    let unknown = app
        .post(&path, &json!({ "quota_id": afr, "state": "XQ" }))
        .await;
    assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        (
            unknown.json()["error"]["field"].as_str(),
            unknown.json()["error"]["code"].as_str()
        ),
        (Some("state"), Some("unknown_country"))
    );
    let outside = app.post(&path, &json!({ "quota_id": quota(&quotas, "hosts"), "state": "CH", "end_date": "2015-01-01" })).await;
    assert_eq!(outside.json()["error"]["code"], "outside_body_dates");
    let wrong_group = app
        .post(
            &path,
            &json!({ "quota_id": quota(&quotas, "WEOG"), "state": "TN" }),
        )
        .await;
    assert_eq!(wrong_group.json()["error"]["code"], "not_eligible");
    assert!(wrong_group.json()["error"]["message"]
        .as_str()
        .unwrap()
        .contains("Tunisia"));
    let count = app.get(&path).await.json()["memberships"]
        .as_array()
        .unwrap()
        .len();
    assert_eq!(count, 4);
}

async fn balance_and_matrix_are_in_the_body(app: App) {
    let (id, quotas) = app.wgec().await;
    let path = format!("/api/v1/bodies/{id}/memberships");
    app.post(
        &path,
        &json!({ "quota_id": quota(&quotas, "hosts"), "state": "CH" }),
    )
    .await;
    app.post(
        &path,
        &json!({ "quota_id": quota(&quotas, "hosts"), "state": "TN" }),
    )
    .await;
    app.post(
        &path,
        &json!({ "quota_id": quota(&quotas, "APG"), "state": "IN", "start_date": "2013-06-01" }),
    )
    .await;
    let body = app.get(&format!("/api/v1/bodies/{id}")).await.json();
    let balance = body["composition"]["balance"].as_array().unwrap();
    let hosts = balance
        .iter()
        .find(|b| b["label"] == "WSIS host countries")
        .unwrap();
    assert_eq!(
        (hosts["filled"].as_i64(), hosts["status"].as_str()),
        (Some(2), Some("filled"))
    );
    let apg = balance
        .iter()
        .find(|b| b["regional_group"] == "APG")
        .unwrap();
    assert_eq!(
        (apg["filled"].as_i64(), apg["vacant"].as_i64()),
        (Some(1), Some(3))
    );
    assert_eq!(body["composition"]["matrix"]["total"], 3);
    // Before India's start date, its seat was vacant.
    let earlier = app
        .get(&format!("/api/v1/bodies/{id}?on=2013-04-01"))
        .await
        .json();
    let apg = earlier["composition"]["balance"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["regional_group"] == "APG")
        .cloned()
        .unwrap();
    assert_eq!(apg["filled"], 0);
    let bad = app.get(&format!("/api/v1/bodies/{id}?on=April")).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(bad.json()["error"]["field"], "on");
}

async fn lifecycle_moves(app: App) {
    let (id, _) = app.wgec().await;
    let path = format!("/api/v1/bodies/{id}/lifecycle");
    let ok = app
        .post(
            &path,
            &json!({ "to": "working", "on": "2013-05-30", "note": "1st meeting" }),
        )
        .await;
    assert_eq!(ok.status, StatusCode::OK, "{}", ok.text);
    assert_eq!(ok.json()["lifecycle"], "working");
    let back = app.post(&path, &json!({ "to": "mandated" })).await;
    assert_eq!(back.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(back.json()["error"]["code"], "invalid_transition");
    let missing = app.post(&path, &json!({})).await;
    assert_eq!(missing.json()["error"]["field"], "to");
    let history = app.get(&path).await.json();
    assert_eq!(history["history"].as_array().unwrap().len(), 2);
    assert_eq!(history["history"][1]["note"], "1st meeting");
}

async fn unknown_things_are_404(app: App) {
    for path in [
        "/api/v1/bodies/999",
        "/api/v1/bodies/abc",
        "/api/v1/people/5",
        "/api/v1/organizations/x",
        "/api/v1/countries/XX",
        "/api/v1/nothing",
    ] {
        let reply = app.get(path).await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{path}");
        assert_eq!(reply.json()["error"]["code"], "not_found", "{path}");
    }
    let reply = app
        .post("/api/v1/bodies/999/memberships", &json!({ "state": "CH" }))
        .await;
    assert_eq!(reply.status, StatusCode::NOT_FOUND);
}

async fn reference_data_is_served(app: App) {
    let countries = app.get("/api/v1/countries").await.json();
    assert_eq!(countries["countries"].as_array().unwrap().len(), 195);
    let ch = app.get("/api/v1/countries/ch").await.json();
    assert_eq!(
        (
            ch["country"]["name"].as_str(),
            ch["country"]["regional_group"].as_str()
        ),
        (Some("Switzerland"), Some("WEOG"))
    );
    let groups = app.get("/api/v1/regional-groups").await.json();
    assert_eq!(
        groups["regional_groups"][0]["states"]
            .as_array()
            .unwrap()
            .len(),
        54
    );
    let stakeholders = app.get("/api/v1/stakeholder-groups").await.json();
    assert_eq!(
        stakeholders["stakeholder_groups"].as_array().unwrap().len(),
        5
    );
    let lines = app.get("/api/v1/action-lines").await.json();
    assert_eq!(lines["action_lines"].as_array().unwrap().len(), 19);
    let person = app
        .post(
            "/api/v1/people",
            &json!({ "name": "Peter Major", "country": "HU", "stakeholder_group": "government" }),
        )
        .await;
    assert_eq!(person.status, StatusCode::CREATED);
    let bad_person = app
        .post(
            "/api/v1/people",
            &json!({ "name": "X", "country": "Hungary" }),
        )
        .await;
    assert_eq!(bad_person.json()["error"]["code"], "unknown_country");
    let org = app
        .post("/api/v1/organizations", &json!({ "name": "ICC", "stakeholder_group": "private_sector", "ecosoc_status": "sometimes" }))
        .await;
    assert_eq!(org.json()["error"]["field"], "ecosoc_status");
}

async fn health_reports_the_database(app: App) {
    let reply = app.get("/healthz").await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.json()["status"], "ok");
    assert_eq!(reply.json()["database"], app.store.backend().name());
}

async fn oversized_bodies_are_refused(app: App) {
    let huge = json!({ "name": "x".repeat(concord_web::MAX_BODY_BYTES + 10) });
    let reply = app.post("/api/v1/bodies", &huge).await;
    assert_eq!(
        reply.status,
        StatusCode::PAYLOAD_TOO_LARGE,
        "{}",
        reply.text
    );
}
