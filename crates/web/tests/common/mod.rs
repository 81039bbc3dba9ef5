//! Test harness: the real router on a fresh database of each backend, driven with
//! `tower::ServiceExt::oneshot` as a browser or API client would.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use concord_store::testing::TestDb;
use concord_store::{Backend, Store};
use concord_web::{router, AppState, WebConfig};
use http_body_util::BodyExt;
use serde_json::Value;
use tower::ServiceExt;

/// The administrator token the test app accepts.
pub const TOKEN: &str = "test-admin-token-0123456789";

/// Declares each test once per backend; each takes an `App`.
#[macro_export]
macro_rules! both_backends {
    ($($name:ident),+ $(,)?) => {
        mod sqlite {
            $(#[tokio::test] async fn $name() { $crate::common::run(concord_store::Backend::Sqlite, super::$name).await; })+
        }
        mod postgres {
            $(#[tokio::test] async fn $name() { $crate::common::run(concord_store::Backend::Postgres, super::$name).await; })+
        }
    };
}

/// The application under test.
pub struct App {
    pub router: Router,
    pub store: Store,
}

/// A response, read whole.
pub struct Reply {
    pub status: StatusCode,
    pub headers: axum::http::HeaderMap,
    pub text: String,
}

impl Reply {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.text).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text))
    }
}

pub async fn run<F, Fut>(backend: Backend, test: F)
where
    F: FnOnce(App) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    let Some(db) = TestDb::new(backend).await else {
        return;
    };
    let app = App::new(db.store.clone(), Some(TOKEN));
    test(app).await;
    db.finish().await;
}

impl App {
    pub fn new(store: Store, token: Option<&str>) -> App {
        let config = WebConfig {
            admin_token: token.map(Into::into),
        };
        App {
            router: router(AppState::new(store.clone(), config)),
            store,
        }
    }

    pub async fn send(&self, request: Request<Body>) -> Reply {
        let response = self
            .router
            .clone()
            .oneshot(request)
            .await
            .expect("the router answers");
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response
            .into_body()
            .collect()
            .await
            .expect("a readable body")
            .to_bytes();
        Reply {
            status,
            headers,
            text: String::from_utf8_lossy(&bytes).into_owned(),
        }
    }

    pub async fn get(&self, path: &str) -> Reply {
        self.send(Request::get(path).body(Body::empty()).unwrap())
            .await
    }

    pub async fn post(&self, path: &str, json: &Value) -> Reply {
        self.post_as(path, json, Some(TOKEN)).await
    }

    pub async fn post_as(&self, path: &str, json: &Value, token: Option<&str>) -> Reply {
        let mut request = Request::post(path).header(header::CONTENT_TYPE, "application/json");
        if let Some(token) = token {
            request = request.header(header::AUTHORIZATION, format!("Bearer {token}"));
        }
        self.send(request.body(Body::from(json.to_string())).unwrap())
            .await
    }

    /// Creates the WGEC with its quotas through the API; returns (body id, quota ids by code).
    pub async fn wgec(&self) -> (i64, Vec<(String, i64)>) {
        let body = self
            .post(
                "/api/v1/bodies",
                &serde_json::json!({
                    "name": "Working Group on Enhanced Cooperation",
                    "acronym": "WGEC-2013",
                    "body_type": "working_group",
                    "mandate_symbol": "A/RES/67/195",
                    "mandate_paragraph": "20",
                    "start_date": "2013-03-22",
                    "end_date": "2014-05-14",
                    "lifecycle": "established"
                }),
            )
            .await;
        assert_eq!(body.status, StatusCode::CREATED, "{}", body.text);
        let id = body.json()["id"].as_i64().unwrap();
        let mut quotas = Vec::new();
        for group in ["AFR", "APG", "EEG", "GRULAC", "WEOG"] {
            let q = self
                .post(
                    &format!("/api/v1/bodies/{id}/quotas"),
                    &serde_json::json!({ "kind": "regional_group", "regional_group": group, "seats": 4 }),
                )
                .await;
            assert_eq!(q.status, StatusCode::CREATED, "{}", q.text);
            quotas.push((group.to_owned(), q.json()["id"].as_i64().unwrap()));
        }
        let hosts = self
            .post(
                &format!("/api/v1/bodies/{id}/quotas"),
                &serde_json::json!({ "label": "WSIS host countries", "kind": "designated_states", "states": ["CH", "TN"], "seats": 2 }),
            )
            .await;
        quotas.push(("hosts".to_owned(), hosts.json()["id"].as_i64().unwrap()));
        (id, quotas)
    }
}

pub fn quota(quotas: &[(String, i64)], code: &str) -> i64 {
    quotas
        .iter()
        .find(|(c, _)| c == code)
        .map(|(_, id)| *id)
        .unwrap()
}
