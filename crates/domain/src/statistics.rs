//! Statistics of the responses to a call, derived from the records themselves: each response is
//! counted exactly once along each dimension (stakeholder group, sub-category, regional group,
//! country, developing country, least-developed country, language, channel), with a "not stated" line where the
//! record says nothing, so that every table adds up to the number of responses received. The
//! WGEC's 2013 analysis was counted by hand and misattributed a submission; these counts come
//! from the same records the lists show, and each one can be filtered back to its list.

use crate::reference::state;
use crate::response::{Channel, Respondent};

code_enum! {
    /// What responses are counted by.
    pub enum Dimension {
        /// The canonical stakeholder group.
        Group = "group" => "Stakeholder group",
        /// The sub-category within the group.
        SubCategory = "sub_category" => "Sub-category",
        /// The regional group of the respondent's country.
        Region = "region" => "Regional group",
        /// The respondent's country.
        Country = "country" => "Country",
        /// Whether the country is a developing country, as the UN Statistics Division's M49
        /// standard used the term (see [`DEVELOPED`]).
        Developing = "developing" => "Developing country",
        /// Whether the country is on the UN list of least developed countries.
        LeastDeveloped = "ldc" => "Least developed country",
        /// The language the response is written in.
        Language = "language" => "Language",
        /// How the response was received.
        Channel = "channel" => "Channel",
    }
}

/// The countries the UN Statistics Division's standard country or area codes (M49) counted as
/// developed: "in common practice, Japan in Asia, Canada and the United States in northern
/// America, Australia and New Zealand in Oceania, and Europe are considered developed regions or
/// areas" (M49, note on the designations, as published until 2021). Europe is M49's Europe:
/// Eastern, Northern, Southern and Western Europe, by ISO 3166 code. Every other country counts
/// as developing; M49 has no official designation, and this is the one the UN's statistics
/// used for the period of the WSIS follow-up.
pub const DEVELOPED: &[&str] = &[
    // Northern America, Japan, Oceania.
    "US", "CA", "JP", "AU", "NZ", // Eastern Europe.
    "BY", "BG", "CZ", "HU", "PL", "MD", "RO", "RU", "SK", "UA", // Northern Europe.
    "DK", "EE", "FI", "IS", "IE", "LV", "LT", "NO", "SE", "GB", // Southern Europe.
    "AL", "AD", "BA", "HR", "GR", "VA", "IT", "MT", "ME", "MK", "PT", "SM", "RS", "SI", "ES",
    // Western Europe.
    "AT", "BE", "FR", "DE", "LI", "LU", "MC", "NL", "CH",
];

/// What a response is counted by.
#[derive(Debug, Clone, Copy)]
pub struct Facts<'a> {
    /// Who responded.
    pub respondent: &'a Respondent,
    /// The response's language.
    pub lang: &'a str,
    /// How it came.
    pub channel: Channel,
}

/// The key a response counts under along `dimension`; empty when the record does not say.
/// Least-developed counts "yes" or "no" for a known country.
pub fn key_of(dimension: Dimension, facts: &Facts<'_>) -> String {
    let country = facts.respondent.country.as_deref();
    match dimension {
        Dimension::Group => facts.respondent.stakeholder_group.code().to_owned(),
        Dimension::SubCategory => facts.respondent.sub_category.clone().unwrap_or_default(),
        Dimension::Region => country
            .and_then(state)
            .and_then(|s| s.regional_group)
            .map(|g| g.code().to_owned())
            .unwrap_or_default(),
        Dimension::Country => country.unwrap_or_default().to_owned(),
        Dimension::Developing => match country.and_then(state) {
            Some(s) if DEVELOPED.contains(&s.iso2) => "no".to_owned(),
            Some(_) => "yes".to_owned(),
            None => String::new(),
        },
        Dimension::LeastDeveloped => match country.and_then(state) {
            Some(s) if s.least_developed => "yes".to_owned(),
            Some(_) => "no".to_owned(),
            None => String::new(),
        },
        Dimension::Language => facts.lang.to_owned(),
        Dimension::Channel => facts.channel.code().to_owned(),
    }
}

/// Counts by `dimension`: (key, count), the largest first, "not stated" (empty key) last. The
/// counts add up to `facts.len()`.
pub fn tally(dimension: Dimension, facts: &[Facts<'_>]) -> Vec<(String, usize)> {
    let mut counts: std::collections::BTreeMap<String, usize> = std::collections::BTreeMap::new();
    for f in facts {
        *counts.entry(key_of(dimension, f)).or_default() += 1;
    }
    let mut rows: Vec<(String, usize)> = counts.into_iter().collect();
    rows.sort_by(|a, b| {
        a.0.is_empty()
            .cmp(&b.0.is_empty())
            .then(b.1.cmp(&a.1))
            .then(a.0.cmp(&b.0))
    });
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::response::RespondentKind;
    use crate::stakeholder::StakeholderGroup;

    fn respondent(group: StakeholderGroup, country: Option<&str>) -> Respondent {
        Respondent {
            kind: RespondentKind::Organization,
            name: "x".into(),
            organization: None,
            stakeholder_group: group,
            sub_category: None,
            country: country.map(str::to_owned),
            ecosoc: None,
        }
    }

    #[test]
    fn every_response_counts_once_and_the_tables_add_up() {
        let people = [
            respondent(StakeholderGroup::CivilSociety, Some("BR")),
            respondent(StakeholderGroup::CivilSociety, Some("BD")),
            respondent(StakeholderGroup::Government, Some("CH")),
            respondent(StakeholderGroup::PrivateSector, None),
        ];
        let facts: Vec<Facts> = people
            .iter()
            .map(|r| Facts {
                respondent: r,
                lang: "en",
                channel: Channel::Web,
            })
            .collect();
        for dimension in Dimension::ALL {
            let rows = tally(*dimension, &facts);
            assert_eq!(rows.iter().map(|r| r.1).sum::<usize>(), 4, "{dimension:?}");
        }
        assert_eq!(
            tally(Dimension::Group, &facts)[0],
            ("civil_society".to_owned(), 2)
        );
        let ldc = tally(Dimension::LeastDeveloped, &facts);
        assert_eq!(
            ldc,
            [
                ("no".to_owned(), 2),
                ("yes".to_owned(), 1),
                (String::new(), 1)
            ],
            "Bangladesh is least developed; no country is not stated, and comes last"
        );
        let regions = tally(Dimension::Region, &facts);
        assert!(regions.contains(&("GRULAC".to_owned(), 1)));
        assert!(regions.contains(&("APG".to_owned(), 1)));
        // Brazil and Bangladesh are developing countries, Switzerland is not; one not stated.
        assert_eq!(
            tally(Dimension::Developing, &facts),
            vec![
                ("yes".to_owned(), 2),
                ("no".to_owned(), 1),
                (String::new(), 1)
            ]
        );
    }

    #[test]
    fn every_developed_country_is_a_known_state() {
        for code in DEVELOPED {
            assert!(state(code).is_some(), "{code}");
        }
    }
}
