//! Encrypted connections to PostgreSQL: TLS whenever the server offers it (Debian's PostgreSQL
//! comes with a certificate), `sslmode=require` to insist on it, and `sslmode=verify-full` to
//! check the server's certificate against the platform's roots, so that a self-signed one is
//! refused rather than trusted blindly.

// Tests: a failed unwrap is a failed assertion.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use concord_store::testing::TestDb;
use concord_store::{ConnectOptions, Store};

fn with_sslmode(url: &str, mode: &str) -> String {
    let separator = if url.contains('?') { '&' } else { '?' };
    format!("{url}{separator}sslmode={mode}")
}

#[tokio::test]
async fn postgres_connections_are_encrypted_when_asked() {
    let Some(db) = TestDb::postgres().await else {
        return;
    };
    // sqlx's default, sslmode=prefer, now finds TLS where the server offers it.
    assert!(
        db.store.encrypted().await.unwrap(),
        "TLS when the server offers it"
    );
    let clear = Store::connect(&with_sslmode(&db.url, "disable"), ConnectOptions::default())
        .await
        .unwrap();
    assert!(
        !clear.encrypted().await.unwrap(),
        "in clear only when asked"
    );
    clear.close().await;
    let encrypted = Store::connect(&with_sslmode(&db.url, "require"), ConnectOptions::default())
        .await
        .expect("a TLS connection with sslmode=require");
    assert!(encrypted.encrypted().await.unwrap(), "pg_stat_ssl says TLS");
    encrypted.ping().await.unwrap();
    encrypted.close().await;
    let verified = Store::connect(
        &with_sslmode(&db.url, "verify-full"),
        ConnectOptions::default(),
    )
    .await;
    assert!(
        verified.is_err(),
        "a certificate no trusted authority signed is refused under verify-full"
    );
    db.finish().await;
}
