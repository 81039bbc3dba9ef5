//! The short rows in which one area's records appear on another area's page: a body's calls,
//! texts, topics and documents on the body's page, a meeting's documents on the meeting's.

use concord_domain::access::Action;
use concord_domain::body::Body;
use concord_domain::call::CallState;
use concord_domain::document::Document;
use concord_domain::ids::VersionNo;
use concord_domain::topic::TopicState;
use concord_store::{CallStore, MeetingStore, TextStore, TopicStore};

use super::time::deadline_text;
use crate::auth::Visitor;
use crate::error::PageError;
use crate::i18n::Tr;
use crate::AppState;

/// A call as the body's page lists it.
pub(crate) struct CallRow {
    pub id: i64,
    pub title: String,
    pub lang: String,
    pub state: String,
    pub deadline: String,
    pub illustrative: bool,
}

/// The calls of a body the visitor may see: drafts only for those who prepare them.
pub(crate) async fn call_rows(
    t: &Tr,
    visitor: &Visitor,
    state: &AppState,
    body: &Body,
) -> Result<Vec<CallRow>, PageError> {
    let editor = visitor.may(Action::EditBody(body.id));
    Ok(state
        .store
        .calls(body.id)
        .await?
        .into_iter()
        .filter(|c| editor || c.state != CallState::Draft)
        .map(|c| CallRow {
            id: c.id.0,
            deadline: deadline_text(t, &c),
            state: t.code("call-state", c.state.code()),
            title: c.fields.title,
            lang: c.fields.lang,
            illustrative: c.fields.illustrative,
        })
        .collect())
}

/// A text as the body's page lists it.
pub(crate) struct TextRow {
    pub id: i64,
    pub title: String,
    pub kind: String,
    pub lang: String,
    pub version: VersionNo,
}

/// The rows of a body's texts, newest first.
pub(crate) async fn text_rows(
    t: &Tr,
    state: &AppState,
    body: &Body,
) -> Result<Vec<TextRow>, PageError> {
    Ok(state
        .store
        .texts(body.id)
        .await?
        .into_iter()
        .map(|text| TextRow {
            id: text.id.0,
            kind: t.code("text-kind", text.fields.kind.code()),
            title: text.fields.title,
            lang: text.fields.lang,
            version: text.version,
        })
        .collect())
}

/// A topic as the body's page lists it.
pub(crate) struct TopicRow {
    pub id: i64,
    pub title: String,
    pub description: Option<String>,
    pub lang: String,
    pub state: String,
    pub proposed: bool,
    /// "Agreed on 8 November 2013, at the second meeting: …, recorded by …".
    pub decision: Option<String>,
    /// The issues and themes it was drawn from: (what, how many responses raised it, link).
    pub origins: Vec<(String, String, String)>,
}
/// The rows of a body's topics.
pub(crate) async fn topic_rows(
    t: &Tr,
    state: &AppState,
    body: &Body,
) -> Result<Vec<TopicRow>, PageError> {
    let meetings = state.store.meetings(body.id).await?;
    let mut origins = origins(t, state, body).await?;
    Ok(state
        .store
        .topics(body.id)
        .await?
        .into_iter()
        .map(|topic| {
            let decision = topic.decision.as_ref().map(|d| {
                let meeting = d
                    .meeting_id
                    .and_then(|id| meetings.iter().find(|m| m.id == id))
                    .map(|m| m.fields.title.clone());
                let key = match meeting {
                    Some(_) => "topic-decision",
                    None => "topic-decision-outside-meeting",
                };
                t.args(
                    key,
                    &[
                        ("date", t.date(d.decided_on)),
                        ("meeting", meeting.unwrap_or_default()),
                        ("basis", d.basis.clone()),
                        ("by", topic.decided_by.clone().unwrap_or_default()),
                    ],
                )
            });
            TopicRow {
                origins: origins.remove(&topic.id.0).unwrap_or_default(),
                id: topic.id.0,
                state: t.code("topic-state", topic.state.code()),
                proposed: topic.state == TopicState::Proposed,
                title: topic.fields.title,
                description: topic.fields.description,
                lang: topic.fields.lang,
                decision,
            }
        })
        .collect())
}

/// A document in the register, as the body's page shows it.
pub(crate) struct DocumentRow {
    /// Its id, in the address of its page (`/bodies/B/documents/N`).
    pub id: i64,
    pub symbol: String,
    pub title: String,
    pub lang: String,
    pub kind: String,
    pub issued: String,
    pub languages: String,
    pub url: Option<String>,
    pub latest: bool,
}

/// The register's rows: within each document, the latest version is marked.
pub(crate) fn document_rows(t: &Tr, documents: &[Document]) -> Vec<DocumentRow> {
    documents
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let latest = documents
                .get(i + 1)
                .is_none_or(|next| next.base_symbol() != d.base_symbol());
            DocumentRow {
                id: d.id.0,
                symbol: d.fields.symbol.to_string(),
                title: d.fields.title.clone(),
                lang: d.fields.lang.clone(),
                kind: t.code("document-type", d.fields.doc_type.code()),
                issued: d
                    .fields
                    .issued_on
                    .map(|day| t.date(day))
                    .unwrap_or_default(),
                languages: d
                    .fields
                    .languages
                    .iter()
                    .map(|l| l.to_uppercase())
                    .collect::<Vec<_>>()
                    .join(" "),
                url: d.fields.url.clone(),
                latest,
            }
        })
        .collect()
}

/// Where each of a body's topics was drawn from, with the responses behind each source.
async fn origins(
    t: &Tr,
    state: &AppState,
    body: &Body,
) -> Result<std::collections::HashMap<i64, Vec<(String, String, String)>>, PageError> {
    use concord_store::{PolicyIssueStore, ThemeStore, TopicSource};
    let mut by_topic: std::collections::HashMap<i64, Vec<(String, String, String)>> =
        std::collections::HashMap::new();
    let mut issues = std::collections::HashMap::new();
    let mut codings = std::collections::HashMap::new();
    for origin in state.store.topic_origins(body.id).await? {
        let call = origin.call_id;
        let (what, responses, href) = match origin.source {
            TopicSource::Issue(id) => {
                if let std::collections::hash_map::Entry::Vacant(entry) = issues.entry(call) {
                    entry.insert(state.store.policy_issues(call).await?);
                }
                let mut references: Vec<&str> = issues[&call]
                    .iter()
                    .filter(|i| i.id == id)
                    .flat_map(|i| i.sources.iter().map(|s| s.reference.as_str()))
                    .collect();
                references.sort_unstable();
                references.dedup();
                (
                    format!("I{} {}", origin.number, origin.title),
                    references.len(),
                    format!("/calls/{call}/issues/{}", origin.number),
                )
            }
            TopicSource::Theme(id) => {
                if let std::collections::hash_map::Entry::Vacant(entry) = codings.entry(call) {
                    entry.insert(state.store.codings(call).await?);
                }
                let coded = codings[&call]
                    .iter()
                    .filter(|c| c.theme_id == id && c.applied)
                    .count();
                (
                    format!("T{} {}", origin.number, origin.title),
                    coded,
                    format!("/calls/{call}/themes/{}", origin.number),
                )
            }
        };
        by_topic.entry(origin.topic.0).or_default().push((
            what,
            t.count("topic-origin-responses", responses),
            href,
        ));
    }
    Ok(by_topic)
}
