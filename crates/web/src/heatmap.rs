//! The mapping's matrix drawn on the server as SVG: issues down, mechanisms across, each cell
//! coloured by its status, issues grouped under their broad area. It is a picture only
//! (`aria-hidden`); the page's data table is its text alternative. Written as a string rather
//! than through the template engine because a real mapping (200 issues × 100 mechanisms) draws
//! up to 20,000 cells, and this keeps it within a few milliseconds (see docs/BENCHMARKS.md).

use std::fmt::Write;

/// One line of the map: an issue, with the status code of each column's cell, if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeatRow {
    /// The issue's label (`I3`).
    pub label: String,
    /// The broad area, on the first issue of each area.
    pub area: Option<String>,
    /// One entry per column: a status code (`addressing`, `partly`…) or none.
    pub cells: Vec<Option<&'static str>>,
    /// Whether the issue is a gap (marked beside the row).
    pub gap: bool,
}

/// Cell size, in pixels.
const CELL: usize = 12;
/// Room for the issue labels on the left, and for the column labels on top.
const LEFT: usize = 64;
const TOP: usize = 110;

fn escape(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\u{22}' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
}

/// Draws the map of `rows` under the mechanisms `columns` (their short names).
pub fn draw(columns: &[String], rows: &[HeatRow]) -> String {
    let areas = rows.iter().filter(|r| r.area.is_some()).count();
    let width = LEFT + columns.len() * CELL + 24;
    let height = TOP + rows.len() * CELL + areas * CELL + 8;
    let mut svg = String::with_capacity(64 + rows.len() * columns.len() * 48);
    let _ = write!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="heatmap" aria-hidden="true" viewBox="0 0 {width} {height}" width="{width}" height="{height}">"#
    );
    for (i, name) in columns.iter().enumerate() {
        let x = LEFT + i * CELL + CELL / 2;
        let _ = write!(
            svg,
            r#"<text class="col" transform="translate({x},{y}) rotate(-60)">"#,
            y = TOP - 4
        );
        escape(name, &mut svg);
        svg.push_str("</text>");
    }
    let mut y = TOP;
    for row in rows {
        if let Some(area) = &row.area {
            let _ = write!(svg, r#"<text class="area" x="2" y="{}">"#, y + CELL - 2);
            escape(area, &mut svg);
            svg.push_str("</text>");
            y += CELL;
        }
        let _ = write!(svg, r#"<text class="issue" x="2" y="{}">"#, y + CELL - 2);
        escape(&row.label, &mut svg);
        svg.push_str("</text>");
        for (i, cell) in row.cells.iter().enumerate() {
            if let Some(status) = cell {
                let _ = write!(
                    svg,
                    r#"<rect class="st-{status}" x="{}" y="{y}" width="{}" height="{}"/>"#,
                    LEFT + i * CELL,
                    CELL - 1,
                    CELL - 1
                );
            }
        }
        if row.gap {
            let _ = write!(
                svg,
                r#"<circle class="gap-mark" cx="{}" cy="{}" r="4"/>"#,
                LEFT + columns.len() * CELL + 10,
                y + CELL / 2
            );
        }
        y += CELL;
    }
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_drawn_where_rows_exist_and_names_are_escaped() {
        let columns = vec!["IGF".to_owned(), "A<B".to_owned()];
        let rows = vec![
            HeatRow {
                label: "I1".into(),
                area: Some("Access & infrastructure".into()),
                cells: vec![Some("addressing"), None],
                gap: false,
            },
            HeatRow {
                label: "I2".into(),
                area: None,
                cells: vec![Some("partly"), Some("not_addressing")],
                gap: true,
            },
        ];
        let svg = draw(&columns, &rows);
        assert_eq!(svg.matches("<rect").count(), 3);
        assert_eq!(svg.matches("gap-mark").count(), 1);
        assert!(svg.contains("A&lt;B") && svg.contains("Access &amp; infrastructure"));
    }
}
