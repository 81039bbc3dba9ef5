//! Concord's web front: server-rendered pages that work without JavaScript, the JSON API under
//! `/api/v1`, and `/healthz`. Handlers are grouped by area (`pages::bodies`, `api::bodies`…);
//! every rule they apply comes from `concord-domain`, every row from `concord-store`.

pub(crate) mod analysis;
pub mod api;
pub mod auth;
pub mod client;
mod error;
pub mod file_text;
pub mod forms;
pub mod i18n;
pub mod mail;
pub mod opinion_maps;
pub mod pages;
mod redirect;
pub mod search;
pub mod server;
mod silence;
pub mod theme_jobs;
mod throttle;

use std::sync::Arc;
use std::time::Duration;

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;
use concord_store::Store;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

pub use error::{ApiError, PageError};

/// Settings the web front needs.
#[derive(Clone)]
pub struct WebConfig {
    /// Bearer token that authorises writes through the API; writes are refused when unset.
    pub admin_token: Option<String>,
    /// The address people reach Concord at, for links in e-mails (`https://…` also makes
    /// cookies `Secure`).
    pub public_url: String,
    /// Delivers the outbox.
    pub mailer: Arc<dyn mail::Mailer>,
    /// Reverse proxies whose `X-Forwarded-For` names the client.
    pub trusted_proxies: client::TrustedProxies,
    /// How the text of received files is read.
    pub extractor: file_text::Extractor,
    /// The source of this program, as a `.tar.gz`, served at `/source.tar.gz` (AGPL §13).
    pub source_archive: Option<&'static [u8]>,
}

impl Default for WebConfig {
    fn default() -> Self {
        Self {
            admin_token: None,
            public_url: "http://127.0.0.1:8080".into(),
            mailer: Arc::new(mail::OutboxOnly),
            trusted_proxies: client::TrustedProxies::default(),
            extractor: file_text::Extractor::default(),
            source_archive: None,
        }
    }
}

impl WebConfig {
    /// Whether cookies must be sent over HTTPS only.
    pub fn secure_cookies(&self) -> bool {
        self.public_url.starts_with("https://")
    }

    /// An absolute link to `path` on this site.
    pub fn link(&self, path: &str) -> String {
        format!("{}{path}", self.public_url.trim_end_matches('/'))
    }
}

impl std::fmt::Debug for WebConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WebConfig")
            .field(
                "admin_token",
                &self.admin_token.as_ref().map(|_| "[redacted]"),
            )
            .field("public_url", &self.public_url)
            .field("mailer", &self.mailer)
            .field("trusted_proxies", &self.trusted_proxies)
            .finish()
    }
}

/// What every handler can reach.
#[derive(Clone, Debug)]
pub struct AppState {
    /// The database.
    pub store: Store,
    /// The settings.
    pub config: Arc<WebConfig>,
    /// Full-text search of published answers.
    pub search: Arc<search::SearchService>,
    /// Opinion maps, computed once per state of a conversation.
    pub opinion_maps: Arc<opinion_maps::OpinionMaps>,
}

impl AppState {
    /// Bundles a store and settings.
    pub fn new(store: Store, config: WebConfig) -> Self {
        let search = search::SearchService::new(config.extractor.clone());
        Self {
            store,
            config: Arc::new(config),
            search,
            opinion_maps: Arc::default(),
        }
    }
}

const STYLESHEET: &str = include_str!("../static/concord.css");
/// Largest request body accepted, in bytes, except where a file is uploaded.
pub const MAX_BODY_BYTES: usize = 1024 * 1024;
/// Largest upload request: one file of the largest size accepted, with its form.
pub const MAX_UPLOAD_BYTES: usize = concord_domain::upload::MAX_FILE_BYTES + 1024 * 1024;

/// The whole application: pages, API, health, static files and the protective layers.
pub fn router(state: AppState) -> Router {
    // Browsers that reached the site over HTTPS are told to keep to it (only then: a plain-HTTP
    // deployment must not be made unreachable).
    let hsts = state
        .config
        .secure_cookies()
        .then(|| HeaderValue::from_static("max-age=31536000; includeSubDomains"));
    Router::new()
        .merge(pages::routes())
        .nest("/api/v1", api::routes())
        .route("/healthz", get(health))
        .route("/static/concord.css", get(stylesheet))
        .route("/source.tar.gz", get(source_archive))
        .route("/language/{code}", get(i18n::switch))
        .fallback(pages::not_found)
        .layer(axum::middleware::from_fn_with_state(state.clone(), auth::csrf_cookie))
        .with_state(state)
        .layer(axum::middleware::from_fn(error::localize_error_pages))
        // Every extractor stops at MAX_BODY_BYTES, except the upload routes, which raise their
        // own limit; nothing at all is read past MAX_UPLOAD_BYTES.
        .layer(axum::extract::DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(RequestBodyLimitLayer::new(MAX_UPLOAD_BYTES))
        .layer(TimeoutLayer::with_status_code(StatusCode::SERVICE_UNAVAILABLE, Duration::from_secs(30)))
        .layer(CompressionLayer::new())
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(
                "default-src 'self'; img-src 'self' data:; style-src 'self'; frame-ancestors 'none'; form-action 'self'",
            ),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::REFERRER_POLICY,
            HeaderValue::from_static("same-origin"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY")))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::STRICT_TRANSPORT_SECURITY,
            move |_: &axum::response::Response| hsts.clone(),
        ))
        .layer(CatchPanicLayer::custom(error::panic_response))
        // A 503 under a flood or a full disk is expected and said once by the error itself; the
        // trace records failed responses as warnings so that a flood does not read as a crash.
        .layer(
            TraceLayer::new_for_http()
                .on_failure(tower_http::trace::DefaultOnFailure::new().level(tracing::Level::WARN)),
        )
}

async fn health(axum::extract::State(state): axum::extract::State<AppState>) -> impl IntoResponse {
    match state.store.ping().await {
        Ok(()) => (
            StatusCode::OK,
            [(header::CACHE_CONTROL, "no-store")],
            axum::Json(
                serde_json::json!({ "status": "ok", "database": state.store.backend().name() }),
            ),
        ),
        Err(error) => {
            tracing::error!(%error, "health check: database unreachable");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                [(header::RETRY_AFTER, "5")],
                axum::Json(
                    serde_json::json!({ "status": "unavailable", "database": state.store.backend().name() }),
                ),
            )
        }
    }
}

/// The source of this program, which every page's footer offers (the AGPL's §13).
async fn source_archive(
    axum::extract::State(state): axum::extract::State<AppState>,
) -> axum::response::Response {
    match state.config.source_archive {
        Some(bytes) => (
            [
                (header::CONTENT_TYPE, "application/gzip"),
                (
                    header::CONTENT_DISPOSITION,
                    "attachment; filename=\"concord-source.tar.gz\"",
                ),
                (header::CACHE_CONTROL, "public, max-age=3600"),
            ],
            bytes,
        )
            .into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

async fn stylesheet() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        STYLESHEET,
    )
}
