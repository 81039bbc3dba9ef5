//! The jobs that tell people of what is coming: a meeting's approved observers two days before
//! it, a document's followers when a new version of it is filed. Each message goes through the
//! outbox.

use concord_domain::ids::{DocumentId, MeetingId};
use concord_store::{Job, MailStore, Store};

use crate::letters::{compose, in_language_of, Letter};

/// Reminds the approved observers of a meeting that it is near: one message each, through the
/// outbox. A reminder scheduled before the meeting changed (its sequence moved on), or for a
/// cancelled meeting, does nothing: the change scheduled its own.
pub(super) async fn remind(
    store: &Store,
    job: &Job,
    (meeting, sequence): (MeetingId, i64),
    public_url: &str,
) -> concord_store::Result<()> {
    use concord_domain::meeting::MeetingState;
    use concord_domain::participation::RegistrationStatus;
    use concord_store::{MeetingStore, ParticipationStore, RosterStore};
    let meeting = store.meeting(meeting).await?;
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
            let tm = in_language_of(member.lang.as_deref());
            let letter = Letter::MeetingReminder {
                name: member.display_name.clone(),
                title: meeting.fields.title.clone(),
                when: tm.date_range(Some(meeting.fields.starts_on), Some(meeting.fields.ends_on)),
                venue: meeting.fields.venue.clone().unwrap_or_default(),
                link: link.clone(),
            };
            store
                .send_later(&compose(&tm, &member.email, letter))
                .await?;
        }
        for registration in store.registrations(meeting.id).await? {
            if registration.status != RegistrationStatus::Approved {
                continue;
            }
            let letter = Letter::MeetingReminder {
                name: registration.name.clone(),
                title: meeting.fields.title.clone(),
                when: when.clone(),
                venue: meeting.fields.venue.clone().unwrap_or_default(),
                link: link.clone(),
            };
            store
                .send_later(&compose(&t, &registration.email, letter))
                .await?;
        }
    }
    store.finish_job(job.id).await
}

/// Tells the followers of a document that a new version of it is filed: one message each, in
/// the language they chose (English otherwise), through the outbox.
pub(super) async fn announce_revision(
    store: &Store,
    job: &Job,
    document: DocumentId,
    public_url: &str,
) -> concord_store::Result<()> {
    use concord_store::DocumentStore;
    let Some(document) = store.document(document).await? else {
        return super::give_up(store, job, "no such document").await;
    };
    let link = format!(
        "{}/bodies/{}/documents/{}",
        public_url.trim_end_matches('/'),
        document.body_id,
        document.id
    );
    for follower in store.followers(&document.base_symbol()).await? {
        let letter = Letter::DocumentRevised {
            name: follower.display_name.clone(),
            base: document.base_symbol(),
            symbol: document.fields.symbol.to_string(),
            title: document.fields.title.clone(),
            link: link.clone(),
        };
        let t = in_language_of(follower.lang.as_deref());
        store
            .send_later(&compose(&t, &follower.email, letter))
            .await?;
    }
    store.finish_job(job.id).await
}
