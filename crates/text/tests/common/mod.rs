//! Finding the shared reference data (real Pol.is conversations, public comments) and reading
//! Pol.is's JSON.
//!
//! The data live outside the repository: in `$CONCORD_SHARED_DATA`, or else `shared/data` next
//! to the project's folder. Without them a test prints that it was skipped and passes, except
//! under `CI=true`, where missing data must fail loudly.

#![allow(
    dead_code,
    reason = "each test file uses a different part of this module"
)]

use std::path::{Path, PathBuf};

use concord_text::opinion::{Moderation, StatementInfo, Vote, VoteValue};
use serde_json::Value;

/// The shared data folder, or `None` (after saying so) when it is absent outside CI.
pub fn shared_data(test: &str) -> Option<PathBuf> {
    shared_data_with(test, "polis")
}

/// The shared data folder when it holds `sub`, or `None` (after saying so) outside CI.
pub fn shared_data_with(test: &str, sub: &str) -> Option<PathBuf> {
    let dir = std::env::var_os("CONCORD_SHARED_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data"));
    if dir.join(sub).is_dir() {
        return Some(dir);
    }
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!(
            "{test}: shared data not found at {} (set CONCORD_SHARED_DATA); CI must not skip",
            dir.display()
        );
    }
    println!(
        "{test}: skipped, shared data not found at {}",
        dir.display()
    );
    None
}

pub fn read_json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn field<'a>(record: &'a Value, names: &[&str]) -> &'a Value {
    names
        .iter()
        .map(|n| &record[*n])
        .find(|v| !v.is_null())
        .unwrap_or(&Value::Null)
}

fn integer(value: &Value) -> i64 {
    match value {
        Value::Number(n) => n
            .as_i64()
            .or_else(|| n.as_f64().map(|f| f as i64))
            .unwrap_or_default(),
        Value::String(s) => s.parse::<f64>().map(|f| f as i64).unwrap_or_default(),
        Value::Bool(b) => i64::from(*b),
        _ => 0,
    }
}

/// `votes.json` of a Pol.is conversation (either field naming red-dwarf's fixtures use).
pub fn fixture_votes(dir: &Path) -> Vec<Vote> {
    let json = read_json(&dir.join("votes.json"));
    json.as_array()
        .expect("votes.json is a list")
        .iter()
        .map(|v| Vote {
            participant: integer(field(v, &["participant_id", "pid"])) as u64,
            statement: integer(field(v, &["statement_id", "tid"])) as u64,
            value: VoteValue::from_i8(integer(&v["vote"]) as i8).expect("vote is 1, -1 or 0"),
            timestamp: integer(field(v, &["modified", "created"])),
        })
        .collect()
}

/// `comments.json`: moderation and meta flags.
pub fn fixture_statements(dir: &Path) -> Vec<StatementInfo> {
    let json = read_json(&dir.join("comments.json"));
    json.as_array()
        .expect("comments.json is a list")
        .iter()
        .map(|c| StatementInfo {
            id: integer(field(c, &["statement_id", "tid"])) as u64,
            moderation: Moderation::from_i8(integer(field(c, &["moderated", "mod"])) as i8)
                .expect("moderation is 1, 0 or -1"),
            is_meta: field(c, &["is_meta"]).as_bool().unwrap_or(false),
        })
        .collect()
}

/// Median of a list of numbers.
pub fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    let n = values.len();
    if n == 0 {
        return f64::NAN;
    }
    if n % 2 == 1 {
        values[n / 2]
    } else {
        (values[n / 2 - 1] + values[n / 2]) / 2.0
    }
}
