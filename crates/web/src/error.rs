//! How failures reach people: a page in the site's layout for browsers, a JSON object with a
//! stable `code` (and the `field` at fault) for the API. A user never sees a panic, a stack
//! trace or SQL; the detail of an internal error is logged once, here.

use askama::Template;
use axum::extract::Request;
use axum::http::{header, StatusCode};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};
use axum::Json;
use concord_domain::{FieldError, Invalid};
use concord_store::StoreError;
use serde::Serialize;

use crate::i18n::{negotiate, Locale, Tr};

/// Seconds a client is asked to wait when the database is unavailable: long enough for a
/// restarting server, short enough that a person retrying by hand is not kept waiting.
const UNAVAILABLE_RETRY_AFTER: &str = "5";

/// A failure on an API route.
#[derive(Debug)]
pub enum ApiError {
    /// 404.
    NotFound(&'static str),
    /// 422 with the fields at fault.
    Invalid(Invalid),
    /// 409: the change was made from a version someone else has replaced since.
    Conflict(Invalid),
    /// 400: the request could not be read at all.
    BadRequest(String),
    /// 413: the request body is larger than the server accepts.
    TooLarge,
    /// 401: no or wrong credentials.
    Unauthorized,
    /// 403: writes are not enabled on this server.
    WritesDisabled,
    /// 503 with `Retry-After`: the database cannot be reached or cannot write just now.
    Unavailable(String),
    /// 500, detail logged.
    Internal(String),
}

#[derive(Serialize)]
struct ApiErrorBody<'a> {
    error: ApiErrorDetail<'a>,
}

#[derive(Serialize)]
struct ApiErrorDetail<'a> {
    code: &'a str,
    message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    field: Option<&'a str>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    errors: &'a [FieldError],
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, code, message, field, errors): (_, &str, String, Option<&str>, &[FieldError]) = match &self {
            ApiError::NotFound(what) => (StatusCode::NOT_FOUND, "not_found", format!("No such {what}"), None, &[]),
            ApiError::Invalid(invalid) | ApiError::Conflict(invalid) => {
                let first = invalid.errors.first();
                let status = match &self {
                    ApiError::Conflict(_) => StatusCode::CONFLICT,
                    _ => StatusCode::UNPROCESSABLE_ENTITY,
                };
                (
                    status,
                    first.map_or("invalid", |e| e.code),
                    invalid.summary(),
                    first.map(|e| e.field.as_str()),
                    &invalid.errors,
                )
            }
            ApiError::BadRequest(message) => (StatusCode::BAD_REQUEST, "bad_request", message.clone(), None, &[]),
            ApiError::TooLarge => (
                StatusCode::PAYLOAD_TOO_LARGE,
                "too_large",
                format!("The request body is larger than {} bytes", crate::MAX_BODY_BYTES),
                None,
                &[],
            ),
            ApiError::Unauthorized => (
                StatusCode::UNAUTHORIZED,
                "unauthorized",
                "Send the administrator token as “Authorization: Bearer …”".into(),
                None,
                &[],
            ),
            ApiError::WritesDisabled => (
                StatusCode::FORBIDDEN,
                "writes_disabled",
                "This server accepts no changes through the API: no administrator token is configured".into(),
                None,
                &[],
            ),
            ApiError::Unavailable(detail) => {
                tracing::warn!(%detail, "database unavailable on an API route");
                (
                    StatusCode::SERVICE_UNAVAILABLE,
                    "unavailable",
                    "The database is unavailable for a moment; nothing was changed. Try again shortly.".into(),
                    None,
                    &[],
                )
            }
            ApiError::Internal(detail) => {
                tracing::error!(%detail, "internal error on an API route");
                (StatusCode::INTERNAL_SERVER_ERROR, "internal", "Something went wrong on our side".into(), None, &[])
            }
        };
        let mut response = (
            status,
            Json(ApiErrorBody {
                error: ApiErrorDetail {
                    code,
                    message,
                    field,
                    errors,
                },
            }),
        )
            .into_response();
        if status == StatusCode::SERVICE_UNAVAILABLE {
            response.headers_mut().insert(
                header::RETRY_AFTER,
                header::HeaderValue::from_static(UNAVAILABLE_RETRY_AFTER),
            );
        }
        if status == StatusCode::UNAUTHORIZED {
            response.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                header::HeaderValue::from_static("Bearer"),
            );
        }
        response
    }
}

