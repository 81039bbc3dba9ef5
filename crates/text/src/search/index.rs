//! The index: postings per term, document lengths for BM25, facet values per document, and
//! removed documents; and the evaluation of a query against them.
//!
//! A query is evaluated from its cheapest group (the one whose rarest term is rarest): its
//! documents are listed (passing the filters and removals first, which cost an array read), and
//! every other group, then every exclusion, is checked for those candidates only, each with
//! cursors that jump ahead by blocks. A rare term AND a common one thus reads the common
//! term's postings only near the rare term's documents. Facets are counted with a flat array per
//! slot over the final candidates, and only the requested page is sorted.

use std::collections::hash_map::Entry;
use std::collections::HashMap;

use super::postings::{Cursor, Postings};
use super::query::{Clause, Query, MAX_PREFIX_TERMS};
use super::{DocId, NO_VALUE};
use crate::language::{detect, Lang, Tokenizer};

mod matching;
use matching::{FacetFilter, Form, Matcher};

/// A word whose forms hold at least one document in this many has its documents gathered in a
/// flat array (see [`Matcher::enumerate_word`]).
const DENSE_RATIO: u64 = 16;
/// BM25's term-frequency saturation.
const K1: f32 = 1.2;
/// BM25's length normalisation.
const B: f32 = 0.75;

/// The language a text is tokenised in: the one given, else the one detected, else none (each
/// word by its script). The index and snippets must agree on it.
pub(crate) fn reading_language(text: &str, lang: Option<Lang>) -> Option<Lang> {
    lang.or_else(|| detect(text))
}

/// Keep only documents whose value in slot `facet` is `value`. Filters on the same slot are
/// alternatives (OR); filters on different slots all apply (AND). A filter on a slot the index
/// does not have, or on a value no document has, matches nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Filter {
    pub facet: usize,
    pub value: u32,
}

/// A matching document and its BM25 score (0 when browsing without words).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hit {
    pub doc: DocId,
    pub score: f32,
}

/// One page of results.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Results {
    /// How many documents match (the query and all filters).
    pub total: usize,
    /// The requested page, best first; equal scores by document id ascending.
    pub hits: Vec<Hit>,
    /// Per facet slot, (value, number of matching documents) for each value that occurs among
    /// the matches (including [`NO_VALUE`]), most frequent first, then by value. Counts are over
    /// all matches, after every filter ("drill-down" counts).
    pub facets: Vec<Vec<(u32, usize)>>,
}

/// The text side of the index: terms, postings, lengths. Built in parts on several threads and
/// joined.
#[derive(Default)]
struct TextIndex {
    terms: HashMap<Box<str>, u32>,
    postings: Vec<Postings>,
    doc_lengths: Vec<u32>,
    total_length: u64,
    /// Terms per document on average, for BM25 (kept up to date by `add` and `append`).
    average_length: f32,
    tokenizer: Tokenizer,
    /// (term, position) of the document being added, reused across documents.
    scratch: Vec<(u32, u32)>,
    positions: Vec<u32>,
}

impl TextIndex {
    fn add(&mut self, text: &str, lang: Option<Lang>) -> DocId {
        let doc = self.doc_lengths.len() as DocId;
        let lang = reading_language(text, lang);
        let TextIndex {
            terms,
            postings,
            tokenizer,
            scratch,
            positions,
            ..
        } = self;
        scratch.clear();
        tokenizer.for_each_token(text, lang, |term, _, position| {
            let id = match terms.get(term) {
                Some(&id) => id,
                None => {
                    let id = postings.len() as u32;
                    terms.insert(term.into(), id);
                    postings.push(Postings::default());
                    id
                }
            };
            scratch.push((id, position));
        });
        let length = scratch.len();
        // Positions come in order, so sorting by term keeps each term's positions ascending.
        scratch.sort_unstable();
        let mut run = 0;
        while run < scratch.len() {
            let term = scratch[run].0;
            positions.clear();
            while run < scratch.len() && scratch[run].0 == term {
                positions.push(scratch[run].1);
                run += 1;
            }
            postings[term as usize].push(doc, positions);
        }
        self.doc_lengths
            .push(u32::try_from(length).unwrap_or(u32::MAX));
        self.total_length += length as u64;
        self.update_average_length();
        doc
    }

