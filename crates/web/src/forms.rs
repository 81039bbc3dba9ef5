//! HTML forms: reading a submitted form (with its CSRF token) and showing what is wrong next
//! to each field, in the visitor's language.

use axum::extract::{FromRequest, Request};
use concord_domain::upload::MAX_FILE_BYTES;
use concord_domain::{FieldError, Invalid};
use serde::de::DeserializeOwned;

use crate::error::PageError;
use crate::i18n::Tr;
use crate::AppState;

/// A submitted form; an unreadable body is a 400 page.
pub struct FormBody<T>(pub T);

impl<T: DeserializeOwned> FromRequest<AppState> for FormBody<T> {
    type Rejection = PageError;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let (parts, body) = request.into_parts();
        let bytes =
            axum::body::Bytes::from_request(Request::from_parts(parts.clone(), body), state)
                .await
                .map_err(|_| PageError::BadRequest("error-bad-form", None))?;
        // Browsers send UTF-8; anything else would be stored with replacement characters in
        // place of what the person wrote, so it is refused whole.
        if !decodes_as_utf8(&bytes) {
            return Err(PageError::BadRequest("error-bad-encoding", None));
        }
        let request = Request::from_parts(parts, axum::body::Body::from(bytes));
        match axum::Form::<T>::from_request(request, state).await {
            Ok(axum::Form(value)) => Ok(FormBody(value)),
            Err(rejection) => {
                tracing::debug!(%rejection, "unreadable form");
                Err(PageError::BadRequest("error-bad-form", None))
            }
        }
    }
}

/// Whether a URL-encoded form body decodes to valid UTF-8.
fn decodes_as_utf8(body: &[u8]) -> bool {
    let hex = |b: u8| char::from(b).to_digit(16);
    let mut decoded = Vec::with_capacity(body.len());
    let mut i = 0;
    while let Some(&byte) = body.get(i) {
        let escaped = (byte == b'%')
            .then(|| Some((hex(*body.get(i + 1)?)?, hex(*body.get(i + 2)?)?)))
            .flatten();
        match escaped {
            Some((high, low)) => {
                decoded.push(u8::try_from(high * 16 + low).unwrap_or(b'?'));
                i += 3;
            }
            None => {
                decoded.push(byte);
                i += 1;
            }
        }
    }
    std::str::from_utf8(&decoded).is_ok()
}

/// A file sent with a form.
#[derive(Debug, Clone, Default)]
pub struct UploadedFile {
    /// The form field it came in.
    pub field: String,
    /// Its name as the browser sent it.
    pub name: String,
    /// Its bytes, at most one past [`MAX_FILE_BYTES`] (enough to say it is too large).
    pub bytes: Vec<u8>,
}

/// A submitted `multipart/form-data` form: its text fields and its files. A file is read up to
/// one byte past [`MAX_FILE_BYTES`] and the rest of it is skipped, so an oversized file is named
/// as such without being held in memory whole. A file input left empty sends nothing here.
pub struct Upload {
    /// The text fields, in the order sent (a name may repeat, as checkboxes do).
    pub fields: Vec<(String, String)>,
    /// The files, in the order sent.
    pub files: Vec<UploadedFile>,
}

impl Upload {
    /// The text field `name`, empty when absent.
    pub fn field(&self, name: &str) -> &str {
        self.fields
            .iter()
            .find(|(k, _)| k == name)
            .map_or("", |(_, v)| v.as_str())
    }

    /// The first file sent in `field`.
    pub fn file(&self, field: &str) -> Option<&UploadedFile> {
        self.files.iter().find(|f| f.field == field)
    }
}

impl FromRequest<AppState> for Upload {
    type Rejection = PageError;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let bad = |error: &dyn std::fmt::Display| {
            tracing::debug!(%error, "unreadable upload");
            PageError::BadRequest("error-bad-form", None)
        };
        let mut multipart = axum::extract::Multipart::from_request(request, state)
            .await
            .map_err(|e| bad(&e))?;
        let mut upload = Upload {
            fields: Vec::new(),
            files: Vec::new(),
        };
        while let Some(mut field) = multipart.next_field().await.map_err(|e| bad(&e))? {
            let name = field.name().unwrap_or_default().to_owned();
            if let Some(file_name) = field.file_name().map(str::to_owned) {
                let mut bytes = Vec::new();
                while let Some(chunk) = field.chunk().await.map_err(|e| bad(&e))? {
                    let room = (MAX_FILE_BYTES + 1).saturating_sub(bytes.len());
                    bytes.extend_from_slice(&chunk[..chunk.len().min(room)]);
                }
                if !(file_name.is_empty() && bytes.is_empty()) {
                    upload.files.push(UploadedFile {
                        field: name,
                        name: file_name,
                        bytes,
                    });
                }
            } else {
                let raw = field.bytes().await.map_err(|e| bad(&e))?;
                let text = String::from_utf8(raw.to_vec())
                    .map_err(|_| PageError::BadRequest("error-bad-encoding", None))?;
                upload.fields.push((name, text));
            }
        }
        Ok(upload)
    }
}

/// The problems of a submitted form, translated, field by field.
#[derive(Debug, Clone, Default)]
pub struct FormErrors {
    items: Vec<(String, String)>,
}

impl FormErrors {
    /// Translates every error of `invalid`.
    pub fn from_invalid(t: &Tr, invalid: &Invalid) -> FormErrors {
        FormErrors {
            items: invalid
                .errors
                .iter()
                .map(|e| (e.field.clone(), translate(t, e)))
                .collect(),
        }
    }

    /// One error on `field`, with a message key.
    pub fn one(field: &str, message: String) -> FormErrors {
        FormErrors {
            items: vec![(field.to_owned(), message)],
        }
    }

    /// The message for `field`, if it has one.
    pub fn get(&self, field: &str) -> Option<&str> {
        self.items
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, m)| m.as_str())
    }

    /// Whether `field` has an error.
    pub fn has(&self, field: &str) -> bool {
        self.get(field).is_some()
    }

    /// Whether the form is clean.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Every (field, message), for the summary at the top of the form.
    pub fn all(&self) -> &[(String, String)] {
        &self.items
    }
}

/// A field error in the visitor's language: `error-code-<code>` with the error's values.
pub fn translate(t: &Tr, error: &FieldError) -> String {
    let key = format!("error-code-{}", error.code);
    if !t.has(&key) {
        // A code without a translated message: the rule's own English words beat a bare key.
        return error.message.clone();
    }
    // A message naming a value the rule did not give would show a raw `{ $max }`: the rule's
    // own words, with their numbers, are better than that.
    t.args_complete(&key, &error.args)
        .unwrap_or_else(|| error.message.clone())
}
