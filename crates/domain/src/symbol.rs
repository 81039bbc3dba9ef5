//! UN document symbols, parsed rather than validated: `E/CN.16/2014/CRP.2`,
//! `A/RES/67/195`, `E/CN.16/2013/L.3/Rev.1/Corr.2`, or joint symbols such as
//! `A/67/65–E/2012/48`. A parsed [`Symbol`] knows its organ, its subsidiary bodies, its session or
//! year, the nature of the document, its number, and its revisions, corrigenda and addenda, and
//! prints back exactly as the UN writes it.

use std::fmt;

use serde::{Serialize, Serializer};

use crate::error::FieldError;

/// The nature of a document, from the component that marks it (research note §6.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Nature {
    /// `CRP.` conference room paper.
    ConferenceRoomPaper,
    /// `L.` limited distribution, usually a draft.
    Limited,
    /// `RES/` resolution.
    Resolution,
    /// `INF/` information series.
    Information,
    /// `NGO/` statement by a non-governmental organization.
    NgoStatement,
    /// `PV.` verbatim record.
    VerbatimRecord,
    /// `SR.` summary record.
    SummaryRecord,
    /// `WP.` working paper.
    WorkingPaper,
    /// `R.` restricted.
    Restricted,
    /// A general series document (no marker).
    General,
}

impl Nature {
    fn from_marker(marker: &str) -> Option<Nature> {
        Some(match marker {
            "CRP" => Nature::ConferenceRoomPaper,
            "L" => Nature::Limited,
            "RES" => Nature::Resolution,
            "INF" => Nature::Information,
            "NGO" => Nature::NgoStatement,
            "PV" => Nature::VerbatimRecord,
            "SR" => Nature::SummaryRecord,
            "WP" => Nature::WorkingPaper,
            "R" => Nature::Restricted,
            _ => return None,
        })
    }
}

/// A change to a document, shown as a suffix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "number", rename_all = "snake_case")]
pub enum Modifier {
    /// `Rev.n`: replaces the earlier text.
    Revision(u32),
    /// `Corr.n`: corrects it (possibly in some languages only).
    Corrigendum(u32),
    /// `Add.n`: adds to it.
    Addendum(u32),
    /// `Amend.n`: amends it.
    Amendment(u32),
    /// `Summary`.
    Summary,
}

impl fmt::Display for Modifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Modifier::Revision(n) => write!(f, "Rev.{n}"),
            Modifier::Corrigendum(n) => write!(f, "Corr.{n}"),
            Modifier::Addendum(n) => write!(f, "Add.{n}"),
            Modifier::Amendment(n) => write!(f, "Amend.{n}"),
            Modifier::Summary => f.write_str("Summary"),
        }
    }
}

/// One symbol of a series (a joint symbol has several).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SeriesSymbol {
    /// The components before the modifiers, as written: `["E", "CN.16", "2014", "CRP.2"]`.
    pub components: Vec<String>,
    /// The modifiers, in order.
    pub modifiers: Vec<Modifier>,
    /// Reissued for technical reasons (`*`).
    pub reissued: bool,
}

impl SeriesSymbol {
    /// The organ: `A` (General Assembly), `E` (ECOSOC), `S`, `ST`, `TD`…
    pub fn organ(&self) -> &str {
        &self.components[0]
    }

    /// The subsidiary bodies: `CN.16`, `C.2`, `AC.105`, `WG.1`…
    pub fn subsidiaries(&self) -> Vec<&str> {
        self.components[1..]
            .iter()
            .map(String::as_str)
            .take_while(|c| !is_session(c) && nature_of(c).is_none() && !is_number(c))
            .collect()
    }

    /// The session or year component (`2014`, `67`), if any.
    pub fn session(&self) -> Option<u32> {
        self.components[1..]
            .iter()
            .find(|c| is_session(c))
            .and_then(|c| c.parse().ok())
    }

    /// The nature of the document.
    pub fn nature(&self) -> Nature {
        self.components
            .iter()
            .find_map(|c| nature_of(c))
            .unwrap_or(Nature::General)
    }

    /// The document's number: `2` in `CRP.2`, `195` in `RES/67/195`, `65` in `A/67/65`.
    pub fn number(&self) -> Option<u32> {
        let last = self.components.last()?;
        match last.rsplit_once('.') {
            Some((marker, n)) if nature_of(last).is_some() && !marker.is_empty() => n.parse().ok(),
            _ if self.components.len() > 1 => last.parse().ok(),
            _ => None,
        }
    }

    /// The revision number, if revised.
    pub fn revision(&self) -> Option<u32> {
        self.modifiers.iter().rev().find_map(|m| match m {
            Modifier::Revision(n) => Some(*n),
            _ => None,
        })
    }

