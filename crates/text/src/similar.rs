//! Probable duplicates among issues: when someone records a new issue, the recorded ones most
//! like it ([`most_similar`]); and, for a list of a few thousand issues, the pairs that are
//! probably the same issue recorded twice ([`near_duplicate_pairs`]).
//!
//! Similarity is the cosine of [TF-IDF](crate::tfidf) vectors with every term kept (issues are
//! short: no term can be spared), so sharing a rare key term counts for more than sharing a
//! common one. Scores run from 0 to 1; documents with no term in common score 0 and are never
//! suggested, whatever the minimum score.
//!
//! [`near_duplicate_pairs`] avoids comparing every pair with prefix filtering (Bayardo, Ma and
//! Srikant's "all pairs" bound): take a document's terms from the most to the least widespread
//! and set aside the longest run whose weights have a length below the minimum score. Any
//! document sharing only set-aside terms has a cosine below the minimum (Cauchy–Schwarz), so
//! only documents that share one of the remaining, rarer terms are compared. Rare terms have
//! short lists of documents, so the work grows with the number of true near pairs rather than
//! with the square of the number of issues.

use crate::tfidf::{self, TermMatrix, Weighting};

/// The candidates most like `query`, best first (ties by index), at most `limit` of them and
/// each with a score of at least `min_score`. Inverse document frequencies are counted over
/// the candidates and the query. An empty query, or one sharing no term with any candidate,
/// gives none.
///
/// ```
/// use concord_text::similar::most_similar;
///
/// let candidates = vec![
///     vec!["road", "safety", "children", "school"],
///     vec!["water", "pollution", "river"],
/// ];
/// let query = ["river", "pollution", "factory"];
/// assert_eq!(most_similar(&query, &candidates, 5, 0.1)[0].0, 1);
/// ```
pub fn most_similar<Query, Doc, Term>(
    query: &[Query],
    candidates: &[Doc],
    limit: usize,
    min_score: f32,
) -> Vec<(usize, f32)>
where
    Query: AsRef<str>,
    Doc: AsRef<[Term]>,
    Term: AsRef<str>,
{
    if query.is_empty() || limit == 0 {
        return Vec::new();
    }
    let mut all: Vec<Vec<&str>> = candidates
        .iter()
        .map(|doc| doc.as_ref().iter().map(AsRef::as_ref).collect())
        .collect();
    all.push(query.iter().map(AsRef::as_ref).collect());
    let (_, matrix) = tfidf::weigh(&all, &Weighting::ALL_TERMS);
    let query_row = matrix.row(candidates.len());
    let mut scores: Vec<(usize, f32)> = (0..candidates.len())
        .map(|c| (c, tfidf::dot(matrix.row(c), query_row).min(1.0)))
        .filter(|&(_, score)| score > 0.0 && score >= min_score)
        .collect();
    scores.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    scores.truncate(limit);
    scores
}

/// Pairs `(i, j, score)` with `i < j` of documents whose cosine is at least `min_score`, best
/// first (ties by `i`, then `j`).
///
/// ```
/// use concord_text::similar::near_duplicate_pairs;
///
/// let issues = vec![
///     vec!["access", "clean", "water", "rural", "areas"],
///     vec!["rural", "areas", "lack", "clean", "water", "access"],
///     vec!["teacher", "training", "budget"],
/// ];
/// let pairs = near_duplicate_pairs(&issues, 0.7);
/// assert_eq!(pairs.len(), 1);
/// assert_eq!((pairs[0].0, pairs[0].1), (0, 1));
/// ```
pub fn near_duplicate_pairs<Doc, Term>(docs: &[Doc], min_score: f32) -> Vec<(usize, usize, f32)>
where
    Doc: AsRef<[Term]>,
    Term: AsRef<str>,
{
    let (vocabulary, matrix) = tfidf::weigh(docs, &Weighting::ALL_TERMS);
    let postings = Postings::new(&matrix, vocabulary.len());
    // The set-aside terms' length must stay strictly below the minimum score; the small margin
    // keeps rounding from setting aside a term a pair at exactly the minimum needs.
    let budget = if min_score > 0.0 {
        min_score * min_score * (1.0 - 1e-4)
    } else {
        0.0
    };
    let mut dense = vec![0.0f32; vocabulary.len()];
    let mut compared_with = vec![usize::MAX; matrix.rows()];
    let mut pairs = Vec::new();
    let mut order: Vec<usize> = Vec::new();
    for doc in 0..matrix.rows() {
        let (terms, weights) = matrix.row(doc);
        // Most widespread terms first (ties by id, so the split is the same on every run).
        order.clear();
        order.extend(0..terms.len());
        order.sort_by(|&a, &b| {
            postings
                .frequency(terms[b])
                .cmp(&postings.frequency(terms[a]))
                .then(terms[a].cmp(&terms[b]))
        });
        let mut set_aside = 0.0f32;
        let mut first_kept = order.len();
        for (at, &k) in order.iter().enumerate() {
            let w = weights[k];
            if set_aside + w * w < budget {
                set_aside += w * w;
            } else {
                first_kept = at;
                break;
            }
        }
        for (&t, &w) in terms.iter().zip(weights) {
            dense[t as usize] = w;
        }
        for &k in &order[first_kept..] {
            for &other in postings.documents(terms[k]) {
                let other = other as usize;
                if other <= doc || compared_with[other] == doc {
                    continue;
                }
                compared_with[other] = doc;
                let (other_terms, other_weights) = matrix.row(other);
                let score: f32 = other_terms
                    .iter()
                    .zip(other_weights)
                    .map(|(&t, &w)| w * dense[t as usize])
                    .sum();
                let score = score.min(1.0);
                if score > 0.0 && score >= min_score {
                    pairs.push((doc, other, score));
                }
            }
        }
        for &t in terms {
            dense[t as usize] = 0.0;
        }
    }
    pairs.sort_by(|a, b| b.2.total_cmp(&a.2).then(a.0.cmp(&b.0)).then(a.1.cmp(&b.1)));
    pairs
}

