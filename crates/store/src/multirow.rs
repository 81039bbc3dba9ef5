//! Multi-row statements: one `INSERT … VALUES (…), (…)` or `UPDATE … FROM (VALUES …)` for many
//! rows instead of one statement per row. Each statement is a round trip to the database (on
//! SQLite, to sqlx's worker thread), and for a batch of submissions those round trips, not the
//! rows, are what cost. Rows are split into chunks under both backends' limit on parameters.

use sqlx::any::AnyRow;

/// A value bound into a multi-row statement.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Cell<'a> {
    Int(i64),
    Text(&'a str),
    MaybeText(Option<&'a str>),
}

/// Most parameters bound in one statement: under SQLite's default limit (32,766) and
/// PostgreSQL's (65,535).
const MAX_PARAMETERS: usize = 30_000;

/// Runs `template` once per chunk of `rows`, with `{rows}` replaced by `($1, $2), ($3, $4)…`
/// (`(?, ?), (?, ?)…` on SQLite); returns the rows the statements returned, chunk after chunk.
/// Every row has the same width.
pub(crate) async fn run(
    conn: &mut sqlx::AnyConnection,
    template: &str,
    rows: &[Vec<Cell<'_>>],
) -> Result<Vec<AnyRow>, sqlx::Error> {
    let Some(width) = rows.first().map(Vec::len) else {
        return Ok(Vec::new());
    };
    let per_chunk = (MAX_PARAMETERS / width.max(1)).max(1);
    // SQLite looks each numbered parameter up in a list as it parses, which is quadratic in
    // their number; anonymous `?` parameters are simply counted. PostgreSQL knows only `$n`.
    let numbered = conn.backend_name() != "SQLite";
    let mut returned = Vec::new();
    for chunk in rows.chunks(per_chunk) {
        let sql = template.replace("{rows}", &placeholders(chunk.len(), width, numbered));
        // Not kept in the statement cache: the text changes with the number of rows.
        let mut query = sqlx::query(&sql).persistent(false);
        for cell in chunk.iter().flatten() {
            query = match *cell {
                Cell::Int(value) => query.bind(value),
                Cell::Text(value) => query.bind(value),
                Cell::MaybeText(value) => query.bind(value),
            };
        }
        returned.extend(query.fetch_all(&mut *conn).await?);
    }
    Ok(returned)
}

/// `($1, $2), ($3, $4)` for two rows of two (numbered), or `(?, ?), (?, ?)`.
fn placeholders(rows: usize, width: usize, numbered: bool) -> String {
    let mut text = String::with_capacity(rows * width * 6);
    for row in 0..rows {
        if row > 0 {
            text.push_str(", ");
        }
        text.push('(');
        for column in 0..width {
            if column > 0 {
                text.push_str(", ");
            }
            if numbered {
                text.push('$');
                text.push_str(&(row * width + column + 1).to_string());
            } else {
                text.push('?');
            }
        }
        text.push(')');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::placeholders;

    #[test]
    fn placeholders_number_every_parameter_in_order() {
        assert_eq!(placeholders(2, 2, true), "($1, $2), ($3, $4)");
        assert_eq!(placeholders(3, 1, true), "($1), ($2), ($3)");
        assert_eq!(placeholders(2, 2, false), "(?, ?), (?, ?)");
    }
}