impl From<StoreError> for ApiError {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::Invalid(invalid) => ApiError::Invalid(invalid),
            StoreError::Conflict(invalid) => ApiError::Conflict(invalid),
            StoreError::NotFound { what } => ApiError::NotFound(what),
            other if other.is_unavailable() => ApiError::Unavailable(other.to_string()),
            other => ApiError::Internal(other.to_string()),
        }
    }
}

impl From<Invalid> for ApiError {
    fn from(invalid: Invalid) -> Self {
        ApiError::Invalid(invalid)
    }
}

/// A failure on a page. It becomes a page in the site's layout, in the visitor's language:
/// [`localize_error_pages`] renders it, since only the request knows the language.
#[derive(Debug)]
pub enum PageError {
    /// 404 page: the message key and its one argument.
    NotFound(&'static str, Option<(&'static str, String)>),
    /// 400 page: the address holds a value that cannot be read (a malformed date).
    BadRequest(&'static str, Option<(&'static str, String)>),
    /// Sign in first: a redirect to the sign-in page, coming back to this path.
    SignIn(String),
    /// 403 page: signed in, but not allowed.
    Forbidden,
    /// 403 page: the form's CSRF token is missing or wrong.
    CsrfRejected,
    /// 503 page with `Retry-After`: too much is waiting to be written.
    Busy,
    /// 503 page with `Retry-After`: the database cannot be reached or cannot write just now.
    Unavailable(String),
    /// 429 page with `Retry-After` (seconds): a limit of `concord_domain::limits` is reached.
    TooMany(u64),
    /// 500 page, detail logged.
    Internal(String),
}

