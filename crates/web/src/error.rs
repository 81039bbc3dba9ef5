//! How failures reach people: a page in the site's layout for browsers, a JSON object with a
//! stable `code` (and the `field` at fault) for the API. A user never sees a panic, a stack
//! trace or SQL; the detail of an internal error is logged once, here.

use askama::Template;
use axum::http::{header, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use axum::Json;
use concord_domain::{FieldError, Invalid};
use concord_store::StoreError;
use serde::Serialize;

/// A failure on an API route.
#[derive(Debug)]
pub enum ApiError {
    /// 404.
    NotFound(&'static str),
    /// 422 with the fields at fault.
    Invalid(Invalid),
    /// 400: the request could not be read at all.
    BadRequest(String),
    /// 413: the request body is larger than the server accepts.
    TooLarge,
    /// 401: no or wrong credentials.
    Unauthorized,
    /// 403: writes are not enabled on this server.
    WritesDisabled,
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
            ApiError::Invalid(invalid) => {
                let first = invalid.errors.first();
                (
                    StatusCode::UNPROCESSABLE_ENTITY,
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
            StoreError::NotFound { what } => ApiError::NotFound(what),
            other => ApiError::Internal(other.to_string()),
        }
    }
}

impl From<Invalid> for ApiError {
    fn from(invalid: Invalid) -> Self {
        ApiError::Invalid(invalid)
    }
}

/// A failure on a page.
#[derive(Debug)]
pub enum PageError {
    /// 404 page, saying what was looked for.
    NotFound(String),
    /// 400 page: the address holds a value that cannot be read (a malformed date).
    BadRequest(String),
    /// 500 page, detail logged.
    Internal(String),
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage<'a> {
    title: &'a str,
    message: &'a str,
}

pub(crate) fn render_error(status: StatusCode, title: &str, message: &str) -> Response {
    match (ErrorPage { title, message }).render() {
        Ok(html) => (status, Html(html)).into_response(),
        Err(error) => {
            tracing::error!(%error, "error page failed to render");
            (status, title.to_owned()).into_response()
        }
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        match self {
            PageError::NotFound(message) => {
                render_error(StatusCode::NOT_FOUND, "Page not found", &message)
            }
            PageError::BadRequest(message) => render_error(
                StatusCode::BAD_REQUEST,
                "This address cannot be read",
                &message,
            ),
            PageError::Internal(detail) => {
                tracing::error!(%detail, "internal error on a page");
                render_error(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "Something went wrong",
                    "Something went wrong on our side. The error has been logged; please try again later.",
                )
            }
        }
    }
}

impl From<StoreError> for PageError {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::NotFound { what } => {
                PageError::NotFound(format!("There is no such {what}."))
            }
            other => PageError::Internal(other.to_string()),
        }
    }
}

impl From<askama::Error> for PageError {
    fn from(error: askama::Error) -> Self {
        PageError::Internal(format!("template: {error}"))
    }
}

/// The response when a handler panics: the generic 500 page, and the panic logged.
pub(crate) fn panic_response(payload: Box<dyn std::any::Any + Send + 'static>) -> Response {
    let detail = payload
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| payload.downcast_ref::<&str>().copied())
        .unwrap_or("unknown panic");
    PageError::Internal(format!("panic: {detail}")).into_response()
}
