//! Files as downloads.

use axum::response::{IntoResponse, Response};

/// A file as a download: under its name (ASCII and UTF-8 forms), with its type, never sniffed
/// by the browser as anything else, cacheable for good since its content never changes.
pub(crate) fn file_download(
    file_name: &str,
    media_type: &str,
    sha256: &str,
    content: Vec<u8>,
) -> Response {
    use axum::http::header;
    let ascii: String = file_name
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() || c == ' ' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let encoded: String = file_name
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'.' | b'-' | b'_' => (b as char).to_string(),
            other => format!("%{other:02X}"),
        })
        .collect();
    let disposition = format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}");
    (
        [
            (header::CONTENT_TYPE, media_type.to_owned()),
            (header::CONTENT_DISPOSITION, disposition),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff".to_owned()),
            (header::ETAG, format!("\"{sha256}\"")),
            (
                header::CACHE_CONTROL,
                "public, max-age=31536000, immutable".to_owned(),
            ),
        ],
        content,
    )
        .into_response()
}
