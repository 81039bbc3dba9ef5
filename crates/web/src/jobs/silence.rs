//! The jobs of a silence procedure: telling the body's members that a text is circulated under
//! silence, and, at the deadline, recording the outcome by itself and telling them what it was.
//! Each message goes through the outbox, in the language each member chose (English otherwise).

use concord_domain::drafting::consensus::SilenceState;
use concord_store::{ConsensusStore, Job, MailStore, Silence, Store, TextStore};

use crate::common::time::short_time;
use crate::letters::{compose, in_language_of, Letter, SilenceFacts};

/// The procedure a job is about; a job naming none is given up.
async fn procedure(store: &Store, job: &Job, id: i64) -> concord_store::Result<Option<Silence>> {
    let silence = store.silence(id).await?;
    if silence.is_none() {
        super::give_up(store, job, "no such silence procedure").await?;
    }
    Ok(silence)
}

/// Writes one message per member: the letter `letter` makes of the facts.
async fn tell_members(
    store: &Store,
    silence: &Silence,
    public_url: &str,
    letter: fn(SilenceFacts) -> Letter,
) -> concord_store::Result<()> {
    let Some(text) = store.negotiating_text(silence.text_id).await? else {
        return Ok(());
    };
    let link = format!("{}/texts/{}", public_url.trim_end_matches('/'), text.id);
    for member in store.member_accounts(text.body_id).await? {
        let facts = SilenceFacts {
            name: member.display_name.clone(),
            title: text.fields.title.clone(),
            version: silence.version.to_string(),
            deadline: short_time(&silence.deadline),
            link: link.clone(),
        };
        let t = in_language_of(member.lang.as_deref());
        store
            .send_later(&compose(&t, &member.email, letter(facts)))
            .await?;
    }
    Ok(())
}

/// Tells the members that the text is circulated under silence, and until when.
pub(crate) async fn circulated(
    store: &Store,
    job: &Job,
    silence: i64,
    public_url: &str,
) -> concord_store::Result<()> {
    if let Some(silence) = procedure(store, job, silence).await? {
        tell_members(store, &silence, public_url, Letter::SilenceCirculated).await?;
        store.finish_job(job.id).await?;
    }
    Ok(())
}

/// At the deadline: concludes the procedure (unless silence was broken) and tells the members
/// that the text is adopted.
pub(crate) async fn deadline(
    store: &Store,
    job: &Job,
    silence: i64,
    public_url: &str,
) -> concord_store::Result<()> {
    let Some(silence) = procedure(store, job, silence).await? else {
        return Ok(());
    };
    let concluded = store
        .conclude_silence(silence.id, time::OffsetDateTime::now_utc())
        .await?;
    if concluded.state == SilenceState::Running {
        // Run early (a clock moved): try again later.
        return store.retry_job(job, "the deadline has not passed").await;
    }
    if concluded.state == SilenceState::Passed && silence.state == SilenceState::Running {
        tell_members(store, &concluded, public_url, Letter::SilencePassed).await?;
    }
    store.finish_job(job.id).await
}
