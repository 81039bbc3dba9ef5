//! Delivering the outbox: the [`Mailer`] trait with its SMTP implementation (lettre), and the
//! worker that takes `send_mail` jobs from the queue. Without a configured SMTP server every
//! message stays in the outbox, where the administrator reads it, so nothing is lost.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use concord_store::{Job, MailStore, OutboxEntry, Store};
use lettre::message::header::ContentType;
use lettre::message::Mailbox;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

/// Why a message was not delivered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeliveryError {
    /// No mail server is configured: the message stays in the outbox.
    NotConfigured,
    /// The server refused or could not be reached: try again later.
    Failed(String),
}

/// A boxed future, so that mailers can be chosen at run time.
pub type Delivery<'a> = Pin<Box<dyn Future<Output = Result<(), DeliveryError>> + Send + 'a>>;

/// Something that delivers mail.
pub trait Mailer: Send + Sync + std::fmt::Debug {
    /// Delivers one message of the outbox.
    fn deliver<'a>(&'a self, mail: &'a OutboxEntry) -> Delivery<'a>;
}

/// The mailer when no SMTP server is configured.
#[derive(Debug, Default)]
pub struct OutboxOnly;

impl Mailer for OutboxOnly {
    fn deliver<'a>(&'a self, _mail: &'a OutboxEntry) -> Delivery<'a> {
        Box::pin(async { Err(DeliveryError::NotConfigured) })
    }
}

/// Delivery through an SMTP server, from `CONCORD_SMTP_URL` (`smtp://host:25`,
/// `smtp://user:password@host:587?tls=required`, `smtps://host:465`).
pub struct SmtpMailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    server: String,
}

impl std::fmt::Debug for SmtpMailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SmtpMailer")
            .field("server", &self.server)
            .field("from", &self.from.to_string())
            .finish()
    }
}

impl SmtpMailer {
    /// Prepares a mailer; `from` is the sender's address, e.g. `Concord <concord@example.org>`.
    pub fn new(url: &str, from: &str) -> Result<SmtpMailer, String> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|e| format!("the SMTP URL is not valid: {e}"))?
            .timeout(Some(Duration::from_secs(30)))
            .build();
        let from = from
            .parse::<Mailbox>()
            .map_err(|e| format!("the sender address “{from}” is not valid: {e}"))?;
        let server = url.split('@').next_back().unwrap_or(url).to_owned();
        Ok(SmtpMailer {
            transport,
            from,
            server,
        })
    }
}

impl Mailer for SmtpMailer {
    fn deliver<'a>(&'a self, mail: &'a OutboxEntry) -> Delivery<'a> {
        Box::pin(async move {
            let to = mail.to.parse::<Mailbox>().map_err(|e| {
                DeliveryError::Failed(format!("the recipient address is not valid: {e}"))
            })?;
            let message = Message::builder()
                .from(self.from.clone())
                .to(to)
                .subject(&mail.subject)
                .header(ContentType::TEXT_PLAIN)
                .body(mail.body.clone())
                .map_err(|e| DeliveryError::Failed(e.to_string()))?;
            self.transport
                .send(message)
                .await
                .map(|_| ())
                .map_err(|e| DeliveryError::Failed(e.to_string()))
        })
    }
}

/// Runs one due job, if there is one; `Ok(false)` when the queue has nothing due.
pub async fn work_once(store: &Store, mailer: &dyn Mailer) -> concord_store::Result<bool> {
    let Some(job) = store.claim_job(time::Duration::minutes(2)).await? else {
        return Ok(false);
    };
    match job.kind.as_str() {
        "send_mail" => send_mail(store, mailer, &job).await?,
        other => {
            tracing::error!(kind = other, job = job.id, "unknown job kind");
            store
                .retry_job(
                    &Job {
                        attempts: job.max_attempts,
                        ..job.clone()
                    },
                    "unknown job kind",
                )
                .await?;
        }
    }
    Ok(true)
}

async fn send_mail(store: &Store, mailer: &dyn Mailer, job: &Job) -> concord_store::Result<()> {
    let entry = match job.payload.parse::<i64>() {
        Ok(id) => store.outbox_entry(id).await?,
        Err(_) => None,
    };
    let Some(entry) = entry else {
        return store
            .retry_job(
                &Job {
                    attempts: job.max_attempts,
                    ..job.clone()
                },
                "no such outbox message",
            )
            .await;
    };
    if entry.sent_at.is_some() {
        // Delivered by an earlier run whose job was not marked done: nothing more to do.
        return store.finish_job(job.id).await;
    }
    match mailer.deliver(&entry).await {
        Ok(()) => {
            store.mark_delivery(entry.id, Ok(())).await?;
            store.finish_job(job.id).await
        }
        Err(DeliveryError::NotConfigured) => {
            store
                .mark_delivery(
                    entry.id,
                    Err("no mail server is configured; kept in the outbox".into()),
                )
                .await?;
            store.finish_job(job.id).await
        }
        Err(DeliveryError::Failed(error)) => {
            tracing::warn!(outbox = entry.id, attempt = job.attempts, %error, "mail delivery failed; will retry");
            store.mark_delivery(entry.id, Err(error.clone())).await?;
            store.retry_job(job, &error).await
        }
    }
}

/// Works the queue until `shutdown` resolves: runs due jobs, and sleeps a moment when there is
/// none (or the database is unreachable).
pub async fn run_worker(store: Store, mailer: Arc<dyn Mailer>, shutdown: impl Future<Output = ()>) {
    tokio::pin!(shutdown);
    loop {
        let pause = match work_once(&store, mailer.as_ref()).await {
            Ok(true) => Duration::ZERO,
            Ok(false) => Duration::from_millis(500),
            Err(error) => {
                tracing::error!(%error, "job queue unavailable");
                Duration::from_secs(5)
            }
        };
        tokio::select! {
            () = &mut shutdown => return,
            () = tokio::time::sleep(pause) => {}
        }
    }
}
