//! Reading a Pol.is export folder as people download it: `votes.csv` with `comments.csv`, or
//! `participants-votes.csv` alone (many public exports hold only that), through
//! `concord_text::opinion::polis_csv`. Every error names the file, and the line where the
//! reader knows it.

use std::collections::HashMap;
use std::path::Path;

use anyhow::{anyhow, bail};
use concord_text::opinion::polis_csv::{self, PolisComment};
use concord_text::opinion::{OpinionError, ParticipantId, Vote};
use concord_text::table;

const VOTES: &str = "votes.csv";
const COMMENTS: &str = "comments.csv";
const PARTICIPANTS_VOTES: &str = "participants-votes.csv";

/// What an export folder gives the analysis.
pub(super) struct Export {
    pub votes: Vec<Vote>,
    /// The file the votes came from.
    pub source: &'static str,
    /// The statements' texts and moderation, when the folder has `comments.csv`.
    pub comments: Option<Vec<PolisComment>>,
    /// The embedding site's ids of participants, when `participants-votes.csv` has them.
    pub xids: HashMap<ParticipantId, String>,
}

/// Reads the folder: the votes from `votes.csv` when it is there (the full history), else the
/// final votes from `participants-votes.csv`; `comments.csv` when it is there.
pub(super) fn read(dir: &Path) -> anyhow::Result<Export> {
    if !dir.is_dir() {
        if dir.exists() {
            bail!(
                "{} is a file; give the folder of a Pol.is export (with votes.csv and comments.csv, or participants-votes.csv)",
                dir.display()
            );
        }
        bail!("the folder {} does not exist", dir.display());
    }
    let votes_path = dir.join(VOTES);
    let participants_path = dir.join(PARTICIPANTS_VOTES);
    let comments_path = dir.join(COMMENTS);
    let (votes, source, xids) = if votes_path.is_file() {
        let votes = with_file(&votes_path, VOTES, |file| {
            polis_csv::read_votes(std::io::BufReader::with_capacity(1 << 20, file))
        })?;
        (votes, VOTES, HashMap::new())
    } else if participants_path.is_file() {
        let file = with_file(&participants_path, PARTICIPANTS_VOTES, |file| {
            polis_csv::read_participants_votes(std::io::BufReader::new(file))
        })?;
        let xids = file
            .rows
            .iter()
            .filter_map(|row| Some((row.participant, row.xid.clone()?)))
            .collect();
        (file.final_votes(), PARTICIPANTS_VOTES, xids)
    } else {
        bail!(
            "{} holds no votes Concord can read: a Pol.is export folder has votes.csv (with comments.csv) or participants-votes.csv{}",
            dir.display(),
            found_files(dir)
        );
    };
    let comments = if comments_path.is_file() {
        Some(with_file(&comments_path, COMMENTS, |file| {
            polis_csv::read_comments(std::io::BufReader::new(file))
        })?)
    } else {
        None
    };
    Ok(Export {
        votes,
        source,
        comments,
        xids,
    })
}

/// " (it holds: a.csv, b.txt)", or " (it is empty)": what the person gave, to compare with what
/// was expected.
fn found_files(dir: &Path) -> String {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| !n.starts_with('.'))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    if names.is_empty() {
        " (it is empty)".to_owned()
    } else {
        format!(" (it holds: {})", names.join(", "))
    }
}

/// Opens `path` and reads it with `read`, turning the reader's error into one that names the
/// file and, where the reader knows it or it can be found, the line.
fn with_file<T>(
    path: &Path,
    name: &'static str,
    read: impl FnOnce(std::fs::File) -> Result<T, OpinionError>,
) -> anyhow::Result<T> {
    let file =
        std::fs::File::open(path).map_err(|e| anyhow!("cannot read {}: {e}", path.display()))?;
    read(file).map_err(|error| explain(path, name, error))
}

fn explain(path: &Path, name: &'static str, error: OpinionError) -> anyhow::Error {
    let shown = path.display();
    match error {
        OpinionError::MissingColumn { column, .. } => anyhow!(
            "{shown} is not Pol.is's {name}: it has no column {column:?}{}",
            header_of(path)
        ),
        OpinionError::InvalidNumber {
            line,
            column,
            value,
            ..
        } => anyhow!("{shown}, line {line}: {column} {value:?} is not a number"),
        OpinionError::IdTooLarge {
            line,
            column,
            value,
            ..
        } => anyhow!("{shown}, line {line}: {column} {value} is too large"),
        OpinionError::DuplicateStatement { line, id, .. } => {
            anyhow!("{shown}, line {line}: statement {id} appears twice")
        }
        OpinionError::NotUtf8 { line, .. } => {
            anyhow!("{shown}, line {line}: the text is not UTF-8")
        }
        OpinionError::InvalidVote(value) => {
            let what = if name == COMMENTS {
                format!("moderated {value:?} is not 1 (in), 0 (unmoderated) or -1 (out)")
            } else if name == VOTES {
                format!("vote {value:?} is not 1 (agree), -1 (disagree) or 0 (pass)")
            } else {
                format!(
                    "vote {value:?} is not 1 (agree), -1 (disagree), 0 (pass) or empty (no vote)"
                )
            };
            match bad_value_line(path, name, &value) {
                Some(line) => anyhow!("{shown}, line {line}: {what}"),
                None => anyhow!("{shown}: {what}"),
            }
        }
        OpinionError::Csv(error) => match error.position() {
            Some(position) => anyhow!("{shown}, line {}: not valid CSV: {error}", position.line()),
            None => anyhow!("{shown}: not valid CSV: {error}"),
        },
        other => anyhow!("{shown}: {other}"),
    }
}

/// The line holding `value` in the column(s) where `name` keeps votes or moderation: the
/// reader refused the value without saying where it was.
fn bad_value_line(path: &Path, name: &'static str, value: &str) -> Option<u64> {
    let file = std::fs::File::open(path).ok()?;
    let mut first_vote_column = None;
    table::first_line_where(std::io::BufReader::new(file), |header, column, cell| {
        let is_vote_cell = match name {
            VOTES => header == "vote",
            COMMENTS => header == "moderated",
            _ => {
                if header == "n-disagree" {
                    first_vote_column = Some(column + 1);
                }
                first_vote_column.is_some_and(|first| column >= first)
            }
        };
        is_vote_cell && cell.trim() == value
    })
}

/// ": its header is …", to show what the file holds instead.
fn header_of(path: &Path) -> String {
    use std::io::BufRead;
    let Ok(file) = std::fs::File::open(path) else {
        return String::new();
    };
    let mut first = Vec::new();
    // The header line only, however large the file.
    let _ = std::io::BufReader::new(file).read_until(b'\n', &mut first);
    let mut header = String::from_utf8_lossy(&first).trim().to_owned();
    if header.chars().count() > 120 {
        header = header.chars().take(120).collect::<String>() + "…";
    }
    if header.is_empty() {
        " (it is empty)".to_owned()
    } else {
        format!(" (its header is: {header})")
    }
}
