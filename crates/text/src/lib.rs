//! Concord's analysis of what participants say and how they vote, as pure functions over slices:
//! no database, no HTTP. `opinion` maps a conversation's agree/disagree/pass votes into opinion
//! groups the way Pol.is does, and measures agreement across groups the caller declares
//! (stakeholder groups, regions).

#![forbid(unsafe_code)]

pub mod opinion;
