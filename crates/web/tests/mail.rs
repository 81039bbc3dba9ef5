//! Mail delivery over real SMTP: a small SMTP server started by the test receives what the
//! worker sends; a server that is down leaves the message in the outbox for a later retry.

// Tests: a failed unwrap is a failed assertion.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::{Arc, Mutex};

use concord_store::testing::TestDb;
use concord_store::{Backend, MailDraft, MailStore};
use concord_web::jobs::work_once;
use concord_web::mail::{OutboxOnly, SmtpMailer};
use time::{Duration, OffsetDateTime};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

/// What the SMTP server received: the envelope recipients and the message data.
#[derive(Debug, Default, Clone)]
struct Received {
    recipients: Vec<String>,
    data: String,
}

/// A minimal SMTP server (RFC 5321 happy path) that records every message.
async fn smtp_server() -> (u16, Arc<Mutex<Vec<Received>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let inbox: Arc<Mutex<Vec<Received>>> = Arc::default();
    let store = inbox.clone();
    tokio::spawn(async move {
        loop {
            let Ok((socket, _)) = listener.accept().await else {
                return;
            };
            let store = store.clone();
            tokio::spawn(async move {
                let (read, mut write) = socket.into_split();
                let mut lines = BufReader::new(read).lines();
                write
                    .write_all(b"220 test.example ESMTP\r\n")
                    .await
                    .unwrap();
                let mut current = Received::default();
                while let Ok(Some(line)) = lines.next_line().await {
                    let upper = line.to_ascii_uppercase();
                    let reply: &[u8] = if upper.starts_with("EHLO") || upper.starts_with("HELO") {
                        b"250-test.example\r\n250 8BITMIME\r\n"
                    } else if upper.starts_with("MAIL FROM") {
                        b"250 OK\r\n"
                    } else if upper.starts_with("RCPT TO") {
                        current
                            .recipients
                            .push(line[8..].trim().trim_matches(['<', '>']).to_owned());
                        b"250 OK\r\n"
                    } else if upper == "DATA" {
                        write.write_all(b"354 go ahead\r\n").await.unwrap();
                        while let Ok(Some(data)) = lines.next_line().await {
                            if data == "." {
                                break;
                            }
                            current.data.push_str(&data);
                            current.data.push('\n');
                        }
                        store.lock().unwrap().push(std::mem::take(&mut current));
                        b"250 queued\r\n"
                    } else if upper.starts_with("QUIT") {
                        write.write_all(b"221 bye\r\n").await.unwrap();
                        return;
                    } else {
                        b"250 OK\r\n"
                    };
                    write.write_all(reply).await.unwrap();
                }
            });
        }
    });
    (port, inbox)
}

async fn delivers_through_smtp(backend: Backend) {
    let Some(db) = TestDb::new(backend).await else {
        return;
    };
    let (port, inbox) = smtp_server().await;
    let mailer = SmtpMailer::new(
        &format!("smtp://127.0.0.1:{port}"),
        "Concord <concord@example.org>",
    )
    .unwrap();
    let id = db
        .store
        .send_later(&MailDraft {
            to: "grace@example.org".into(),
            subject: "Confirm your address".into(),
            body: "Open https://concord.example/x".into(),
        })
        .await
        .unwrap();
    assert!(work_once(&db.store, &mailer, "http://test").await.unwrap());
    assert!(
        !work_once(&db.store, &mailer, "http://test").await.unwrap(),
        "nothing left to do"
    );
    let received = inbox.lock().unwrap().clone();
    assert_eq!(received.len(), 1);
    assert_eq!(received[0].recipients, ["grace@example.org"]);
    assert!(received[0].data.contains("Subject: Confirm your address"));
    assert!(received[0].data.contains("Open https://concord.example/x"));
    let entry = db.store.outbox_entry(id).await.unwrap().unwrap();
    assert!(entry.sent_at.is_some());
    db.finish().await;
}

async fn a_server_that_is_down_means_a_retry_later(backend: Backend) {
    let Some(db) = TestDb::new(backend).await else {
        return;
    };
    // A port nobody listens on.
    let port = TcpListener::bind("127.0.0.1:0")
        .await
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mailer =
        SmtpMailer::new(&format!("smtp://127.0.0.1:{port}"), "concord@example.org").unwrap();
    let id = db
        .store
        .send_later(&MailDraft {
            to: "grace@example.org".into(),
            subject: "S".into(),
            body: "B".into(),
        })
        .await
        .unwrap();
    assert!(work_once(&db.store, &mailer, "http://test").await.unwrap());
    let entry = db.store.outbox_entry(id).await.unwrap().unwrap();
    assert!(
        entry.sent_at.is_none() && entry.last_error.is_some(),
        "{entry:?}"
    );
    assert_eq!(
        db.store.pending_jobs().await.unwrap(),
        1,
        "the job waits for its retry"
    );
    assert!(
        !work_once(&db.store, &mailer, "http://test").await.unwrap(),
        "not before its backoff"
    );
    db.finish().await;
}

async fn without_a_server_mail_stays_in_the_outbox(backend: Backend) {
    let Some(db) = TestDb::new(backend).await else {
        return;
    };
    let id = db
        .store
        .send_later(&MailDraft {
            to: "grace@example.org".into(),
            subject: "S".into(),
            body: "B".into(),
        })
        .await
        .unwrap();
    assert!(work_once(&db.store, &OutboxOnly, "http://test")
        .await
        .unwrap());
    assert_eq!(db.store.pending_jobs().await.unwrap(), 0);
    let entry = db.store.outbox_entry(id).await.unwrap().unwrap();
    assert!(entry.last_error.unwrap().contains("no mail server"));
    db.finish().await;
}

