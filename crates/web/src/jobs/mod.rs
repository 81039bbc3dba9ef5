//! The background jobs: the runner that claims due jobs from the store's queue and does each by
//! its kind ([`concord_store::Task`]); the delivery of mail; reminders and announcements; the
//! silence procedure's circulation and deadline; suggested themes.

pub mod mail;
mod reminders;
pub(crate) mod silence;
pub mod themes;

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use concord_store::{Job, MailStore, Store, Task};

use mail::Mailer;

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
    let (mails, others): (Vec<&Job>, Vec<&Job>) = jobs
        .iter()
        .partition(|job| matches!(job.task, Ok(Task::SendMail { .. })));
    mail::send_mails(store, mailer, &mails).await?;
    for job in others {
        run_job(store, public_url, job).await?;
    }
    Ok(jobs.len())
}

/// Runs one job of any kind but `send_mail`.
async fn run_job(store: &Store, public_url: &str, job: &Job) -> concord_store::Result<()> {
    match &job.task {
        Ok(Task::MeetingReminder { meeting, sequence }) => {
            reminders::remind(store, job, (*meeting, *sequence), public_url).await
        }
        Ok(Task::DocumentRevised { document }) => {
            reminders::announce_revision(store, job, *document, public_url).await
        }
        Ok(Task::SilenceCirculated { silence }) => {
            silence::circulated(store, job, *silence, public_url).await
        }
        Ok(Task::SilenceDeadline { silence }) => {
            silence::deadline(store, job, *silence, public_url).await
        }
        Ok(Task::SuggestThemes { run }) => themes::suggest_themes(store, job, *run).await,
        // Delivered with the other messages of the batch (see `work_batch`).
        Ok(Task::SendMail { .. }) => Ok(()),
        Err(why) => {
            tracing::error!(job = job.id, why, "a job this version cannot run");
            give_up(store, job, why).await
        }
    }
}

/// Marks a job failed for good, with the reason: retrying would fail the same way.
async fn give_up(store: &Store, job: &Job, why: &str) -> concord_store::Result<()> {
    store
        .retry_job(
            &Job {
                attempts: job.max_attempts,
                ..job.clone()
            },
            why,
        )
        .await
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
