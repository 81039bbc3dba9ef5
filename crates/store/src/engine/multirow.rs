//! Multi-row statements: one `INSERT … VALUES (…), (…)` or `UPDATE … FROM (VALUES …)` for many
//! rows instead of one statement per row. Each statement is a round trip to the database (on
//! SQLite, to sqlx's worker thread), and for a batch of submissions those round trips, not the
//! rows, are what cost. Rows are split into chunks under both backends' limit on parameters.

use sqlx::any::AnyRow;
use sqlx::{Column, Row};

use crate::error::StoreError;

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
        let query = bind(sqlx::query(&sql).persistent(false), chunk.iter().flatten());
        returned.extend(query.fetch_all(&mut *conn).await?);
    }
    Ok(returned)
}

/// A value read back by a [`Batch`] statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Value {
    Null,
    Int(i64),
    Text(String),
}

/// A row read back by a [`Batch`] statement: its values by column name.
#[derive(Debug, Clone, Default)]
pub(crate) struct Record(pub(crate) Vec<(String, Value)>);

impl Record {
    fn get(&self, column: &str) -> Result<&Value, StoreError> {
        self.0
            .iter()
            .find(|(name, _)| name == column)
            .map(|(_, value)| value)
            .ok_or_else(|| StoreError::Failed(format!("no column {column} was read")))
    }

    /// An integer column.
    pub(crate) fn int(&self, column: &str) -> Result<i64, StoreError> {
        match self.get(column)? {
            Value::Int(value) => Ok(*value),
            other => Err(StoreError::Failed(format!(
                "column {column} holds {other:?}, not an integer"
            ))),
        }
    }

    /// A text column.
    pub(crate) fn text(&self, column: &str) -> Result<String, StoreError> {
        match self.get(column)? {
            Value::Text(value) => Ok(value.clone()),
            other => Err(StoreError::Failed(format!(
                "column {column} holds {other:?}, not text"
            ))),
        }
    }
}

/// A connection the writer's fast path runs on: sqlx's, on either backend, or a SQLite
/// connection of the writer's own (see `intake::direct`).
#[allow(async_fn_in_trait)]
pub(crate) trait Batch {
    /// Runs `template` for `rows`, as [`run`] does.
    async fn rows(&mut self, template: &str, rows: &[Vec<Cell<'_>>]) -> crate::Result<Vec<Record>>;
    /// Runs one statement with parameters `$1`, `$2`… numbered in order of appearance.
    async fn one(&mut self, sql: &str, params: &[Cell<'_>]) -> crate::Result<Vec<Record>>;
}

impl Batch for sqlx::AnyConnection {
    async fn rows(&mut self, template: &str, rows: &[Vec<Cell<'_>>]) -> crate::Result<Vec<Record>> {
        Ok(run(self, template, rows)
            .await?
            .iter()
            .map(record_of)
            .collect())
    }

    async fn one(&mut self, sql: &str, params: &[Cell<'_>]) -> crate::Result<Vec<Record>> {
        let query = bind(sqlx::query(sql), params);
        Ok(query.fetch_all(self).await?.iter().map(record_of).collect())
    }
}

/// A row of sqlx's as a [`Record`]: integers stay integers, everything else is read as text.
fn record_of(row: &AnyRow) -> Record {
    Record(
        row.columns()
            .iter()
            .map(|column| {
                let at = column.ordinal();
                let value = match row.try_get::<Option<i64>, _>(at) {
                    Ok(Some(value)) => Value::Int(value),
                    Ok(None) => Value::Null,
                    Err(_) => row
                        .try_get::<Option<String>, _>(at)
                        .ok()
                        .flatten()
                        .map_or(Value::Null, Value::Text),
                };
                (column.name().to_owned(), value)
            })
            .collect(),
    )
}

type Query<'q> = sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>;

/// Binds `cells` to `query`, in order.
fn bind<'q, 'c: 'q>(
    mut query: Query<'q>,
    cells: impl IntoIterator<Item = &'c Cell<'c>>,
) -> Query<'q> {
    for cell in cells {
        query = match *cell {
            Cell::Int(value) => query.bind(value),
            Cell::Text(value) => query.bind(value),
            Cell::MaybeText(value) => query.bind(value),
        };
    }
    query
}

/// `($1, $2), ($3, $4)` for two rows of two (numbered), or `(?, ?), (?, ?)`.
pub(crate) fn placeholders(rows: usize, width: usize, numbered: bool) -> String {
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