    /// Appends a part built apart; its documents come after this one's.
    fn append(&mut self, mut other: TextIndex) {
        let shift = self.doc_lengths.len() as DocId;
        let mut other_postings = std::mem::take(&mut other.postings);
        for (term, id) in other.terms {
            let postings = std::mem::take(&mut other_postings[id as usize]);
            match self.terms.entry(term) {
                Entry::Occupied(entry) => {
                    self.postings[*entry.get() as usize].append(postings, shift)
                }
                Entry::Vacant(entry) => {
                    let mut fresh = Postings::default();
                    fresh.append(postings, shift);
                    entry.insert(self.postings.len() as u32);
                    self.postings.push(fresh);
                }
            }
        }
        self.doc_lengths.extend_from_slice(&other.doc_lengths);
        self.total_length += other.total_length;
        self.update_average_length();
    }

    fn doc_count(&self) -> usize {
        self.doc_lengths.len()
    }

    fn update_average_length(&mut self) {
        self.average_length = if self.doc_lengths.is_empty() {
            1.0
        } else {
            (self.total_length as f64 / self.doc_lengths.len() as f64).max(1.0) as f32
        };
    }

    /// BM25's inverse document frequency (Lucene's form, never negative).
    fn idf(&self, doc_count: u32) -> f32 {
        let n = self.doc_count() as f32;
        let df = doc_count as f32;
        (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
    }
}

/// One facet slot: the distinct values met, as dense ordinals, and each document's ordinal.
#[derive(Default)]
struct FacetSlot {
    ordinal_of: HashMap<u32, u32>,
    values: Vec<u32>,
    per_doc: Vec<u32>,
}

impl FacetSlot {
    fn push(&mut self, value: u32) {
        let next = self.values.len() as u32;
        let ordinal = *self.ordinal_of.entry(value).or_insert(next);
        if ordinal == next {
            self.values.push(value);
        }
        self.per_doc.push(ordinal);
    }
}

/// An in-memory full-text index of documents (answers) with facet values. See the module
/// documentation.
pub struct Index {
    text: TextIndex,
    facets: Vec<FacetSlot>,
    /// One bit per document: removed.
    removed: Vec<u64>,
    removed_count: usize,
}

impl std::fmt::Debug for Index {
    // The postings of a million answers are no debugging aid: their sizes are.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Index")
            .field("documents", &self.text.doc_count())
            .field("removed", &self.removed_count)
            .field("terms", &self.term_count())
            .field("facet_slots", &self.facets.len())
            .finish()
    }
}

impl Index {
    /// An empty index whose documents each have `facet_count` facet values.
    pub fn new(facet_count: usize) -> Index {
        Index {
            text: TextIndex::default(),
            facets: (0..facet_count).map(|_| FacetSlot::default()).collect(),
            removed: Vec::new(),
            removed_count: 0,
        }
    }

