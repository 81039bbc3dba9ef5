//! Delivering the outbox: the [`Mailer`] trait with its SMTP implementation (lettre), and the
//! delivery of the messages that `send_mail` jobs name. Without a configured SMTP server every
//! message stays in the outbox, where the administrator reads it, so nothing is lost.

use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

use concord_store::{Job, JobEnd, MailSettlement, MailStore, OutboxEntry, Store, Task};
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

/// Delivers the messages of `send_mail` jobs one after the other, then records what became of
/// them all in one transaction. A crash between a delivery and that record sends the message
/// again once the job's lock expires: mail is delivered at least once, never lost.
pub(super) async fn send_mails(
    store: &Store,
    mailer: &dyn Mailer,
    jobs: &[&Job],
) -> concord_store::Result<()> {
    if jobs.is_empty() {
        return Ok(());
    }
    let ids: Vec<i64> = jobs.iter().filter_map(|job| outbox_of(job)).collect();
    let entries: std::collections::HashMap<i64, OutboxEntry> = store
        .outbox_entries(&ids)
        .await?
        .into_iter()
        .map(|entry| (entry.id, entry))
        .collect();
    let mut settled = Vec::with_capacity(jobs.len());
    for job in jobs {
        let entry = outbox_of(job).and_then(|id| entries.get(&id));
        let Some(entry) = entry else {
            settled.push(MailSettlement {
                job,
                message: None,
                end: JobEnd::Fail("no such outbox message".into()),
            });
            continue;
        };
        if entry.sent_at.is_some() {
            // Delivered by an earlier run whose job was not marked done: nothing more to do.
            settled.push(MailSettlement {
                job,
                message: None,
                end: JobEnd::Done,
            });
            continue;
        }
        let (result, end) = match mailer.deliver(entry).await {
            Ok(()) => (Ok(()), JobEnd::Done),
            Err(DeliveryError::NotConfigured) => (
                Err("no mail server is configured; kept in the outbox".to_owned()),
                JobEnd::Done,
            ),
            Err(DeliveryError::Failed(error)) => {
                tracing::warn!(outbox = entry.id, attempt = job.attempts, %error, "mail delivery failed; will retry");
                (Err(error.clone()), JobEnd::Retry(error))
            }
        };
        settled.push(MailSettlement {
            job,
            message: Some((entry.id, result)),
            end,
        });
    }
    store.settle_mail(&settled).await
}

/// The message a `send_mail` job delivers.
fn outbox_of(job: &Job) -> Option<i64> {
    match job.task {
        Ok(Task::SendMail { outbox }) => Some(outbox),
        _ => None,
    }
}
