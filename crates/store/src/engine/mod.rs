//! The store's machinery, which knows no record: the group-commit writer and the connection it
//! writes on, statements of many rows, turns at SQLite's write lock, copies kept in memory, and
//! the session reads that bypass the pool. The record modules (`responses`, `calls`,
//! `accounts`…) use it; it uses none of them.

pub(crate) mod cache;
pub(crate) mod direct;
pub(crate) mod group_commit;
pub(crate) mod multirow;
pub(crate) mod session_reader;
pub(crate) mod turns;
