//! Pol.is's CSV export format: `votes.csv`, `comments.csv` and `participants-votes.csv`.
//!
//! - `votes.csv`: `timestamp,datetime,comment-id,voter-id,vote` — a vote history; a (voter,
//!   comment) pair may appear more than once and the latest counts (see [`VoteMatrix`]).
//! - `comments.csv`: `timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body`
//!   with `moderated` 1 (in), 0 (not yet moderated), -1 (out).
//! - `participants-votes.csv`: `participant,[xid,]group-id,n-comments,n-votes,n-agree,n-disagree`
//!   then one column per comment id holding 1, -1, 0 or nothing; `group-id` is empty for a
//!   participant not grouped. Newer exports have the `xid` column.
//!
//! Writers produce the same columns. The `datetime` column is written in UTC in the form
//! Pol.is's Java server uses (`Wed Jun 18 01:16:54 UTC 2014`); readers ignore it.

use crate::spreadsheet;
use std::collections::{BTreeMap, HashMap};
use std::io::{Read, Write};
use std::path::Path;

use csv::{ByteRecord, ReaderBuilder, Writer};

use super::error::OpinionError;
use super::matrix::VoteMatrix;
use super::votes::{Moderation, ParticipantId, StatementId, StatementInfo, Vote, VoteValue};

const VOTES: &str = "votes.csv";
const COMMENTS: &str = "comments.csv";
const PARTICIPANTS_VOTES: &str = "participants-votes.csv";

/// A row of `comments.csv`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PolisComment {
    pub id: StatementId,
    pub author: ParticipantId,
    pub timestamp: i64,
    pub agrees: u64,
    pub disagrees: u64,
    pub moderation: Moderation,
    pub body: String,
}

impl PolisComment {
    /// What the analysis needs of it (the export does not say which statements are meta).
    pub fn info(&self) -> StatementInfo {
        StatementInfo {
            id: self.id,
            moderation: self.moderation,
            is_meta: false,
        }
    }
}

/// A row of `participants-votes.csv`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParticipantRow {
    pub participant: ParticipantId,
    /// The embedding site's own id for the participant, when the export has the column and
    /// the cell is not empty.
    pub xid: Option<String>,
    pub group: Option<usize>,
    pub n_comments: u64,
    pub n_votes: u64,
    pub n_agree: u64,
    pub n_disagree: u64,
    /// The participant's final votes, in column order.
    pub votes: Vec<(StatementId, VoteValue)>,
}

/// The whole of `participants-votes.csv`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ParticipantsVotes {
    /// Whether the file has the `xid` column.
    pub has_xid: bool,
    /// The comment-id columns, in file order.
    pub statements: Vec<StatementId>,
    pub rows: Vec<ParticipantRow>,
}

impl ParticipantsVotes {
    /// The final votes the file records (timestamps zero), for exports without `votes.csv`.
    pub fn final_votes(&self) -> Vec<Vote> {
        self.rows
            .iter()
            .flat_map(|row| {
                row.votes.iter().map(|&(statement, value)| Vote {
                    participant: row.participant,
                    statement,
                    value,
                    timestamp: 0,
                })
            })
            .collect()
    }

    /// Pol.is's group per participant, for those grouped.
    pub fn groups(&self) -> HashMap<ParticipantId, usize> {
        self.rows
            .iter()
            .filter_map(|r| r.group.map(|g| (r.participant, g)))
            .collect()
    }

