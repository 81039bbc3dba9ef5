//! The eleven WSIS action lines of the Geneva Plan of Action (C1–C11), with the eight ICT
//! applications of C7 as sub-lines.

use serde::Serialize;

/// A WSIS action line or a C7 sub-line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ActionLine {
    /// `C1`…`C11`, or `C7.1`…`C7.8` for the sub-lines of C7.
    pub code: &'static str,
    /// The title in English.
    pub title: &'static str,
    /// For a sub-line, the code of its action line.
    pub parent: Option<&'static str>,
}

const fn line(code: &'static str, title: &'static str) -> ActionLine {
    ActionLine {
        code,
        title,
        parent: None,
    }
}

const fn c7(code: &'static str, title: &'static str) -> ActionLine {
    ActionLine {
        code,
        title,
        parent: Some("C7"),
    }
}

/// Every action line, C1 to C11, each C7 sub-line following C7.
pub const ACTION_LINES: &[ActionLine] = &[
    line("C1", "The role of public governance authorities and all stakeholders in the promotion of ICTs for development"),
    line("C2", "Information and communication infrastructure"),
    line("C3", "Access to information and knowledge"),
    line("C4", "Capacity building"),
    line("C5", "Building confidence and security in the use of ICTs"),
    line("C6", "Enabling environment"),
    line("C7", "ICT applications: benefits in all aspects of life"),
    c7("C7.1", "E-government"),
    c7("C7.2", "E-business"),
    c7("C7.3", "E-learning"),
    c7("C7.4", "E-health"),
    c7("C7.5", "E-employment"),
    c7("C7.6", "E-environment"),
    c7("C7.7", "E-agriculture"),
    c7("C7.8", "E-science"),
    line("C8", "Cultural diversity and identity, linguistic diversity and local content"),
    line("C9", "Media"),
    line("C10", "Ethical dimensions of the Information Society"),
    line("C11", "International and regional cooperation"),
];

/// Finds an action line by code.
pub fn action_line(code: &str) -> Option<&'static ActionLine> {
    ACTION_LINES
        .iter()
        .find(|l| l.code.eq_ignore_ascii_case(code.trim()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eleven_lines_and_eight_c7_sub_lines() {
        assert_eq!(
            ACTION_LINES.iter().filter(|l| l.parent.is_none()).count(),
            11
        );
        assert_eq!(
            ACTION_LINES
                .iter()
                .filter(|l| l.parent == Some("C7"))
                .count(),
            8
        );
        assert_eq!(action_line("c7.4").unwrap().title, "E-health");
    }
}
