//! TF-IDF term vectors of already tokenised documents, shared by [`crate::themes`] and
//! [`crate::similar`].
//!
//! A document is a slice of terms the caller has already stemmed, lowercased and cleared of
//! stopwords. Weights follow the usual choices for short texts (those of scikit-learn's
//! `TfidfVectorizer(sublinear_tf=True)`):
//! - term frequency is sublinear, `1 + ln(tf)`, so an answer that repeats a word ten times does
//!   not outweigh one that uses ten different words of the same theme;
//! - inverse document frequency is smoothed, `ln((1 + n) / (1 + df)) + 1`, as if one extra
//!   document held every term: no division by zero and no term weighs nothing;
//! - each document's vector has unit length, so a dot product is a cosine.
//!
//! [`Weighting`] drops terms too rare to link two documents or so common they say nothing, and
//! caps the vocabulary at the most widespread terms.
//!
//! Vectors are sparse: the matrix stores, per document, its term ids ascending and their
//! weights. Term ids follow the terms' alphabetical order, so the same documents always give
//! the same ids.

use std::collections::HashMap;

/// Which terms take part in the vectors.
#[derive(Debug, Clone, PartialEq)]
pub struct Weighting {
    /// Terms found in fewer documents are dropped: a term in one answer alone cannot link it to
    /// another.
    pub min_df: usize,
    /// Terms found in more than this share of documents (0 to 1) are dropped: they are the
    /// question's own words and say nothing about what sets answers apart.
    pub max_df: f64,
    /// Only this many terms are kept, those found in the most documents (ties alphabetical).
    pub max_terms: usize,
}

impl Weighting {
    /// Every term counts: for comparing a few documents with each other, where no term can be
    /// spared.
    pub const ALL_TERMS: Self = Self {
        min_df: 1,
        max_df: 1.0,
        max_terms: usize::MAX,
    };
}

/// The kept terms with their inverse document frequencies.
#[derive(Debug, Clone, Default)]
pub struct Vocabulary {
    terms: Vec<String>,
    ids: HashMap<String, u32>,
    idf: Vec<f32>,
    documents: usize,
}

impl Vocabulary {
    /// Number of kept terms.
    pub fn len(&self) -> usize {
        self.terms.len()
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// The term with this id.
    pub fn term(&self, id: u32) -> &str {
        &self.terms[id as usize]
    }

    /// The id of a kept term.
    pub fn id(&self, term: &str) -> Option<u32> {
        self.ids.get(term).copied()
    }

    /// The smoothed inverse document frequency of a kept term.
    pub fn idf(&self, id: u32) -> f32 {
        self.idf[id as usize]
    }

    /// Number of documents the frequencies were counted over.
    pub fn documents(&self) -> usize {
        self.documents
    }

    /// The unit-length TF-IDF vector of a document with this vocabulary's weights (terms it
    /// does not keep are ignored). Empty when the document has no kept term.
    pub fn vector<Term: AsRef<str>>(&self, doc: &[Term]) -> SparseVector {
        let ids: Vec<u32> = doc.iter().filter_map(|t| self.id(t.as_ref())).collect();
        weigh_ids(ids, &self.idf)
    }
}

/// A sparse vector: term ids ascending and their weights.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SparseVector {
    pub terms: Vec<u32>,
    pub weights: Vec<f32>,
}

impl SparseVector {
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// Dot product with another sparse vector (a cosine when both have unit length).
    pub fn dot(&self, other: &SparseVector) -> f32 {
        dot((&self.terms, &self.weights), (&other.terms, &other.weights))
    }
}

/// Documents × terms, one unit-length row per document (empty for a document with no kept
/// term), stored row by row.
#[derive(Debug, Clone, Default)]
pub struct TermMatrix {
    /// Where each row starts in `terms` and `weights`, plus the end of the last.
    starts: Vec<usize>,
    terms: Vec<u32>,
    weights: Vec<f32>,
}

impl TermMatrix {
    /// Number of documents.
    pub fn rows(&self) -> usize {
        self.starts.len().saturating_sub(1)
    }

    /// A document's term ids (ascending) and weights.
    pub fn row(&self, doc: usize) -> (&[u32], &[f32]) {
        let range = self.starts[doc]..self.starts[doc + 1];
        (&self.terms[range.clone()], &self.weights[range])
    }

    /// Number of stored weights, the cost of one pass over the matrix.
    pub fn stored(&self) -> usize {
        self.terms.len()
    }
}

