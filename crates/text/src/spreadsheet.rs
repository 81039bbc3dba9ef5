//! Text cells of the CSV files Concord writes, made safe to open in a spreadsheet. A cell that
//! begins with `=`, `+`, `-`, `@`, a tab or a carriage return is read by Excel, LibreOffice and
//! Google Sheets as a formula, which can run commands or send the sheet's data elsewhere
//! ("CSV injection"). Such a cell is written with a leading `'`, which the spreadsheet shows as
//! text; [`restore`] takes it off again when Concord reads its own files back, so the round
//! trip is exact (a text that itself begins with `'` and then one of those characters gets a
//! second `'`).

use std::borrow::Cow;

const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

fn starts_a_formula(text: &str) -> bool {
    text.starts_with(FORMULA_STARTS)
}

/// The cell as written: with a leading `'` when a spreadsheet would read it as a formula.
pub fn neutralise(text: &str) -> Cow<'_, str> {
    let quoted_formula = text
        .strip_prefix('\'')
        .is_some_and(|rest| starts_a_formula(rest) || rest.starts_with('\''));
    if starts_a_formula(text) || quoted_formula {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// The cell as it was before [`neutralise`].
pub fn restore(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if starts_a_formula(rest) || rest.starts_with('\'') => rest,
        _ => cell,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_become_text_and_come_back() {
        for (text, cell) in [
            (
                "=HYPERLINK(\"http://evil.example\")",
                "'=HYPERLINK(\"http://evil.example\")",
            ),
            ("+1", "'+1"),
            ("-2+3", "'-2+3"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("\rx", "'\rx"),
            ("'=already quoted", "''=already quoted"),
            ("''", "'''"),
            ("Plain words", "Plain words"),
            ("it's fine", "it's fine"),
            ("'quoted'", "'quoted'"),
            ("", ""),
        ] {
            assert_eq!(neutralise(text), cell, "{text:?}");
            assert_eq!(restore(cell), text, "{cell:?}");
        }
    }
}
