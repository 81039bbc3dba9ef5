//! Delivering the outbox: the [`Mailer`] trait with its SMTP implementation (lettre), and the
//! worker that takes `send_mail` jobs from the queue. Without a configured SMTP server every
//! message stays in the outbox, where the administrator reads it, so nothing is lost.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use concord_store::{Job, JobEnd, MailSettlement, MailStore, OutboxEntry, Store};
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

/// Runs one due job, if there is one; `Ok(false)` when the queue has nothing due. `public_url`
/// makes the links in reminders absolute.
pub async fn work_once(
    store: &Store,
    mailer: &dyn Mailer,
    public_url: &str,
) -> concord_store::Result<bool> {
    Ok(work_batch(store, mailer, public_url, 1).await? > 0)
}

/// Runs up to `limit` due jobs, claimed together; returns how many ran.
pub async fn work_batch(
    store: &Store,
    mailer: &dyn Mailer,
    public_url: &str,
    limit: i64,
) -> concord_store::Result<usize> {
    let jobs = store.claim_jobs(time::Duration::minutes(2), limit).await?;
    let (mails, others): (Vec<&Job>, Vec<&Job>) =
        jobs.iter().partition(|job| job.kind == "send_mail");
    send_mails(store, mailer, &mails).await?;
    for job in others {
        run_job(store, public_url, job).await?;
    }
    Ok(jobs.len())
}

