//! The parsers of untrusted input, each with seed inputs and what it must always do: never
//! panic, and — where it writes what it reads — read back exactly what it wrote. A target
//! returns `Err` with what went wrong; a panic is caught by the runner.

use concord_domain::call::{Question, QuestionKind};
use concord_domain::drafting::notation;
use concord_domain::symbol::Symbol;
use concord_text::extract::{plain_text, Format};
use concord_text::opinion::polis_csv;

/// A parser to fuzz.
pub struct Target {
    /// Its name on the command line.
    pub name: &'static str,
    /// Valid inputs to start from.
    pub seeds: fn() -> Vec<Vec<u8>>,
    /// Runs one input; `Err` says which property failed.
    pub run: fn(&[u8]) -> Result<(), String>,
}

/// Every target, in the order a run visits them.
pub const TARGETS: &[Target] = &[
    Target {
        name: "notation",
        seeds: notation_seeds,
        run: notation_round_trip,
    },
    Target {
        name: "symbol",
        seeds: symbol_seeds,
        run: symbol_round_trip,
    },
    Target {
        name: "pdf",
        seeds: || vec![include_bytes!("../seeds/sample.pdf").to_vec()],
        run: |bytes| extract(Format::Pdf, bytes),
    },
    Target {
        name: "docx",
        seeds: || vec![include_bytes!("../seeds/sample.docx").to_vec()],
        run: |bytes| extract(Format::Docx, bytes),
    },
    Target {
        name: "odt",
        seeds: || vec![include_bytes!("../seeds/sample.odt").to_vec()],
        run: |bytes| extract(Format::Odt, bytes),
    },
    Target {
        name: "polis-comments",
        seeds: polis_seeds,
        run: polis_comments_round_trip,
    },
    Target {
        name: "polis-votes",
        seeds: polis_seeds,
        run: polis_votes_round_trip,
    },
    Target {
        name: "polis-participants",
        seeds: polis_seeds,
        run: polis_participants,
    },
    Target {
        name: "import-csv",
        seeds: import_seeds,
        run: |bytes| import(concord_domain::import::Format::Csv, bytes),
    },
    Target {
        name: "import-json",
        seeds: import_seeds,
        run: |bytes| import(concord_domain::import::Format::Json, bytes),
    },
    Target {
        name: "search-query",
        seeds: query_seeds,
        run: search_query,
    },
    Target {
        name: "multipart",
        seeds: multipart_seeds,
        run: crate::multipart::read,
    },
];

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn notation_seeds() -> Vec<Vec<u8>> {
    [
        "## Enhanced cooperation\n\nPP1. Recalling the Tunis Agenda,\n\nOP5 bis. Invites [all]{EU; 2017-09-26; wider than the mandate} stakeholders to [[strengthen]{G77} cooperation]{US}.\n\nOP6.\nAlt 1: Recommends a new mechanism.\nAlt 2: Recommends [no new mechanism]{; ; placed by the Chair}.\n",
        "OP1. See \\[1\\] and a \\{note\\} [x]{A\\; B}\n",
        "PP3 ter. [[[deep]]] text\ncontinued here\n",
    ]
    .map(|s| s.as_bytes().to_vec())
    .to_vec()
}

/// A text the reader accepts prints to the canonical form, which reads back to the same text
/// and prints the same again.
fn notation_round_trip(bytes: &[u8]) -> Result<(), String> {
    let Ok(draft) = notation::parse(&text(bytes)) else {
        return Ok(());
    };
    let printed = notation::print(&draft);
    let again = notation::parse(&printed).map_err(|e| format!("printed text refused: {e:?}"))?;
    if again != draft {
        return Err(format!("printed text reads back differently: {printed:?}"));
    }
    if notation::print(&again) != printed {
        return Err("printing is not stable".into());
    }
    for block in &draft.blocks {
        if let notation::Block::Paragraph(p) = block {
            for spans in &p.alternatives {
                let _ = (notation::count_brackets(spans), notation::plain_text(spans));
            }
        }
    }
    Ok(())
}

fn symbol_seeds() -> Vec<Vec<u8>> {
    [
        "E/CN.16/2014/CRP.2/Rev.1",
        "A/RES/67/195",
        "A/67/65–E/2012/48",
        "E/CN.16/2013/L.3/Add.1/Corr.2",
        "A/HRC/RES/20/8",
    ]
    .map(|s| s.as_bytes().to_vec())
    .to_vec()
}

/// A symbol the parser accepts is written so that it reads back the same.
fn symbol_round_trip(bytes: &[u8]) -> Result<(), String> {
    let Ok(symbol) = Symbol::parse("symbol", &text(bytes)) else {
        return Ok(());
    };
    let written = symbol.to_string();
    match Symbol::parse("symbol", &written) {
        Ok(again) if again == symbol => Ok(()),
        Ok(again) => Err(format!("{written:?} reads back as {again}")),
        Err(e) => Err(format!("{written:?} is refused: {}", e.message)),
    }
}