    /// Builds an index of many documents at once, tokenising on all cores; the documents get
    /// ids 0, 1, 2... in the order given, as with [`Index::add`].
    pub fn build<'a>(
        facet_count: usize,
        docs: impl IntoIterator<Item = (&'a str, Option<Lang>, &'a [u32])>,
    ) -> Index {
        let docs: Vec<(&str, Option<Lang>, &[u32])> = docs.into_iter().collect();
        let mut index = Index::new(facet_count);
        for slot in &mut index.facets {
            slot.per_doc.reserve(docs.len());
        }
        for (_, _, values) in &docs {
            index.push_facets(values);
        }
        // Below a few thousand documents a thread costs more than it saves.
        let threads = std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .clamp(1, 16)
            .min(docs.len() / 2_000 + 1);
        let chunk = docs.len().div_ceil(threads).max(1);
        let parts: Vec<TextIndex> = std::thread::scope(|scope| {
            let handles: Vec<_> = docs
                .chunks(chunk)
                .map(|part| {
                    scope.spawn(move || {
                        let mut text = TextIndex::default();
                        for &(body, lang, _) in part {
                            text.add(body, lang);
                        }
                        text
                    })
                })
                .collect();
            handles
                .into_iter()
                .map(|h| {
                    h.join()
                        .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
                })
                .collect()
        });
        for part in parts {
            if index.text.doc_count() == 0 {
                index.text = part;
            } else {
                index.text.append(part);
            }
        }
        for postings in &mut index.text.postings {
            postings.shrink_to_fit();
        }
        index.text.terms.shrink_to_fit();
        index.text.scratch = Vec::new();
        index
    }

    /// Adds a document and returns its id. `lang` is its language if known (otherwise it is
    /// detected; see [`detect`]); `facets` has one value per slot, [`NO_VALUE`] for none
    /// (missing trailing values count as [`NO_VALUE`], extra ones are ignored).
    pub fn add(&mut self, text: &str, lang: Option<Lang>, facets: &[u32]) -> DocId {
        self.push_facets(facets);
        self.text.add(text, lang)
    }

    fn push_facets(&mut self, values: &[u32]) {
        for (slot, facet) in self.facets.iter_mut().enumerate() {
            facet.push(values.get(slot).copied().unwrap_or(NO_VALUE));
        }
    }

    /// Removes a document: it never matches again. Its terms stay in the statistics (as in
    /// Lucene until a merge), so scores do not shift when documents are removed. Removing an
    /// unknown or already removed document does nothing.
    pub fn remove(&mut self, doc: DocId) {
        if doc as usize >= self.text.doc_count() || self.is_removed(doc) {
            return;
        }
        let word = doc as usize / 64;
        if self.removed.len() <= word {
            self.removed.resize(word + 1, 0);
        }
        self.removed[word] |= 1 << (doc % 64);
        self.removed_count += 1;
    }

    fn is_removed(&self, doc: DocId) -> bool {
        self.removed
            .get(doc as usize / 64)
            .is_some_and(|bits| bits & (1 << (doc % 64)) != 0)
    }

    /// Number of documents not removed.
    pub fn len(&self) -> usize {
        self.text.doc_count() - self.removed_count
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Number of distinct terms.
    pub fn term_count(&self) -> usize {
        self.text.terms.len()
    }

    /// An estimate of the heap memory the index holds, in bytes.
    pub fn heap_bytes(&self) -> usize {
        let text = &self.text;
        let postings: usize = text
            .postings
            .iter()
            .map(Postings::heap_bytes)
            .sum::<usize>()
            + text.postings.capacity() * std::mem::size_of::<Postings>();
        // A hash map entry: the key's box, the id, and about one control byte; plus the key.
        let terms = text.terms.capacity() * (std::mem::size_of::<(Box<str>, u32)>() + 1)
            + text.terms.keys().map(|k| k.len()).sum::<usize>();
        let facets: usize = self
            .facets
            .iter()
            .map(|f| {
                f.per_doc.capacity() * 4 + f.values.capacity() * 4 + f.ordinal_of.capacity() * 9
            })
            .sum();
        postings + terms + facets + text.doc_lengths.capacity() * 4 + self.removed.capacity() * 8
    }

    /// The documents matching `query` and `filters`: how many, the page `offset..offset+limit`
    /// ranked by BM25, and the facet counts over all of them. An empty query (see
    /// [`Query::is_empty`]) lists every document passing the filters, by id.
    pub fn search(
        &self,
        query: &Query,
        filters: &[Filter],
        offset: usize,
        limit: usize,
    ) -> Results {
        let facet_filter = FacetFilter::new(self, filters);
        let accept = |doc: DocId| !self.is_removed(doc) && facet_filter.accepts(doc);
        let mut candidates = match self.candidates(query, &accept) {
            Some(candidates) => candidates,
            None => return self.results_of(Vec::new(), offset, limit),
        };
        for clause in &query.excluded {
            if let Some(mut matcher) = self.matcher(clause) {
                candidates.retain(|&(doc, _)| matcher.matches(doc, &self.text).is_none());
            }
        }
        self.results_of(candidates, offset, limit)
    }

    /// The documents matching the wanted groups, with scores, in id order; `None` when a group
    /// can match nothing.
    fn candidates(
        &self,
        query: &Query,
        accept: &impl Fn(DocId) -> bool,
    ) -> Option<Vec<(DocId, f32)>> {
        let mut groups: Vec<Vec<Matcher<'_>>> = Vec::with_capacity(query.groups.len());
        for group in &query.groups {
            let matchers: Vec<Matcher<'_>> = group.iter().filter_map(|c| self.matcher(c)).collect();
            if matchers.is_empty() {
                return None;
            }
            groups.push(matchers);
        }
        groups.sort_by_key(|group| group.iter().map(Matcher::cost).sum::<u64>());
        let mut groups = groups.into_iter();
        let Some(lead) = groups.next() else {
            // No words: browse everything that passes.
            return Some(
                (0..self.text.doc_count() as DocId)
                    .filter(|&doc| accept(doc))
                    .map(|doc| (doc, 0.0))
                    .collect(),
            );
        };
        let mut candidates = Vec::new();
        for mut matcher in lead {
            let mut found = Vec::new();
            matcher.enumerate(&self.text, accept, &mut found);
            candidates = if candidates.is_empty() {
                found
            } else {
                merge_adding(&candidates, &found)
            };
        }
        for mut group in groups {
            candidates.retain_mut(|(doc, score)| {
                let mut matched = false;
                for matcher in &mut group {
                    if let Some(s) = matcher.matches(*doc, &self.text) {
                        *score += s;
                        matched = true;
                    }
                }
                matched
            });
        }
        Some(candidates)
    }

    /// A matcher for a clause, or `None` if one of its words is in no document.
    fn matcher(&self, clause: &Clause) -> Option<Matcher<'_>> {
        let text = &self.text;
        let slots: Vec<Vec<Form<'_>>> = match clause {
            Clause::Words(slots) => slots
                .iter()
                .map(|forms| {
                    forms
                        .iter()
                        .filter_map(|form| text.terms.get(form.as_str()))
                        .map(|&id| Form::new(text, id))
                        .collect()
                })
                .collect(),
            Clause::Prefix(prefix) => {
                let mut ids: Vec<u32> = text
                    .terms
                    .iter()
                    .filter(|(term, _)| extends_or_is_stem_of(term, prefix))
                    .map(|(_, &id)| id)
                    .collect();
                // The most frequent words, then by id so that the choice is deterministic.
                ids.sort_unstable_by_key(|&id| {
                    (
                        std::cmp::Reverse(text.postings[id as usize].doc_count()),
                        id,
                    )
                });
                ids.truncate(MAX_PREFIX_TERMS);
                vec![ids.into_iter().map(|id| Form::new(text, id)).collect()]
            }
        };
        if slots.iter().any(Vec::is_empty) {
            return None;
        }
        // A phrase weighs as much as its words together.
        let weight = slots
            .iter()
            .map(|forms| forms.iter().map(|f| f.idf).fold(0.0, f32::max))
            .sum();
        Some(Matcher {
            slots,
            weight,
            buffers: Vec::new(),
            order: Vec::new(),
        })
    }

    fn results_of(
        &self,
        mut candidates: Vec<(DocId, f32)>,
        offset: usize,
        limit: usize,
    ) -> Results {
        let facets = self
            .facets
            .iter()
            .map(|slot| {
                let mut counts = vec![0usize; slot.values.len()];
                for &(doc, _) in &candidates {
                    counts[slot.per_doc[doc as usize] as usize] += 1;
                }
                let mut pairs: Vec<(u32, usize)> = counts
                    .into_iter()
                    .enumerate()
                    .filter(|&(_, count)| count > 0)
                    .map(|(ordinal, count)| (slot.values[ordinal], count))
                    .collect();
                pairs.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
                pairs
            })
            .collect();
        let total = candidates.len();
        let better = |a: &(DocId, f32), b: &(DocId, f32)| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0));
        let wanted = offset.saturating_add(limit).min(total);
        if wanted == 0 {
            candidates.clear();
        } else if wanted < total {
            candidates.select_nth_unstable_by(wanted - 1, better);
            candidates.truncate(wanted);
        }
        candidates.sort_unstable_by(better);
        let hits = candidates
            .into_iter()
            .skip(offset)
            .map(|(doc, score)| Hit { doc, score })
            .collect();
        Results {
            total,
            hits,
            facets,
        }
    }
}