    /// The file for a matrix and its grouping: one row per voter or author, ascending;
    /// `comments` gives the comment columns (all of them, in id order) and authorship.
    pub fn from_matrix(
        matrix: &VoteMatrix,
        comments: &[PolisComment],
        group_of: impl Fn(ParticipantId) -> Option<usize>,
        xids: Option<&HashMap<ParticipantId, String>>,
    ) -> Self {
        let mut authored: BTreeMap<ParticipantId, u64> = BTreeMap::new();
        for c in comments {
            *authored.entry(c.author).or_default() += 1;
        }
        let mut statements: Vec<StatementId> = comments.iter().map(|c| c.id).collect();
        statements.extend_from_slice(matrix.statements());
        statements.sort_unstable();
        statements.dedup();
        let mut participants: Vec<ParticipantId> = authored.keys().copied().collect();
        participants.extend_from_slice(matrix.participants());
        participants.sort_unstable();
        participants.dedup();
        let rows = participants
            .into_iter()
            .map(|participant| {
                let votes: Vec<(StatementId, VoteValue)> = matrix
                    .row_of(participant)
                    .map(|row| {
                        let (columns, values) = matrix.row(row);
                        columns
                            .iter()
                            .zip(values)
                            .filter_map(|(&c, &v)| {
                                Some((
                                    *matrix.statements().get(c as usize)?,
                                    VoteValue::from_i8(v)?,
                                ))
                            })
                            .collect()
                    })
                    .unwrap_or_default();
                let count = |value| votes.iter().filter(|(_, v)| *v == value).count() as u64;
                ParticipantRow {
                    participant,
                    xid: xids.and_then(|x| x.get(&participant).cloned()),
                    group: group_of(participant),
                    n_comments: authored.get(&participant).copied().unwrap_or_default(),
                    n_votes: votes.len() as u64,
                    n_agree: count(VoteValue::Agree),
                    n_disagree: count(VoteValue::Disagree),
                    votes,
                }
            })
            .collect();
        ParticipantsVotes {
            has_xid: xids.is_some(),
            statements,
            rows,
        }
    }
}

/// An export folder: its votes (from `votes.csv`, or rebuilt from `participants-votes.csv`
/// when that file is missing), comments and, when present, `participants-votes.csv`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PolisExport {
    pub votes: Vec<Vote>,
    /// Whether `votes` is the full history (`votes.csv`) rather than the final votes.
    pub votes_are_history: bool,
    pub comments: Vec<PolisComment>,
    pub participants_votes: Option<ParticipantsVotes>,
}

impl PolisExport {
    /// Moderation of every comment, for [`crate::opinion::analyse`].
    pub fn statement_infos(&self) -> Vec<StatementInfo> {
        self.comments.iter().map(PolisComment::info).collect()
    }
}

/// Reads an export folder.
pub fn read_export_dir(dir: &Path) -> Result<PolisExport, OpinionError> {
    let open = |name: &str| std::fs::File::open(dir.join(name));
    let comments = read_comments(open(COMMENTS)?)?;
    let participants_votes = match open(PARTICIPANTS_VOTES) {
        Ok(file) => Some(read_participants_votes(file)?),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(e.into()),
    };
    let (votes, votes_are_history) = match open(VOTES) {
        Ok(file) => (
            read_votes(std::io::BufReader::with_capacity(1 << 20, file))?,
            true,
        ),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => (
            participants_votes
                .as_ref()
                .map(ParticipantsVotes::final_votes)
                .unwrap_or_default(),
            false,
        ),
        Err(e) => return Err(e.into()),
    };
    Ok(PolisExport {
        votes,
        votes_are_history,
        comments,
        participants_votes,
    })
}

fn column(
    headers: &ByteRecord,
    file: &'static str,
    name: &'static str,
) -> Result<usize, OpinionError> {
    headers
        .iter()
        .position(|h| h == name.as_bytes())
        .ok_or(OpinionError::MissingColumn { file, column: name })
}

fn number<T: std::str::FromStr>(
    record: &ByteRecord,
    index: usize,
    file: &'static str,
    column: &'static str,
) -> Result<T, OpinionError> {
    let raw = record.get(index).unwrap_or_default();
    let text = std::str::from_utf8(raw).unwrap_or_default().trim();
    text.parse::<T>()
        .ok()
        .or_else(|| {
            // Some exports write whole numbers as "12.0".
            text.parse::<f64>()
                .ok()
                .filter(|f| f.fract() == 0.0)
                .and_then(|f| format!("{f:.0}").parse().ok())
        })
        .ok_or_else(|| OpinionError::InvalidNumber {
            file,
            line: record.position().map(|p| p.line()).unwrap_or_default(),
            column,
            value: text.to_owned(),
        })
}

/// An id: a whole number that fits the signed 64-bit column it is stored in.
fn id(
    record: &ByteRecord,
    index: usize,
    file: &'static str,
    column: &'static str,
) -> Result<u64, OpinionError> {
    let value: u64 = number(record, index, file, column)?;
    if i64::try_from(value).is_err() {
        return Err(OpinionError::IdTooLarge {
            file,
            line: line_of(record),
            column,
            value,
        });
    }
    Ok(value)
}