    /// The symbol without modifiers: the document all its revisions and corrigenda belong to.
    pub fn base(&self) -> SeriesSymbol {
        SeriesSymbol {
            components: self.components.clone(),
            modifiers: Vec::new(),
            reissued: false,
        }
    }
}

impl fmt::Display for SeriesSymbol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.components.join("/"))?;
        for modifier in &self.modifiers {
            write!(f, "/{modifier}")?;
        }
        if self.reissued {
            f.write_str("*")?;
        }
        Ok(())
    }
}

/// A document symbol: one series symbol, or several joined by an en dash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Symbol {
    /// The series symbols, in order (`A/67/65` then `E/2012/48`).
    pub parts: Vec<SeriesSymbol>,
}

impl Serialize for Symbol {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

impl fmt::Display for Symbol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parts: Vec<String> = self.parts.iter().map(ToString::to_string).collect();
        f.write_str(&parts.join("–"))
    }
}

fn is_number(component: &str) -> bool {
    !component.is_empty() && component.bytes().all(|b| b.is_ascii_digit())
}

fn is_session(component: &str) -> bool {
    // A year (1946 on) or a session number; the document number is the last component instead.
    is_number(component) && component.len() <= 4
}

fn nature_of(component: &str) -> Option<Nature> {
    let marker = component.split('.').next().unwrap_or(component);
    Nature::from_marker(marker)
}

fn parse_modifier(component: &str) -> Option<Modifier> {
    if component == "Summary" {
        return Some(Modifier::Summary);
    }
    let (name, number) = component.split_once('.')?;
    let number: u32 = number.parse().ok().filter(|n| *n > 0)?;
    Some(match name {
        "Rev" => Modifier::Revision(number),
        "Corr" => Modifier::Corrigendum(number),
        "Add" => Modifier::Addendum(number),
        "Amend" => Modifier::Amendment(number),
        _ => return None,
    })
}

fn invalid(field: &str, text: &str, why: &str) -> FieldError {
    FieldError::new(
        field,
        "invalid_symbol",
        format!("“{text}” is not a UN document symbol: {why}"),
    )
    .with("value", text)
}

fn parse_series(field: &str, whole: &str, text: &str) -> Result<SeriesSymbol, FieldError> {
    let (text, reissued) = match text.strip_suffix('*') {
        Some(rest) => (rest, true),
        None => (text, false),
    };
    let mut components = Vec::new();
    let mut modifiers = Vec::new();
    for component in text.split('/') {
        if component.is_empty() {
            return Err(invalid(field, whole, "a part between two slashes is empty"));
        }
        if let Some(modifier) = parse_modifier(component) {
            modifiers.push(modifier);
            continue;
        }
        if !modifiers.is_empty() {
            return Err(invalid(
                field,
                whole,
                "Rev., Corr., Add. and Amend. come last",
            ));
        }
        let well_formed = component.split('.').all(|piece| {
            !piece.is_empty()
                && piece
                    .bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-')
        });
        if !well_formed {
            return Err(invalid(
                field,
                whole,
                "its parts are capital letters and numbers, such as E/CN.16/2014/CRP.2",
            ));
        }
        components.push(component.to_owned());
    }
    let organ_ok = components
        .first()
        .is_some_and(|c| c.bytes().all(|b| b.is_ascii_uppercase()));
    if !organ_ok {
        return Err(invalid(
            field,
            whole,
            "it starts with the organ, such as A, E or S",
        ));
    }
    if components.len() < 2 {
        return Err(invalid(
            field,
            whole,
            "it has at least two parts, such as A/67",
        ));
    }
    Ok(SeriesSymbol {
        components,
        modifiers,
        reissued,
    })
}

impl Symbol {
    /// Parses a symbol given in `field`. Joint symbols are separated by an en dash (`–`); a
    /// hyphen between two series (`A/67/65-E/2012/48`) is read as one too.
    pub fn parse(field: &str, text: &str) -> Result<Symbol, FieldError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(FieldError::new(field, "required", "This field is required"));
        }
        if text.chars().any(char::is_whitespace) {
            return Err(invalid(field, text, "it holds no spaces"));
        }
        let mut parts = Vec::new();
        for piece in split_series(text) {
            parts.push(parse_series(field, text, piece)?);
        }
        Ok(Symbol { parts })
    }

    /// The first series symbol (the one a document is filed under).
    pub fn primary(&self) -> &SeriesSymbol {
        &self.parts[0]
    }
}

