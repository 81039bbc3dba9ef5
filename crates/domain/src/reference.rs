//! The UN regional groups and the states that belong to them: reference data written from
//! public facts (`data/states.tsv`), compiled into the binary so that every installation agrees.

use std::sync::OnceLock;

use serde::Serialize;

use crate::error::FieldError;

code_enum! {
    /// A UN regional group, as used for elections and for the seats of CSTD bodies.
    pub enum RegionalGroup {
        /// African States.
        African = "AFR" => "African States",
        /// Asia-Pacific States.
        AsiaPacific = "APG" => "Asia-Pacific States",
        /// Eastern European States.
        EasternEuropean = "EEG" => "Eastern European States",
        /// Latin American and Caribbean States.
        LatinAmericanCaribbean = "GRULAC" => "Latin American and Caribbean States",
        /// Western European and other States.
        WesternEuropeanOthers = "WEOG" => "Western European and other States",
    }
}

/// Whether a state is a UN member or a non-member observer state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum UnStatus {
    /// A member state of the United Nations.
    Member,
    /// A non-member observer state (the Holy See, the State of Palestine).
    Observer,
}

/// A state, with its codes and its regional group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct State {
    /// ISO 3166-1 alpha-2 code, upper case; the key used everywhere in Concord.
    pub iso2: &'static str,
    /// ISO 3166-1 alpha-3 code.
    pub iso3: &'static str,
    /// ISO 3166-1 numeric (UN M49) code.
    pub m49: &'static str,
    /// The short name in English as the UN writes it.
    pub name: &'static str,
    /// The regional group; `None` for Kiribati and the observer states.
    pub regional_group: Option<RegionalGroup>,
    /// Member or observer state.
    pub un_status: UnStatus,
    /// On the UN list of least developed countries.
    pub least_developed: bool,
}

const STATES_TSV: &str = include_str!("../data/states.tsv");
const NAMES_TSV: &str = include_str!("../data/state-names.tsv");

/// The other five official UN languages, in the column order of `data/state-names.tsv`.
const NAME_LANGUAGES: [&str; 5] = ["ar", "zh", "fr", "ru", "es"];

impl State {
    /// The state's short name in a UN language (`ar`, `zh`, `en`, `fr`, `ru`, `es`); English
    /// for any other language.
    pub fn name_in(&self, lang: &str) -> &'static str {
        static NAMES: OnceLock<Vec<(&'static str, [&'static str; 5])>> = OnceLock::new();
        let names = NAMES.get_or_init(|| parse_names(NAMES_TSV));
        let Some(column) = NAME_LANGUAGES.iter().position(|l| *l == lang) else {
            return self.name;
        };
        names
            .iter()
            .find(|(iso2, _)| *iso2 == self.iso2)
            .map_or(self.name, |(_, n)| n[column])
    }
}

fn parse_names(tsv: &'static str) -> Vec<(&'static str, [&'static str; 5])> {
    tsv.lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .skip(1) // header
        .filter_map(|line| {
            let mut f = line.split('\t');
            let iso2 = f.next()?;
            Some((
                iso2,
                [f.next()?, f.next()?, f.next()?, f.next()?, f.next()?],
            ))
        })
        .collect()
}

/// Every state, sorted by name.
pub fn states() -> &'static [State] {
    static STATES: OnceLock<Vec<State>> = OnceLock::new();
    STATES.get_or_init(|| parse_states(STATES_TSV))
}

/// Finds a state by its alpha-2 code, in any case.
pub fn state(iso2: &str) -> Option<&'static State> {
    let wanted = iso2.trim();
    states()
        .iter()
        .find(|s| s.iso2.eq_ignore_ascii_case(wanted))
}

/// The states of one regional group.
pub fn states_in(group: RegionalGroup) -> impl Iterator<Item = &'static State> {
    states()
        .iter()
        .filter(move |s| s.regional_group == Some(group))
}

/// Parses a country code given in `field`, naming the field when it is unknown.
pub fn parse_country(field: &str, code: &str) -> Result<&'static State, FieldError> {
    state(code).ok_or_else(|| {
        FieldError::new(
            field,
            "unknown_country",
            format!(
                "“{}” is not a known country code; use the two-letter ISO 3166-1 code, such as CH or TN",
                code.trim()
            ),
        )
        .with("code", code.trim())
    })
}

// The file is part of the source tree and checked by the tests below, so a malformed line is a
// build defect; skipping it silently would hide it, so the tests count the rows instead.
fn parse_states(tsv: &'static str) -> Vec<State> {
    tsv.lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .skip(1) // header
        .filter_map(|line| {
            let mut f = line.split('\t');
            Some(State {
                iso2: f.next()?,
                iso3: f.next()?,
                m49: f.next()?,
                name: f.next()?,
                regional_group: RegionalGroup::parse(f.next()?),
                un_status: match f.next()? {
                    "observer" => UnStatus::Observer,
                    _ => UnStatus::Member,
                },
                least_developed: f.next()? == "1",
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_193_members_and_two_observer_states() {
        let members = states()
            .iter()
            .filter(|s| s.un_status == UnStatus::Member)
            .count();
        let observers: Vec<_> = states()
            .iter()
            .filter(|s| s.un_status == UnStatus::Observer)
            .map(|s| s.iso2)
            .collect();
        assert_eq!(members, 193);
        assert_eq!(observers, ["VA", "PS"]);
    }

    #[test]
    fn regional_group_sizes_match_the_un_groups() {
        let count = |g| states_in(g).count();
        assert_eq!(count(RegionalGroup::African), 54);
        assert_eq!(count(RegionalGroup::AsiaPacific), 53);
        assert_eq!(count(RegionalGroup::EasternEuropean), 23);
        assert_eq!(count(RegionalGroup::LatinAmericanCaribbean), 33);
        // 28 members plus the United States, counted with WEOG for elections.
        assert_eq!(count(RegionalGroup::WesternEuropeanOthers), 29);
        assert_eq!(state("KI").unwrap().regional_group, None);
    }

    #[test]
    fn codes_are_unique_and_well_formed() {
        let mut seen = std::collections::HashSet::new();
        for s in states() {
            assert!(seen.insert(s.iso2), "duplicate {}", s.iso2);
            assert!(seen.insert(s.iso3), "duplicate {}", s.iso3);
            assert_eq!(s.iso2.len(), 2);
            assert_eq!(s.iso3.len(), 3);
            assert_eq!(s.m49.len(), 3);
        }
        assert_eq!(states().iter().filter(|s| s.least_developed).count(), 44);
    }

    #[test]
    fn every_state_has_a_name_in_each_un_language() {
        let names = parse_names(NAMES_TSV);
        assert_eq!(names.len(), states().len());
        for (s, (iso2, translations)) in states().iter().zip(&names) {
            assert_eq!(
                s.iso2, *iso2,
                "state-names.tsv follows the order of states.tsv"
            );
            assert!(translations.iter().all(|n| !n.trim().is_empty()), "{iso2}");
        }
        let ch = state("CH").unwrap();
        assert_eq!(ch.name_in("fr"), "Suisse");
        assert_eq!(ch.name_in("en"), "Switzerland");
        assert_eq!(ch.name_in("de"), "Switzerland");
    }

    #[test]
    fn lookup_ignores_case_and_names_the_field() {
        assert_eq!(state("ch").unwrap().name, "Switzerland");
        assert_eq!(
            state("TN").unwrap().regional_group,
            Some(RegionalGroup::African)
        );
        let err = parse_country("country", "XX").unwrap_err();
        assert_eq!(
            (err.field.as_str(), err.code),
            ("country", "unknown_country")
        );
    }
}