/// The error page a response stands for, waiting for the visitor's language.
#[derive(Debug, Clone)]
struct ErrorPageSpec {
    title: &'static str,
    message: &'static str,
    arg: Option<(&'static str, String)>,
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage<'a> {
    t: &'a Tr,
    title: String,
    message: String,
}

fn render_error(status: StatusCode, t: &Tr, spec: &ErrorPageSpec) -> Response {
    let message = match &spec.arg {
        Some((name, value)) => t.arg(spec.message, name, value),
        None => t.get(spec.message),
    };
    let page = ErrorPage {
        t,
        title: t.get(spec.title),
        message,
    };
    match page.render() {
        Ok(html) => (status, Html(html)).into_response(),
        Err(error) => {
            tracing::error!(%error, "error page failed to render");
            (status, page.title).into_response()
        }
    }
}

fn pending(status: StatusCode, spec: ErrorPageSpec) -> Response {
    let mut response = status.into_response();
    response.extensions_mut().insert(spec);
    response
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        match self {
            PageError::NotFound(message, arg) => pending(
                StatusCode::NOT_FOUND,
                ErrorPageSpec {
                    title: "error-not-found-title",
                    message,
                    arg,
                },
            ),
            PageError::BadRequest(message, arg) => pending(
                StatusCode::BAD_REQUEST,
                ErrorPageSpec {
                    title: "error-bad-address-title",
                    message,
                    arg,
                },
            ),
            PageError::SignIn(next) => {
                let location = format!(
                    "/account/sign-in?next={}",
                    crate::i18n::percent_encode(&next)
                );
                let mut response = StatusCode::SEE_OTHER.into_response();
                if let Ok(value) = header::HeaderValue::from_str(&location) {
                    response.headers_mut().insert(header::LOCATION, value);
                }
                response
            }
            PageError::Forbidden => pending(
                StatusCode::FORBIDDEN,
                ErrorPageSpec {
                    title: "error-forbidden-title",
                    message: "error-forbidden",
                    arg: None,
                },
            ),
            PageError::CsrfRejected => pending(
                StatusCode::FORBIDDEN,
                ErrorPageSpec {
                    title: "error-forbidden-title",
                    message: "error-csrf",
                    arg: None,
                },
            ),
            PageError::Busy => {
                let mut response = pending(
                    StatusCode::SERVICE_UNAVAILABLE,
                    ErrorPageSpec {
                        title: "error-busy-title",
                        message: "error-busy",
                        arg: None,
                    },
                );
                response
                    .headers_mut()
                    .insert(header::RETRY_AFTER, header::HeaderValue::from_static("1"));
                response
            }
            PageError::Unavailable(detail) => {
                tracing::warn!(%detail, "database unavailable on a page");
                let mut response = pending(
                    StatusCode::SERVICE_UNAVAILABLE,
                    ErrorPageSpec {
                        title: "error-unavailable-title",
                        message: "error-unavailable",
                        arg: None,
                    },
                );
                response.headers_mut().insert(
                    header::RETRY_AFTER,
                    header::HeaderValue::from_static(UNAVAILABLE_RETRY_AFTER),
                );
                response
            }
            PageError::TooMany(seconds) => {
                let minutes = seconds.div_ceil(60).max(1);
                let mut response = pending(
                    StatusCode::TOO_MANY_REQUESTS,
                    ErrorPageSpec {
                        title: "error-too-many-title",
                        message: "error-too-many",
                        arg: Some(("minutes", minutes.to_string())),
                    },
                );
                if let Ok(value) = header::HeaderValue::from_str(&seconds.to_string()) {
                    response.headers_mut().insert(header::RETRY_AFTER, value);
                }
                response
            }
            PageError::Internal(detail) => {
                tracing::error!(%detail, "internal error on a page");
                pending(StatusCode::INTERNAL_SERVER_ERROR, internal_spec())
            }
        }
    }
}

fn internal_spec() -> ErrorPageSpec {
    ErrorPageSpec {
        title: "error-internal-title",
        message: "error-internal",
        arg: None,
    }
}

/// Renders the error pages that handlers asked for, in the visitor's language.
pub async fn localize_error_pages(request: Request, next: Next) -> Response {
    let path = request
        .uri()
        .path_and_query()
        .map_or("/", |p| p.as_str())
        .to_owned();
    let t = Tr::new(negotiate(request.headers()), path);
    let mut response = next.run(request).await;
    match response.extensions_mut().remove::<ErrorPageSpec>() {
        Some(spec) => {
            let mut page = render_error(response.status(), &t, &spec);
            if let Some(retry) = response.headers().get(header::RETRY_AFTER) {
                page.headers_mut()
                    .insert(header::RETRY_AFTER, retry.clone());
            }
            page
        }
        None => response,
    }
}

impl From<StoreError> for PageError {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::NotFound { .. } => PageError::NotFound("error-not-found", None),
            StoreError::Busy => PageError::Busy,
            other if other.is_unavailable() => PageError::Unavailable(other.to_string()),
            other => PageError::Internal(other.to_string()),
        }
    }
}

impl From<askama::Error> for PageError {
    fn from(error: askama::Error) -> Self {
        PageError::Internal(format!("template: {error}"))
    }
}

/// The response when a handler panics: the generic 500 page (in English: the request and its
/// language are gone), and the panic logged.
pub(crate) fn panic_response(payload: Box<dyn std::any::Any + Send + 'static>) -> Response {
    let detail = payload
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| payload.downcast_ref::<&str>().copied())
        .unwrap_or("unknown panic");
    tracing::error!(%detail, "a handler panicked");
    render_error(
        StatusCode::INTERNAL_SERVER_ERROR,
        &Tr::new(Locale::En, "/"),
        &internal_spec(),
    )
}
