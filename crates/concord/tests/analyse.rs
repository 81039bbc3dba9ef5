//! `concord analyse` as people run it on their own files: the opinion groups of a Pol.is export
//! in both layouts (votes.csv with comments.csv, and participants-votes.csv alone), the
//! campaigns in a CSV of answers, and each kind of bad input, with its message and a failing
//! exit. No database is configured anywhere here: these commands must not need one.

// Tests: a failed unwrap is a failed assertion.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde_json::Value;

/// Runs `concord` in `dir` with a clean environment; returns success, stdout and stderr.
fn concord(dir: &Path, args: &[&str]) -> (bool, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_concord"))
        .env_clear()
        .current_dir(dir)
        .stdin(Stdio::null())
        .args(args)
        .output()
        .expect("concord runs");
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// A CSV file's rows as maps from header to cell (the test's own files are simple CSV, but
/// cells may be quoted).
fn read_csv(file: &Path) -> Vec<BTreeMap<String, String>> {
    let text = std::fs::read_to_string(file).unwrap();
    let mut records = parse_csv(&text).into_iter();
    let header = records.next().unwrap();
    records
        .map(|r| header.iter().cloned().zip(r).collect())
        .collect()
}

/// A minimal CSV parser (quotes, doubled quotes, newlines in quotes) for reading results back.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let (mut records, mut record, mut cell) = (Vec::new(), Vec::new(), String::new());
    let (mut quoted, mut chars) = (false, text.chars().peekable());
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') => quoted = true,
            (false, ',') => record.push(std::mem::take(&mut cell)),
            (false, '\n') => {
                record.push(std::mem::take(&mut cell));
                records.push(std::mem::take(&mut record));
            }
            (false, c) => cell.push(c),
        }
    }
    records
}

// ---------------------------------------------------------------------------------------------
// A synthetic Pol.is conversation with two clear camps

const STATEMENTS: u64 = 12;
/// Participants 0..14 are one camp, 14..24 the other.
const CAMP_A: u64 = 14;
const PARTICIPANTS: u64 = 24;

/// Camp A agrees with statements 0–5 and disagrees with 6–9, camp B the opposite; everyone
/// agrees with 10 and 11. Each participant skips one statement of 0–9 and passes on another,
/// so that no two rows are the same.
fn vote(participant: u64, statement: u64) -> Option<i8> {
    if statement == participant % 10 {
        return None;
    }
    if statement == (participant + 3) % 10 {
        return Some(0);
    }
    let in_a = participant < CAMP_A;
    Some(match statement {
        0..=5 if in_a => 1,
        0..=5 => -1,
        6..=9 if in_a => -1,
        6..=9 => 1,
        _ => 1,
    })
}

fn statement_text(statement: u64) -> String {
    match statement {
        0 => "Bus fares should be free, for everyone".to_owned(),
        1 => "=The city should build \"more\" cycle lanes".to_owned(),
        s => format!("Statement number {s}"),
    }
}

/// votes.csv and comments.csv.
fn write_votes_layout(dir: &Path) {
    let mut votes = String::from("timestamp,datetime,comment-id,voter-id,vote\n");
    for p in 0..PARTICIPANTS {
        for s in 0..STATEMENTS {
            if let Some(v) = vote(p, s) {
                let t = 1_600_000_000_000 + p * 1000 + s;
                writeln!(votes, "{t},x,{s},{p},{v}").unwrap();
            }
        }
    }
    std::fs::write(dir.join("votes.csv"), votes).unwrap();
    let mut comments = String::from(
        "timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body\n",
    );
    for s in 0..STATEMENTS {
        let body = statement_text(s).replace('"', "\"\"");
        writeln!(comments, "{s},x,{s},0,0,0,1,\"{body}\"").unwrap();
    }
    std::fs::write(dir.join("comments.csv"), comments).unwrap();
}

/// participants-votes.csv alone, with the xid column.
fn write_participants_votes_layout(dir: &Path) {
    let mut text = String::from("participant,xid,group-id,n-comments,n-votes,n-agree,n-disagree");
    for s in 0..STATEMENTS {
        write!(text, ",{s}").unwrap();
    }
    text.push('\n');
    for p in 0..PARTICIPANTS {
        let votes: Vec<Option<i8>> = (0..STATEMENTS).map(|s| vote(p, s)).collect();
        let count = |v: i8| votes.iter().filter(|x| **x == Some(v)).count();
        write!(
            text,
            "{p},user-{p},,0,{},{},{}",
            votes.iter().flatten().count(),
            count(1),
            count(-1)
        )
        .unwrap();
        for v in &votes {
            text.push(',');
            if let Some(v) = v {
                write!(text, "{v}").unwrap();
            }
        }
        text.push('\n');
    }
    std::fs::write(dir.join("participants-votes.csv"), text).unwrap();
}

