//! The search page: a query in the address (`/search?q=…&group=…`), results ranked with their
//! best passage and the words found highlighted, and facets — call, question, stakeholder
//! group, regional group, country, language, campaign — each value with its count and a link
//! that narrows (or widens again) the search. Any query is accepted: unbalanced quotes, stray
//! operators and unknown scripts are read as well as they can be, never refused.

use concord_domain::ids::CallId;
use std::collections::HashMap;

use askama::Template;
use axum::extract::{Query, State};
use axum::response::{Html, IntoResponse, Response};
use concord_domain::access::Action;
use concord_domain::document::UN_LANGUAGES;
use concord_store::{CallStore, FileTextStore, ReviewStore};
use concord_text::search::{parse, snippet, Filter, NO_VALUE};

use crate::auth::Visitor;
use crate::common::facts::attribution;
use crate::error::PageError;
use crate::i18n::{percent_encode, Tr};
use crate::search::{Corpus, Facet, Part, Source};
use crate::AppState;

/// Results on a page.
const PER_PAGE: usize = 20;
/// Length of a result's passage, in characters.
const SNIPPET_CHARS: usize = 260;
/// Values listed per facet.
const FACET_VALUES: usize = 12;
/// The facets a visitor narrows by, in the order shown.
const SHOWN: [Facet; 7] = [
    Facet::Call,
    Facet::Question,
    Facet::Group,
    Facet::Region,
    Facet::Country,
    Facet::Language,
    Facet::Campaign,
];

/// The search as the address gives it.
#[derive(Debug, Default, Clone, serde::Deserialize)]
pub(crate) struct SearchQuery {
    #[serde(default)]
    q: String,
    call: Option<String>,
    question: Option<String>,
    group: Option<String>,
    region: Option<String>,
    country: Option<String>,
    lang: Option<String>,
    campaign: Option<String>,
    part: Option<String>,
    page: Option<usize>,
}

impl SearchQuery {
    fn chosen(&self, facet: Facet) -> Option<&str> {
        match facet {
            Facet::Call => self.call.as_deref(),
            Facet::Question => self.question.as_deref(),
            Facet::Group => self.group.as_deref(),
            Facet::Region => self.region.as_deref(),
            Facet::Country => self.country.as_deref(),
            Facet::Language => self.lang.as_deref(),
            Facet::Campaign => self.campaign.as_deref(),
            Facet::Part => self.part.as_deref(),
            Facet::Access => None,
        }
        .filter(|v| !v.is_empty())
    }

    /// The address of this search with `facet` set to `value` (or cleared), from page one.
    fn with(&self, facet: Facet, value: Option<&str>) -> String {
        let mut pairs = vec![("q", self.q.clone())];
        for f in Facet::ALL {
            let v = if f == facet {
                value.map(str::to_owned)
            } else {
                self.chosen(f).map(str::to_owned)
            };
            if let Some(v) = v {
                pairs.push((f.code(), v));
            }
        }
        address(&pairs)
    }

    fn page_address(&self, page: usize) -> String {
        let mut pairs = vec![("q", self.q.clone())];
        for f in Facet::ALL {
            if let Some(v) = self.chosen(f) {
                pairs.push((f.code(), v.to_owned()));
            }
        }
        pairs.push(("page", page.to_string()));
        address(&pairs)
    }
}

fn address(pairs: &[(&str, String)]) -> String {
    let query: Vec<String> = pairs
        .iter()
        .filter(|(k, v)| !(v.is_empty() && *k == "q"))
        .map(|(k, v)| format!("{k}={}", percent_encode(v)))
        .collect();
    format!("/search?{}", query.join("&"))
}

/// One value of a facet.
pub(crate) struct FacetValue {
    pub label: String,
    pub count: usize,
    pub href: String,
    pub chosen: bool,
}

/// One facet with its values.
pub(crate) struct FacetView {
    pub code: &'static str,
    pub title: String,
    pub values: Vec<FacetValue>,
    /// The address without this facet, when one of its values is chosen.
    pub clear: Option<String>,
}

/// One result.
pub(crate) struct Hit {
    pub title: String,
    pub href: String,
    pub by: String,
    pub pieces: Vec<(String, bool)>,
    pub lang: String,
}