fn line_of(record: &ByteRecord) -> u64 {
    record.position().map(|p| p.line()).unwrap_or_default()
}

/// A text cell, which must be UTF-8: replacing what cannot be read would change what people
/// wrote without telling them.
fn text(record: &ByteRecord, index: usize, file: &'static str) -> Result<String, OpinionError> {
    std::str::from_utf8(record.get(index).unwrap_or_default())
        .map(|cell| spreadsheet::restore(cell).to_owned())
        .map_err(|_| OpinionError::NotUtf8 {
            file,
            line: line_of(record),
        })
}

fn vote_value(raw: &[u8]) -> Result<Option<VoteValue>, OpinionError> {
    let text = std::str::from_utf8(raw).unwrap_or_default().trim();
    if text.is_empty() {
        return Ok(None);
    }
    let value = match text {
        "1" | "1.0" => VoteValue::Agree,
        "-1" | "-1.0" => VoteValue::Disagree,
        "0" | "0.0" | "-0" => VoteValue::Pass,
        _ => return Err(OpinionError::InvalidVote(text.to_owned())),
    };
    Ok(Some(value))
}

/// Reads `votes.csv`.
pub fn read_votes(input: impl Read) -> Result<Vec<Vote>, OpinionError> {
    let mut reader = ReaderBuilder::new().from_reader(input);
    let headers = reader.byte_headers()?.clone();
    let [timestamp, comment, voter, vote] = [
        column(&headers, VOTES, "timestamp")?,
        column(&headers, VOTES, "comment-id")?,
        column(&headers, VOTES, "voter-id")?,
        column(&headers, VOTES, "vote")?,
    ];
    let mut votes = Vec::new();
    let mut record = ByteRecord::new();
    while reader.read_byte_record(&mut record)? {
        let value = vote_value(record.get(vote).unwrap_or_default())?
            .ok_or_else(|| OpinionError::InvalidVote(String::new()))?;
        votes.push(Vote {
            participant: id(&record, voter, VOTES, "voter-id")?,
            statement: id(&record, comment, VOTES, "comment-id")?,
            value,
            timestamp: number(&record, timestamp, VOTES, "timestamp")?,
        });
    }
    Ok(votes)
}

/// Reads `comments.csv`.
pub fn read_comments(input: impl Read) -> Result<Vec<PolisComment>, OpinionError> {
    let mut reader = ReaderBuilder::new().from_reader(input);
    let headers = reader.byte_headers()?.clone();
    let [timestamp, id, author, agrees, disagrees, moderated, body] = [
        column(&headers, COMMENTS, "timestamp")?,
        column(&headers, COMMENTS, "comment-id")?,
        column(&headers, COMMENTS, "author-id")?,
        column(&headers, COMMENTS, "agrees")?,
        column(&headers, COMMENTS, "disagrees")?,
        column(&headers, COMMENTS, "moderated")?,
        column(&headers, COMMENTS, "comment-body")?,
    ];
    let mut comments = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut record = ByteRecord::new();
    while reader.read_byte_record(&mut record)? {
        let moderation_value: i8 = number(&record, moderated, COMMENTS, "moderated")?;
        let statement = self::id(&record, id, COMMENTS, "comment-id")?;
        if !seen.insert(statement) {
            return Err(OpinionError::DuplicateStatement {
                file: COMMENTS,
                line: line_of(&record),
                id: statement,
            });
        }
        comments.push(PolisComment {
            id: statement,
            author: self::id(&record, author, COMMENTS, "author-id")?,
            timestamp: number(&record, timestamp, COMMENTS, "timestamp")?,
            agrees: number(&record, agrees, COMMENTS, "agrees")?,
            disagrees: number(&record, disagrees, COMMENTS, "disagrees")?,
            moderation: Moderation::from_i8(moderation_value)
                .ok_or_else(|| OpinionError::InvalidVote(moderation_value.to_string()))?,
            body: text(&record, body, COMMENTS)?,
        });
    }
    Ok(comments)
}

