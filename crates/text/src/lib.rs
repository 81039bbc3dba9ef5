//! Concord's analysis of what participants say and how they vote, as pure functions over slices:
//! no database, no HTTP. `opinion` maps a conversation's agree/disagree/pass votes into opinion
//! groups the way Pol.is does, and measures agreement across groups the caller declares
//! (stakeholder groups, regions). `campaigns` finds mass campaigns: groups of identical and
//! near-identical answers (form letters), each with its common text, variations and members.
//! `themes` suggests themes (`tfidf` vectors, spherical k-means) and codes answers with them.
//! `divergence` measures where stakeholder or regional groups converge and diverge on items.
//! `similar` finds probable duplicate issues (TF-IDF cosine, inverted index).
//! `extract` reads the plain text of attached PDF, Word (DOCX) and OpenDocument (ODT) files.
//! `language` detects the six UN languages and cuts texts into search terms for all of them.
//! `search` is the in-memory full-text search of answers: BM25, phrases, facets, snippets.
//! `table` reads named columns of CSV files people bring and writes spreadsheet-safe CSV.

#![forbid(unsafe_code)]

pub mod campaigns;
pub mod divergence;
pub mod extract;
pub mod language;
pub mod opinion;
mod parallel;
pub mod search;
pub mod similar;
pub mod spreadsheet;
pub mod table;
pub mod tfidf;
pub mod themes;
