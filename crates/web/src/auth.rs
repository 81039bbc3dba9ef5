//! Who is asking: password hashing (Argon2id), session cookies, CSRF tokens, the signed-in
//! user with their roles, and the guard every route uses to apply `concord_domain::access`.
//!
//! Session and one-time tokens are 256-bit random values; only their SHA-256 hashes are stored.
//! Every visitor carries a CSRF cookie (set by [`csrf_cookie`]); a signed-in visitor's forms
//! carry the session's own CSRF token instead. State-changing forms are refused without it.

use argon2::password_hash::rand_core::{OsRng, RngCore};
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use axum::extract::{FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{header, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;
use concord_domain::access::{decide, Action, Actor, Decision};
use concord_domain::account::User;
use concord_store::{AccountStore, AuditActor};
use sha2::{Digest, Sha256};

use crate::error::PageError;
use crate::i18n::cookie;
use crate::AppState;

/// The session cookie's name.
pub const SESSION_COOKIE: &str = "concord_session";
/// The anonymous visitor's CSRF cookie's name.
pub const CSRF_COOKIE: &str = "concord_csrf";
/// How long a session lasts.
pub const SESSION_DAYS: i64 = 14;

/// Hashes a password with Argon2id and a random salt, in PHC string format.
pub fn hash_password(password: &str) -> Result<String, String> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| e.to_string())
}

/// Whether `password` matches the stored hash.
pub fn verify_password(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|parsed| {
        Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok()
    })
}

/// Verifies against a fixed hash, so that a sign-in with an unknown address takes as long as
/// one with a known address and timing reveals nothing.
pub fn waste_a_verification(password: &str) {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let hash =
        DUMMY.get_or_init(|| hash_password("not a real password at all").unwrap_or_default());
    let _ = verify_password(password, hash);
}

/// [`hash_password`] on a blocking thread: Argon2 takes tens of milliseconds of CPU, which on an
/// async worker would stall every other request that worker serves.
pub async fn hash_password_off_thread(password: String) -> Result<String, String> {
    tokio::task::spawn_blocking(move || hash_password(&password))
        .await
        .map_err(|e| e.to_string())?
}

/// [`verify_password`] on a blocking thread, or [`waste_a_verification`] when there is no hash,
/// so that an unknown address costs the same time.
pub async fn verify_password_off_thread(password: String, hash: Option<String>) -> bool {
    tokio::task::spawn_blocking(move || match hash {
        Some(hash) => verify_password(&password, &hash),
        None => {
            waste_a_verification(&password);
            false
        }
    })
    .await
    .unwrap_or(false)
}

/// The header a reverse proxy names the client in.
const FORWARDED_FOR: &str = "x-forwarded-for";

/// The cookie that marks a browser that signed in to an account before.
pub const DEVICE_COOKIE: &str = "concord_device";

