//! The `concord` program as a library, so that its commands can be tested as users run them:
//! configuration layering, the demonstration data, and the server's start-up.

pub mod config;
pub mod demo;
pub mod serve;
