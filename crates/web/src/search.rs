//! Full-text search of answers and of the text of the files received with them, on
//! `concord-text`'s own engine rather than SQLite FTS5 or PostgreSQL's text search: one
//! tokeniser for the six UN languages (Chinese segmented, Arabic normalised) gives the same
//! results on both databases, and facets are counted in the same pass.
//!
//! The index lives in memory and holds no text. It is built from the database in the
//! background and kept up to date by the corpus stamp (the last audit entry of a kind search
//! shows, the last ledger entry, the files whose text has been read): when only the ledger has
//! moved, the responses submitted or corrected since are replaced in place; any other change
//! rebuilds it. Files are indexed by the text read once after they arrived
//! ([`crate::file_text`]); a rebuild first reads any not read yet. A search waits briefly for either, then answers from
//! the index it has, and says the newest changes are still being indexed. The public finds
//! published answers; withheld answers and received files are found only by those who review
//! the call's responses (an access facet every search filters on).

use concord_domain::ids::CallId;
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;
use std::time::Duration;

use concord_domain::call::Call;
use concord_domain::statistics::{key_of, Dimension};
use concord_store::{
    CallStore, CorpusFile, CorpusStamp, CorpusStore, ListedResponse, ReviewStore, Store,
};
use concord_text::campaigns;
use concord_text::language::Lang;
use concord_text::search::{DocId, Index, NO_VALUE};
use tokio::sync::{Mutex, Notify, RwLock, RwLockReadGuard};

use crate::common::facts::facts_of as statistics_facts;

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
    /// An answer or a received file.
    Part,
    /// Who may find it: `answer` (everyone), or `withheld:{call}` and `file:{call}` (those who
    /// review the call's responses). Never shown; every search filters on it.
    Access,
}

impl Facet {
    /// Every facet, in slot order.
    pub const ALL: [Facet; 9] = [
        Facet::Call,
        Facet::Question,
        Facet::Group,
        Facet::Region,
        Facet::Country,
        Facet::Language,
        Facet::Campaign,
        Facet::Part,
        Facet::Access,
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
            Facet::Access => "access",
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
    /// Where the data stood when it was last brought up to date.
    pub stamp: CorpusStamp,
    /// The engine's index.
    pub index: Index,
    /// Document id → its source.
    pub sources: Vec<Source>,
    /// Facet keys and their value ids.
    values: Values,
    /// Each response's documents, to replace them when it changes.
    by_reference: HashMap<String, Vec<DocId>>,
    /// Files whose text could not be read: (reference, file name, why).
    pub unreadable: Vec<(String, String, String)>,
}

impl Corpus {
    /// A corpus with nothing in it, searched before the first index is built.
    pub fn empty() -> Corpus {
        Corpus {
            stamp: CorpusStamp::default(),
            index: Index::new(FACETS),
            sources: Vec::new(),
            values: Values::new(),
            by_reference: HashMap::new(),
            unreadable: Vec::new(),
        }
    }

    /// The value id of `key` in `facet`, if the corpus has it.
    pub fn value_id(&self, facet: Facet, key: &str) -> Option<u32> {
        self.values.ids[facet.slot()].get(key).copied()
    }

    /// The key a value id of `facet` stands for.
    pub fn key(&self, facet: Facet, value: u32) -> Option<&str> {
        self.values.keys[facet.slot()]
            .get(value as usize)
            .map(String::as_str)
    }

    /// The keys of `facet` the corpus holds.
    pub fn keys(&self, facet: Facet) -> &[String] {
        &self.values.keys[facet.slot()]
    }

    /// Adds documents, noting which response each belongs to.
    fn add(&mut self, pending: Vec<Pending>) {
        for p in pending {
            let doc = self.index.add(&p.text, p.lang, &p.facets);
            self.by_reference
                .entry(p.source.reference.clone())
                .or_default()
                .push(doc);
            self.sources.push(p.source);
        }
    }

