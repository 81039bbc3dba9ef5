//! Applying the limits of [`concord_domain::limits`] to a request: each attempt is counted
//! before the work it limits is done, and a refusal is a 429 page (or form) with `Retry-After`.

use concord_domain::limits::Limit;
use concord_store::{Attempt, LimitStore};

use crate::error::PageError;
use crate::AppState;

/// Counts an attempt under each limit, in order; the first refusal stops the request.
pub(crate) async fn check(state: &AppState, limits: &[(Limit, &str)]) -> Result<(), PageError> {
    match first_refusal(state, limits).await? {
        Some(retry_after) => Err(PageError::TooMany(retry_after)),
        None => Ok(()),
    }
}

/// Counts an attempt under each limit; the seconds to wait if one refuses.
pub(crate) async fn first_refusal(
    state: &AppState,
    limits: &[(Limit, &str)],
) -> Result<Option<u64>, PageError> {
    for (limit, key) in limits {
        if let Attempt::Refused { retry_after } = state.store.attempt(*limit, key).await? {
            tracing::info!(scope = limit.scope, retry_after, "limit reached");
            return Ok(Some(retry_after));
        }
    }
    Ok(None)
}
