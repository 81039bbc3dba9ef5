//! Opening the configured database and running the web server until a shutdown signal.

use anyhow::Context;
use concord_store::{ConnectOptions, Store};
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

/// Serves until Ctrl-C or SIGTERM, then lets running requests finish.
pub async fn run(config: &Config, store: Store) -> anyhow::Result<()> {
    let state = AppState::new(
        store.clone(),
        WebConfig {
            admin_token: config.admin_token.clone(),
        },
    );
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
    axum::serve(listener, router(state))
        .with_graceful_shutdown(shutdown_signal())
        .await?;
    store.close().await;
    eprintln!("Concord stopped.");
    Ok(())
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
