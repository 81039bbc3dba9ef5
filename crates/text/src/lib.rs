//! Concord's analysis of what participants say and how they vote, as pure functions over slices:
//! no database, no HTTP. `opinion` maps a conversation's agree/disagree/pass votes into opinion
//! groups the way Pol.is does, and measures agreement across groups the caller declares
//! (stakeholder groups, regions). `campaigns` finds mass campaigns: groups of identical and
//! near-identical answers (form letters), each with its common text, variations and members.
//! `language` detects the six UN languages and cuts texts into search terms for all of them.
//! `search` is the in-memory full-text search of answers: BM25, phrases, facets, snippets.

#![forbid(unsafe_code)]

pub mod campaigns;
pub mod language;
pub mod opinion;
pub mod search;