/// Splits a joint symbol at en dashes, and at hyphens that are followed by an organ and a slash
/// (`…/65-E/2012/48`), since `-` also occurs inside components.
fn split_series(text: &str) -> Vec<&str> {
    let mut pieces = Vec::new();
    for piece in text.split('–') {
        let mut start = 0;
        for (i, _) in piece.match_indices('-') {
            let rest = &piece[i + 1..];
            let organ_then_slash = rest.split_once('/').is_some_and(|(organ, _)| {
                !organ.is_empty()
                    && organ.len() <= 6
                    && organ.bytes().all(|b| b.is_ascii_uppercase())
            });
            let after_component_end =
                piece[..i].ends_with(|c: char| c.is_ascii_digit() || c == '*');
            if organ_then_slash && after_component_end && piece[start..i].contains('/') {
                pieces.push(&piece[start..i]);
                start = i + 1;
            }
        }
        pieces.push(&piece[start..]);
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn parse(text: &str) -> Symbol {
        Symbol::parse("symbol", text).unwrap()
    }

    #[test]
    fn understands_a_cstd_conference_room_paper() {
        let s = parse("E/CN.16/2014/CRP.2");
        let p = s.primary();
        assert_eq!(p.organ(), "E");
        assert_eq!(p.subsidiaries(), ["CN.16"]);
        assert_eq!(p.session(), Some(2014));
        assert_eq!(p.nature(), Nature::ConferenceRoomPaper);
        assert_eq!(p.number(), Some(2));
        assert_eq!(p.revision(), None);
    }

    #[test]
    fn understands_resolutions_revisions_and_corrigenda() {
        let r = parse("A/RES/67/195");
        assert_eq!(r.primary().nature(), Nature::Resolution);
        assert_eq!(r.primary().session(), Some(67));
        assert_eq!(r.primary().number(), Some(195));
        let c = parse("E/CN.16/2013/L.3/Rev.1/Corr.2");
        assert_eq!(c.primary().nature(), Nature::Limited);
        assert_eq!(c.primary().revision(), Some(1));
        assert_eq!(
            c.primary().modifiers,
            [Modifier::Revision(1), Modifier::Corrigendum(2)]
        );
        assert_eq!(c.primary().base().to_string(), "E/CN.16/2013/L.3");
        assert!(parse("A/66/77*").primary().reissued);
    }

    #[test]
    fn joint_symbols_have_several_series() {
        let joint = parse("A/67/65–E/2012/48");
        assert_eq!(joint.parts.len(), 2);
        assert_eq!(joint.parts[1].organ(), "E");
        assert_eq!(joint.to_string(), "A/67/65–E/2012/48");
        assert_eq!(parse("A/67/65-E/2012/48").to_string(), "A/67/65–E/2012/48");
        assert_eq!(
            parse("TD/B/WP-271").parts.len(),
            1,
            "a hyphen inside a component stays"
        );
    }

    #[test]
    fn bad_symbols_say_what_is_wrong() {
        for bad in [
            "",
            "e/cn.16/2014",
            "E//2014",
            "E",
            "E/CN.16/2014/CRP.2/Rev.1/3",
            "E/CN 16/2014",
            "E/CN.16/2014/Rev.0",
            "E/CN.16/Ré",
        ] {
            let err = Symbol::parse("symbol", bad).unwrap_err();
            assert!(
                matches!(err.code, "invalid_symbol" | "required"),
                "{bad}: {err:?}"
            );
        }
    }

    fn component() -> impl Strategy<Value = String> {
        prop_oneof![
            "[A-Z]{1,4}(\\.[0-9]{1,3})?".prop_map(|s| s),
            "[0-9]{1,4}".prop_map(|s| s),
            "(CRP|L|WP|SR|PV)\\.[0-9]{1,3}".prop_map(|s| s),
        ]
    }

    fn series() -> impl Strategy<Value = String> {
        (
            "(A|E|S|ST|TD)",
            proptest::collection::vec(component(), 1..5),
            proptest::collection::vec(
                prop_oneof![
                    "Rev\\.[1-9]",
                    "Corr\\.[1-9]",
                    "Add\\.[1-9][0-9]?",
                    "Summary"
                ],
                0..3,
            ),
            proptest::bool::ANY,
        )
            .prop_map(|(organ, parts, modifiers, star)| {
                let mut s = std::iter::once(organ)
                    .chain(parts)
                    .chain(modifiers)
                    .collect::<Vec<_>>()
                    .join("/");
                if star {
                    s.push('*');
                }
                s
            })
    }

    proptest! {
        #[test]
        fn symbols_print_back_exactly(first in series(), second in proptest::option::of(series())) {
            let text = match second {
                Some(second) => format!("{first}–{second}"),
                None => first,
            };
            let parsed = Symbol::parse("symbol", &text).unwrap();
            prop_assert_eq!(parsed.to_string(), text.clone());
            prop_assert_eq!(Symbol::parse("symbol", &parsed.to_string()).unwrap(), parsed);
        }
    }
}
