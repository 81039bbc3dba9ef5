//! Accounts: e-mail addresses that parse rather than validate, the password rule, and the
//! fields of a sign-up. Hashing and storage live elsewhere; this is what a valid input is.

use serde::Serialize;

use crate::error::{Errors, FieldError, Invalid};
use crate::ids::{PersonId, UserId};
use crate::text;

/// An e-mail address, trimmed, checked for shape, and compared without regard to case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Email(String);

impl Email {
    /// Parses an address given in `field`.
    pub fn parse(field: &str, value: &str) -> Result<Email, FieldError> {
        let value = value.trim();
        let invalid = || {
            FieldError::new(
                field,
                "invalid_email",
                format!("“{value}” is not an e-mail address"),
            )
        };
        if value.is_empty() {
            return Err(FieldError::new(field, "required", "This field is required"));
        }
        if value.chars().count() > 254 {
            return Err(FieldError::new(field, "too_long", "At most 254 characters")
                .with("max", 254)
                .with("count", value.chars().count()));
        }
        let (local, domain) = value.rsplit_once('@').ok_or_else(invalid)?;
        let local_ok = !local.is_empty()
            && local.len() <= 64
            && !local.starts_with('.')
            && !local.ends_with('.')
            && !local.contains("..")
            && local
                .chars()
                .all(|c| c.is_alphanumeric() || "!#$%&'*+-/=?^_`{|}~.".contains(c));
        let labels: Vec<&str> = domain.split('.').collect();
        let domain_ok = labels.len() >= 2
            && labels.iter().all(|l| {
                !l.is_empty()
                    && !l.starts_with('-')
                    && !l.ends_with('-')
                    && l.chars().all(|c| c.is_alphanumeric() || c == '-')
            });
        if local_ok && domain_ok {
            Ok(Email(value.to_owned()))
        } else {
            Err(invalid())
        }
    }

    /// The address as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The key two addresses are compared by: the address in lower case.
    pub fn key(&self) -> String {
        self.0.to_lowercase()
    }
}

impl std::fmt::Display for Email {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Shortest password accepted.
pub const MIN_PASSWORD: usize = 10;
/// Longest password accepted (hashing cost is bounded by it).
pub const MAX_PASSWORD: usize = 200;

/// Checks a new password: long enough, not too long, not the e-mail address itself.
pub fn check_password(
    field: &str,
    password: &str,
    email: Option<&Email>,
) -> Result<(), FieldError> {
    let length = password.chars().count();
    if length < MIN_PASSWORD {
        return Err(FieldError::new(
            field,
            "password_too_short",
            format!("Use at least {MIN_PASSWORD} characters"),
        )
        .with("min", MIN_PASSWORD));
    }
    if length > MAX_PASSWORD {
        return Err(FieldError::new(
            field,
            "too_long",
            format!("At most {MAX_PASSWORD} characters"),
        )
        .with("max", MAX_PASSWORD)
        .with("count", length));
    }
    if email.is_some_and(|e| e.key() == password.trim().to_lowercase()) {
        return Err(FieldError::new(
            field,
            "password_is_email",
            "Do not use your e-mail address as password",
        ));
    }
    Ok(())
}

/// A sign-up as the form submits it.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct SignUpForm {
    /// Name to show.
    pub display_name: Option<String>,
    /// E-mail address.
    pub email: Option<String>,
    /// Password.
    pub password: Option<String>,
}

/// A checked sign-up.
#[derive(Debug, Clone)]
pub struct SignUp {
    /// Name to show.
    pub display_name: String,
    /// E-mail address.
    pub email: Email,
    /// Password, still in clear: the caller hashes it at once.
    pub password: String,
}

impl SignUpForm {
    /// Checks every field.
    pub fn parse(&self) -> Result<SignUp, Invalid> {
        let mut e = Errors::default();
        let display_name = e.take(text::required(
            "display_name",
            self.display_name.as_deref(),
            120,
        ));
        let email = e.take(Email::parse(
            "email",
            self.email.as_deref().unwrap_or_default(),
        ));
        let password = self.password.clone().unwrap_or_default();
        e.take(check_password("password", &password, email.as_ref()));
        e.finish()?;
        let (Some(display_name), Some(email)) = (display_name, email) else {
            return Err(Invalid::one("form", "internal", "Incomplete form"));
        };
        Ok(SignUp {
            display_name,
            email,
            password,
        })
    }
}

/// A user account as stored (never with its password hash).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct User {
    /// Its id.
    pub id: UserId,
    /// E-mail address.
    pub email: String,
    /// Name to show.
    pub display_name: String,
    /// Whether the address was confirmed.
    pub confirmed: bool,
    /// Platform administrator.
    pub is_admin: bool,
    /// The person this account speaks for, whose memberships give it its roles.
    pub person_id: Option<PersonId>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_parse_and_compare_without_case() {
        let e = Email::parse("email", "  Peter.Major@Example.org ").unwrap();
        assert_eq!(e.as_str(), "Peter.Major@Example.org");
        assert_eq!(e.key(), "peter.major@example.org");
        for bad in [
            "",
            "no-at-sign",
            "a@b",
            "a@@b.org",
            ".a@b.org",
            "a@-b.org",
            "a b@c.org",
            "a@b..org",
        ] {
            assert!(Email::parse("email", bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn passwords_have_a_length_and_are_not_the_address() {
        let e = Email::parse("email", "chair@example.org").unwrap();
        assert_eq!(
            check_password("password", "short", Some(&e))
                .unwrap_err()
                .code,
            "password_too_short"
        );
        assert_eq!(
            check_password("password", "chair@example.org", Some(&e))
                .unwrap_err()
                .code,
            "password_is_email"
        );
        assert!(check_password("password", "correct horse battery", Some(&e)).is_ok());
    }

    #[test]
    fn sign_up_reports_every_field() {
        let err = SignUpForm {
            display_name: None,
            email: Some("x".into()),
            password: Some("1".into()),
        }
        .parse()
        .unwrap_err();
        let fields: Vec<_> = err.errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["display_name", "email", "password"]);
    }
}