const OUTPUTS: [&str; 6] = [
    "groups.csv",
    "groups.json",
    "representative.csv",
    "representative.json",
    "consensus.csv",
    "consensus.json",
];

/// Runs the analysis of `export` into `<export>-out` and checks what both camps must give;
/// returns the rows of groups.csv.
fn analyse_two_camps(export: &Path) -> Vec<BTreeMap<String, String>> {
    let out = export.with_extension("out");
    let (ok, stdout, stderr) = concord(
        export.parent().unwrap(),
        &["analyse", "opinions", path(export), "--out", path(&out)],
    );
    assert!(ok, "{stdout}{stderr}");
    assert!(stdout.contains("in 2 groups"), "{stdout}");
    assert_eq!(
        stderr.contains("has no comments.csv: statements are shown by number only"),
        !export.join("comments.csv").exists(),
        "{stderr}"
    );
    for name in OUTPUTS {
        assert!(out.join(name).is_file(), "{name} missing");
    }

    let groups = read_csv(&out.join("groups.csv"));
    assert_eq!(groups.len(), PARTICIPANTS as usize);
    let group_of = |p: u64| groups[p as usize]["group"].clone();
    let camp_a: BTreeSet<String> = (0..CAMP_A).map(group_of).collect();
    let camp_b: BTreeSet<String> = (CAMP_A..PARTICIPANTS).map(group_of).collect();
    assert_eq!(camp_a.len(), 1, "camp A split: {groups:?}");
    assert_eq!(camp_b.len(), 1, "camp B split: {groups:?}");
    assert_ne!(camp_a, camp_b);
    let (a, b) = (camp_a.first().unwrap(), camp_b.first().unwrap());
    assert!(!a.is_empty() && !b.is_empty());
    assert_eq!(groups[0]["votes"], "11");

    let json: Value =
        serde_json::from_slice(&std::fs::read(out.join("groups.json")).unwrap()).unwrap();
    let mut sizes: Vec<u64> = json["groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["size"].as_u64().unwrap())
        .collect();
    sizes.sort_unstable();
    assert_eq!(sizes, [10, 14]);
    assert_eq!(json["participants"], 24);
    assert_eq!(json["participant_groups"].as_array().unwrap().len(), 24);

    // Each camp's representative statements are the ones it sides on against the other.
    let representative = read_csv(&out.join("representative.csv"));
    assert!(!representative.is_empty());
    for row in &representative {
        let statement: u64 = row["statement"].parse().unwrap();
        let agree = row["direction"] == "agree";
        let expected_agree = if &row["group"] == a {
            statement <= 5
        } else {
            assert_eq!(&row["group"], b);
            (6..=9).contains(&statement)
        };
        assert!(statement <= 9, "{row:?}");
        assert_eq!(agree, expected_agree, "{row:?}");
    }
    let json: Value =
        serde_json::from_slice(&std::fs::read(out.join("representative.json")).unwrap()).unwrap();
    assert_eq!(json.as_array().unwrap().len(), 2);

    // Everyone agrees with 10 and 11.
    let consensus = read_csv(&out.join("consensus.csv"));
    let agreed: BTreeSet<&str> = consensus
        .iter()
        .filter(|r| r["direction"] == "agree")
        .map(|r| r["statement"].as_str())
        .collect();
    assert!(
        agreed.contains("10") && agreed.contains("11"),
        "{consensus:?}"
    );
    let json: Value =
        serde_json::from_slice(&std::fs::read(out.join("consensus.json")).unwrap()).unwrap();
    assert!(json["agree"]
        .as_array()
        .unwrap()
        .iter()
        .any(|s| s["statement"] == 10));
    groups
}

#[test]
fn opinion_groups_of_an_export_with_votes_and_comments() {
    let dir = tempfile::tempdir().unwrap();
    let export = dir.path().join("export");
    std::fs::create_dir(&export).unwrap();
    write_votes_layout(&export);
    let groups = analyse_two_camps(&export);
    assert!(groups.iter().all(|g| g["xid"].is_empty()));
    let out = export.with_extension("out");
    // Texts come from comments.csv, a formula-like text kept readable as text.
    let representative = std::fs::read_to_string(out.join("representative.csv")).unwrap();
    assert!(
        representative.contains("\"Bus fares should be free, for everyone\""),
        "{representative}"
    );
    assert!(
        representative.contains("\"'=The city should build \"\"more\"\" cycle lanes\""),
        "{representative}"
    );
    let json = std::fs::read_to_string(out.join("representative.json")).unwrap();
    assert!(json.contains("\"text\": \"Bus fares should be free, for everyone\""));
}

#[test]
fn opinion_groups_of_an_export_with_participants_votes_only() {
    let dir = tempfile::tempdir().unwrap();
    let export = dir.path().join("export");
    std::fs::create_dir(&export).unwrap();
    write_participants_votes_layout(&export);
    let groups = analyse_two_camps(&export);
    assert_eq!(groups[3]["xid"], "user-3");

    // The same camps as from the full history.
    let other = dir.path().join("history");
    std::fs::create_dir(&other).unwrap();
    write_votes_layout(&other);
    let history = analyse_two_camps(&other);
    let partition = |rows: &[BTreeMap<String, String>]| {
        let mut by_group: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for r in rows {
            by_group
                .entry(r["group"].clone())
                .or_default()
                .insert(r["participant"].clone());
        }
        by_group.into_values().collect::<BTreeSet<_>>()
    };
    assert_eq!(partition(&groups), partition(&history));
}

#[test]
fn a_folder_without_votes_is_refused_with_what_it_holds() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let (ok, _, stderr) = concord(
        dir.path(),
        &["analyse", "opinions", "no-such-folder", "--out", path(&out)],
    );
    assert!(!ok);
    assert!(stderr.contains("no-such-folder does not exist"), "{stderr}");

    let export = dir.path().join("export");
    std::fs::create_dir(&export).unwrap();
    std::fs::write(export.join("summary.csv"), "topic,x\n").unwrap();
    let (ok, _, stderr) = concord(
        dir.path(),
        &["analyse", "opinions", path(&export), "--out", path(&out)],
    );
    assert!(!ok);
    assert!(stderr.contains("holds no votes"), "{stderr}");
    assert!(stderr.contains("votes.csv"), "{stderr}");
    assert!(stderr.contains("participants-votes.csv"), "{stderr}");
    assert!(stderr.contains("(it holds: summary.csv)"), "{stderr}");
    assert!(!out.exists(), "nothing is written");
}

