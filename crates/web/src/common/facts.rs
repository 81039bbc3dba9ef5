//! What responses count by, and how a response is named in public: the labels of the
//! statistics' dimensions, the respondents of a call, and a response's attribution.

use concord_domain::ids::CallId;
use std::collections::{BTreeMap, HashMap};

use concord_domain::document::UN_LANGUAGES;
use concord_domain::review::{self, Attribution};
use concord_domain::statistics::{key_of, Dimension, Facts};
use concord_store::{ListedResponse, PolicyIssue, ReviewStore};

use crate::error::PageError;
use crate::i18n::Tr;
use crate::AppState;

/// What a key stands for, in the visitor's language.
pub(crate) fn label(t: &Tr, dimension: Dimension, key: &str) -> String {
    if key.is_empty() {
        return t.get("stat-not-stated");
    }
    match dimension {
        Dimension::Group => t.code("stakeholder-group", key),
        Dimension::SubCategory => t.code("subcategory", key),
        Dimension::Region => t.code("regional-group", key),
        Dimension::Country => t.state_code(key),
        Dimension::Developing => t.code("stat-developing", key),
        Dimension::LeastDeveloped => t.code("stat-ldc", key),
        Dimension::Language if UN_LANGUAGES.contains(&key) => t.code("language", key),
        Dimension::Language => key.to_owned(),
        Dimension::Channel => t.code("channel", key),
    }
}

/// What a response counts by.
pub(crate) fn facts_of(r: &ListedResponse) -> Facts<'_> {
    Facts {
        respondent: &r.respondent,
        lang: &r.lang,
        channel: r.channel,
    }
}

/// How a response is attributed in public: by name when the respondent agreed to be cited,
/// otherwise by its group and country only.
pub(crate) fn attribution(t: &Tr, r: &ListedResponse) -> String {
    match review::attribution(&r.respondent, r.consent_cite) {
        Attribution::Named {
            name,
            organization: Some(organization),
        } => format!("{name} ({organization})"),
        Attribution::Named { name, .. } => name.to_owned(),
        Attribution::Anonymous { group, country } => t.args(
            "response-anonymous",
            &[
                ("group", t.code("stakeholder-group", group.code())),
                (
                    "country",
                    country.map(|c| t.state_code(c)).unwrap_or_default(),
                ),
            ],
        ),
    }
}

/// Who raised an issue, counted.
pub(crate) struct RaisedBy {
    /// Distinct responses.
    pub responses: usize,
    /// (stakeholder group, count), most first.
    pub groups: Vec<(String, usize)>,
    /// (regional group, count), most first.
    pub regions: Vec<(String, usize)>,
}

/// The responses of a call by reference, with what they count by.
pub(crate) struct Respondents {
    responses: HashMap<String, ListedResponse>,
}

impl Respondents {
    pub(crate) async fn load(state: &AppState, call: i64) -> Result<Self, PageError> {
        Ok(Respondents {
            responses: state
                .store
                .submitted_responses(CallId(call))
                .await?
                .into_iter()
                .map(|r| (r.reference.clone(), r))
                .collect(),
        })
    }

    pub(crate) fn get(&self, reference: &str) -> Option<&ListedResponse> {
        self.responses.get(reference)
    }

    /// The key of a response along a dimension ("" when not stated).
    pub(crate) fn key(&self, reference: &str, dimension: Dimension) -> String {
        self.get(reference)
            .map(|r| key_of(dimension, &facts_of(r)))
            .unwrap_or_default()
    }

    /// Who raised an issue: each response once, by group and region.
    pub(crate) fn raised_by(&self, t: &Tr, issue: &PolicyIssue) -> RaisedBy {
        let mut references: Vec<&str> =
            issue.sources.iter().map(|s| s.reference.as_str()).collect();
        references.sort_unstable();
        references.dedup();
        let count = |dimension: Dimension| {
            let mut counts: BTreeMap<String, usize> = BTreeMap::new();
            for reference in &references {
                *counts.entry(self.key(reference, dimension)).or_default() += 1;
            }
            let mut counts: Vec<(String, usize)> = counts
                .into_iter()
                .map(|(key, n)| (label(t, dimension, &key), n))
                .collect();
            counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            counts
        };
        RaisedBy {
            responses: references.len(),
            groups: count(Dimension::Group),
            regions: count(Dimension::Region),
        }
    }
}
