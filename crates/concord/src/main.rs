//! Concord.
fn main() {}