async fn run_job(store: &Store, public_url: &str, job: &Job) -> concord_store::Result<()> {
    match job.kind.as_str() {
        "meeting_reminder" => remind(store, job, public_url).await?,
        "document_revised" => announce_revision(store, job, public_url).await?,
        "silence_circulated" => crate::silence::circulated(store, job, public_url).await?,
        "silence_deadline" => crate::silence::deadline(store, job, public_url).await?,
        concord_store::SUGGEST_THEMES_JOB => crate::theme_jobs::suggest_themes(store, job).await?,
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
    Ok(())
}

/// Delivers the messages of `send_mail` jobs one after the other, then records what became of
/// them all in one transaction. A crash between a delivery and that record sends the message
/// again once the job's lock expires: mail is delivered at least once, never lost.
async fn send_mails(
    store: &Store,
    mailer: &dyn Mailer,
    jobs: &[&Job],
) -> concord_store::Result<()> {
    if jobs.is_empty() {
        return Ok(());
    }
    let ids: Vec<i64> = jobs.iter().filter_map(|j| j.payload.parse().ok()).collect();
    let entries: std::collections::HashMap<i64, OutboxEntry> = store
        .outbox_entries(&ids)
        .await?
        .into_iter()
        .map(|entry| (entry.id, entry))
        .collect();
    let mut settled = Vec::with_capacity(jobs.len());
    for job in jobs {
        let entry = job
            .payload
            .parse::<i64>()
            .ok()
            .and_then(|id| entries.get(&id));
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

/// Reminds the approved observers of a meeting that it is near: one message each, through the
/// outbox. A reminder scheduled before the meeting changed (its sequence moved on), or for a
/// cancelled meeting, does nothing: the change scheduled its own.
async fn remind(store: &Store, job: &Job, public_url: &str) -> concord_store::Result<()> {
    use concord_domain::ids::MeetingId;
    use concord_domain::meeting::MeetingState;
    use concord_domain::participation::RegistrationStatus;
    use concord_store::{MailDraft, MeetingStore, ParticipationStore, RosterStore};
    let mut parts = job.payload.split(':').map(|p| p.parse::<i64>().ok());
    let (Some(Some(id)), Some(Some(sequence))) = (parts.next(), parts.next()) else {
        return store
            .retry_job(
                &Job {
                    attempts: job.max_attempts,
                    ..job.clone()
                },
                "malformed reminder",
            )
            .await;
    };
    let meeting = store.meeting(MeetingId(id)).await?;
    let current = meeting
        .filter(|m| i64::from(m.sequence) == sequence && m.fields.state != MeetingState::Cancelled);
    if let Some(meeting) = current {
        // Reminders go out in English, the language of the secretariat's working documents,
        // until participants can choose theirs.
        let t = crate::i18n::Tr::new(crate::i18n::Locale::En, "/");
        let link = format!(
            "{}/bodies/{}/meetings/{}",
            public_url.trim_end_matches('/'),
            meeting.body_id,
            meeting.id
        );
        let when = t.date_range(Some(meeting.fields.starts_on), Some(meeting.fields.ends_on));
        // Registered members hear of it through the accounts of the people who sit for them,
        // in the language each chose.
        for member in store.registered_member_accounts(meeting.id).await? {
            let locale = member
                .lang
                .as_deref()
                .and_then(crate::i18n::Locale::from_tag)
                .unwrap_or(crate::i18n::Locale::En);
            let tm = crate::i18n::Tr::new(locale, "/");
            let args = [
                ("name", member.display_name.clone()),
                ("title", meeting.fields.title.clone()),
                (
                    "when",
                    tm.date_range(Some(meeting.fields.starts_on), Some(meeting.fields.ends_on)),
                ),
                ("venue", meeting.fields.venue.clone().unwrap_or_default()),
                ("link", link.clone()),
            ];
            store
                .send_later(&MailDraft {
                    to: member.email.clone(),
                    subject: tm.args("mail-reminder-subject", &args),
                    body: tm.args("mail-reminder-body", &args),
                })
                .await?;
        }
        for registration in store.registrations(meeting.id).await? {
            if registration.status != RegistrationStatus::Approved {
                continue;
            }
            let args = [
                ("name", registration.name.clone()),
                ("title", meeting.fields.title.clone()),
                ("when", when.clone()),
                ("venue", meeting.fields.venue.clone().unwrap_or_default()),
                ("link", link.clone()),
            ];
            store
                .send_later(&MailDraft {
                    to: registration.email.clone(),
                    subject: t.args("mail-reminder-subject", &args),
                    body: t.args("mail-reminder-body", &args),
                })
                .await?;
        }
    }
    store.finish_job(job.id).await
}

/// Tells the followers of a document that a new version of it is filed: one message each, in
/// the language they chose (English otherwise), through the outbox.
async fn announce_revision(
    store: &Store,
    job: &Job,
    public_url: &str,
) -> concord_store::Result<()> {
    use concord_domain::ids::DocumentId;
    use concord_store::{DocumentStore, MailDraft};
    let document = match job.payload.parse::<i64>() {
        Ok(id) => store.document(DocumentId(id)).await?,
        Err(_) => None,
    };
    let Some(document) = document else {
        return store
            .retry_job(
                &Job {
                    attempts: job.max_attempts,
                    ..job.clone()
                },
                "no such document",
            )
            .await;
    };
    let link = format!(
        "{}/bodies/{}/documents/{}",
        public_url.trim_end_matches('/'),
        document.body_id,
        document.id
    );
    for follower in store.followers(&document.base_symbol()).await? {
        let locale = follower
            .lang
            .as_deref()
            .and_then(crate::i18n::Locale::from_tag)
            .unwrap_or(crate::i18n::Locale::En);
        let t = crate::i18n::Tr::new(locale, "/");
        let args = [
            ("name", follower.display_name.clone()),
            ("base", document.base_symbol()),
            ("symbol", document.fields.symbol.to_string()),
            ("title", document.fields.title.clone()),
            ("link", link.clone()),
        ];
        store
            .send_later(&MailDraft {
                to: follower.email.clone(),
                subject: t.args("mail-revised-subject", &args),
                body: t.args("mail-revised-body", &args),
            })
            .await?;
    }
    store.finish_job(job.id).await
}

/// Works the queue until `shutdown` resolves: runs due jobs, and sleeps a moment when there is
/// none (or the database is unreachable).
pub async fn run_worker(
    store: Store,
    mailer: Arc<dyn Mailer>,
    public_url: String,
    shutdown: impl Future<Output = ()>,
) {
    tokio::pin!(shutdown);
    loop {
        let started = std::time::Instant::now();
        let pause = match work_batch(&store, mailer.as_ref(), &public_url, 64).await {
            Ok(0) => Duration::from_millis(500),
            // Responses come first: while they queue, mail takes at most a quarter of the
            // time, so that a rush before a deadline is acknowledged at full speed and its
            // receipts still go out, only later.
            Ok(_) if store.responses_waiting() => started.elapsed() * 3,
            Ok(_) => Duration::ZERO,
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
