//! The `concord` program as a library, so that its commands can be tested as users run them:
//! configuration layering, the demonstration data, the server's start-up and the ledger check.

pub mod analyse;
pub mod bench;
pub mod config;
pub mod demo;
pub mod extract_text;
pub mod serve;
pub mod verify;
