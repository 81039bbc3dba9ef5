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
            ..WebConfig::default()
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

/// A visitor with a cookie jar, who reads the CSRF token off the page and posts forms.
pub struct Browser<'a> {
    pub app: &'a App,
    pub cookies: std::collections::BTreeMap<String, String>,
    pub headers: Vec<(header::HeaderName, String)>,
}

impl<'a> Browser<'a> {
    pub fn new(app: &'a App) -> Browser<'a> {
        Browser {
            app,
            cookies: Default::default(),
            headers: Vec::new(),
        }
    }

    fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    fn keep_cookies(&mut self, reply: &Reply) {
        for value in reply.headers.get_all(header::SET_COOKIE) {
            let text = value.to_str().unwrap();
            let pair = text.split(';').next().unwrap();
            let (name, value) = pair.split_once('=').unwrap();
            if value.is_empty() || text.contains("Max-Age=0") {
                self.cookies.remove(name);
            } else {
                self.cookies.insert(name.to_owned(), value.to_owned());
            }
        }
    }

    pub async fn get(&mut self, path: &str) -> Reply {
        let mut request = Request::get(path).header(header::COOKIE, self.cookie_header());
        for (name, value) in &self.headers {
            request = request.header(name, value);
        }
        let reply = self.app.send(request.body(Body::empty()).unwrap()).await;
        self.keep_cookies(&reply);
        reply
    }

    /// Posts a form, adding the CSRF token this visitor's pages carry.
    pub async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> Reply {
        let csrf = self.csrf().await;
        let mut all: Vec<(&str, &str)> = vec![("csrf", csrf.as_str())];
        all.extend_from_slice(fields);
        self.post_raw(path, &all).await
    }

    /// Posts a form exactly as given (no CSRF token added).
    pub async fn post_raw(&mut self, path: &str, fields: &[(&str, &str)]) -> Reply {
        let body = fields
            .iter()
            .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
            .collect::<Vec<_>>()
            .join("&");
        let mut request = Request::post(path)
            .header(header::COOKIE, self.cookie_header())
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
        for (name, value) in &self.headers {
            request = request.header(name, value);
        }
        let reply = self.app.send(request.body(Body::from(body)).unwrap()).await;
        self.keep_cookies(&reply);
        reply
    }

    /// The CSRF token a form on a page shows this visitor.
    pub async fn csrf(&mut self) -> String {
        let page = self.get("/account/sign-in").await;
        let page = if self.cookies.contains_key("concord_session") {
            self.get("/").await
        } else {
            page
        };
        let marker = "name=\"csrf\" value=\"";
        let start = page.text.find(marker).expect("a form with a CSRF token") + marker.len();
        page.text[start..start + 64].to_owned()
    }
}

/// Percent-encodes a form value.
pub fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                char::from(b).to_string()
            }
            b' ' => "+".to_owned(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The first link in a message of the outbox that goes to `path_prefix`, as a local path.
pub async fn link_in_outbox(store: &Store, to: &str, path_prefix: &str) -> String {
    use concord_store::MailStore;
    let mails = store.outbox(50).await.unwrap();
    let mail = mails
        .iter()
        .find(|m| m.to == to && m.body.contains(path_prefix))
        .unwrap_or_else(|| panic!("no mail to {to} with {path_prefix}: {mails:?}"));
    let start = mail.body.find(path_prefix).unwrap();
    let end = mail.body[start..]
        .find(char::is_whitespace)
        .map_or(mail.body.len(), |e| start + e);
    mail.body[start..end].to_owned()
}
