//! The mapping's matrix drawn on the server as SVG: issues down, mechanisms across, each cell
//! coloured by its status, issues grouped under their broad area. It is a picture only
//! (`aria-hidden`); the page's data table is its text alternative. A real mapping (200 issues ×
//! 100 mechanisms) draws up to 20,000 cells; positions are worked out here and the template
//! (`templates/mapping/heatmap.svg`) only writes them (timed in docs/BENCHMARKS.md).

use askama::Template;

/// One line of the map: an issue, with the status code of each column's cell, if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeatRow {
    /// The label (`I3`).
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

/// One line as the template draws it: where each piece goes.
struct Line<'a> {
    area: Option<&'a str>,
    area_y: usize,
    label: &'a str,
    label_y: usize,
    y: usize,
    /// (x, status code) of each filled cell.
    cells: Vec<(usize, &'static str)>,
    gap: bool,
}

#[derive(Template)]
#[template(path = "mapping/heatmap.svg", escape = "html")]
struct HeatMapSvg<'a> {
    width: usize,
    height: usize,
    label_y: usize,
    gap_x: usize,
    columns: Vec<(usize, &'a str)>,
    lines: Vec<Line<'a>>,
}

/// Draws the map of `rows` under the mechanisms `columns` (their short names).
pub fn draw(columns: &[String], rows: &[HeatRow]) -> String {
    let areas = rows.iter().filter(|r| r.area.is_some()).count();
    let mut y = TOP;
    let lines = rows
        .iter()
        .map(|row| {
            let area_y = y + CELL - 2;
            if row.area.is_some() {
                y += CELL;
            }
            let line = Line {
                area: row.area.as_deref(),
                area_y,
                label: &row.label,
                label_y: y + CELL - 2,
                y,
                cells: row
                    .cells
                    .iter()
                    .enumerate()
                    .filter_map(|(i, cell)| cell.map(|status| (LEFT + i * CELL, status)))
                    .collect(),
                gap: row.gap,
            };
            y += CELL;
            line
        })
        .collect();
    let svg = HeatMapSvg {
        width: LEFT + columns.len() * CELL + 24,
        height: TOP + rows.len() * CELL + areas * CELL + 8,
        label_y: TOP - 4,
        gap_x: LEFT + columns.len() * CELL + 10,
        columns: columns
            .iter()
            .enumerate()
            .map(|(i, name)| (LEFT + i * CELL + CELL / 2, name.as_str()))
            .collect(),
        lines,
    };
    // Rendering plain numbers and escaped names cannot fail; an empty picture is the fallback.
    svg.render().unwrap_or_default()
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
        assert!(svg.contains("A&#60;B") || svg.contains("A&lt;B"), "{svg}");
        assert!(
            svg.contains("Access &#38; infrastructure")
                || svg.contains("Access &amp; infrastructure")
        );
    }
}