#[derive(Template)]
#[template(path = "search.html")]
struct SearchPage {
    t: Tr,
    q: String,
    total: usize,
    hits: Vec<Hit>,
    facets: Vec<FacetView>,
    fresh: bool,
    truncated: bool,
    previous: Option<String>,
    next: Option<String>,
    first: usize,
}

/// What a facet value stands for, in the visitor's language.
async fn value_label(
    t: &Tr,
    state: &AppState,
    facet: Facet,
    key: &str,
    titles: &mut HashMap<i64, String>,
    questions: &mut HashMap<i64, String>,
) -> Result<String, PageError> {
    Ok(match facet {
        Facet::Call => {
            let id: i64 = key.parse().unwrap_or_default();
            if let Some(title) = titles.get(&id) {
                return Ok(title.clone());
            }
            let title = state
                .store
                .call(CallId(id))
                .await?
                .map(|c| c.fields.title)
                .unwrap_or_default();
            titles.insert(id, title.clone());
            title
        }
        Facet::Question => {
            let id: i64 = key.parse().unwrap_or_default();
            questions
                .get(&id)
                .cloned()
                .unwrap_or_else(|| key.to_owned())
        }
        Facet::Group => t.code("stakeholder-group", key),
        Facet::Region => t.code("regional-group", key),
        Facet::Country => t.state_code(key),
        Facet::Language if UN_LANGUAGES.contains(&key) => t.code("language", key),
        Facet::Language => key.to_owned(),
        Facet::Campaign => {
            let (question, number) = key.split_once(':').unwrap_or((key, ""));
            let question: i64 = question.parse().unwrap_or_default();
            t.args(
                "search-campaign",
                &[
                    ("number", number.to_owned()),
                    (
                        "question",
                        questions.get(&question).cloned().unwrap_or_default(),
                    ),
                ],
            )
        }
        Facet::Part => t.code("search-part", key),
        Facet::Access => key.to_owned(),
    })
}

/// The text a result comes from, read again from the database (the index holds none).
async fn text_of(state: &AppState, source: &Source) -> Result<Option<String>, PageError> {
    Ok(match &source.part {
        Part::Answer(question) => state
            .store
            .submitted_response(CallId(source.call), &source.reference)
            .await?
            .and_then(|r| {
                r.answers
                    .into_iter()
                    .find(|a| a.question_id.0 == *question)
                    .and_then(|a| a.text)
            }),
        // The text kept when the file arrived: no file is read while a visitor waits.
        Part::File(id, _) => {
            state
                .store
                .file_text(CallId(source.call), &source.reference, *id)
                .await?
        }
    })
}

