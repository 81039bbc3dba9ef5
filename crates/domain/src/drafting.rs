//! Negotiating texts as negotiators write them: paragraph numbers that never move
//! ([`number`]), the plain-text notation for brackets, their sponsors and alternatives
//! ([`notation`]), word-level comparison of two versions ([`diff`]), a body's texts and
//! their versions ([`text`]), the way from brackets to a decision ([`consensus`]), the
//! amendments members propose ([`amendment`]), and readings with their comment windows
//! ([`reading`]).

pub mod amendment;
pub mod consensus;
pub mod diff;
pub mod notation;
pub mod number;
pub mod reading;
pub mod text;