/// Reads `participants-votes.csv`, with or without the `xid` column.
pub fn read_participants_votes(input: impl Read) -> Result<ParticipantsVotes, OpinionError> {
    let mut reader = ReaderBuilder::new().flexible(true).from_reader(input);
    let headers = reader.byte_headers()?.clone();
    let participant = column(&headers, PARTICIPANTS_VOTES, "participant")?;
    let xid = headers.iter().position(|h| h == b"xid");
    let group = column(&headers, PARTICIPANTS_VOTES, "group-id")?;
    let n_comments = column(&headers, PARTICIPANTS_VOTES, "n-comments")?;
    let n_votes = column(&headers, PARTICIPANTS_VOTES, "n-votes")?;
    let n_agree = column(&headers, PARTICIPANTS_VOTES, "n-agree")?;
    let n_disagree = column(&headers, PARTICIPANTS_VOTES, "n-disagree")?;
    let first_vote = n_disagree + 1;
    let statements: Vec<StatementId> = headers
        .iter()
        .skip(first_vote)
        .map(|h| {
            let text = String::from_utf8_lossy(h).trim().to_owned();
            text.parse().map_err(|_| OpinionError::InvalidNumber {
                file: PARTICIPANTS_VOTES,
                line: 1,
                column: "comment-id",
                value: text,
            })
        })
        .collect::<Result<_, _>>()?;
    let mut rows = Vec::new();
    let mut record = ByteRecord::new();
    while reader.read_byte_record(&mut record)? {
        let group_cell = record.get(group).unwrap_or_default();
        let mut votes = Vec::new();
        for (statement, cell) in statements.iter().zip(record.iter().skip(first_vote)) {
            if let Some(value) = vote_value(cell)? {
                votes.push((*statement, value));
            }
        }
        rows.push(ParticipantRow {
            participant: id(&record, participant, PARTICIPANTS_VOTES, "participant")?,
            xid: xid
                .map(|i| text(&record, i, PARTICIPANTS_VOTES))
                .transpose()?
                .filter(|x| !x.is_empty()),
            group: if group_cell.is_empty() {
                None
            } else {
                Some(number(&record, group, PARTICIPANTS_VOTES, "group-id")?)
            },
            n_comments: number(&record, n_comments, PARTICIPANTS_VOTES, "n-comments")?,
            n_votes: number(&record, n_votes, PARTICIPANTS_VOTES, "n-votes")?,
            n_agree: number(&record, n_agree, PARTICIPANTS_VOTES, "n-agree")?,
            n_disagree: number(&record, n_disagree, PARTICIPANTS_VOTES, "n-disagree")?,
            votes,
        });
    }
    Ok(ParticipantsVotes {
        has_xid: xid.is_some(),
        statements,
        rows,
    })
}

/// Writes `votes.csv`.
pub fn write_votes(output: impl Write, votes: &[Vote]) -> Result<(), OpinionError> {
    let mut writer = Writer::from_writer(output);
    writer.write_record(["timestamp", "datetime", "comment-id", "voter-id", "vote"])?;
    for v in votes {
        writer.write_record([
            v.timestamp.to_string(),
            java_date_utc(v.timestamp),
            v.statement.to_string(),
            v.participant.to_string(),
            v.value.as_i8().to_string(),
        ])?;
    }
    writer.flush()?;
    Ok(())
}

/// Writes `comments.csv`.
pub fn write_comments(output: impl Write, comments: &[PolisComment]) -> Result<(), OpinionError> {
    let mut writer = Writer::from_writer(output);
    writer.write_record([
        "timestamp",
        "datetime",
        "comment-id",
        "author-id",
        "agrees",
        "disagrees",
        "moderated",
        "comment-body",
    ])?;
    for c in comments {
        writer.write_record([
            c.timestamp.to_string(),
            java_date_utc(c.timestamp),
            c.id.to_string(),
            c.author.to_string(),
            c.agrees.to_string(),
            c.disagrees.to_string(),
            c.moderation.as_i8().to_string(),
            spreadsheet::neutralise(&c.body).into_owned(),
        ])?;
    }
    writer.flush()?;
    Ok(())
}

