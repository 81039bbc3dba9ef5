//! Accounts, sessions and one-time tokens (confirm an address, reset a password, change an
//! address), sign-in throttling, and the roles a user holds through the person the account
//! speaks for. Tokens and sessions are stored as hashes only; the web layer makes and hashes
//! them and composes the mail, which is enqueued here in the same transaction.

use std::collections::HashMap;

use concord_domain::access::BodyRole;
use concord_domain::account::{Email, User};
use concord_domain::composition::Role;
use concord_domain::ids::{BodyId, PersonId, UserId};
use concord_domain::Invalid;
use sqlx::any::AnyRow;
use time::OffsetDateTime;

use crate::audit::{record, AuditActor, Change};
use crate::connect::Store;
use crate::error::StoreError;
use crate::mail::{enqueue_mail, MailDraft};
use crate::rows::{now, timestamp, RowExt};
use crate::Result;

/// What a one-time token is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenPurpose {
    /// Confirm the address given at sign-up.
    ConfirmEmail,
    /// Choose a new password.
    ResetPassword,
    /// Move the account to a new address (the payload).
    ChangeEmail,
    /// Let the account speak for a person of the directory (the payload is the person's id).
    Invitation,
}

impl TokenPurpose {
    fn code(self) -> &'static str {
        match self {
            TokenPurpose::ConfirmEmail => "confirm_email",
            TokenPurpose::ResetPassword => "reset_password",
            TokenPurpose::ChangeEmail => "change_email",
            TokenPurpose::Invitation => "invitation",
        }
    }
}

/// A one-time token to store: its hash, what it is for, for whom, until when.
#[derive(Debug, Clone)]
pub struct TokenDraft {
    /// SHA-256 of the token, hex.
    pub hash: String,
    /// What it is for.
    pub purpose: TokenPurpose,
    /// The address it was sent to.
    pub email: String,
    /// For a change of address, the new address.
    pub payload: Option<String>,
    /// When it stops working.
    pub expires_at: OffsetDateTime,
}

/// A new account.
#[derive(Debug, Clone)]
pub struct NewUser {
    /// Address.
    pub email: Email,
    /// Name to show.
    pub display_name: String,
    /// Argon2id hash in PHC format.
    pub password_hash: String,
}

/// A live session.
#[derive(Debug, Clone)]
pub struct Session {
    /// Whose.
    pub user: User,
    /// The token forms of this session must carry.
    pub csrf_token: String,
}

const USER_COLUMNS: &str = "id, email, display_name, confirmed_at, is_admin, person_id";

fn user_from_row(row: &AnyRow) -> Result<User, sqlx::Error> {
    Ok(User {
        id: UserId(row.int("id")?),
        email: row.text("email")?,
        display_name: row.text("display_name")?,
        confirmed: row.opt_text("confirmed_at")?.is_some(),
        is_admin: row.flag("is_admin")?,
        person_id: row.opt_int("person_id")?.map(PersonId),
    })
}

fn token_error(code: &'static str, message: &str) -> StoreError {
    Invalid::one("token", code, message).into()
}

/// Uses a one-time token: it must exist, be for `purpose`, unused and unexpired. Marks it used.
async fn take_token(
    conn: &mut sqlx::AnyConnection,
    hash: &str,
    purpose: TokenPurpose,
) -> Result<(Option<UserId>, Option<String>)> {
    let row = sqlx::query("SELECT purpose, user_id, payload, expires_at, used_at FROM account_tokens WHERE token_hash = $1")
        .bind(hash)
        .fetch_optional(&mut *conn)
        .await?;
    let Some(row) = row.filter(|r| r.text("purpose").ok().as_deref() == Some(purpose.code()))
    else {
        return Err(token_error(
            "token_invalid",
            "This link is not valid; ask for a new one",
        ));
    };
    if row.opt_text("used_at")?.is_some() {
        return Err(token_error(
            "token_used",
            "This link was already used; ask for a new one",
        ));
    }
    if row.text("expires_at")? < now() {
        return Err(token_error(
            "token_expired",
            "This link has expired; ask for a new one",
        ));
    }
    let used = sqlx::query(
        "UPDATE account_tokens SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL",
    )
    .bind(now())
    .bind(hash)
    .execute(&mut *conn)
    .await?;
    if used.rows_affected() == 0 {
        return Err(token_error(
            "token_used",
            "This link was already used; ask for a new one",
        ));
    }
    Ok((
        row.opt_int("user_id")?.map(UserId),
        row.opt_text("payload")?,
    ))
}

