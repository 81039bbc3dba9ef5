//! Full-text search of published answers and of the text of the files received with them, on
//! `concord-text`'s own engine rather than SQLite FTS5 or PostgreSQL's text search: one
//! tokeniser for the six UN languages (Chinese segmented, Arabic normalised) gives the same
//! results on both databases, and facets are counted in the same pass.
//!
//! The index lives in memory and holds no text. It is built from the database in the
//! background and rebuilt whenever the corpus stamp (the last audit entry and ledger entry)
//! changes: a search waits briefly for a rebuild in progress, then answers from the index it
//! has, and says the newest changes are still being indexed.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use concord_domain::call::{Call, Publication};
use concord_domain::statistics::{key_of, Dimension};
use concord_store::{CallStore, CorpusStore, ListedResponse, ReviewStore, Store};
use concord_text::campaigns;
use concord_text::extract::{plain_text, Format};
use concord_text::language::Lang;
use concord_text::search::{Index, NO_VALUE};
use tokio::sync::{Mutex, Notify, RwLock};

use crate::pages::statistics_facts;

/// How many facet slots the index has.
const FACETS: usize = Facet::ALL.len();

/// How long a search waits for a rebuild before answering from the index it has.
const WAIT_FOR_REBUILD: Duration = Duration::from_secs(2);

/// The facets, in slot order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Facet {
    /// The call.
    Call,
    /// The question (none for a file).
    Question,
    /// The respondent's stakeholder group.
    Group,
    /// The regional group of the respondent's country.
    Region,
    /// The respondent's country.
    Country,
    /// The response's language.
    Language,
    /// The campaign of near-identical answers the answer belongs to.
    Campaign,
    /// An answer or a received file (files are read only by those who may see them).
    Part,
}

impl Facet {
    /// Every facet, in slot order.
    pub const ALL: [Facet; 8] = [
        Facet::Call,
        Facet::Question,
        Facet::Group,
        Facet::Region,
        Facet::Country,
        Facet::Language,
        Facet::Campaign,
        Facet::Part,
    ];

    /// Its name in addresses (`?group=civil_society`).
    pub fn code(self) -> &'static str {
        match self {
            Facet::Call => "call",
            Facet::Question => "question",
            Facet::Group => "group",
            Facet::Region => "region",
            Facet::Country => "country",
            Facet::Language => "lang",
            Facet::Campaign => "campaign",
            Facet::Part => "part",
        }
    }

    /// Its slot in the index.
    pub fn slot(self) -> usize {
        Facet::ALL.iter().position(|f| *f == self).unwrap_or(0)
    }
}

/// Where a document of the index comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// The call.
    pub call: i64,
    /// The response's reference.
    pub reference: String,
    /// The question answered, or the file received.
    pub part: Part,
    /// The language the text was indexed in.
    pub lang: Option<Lang>,
}

/// An answer or a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    /// The answer to this question.
    Answer(i64),
    /// The file with this id and name.
    File(i64, String),
}

/// An index with what its documents are and what its facet values stand for.
pub struct Corpus {
    /// The stamp of the data it was built from.
    pub stamp: String,
    /// The engine's index.
    pub index: Index,
    /// Document id → its source.
    pub sources: Vec<Source>,
    /// Per facet slot, value id → the key it stands for (a call id, a group code…).
    pub values: Vec<Vec<String>>,
    /// Files whose text could not be read: (reference, file name, why).
    pub unreadable: Vec<(String, String, String)>,
}

impl Corpus {
    /// A corpus with nothing in it, searched before the first index is built.
    pub fn empty() -> Corpus {
        Corpus {
            stamp: String::new(),
            index: Index::new(FACETS),
            sources: Vec::new(),
            values: vec![Vec::new(); FACETS],
            unreadable: Vec::new(),
        }
    }

    /// The value id of `key` in `facet`, if the corpus has it.
    pub fn value_id(&self, facet: Facet, key: &str) -> Option<u32> {
        self.values[facet.slot()]
            .iter()
            .position(|k| k == key)
            .and_then(|at| u32::try_from(at).ok())
    }
}

/// Assigns small ids to facet keys.
#[derive(Default)]
struct Values {
    ids: Vec<HashMap<String, u32>>,
    keys: Vec<Vec<String>>,
}