/// Writes `participants-votes.csv`.
pub fn write_participants_votes(
    output: impl Write,
    file: &ParticipantsVotes,
) -> Result<(), OpinionError> {
    let mut writer = Writer::from_writer(output);
    let mut header: Vec<String> = vec!["participant".into()];
    if file.has_xid {
        header.push("xid".into());
    }
    header.extend(["group-id", "n-comments", "n-votes", "n-agree", "n-disagree"].map(String::from));
    header.extend(file.statements.iter().map(u64::to_string));
    writer.write_record(&header)?;
    let column_of: HashMap<StatementId, usize> = file
        .statements
        .iter()
        .enumerate()
        .map(|(i, &s)| (s, i))
        .collect();
    for row in &file.rows {
        let mut record: Vec<String> = vec![row.participant.to_string()];
        if file.has_xid {
            record
                .push(spreadsheet::neutralise(row.xid.as_deref().unwrap_or_default()).into_owned());
        }
        record.push(row.group.map(|g| g.to_string()).unwrap_or_default());
        record.extend(
            [row.n_comments, row.n_votes, row.n_agree, row.n_disagree].map(|n| n.to_string()),
        );
        let mut cells = vec![String::new(); file.statements.len()];
        for (statement, value) in &row.votes {
            if let Some(cell) = column_of.get(statement).and_then(|&i| cells.get_mut(i)) {
                *cell = value.as_i8().to_string();
            }
        }
        record.extend(cells);
        writer.write_record(&record)?;
    }
    writer.flush()?;
    Ok(())
}