#[tokio::test]
async fn smtp_on_sqlite() {
    delivers_through_smtp(Backend::Sqlite).await;
    a_server_that_is_down_means_a_retry_later(Backend::Sqlite).await;
    without_a_server_mail_stays_in_the_outbox(Backend::Sqlite).await;
}

#[tokio::test]
async fn smtp_on_postgres() {
    delivers_through_smtp(Backend::Postgres).await;
    a_server_that_is_down_means_a_retry_later(Backend::Postgres).await;
    without_a_server_mail_stays_in_the_outbox(Backend::Postgres).await;
}

async fn approved_observers_are_reminded_before_the_meeting(backend: Backend) {
    use concord_domain::body::{BodyForm, Lifecycle};
    use concord_domain::meeting::MeetingForm;
    use concord_domain::participation::{RegistrationForm, RegistrationStatus};
    use concord_store::{AuditActor, BodyStore, MeetingStore, ParticipationStore};
    let Some(db) = TestDb::new(backend).await else {
        return;
    };
    let by = AuditActor::system("test");
    let body = BodyForm {
        name: Some("WGEC".into()),
        acronym: Some("WGEC".into()),
        body_type: Some("working_group".into()),
        ..Default::default()
    };
    let body = db
        .store
        .create_body(&by, &body.parse().unwrap(), Lifecycle::Working)
        .await
        .unwrap();
    let tomorrow =
        concord_domain::dates::format_date(OffsetDateTime::now_utc().date() + Duration::days(1));
    let form = MeetingForm {
        title: Some("Fifth meeting".into()),
        starts_on: Some(tomorrow),
        state: Some("registration_open".into()),
        venue: Some("Geneva".into()),
        ..Default::default()
    };
    let meeting = db
        .store
        .add_meeting(&by, body.id, &form.parse().unwrap())
        .await
        .unwrap();
    for (name, email) in [
        ("Approved Observer", "yes@example.org"),
        ("Pending Observer", "maybe@example.org"),
    ] {
        let r = RegistrationForm {
            name: Some(name.into()),
            organization: Some("ISOC".into()),
            email: Some(email.into()),
            stakeholder_group: Some("technical_academic".into()),
            country: None,
        };
        db.store
            .register(&by, meeting.id, &r.parse().unwrap())
            .await
            .unwrap();
    }
    let first = db.store.registrations(meeting.id).await.unwrap()[0].id;
    db.store
        .decide_registration(&by, meeting.id, first, RegistrationStatus::Approved)
        .await
        .unwrap();
    // A member registered for the meeting hears of it through the account of the person who
    // sits, in the language that person chose.
    {
        use concord_store::{AccountStore, CompositionStore, NewUser, PartyStore, RosterStore};
        let person = db
            .store
            .create_person(
                &by,
                &concord_domain::party::PersonForm {
                    name: Some("Anriette Esterhuysen".into()),
                    ..Default::default()
                }
                .parse()
                .unwrap(),
            )
            .await
            .unwrap();
        let membership = concord_domain::composition::MembershipForm {
            role: Some("member".into()),
            person_id: Some(person.id.0),
            ..Default::default()
        };
        let membership = db
            .store
            .add_membership(&by, body.id, &membership.parse().unwrap())
            .await
            .unwrap();
        let user = NewUser {
            email: concord_domain::account::Email::parse("e", "anriette@example.org").unwrap(),
            display_name: "Anriette".into(),
            password_hash: "x".into(),
        };
        let user = db.store.create_user(&by, &user, true, false).await.unwrap();
        db.store
            .link_person(&by, user.id, Some(person.id))
            .await
            .unwrap();
        db.store.set_language(user.id, "fr").await.unwrap();
        db.store
            .register_member(&by, meeting.id, membership.id, "Anriette Esterhuysen")
            .await
            .unwrap();
    }
    while work_once(&db.store, &OutboxOnly, "https://concord.example")
        .await
        .unwrap()
    {}
    let reminders: Vec<_> = db
        .store
        .outbox(10)
        .await
        .unwrap()
        .into_iter()
        .filter(|m| m.subject.starts_with("Reminder"))
        .collect();
    assert_eq!(
        reminders.len(),
        1,
        "only the approved observer is reminded in English"
    );
    let outbox = db.store.outbox(10).await.unwrap();
    let member = outbox
        .iter()
        .find(|m| m.to == "anriette@example.org")
        .expect("the registered member is reminded");
    assert_eq!(member.subject, "Rappel : Fifth meeting");
    assert_eq!(reminders[0].to, "yes@example.org");
    assert_eq!(reminders[0].subject, "Reminder: Fifth meeting");
    assert!(reminders[0].body.contains(&format!(
        "https://concord.example/bodies/{}/meetings/{}",
        body.id, meeting.id
    )));
    // Cancelling the meeting schedules nothing more.
    let mut cancelled = meeting.fields.clone();
    cancelled.state = concord_domain::meeting::MeetingState::Cancelled;
    db.store
        .update_meeting(&by, meeting.id, &cancelled, Some("Postponed"))
        .await
        .unwrap();
    while work_once(&db.store, &OutboxOnly, "https://concord.example")
        .await
        .unwrap()
    {}
    assert_eq!(
        db.store
            .outbox(10)
            .await
            .unwrap()
            .iter()
            .filter(|m| m.subject.starts_with("Reminder"))
            .count(),
        1
    );
    db.finish().await;
}

#[tokio::test]
async fn reminders_on_sqlite() {
    approved_observers_are_reminded_before_the_meeting(Backend::Sqlite).await;
}

#[tokio::test]
async fn reminders_on_postgres() {
    approved_observers_are_reminded_before_the_meeting(Backend::Postgres).await;
}