impl Values {
    fn new() -> Values {
        Values {
            ids: vec![HashMap::new(); Facet::ALL.len()],
            keys: vec![Vec::new(); Facet::ALL.len()],
        }
    }

    fn id(&mut self, facet: Facet, key: &str) -> u32 {
        if key.is_empty() {
            return NO_VALUE;
        }
        let slot = facet.slot();
        if let Some(&id) = self.ids[slot].get(key) {
            return id;
        }
        let id = u32::try_from(self.keys[slot].len()).unwrap_or(NO_VALUE);
        self.ids[slot].insert(key.to_owned(), id);
        self.keys[slot].push(key.to_owned());
        id
    }
}

/// Whether the public may read a response (the call publishes, consent, not hidden).
fn published(call: &Call, r: &ListedResponse) -> bool {
    call.fields.publication == Publication::WithConsent && r.consent_publish && r.hidden.is_none()
}

/// One document to index: its text, language, facet values and source.
struct Pending {
    text: String,
    lang: Option<Lang>,
    facets: [u32; FACETS],
    source: Source,
}

/// Reads everything searchable and builds the index.
async fn build(store: &Store) -> concord_store::Result<Corpus> {
    let stamp = store.corpus_stamp().await?;
    let mut values = Values::new();
    let mut pending: Vec<Pending> = Vec::new();
    let mut files = Vec::new();
    for call_id in store.call_ids().await? {
        let Some(call) = store.call(call_id).await? else {
            continue;
        };
        let responses: Vec<ListedResponse> = store
            .submitted_responses(call_id)
            .await?
            .into_iter()
            .filter(|r| published(&call, r))
            .collect();
        if responses.is_empty() {
            continue;
        }
        let call_value = values.id(Facet::Call, &call_id.to_string());
        // What every part of a response is counted under; the question is filled per answer.
        let mut respondent: HashMap<&str, [u32; FACETS]> = HashMap::new();
        for r in &responses {
            let facts = statistics_facts(r);
            let mut facets = [NO_VALUE; FACETS];
            facets[Facet::Call.slot()] = call_value;
            for (facet, dimension) in [
                (Facet::Group, Dimension::Group),
                (Facet::Region, Dimension::Region),
                (Facet::Country, Dimension::Country),
            ] {
                facets[facet.slot()] = values.id(facet, &key_of(dimension, &facts));
            }
            facets[Facet::Language.slot()] = values.id(Facet::Language, &r.lang);
            facets[Facet::Part.slot()] = values.id(Facet::Part, "answer");
            respondent.insert(r.reference.as_str(), facets);
        }
        let mut by_question: HashMap<i64, Vec<usize>> = HashMap::new();
        for r in &responses {
            let lang = Lang::from_code(&r.lang);
            for answer in &r.answers {
                let Some(text) = answer.text.as_deref().filter(|t| !t.trim().is_empty()) else {
                    continue;
                };
                let mut facets = respondent[r.reference.as_str()];
                facets[Facet::Question.slot()] =
                    values.id(Facet::Question, &answer.question_id.to_string());
                by_question
                    .entry(answer.question_id)
                    .or_default()
                    .push(pending.len());
                pending.push(Pending {
                    text: text.to_owned(),
                    lang,
                    facets,
                    source: Source {
                        call: call_id,
                        reference: r.reference.clone(),
                        part: Part::Answer(answer.question_id),
                        lang,
                    },
                });
            }
        }
        for file in store.corpus_files(call_id).await? {
            if let Some(facets) = respondent.get(file.reference.as_str()) {
                let mut facets = *facets;
                facets[Facet::Part.slot()] = values.id(Facet::Part, "file");
                files.push((call_id, facets, file));
            }
        }
        // Campaigns are found per question, among the answers to it.
        let mut questions: Vec<(i64, Vec<usize>)> = by_question.into_iter().collect();
        questions.sort_by_key(|(q, _)| *q);
        for (question, members) in questions {
            let docs: Vec<(String, &str)> = members
                .iter()
                .map(|&at| (at.to_string(), pending[at].text.as_str()))
                .collect();
            let borrowed: Vec<(&str, &str)> = docs.iter().map(|(k, t)| (k.as_str(), *t)).collect();
            let options = campaigns::Options {
                threads: 1,
                ..campaigns::Options::default()
            };
            let found: Vec<Vec<usize>> = campaigns::group(&borrowed, &options)
                .iter()
                .map(|c| c.members().filter_map(|m| m.parse().ok()).collect())
                .collect();
            for (number, members) in found.into_iter().enumerate() {
                let key = format!("{question}:{}", number + 1);
                let id = values.id(Facet::Campaign, &key);
                for at in members {
                    pending[at].facets[Facet::Campaign.slot()] = id;
                }
            }
        }
    }
    let mut unreadable = Vec::new();
    for (call, facets, file) in files {
        let Some(format) = Format::from_media_type(&file.media_type) else {
            continue;
        };
        match plain_text(format, &file.content) {
            Ok(text) if !text.trim().is_empty() => {
                let lang = concord_text::language::detect(&text);
                pending.push(Pending {
                    text,
                    lang,
                    facets,
                    source: Source {
                        call,
                        reference: file.reference.clone(),
                        part: Part::File(file.id, file.file_name.clone()),
                        lang,
                    },
                });
            }
            Ok(_) => {}
            Err(error) => unreadable.push((file.reference, file.file_name, error.to_string())),
        }
    }
    let (index, sources) = tokio::task::spawn_blocking(move || {
        let index = Index::build(
            Facet::ALL.len(),
            pending
                .iter()
                .map(|p| (p.text.as_str(), p.lang, &p.facets[..])),
        );
        let sources = pending.into_iter().map(|p| p.source).collect();
        (index, sources)
    })
    .await
    .map_err(|e| concord_store::StoreError::Failed(format!("the index was not built: {e}")))?;
    Ok(Corpus {
        stamp,
        index,
        sources,
        values: values.keys,
        unreadable,
    })
}

