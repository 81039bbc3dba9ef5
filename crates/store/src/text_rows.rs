//! Reading a negotiating text's row: what the texts and the consensus on them both need.

use concord_domain::drafting::text::{NegotiatingText, TextFields, TextKind};
use concord_domain::ids::{BodyId, TextId, VersionNo};
use sqlx::any::AnyRow;

use crate::error::StoreError;
use crate::rows::RowExt;
use crate::Result;

/// The columns [`text_from_row`] reads.
pub(crate) const COLUMNS: &str = "id, body_id, title, kind, lang, version";

pub(crate) fn text_from_row(row: &AnyRow) -> Result<NegotiatingText, sqlx::Error> {
    Ok(NegotiatingText {
        id: TextId(row.int("id")?),
        body_id: BodyId(row.int("body_id")?),
        fields: TextFields {
            title: row.text("title")?,
            kind: row.code("kind", TextKind::parse)?,
            lang: row.text("lang")?,
        },
        version: VersionNo(row.int("version")?),
    })
}

/// The text `id`, inside a transaction; not found is an error.
pub(crate) async fn load_text(
    conn: &mut sqlx::AnyConnection,
    id: TextId,
) -> Result<NegotiatingText> {
    let row = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM negotiating_texts WHERE id = $1"
    ))
    .bind(id.0)
    .fetch_optional(&mut *conn)
    .await?
    .ok_or(StoreError::not_found("text"))?;
    Ok(text_from_row(&row)?)
}