async fn insert_token(
    conn: &mut sqlx::AnyConnection,
    user: Option<UserId>,
    token: &TokenDraft,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO account_tokens (token_hash, purpose, user_id, email, payload, created_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(&token.hash)
    .bind(token.purpose.code())
    .bind(user.map(|u| u.0))
    .bind(&token.email)
    .bind(&token.payload)
    .bind(now())
    .bind(timestamp(token.expires_at))
    .execute(&mut *conn)
    .await?;
    Ok(())
}

async fn load_user(conn: &mut sqlx::AnyConnection, id: UserId) -> Result<User> {
    let row = sqlx::query(&format!("SELECT {USER_COLUMNS} FROM users WHERE id = $1"))
        .bind(id.0)
        .fetch_optional(&mut *conn)
        .await?
        .ok_or(StoreError::not_found("user"))?;
    Ok(user_from_row(&row)?)
}

/// Storage of accounts and sessions.
#[allow(async_fn_in_trait)]
pub trait AccountStore {
    /// Signs up: creates the unconfirmed account, its confirmation token and the `welcome` mail.
    /// When the address already has an account, creates nothing and sends `already` to it
    /// instead, and returns `None` — the visitor sees the same answer either way.
    async fn sign_up(
        &self,
        user: &NewUser,
        confirm: &TokenDraft,
        welcome: &MailDraft,
        already: &MailDraft,
    ) -> Result<Option<User>>;
    /// Remembers the interface language a user chose, for the mail Concord sends them.
    async fn set_language(&self, user: UserId, lang: &str) -> Result<()>;
    /// Creates an account directly (the `concord user add` command).
    async fn create_user(
        &self,
        by: &AuditActor,
        user: &NewUser,
        confirmed: bool,
        is_admin: bool,
    ) -> Result<User>;
    /// One account.
    async fn user(&self, id: UserId) -> Result<Option<User>>;
    /// Every account, by name.
    async fn users(&self) -> Result<Vec<User>>;
    /// An account and its password hash, by address.
    async fn credentials(&self, email: &Email) -> Result<Option<(User, String)>>;
    /// Stores a token for `user` and enqueues the mail that carries it.
    async fn issue_token(&self, user: UserId, token: &TokenDraft, mail: &MailDraft) -> Result<()>;
    /// Confirms the address the token was sent to.
    async fn confirm_email(&self, token_hash: &str) -> Result<User>;
    /// Sets a new password with a reset token, and ends every session of the account.
    async fn reset_password(&self, token_hash: &str, password_hash: &str) -> Result<User>;
    /// Moves the account to the address the token carries.
    async fn change_email(&self, token_hash: &str) -> Result<User>;
    /// Stores an invitation for whoever receives `mail`, and enqueues the mail.
    async fn invite(&self, by: &AuditActor, token: &TokenDraft, mail: &MailDraft) -> Result<()>;
    /// Accepts an invitation: the signed-in account now speaks for the invited person.
    async fn accept_invitation(&self, token_hash: &str, user: UserId) -> Result<User>;
    /// Opens a session.
    async fn create_session(
        &self,
        user: UserId,
        token_hash: &str,
        csrf_token: &str,
        expires_at: OffsetDateTime,
    ) -> Result<()>;
    /// The live session with this token, if any.
    async fn session(&self, token_hash: &str) -> Result<Option<Session>>;
    /// Ends one session.
    async fn end_session(&self, token_hash: &str) -> Result<()>;
    /// Ends every session of an account; returns how many.
    async fn end_all_sessions(&self, user: UserId) -> Result<u64>;
    /// Links the account to the person it speaks for (whose memberships give its roles).
    async fn link_person(
        &self,
        by: &AuditActor,
        user: UserId,
        person: Option<PersonId>,
    ) -> Result<User>;
    /// The roles the account holds today, body by body.
    async fn roles_of(&self, user: &User) -> Result<Vec<BodyRole>>;
}

impl AccountStore for Store {
    async fn set_language(&self, user: UserId, lang: &str) -> Result<()> {
        let mut tx = self.begin_write().await?;
        sqlx::query("UPDATE users SET lang = $1 WHERE id = $2")
            .bind(lang)
            .bind(user.0)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn sign_up(
        &self,
        user: &NewUser,
        confirm: &TokenDraft,
        welcome: &MailDraft,
        already: &MailDraft,
    ) -> Result<Option<User>> {
        let mut tx = self.begin_write().await?;
        let taken = sqlx::query("SELECT id FROM users WHERE email_key = $1")
            .bind(user.email.key())
            .fetch_optional(&mut *tx)
            .await?;
        if taken.is_some() {
            enqueue_mail(&mut tx, already).await?;
            tx.commit().await?;
            return Ok(None);
        }
        let row = sqlx::query(
            "INSERT INTO users (email, email_key, display_name, password_hash, created_at) \
             VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(user.email.as_str())
        .bind(user.email.key())
        .bind(&user.display_name)
        .bind(&user.password_hash)
        .bind(now())
        .fetch_one(&mut *tx)
        .await?;
        let id = UserId(row.int("id")?);
        insert_token(&mut tx, Some(id), confirm).await?;
        enqueue_mail(&mut tx, welcome).await?;
        let created = load_user(&mut tx, id).await?;
        let by = AuditActor::user(id, &user.display_name);
        let change = Change {
            action: "sign_up",
            entity: "user",
            entity_id: id.to_string(),
            body_id: None,
            public: false,
            before: None,
            after: serde_json::to_string(&created).ok(),
            reason: None,
        };
        record(&mut tx, &by, change).await?;
        tx.commit().await?;
        Ok(Some(created))
    }

    async fn create_user(
        &self,
        by: &AuditActor,
        user: &NewUser,
        confirmed: bool,
        is_admin: bool,
    ) -> Result<User> {
        let mut tx = self.begin_write().await?;
        let taken = sqlx::query("SELECT id FROM users WHERE email_key = $1")
            .bind(user.email.key())
            .fetch_optional(&mut *tx)
            .await?;
        if taken.is_some() {
            return Err(Invalid::one(
                "email",
                "duplicate_email",
                format!("{} already has an account", user.email),
            )
            .into());
        }
        let stamp = now();
        let row = sqlx::query(
            "INSERT INTO users (email, email_key, display_name, password_hash, confirmed_at, is_admin, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(user.email.as_str())
        .bind(user.email.key())
        .bind(&user.display_name)
        .bind(&user.password_hash)
        .bind(confirmed.then_some(stamp.clone()))
        .bind(i64::from(is_admin))
        .bind(&stamp)
        .fetch_one(&mut *tx)
        .await?;
        let created = load_user(&mut tx, UserId(row.int("id")?)).await?;
        let change = Change {
            action: "create",
            entity: "user",
            entity_id: created.id.to_string(),
            body_id: None,
            public: false,
            before: None,
            after: serde_json::to_string(&created).ok(),
            reason: None,
        };
        record(&mut tx, by, change).await?;
        tx.commit().await?;
        Ok(created)
    }

    async fn user(&self, id: UserId) -> Result<Option<User>> {
        let row = sqlx::query(&format!("SELECT {USER_COLUMNS} FROM users WHERE id = $1"))
            .bind(id.0)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.as_ref().map(user_from_row).transpose()?)
    }

    async fn users(&self) -> Result<Vec<User>> {
        let rows = sqlx::query(&format!(
            "SELECT {USER_COLUMNS} FROM users ORDER BY display_name, id"
        ))
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.iter().map(user_from_row).collect::<Result<_, _>>()?)
    }

    async fn credentials(&self, email: &Email) -> Result<Option<(User, String)>> {
        let row = sqlx::query(&format!(
            "SELECT {USER_COLUMNS}, password_hash FROM users WHERE email_key = $1"
        ))
        .bind(email.key())
        .fetch_optional(&self.pool)
        .await?;
        match row {
            None => Ok(None),
            Some(row) => Ok(Some((user_from_row(&row)?, row.text("password_hash")?))),
        }
    }

    async fn issue_token(&self, user: UserId, token: &TokenDraft, mail: &MailDraft) -> Result<()> {
        let mut tx = self.begin_write().await?;
        insert_token(&mut tx, Some(user), token).await?;
        enqueue_mail(&mut tx, mail).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn confirm_email(&self, token_hash: &str) -> Result<User> {
        let mut tx = self.begin_write().await?;
        let (user, _) = take_token(&mut tx, token_hash, TokenPurpose::ConfirmEmail).await?;
        let user = user.ok_or(StoreError::not_found("user"))?;
        sqlx::query("UPDATE users SET confirmed_at = COALESCE(confirmed_at, $1) WHERE id = $2")
            .bind(now())
            .bind(user.0)
            .execute(&mut *tx)
            .await?;
        let confirmed = load_user(&mut tx, user).await?;
        tx.commit().await?;
        Ok(confirmed)
    }

    async fn reset_password(&self, token_hash: &str, password_hash: &str) -> Result<User> {
        let mut tx = self.begin_write().await?;
        let (user, _) = take_token(&mut tx, token_hash, TokenPurpose::ResetPassword).await?;
        let user = user.ok_or(StoreError::not_found("user"))?;
        // Receiving the link proves the address, so a reset also confirms it.
        sqlx::query("UPDATE users SET password_hash = $1, confirmed_at = COALESCE(confirmed_at, $2) WHERE id = $3")
            .bind(password_hash)
            .bind(now())
            .bind(user.0)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM sessions WHERE user_id = $1")
            .bind(user.0)
            .execute(&mut *tx)
            .await?;
        let changed = load_user(&mut tx, user).await?;
        let by = AuditActor::user(user, &changed.display_name);
        let change = Change {
            action: "reset_password",
            entity: "user",
            entity_id: user.to_string(),
            body_id: None,
            public: false,
            before: None,
            after: None,
            reason: None,
        };
        record(&mut tx, &by, change).await?;
        tx.commit().await?;
        Ok(changed)
    }

    async fn change_email(&self, token_hash: &str) -> Result<User> {
        let mut tx = self.begin_write().await?;
        let (user, payload) = take_token(&mut tx, token_hash, TokenPurpose::ChangeEmail).await?;
        let user = user.ok_or(StoreError::not_found("user"))?;
        let new = Email::parse("email", payload.as_deref().unwrap_or_default())
            .map_err(|e| Invalid { errors: vec![e] })?;
        let before = load_user(&mut tx, user).await?;
        let updated = sqlx::query(
            "UPDATE users SET email = $1, email_key = $2, confirmed_at = $3 WHERE id = $4",
        )
        .bind(new.as_str())
        .bind(new.key())
        .bind(now())
        .bind(user.0)
        .execute(&mut *tx)
        .await;
        match updated {
            Ok(_) => {}
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
                return Err(Invalid::one(
                    "email",
                    "duplicate_email",
                    format!("{new} already has an account"),
                )
                .into())
            }
            Err(e) => return Err(e.into()),
        }
        let after = load_user(&mut tx, user).await?;
        let by = AuditActor::user(user, &after.display_name);
        let change = Change {
            action: "change_email",
            entity: "user",
            entity_id: user.to_string(),
            body_id: None,
            public: false,
            before: serde_json::to_string(&before).ok(),
            after: serde_json::to_string(&after).ok(),
            reason: None,
        };
        record(&mut tx, &by, change).await?;
        tx.commit().await?;
        Ok(after)
    }

    async fn invite(&self, by: &AuditActor, token: &TokenDraft, mail: &MailDraft) -> Result<()> {
        let mut tx = self.begin_write().await?;
        insert_token(&mut tx, None, token).await?;
        enqueue_mail(&mut tx, mail).await?;
        let change = Change {
            action: "invite",
            entity: "person",
            entity_id: token.payload.clone().unwrap_or_default(),
            body_id: None,
            public: false,
            before: None,
            after: serde_json::to_string(&serde_json::json!({ "invited": token.email })).ok(),
            reason: None,
        };
        record(&mut tx, by, change).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn accept_invitation(&self, token_hash: &str, user: UserId) -> Result<User> {
        let mut tx = self.begin_write().await?;
        let (_, payload) = take_token(&mut tx, token_hash, TokenPurpose::Invitation).await?;
        let person = payload
            .and_then(|p| p.parse::<i64>().ok())
            .ok_or_else(|| token_error("token_invalid", "This link is not valid"))?;
        let before = load_user(&mut tx, user).await?;
        sqlx::query("UPDATE users SET person_id = $1 WHERE id = $2")
            .bind(person)
            .bind(user.0)
            .execute(&mut *tx)
            .await?;
        let after = load_user(&mut tx, user).await?;
        let by = AuditActor::user(user, &after.display_name);
        let change = Change {
            action: "accept_invitation",
            entity: "user",
            entity_id: user.to_string(),
            body_id: None,
            public: false,
            before: serde_json::to_string(&before).ok(),
            after: serde_json::to_string(&after).ok(),
            reason: None,
        };
        record(&mut tx, &by, change).await?;
        tx.commit().await?;
        Ok(after)
    }

    async fn create_session(
        &self,
        user: UserId,
        token_hash: &str,
        csrf_token: &str,
        expires_at: OffsetDateTime,
    ) -> Result<()> {
        let stamp = now();
        sqlx::query(
            "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at, last_seen_at) \
             VALUES ($1, $2, $3, $4, $5, $4)",
        )
        .bind(token_hash)
        .bind(user.0)
        .bind(csrf_token)
        .bind(&stamp)
        .bind(timestamp(expires_at))
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn session(&self, token_hash: &str) -> Result<Option<Session>> {
        // Read every time: signing out, a new role or a lifted right takes effect at once, even
        // when another process (the `concord user` command) made the change.
        if let Some(reader) = &self.session_reader {
            let session = reader.session(token_hash)?;
            return Ok(session.map(|(user, csrf_token)| Session { user, csrf_token }));
        }
        let row = sqlx::query(
            "SELECT u.id, u.email, u.display_name, u.confirmed_at, u.is_admin, u.person_id, s.csrf_token \
             FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = $1 AND s.expires_at > $2",
        )
        .bind(token_hash)
        .bind(now())
        .fetch_optional(&self.pool)
        .await?;
        match row {
            None => Ok(None),
            Some(row) => Ok(Some(Session {
                user: user_from_row(&row)?,
                csrf_token: row.text("csrf_token")?,
            })),
        }
    }

    async fn end_session(&self, token_hash: &str) -> Result<()> {
        sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
            .bind(token_hash)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn end_all_sessions(&self, user: UserId) -> Result<u64> {
        let done = sqlx::query("DELETE FROM sessions WHERE user_id = $1")
            .bind(user.0)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected())
    }

    async fn link_person(
        &self,
        by: &AuditActor,
        user: UserId,
        person: Option<PersonId>,
    ) -> Result<User> {
        let mut tx = self.begin_write().await?;
        let before = load_user(&mut tx, user).await?;
        if let Some(p) = person {
            let found = sqlx::query("SELECT id FROM people WHERE id = $1")
                .bind(p.0)
                .fetch_optional(&mut *tx)
                .await?;
            if found.is_none() {
                return Err(Invalid::one(
                    "person_id",
                    "unknown_person",
                    format!("There is no person with id {p}"),
                )
                .with_arg("id", p)
                .into());
            }
        }
        sqlx::query("UPDATE users SET person_id = $1 WHERE id = $2")
            .bind(person.map(|p| p.0))
            .bind(user.0)
            .execute(&mut *tx)
            .await?;
        let after = load_user(&mut tx, user).await?;
        let change = Change {
            action: "link_person",
            entity: "user",
            entity_id: user.to_string(),
            body_id: None,
            public: false,
            before: serde_json::to_string(&before).ok(),
            after: serde_json::to_string(&after).ok(),
            reason: None,
        };
        record(&mut tx, by, change).await?;
        tx.commit().await?;
        Ok(after)
    }

    async fn roles_of(&self, user: &User) -> Result<Vec<BodyRole>> {
        let Some(person) = user.person_id else {
            return Ok(Vec::new());
        };
        let today = concord_domain::dates::format_date(OffsetDateTime::now_utc().date());
        let rows = sqlx::query(
            "SELECT body_id, role FROM memberships WHERE person_id = $1 \
             AND (start_date IS NULL OR start_date <= $2) AND (end_date IS NULL OR end_date >= $2)",
        )
        .bind(person.0)
        .bind(&today)
        .fetch_all(&self.pool)
        .await?;
        let parents: HashMap<i64, Option<i64>> = sqlx::query("SELECT id, parent_id FROM bodies")
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|r| Ok((r.int("id")?, r.opt_int("parent_id")?)))
            .collect::<Result<_, sqlx::Error>>()?;
        let descendants = |root: i64| -> Vec<BodyId> {
            let mut found = Vec::new();
            let mut frontier = vec![root];
            while let Some(node) = frontier.pop() {
                for (child, parent) in &parents {
                    if *parent == Some(node) && !found.contains(&BodyId(*child)) {
                        found.push(BodyId(*child));
                        frontier.push(*child);
                    }
                }
            }
            found
        };
        rows.iter()
            .map(|row| {
                let body = row.int("body_id")?;
                Ok(BodyRole {
                    body: BodyId(body),
                    role: row.code("role", Role::parse)?,
                    reaches: descendants(body),
                })
            })
            .collect::<Result<_, sqlx::Error>>()
            .map_err(Into::into)
    }
}
