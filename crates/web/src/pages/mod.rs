//! The server-rendered pages, one module per area. Every page extends `base.html`, works
//! without JavaScript, and answers an unknown id with a 404 page in the site's layout.
//!
//! A page module imports only `crate::common` and `crate::forms` (and the crate's plumbing:
//! `auth`, `error`, `i18n`), never another page module: what two areas share lives in
//! `common`. The route table (`crate::routes`) is the only thing outside `pages` that names a
//! page. `.ci/check-architecture` holds both rules.

pub(crate) mod account;
pub(crate) mod admin;
pub(crate) mod bodies;
pub(crate) mod calls;
pub(crate) mod countries;
pub(crate) mod divergence;
pub(crate) mod documents;
pub(crate) mod events;
pub(crate) mod home;
pub(crate) mod import;
pub(crate) mod issues;
pub(crate) mod manage;
pub(crate) mod mapping;
pub(crate) mod meetings;
pub(crate) mod opinion;
pub(crate) mod parties;
pub(crate) mod published;
pub(crate) mod respond;
pub(crate) mod search;
pub(crate) mod signatures;
pub(crate) mod statistics;
pub(crate) mod texts;
pub(crate) mod themes;
pub(crate) mod topics;
