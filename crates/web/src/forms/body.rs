//! Reading a submitted form. These are the only extractors for form bodies, and both refuse a
//! request whose CSRF token is missing or belongs to another visitor before the handler runs:
//! a state-changing route cannot forget the check.

use axum::extract::{FromRequest, FromRequestParts, Request};
use concord_domain::upload::MAX_FILE_BYTES;
use serde::de::DeserializeOwned;

use crate::auth::Visitor;
use crate::error::PageError;
use crate::AppState;

/// The form field every state-changing form carries its CSRF token in.
pub const CSRF_FIELD: &str = "csrf";

/// A submitted `application/x-www-form-urlencoded` form whose CSRF token is the visitor's own;
/// a wrong token is the 403 page, an unreadable body the 400 page.
pub struct CsrfForm<T>(pub T);

impl<T: DeserializeOwned> FromRequest<AppState> for CsrfForm<T> {
    type Rejection = PageError;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let (mut parts, body) = request.into_parts();
        let visitor = Visitor::from_request_parts(&mut parts, state).await?;
        let bytes =
            axum::body::Bytes::from_request(Request::from_parts(parts.clone(), body), state)
                .await
                .map_err(|_| PageError::BadRequest("error-bad-form", None))?;
        let token = url::form_urlencoded::parse(&bytes)
            .find(|(name, _)| name == CSRF_FIELD)
            .map(|(_, value)| value.into_owned())
            .unwrap_or_default();
        visitor.check_csrf(&token)?;
        // Browsers send UTF-8; anything else would be stored with replacement characters in
        // place of what the person wrote, so it is refused whole.
        if !decodes_as_utf8(&bytes) {
            return Err(PageError::BadRequest("error-bad-encoding", None));
        }
        let request = Request::from_parts(parts, axum::body::Body::from(bytes));
        match axum::Form::<T>::from_request(request, state).await {
            Ok(axum::Form(value)) => Ok(CsrfForm(value)),
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

/// A submitted form that may carry files (`multipart/form-data`, or a plain form without any)
/// whose CSRF token is the visitor's own: its text fields
/// and its files. A file is read up to one byte past [`MAX_FILE_BYTES`] and the rest of it is
/// skipped, so an oversized file is named as such without being held in memory whole. A file
/// input left empty sends nothing here. The token is checked as soon as it is read, and a
/// file that comes before it is refused unread: forms put their token first.
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
        let multipart = request
            .headers()
            .get(axum::http::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("multipart/form-data"));
        if !multipart {
            // A form that may carry files is also read when it comes without any.
            let CsrfForm(fields) =
                CsrfForm::<Vec<(String, String)>>::from_request(request, state).await?;
            return Ok(Upload {
                fields,
                files: Vec::new(),
            });
        }
        let (mut parts, body) = request.into_parts();
        let visitor = Visitor::from_request_parts(&mut parts, state).await?;
        let request = Request::from_parts(parts, body);
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
        let mut token_checked = false;
        while let Some(mut field) = multipart.next_field().await.map_err(|e| bad(&e))? {
            let name = field.name().unwrap_or_default().to_owned();
            if let Some(file_name) = field.file_name().map(str::to_owned) {
                if !token_checked {
                    // Forms send their token before their files: a file without one ahead of
                    // it is refused before a byte of it is read.
                    visitor.check_csrf("")?;
                }
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
                if name == CSRF_FIELD {
                    visitor.check_csrf(&text)?;
                    token_checked = true;
                }
                upload.fields.push((name, text));
            }
        }
        visitor.check_csrf(upload.field(CSRF_FIELD))?;
        Ok(upload)
    }
}

/// A form that carries nothing but its CSRF token: a button (sign out, follow, …).
#[derive(serde::Deserialize)]
pub struct TokenOnly {}