/// Counts document frequencies over `docs`, keeps the terms `weighting` allows and returns them
/// with every document's vector.
pub fn weigh<Doc, Term>(docs: &[Doc], weighting: &Weighting) -> (Vocabulary, TermMatrix)
where
    Doc: AsRef<[Term]>,
    Term: AsRef<str>,
{
    // Provisional ids in order of first appearance; each document as its provisional ids.
    let mut provisional: HashMap<&str, u32> = HashMap::new();
    let mut names: Vec<&str> = Vec::new();
    let mut doc_ids: Vec<Vec<u32>> = Vec::with_capacity(docs.len());
    for doc in docs {
        let ids = doc
            .as_ref()
            .iter()
            .map(|term| {
                let term = term.as_ref();
                *provisional.entry(term).or_insert_with(|| {
                    names.push(term);
                    (names.len() - 1) as u32
                })
            })
            .collect();
        doc_ids.push(ids);
    }
    let mut df = vec![0usize; names.len()];
    let mut distinct = Vec::new();
    for ids in &doc_ids {
        distinct.clear();
        distinct.extend_from_slice(ids);
        distinct.sort_unstable();
        distinct.dedup();
        for &id in &distinct {
            df[id as usize] += 1;
        }
    }

    let documents = docs.len();
    let most = weighting.max_df.clamp(0.0, 1.0) * documents as f64;
    let mut kept: Vec<u32> = (0..names.len() as u32)
        .filter(|&id| {
            let df = df[id as usize];
            df >= weighting.min_df.max(1) && df as f64 <= most
        })
        .collect();
    if kept.len() > weighting.max_terms {
        kept.sort_by(|&a, &b| {
            df[b as usize]
                .cmp(&df[a as usize])
                .then_with(|| names[a as usize].cmp(names[b as usize]))
        });
        kept.truncate(weighting.max_terms);
    }
    kept.sort_by(|&a, &b| names[a as usize].cmp(names[b as usize]));

    let mut final_id = vec![u32::MAX; names.len()];
    let mut vocabulary = Vocabulary {
        terms: Vec::with_capacity(kept.len()),
        ids: HashMap::with_capacity(kept.len()),
        idf: Vec::with_capacity(kept.len()),
        documents,
    };
    for (id, &old) in kept.iter().enumerate() {
        final_id[old as usize] = id as u32;
        let name = names[old as usize].to_owned();
        vocabulary.ids.insert(name.clone(), id as u32);
        vocabulary.terms.push(name);
        vocabulary
            .idf
            .push(smooth_idf(documents, df[old as usize]) as f32);
    }

    let mut matrix = TermMatrix {
        starts: Vec::with_capacity(documents + 1),
        terms: Vec::new(),
        weights: Vec::new(),
    };
    matrix.starts.push(0);
    for ids in doc_ids {
        let ids: Vec<u32> = ids
            .into_iter()
            .map(|old| final_id[old as usize])
            .filter(|&id| id != u32::MAX)
            .collect();
        let row = weigh_ids(ids, &vocabulary.idf);
        matrix.terms.extend_from_slice(&row.terms);
        matrix.weights.extend_from_slice(&row.weights);
        matrix.starts.push(matrix.terms.len());
    }
    (vocabulary, matrix)
}

/// `ln((1 + n) / (1 + df)) + 1`.
fn smooth_idf(documents: usize, df: usize) -> f64 {
    ((1 + documents) as f64 / (1 + df) as f64).ln() + 1.0
}

/// The unit-length vector of a document given as term ids (repeats count).
fn weigh_ids(mut ids: Vec<u32>, idf: &[f32]) -> SparseVector {
    ids.sort_unstable();
    let mut vector = SparseVector::default();
    let mut at = 0;
    while at < ids.len() {
        let id = ids[at];
        let run = ids[at..].iter().take_while(|&&x| x == id).count();
        vector.terms.push(id);
        vector
            .weights
            .push((1.0 + (run as f32).ln()) * idf[id as usize]);
        at += run;
    }
    let norm = vector.weights.iter().map(|w| w * w).sum::<f32>().sqrt();
    if norm > 0.0 {
        for w in &mut vector.weights {
            *w /= norm;
        }
    }
    vector
}

/// Dot product of two sparse vectors given as (ascending term ids, weights).
pub fn dot(a: (&[u32], &[f32]), b: (&[u32], &[f32])) -> f32 {
    let (mut i, mut j, mut sum) = (0, 0, 0.0f32);
    while i < a.0.len() && j < b.0.len() {
        match a.0[i].cmp(&b.0[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                sum += a.1[i] * b.1[j];
                i += 1;
                j += 1;
            }
        }
    }
    sum
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> Vec<&str> {
        text.split_whitespace().collect()
    }

    #[test]
    fn weights_are_sublinear_smoothed_and_unit_length() {
        let docs = [doc("water water water rights"), doc("water access")];
        let (vocabulary, matrix) = weigh(&docs, &Weighting::ALL_TERMS);
        assert_eq!(vocabulary.len(), 3);
        // Alphabetical ids: access, rights, water.
        assert_eq!(vocabulary.term(0), "access");
        let water = vocabulary.id("water").map(|id| id as usize);
        assert_eq!(water, Some(2));
        // water: df 2 of 2 → idf 1; rights: df 1 → ln(3/2) + 1.
        let rights_idf = (1.5f32).ln() + 1.0;
        let water_weight = 1.0 + 3f32.ln();
        let norm = (water_weight * water_weight + rights_idf * rights_idf).sqrt();
        let (terms, weights) = matrix.row(0);
        assert_eq!(terms, [1, 2]);
        assert!((weights[0] - rights_idf / norm).abs() < 1e-6);
        assert!((weights[1] - water_weight / norm).abs() < 1e-6);
    }

    #[test]
    fn rare_common_and_surplus_terms_are_dropped() {
        let docs = [
            doc("a b c once"),
            doc("a b c"),
            doc("a b d"),
            doc("a d e"),
            doc("a e"),
        ];
        let weighting = Weighting {
            min_df: 2,
            max_df: 0.6,
            max_terms: 3,
        };
        let (vocabulary, matrix) = weigh(&docs, &weighting);
        // a (5 of 5) is too common, "once" too rare; b (3) then c, d, e (2 each) alphabetically.
        let kept: Vec<&str> = (0..vocabulary.len() as u32)
            .map(|id| vocabulary.term(id))
            .collect();
        assert_eq!(kept, ["b", "c", "d"]);
        assert!(matrix.row(4).0.is_empty());
        assert_eq!(matrix.rows(), 5);
    }

    #[test]
    fn dot_of_sparse_vectors() {
        assert_eq!(
            dot(
                (&[1, 3, 5], &[1.0, 2.0, 3.0]),
                (&[3, 4, 5], &[1.0, 1.0, 2.0])
            ),
            8.0
        );
        assert_eq!(dot((&[], &[]), (&[1], &[1.0])), 0.0);
    }
}
