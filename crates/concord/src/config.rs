//! Configuration, in layers: defaults in code, then `concord.toml` (or the file named by
//! `--config` / `CONCORD_CONFIG`), then `CONCORD_*` environment variables, then command-line
//! flags. Unknown keys and unknown `CONCORD_*` variables are errors, so a typo never passes
//! silently; secrets are redacted in `Debug`.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context};
use serde::Deserialize;

/// The settings Concord runs with.
#[derive(Clone, PartialEq, Eq)]
pub struct Config {
    /// Where the embedded database and other files live.
    pub data_dir: PathBuf,
    /// The database URL; `None` means the embedded SQLite file under `data_dir`.
    pub database_url: Option<String>,
    /// The address `serve` listens on.
    pub listen: SocketAddr,
    /// Bearer token that authorises API writes; none means the API is read-only.
    pub admin_token: Option<String>,
    /// Log filter, e.g. `info` or `concord=debug`.
    pub log: String,
    /// SMTP server for outgoing mail; without one, mail stays in the outbox.
    pub smtp_url: Option<String>,
    /// Sender of outgoing mail.
    pub mail_from: String,
    /// The address people reach Concord at (links in e-mails; `https://` makes cookies Secure).
    pub public_url: Option<String>,
    /// Connections served at once; more are closed as they arrive.
    pub max_connections: usize,
    /// Seconds a connection may take to send a request's headers, or stay idle between requests.
    pub idle_timeout: u64,
    /// Reverse proxies whose `X-Forwarded-For` is believed (addresses or CIDR ranges); the
    /// client address is otherwise the connection's peer.
    pub trusted_proxies: Vec<String>,
}

impl std::fmt::Debug for Config {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Config")
            .field("data_dir", &self.data_dir)
            .field(
                "database_url",
                &self.database_url.as_deref().map(redact_url),
            )
            .field("listen", &self.listen)
            .field(
                "admin_token",
                &self.admin_token.as_ref().map(|_| "[redacted]"),
            )
            .field("log", &self.log)
            .field("smtp_url", &self.smtp_url.as_deref().map(redact_url))
            .field("mail_from", &self.mail_from)
            .field("public_url", &self.public_url)
            .field("max_connections", &self.max_connections)
            .field("idle_timeout", &self.idle_timeout)
            .field("trusted_proxies", &self.trusted_proxies)
            .finish()
    }
}

/// Hides a password in a database URL.
pub fn redact_url(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_owned();
    };
    match rest.split_once('@') {
        Some((credentials, host)) => match credentials.split_once(':') {
            Some((user, _)) => format!("{scheme}://{user}:[redacted]@{host}"),
            None => url.to_owned(),
        },
        None => url.to_owned(),
    }
}

impl Default for Config {
    fn default() -> Self {
        Self {
            data_dir: PathBuf::from("concord-data"),
            database_url: None,
            listen: SocketAddr::from(([127, 0, 0, 1], 8080)),
            admin_token: None,
            log: "info,sqlx=warn".into(),
            smtp_url: None,
            mail_from: "Concord <concord@localhost>".into(),
            public_url: None,
            max_connections: 4096,
            idle_timeout: 20,
            trusted_proxies: Vec::new(),
        }
    }
}

/// The keys a configuration file may hold.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileLayer {
    data_dir: Option<PathBuf>,
    database_url: Option<String>,
    listen: Option<String>,
    admin_token: Option<String>,
    log: Option<String>,
    smtp_url: Option<String>,
    mail_from: Option<String>,
    public_url: Option<String>,
    max_connections: Option<usize>,
    idle_timeout: Option<u64>,
    trusted_proxies: Option<Vec<String>>,
}

/// Environment variables Concord reads; any other `CONCORD_*` variable is a mistake.
const ENV_KEYS: &[&str] = &[
    "CONCORD_CONFIG",
    "CONCORD_DATA_DIR",
    "CONCORD_DATABASE_URL",
    "CONCORD_LISTEN",
    "CONCORD_ADMIN_TOKEN",
    "CONCORD_LOG",
    "CONCORD_SMTP_URL",
    "CONCORD_MAIL_FROM",
    "CONCORD_PUBLIC_URL",
    "CONCORD_MAX_CONNECTIONS",
    "CONCORD_IDLE_TIMEOUT",
    "CONCORD_TRUSTED_PROXIES",
    // Read by the test suites, not by the program.
    "CONCORD_TEST_POSTGRES_URL",
];

