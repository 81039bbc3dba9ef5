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
    /// The change was made from a version someone else has replaced since: the form is shown
    /// again, at 409, with the current state.
    Conflict(Invalid),
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
            StoreError::Conflict(invalid) => Refusal::Conflict(invalid),
            other => Refusal::Failed(other.into()),
        }
    }
}

impl Refusal {
    /// What is wrong, for a form that is shown again; a failure is passed on with `?`.
    pub fn invalid(self) -> Result<Invalid, PageError> {
        match self {
            Refusal::Invalid(invalid) | Refusal::Conflict(invalid) => Ok(invalid),
            Refusal::Failed(error) => Err(error),
        }
    }

    /// The status of the form shown again: 409 for a conflict, else 422.
    pub fn status(&self) -> StatusCode {
        match self {
            Refusal::Conflict(_) => StatusCode::CONFLICT,
            _ => StatusCode::UNPROCESSABLE_ENTITY,
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
/// `again` draws with the translated errors, at 422 (409 for a conflict); on failure the error
/// page.
pub async fn answer<T>(
    t: &Tr,
    outcome: Result<T, Refusal>,
    done: impl FnOnce(T) -> String,
    again: impl AsyncFnOnce(FormErrors) -> Result<Response, PageError>,
) -> Result<Response, PageError> {
    match outcome {
        Ok(result) => Ok(see_other(&done(result))),
        Err(refusal) => {
            let status = refusal.status();
            let invalid = refusal.invalid()?;
            let mut response = again(FormErrors::from_invalid(t, &invalid)).await?;
            *response.status_mut() = status;
            Ok(response)
        }
    }
}