/// Whether `term` matches the typed `prefix`: it starts with it, or it is a stem that the prefix
/// merely extends by a few letters ("negoti", the English stem of "negotiation", for
/// `negotiat*`), since the index holds stems, which are often shorter than what people type.
fn extends_or_is_stem_of(term: &str, prefix: &str) -> bool {
    /// Letters a stemmer may cut from a word that the prefix still spells out.
    const STEM_SLACK: usize = 3;
    /// Shortest stem taken for a prefix: shorter ones match too much.
    const SHORTEST_STEM: usize = 4;
    term.starts_with(prefix)
        || (prefix.starts_with(term) && {
            let (t, p) = (term.chars().count(), prefix.chars().count());
            t >= SHORTEST_STEM && t + STEM_SLACK >= p
        })
}

/// Adds two score lists sorted by document (an OR: documents of either, scores summed).
fn merge_adding(a: &[(DocId, f32)], b: &[(DocId, f32)]) -> Vec<(DocId, f32)> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => {
                out.push(a[i]);
                i += 1;
            }
            std::cmp::Ordering::Greater => {
                out.push(b[j]);
                j += 1;
            }
            std::cmp::Ordering::Equal => {
                out.push((a[i].0, a[i].1 + b[j].1));
                i += 1;
                j += 1;
            }
        }
    }
    out.extend_from_slice(&a[i..]);
    out.extend_from_slice(&b[j..]);
    out
}
