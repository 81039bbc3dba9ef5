//! The files sent with a response: kept as they arrive (version 0 until they are part of a
//! submitted version), counted against the limit, and listed as a received record lists them.

use concord_domain::ids::ResponseId;
use concord_domain::response::{sha256_hex, Attachment};
use concord_domain::upload::CheckedFile;

use crate::rows::RowExt;
use crate::Result;

/// The most files one response carries.
pub const MAX_FILES_PER_RESPONSE: usize = 10;

/// Keeps files sent with a response (version 0 until they are part of a submitted version);
/// returns how many files the response now has.
pub(crate) async fn attach(
    tx: &mut sqlx::AnyConnection,
    response: ResponseId,
    files: &[(CheckedFile, Vec<u8>)],
    stamp: &str,
) -> Result<usize> {
    if files.is_empty() {
        // Nothing added: the count only matters against a new file.
        return Ok(0);
    }
    for (file, content) in files {
        sqlx::query(
            "INSERT INTO response_files (response_id, version, file_name, media_type, byte_size, sha256, content, created_at) \
             VALUES ($1, 0, $2, $3, $4, $5, $6, $7)",
        )
        .bind(response.0)
        .bind(&file.file_name)
        .bind(file.kind.media_type())
        .bind(i64::try_from(content.len()).unwrap_or(i64::MAX))
        .bind(sha256_hex(content))
        .bind(content.as_slice())
        .bind(stamp)
        .execute(&mut *tx)
        .await?;
    }
    let n = sqlx::query("SELECT COUNT(*) AS n FROM response_files WHERE response_id = $1")
        .bind(response.0)
        .fetch_one(&mut *tx)
        .await?
        .int("n")?;
    Ok(usize::try_from(n).unwrap_or(usize::MAX))
}

/// The files of a response, described as a received record lists them.
pub(crate) async fn files_of(
    tx: &mut sqlx::AnyConnection,
    response: ResponseId,
) -> Result<Vec<Attachment>> {
    let rows = sqlx::query(
        "SELECT file_name, media_type, byte_size, sha256 FROM response_files WHERE response_id = $1 ORDER BY id",
    )
    .bind(response.0)
    .fetch_all(&mut *tx)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Attachment {
                file_name: r.text("file_name")?,
                media_type: r.text("media_type")?,
                byte_size: r.int("byte_size")?,
                sha256: r.text("sha256")?,
            })
        })
        .collect::<Result<_, sqlx::Error>>()
        .map_err(Into::into)
}
