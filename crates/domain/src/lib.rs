//! Concord's domain: the entities of a multi-stakeholder process, the value types that parse
//! rather than validate, and the rules (seat quotas, balance, lifecycle transitions).
//!
//! This crate knows nothing of HTTP, SQL or async runtimes; the `store` and `web` crates build
//! on it, and every rule lives here so that the API, the pages and the CLI apply the same one.

#[macro_use]
mod codes;

pub mod access;
pub mod account;
pub mod action_line;
pub mod agenda;
pub mod body;
pub mod call;
pub mod composition;
pub mod dates;
pub mod document;
pub mod drafting;
pub mod error;
pub mod event;
pub mod ids;
pub mod import;
pub mod ledger;
pub mod limits;
pub mod mapping;
pub mod meeting;
pub mod opinion;
pub mod participation;
pub mod party;
pub mod policy_issue;
pub mod reference;
pub mod response;
pub mod review;
pub mod stakeholder;
pub mod statistics;
pub mod symbol;
pub mod text;
pub mod theme;
pub mod topic;
pub mod upload;

pub use error::{FieldError, Invalid};
