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
    /// The body as sent, for files.
    pub bytes: Vec<u8>,
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
            bytes: bytes.to_vec(),
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

    /// Posts a form body exactly as given, bytes and all (`%FF` stays an invalid byte).
    pub async fn send_raw_form(&mut self, path: &str, body: String) -> Reply {
        let request = Request::post(path)
            .header(header::COOKIE, self.cookie_header())
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(body))
            .unwrap();
        let reply = self.app.send(request).await;
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

/// A browser signed in to a new account `name@example.org` (a platform administrator when
/// `admin`), speaking for `person` when given; and the account's id.
pub async fn signed_in<'a>(
    app: &'a App,
    name: &str,
    admin: bool,
    person: Option<concord_domain::ids::PersonId>,
) -> (Browser<'a>, concord_domain::ids::UserId) {
    use concord_store::{AccountStore, AuditActor, NewUser};
    let by = AuditActor::system("test");
    let new = NewUser {
        email: concord_domain::account::Email::parse("e", &format!("{name}@example.org")).unwrap(),
        display_name: name.into(),
        password_hash: "x".into(),
    };
    let user = app.store.create_user(&by, &new, true, admin).await.unwrap();
    if person.is_some() {
        app.store.link_person(&by, user.id, person).await.unwrap();
    }
    let token = format!("{name}-session-token");
    app.store
        .create_session(
            user.id,
            &concord_web::auth::hash_token(&token),
            &concord_web::auth::new_token(),
            time::OffsetDateTime::now_utc() + time::Duration::hours(1),
        )
        .await
        .unwrap();
    let mut browser = Browser::new(app);
    browser.cookies.insert("concord_session".into(), token);
    (browser, user.id)
}

impl Browser<'_> {
    /// Posts a `multipart/form-data` form as a browser does: the CSRF token and `fields` first,
    /// then the file `(field, file name, bytes)`.
    pub async fn post_file(
        &mut self,
        path: &str,
        fields: &[(&str, &str)],
        file: (&str, &str, &[u8]),
    ) -> Reply {
        self.post_files(path, fields, &[file]).await
    }

    /// Posts a `multipart/form-data` form with several files, each `(field, file name, bytes)`.
    pub async fn post_files(
        &mut self,
        path: &str,
        fields: &[(&str, &str)],
        files: &[(&str, &str, &[u8])],
    ) -> Reply {
        let csrf = self.csrf().await;
        let mut all: Vec<(&str, &str)> = vec![("csrf", csrf.as_str())];
        all.extend_from_slice(fields);
        self.post_multipart_raw(path, &all, files).await
    }

    /// Posts a `multipart/form-data` form exactly as given (no CSRF token added): `fields` first,
    /// then the files.
    pub async fn post_multipart_raw(
        &mut self,
        path: &str,
        fields: &[(&str, &str)],
        files: &[(&str, &str, &[u8])],
    ) -> Reply {
        let boundary = "----concord-test-boundary-7MA4YWxkTrZu0gW";
        let mut body = Vec::new();
        for (name, value) in fields {
            body.extend_from_slice(
                format!(
                    "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
                )
                .as_bytes(),
            );
        }
        for (field, file_name, bytes) in files {
            body.extend_from_slice(
                format!(
                    "--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{file_name}\"\r\nContent-Type: application/octet-stream\r\n\r\n"
                )
                .as_bytes(),
            );
            body.extend_from_slice(bytes);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
        let mut request = Request::post(path)
            .header(header::COOKIE, self.cookie_header())
            .header(
                header::CONTENT_TYPE,
                format!("multipart/form-data; boundary={boundary}"),
            );
        for (name, value) in &self.headers {
            request = request.header(name, value);
        }
        let request = request.body(Body::from(body)).unwrap();
        let reply = self.app.send(request).await;
        self.keep_cookies(&reply);
        reply
    }
}