fn number<T: std::str::FromStr>(value: &str, source: &str) -> anyhow::Result<T> {
    value
        .trim()
        .parse()
        .map_err(|_| anyhow::anyhow!("{source}: “{value}” is not a whole number"))
}

fn parse_listen(value: &str, source: &str) -> anyhow::Result<SocketAddr> {
    value.trim().parse().with_context(|| {
        format!("{source}: “{value}” is not an address to listen on; write it as 127.0.0.1:8080")
    })
}

impl Config {
    /// Builds the configuration from its layers. `config_file` is the file named on the
    /// command line, if any; `env` is the process environment (passed in so that tests can
    /// supply their own).
    pub fn load(
        config_file: Option<&Path>,
        env: &BTreeMap<String, String>,
    ) -> anyhow::Result<Config> {
        let mut config = Config::default();
        for key in env.keys().filter(|k| k.starts_with("CONCORD_")) {
            if !ENV_KEYS.contains(&key.as_str()) {
                bail!(
                    "unknown environment variable {key}; Concord reads {}",
                    ENV_KEYS[..6].join(", ")
                );
            }
        }
        let named = config_file
            .map(Path::to_path_buf)
            .or_else(|| env.get("CONCORD_CONFIG").map(PathBuf::from));
        let file = match &named {
            Some(path) => Some(path.clone()),
            None => Some(PathBuf::from("concord.toml")).filter(|p| p.exists()),
        };
        if let Some(path) = file {
            let text = std::fs::read_to_string(&path).with_context(|| {
                format!("cannot read the configuration file {}", path.display())
            })?;
            let layer: FileLayer = toml::from_str(&text).with_context(|| {
                format!("the configuration file {} is not valid", path.display())
            })?;
            let source = path.display().to_string();
            if let Some(v) = layer.data_dir {
                config.data_dir = v;
            }
            if let Some(v) = layer.database_url {
                config.database_url = Some(v);
            }
            if let Some(v) = layer.listen {
                config.listen = parse_listen(&v, &source)?;
            }
            if let Some(v) = layer.admin_token {
                config.admin_token = Some(v);
            }
            if let Some(v) = layer.log {
                config.log = v;
            }
            if let Some(v) = layer.smtp_url {
                config.smtp_url = Some(v);
            }
            if let Some(v) = layer.mail_from {
                config.mail_from = v;
            }
            if let Some(v) = layer.public_url {
                config.public_url = Some(v);
            }
            if let Some(v) = layer.max_connections {
                config.max_connections = v;
            }
            if let Some(v) = layer.idle_timeout {
                config.idle_timeout = v;
            }
            if let Some(v) = layer.trusted_proxies {
                config.trusted_proxies = v;
            }
        }
        if let Some(v) = env.get("CONCORD_DATA_DIR") {
            config.data_dir = PathBuf::from(v);
        }
        if let Some(v) = env
            .get("CONCORD_DATABASE_URL")
            .filter(|v| !v.trim().is_empty())
        {
            config.database_url = Some(v.clone());
        }
        if let Some(v) = env.get("CONCORD_LISTEN") {
            config.listen = parse_listen(v, "CONCORD_LISTEN")?;
        }
        if let Some(v) = env.get("CONCORD_ADMIN_TOKEN").filter(|v| !v.is_empty()) {
            config.admin_token = Some(v.clone());
        }
        if let Some(v) = env.get("CONCORD_LOG") {
            config.log = v.clone();
        }
        if let Some(v) = env.get("CONCORD_SMTP_URL").filter(|v| !v.trim().is_empty()) {
            config.smtp_url = Some(v.clone());
        }
        if let Some(v) = env
            .get("CONCORD_MAIL_FROM")
            .filter(|v| !v.trim().is_empty())
        {
            config.mail_from = v.clone();
        }
        if let Some(v) = env
            .get("CONCORD_PUBLIC_URL")
            .filter(|v| !v.trim().is_empty())
        {
            config.public_url = Some(v.clone());
        }
        if let Some(v) = env.get("CONCORD_MAX_CONNECTIONS") {
            config.max_connections = number(v, "CONCORD_MAX_CONNECTIONS")?;
        }
        if let Some(v) = env.get("CONCORD_IDLE_TIMEOUT") {
            config.idle_timeout = number(v, "CONCORD_IDLE_TIMEOUT")?;
        }
        if let Some(v) = env.get("CONCORD_TRUSTED_PROXIES") {
            config.trusted_proxies = v
                .split(',')
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .map(str::to_owned)
                .collect();
        }
        if config.max_connections < 16 {
            bail!("max_connections must be at least 16");
        }
        if config.idle_timeout == 0 {
            bail!("idle_timeout must be at least 1 second");
        }
        if let Some(url) = &config.public_url {
            if !(url.starts_with("http://") || url.starts_with("https://")) {
                bail!("the public address “{url}” must start with http:// or https://");
            }
        }
        if let Some(token) = &config.admin_token {
            if token.len() < 16 {
                bail!("the administrator token is too short: use at least 16 characters");
            }
        }
        Ok(config)
    }