/// Writes `file` into a new export folder next to a good comments.csv and returns the error.
fn refused(name: &str, content: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let export = dir.path().join("export");
    std::fs::create_dir(&export).unwrap();
    write_votes_layout(&export);
    std::fs::remove_file(export.join("votes.csv")).unwrap();
    std::fs::write(export.join(name), content).unwrap();
    let out = dir.path().join("out");
    let (ok, stdout, stderr) = concord(
        dir.path(),
        &["analyse", "opinions", path(&export), "--out", path(&out)],
    );
    assert!(!ok, "{stdout}{stderr}");
    assert!(!out.join("groups.csv").exists(), "nothing is written");
    stderr
}

#[test]
fn a_malformed_file_is_named_with_its_line() {
    let header = "timestamp,datetime,comment-id,voter-id,vote\n";
    let stderr = refused(
        "votes.csv",
        &format!("{header}1,x,0,0,1\n2,x,1,0,1\n3,x,1,abc,1\n"),
    );
    assert!(
        stderr.contains("votes.csv, line 4: voter-id \"abc\" is not a number"),
        "{stderr}"
    );

    let stderr = refused("votes.csv", &format!("{header}1,x,0,0,1\n2,x,1\n"));
    assert!(
        stderr.contains("votes.csv, line 3: not valid CSV"),
        "{stderr}"
    );

    let stderr = refused("votes.csv", &format!("{header}1,x,0,0,1\n2,x,1,0,yes\n"));
    assert!(
        stderr.contains(
            "votes.csv, line 3: vote \"yes\" is not 1 (agree), -1 (disagree) or 0 (pass)"
        ),
        "{stderr}"
    );

    let stderr = refused(
        "participants-votes.csv",
        "participant,group-id,n-comments,n-votes,n-agree,n-disagree,0,1\n0,,0,2,1,1,1,-1\n1,,0,2,1,1,1,2\n",
    );
    assert!(
        stderr.contains("participants-votes.csv, line 3: vote \"2\""),
        "{stderr}"
    );

    let stderr = refused("votes.csv", "when,who,what\n1,2,3\n");
    assert!(
        stderr.contains("is not Pol.is's votes.csv: it has no column \"timestamp\" (its header is: when,who,what)"),
        "{stderr}"
    );
}