/// The search page.
pub(crate) async fn search(
    t: Tr,
    visitor: Visitor,
    State(state): State<AppState>,
    Query(query): Query<SearchQuery>,
) -> Result<Response, PageError> {
    let (corpus, fresh) = state.search.corpus(&state.store).await?;
    let parsed = parse(&query.q);
    let page = query.page.unwrap_or(1).max(1);
    let empty = Corpus::empty();
    let corpus_ref: &Corpus = corpus.as_ref().unwrap_or(&empty);
    // Everyone finds published answers; a call's withheld answers and files are found only by
    // those who review its responses. The calls in play are read once: who may read what, and
    // their titles and question labels for the facets and the results.
    let mut access = vec![corpus_ref.value_id(Facet::Access, "answer")];
    let mut titles = HashMap::new();
    let mut questions: HashMap<i64, String> = HashMap::new();
    for key in corpus_ref.keys(Facet::Call) {
        let Ok(call) = key.parse::<i64>() else {
            continue;
        };
        let Some(found) = state.store.call(CallId(call)).await? else {
            continue;
        };
        if visitor.may(Action::EditBody(found.body_id)) {
            access.push(corpus_ref.value_id(Facet::Access, &format!("file:{call}")));
            access.push(corpus_ref.value_id(Facet::Access, &format!("withheld:{call}")));
        }
        titles.insert(call, found.fields.title);
        for q in state.store.questions(CallId(call)).await? {
            questions.insert(q.id.0, q.label);
        }
    }
    let sees_files = access.len() > 1;
    let mut filters: Vec<Filter> = access
        .into_iter()
        .flatten()
        .map(|value| Filter {
            facet: Facet::Access.slot(),
            value,
        })
        .collect();
    if filters.is_empty() {
        // Nothing readable is indexed yet: match nothing rather than everything.
        filters.push(Filter {
            facet: Facet::Access.slot(),
            value: NO_VALUE - 1,
        });
    }
    let mut chosen_any = false;
    for facet in Facet::ALL {
        if let Some(key) = query.chosen(facet) {
            chosen_any = true;
            // A value the corpus does not hold matches nothing, as it should.
            let value = corpus_ref.value_id(facet, key).unwrap_or(NO_VALUE - 1);
            filters.push(Filter {
                facet: facet.slot(),
                value,
            });
        }
    }
    let searched = !query.q.trim().is_empty() || chosen_any;
    let results = if searched {
        Some(
            corpus_ref
                .index
                .search(&parsed, &filters, (page - 1) * PER_PAGE, PER_PAGE),
        )
    } else {
        None
    };
    let mut facets = Vec::new();
    let mut hits = Vec::new();
    let mut total: usize = 0;
    if let Some(results) = &results {
        total = results.total;
        for facet in SHOWN
            .iter()
            .copied()
            .chain(sees_files.then_some(Facet::Part))
        {
            let mut values = Vec::new();
            for &(value, count) in results.facets[facet.slot()].iter().take(FACET_VALUES) {
                let Some(key) = corpus_ref.key(facet, value) else {
                    continue;
                };
                values.push(FacetValue {
                    label: value_label(&t, &state, facet, key, &mut titles, &mut questions).await?,
                    count,
                    href: query.with(facet, Some(key)),
                    chosen: query.chosen(facet) == Some(key),
                });
            }
            if values.is_empty() {
                continue;
            }
            facets.push(FacetView {
                code: facet.code(),
                title: t.code("search-facet", facet.code()),
                values,
                clear: query.chosen(facet).map(|_| query.with(facet, None)),
            });
        }
        for hit in &results.hits {
            let Some(source) = corpus_ref.sources.get(hit.doc as usize) else {
                continue;
            };
            let Some(text) = text_of(&state, source).await? else {
                continue;
            };
            let response = state
                .store
                .submitted_response(CallId(source.call), &source.reference)
                .await?;
            let by = response
                .as_ref()
                .map(|r| attribution(&t, r))
                .unwrap_or_default();
            let call_title = value_label(
                &t,
                &state,
                Facet::Call,
                &source.call.to_string(),
                &mut titles,
                &mut questions,
            )
            .await?;
            let (title, href) = match &source.part {
                Part::Answer(question) => (
                    t.args(
                        "search-hit-answer",
                        &[
                            (
                                "question",
                                questions.get(question).cloned().unwrap_or_default(),
                            ),
                            ("call", call_title),
                        ],
                    ),
                    format!(
                        "/calls/{}/responses/{}#q-{question}",
                        source.call, source.reference
                    ),
                ),
                Part::File(id, name) => (
                    t.args(
                        "search-hit-file",
                        &[("file", name.clone()), ("call", call_title)],
                    ),
                    format!(
                        "/calls/{}/responses/{}/files/{id}",
                        source.call, source.reference
                    ),
                ),
            };
            hits.push(Hit {
                title,
                href,
                by,
                pieces: snippet(&text, source.lang, &parsed, SNIPPET_CHARS)
                    .into_iter()
                    .map(|p| (p.text, p.highlighted))
                    .collect(),
                lang: source.lang.map(|l| l.code().to_owned()).unwrap_or_default(),
            });
        }
    }
    let pages = total.div_ceil(PER_PAGE);
    let page_view = SearchPage {
        q: query.q.clone(),
        total,
        hits,
        facets,
        fresh: fresh || corpus.is_none() && !searched,
        truncated: parsed.is_truncated(),
        previous: (page > 1).then(|| query.page_address(page - 1)),
        next: (page < pages).then(|| query.page_address(page + 1)),
        first: (page - 1) * PER_PAGE + 1,
        t,
    };
    Ok(Html(page_view.render()?).into_response())
}