    /// The public address: the configured one, or the listening address.
    pub fn public_url(&self) -> String {
        self.public_url
            .clone()
            .unwrap_or_else(|| format!("http://{}", self.listen))
            .trim_end_matches('/')
            .to_owned()
    }

    /// Applies `--listen`.
    pub fn with_listen(mut self, listen: Option<&str>) -> anyhow::Result<Config> {
        if let Some(v) = listen {
            self.listen = parse_listen(v, "--listen")?;
        }
        Ok(self)
    }

    /// The database URL to open, and whether the file may be created: only the default
    /// embedded database is created without being asked, so a mistyped URL is an error.
    pub fn database(&self) -> (String, bool) {
        match &self.database_url {
            Some(url) => (url.clone(), false),
            None => (
                format!("sqlite://{}", self.data_dir.join("concord.db").display()),
                true,
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn defaults_then_file_then_environment() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("concord.toml");
        std::fs::write(
            &file,
            "listen = \"127.0.0.1:9000\"\ndata_dir = \"/srv/concord\"\n",
        )
        .unwrap();
        let config =
            Config::load(Some(&file), &env(&[("CONCORD_LISTEN", "0.0.0.0:7000")])).unwrap();
        assert_eq!(config.listen, "0.0.0.0:7000".parse().unwrap());
        assert_eq!(config.data_dir, PathBuf::from("/srv/concord"));
        assert_eq!(
            config.database(),
            ("sqlite:///srv/concord/concord.db".to_owned(), true)
        );
    }

    #[test]
    fn unknown_keys_and_variables_are_errors() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("concord.toml");
        std::fs::write(&file, "databse_url = \"sqlite://x.db\"\n").unwrap();
        let err = format!("{:#}", Config::load(Some(&file), &env(&[])).unwrap_err());
        assert!(err.contains("databse_url"), "{err}");
        let err = Config::load(None, &env(&[("CONCORD_DATABSE_URL", "x")]))
            .unwrap_err()
            .to_string();
        assert!(err.contains("CONCORD_DATABSE_URL"), "{err}");
        let err = Config::load(None, &env(&[("CONCORD_LISTEN", "localhost")]))
            .unwrap_err()
            .to_string();
        assert!(err.contains("not an address"), "{err}");
    }

    #[test]
    fn an_explicit_url_is_never_created_and_secrets_are_redacted() {
        let config = Config::load(
            None,
            &env(&[
                (
                    "CONCORD_DATABASE_URL",
                    "postgres://concord:hunter2@db/concord",
                ),
                ("CONCORD_ADMIN_TOKEN", "0123456789abcdef-secret"),
            ]),
        )
        .unwrap();
        assert!(!config.database().1);
        let shown = format!("{config:?}");
        assert!(
            !shown.contains("hunter2") && !shown.contains("0123456789abcdef"),
            "{shown}"
        );
    }
}