/// Small but complete documents of the three accepted kinds, as a word processor would write
/// them (a PDF with its cross-reference table; DOCX and ODT packages with their CRCs).
pub mod samples {
    /// A one-page PDF saying `text`.
    pub fn pdf(text: &str) -> Vec<u8> {
        let stream = format!("BT /F1 12 Tf 72 720 Td ({text}) Tj ET");
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>".to_owned(),
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_owned(),
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>".to_owned(),
            format!("<< /Length {} >>\nstream\n{stream}\nendstream", stream.len()),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_owned(),
        ];
        let mut out = b"%PDF-1.4\n".to_vec();
        let mut offsets = Vec::new();
        for (i, object) in objects.iter().enumerate() {
            offsets.push(out.len());
            out.extend_from_slice(format!("{} 0 obj\n{object}\nendobj\n", i + 1).as_bytes());
        }
        let xref = out.len();
        out.extend_from_slice(
            format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
        );
        for offset in offsets {
            out.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
        }
        out.extend_from_slice(
            format!(
                "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
                objects.len() + 1
            )
            .as_bytes(),
        );
        out
    }

    /// A Word document saying `text`.
    pub fn docx(text: &str) -> Vec<u8> {
        zip(&[
            ("[Content_Types].xml", br#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#.as_slice()),
            ("_rels/.rels", br#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#.as_slice()),
            ("word/document.xml", format!(r#"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body></w:document>"#).as_bytes()),
        ])
    }

    /// An OpenDocument text saying `text`.
    pub fn odt(text: &str) -> Vec<u8> {
        zip(&[
            ("mimetype", b"application/vnd.oasis.opendocument.text".as_slice()),
            ("META-INF/manifest.xml", br#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#.as_slice()),
            ("content.xml", format!(r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:text><text:p>{text}</text:p></office:text></office:body></office:document-content>"#).as_bytes()),
        ])
    }

    fn crc32(bytes: &[u8]) -> u32 {
        let mut crc = !0u32;
        for &b in bytes {
            crc ^= u32::from(b);
            for _ in 0..8 {
                crc = if crc & 1 == 1 {
                    (crc >> 1) ^ 0xEDB8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }

    /// A ZIP archive of stored (uncompressed) entries, in order.
    fn zip(entries: &[(&str, &[u8])]) -> Vec<u8> {
        let mut out = Vec::new();
        let mut central = Vec::new();
        for (name, data) in entries {
            let offset = u32::try_from(out.len()).unwrap();
            let size = u32::try_from(data.len()).unwrap().to_le_bytes();
            let name_len = u16::try_from(name.len()).unwrap().to_le_bytes();
            let crc = crc32(data).to_le_bytes();
            // Version 2.0, no flags, stored, a fixed DOS time and date.
            let common = [
                &[20, 0, 0, 0, 0, 0, 0, 0, 0x21, 0][..],
                &crc,
                &size,
                &size,
                &name_len,
            ]
            .concat();
            out.extend_from_slice(b"PK\x03\x04");
            out.extend_from_slice(&common);
            out.extend_from_slice(&[0, 0]);
            out.extend_from_slice(name.as_bytes());
            out.extend_from_slice(data);
            central.extend_from_slice(b"PK\x01\x02\x14\x00");
            central.extend_from_slice(&common);
            central.extend_from_slice(&[0; 12]);
            central.extend_from_slice(&offset.to_le_bytes());
            central.extend_from_slice(name.as_bytes());
        }
        let central_at = u32::try_from(out.len()).unwrap();
        let count = u16::try_from(entries.len()).unwrap().to_le_bytes();
        out.extend_from_slice(&central);
        out.extend_from_slice(b"PK\x05\x06\0\0\0\0");
        out.extend_from_slice(&count);
        out.extend_from_slice(&count);
        out.extend_from_slice(&u32::try_from(central.len()).unwrap().to_le_bytes());
        out.extend_from_slice(&central_at.to_le_bytes());
        out.extend_from_slice(&[0, 0]);
        out
    }
}

/// A person holding a seat of the body (a state's when `state` is given), and their browser.
pub async fn seated<'a>(
    app: &'a App,
    body: i64,
    name: &str,
    role: &str,
    state: Option<&str>,
) -> (Browser<'a>, i64) {
    use concord_store::{CompositionStore, PartyStore};
    let by = concord_store::AuditActor::system("test");
    let person = app
        .store
        .create_person(
            &by,
            &concord_domain::party::PersonForm {
                name: Some(name.into()),
                ..Default::default()
            }
            .parse()
            .unwrap(),
        )
        .await
        .unwrap();
    let seat = concord_domain::composition::MembershipForm {
        role: Some(role.into()),
        state: state.map(str::to_owned),
        person_id: Some(person.id.0),
        ..Default::default()
    };
    let membership = app
        .store
        .add_membership(
            &by,
            concord_domain::ids::BodyId(body),
            &seat.parse().unwrap(),
        )
        .await
        .unwrap();
    let (browser, _) = signed_in(
        app,
        name,
        false,
        Some(concord_domain::ids::PersonId(person.id.0)),
    )
    .await;
    (browser, membership.id.0)
}

/// Starts a negotiating text of `body` as the Chair and returns its page's path.
pub async fn start_text(chair: &mut Browser<'_>, body: i64, notation: &str) -> String {
    let created = chair
        .post(
            &format!("/bodies/{body}/texts/new"),
            &[
                ("title", "Draft recommendations"),
                ("kind", "chairs_text"),
                ("lang", "en"),
                ("notation", notation),
            ],
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.text);
    created.headers[header::LOCATION]
        .to_str()
        .unwrap()
        .to_owned()
}

/// Creates a call of `body` through the form and returns its page's path.
pub async fn create_call(admin: &mut Browser<'_>, body: i64, closes_on: &str) -> String {
    let created = admin
        .post(
            &format!("/bodies/{body}/calls/new"),
            &[
                ("title", "Questionnaire on enhanced cooperation"),
                ("lang", "en"),
                ("opens_on", "2013-05-31"),
                ("closes_on", closes_on),
                ("closes_time", "23:59"),
                ("time_zone", "Europe/Zurich"),
                ("audience", "confirmed_email"),
                ("publication", "with_consent"),
            ],
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.text);
    created.headers[header::LOCATION]
        .to_str()
        .unwrap()
        .to_owned()
}
