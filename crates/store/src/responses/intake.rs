//! The responses' intake: every draft and submission made online is written by the store's
//! group-commit writer (`engine::group_commit`); this says how. Submissions made online with
//! nothing beside the form are written together, a statement per table for the whole batch
//! (see `bulk`); the rest one by one, each in a savepoint.

use concord_domain::ids::ResponseId;
use concord_domain::Invalid;

use super::bulk;
use super::{
    attach, check_open, files_of, new_response, write_version, Author, Receipt, SaveRequest,
    Version, MAX_FILES_PER_RESPONSE,
};
use crate::calls::load_call;
use crate::connect::Store;
use crate::engine::direct::Direct;
use crate::engine::group_commit::{GroupWrite, Outcomes};
use crate::mail::enqueue_mail;
use crate::rows::{timestamp, RowExt};
use crate::signatures::request_signatures;
use crate::Result;

/// How the writer writes responses.
pub(crate) struct ResponseWrites;

impl GroupWrite for ResponseWrites {
    type Request = SaveRequest;
    /// A receipt, or nothing for a draft.
    type Reply = Option<Receipt>;

    fn together(requests: &[&SaveRequest]) -> Vec<usize> {
        bulk::select(requests.iter().copied())
    }

    async fn write_together_direct<'a>(
        direct: &'a mut Direct,
        requests: &'a [&'a SaveRequest],
    ) -> Result<Outcomes<Option<Receipt>>> {
        bulk::write(direct, requests).await
    }

    async fn write_together_pooled<'a>(
        conn: &'a mut sqlx::AnyConnection,
        requests: &'a [&'a SaveRequest],
    ) -> Result<Outcomes<Option<Receipt>>> {
        bulk::write(conn, requests).await
    }

    async fn write_one<'a>(
        conn: &'a mut sqlx::AnyConnection,
        request: &'a SaveRequest,
    ) -> Result<Option<Receipt>> {
        save_in(conn, request).await
    }
}

impl Store {
    /// Sets how many requests may wait for the writer (at least one); only before the first.
    pub fn set_intake_capacity(&self, capacity: usize) {
        self.intake.set_capacity(capacity);
    }

    /// Whether responses are waiting for the writer: the server is under load, and work that
    /// can wait (mail) should leave it the room.
    pub fn responses_waiting(&self) -> bool {
        self.intake.waiting::<ResponseWrites>()
    }

    /// Hands a request to the writer and waits for the commit that holds it.
    pub(crate) async fn through_intake(&self, request: SaveRequest) -> Result<Option<Receipt>> {
        self.intake
            .write::<ResponseWrites>(&self.pool, self.backend(), &self.turns, request)
            .await
    }
}

/// Saves a draft or submits a version, inside the writer's transaction (see `intake`).
async fn save_in(tx: &mut sqlx::AnyConnection, request: &SaveRequest) -> Result<Option<Receipt>> {
    let SaveRequest {
        call: call_id,
        user,
        email,
        channel,
        submission,
        files,
        submit,
        at,
        mails,
    } = request;
    let (call_id, channel, submit, at) = (*call_id, *channel, *submit, *at);
    let author = Author {
        user: *user,
        email: email.as_deref(),
    };
    let call = load_call(&mut *tx, call_id).await?;
    check_open(&call, at)?;
    // Only the row's identity is needed here, not the whole response.
    let existing = match author.user {
        Some(user) => sqlx::query(
            "SELECT id, reference, version FROM responses WHERE call_id = $1 AND user_id = $2",
        )
        .bind(call_id.0)
        .bind(user.0)
        .fetch_optional(&mut *tx)
        .await?
        .map(|row| -> std::result::Result<_, sqlx::Error> {
            Ok((row.int("id")?, row.text("reference")?, row.int("version")?))
        })
        .transpose()?,
        None => None,
    };
    let stamp = timestamp(at);
    let (id, reference, version) = match existing {
        Some(found) => found,
        None => {
            let (id, reference) =
                new_response(&mut *tx, call_id, author, channel, submission, &stamp).await?;
            (id, reference, 0)
        }
    };
    let stored_files = attach(&mut *tx, ResponseId(id), files, &stamp).await?;
    if stored_files > MAX_FILES_PER_RESPONSE {
        return Err(Invalid::one(
            "attachments",
            "too_many_files",
            format!("A response carries at most {MAX_FILES_PER_RESPONSE} files"),
        )
        .with_arg("limit", MAX_FILES_PER_RESPONSE)
        .into());
    }
    if !submit {
        let draft = serde_json::to_string(submission).unwrap_or_default();
        sqlx::query("UPDATE responses SET draft = $1, updated_at = $2 WHERE id = $3")
            .bind(&draft)
            .bind(&stamp)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        return Ok(None);
    }
    let version = Version {
        call_id,
        id,
        reference,
        number: version + 1,
        channel,
        stamp,
    };
    let mut with_files = submission.clone();
    with_files.attachments = files_of(&mut *tx, ResponseId(id)).await?;
    let receipt = write_version(&mut *tx, &version, &with_files).await?;
    sqlx::query("UPDATE response_files SET version = $1 WHERE response_id = $2 AND version = 0")
        .bind(version.number)
        .bind(id)
        .execute(&mut *tx)
        .await?;
    if let Some(mail) = (mails.receipt)(&receipt) {
        enqueue_mail(&mut *tx, &mail).await?;
    }
    request_signatures(
        &mut *tx,
        ResponseId(id),
        &with_files.signatories,
        &receipt,
        &*mails.signature,
    )
    .await?;

    Ok(Some(receipt))
}