#[test]
fn too_few_votes_are_said_to_be_too_few() {
    let header = "timestamp,datetime,comment-id,voter-id,vote\n";
    let stderr = refused("votes.csv", &format!("{header}1,x,0,0,1\n2,x,1,1,-1\n"));
    assert!(
        stderr.contains(
            "too few votes to find opinion groups: 2 participants voted on 2 statements (2 votes)"
        ),
        "{stderr}"
    );
    let stderr = refused("votes.csv", header);
    assert!(stderr.contains("too few votes"), "{stderr}");
}

#[test]
fn no_database_is_opened_even_when_one_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let export = dir.path().join("export");
    std::fs::create_dir(&export).unwrap();
    write_votes_layout(&export);
    let out = dir.path().join("out");
    // A database that does not exist: `serve` or `migrate` would refuse it.
    let (ok, stdout, stderr) = concord(
        dir.path(),
        &[
            "--database-url",
            "sqlite://no-such.db",
            "analyse",
            "opinions",
            path(&export),
            "--out",
            path(&out),
        ],
    );
    assert!(ok, "{stdout}{stderr}");
    assert!(!dir.path().join("no-such.db").exists());
    assert!(
        !dir.path().join("concord-data").exists(),
        "no data folder is made"
    );
    let (ok, stdout, _) = concord(dir.path(), &["analyse", "--help"]);
    assert!(ok);
    assert!(
        stdout.contains("opinions") && stdout.contains("campaigns"),
        "{stdout}"
    );
}

// ---------------------------------------------------------------------------------------------
// Campaigns

const LETTER: &str = "I am writing to urge the agency to withdraw the proposed rule on \
    water quality standards. The rule would weaken protections for rivers and lakes that \
    millions of families depend on for drinking water, fishing and recreation. Please keep the \
    current standards in place and enforce them fully for the sake of our children.";

fn campaign_rows(dir: &Path) -> PathBuf {
    let unrelated = [
        "The new bridge design ignores cyclists entirely; please add a protected lane on both \
         sides and a safe crossing at the northern end.",
        "Our school needs more funding for music and art, which the proposed budget cuts by \
         half while the sports programme keeps every dollar.",
        "I support the rule as written because the economic analysis in section four is sound \
         and the costs to small farms are modest.",
        "Thanks",
    ];
    let mut text = String::from("answer,name,body\n");
    let members = [
        ("m1", LETTER.to_owned()),
        ("m2", LETTER.to_owned()),
        (
            "m3",
            format!("{LETTER} Signed, a worried grandmother from Ohio."),
        ),
        (
            "m4",
            format!(
                "Dear Administrator, {LETTER} I have fished the Miami River with my father since \
                 I was six years old, and last summer the fish advisories covered every stretch \
                 we used to visit. My neighbours have stopped letting their children swim in it."
            ),
        ),
        ("m5", LETTER.to_uppercase()),
    ];
    for (i, (id, body)) in members.iter().enumerate() {
        writeln!(text, "{id},person {i},\"{}\"", body.replace('"', "\"\"")).unwrap();
    }
    for (i, body) in unrelated.iter().enumerate() {
        writeln!(text, "u{i},other {i},\"{body}\"").unwrap();
    }
    let file = dir.join("answers.csv");
    std::fs::write(&file, text).unwrap();
    file
}

#[test]
fn a_form_letter_is_one_campaign_and_other_answers_none() {
    let dir = tempfile::tempdir().unwrap();
    let input = campaign_rows(dir.path());
    let out = dir.path().join("campaigns.csv");
    let (ok, stdout, stderr) = concord(
        dir.path(),
        &[
            "analyse",
            "campaigns",
            path(&input),
            "--out",
            path(&out),
            "--id-col",
            "answer",
            "--text-col",
            "body",
        ],
    );
    assert!(ok, "{stdout}{stderr}");
    assert!(
        stdout.contains("9 answers read; 5 in 1 campaigns"),
        "{stdout}"
    );
    let rows = read_csv(&out);
    assert_eq!(
        parse_csv(&std::fs::read_to_string(&out).unwrap())[0],
        [
            "id",
            "campaign",
            "similarity",
            "holds_common_text",
            "held_in_common_text"
        ]
    );
    let ids: Vec<&str> = rows.iter().map(|r| r["id"].as_str()).collect();
    assert_eq!(ids, ["m1", "m2", "m3", "m4", "m5", "u0", "u1", "u2", "u3"]);
    for row in &rows[..5] {
        assert_eq!(row["campaign"], "1", "{row:?}");
        let similarity: f64 = row["similarity"].parse().unwrap();
        assert!(similarity > 0.0 && similarity <= 1.0, "{row:?}");
    }
    // Exact copies, and the same words in capitals, are the common text itself.
    for i in [0, 1, 4] {
        assert_eq!(rows[i]["similarity"], "1", "{:?}", rows[i]);
    }
    // The member with a paragraph of their own holds the whole letter.
    assert_eq!(rows[3]["holds_common_text"], "1");
    assert!(rows[3]["similarity"].parse::<f64>().unwrap() < 0.8);
    for row in &rows[5..] {
        assert_eq!(row["campaign"], "", "{row:?}");
        assert_eq!(row["similarity"], "", "{row:?}");
    }
}