/// Extraction may fail on a damaged file, never panic (the runner also bounds its time).
fn extract(format: Format, bytes: &[u8]) -> Result<(), String> {
    let _ = plain_text(format, bytes);
    Ok(())
}

fn polis_seeds() -> Vec<Vec<u8>> {
    [
        "timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body\n1403054214196,x,0,0,0,2,1,\"Wages, first.\"\n1403054214200,x,1,1,0,1,-1,Off topic\n",
        "timestamp,datetime,comment-id,voter-id,vote\n1403054214196,Wed Jun 18 08:16:54 WIB 2014,0,0,0\n1403057082753,x,0,1,1\n1403057082999,x,1,1,-1\n",
        "participant,xid,group-id,n-comments,n-votes,n-agree,n-disagree,0,1\n0,abc,0,1,2,1,1,1,-1\n1,,,0,1,0,0,0,\n",
    ]
    .map(|s| s.as_bytes().to_vec())
    .to_vec()
}

/// Comments read are written back and read again the same.
fn polis_comments_round_trip(bytes: &[u8]) -> Result<(), String> {
    let Ok(comments) = polis_csv::read_comments(bytes) else {
        return Ok(());
    };
    let mut written = Vec::new();
    polis_csv::write_comments(&mut written, &comments).map_err(|e| e.to_string())?;
    let again = polis_csv::read_comments(written.as_slice()).map_err(|e| e.to_string())?;
    if again != comments {
        return Err("comments read back differently".into());
    }
    Ok(())
}

/// Votes read are written back and read again the same.
fn polis_votes_round_trip(bytes: &[u8]) -> Result<(), String> {
    let Ok(votes) = polis_csv::read_votes(bytes) else {
        return Ok(());
    };
    let mut written = Vec::new();
    polis_csv::write_votes(&mut written, &votes).map_err(|e| e.to_string())?;
    let again = polis_csv::read_votes(written.as_slice()).map_err(|e| e.to_string())?;
    if again != votes {
        return Err("votes read back differently".into());
    }
    Ok(())
}

fn polis_participants(bytes: &[u8]) -> Result<(), String> {
    if let Ok(file) = polis_csv::read_participants_votes(bytes) {
        let mut written = Vec::new();
        polis_csv::write_participants_votes(&mut written, &file).map_err(|e| e.to_string())?;
    }
    Ok(())
}

fn import_seeds() -> Vec<Vec<u8>> {
    [
        "kind,name,organization,stakeholder_group,country,lang,consent_publish,email,received_on,1,2 a)\norganization,APC,,civil_society,ZA,en,yes,a@example.org,2013-08-14,Government;Other,Open and inclusive\n",
        r#"[{"kind":"person","name":"Ana","stakeholder_group":"civil_society","lang":"en","consent_publish":true,"answers":{"1":["Government"],"2 a)":"Views"}}]"#,
    ]
    .map(|s| s.as_bytes().to_vec())
    .to_vec()
}

fn questions() -> Vec<Question> {
    vec![
        Question {
            id: concord_domain::ids::QuestionId(1),
            position: 1,
            label: "1".into(),
            text: "Which stakeholder category?".into(),
            kind: QuestionKind::MultipleChoice,
            options: vec!["Government".into(), "Other".into()],
            word_limit: None,
            required: true,
            analytic_group: None,
        },
        Question {
            id: concord_domain::ids::QuestionId(2),
            position: 2,
            label: "2 a)".into(),
            text: "Significance".into(),
            kind: QuestionKind::FreeText,
            options: Vec::new(),
            word_limit: Some(5),
            required: false,
            analytic_group: Some("Group 1".into()),
        },
    ]
}

fn import(format: concord_domain::import::Format, bytes: &[u8]) -> Result<(), String> {
    let _ = concord_domain::import::parse_batch(format, bytes, &questions());
    Ok(())
}

fn query_seeds() -> Vec<Vec<u8>> {
    [
        "enhanced cooperation",
        "\"public policy\" OR governance -ICANN",
        "NOT multistakeholder negotiat*",
        "互联网治理 الإنترنت Интернет",
    ]
    .map(|s| s.as_bytes().to_vec())
    .to_vec()
}

fn search_query(bytes: &[u8]) -> Result<(), String> {
    let _ = concord_text::search::parse(&text(bytes));
    Ok(())
}

fn multipart_seeds() -> Vec<Vec<u8>> {
    vec![b"--X\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\ntoken\r\n--X\r\nContent-Disposition: form-data; name=\"attachments\"; filename=\"a.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n%%EOF\n\r\n--X--\r\n".to_vec()]
}