    /// Takes a response's documents out of the index (they never match again).
    fn remove(&mut self, reference: &str) {
        for doc in self.by_reference.remove(reference).unwrap_or_default() {
            self.index.remove(doc);
        }
    }
}

/// Assigns small ids to facet keys.
#[derive(Clone)]
struct Values {
    ids: Vec<HashMap<String, u32>>,
    keys: Vec<Vec<String>>,
}

impl Values {
    fn new() -> Values {
        Values {
            ids: vec![HashMap::new(); FACETS],
            keys: vec![Vec::new(); FACETS],
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

/// One document to index: its text, language, facet values and source.
struct Pending {
    text: String,
    lang: Option<Lang>,
    facets: [u32; FACETS],
    source: Source,
}

/// What every part of a response is counted under; the question is set per answer. An answer
/// the public may not read is found only by those who review the call's responses.
fn respondent_facets(
    values: &mut Values,
    call: i64,
    r: &ListedResponse,
    readable: bool,
) -> [u32; FACETS] {
    let facts = statistics_facts(r);
    let mut facets = [NO_VALUE; FACETS];
    facets[Facet::Call.slot()] = values.id(Facet::Call, &call.to_string());
    for (facet, dimension) in [
        (Facet::Group, Dimension::Group),
        (Facet::Region, Dimension::Region),
        (Facet::Country, Dimension::Country),
    ] {
        facets[facet.slot()] = values.id(facet, &key_of(dimension, &facts));
    }
    facets[Facet::Language.slot()] = values.id(Facet::Language, &r.lang);
    facets[Facet::Part.slot()] = values.id(Facet::Part, "answer");
    let access = if readable {
        "answer".to_owned()
    } else {
        format!("withheld:{call}")
    };
    facets[Facet::Access.slot()] = values.id(Facet::Access, &access);
    facets
}

/// The documents of a response's written answers.
fn answer_docs(values: &mut Values, call: i64, r: &ListedResponse, readable: bool) -> Vec<Pending> {
    let common = respondent_facets(values, call, r, readable);
    let lang = Lang::from_code(&r.lang);
    r.answers
        .iter()
        .filter_map(|answer| {
            let text = answer.text.as_deref().filter(|t| !t.trim().is_empty())?;
            let mut facets = common;
            facets[Facet::Question.slot()] =
                values.id(Facet::Question, &answer.question_id.to_string());
            Some(Pending {
                text: text.to_owned(),
                lang,
                facets,
                source: Source {
                    call,
                    reference: r.reference.clone(),
                    part: Part::Answer(answer.question_id.0),
                    lang,
                },
            })
        })
        .collect()
}

/// The document of a received file, if its text could be read; otherwise why not.
fn file_doc(
    values: &mut Values,
    call: i64,
    r: &ListedResponse,
    file: CorpusFile,
) -> Option<Result<Pending, (String, String, String)>> {
    match file.text {
        Ok(text) if !text.trim().is_empty() => {
            let mut facets = respondent_facets(values, call, r, false);
            facets[Facet::Part.slot()] = values.id(Facet::Part, "file");
            facets[Facet::Access.slot()] = values.id(Facet::Access, &format!("file:{call}"));
            let lang = concord_text::language::detect(&text);
            Some(Ok(Pending {
                text,
                lang,
                facets,
                source: Source {
                    call,
                    reference: file.reference,
                    part: Part::File(file.id, file.file_name),
                    lang,
                },
            }))
        }
        Ok(_) => None,
        Err(error) => Some(Err((file.reference, file.file_name, error))),
    }
}

/// Marks the campaigns among each question's answers (near-identical answers), in place.
fn mark_campaigns(values: &mut Values, pending: &mut [Pending]) {
    let mut by_question: BTreeMap<(i64, i64), Vec<usize>> = BTreeMap::new();
    for (at, p) in pending.iter().enumerate() {
        if let Part::Answer(question) = p.source.part {
            by_question
                .entry((p.source.call, question))
                .or_default()
                .push(at);
        }
    }
    let options = campaigns::Options {
        threads: 1,
        ..campaigns::Options::default()
    };
    for ((_, question), members) in by_question {
        let ids: Vec<String> = members.iter().map(usize::to_string).collect();
        let docs: Vec<(&str, &str)> = ids
            .iter()
            .zip(&members)
            .map(|(id, &at)| (id.as_str(), pending[at].text.as_str()))
            .collect();
        let found: Vec<Vec<usize>> = campaigns::group(&docs, &options)
            .iter()
            .map(|c| c.members().filter_map(|m| m.parse().ok()).collect())
            .collect();
        for (number, members) in found.into_iter().enumerate() {
            let id = values.id(Facet::Campaign, &format!("{question}:{}", number + 1));
            for at in members {
                pending[at].facets[Facet::Campaign.slot()] = id;
            }
        }
    }
}

/// Reads everything searchable and builds the index.
async fn build(store: &Store) -> concord_store::Result<Corpus> {
    let stamp = store.corpus_stamp().await?;
    let mut values = Values::new();
    let mut pending: Vec<Pending> = Vec::new();
    let mut unreadable = Vec::new();
    for call_id in store.call_ids().await? {
        let Some(call) = store.call(CallId(call_id)).await? else {
            continue;
        };
        let responses: HashMap<String, ListedResponse> = store
            .submitted_responses(CallId(call_id))
            .await?
            .into_iter()
            .map(|r| (r.reference.clone(), r))
            .collect();
        if responses.is_empty() {
            continue;
        }
        let mut ordered: Vec<&ListedResponse> = responses.values().collect();
        ordered.sort_by(|a, b| a.reference.cmp(&b.reference));
        for r in ordered {
            let readable = r.is_public(&call);
            pending.extend(answer_docs(&mut values, call_id, r, readable));
        }
        for file in store.corpus_files(CallId(call_id), None).await? {
            let Some(r) = responses.get(&file.reference) else {
                continue;
            };
            match file_doc(&mut values, call_id, r, file) {
                Some(Ok(doc)) => pending.push(doc),
                Some(Err(why)) => unreadable.push(why),
                None => {}
            }
        }
    }
    let (index, sources, by_reference, values) = tokio::task::spawn_blocking(move || {
        mark_campaigns(&mut values, &mut pending);
        let index = Index::build(
            FACETS,
            pending
                .iter()
                .map(|p| (p.text.as_str(), p.lang, &p.facets[..])),
        );
        let mut by_reference: HashMap<String, Vec<DocId>> = HashMap::new();
        for (doc, p) in pending.iter().enumerate() {
            by_reference
                .entry(p.source.reference.clone())
                .or_default()
                .push(u32::try_from(doc).unwrap_or(DocId::MAX));
        }
        let sources = pending.into_iter().map(|p| p.source).collect();
        (index, sources, by_reference, values)
    })
    .await
    .map_err(|e| concord_store::StoreError::Failed(format!("the index was not built: {e}")))?;
    Ok(Corpus {
        stamp,
        index,
        sources,
        values,
        by_reference,
        unreadable,
    })
}

/// The documents of the responses submitted or corrected after ledger entry `since`, read
/// with a copy of the corpus's facet values: (reference, its documents now; none when it is
/// not published).
async fn changed_since(
    store: &Store,
    values: &mut Values,
    since: i64,
) -> concord_store::Result<Vec<(String, Vec<Pending>)>> {
    let mut seen = std::collections::HashSet::new();
    let mut changes = Vec::new();
    let mut calls: HashMap<i64, Option<Call>> = HashMap::new();
    for (call_id, reference) in store.ledger_since(since).await? {
        if !seen.insert(reference.clone()) {
            continue;
        }
        if let std::collections::hash_map::Entry::Vacant(entry) = calls.entry(call_id) {
            entry.insert(store.call(CallId(call_id)).await?);
        }
        let Some(call) = calls[&call_id].as_ref() else {
            continue;
        };
        let Some(r) = store
            .submitted_response(CallId(call_id), &reference)
            .await?
        else {
            changes.push((reference, Vec::new()));
            continue;
        };
        let readable = r.is_public(call);
        let mut docs = answer_docs(values, call_id, &r, readable);
        for file in store
            .corpus_files(CallId(call_id), Some(&reference))
            .await?
        {
            if let Some(Ok(doc)) = file_doc(values, call_id, &r, file) {
                docs.push(doc);
            }
        }
        changes.push((reference, docs));
    }
    Ok(changes)
}

/// The search index of the running server.
#[derive(Default)]
pub struct SearchService {
    current: RwLock<Option<Corpus>>,
    rebuilding: Mutex<()>,
    built: Notify,
    extractor: crate::file_text::Extractor,
}

impl std::fmt::Debug for SearchService {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchService").finish_non_exhaustive()
    }
}

impl SearchService {
    /// An empty service; the first search or [`SearchService::warm`] builds the index, reading
    /// the text of files not read yet with `extractor`.
    pub fn new(extractor: crate::file_text::Extractor) -> Arc<SearchService> {
        Arc::new(SearchService {
            extractor,
            ..SearchService::default()
        })
    }

    /// Builds the index in the background now, so that the first search finds it ready.
    pub fn warm(self: &Arc<Self>, store: Store) {
        let service = Arc::clone(self);
        tokio::spawn(async move { service.refresh(store).await });
    }

    /// Brings the index up to date: new submissions and corrections alone (the ledger moved,
    /// nothing else did) are added to it in place; any other change rebuilds it.
    async fn refresh(self: Arc<Self>, store: Store) {
        // One refresh at a time; a refresh that finds the index fresh does nothing.
        let _guard = self.rebuilding.lock().await;
        if let Err(error) = self.bring_up_to_date(&store).await {
            tracing::error!(%error, "the search index was not brought up to date");
        }
        self.built.notify_waiters();
    }

    async fn bring_up_to_date(&self, store: &Store) -> concord_store::Result<()> {
        // Files that arrived since the text worker last looked are read first (in the worker's
        // budget), so that an index never waits on them.
        crate::file_text::read_unread(store, &self.extractor).await?;
        let stamp = store.corpus_stamp().await?;
        let (known, values) = match self.current.read().await.as_ref() {
            Some(corpus) => (Some(corpus.stamp), Some(corpus.values.clone())),
            None => (None, None),
        };
        match (known, values) {
            (Some(known), _) if known == stamp => Ok(()),
            (Some(known), Some(mut values))
                if known.audit == stamp.audit && known.ledger < stamp.ledger =>
            {
                // Read outside the lock, so searches go on meanwhile; then apply at once.
                let changes = changed_since(store, &mut values, known.ledger).await?;
                let mut current = self.current.write().await;
                if let Some(corpus) = current.as_mut() {
                    corpus.values = values;
                    for (reference, docs) in changes {
                        corpus.remove(&reference);
                        corpus.add(docs);
                    }
                    corpus.stamp = stamp;
                }
                Ok(())
            }
            _ => {
                let corpus = build(store).await?;
                *self.current.write().await = Some(corpus);
                Ok(())
            }
        }
    }

    /// The index to search, and whether it holds the latest changes. A stale index is brought
    /// up to date in the background; the search waits a little for it.
    pub async fn corpus(
        self: &Arc<Self>,
        store: &Store,
    ) -> concord_store::Result<(RwLockReadGuard<'_, Option<Corpus>>, bool)> {
        let stamp = store.corpus_stamp().await?;
        {
            let current = self.current.read().await;
            if current.as_ref().is_some_and(|c| c.stamp == stamp) {
                return Ok((current, true));
            }
        }
        let built = self.built.notified();
        tokio::pin!(built);
        built.as_mut().enable();
        let service = Arc::clone(self);
        let background = store.clone();
        tokio::spawn(async move { service.refresh(background).await });
        let _ = tokio::time::timeout(WAIT_FOR_REBUILD, built).await;
        let current = self.current.read().await;
        let fresh = current.as_ref().is_some_and(|c| c.stamp == stamp);
        Ok((current, fresh))
    }
}