/// A new random token, hex.
pub fn new_token() -> String {
    let mut bytes = [0u8; 32];
    OsRng.fill_bytes(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The hash under which a token is stored.
pub fn hash_token(token: &str) -> String {
    Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Compares without stopping at the first difference.
pub fn same_secret(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// A cookie header value with Concord's flags.
pub fn cookie_value(name: &str, value: &str, max_age: Option<i64>, secure: bool) -> String {
    let mut cookie = format!("{name}={value}; Path=/; HttpOnly; SameSite=Lax");
    if let Some(age) = max_age {
        cookie.push_str(&format!("; Max-Age={age}"));
    }
    if secure {
        cookie.push_str("; Secure");
    }
    cookie
}

/// The anonymous CSRF token of this request, set by [`csrf_cookie`].
#[derive(Clone)]
struct AnonymousCsrf(String);

/// Gives every visitor a CSRF cookie: the token anonymous forms (sign-in, sign-up) must carry.
pub async fn csrf_cookie(
    state: axum::extract::State<AppState>,
    mut request: Request,
    next: Next,
) -> Response {
    let existing = cookie(request.headers(), CSRF_COOKIE)
        .filter(|v| v.len() == 64 && v.bytes().all(|b| b.is_ascii_hexdigit()));
    let (token, fresh) = match existing {
        Some(token) => (token, false),
        None => (new_token(), true),
    };
    request
        .extensions_mut()
        .insert(AnonymousCsrf(token.clone()));
    let mut response = next.run(request).await;
    if fresh {
        let value = cookie_value(CSRF_COOKIE, &token, None, state.config.secure_cookies());
        if let Ok(value) = HeaderValue::from_str(&value) {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
    }
    response
}

/// The visitor: signed in or not, with the CSRF token their forms carry.
#[derive(Debug, Clone)]
pub struct Visitor {
    /// The signed-in user with their roles.
    pub actor: Option<Actor>,
    /// The account.
    pub user: Option<User>,
    /// The token this visitor's forms must carry.
    pub csrf: String,
    /// The hash of the session token, when signed in.
    pub session_hash: Option<String>,
    /// The request's path and query, to come back to after signing in.
    pub path: String,
    /// The address the request came from, for throttling.
    pub address: String,
}

impl Visitor {
    /// Applies the access policy: `Ok` to go ahead, else the sign-in redirect or the 403 page.
    pub fn require(&self, action: Action) -> Result<(), PageError> {
        match decide(self.actor.as_ref(), action) {
            Decision::Allowed => Ok(()),
            Decision::SignInRequired => Err(PageError::SignIn(self.path.clone())),
            Decision::Forbidden => Err(PageError::Forbidden),
        }
    }

    /// Whether the policy allows `action` (for showing or hiding links).
    pub fn may(&self, action: Action) -> bool {
        decide(self.actor.as_ref(), action) == Decision::Allowed
    }

    /// Checks a submitted form's CSRF token.
    pub fn check_csrf(&self, submitted: &str) -> Result<(), PageError> {
        if same_secret(submitted, &self.csrf) {
            Ok(())
        } else {
            Err(PageError::CsrfRejected)
        }
    }

    /// How the audit log names this visitor.
    pub fn audit_actor(&self) -> AuditActor {
        match &self.actor {
            Some(actor) => AuditActor::user(actor.user_id, actor.display_name.clone()),
            None => AuditActor::system("anonymous visitor"),
        }
    }
}

impl FromRequestParts<AppState> for Visitor {
    type Rejection = PageError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        if let Some(visitor) = parts.extensions.get::<Visitor>() {
            return Ok(visitor.clone());
        }
        let visitor = Self::read(parts, state).await?;
        parts.extensions.insert(visitor.clone());
        Ok(visitor)
    }
}

impl Visitor {
    async fn read(parts: &Parts, state: &AppState) -> Result<Self, PageError> {
        let anonymous = parts
            .extensions
            .get::<AnonymousCsrf>()
            .map(|c| c.0.clone())
            .unwrap_or_default();
        let path = parts
            .uri
            .path_and_query()
            .map_or("/", |p| p.as_str())
            .to_owned();
        let peer = parts
            .extensions
            .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
            .map(|c| c.0.ip());
        let forwarded = parts
            .headers
            .get(FORWARDED_FOR)
            .and_then(|v| v.to_str().ok());
        let address = state.config.trusted_proxies.client(peer, forwarded);
        let mut visitor = Visitor {
            actor: None,
            user: None,
            csrf: anonymous,
            session_hash: None,
            path,
            address,
        };
        let Some(token) = cookie(&parts.headers, SESSION_COOKIE) else {
            return Ok(visitor);
        };
        let hash = hash_token(&token);
        let Some(session) = state.store.session(&hash).await? else {
            return Ok(visitor);
        };
        let roles = state.store.roles_of(&session.user).await?;
        visitor.actor = Some(Actor {
            user_id: session.user.id,
            display_name: session.user.display_name.clone(),
            is_admin: session.user.is_admin,
            confirmed: session.user.confirmed,
            roles,
        });
        visitor.user = Some(session.user);
        visitor.csrf = session.csrf_token;
        visitor.session_hash = Some(hash);
        Ok(visitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_hash_with_argon2id_and_verify() {
        let hash = hash_password("correct horse battery staple").unwrap();
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify_password("correct horse battery staple", &hash));
        assert!(!verify_password("Correct horse battery staple", &hash));
        assert!(!verify_password("x", "not a hash"));
    }

    #[test]
    fn tokens_are_random_and_stored_hashed() {
        let (a, b) = (new_token(), new_token());
        assert_eq!(a.len(), 64);
        assert_ne!(a, b);
        assert_eq!(hash_token(&a).len(), 64);
        assert_ne!(hash_token(&a), a);
        assert!(same_secret(&a, &a.clone()) && !same_secret(&a, &b));
    }
}