/// The search index of the running server.
#[derive(Default)]
pub struct SearchService {
    current: RwLock<Option<Arc<Corpus>>>,
    rebuilding: Mutex<()>,
    built: Notify,
}

impl std::fmt::Debug for SearchService {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchService").finish_non_exhaustive()
    }
}

impl SearchService {
    /// An empty service; the first search or [`SearchService::warm`] builds the index.
    pub fn new() -> Arc<SearchService> {
        Arc::new(SearchService::default())
    }

    /// Builds the index in the background now, so that the first search finds it ready.
    pub fn warm(self: &Arc<Self>, store: Store) {
        let service = Arc::clone(self);
        tokio::spawn(async move { service.rebuild(store).await });
    }

    async fn rebuild(self: Arc<Self>, store: Store) {
        // One rebuild at a time; a rebuild that finds the index fresh does nothing.
        let _guard = self.rebuilding.lock().await;
        let fresh = match (
            store.corpus_stamp().await,
            self.current.read().await.as_ref(),
        ) {
            (Ok(stamp), Some(corpus)) => corpus.stamp == stamp,
            _ => false,
        };
        if !fresh {
            match build(&store).await {
                Ok(corpus) => *self.current.write().await = Some(Arc::new(corpus)),
                Err(error) => tracing::error!(%error, "the search index was not rebuilt"),
            }
        }
        self.built.notify_waiters();
    }

    /// The index to search, and whether it holds the latest changes. A stale index is
    /// rebuilt in the background; the search waits a little for it.
    pub async fn corpus(
        self: &Arc<Self>,
        store: &Store,
    ) -> concord_store::Result<(Option<Arc<Corpus>>, bool)> {
        let stamp = store.corpus_stamp().await?;
        if let Some(corpus) = self.current.read().await.clone() {
            if corpus.stamp == stamp {
                return Ok((Some(corpus), true));
            }
        }
        let built = self.built.notified();
        tokio::pin!(built);
        built.as_mut().enable();
        let service = Arc::clone(self);
        let background = store.clone();
        tokio::spawn(async move { service.rebuild(background).await });
        let _ = tokio::time::timeout(WAIT_FOR_REBUILD, built).await;
        let corpus = self.current.read().await.clone();
        let fresh = corpus.as_ref().is_some_and(|c| c.stamp == stamp);
        Ok((corpus, fresh))
    }
}
