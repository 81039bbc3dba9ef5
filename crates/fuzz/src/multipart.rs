//! The multipart forms that carry uploads, read by the same extractor the upload routes use,
//! with its limits, on a throwaway embedded database. The body is the fuzzed input; the
//! boundary is `X`, as in the seed.

use std::sync::OnceLock;

use axum::body::Body;
use axum::extract::FromRequest;
use axum::http::{header, Request};
use concord_web::forms::Upload;
use concord_web::{AppState, WebConfig};

struct Reader {
    runtime: tokio::runtime::Runtime,
    state: AppState,
    // Kept for the database's folder.
    _db: concord_store::testing::TestDb,
}

fn reader() -> &'static Reader {
    static READER: OnceLock<Reader> = OnceLock::new();
    READER.get_or_init(|| {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap_or_else(|e| panic!("a runtime for the multipart target: {e}"));
        let db = runtime.block_on(concord_store::testing::TestDb::sqlite());
        let state = AppState::new(db.store.clone(), WebConfig::default());
        Reader {
            runtime,
            state,
            _db: db,
        }
    })
}

/// Reads `body` as a `multipart/form-data` request: a refusal is fine, a panic is not.
pub fn read(body: &[u8]) -> Result<(), String> {
    let reader = reader();
    let request = Request::post("/calls/1/respond")
        .header(header::CONTENT_TYPE, "multipart/form-data; boundary=X")
        .body(Body::from(body.to_vec()))
        .map_err(|e| e.to_string())?;
    let _ = reader
        .runtime
        .block_on(Upload::from_request(request, &reader.state));
    Ok(())
}