#[test]
fn campaign_input_mistakes_are_explained() {
    let dir = tempfile::tempdir().unwrap();
    let input = campaign_rows(dir.path());
    let out = dir.path().join("campaigns.csv");
    let run = |args: &[&str]| {
        let mut all = vec!["analyse", "campaigns"];
        all.extend_from_slice(args);
        let (ok, stdout, stderr) = concord(dir.path(), &all);
        assert!(!ok, "{stdout}{stderr}");
        stderr
    };
    let stderr = run(&[path(&input), "--out", path(&out), "--id-col", "answer"]);
    assert!(
        stderr.contains("has no column \"text\" (its columns are: answer, name, body); name the columns with --id-col and --text-col"),
        "{stderr}"
    );
    let stderr = run(&["missing.csv", "--out", path(&out)]);
    assert!(stderr.contains("cannot read missing.csv"), "{stderr}");
    let stderr = run(&[path(dir.path()), "--out", path(&out)]);
    assert!(stderr.contains("it is a folder"), "{stderr}");

    let broken = dir.path().join("broken.csv");
    let mut bytes = b"id,text\n1,fine\n2,caf".to_vec();
    bytes.extend_from_slice(&[0xe9, b'\n']);
    std::fs::write(&broken, bytes).unwrap();
    let stderr = run(&[path(&broken), "--out", path(&out)]);
    assert!(
        stderr.contains("broken.csv: line 3: the text is not UTF-8"),
        "{stderr}"
    );

    let uneven = dir.path().join("uneven.csv");
    std::fs::write(&uneven, "id,text\n1,fine\n2,two,three\n").unwrap();
    let stderr = run(&[path(&uneven), "--out", path(&out)]);
    assert!(
        stderr.contains("uneven.csv: line 3: 3 cells where the header has 2"),
        "{stderr}"
    );

    let stderr = run(&[path(&input), "--out", path(&out), "--threshold", "1.5"]);
    assert!(stderr.contains("--threshold must be above 0"), "{stderr}");
    let stderr = run(&[path(&input), "--out", path(&input)]);
    assert!(stderr.contains("is the input file"), "{stderr}");
    assert!(!out.exists(), "nothing is written");
}

// ---------------------------------------------------------------------------------------------
// A real export, when the shared data are there

fn shared_polis() -> Option<PathBuf> {
    let dir = std::env::var_os("CONCORD_SHARED_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data"))
        .join("polis");
    if dir.is_dir() {
        return Some(dir);
    }
    assert!(
        std::env::var("CI").map_or(true, |v| v != "true"),
        "shared data not found at {} (set CONCORD_SHARED_DATA); CI must not skip",
        dir.display()
    );
    println!("skipped: no shared data at {}", dir.display());
    None
}

#[test]
fn a_real_export_in_both_layouts() {
    let Some(polis) = shared_polis() else {
        return;
    };
    let source = polis.join("brexit-consensus");
    let dir = tempfile::tempdir().unwrap();
    // The same conversation as a participants-votes.csv-only export.
    let only = dir.path().join("only-participants-votes");
    std::fs::create_dir(&only).unwrap();
    for name in ["participants-votes.csv", "comments.csv"] {
        std::fs::copy(source.join(name), only.join(name)).unwrap();
    }
    for (export, out) in [
        (&source, dir.path().join("full")),
        (&only, dir.path().join("pv")),
    ] {
        let (ok, stdout, stderr) = concord(
            dir.path(),
            &["analyse", "opinions", path(export), "--out", path(&out)],
        );
        assert!(ok, "{stdout}{stderr}");
        let groups = read_csv(&out.join("groups.csv"));
        let found: BTreeSet<&str> = groups
            .iter()
            .map(|r| r["group"].as_str())
            .filter(|g| !g.is_empty())
            .collect();
        assert!(found.len() >= 2, "{stdout}");
        assert!(!read_csv(&out.join("representative.csv")).is_empty());
    }
}
