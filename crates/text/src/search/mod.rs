//! Concord's own full-text search: an in-memory inverted index over answers, ranked with BM25,
//! with phrases, OR, exclusions, prefixes, facet filters and facet counts, and snippets with the
//! matched words highlighted.
//!
//! Concord has its own engine rather than the database's so that search is the same everywhere:
//! one tokeniser for the six UN languages (Chinese segmentation, Arabic normalisation, Snowball
//! stemming) and identical results on SQLite and PostgreSQL, facets included. The index keeps no
//! text, only postings (about a third of the text's size); the caller keeps the answers and hands
//! a text back to [`snippet`] to show it.
//!
//! ```
//! use concord_text::language::Lang;
//! use concord_text::search::{parse, snippet, Filter, Index, NO_VALUE};
//!
//! // Two facet slots: stakeholder group and region.
//! let mut index = Index::new(2);
//! let a = index.add("Negotiations must include civil society.", Some(Lang::En), &[1, 7]);
//! let b = index.add("Les négociations avancent.", Some(Lang::Fr), &[2, NO_VALUE]);
//! let results = index.search(&parse("negotiated"), &[Filter { facet: 0, value: 1 }], 0, 10);
//! assert_eq!(results.total, 1);
//! assert_eq!(results.hits[0].doc, a);
//! let pieces = snippet("Negotiations must include civil society.", Some(Lang::En), &parse("negotiated"), 80);
//! assert!(pieces[0].highlighted);
//! # let _ = b;
//! ```

mod index;
mod postings;
mod query;
mod snippet;

pub use index::{Filter, Hit, Index, Results};
pub use query::{parse, parse_in, Query, MAX_PREFIX_TERMS, MAX_TERMS};
pub use snippet::{snippet, Piece};

/// A document's number in an [`Index`]: 0, 1, 2... in the order documents were added.
pub type DocId = u32;

/// The facet value of a document that did not state one.
pub const NO_VALUE: u32 = u32::MAX;

#[cfg(test)]
mod tests;
