//! What every page needs besides the form kit: finding the records a path names, the rows in
//! which records appear on other pages, times, facts about responses, and downloads. Page
//! modules import this and `crate::forms`, never each other.

pub(crate) mod facts;
pub(crate) mod files;
pub(crate) mod lookup;
pub(crate) mod summaries;
pub(crate) mod time;
pub(crate) mod topics;

pub(crate) use crate::forms::see_other;
pub(crate) use lookup::{
    body_of, holder, load_body, load_call, load_meeting, load_text, missing, page_id, visible_call,
};
