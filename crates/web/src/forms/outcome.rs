//! How a submitted form ends, in one place: carried out (a 303 to the page that shows the
//! result), shown again with what is wrong next to each field (422), or an error page.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use concord_domain::Invalid;
use concord_store::StoreError;

use super::FormErrors;
use crate::error::PageError;
use crate::i18n::Tr;

/// Why a submitted form was not carried out.
#[derive(Debug)]
pub enum Refusal {
    /// What the person wrote breaks a rule: the form is shown again with the errors.
    Invalid(Invalid),
    /// The request itself failed: an error page.
    Failed(PageError),
}

impl From<Invalid> for Refusal {
    fn from(invalid: Invalid) -> Self {
        Refusal::Invalid(invalid)
    }
}

impl From<PageError> for Refusal {
    fn from(error: PageError) -> Self {
        Refusal::Failed(error)
    }
}

impl From<StoreError> for Refusal {
    /// The store's rule violations go back to the form; anything else is an error page.
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::Invalid(invalid) => Refusal::Invalid(invalid),
            other => Refusal::Failed(other.into()),
        }
    }
}

impl From<askama::Error> for Refusal {
    fn from(error: askama::Error) -> Self {
        Refusal::Failed(error.into())
    }
}

impl Refusal {
    fn invalid_or_failure(self) -> Result<Invalid, PageError> {
        self.invalid()
    }

    /// The rule violations, for a form that is shown again; a failure is passed on with `?`.
    pub fn invalid(self) -> Result<Invalid, PageError> {
        match self {
            Refusal::Invalid(invalid) => Ok(invalid),
            Refusal::Failed(error) => Err(error),
        }
    }
}

/// Where a submitted form goes once it is done: a "303 See Other" to a path on this site.
pub fn see_other(to: &str) -> Response {
    let mut response = StatusCode::SEE_OTHER.into_response();
    if let Ok(value) = axum::http::HeaderValue::from_str(to) {
        response
            .headers_mut()
            .insert(axum::http::header::LOCATION, value);
    }
    response
}

/// Ends a submitted form: on success a 303 to `done(result)`; on a rule violation the page
/// `again` draws with the translated errors, at 422; on failure the error page.
pub async fn answer<T>(
    t: &Tr,
    outcome: Result<T, Refusal>,
    done: impl FnOnce(T) -> String,
    again: impl AsyncFnOnce(FormErrors) -> Result<Response, PageError>,
) -> Result<Response, PageError> {
    match outcome {
        Ok(result) => Ok(see_other(&done(result))),
        Err(refusal) => {
            let invalid = refusal.invalid()?;
            let mut response = again(FormErrors::from_invalid(t, &invalid)).await?;
            *response.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
            Ok(response)
        }
    }
}

/// The store's rule violations, for a form shown again; anything else is an error page.
pub fn store_or_form(error: StoreError) -> Result<Invalid, PageError> {
    Refusal::from(error).invalid_or_failure()
}
