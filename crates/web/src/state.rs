//! The application's state: the settings the web front needs and what every handler can reach.

use std::sync::Arc;

use concord_store::Store;

use crate::{client, file_text, mail, opinion_maps, search};

/// Settings the web front needs.
#[derive(Clone)]
pub struct WebConfig {
    /// Bearer token that authorises writes through the API; writes are refused when unset.
    pub admin_token: Option<String>,
    /// The address people reach Concord at, for links in e-mails (`https://…` also makes
    /// cookies `Secure`).
    pub public_url: String,
    /// Delivers the outbox.
    pub mailer: Arc<dyn mail::Mailer>,
    /// Reverse proxies whose `X-Forwarded-For` names the client.
    pub trusted_proxies: client::TrustedProxies,
    /// How the text of received files is read.
    pub extractor: file_text::Extractor,
    /// The source of this program, as a `.tar.gz`, served at `/source.tar.gz` (AGPL §13).
    pub source_archive: Option<&'static [u8]>,
}

impl Default for WebConfig {
    fn default() -> Self {
        Self {
            admin_token: None,
            public_url: "http://127.0.0.1:8080".into(),
            mailer: Arc::new(mail::OutboxOnly),
            trusted_proxies: client::TrustedProxies::default(),
            extractor: file_text::Extractor::default(),
            source_archive: None,
        }
    }
}

impl WebConfig {
    /// Whether cookies must be sent over HTTPS only.
    pub fn secure_cookies(&self) -> bool {
        self.public_url.starts_with("https://")
    }

    /// An absolute link to `path` on this site.
    pub fn link(&self, path: &str) -> String {
        format!("{}{path}", self.public_url.trim_end_matches('/'))
    }
}

impl std::fmt::Debug for WebConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WebConfig")
            .field(
                "admin_token",
                &self.admin_token.as_ref().map(|_| "[redacted]"),
            )
            .field("public_url", &self.public_url)
            .field("mailer", &self.mailer)
            .field("trusted_proxies", &self.trusted_proxies)
            .finish()
    }
}

/// What every handler can reach.
#[derive(Clone, Debug)]
pub struct AppState {
    /// The database.
    pub store: Store,
    /// The settings.
    pub config: Arc<WebConfig>,
    /// Full-text search of published answers.
    pub search: Arc<search::SearchService>,
    /// Opinion maps, computed once per state of a conversation.
    pub opinion_maps: Arc<opinion_maps::OpinionMaps>,
}

impl AppState {
    /// Bundles a store and settings.
    pub fn new(store: Store, config: WebConfig) -> Self {
        let search = search::SearchService::new(config.extractor.clone());
        Self {
            store,
            config: Arc::new(config),
            search,
            opinion_maps: Arc::default(),
        }
    }
}
