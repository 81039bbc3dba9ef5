//! Mail delivery over real SMTP: a small SMTP server started by the test receives what the
//! worker sends; a server that is down leaves the message in the outbox for a later retry.

// Tests: a failed unwrap is a failed assertion.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::{Arc, Mutex};

use concord_store::testing::TestDb;
use concord_store::{Backend, MailDraft, MailStore};
use concord_web::mail::{work_once, OutboxOnly, SmtpMailer};
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
    assert!(work_once(&db.store, &mailer).await.unwrap());
    assert!(
        !work_once(&db.store, &mailer).await.unwrap(),
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
    assert!(work_once(&db.store, &mailer).await.unwrap());
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
        !work_once(&db.store, &mailer).await.unwrap(),
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
    assert!(work_once(&db.store, &OutboxOnly).await.unwrap());
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
