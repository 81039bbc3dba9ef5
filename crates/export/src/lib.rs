//! Concord's writers of documents other programs read. Pure functions from domain records to
//! text: no database, no HTTP.

pub mod ical;
