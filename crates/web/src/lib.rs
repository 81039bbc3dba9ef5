//! Concord's web front: server-rendered pages that work without JavaScript, the JSON API under
//! `/api/v1`, and `/healthz`. Handlers are grouped by area, pages under `pages/` and the API
//! under `api/`; `routes` is the one table that names them. Pages are built from the form kit
//! (`forms`) and the shared lookups (`common`); every rule they apply comes from
//! `concord-domain`, every row from `concord-store`.

pub(crate) mod analysis;
mod api;
pub mod auth;
pub mod client;
mod common;
mod error;
pub mod file_text;
pub mod forms;
pub mod heatmap;
pub mod i18n;
pub mod jobs;
mod language;
pub mod letters;
pub mod opinion_maps;
mod pages;
mod redirect;
pub mod routes;
pub mod search;
pub mod server;
mod state;
mod throttle;

use std::time::Duration;

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::IntoResponse;
use axum::Router;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

pub use error::{ApiError, PageError};
pub use jobs::mail;
pub use state::{AppState, WebConfig};

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
    Router::<AppState>::new()
        .merge(routes::table().into_parts().0)
        .fallback(routes::not_found)
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

pub(crate) async fn health(
    axum::extract::State(state): axum::extract::State<AppState>,
) -> impl IntoResponse {
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
pub(crate) async fn source_archive(
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

pub(crate) async fn stylesheet() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        STYLESHEET,
    )
}
