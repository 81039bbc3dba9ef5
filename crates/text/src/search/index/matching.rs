//! Matching a query against the index: the facet filters as tables of accepted values, and the
//! clause matchers that walk postings in document order with BM25 scores (`K1`, `B` in the
//! parent module).

use super::*;

/// The filters of a search, per slot as a table of accepted ordinals.
pub(super) struct FacetFilter<'a> {
    pub(super) slots: Vec<(&'a [u32], Vec<bool>)>,
    pub(super) impossible: bool,
}

impl<'a> FacetFilter<'a> {
    pub(super) fn new(index: &'a Index, filters: &[Filter]) -> Self {
        let mut slots: Vec<(usize, Vec<bool>)> = Vec::new();
        let mut impossible = false;
        for filter in filters {
            let Some(slot) = index.facets.get(filter.facet) else {
                impossible = true;
                continue;
            };
            let position = match slots.iter().position(|(s, _)| *s == filter.facet) {
                Some(p) => p,
                None => {
                    slots.push((filter.facet, vec![false; slot.values.len()]));
                    slots.len() - 1
                }
            };
            if let Some(&ordinal) = slot.ordinal_of.get(&filter.value) {
                slots[position].1[ordinal as usize] = true;
            }
        }
        FacetFilter {
            slots: slots
                .into_iter()
                .map(|(s, accepted)| (index.facets[s].per_doc.as_slice(), accepted))
                .collect(),
            impossible,
        }
    }

    pub(super) fn accepts(&self, doc: DocId) -> bool {
        !self.impossible
            && self
                .slots
                .iter()
                .all(|(per_doc, accepted)| accepted[per_doc[doc as usize] as usize])
    }
}

/// One form a word may have in the index, with its cursor.
pub(super) struct Form<'a> {
    pub(super) cursor: Cursor<'a>,
    pub(super) idf: f32,
    pub(super) doc_count: u32,
}

impl<'a> Form<'a> {
    pub(super) fn new(text: &'a TextIndex, id: u32) -> Self {
        let postings = &text.postings[id as usize];
        Form {
            cursor: postings.cursor(),
            idf: text.idf(postings.doc_count()),
            doc_count: postings.doc_count(),
        }
    }
}

/// Matches one clause against documents in ascending order.
pub(super) struct Matcher<'a> {
    /// Per word of the clause, its forms (any one matches).
    pub(super) slots: Vec<Vec<Form<'a>>>,
    pub(super) weight: f32,
    /// Phrase starts and a slot's positions, reused across documents.
    pub(super) buffers: Vec<Vec<u32>>,
    /// Slots by their frequency in the document, reused across documents.
    pub(super) order: Vec<(u32, usize)>,
}

/// BM25's term-frequency part for a document whose length factor is `norm`.
pub(super) fn saturate(freq: u32, norm: f32) -> f32 {
    let tf = freq as f32;
    tf * (K1 + 1.0) / (tf + norm)
}

