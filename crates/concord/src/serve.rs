//! Opening the configured database and running the web server until a shutdown signal.

use anyhow::Context;
use concord_store::{ConnectOptions, Store};
use std::sync::Arc;

use concord_web::jobs::run_worker;
use concord_web::mail::{Mailer, OutboxOnly, SmtpMailer};
use concord_web::server::{serve, Limits};
use concord_web::{router, AppState, WebConfig};

use crate::config::{redact_url, Config};

/// Opens the configured database. Only the default embedded database, or one named with
/// `create`, is created when missing.
pub async fn open(config: &Config, create: bool) -> anyhow::Result<Store> {
    let (url, default_location) = config.database();
    let options = ConnectOptions {
        create_if_missing: create || default_location,
        ..Default::default()
    };
    Store::connect(&url, options)
        .await
        .with_context(|| format!("cannot open the database {}", redact_url(&url)))
}

/// The mailer the configuration asks for.
pub fn mailer(config: &Config) -> anyhow::Result<Arc<dyn Mailer>> {
    match &config.smtp_url {
        None => Ok(Arc::new(OutboxOnly)),
        Some(url) => Ok(Arc::new(
            SmtpMailer::new(url, &config.mail_from).map_err(anyhow::Error::msg)?,
        )),
    }
}

/// Serves until Ctrl-C or SIGTERM, then lets running requests finish. The mail worker runs
/// beside the server and stops with it.
pub async fn run(config: &Config, store: Store) -> anyhow::Result<()> {
    let mailer = mailer(config)?;
    let web = WebConfig {
        admin_token: config.admin_token.clone(),
        public_url: config.public_url(),
        mailer: mailer.clone(),
        trusted_proxies: concord_web::client::TrustedProxies::parse(&config.trusted_proxies)
            .map_err(|e| anyhow::anyhow!("trusted_proxies: {e}"))?,
        extractor: extractor(),
        source_archive: Some(SOURCE_ARCHIVE),
    };
    let state = AppState::new(store.clone(), web);
    // The search index is built while the server starts answering.
    state.search.warm(store.clone());
    // Received files are read once each, soon after they arrive, in a child process.
    let (stop_reader, reader_stopped) = tokio::sync::oneshot::channel::<()>();
    let reader = tokio::spawn(concord_web::file_text::run_worker(
        store.clone(),
        extractor(),
        async move {
            let _ = reader_stopped.await;
        },
    ));
    let (stop_worker, worker_stopped) = tokio::sync::oneshot::channel::<()>();
    let worker = tokio::spawn(run_worker(
        store.clone(),
        mailer,
        config.public_url(),
        async move {
            let _ = worker_stopped.await;
        },
    ));
    let listener = tokio::net::TcpListener::bind(config.listen)
        .await
        .with_context(|| {
            format!(
                "cannot listen on {}; is another program using it?",
                config.listen
            )
        })?;
    let address = listener.local_addr()?;
    eprintln!(
        "Concord is running at http://{address}/ (database: {}). Press Ctrl-C to stop.",
        store.backend().name()
    );
    let limits = Limits {
        max_connections: config.max_connections,
        idle_timeout: std::time::Duration::from_secs(config.idle_timeout),
        ..Limits::default()
    };
    serve(listener, router(state), limits, shutdown_signal()).await?;
    let _ = stop_worker.send(());
    let _ = worker.await;
    let _ = stop_reader.send(());
    let _ = reader.await;
    store.close().await;
    eprintln!("Concord stopped.");
    Ok(())
}

/// The source this binary was built from (see `build.rs`).
const SOURCE_ARCHIVE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/source.tar.gz"));

/// This program, run as `concord extract-text`; reading on a thread of the server when the
/// program's path cannot be known.
fn extractor() -> concord_web::file_text::Extractor {
    match std::env::current_exe() {
        Ok(program) => concord_web::file_text::Extractor::Command(program),
        Err(error) => {
            tracing::warn!(%error, "files are read in the server's own process");
            concord_web::file_text::Extractor::InProcess
        }
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(error) = tokio::signal::ctrl_c().await {
            tracing::warn!(%error, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(error) => {
                tracing::warn!(%error, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}