/// `Wed Jun 18 01:16:54 UTC 2014` for a time in milliseconds since 1970.
fn java_date_utc(millis: i64) -> String {
    const DAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let seconds = millis.div_euclid(1000);
    let (days, second_of_day) = (seconds.div_euclid(86_400), seconds.rem_euclid(86_400));
    // Howard Hinnant's days-to-civil algorithm.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    let weekday = DAYS
        .get(days.rem_euclid(7) as usize)
        .copied()
        .unwrap_or_default();
    let month_name = MONTHS
        .get((month - 1) as usize)
        .copied()
        .unwrap_or_default();
    format!(
        "{weekday} {month_name} {day:02} {:02}:{:02}:{:02} UTC {year}",
        second_of_day / 3600,
        second_of_day % 3600 / 60,
        second_of_day % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const VOTES_CSV: &str = "timestamp,datetime,comment-id,voter-id,vote\n\
        1403054214196,Wed Jun 18 08:16:54 WIB 2014,0,0,0\n\
        1403057082753,Wed Jun 18 09:04:42 WIB 2014,0,1,1\n\
        1403057082999,Wed Jun 18 09:04:42 WIB 2014,1,1,-1\n\
        1403057090000,Wed Jun 18 09:04:50 WIB 2014,0,1,-1\n";
    const COMMENTS_CSV: &str =
        "timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body\n\
        1403054214196,x,0,0,0,2,1,\"Wages, first.\"\n\
        1403054214200,x,1,1,0,1,-1,Off topic\n\
        1403054214300,x,2,1,0,0,0,Unseen\n";

    const COMMENTS_HEADER: &str =
        "timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body\n";

    #[test]
    fn ids_past_what_is_stored_duplicates_and_broken_text_are_refused() {
        let too_large = format!("{COMMENTS_HEADER}1,x,9223372036854775808,0,0,0,0,Big\n");
        assert!(matches!(
            read_comments(too_large.as_bytes()),
            Err(OpinionError::IdTooLarge {
                value: 9_223_372_036_854_775_808,
                line: 2,
                ..
            })
        ));
        let largest = format!("{COMMENTS_HEADER}1,x,9223372036854775807,0,0,0,0,Big\n");
        assert_eq!(
            read_comments(largest.as_bytes()).unwrap()[0].id,
            i64::MAX as u64
        );
        let twice = format!("{COMMENTS_HEADER}1,x,3,0,0,0,0,One\n2,x,3,0,0,0,0,Two\n");
        assert!(matches!(
            read_comments(twice.as_bytes()),
            Err(OpinionError::DuplicateStatement { id: 3, line: 3, .. })
        ));
        let mut broken = format!("{COMMENTS_HEADER}1,x,4,0,0,0,0,Caf").into_bytes();
        broken.extend_from_slice(&[0xff, b'\n']);
        assert!(matches!(
            read_comments(broken.as_slice()),
            Err(OpinionError::NotUtf8 { line: 2, .. })
        ));
        let votes = "timestamp,datetime,comment-id,voter-id,vote\n1,x,0,18446744073709551615,1\n";
        assert!(matches!(
            read_votes(votes.as_bytes()),
            Err(OpinionError::IdTooLarge { .. })
        ));
    }

    #[test]
    fn a_formula_is_written_as_text_and_read_back_as_written() -> Result<(), OpinionError> {
        let comment = PolisComment {
            id: 0,
            author: 0,
            timestamp: 1,
            agrees: 0,
            disagrees: 0,
            moderation: Moderation::In,
            body: "=HYPERLINK(\"http://evil.example\",\"Click\")".into(),
        };
        let mut bytes = Vec::new();
        write_comments(&mut bytes, std::slice::from_ref(&comment))?;
        let written = String::from_utf8(bytes.clone()).unwrap_or_default();
        assert!(written.contains(",\"'=HYPERLINK("), "{written}");
        assert_eq!(read_comments(bytes.as_slice())?[0].body, comment.body);
        Ok(())
    }

    #[test]
    fn java_date_in_utc() {
        assert_eq!(java_date_utc(1403054214196), "Wed Jun 18 01:16:54 UTC 2014");
        assert_eq!(java_date_utc(0), "Thu Jan 01 00:00:00 UTC 1970");
    }

    #[test]
    fn votes_and_comments_round_trip() -> Result<(), OpinionError> {
        let votes = read_votes(VOTES_CSV.as_bytes())?;
        assert_eq!(votes.len(), 4);
        assert_eq!(votes[1].value, VoteValue::Agree);
        let mut written = Vec::new();
        write_votes(&mut written, &votes)?;
        assert_eq!(read_votes(written.as_slice())?, votes);

        let comments = read_comments(COMMENTS_CSV.as_bytes())?;
        assert_eq!(comments[0].body, "Wages, first.");
        assert_eq!(comments[1].moderation, Moderation::Out);
        let mut written = Vec::new();
        write_comments(&mut written, &comments)?;
        assert_eq!(read_comments(written.as_slice())?, comments);
        Ok(())
    }

    #[test]
    fn participants_votes_round_trip_with_and_without_xid() -> Result<(), OpinionError> {
        let votes = read_votes(VOTES_CSV.as_bytes())?;
        let comments = read_comments(COMMENTS_CSV.as_bytes())?;
        let matrix = VoteMatrix::from_votes(&votes);
        let xids: HashMap<ParticipantId, String> = [(1, "abc".to_owned())].into();
        for xid in [None, Some(&xids)] {
            let file =
                ParticipantsVotes::from_matrix(&matrix, &comments, |p| (p == 1).then_some(0), xid);
            // Participant 1's later disagree on comment 0 replaced the agree.
            assert_eq!(
                file.rows[1].votes,
                vec![(0, VoteValue::Disagree), (1, VoteValue::Disagree)]
            );
            assert_eq!((file.rows[1].n_comments, file.rows[1].n_disagree), (2, 2));
            let mut written = Vec::new();
            write_participants_votes(&mut written, &file)?;
            let read = read_participants_votes(written.as_slice())?;
            assert_eq!(read, file);
            assert_eq!(
                VoteMatrix::from_votes(&read.final_votes()).final_votes(),
                matrix.final_votes()
            );
        }
        Ok(())
    }

    #[test]
    fn reads_a_real_header_with_xid_and_empty_group() -> Result<(), OpinionError> {
        let csv = "participant,xid,group-id,n-comments,n-votes,n-agree,n-disagree,0,1,2\n\
                   3,,1,0,2,1,1,-1,1,\n\
                   4,x9,,0,1,0,0,0,,\n";
        let file = read_participants_votes(csv.as_bytes())?;
        assert!(file.has_xid);
        assert_eq!(file.rows[0].group, Some(1));
        assert_eq!(file.rows[1].group, None);
        assert_eq!(file.rows[1].xid.as_deref(), Some("x9"));
        assert_eq!(file.final_votes().len(), 3);
        Ok(())
    }
}