impl Matcher<'_> {
    /// The postings read to list this clause's documents: those of its rarest word.
    pub(super) fn cost(&self) -> u64 {
        self.slots
            .iter()
            .map(|forms| forms.iter().map(|f| u64::from(f.doc_count)).sum::<u64>())
            .min()
            .unwrap_or(0)
    }

    pub(super) fn length_norm(text: &TextIndex, doc: DocId) -> f32 {
        let length = text.doc_lengths.get(doc as usize).copied().unwrap_or(0) as f32;
        K1 * (1.0 - B + B * length / text.average_length)
    }

    /// Lists the accepted documents matching the clause, with scores, driven by its rarest word.
    pub(super) fn enumerate(
        &mut self,
        text: &TextIndex,
        accept: &impl Fn(DocId) -> bool,
        out: &mut Vec<(DocId, f32)>,
    ) {
        if let [forms] = self.slots.as_mut_slice() {
            Self::enumerate_word(forms, text, accept, out);
            return;
        }
        let driver = (0..self.slots.len())
            .min_by_key(|&s| {
                self.slots[s]
                    .iter()
                    .map(|f| u64::from(f.doc_count))
                    .sum::<u64>()
            })
            .unwrap_or(0);
        let mut target: DocId = 0;
        loop {
            let next = self.slots[driver]
                .iter_mut()
                .filter_map(|form| form.cursor.advance_to(target))
                .min();
            let Some(doc) = next else {
                break;
            };
            if accept(doc) {
                if let Some(score) = self.matches(doc, text) {
                    out.push((doc, score));
                }
            }
            match doc.checked_add(1) {
                Some(after) => target = after,
                None => break,
            }
        }
    }

    /// Lists the documents of a one-word clause: each form's postings read straight through.
    /// A word with several forms (the stems of several languages, a prefix's words) has its
    /// scores gathered in a flat array when its forms are common, which is cheaper than merging
    /// them document by document, and sorted otherwise.
    pub(super) fn enumerate_word(
        forms: &mut [Form<'_>],
        text: &TextIndex,
        accept: &impl Fn(DocId) -> bool,
        out: &mut Vec<(DocId, f32)>,
    ) {
        let score = |form: &Form<'_>, doc: DocId| {
            form.idf * saturate(form.cursor.freq(), Self::length_norm(text, doc))
        };
        if let [form] = forms {
            while let Some(doc) = form.cursor.next_doc() {
                if accept(doc) {
                    out.push((doc, score(form, doc)));
                }
            }
            return;
        }
        let postings: u64 = forms.iter().map(|f| u64::from(f.doc_count)).sum();
        let doc_count = text.doc_count();
        if postings.saturating_mul(DENSE_RATIO) >= doc_count as u64 {
            let mut best = vec![0f32; doc_count];
            for form in forms.iter_mut() {
                while let Some(doc) = form.cursor.next_doc() {
                    let slot = &mut best[doc as usize];
                    *slot = slot.max(score(form, doc));
                }
            }
            // Every score is positive (idf and term frequency both are), so 0 means absent.
            out.extend(
                best.iter()
                    .enumerate()
                    .filter(|&(doc, &s)| s > 0.0 && accept(doc as DocId))
                    .map(|(doc, &s)| (doc as DocId, s)),
            );
        } else {
            let start = out.len();
            for form in forms.iter_mut() {
                while let Some(doc) = form.cursor.next_doc() {
                    if accept(doc) {
                        out.push((doc, score(form, doc)));
                    }
                }
            }
            let found = &mut out[start..];
            found.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.total_cmp(&a.1)));
            let mut kept = start;
            for i in start..out.len() {
                if kept == start || out[kept - 1].0 != out[i].0 {
                    out[kept] = out[i];
                    kept += 1;
                }
            }
            out.truncate(kept);
        }
    }

    /// The clause's score in `doc`, or `None` if it does not match. Documents must be asked in
    /// ascending order.
    pub(super) fn matches(&mut self, doc: DocId, text: &TextIndex) -> Option<f32> {
        if let [forms] = self.slots.as_mut_slice() {
            let mut best: Option<f32> = None;
            for form in forms.iter_mut() {
                if form.cursor.advance_to(doc) == Some(doc) {
                    let score =
                        form.idf * saturate(form.cursor.freq(), Self::length_norm(text, doc));
                    best = Some(best.map_or(score, |b: f32| b.max(score)));
                }
            }
            return best;
        }
        for forms in &mut self.slots {
            let mut present = false;
            for form in forms.iter_mut() {
                present |= form.cursor.advance_to(doc) == Some(doc);
            }
            if !present {
                return None;
            }
        }
        // Slots in the order of their frequency in this document, the rarest first: the
        // phrase's possible starts shrink with each, and reading stops when none is left.
        let order = &mut self.order;
        order.clear();
        order.extend(self.slots.iter().enumerate().map(|(slot, forms)| {
            let freq = forms
                .iter()
                .filter(|f| f.cursor.doc() == Some(doc))
                .map(|f| f.cursor.freq())
                .sum();
            (freq, slot)
        }));
        order.sort_unstable();
        self.buffers.resize_with(2, Vec::new);
        let [starts, positions] = self.buffers.as_mut_slice() else {
            return None;
        };
        for (i, &(_, slot)) in order.iter().enumerate() {
            positions.clear();
            let forms = &mut self.slots[slot];
            for form in forms.iter_mut() {
                if form.cursor.doc() == Some(doc) {
                    form.cursor.positions(positions);
                }
            }
            if forms.len() > 1 {
                positions.sort_unstable();
                positions.dedup();
            }
            // A phrase starting at s has slot k at s + k.
            let offset = slot as u32;
            if i == 0 {
                starts.clear();
                starts.extend(positions.iter().filter_map(|p| p.checked_sub(offset)));
            } else {
                starts.retain(|s| {
                    s.checked_add(offset)
                        .is_some_and(|p| positions.binary_search(&p).is_ok())
                });
            }
            if starts.is_empty() {
                return None;
            }
        }
        let occurrences = starts.len() as u32;
        Some(self.weight * saturate(occurrences, Self::length_norm(text, doc)))
    }
}