/// For every term, the documents that contain it, ascending.
struct Postings {
    starts: Vec<usize>,
    documents: Vec<u32>,
}

impl Postings {
    fn new(matrix: &TermMatrix, terms: usize) -> Self {
        let mut counts = vec![0usize; terms + 1];
        for doc in 0..matrix.rows() {
            for &t in matrix.row(doc).0 {
                counts[t as usize + 1] += 1;
            }
        }
        for t in 0..terms {
            counts[t + 1] += counts[t];
        }
        let starts = counts.clone();
        let mut next = counts;
        let mut documents = vec![0u32; matrix.stored()];
        for doc in 0..matrix.rows() {
            for &t in matrix.row(doc).0 {
                documents[next[t as usize]] = doc as u32;
                next[t as usize] += 1;
            }
        }
        Self { starts, documents }
    }

    fn documents(&self, term: u32) -> &[u32] {
        &self.documents[self.starts[term as usize]..self.starts[term as usize + 1]]
    }

    /// Number of documents containing the term.
    fn frequency(&self, term: u32) -> usize {
        self.starts[term as usize + 1] - self.starts[term as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> Vec<String> {
        text.split_whitespace().map(str::to_owned).collect()
    }

    #[test]
    fn a_paraphrase_ranks_above_unrelated_issues() {
        let candidates = vec![
            doc("budget teacher training rural school"),
            doc("flood early warning system coastal communities"),
            doc("mobile phone coverage rural area"),
            doc("coastal flood warning sirens community radio"),
            doc("youth unemployment vocational training"),
        ];
        let query = doc("early warning flood coastal village");
        let found = most_similar(&query, &candidates, 10, 0.0);
        assert_eq!(found[0].0, 1);
        assert_eq!(found[1].0, 3);
        assert!(found[0].1 > found[1].1 && found[1].1 > 0.2);
        // Issues sharing no term are not suggested at all.
        assert!(found.iter().all(|&(c, _)| c == 1 || c == 3));
        assert!(found.iter().all(|&(_, s)| s <= 1.0));
        assert_eq!(most_similar(&query, &candidates, 1, 0.0).len(), 1);
        assert!(most_similar(&query, &candidates, 10, 0.99).is_empty());
    }

    #[test]
    fn empty_query_or_candidates_give_nothing() {
        let candidates = vec![doc("water access")];
        let empty: [&str; 0] = [];
        assert!(most_similar(&empty, &candidates, 5, 0.0).is_empty());
        let none: Vec<Vec<String>> = Vec::new();
        assert!(most_similar(&doc("water"), &none, 5, 0.0).is_empty());
    }

    #[test]
    fn ties_by_index() {
        let candidates = vec![doc("water well"), doc("road"), doc("water well")];
        let found = most_similar(&doc("water well"), &candidates, 5, 0.0);
        assert_eq!(found.iter().map(|f| f.0).collect::<Vec<_>>(), [0, 2]);
        assert!((found[0].1 - 1.0).abs() < 1e-6);
    }

    /// Every pair at or above the minimum, comparing all of them.
    fn all_pairs(docs: &[Vec<String>], min_score: f32) -> Vec<(usize, usize)> {
        let (_, matrix) = tfidf::weigh(docs, &Weighting::ALL_TERMS);
        let mut pairs = Vec::new();
        for i in 0..docs.len() {
            for j in i + 1..docs.len() {
                let score = tfidf::dot(matrix.row(i), matrix.row(j)).min(1.0);
                if score > 0.0 && score >= min_score {
                    pairs.push((i, j));
                }
            }
        }
        pairs
    }

    #[test]
    fn pairs_match_comparing_everything() {
        // A small deterministic corpus with a skewed vocabulary and planted copies.
        let mut state = 12_345u64;
        let mut next = move |n: u64| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            ((state >> 33) % n) as usize
        };
        let mut docs: Vec<Vec<String>> = (0..400)
            .map(|_| {
                (0..3 + next(8))
                    .map(|_| {
                        // A random cap, then a word below it: low ids are far more common.
                        let cap = 1 + next(200) as u64;
                        format!("w{}", next(cap))
                    })
                    .collect()
            })
            .collect();
        for i in 0..40 {
            let mut copy = docs[i * 7].clone();
            copy.push(format!("extra{i}"));
            docs.push(copy);
        }
        for min_score in [0.0, 0.2, 0.5, 0.8, 0.95, 1.0] {
            let mut found: Vec<(usize, usize)> = near_duplicate_pairs(&docs, min_score)
                .iter()
                .map(|&(i, j, _)| (i, j))
                .collect();
            found.sort_unstable();
            assert_eq!(found, all_pairs(&docs, min_score), "at {min_score}");
        }
    }

    #[test]
    fn pairs_are_best_first() {
        let docs = vec![
            doc("clean water rural access"),
            doc("clean water rural access"),
            doc("clean water access schools"),
            doc("internet access schools"),
        ];
        let pairs = near_duplicate_pairs(&docs, 0.3);
        assert_eq!((pairs[0].0, pairs[0].1), (0, 1));
        assert!((pairs[0].2 - 1.0).abs() < 1e-6);
        assert!(pairs.windows(2).all(|w| w[0].2 >= w[1].2));
        assert!(pairs.iter().all(|&(i, j, _)| i < j));
        let empty: Vec<Vec<String>> = Vec::new();
        assert!(near_duplicate_pairs(&empty, 0.5).is_empty());
    }
}
