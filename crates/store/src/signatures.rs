//! Co-signatories of joint submissions: when a response naming them is submitted online, each
//! new co-signatory gets an e-mail asking them to confirm, with a one-time token kept only as
//! its hash; confirming records the time and goes to the audit log.

use concord_domain::ids::{CallId, ResponseId};
use concord_domain::response::Signatory;

use crate::audit::{record, AuditActor, Change};
use crate::connect::Store;
use crate::error::StoreError;
use crate::mail::enqueue_mail;
use crate::responses::{Receipt, SignatureMail};
use crate::rows::{now, RowExt};
use crate::Result;

/// A co-signatory as the response page shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignatureView {
    /// Name.
    pub name: String,
    /// Organisation, if any.
    pub organization: Option<String>,
    /// Whether they confirmed.
    pub confirmed: bool,
}

/// A signature found by its token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingSignature {
    /// The response signed.
    pub reference: String,
    /// Its call.
    pub call_id: CallId,
    /// The co-signatory's name.
    pub name: String,
    /// Whether it is already confirmed.
    pub confirmed: bool,
}

/// Asks each co-signatory not yet asked for this response to confirm.
pub(crate) async fn request_signatures(
    tx: &mut sqlx::AnyConnection,
    response: ResponseId,
    signatories: &[Signatory],
    receipt: &Receipt,
    mail: &SignatureMail,
) -> Result<()> {
    for signatory in signatories {
        let key = signatory.email.to_lowercase();
        let asked =
            sqlx::query("SELECT id FROM signatures WHERE response_id = $1 AND email_key = $2")
                .bind(response.0)
                .bind(&key)
                .fetch_optional(&mut *tx)
                .await?;
        if asked.is_some() {
            continue;
        }
        let Some((token_hash, message)) = mail(signatory, receipt) else {
            continue;
        };
        sqlx::query(
            "INSERT INTO signatures (response_id, name, organization, email, email_key, token_hash, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(response.0)
        .bind(&signatory.name)
        .bind(&signatory.organization)
        .bind(&signatory.email)
        .bind(&key)
        .bind(&token_hash)
        .bind(now())
        .execute(&mut *tx)
        .await?;
        enqueue_mail(tx, &message).await?;
    }
    Ok(())
}

/// Co-signatures.
#[allow(async_fn_in_trait)]
pub trait SignatureStore {
    /// The co-signatories asked to confirm a response, in the order named.
    async fn signatures(&self, reference: &str) -> Result<Vec<SignatureView>>;
    /// The signature a token confirms.
    async fn signature(&self, token_hash: &str) -> Result<Option<PendingSignature>>;
    /// Confirms the signature of a token (again: nothing changes).
    async fn confirm_signature(&self, token_hash: &str) -> Result<PendingSignature>;
}

impl SignatureStore for Store {
    async fn signatures(&self, reference: &str) -> Result<Vec<SignatureView>> {
        let rows = sqlx::query(
            "SELECT s.name, s.organization, s.confirmed_at FROM signatures s \
             JOIN responses r ON r.id = s.response_id WHERE r.reference = $1 ORDER BY s.id",
        )
        .bind(reference)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(SignatureView {
                    name: r.text("name")?,
                    organization: r.opt_text("organization")?,
                    confirmed: r.opt_text("confirmed_at")?.is_some(),
                })
            })
            .collect::<Result<_, sqlx::Error>>()
            .map_err(Into::into)
    }

    async fn signature(&self, token_hash: &str) -> Result<Option<PendingSignature>> {
        let row = sqlx::query(
            "SELECT r.reference, r.call_id, s.name, s.confirmed_at FROM signatures s \
             JOIN responses r ON r.id = s.response_id WHERE s.token_hash = $1",
        )
        .bind(token_hash)
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else { return Ok(None) };
        Ok(Some(PendingSignature {
            reference: row.text("reference")?,
            call_id: CallId(row.int("call_id")?),
            name: row.text("name")?,
            confirmed: row.opt_text("confirmed_at")?.is_some(),
        }))
    }

    async fn confirm_signature(&self, token_hash: &str) -> Result<PendingSignature> {
        let Some(found) = self.signature(token_hash).await? else {
            return Err(StoreError::not_found("signature"));
        };
        if found.confirmed {
            return Ok(found);
        }
        let mut tx = self.begin_write().await?;
        sqlx::query("UPDATE signatures SET confirmed_at = $1 WHERE token_hash = $2 AND confirmed_at IS NULL")
            .bind(now())
            .bind(token_hash)
            .execute(&mut *tx)
            .await?;
        let body = sqlx::query("SELECT c.body_id FROM calls c WHERE c.id = $1")
            .bind(found.call_id.0)
            .fetch_one(&mut *tx)
            .await?
            .int("body_id")?;
        record(
            &mut tx,
            &AuditActor::system(format!("co-signatory {}", found.name)),
            Change {
                action: "confirm_signature",
                entity: "response",
                entity_id: found.reference.clone(),
                body_id: Some(concord_domain::ids::BodyId(body)),
                public: true,
                before: None,
                after: None,
                reason: None,
            },
        )
        .await?;
        tx.commit().await?;
        Ok(PendingSignature {
            confirmed: true,
            ..found
        })
    }
}
