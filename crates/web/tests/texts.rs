//! Negotiating texts through the real pages: pasted in the drafting notation, read with their
//! brackets and sponsors, revised, compared word by word and downloaded back unchanged; a
//! revision made from an older version is refused with 409 and shown beside what changed.

// Tests: a failed unwrap is a failed assertion.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use axum::http::{header, StatusCode};
use common::{signed_in, App, Browser};

both_backends!(
    a_pasted_text_reads_with_its_brackets_and_comes_back_unchanged,
    versions_are_kept_compared_and_never_overwritten,
    mistakes_in_the_notation_are_placed_and_nothing_is_saved,
    hostile_texts_are_refused_and_every_stored_text_reads_back,
);

const FIRST: &str = "## Enhanced cooperation

PP1. Recalling the Tunis Agenda for the Information Society,

OP1. Invites [all]{EU; 2017-09-26; wider than the mandate} stakeholders to [[strengthen]{G77} cooperation]{US}.

OP2.
Alt 1: Recommends a new mechanism.
Alt 2: Recommends [no new mechanism]{; ; placed by the Chair}.
";

/// Starts a text for the body and returns its page's path.
async fn start_text(admin: &mut Browser<'_>, body: i64, notation: &str) -> String {
    let created = admin
        .post(
            &format!("/bodies/{body}/texts/new"),
            &[
                ("title", "Draft recommendations"),
                ("kind", "chairs_text"),
                ("lang", "en"),
                ("notation", notation),
                ("note", "Chair's first draft"),
            ],
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.text);
    created.headers[header::LOCATION]
        .to_str()
        .unwrap()
        .to_owned()
}

async fn a_pasted_text_reads_with_its_brackets_and_comes_back_unchanged(app: App) {
    let (mut admin, _) = signed_in(&app, "Chair", true, None).await;
    let (wgec, _) = app.wgec().await;
    let path = start_text(&mut admin, wgec, FIRST).await;

    let mut public = Browser::new(&app);
    let page = public.get(&path).await;
    assert_eq!(page.status, StatusCode::OK);
    let html = page.text;
    assert!(
        html.contains("Chair’s text") || html.contains("Chair's text"),
        "{html}"
    );
    assert!(html.contains("<h3 dir=\"auto\">Enhanced cooperation</h3>"));
    assert!(html.contains("id=\"p-OP1\""), "paragraphs can be linked to");
    // The sponsor is shown, and a screen reader hears where the bracket starts and who
    // proposed it, with the reason and the day.
    assert!(html.contains("<sup class=\"sponsor\" aria-hidden=\"true\">EU</sup>"));
    assert!(
        html.contains("start of bracketed text proposed by EU"),
        "{html}"
    );
    assert!(
        html.contains("wider than the mandate (26 September 2017)"),
        "{html}"
    );
    assert!(html.contains("end of bracketed text"));
    assert!(html.contains("Alt 2:"));
    // Where it stands: 3 paragraphs, 1 clean, 2 with brackets or alternatives, 4 brackets.
    let state = &html[html.find("<table class=\"text-state\"").unwrap()..];
    let state = &state[..state.find("</table>").unwrap()];
    let cells: Vec<&str> = state
        .match_indices("<td>")
        .map(|(at, _)| &state[at + 4..at + 4 + state[at + 4..].find('<').unwrap()])
        .collect();
    assert_eq!(cells, ["3", "1", "2", "4"]);

    let download = public.get(&format!("{path}/notation.txt")).await;
    assert_eq!(download.status, StatusCode::OK);
    assert!(download.headers[header::CONTENT_TYPE]
        .to_str()
        .unwrap()
        .starts_with("text/plain"));
    assert_eq!(download.text, FIRST, "the text comes back as pasted");

    let body_page = public.get(&format!("/bodies/{wgec}")).await.text;
    assert!(body_page.contains("Draft recommendations"));
    assert!(
        !body_page.contains("Start a negotiating text"),
        "not for the public"
    );
    assert_eq!(
        public
            .get(&format!("/bodies/{wgec}/texts/new"))
            .await
            .status,
        StatusCode::SEE_OTHER,
        "signing in first"
    );
}

async fn versions_are_kept_compared_and_never_overwritten(app: App) {
    let (mut chair, _) = signed_in(&app, "Chair", true, None).await;
    let (mut secretariat, _) = signed_in(&app, "Secretariat", true, None).await;
    let (wgec, _) = app.wgec().await;
    let path = start_text(&mut chair, wgec, FIRST).await;

    // Both open version 1 to edit.
    let form = chair.get(&format!("{path}/edit")).await.text;
    assert!(form.contains("name=\"base\" value=\"1\""));
    let second = FIRST.replace("[all]{EU; 2017-09-26; wider than the mandate}", "all");
    let saved = chair
        .post(
            &format!("{path}/edit"),
            &[
                ("base", "1"),
                ("notation", &second),
                ("note", "Brackets on “all” lifted"),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text);

    // The secretariat saves from version 1 as well: refused, nothing overwritten, its text kept
    // in the form, and what version 2 changed shown beside it.
    let theirs = FIRST.replace(
        "Recalling the Tunis Agenda",
        "Recalling the Geneva Declaration of Principles and the Tunis Agenda",
    );
    let stale = secretariat
        .post(
            &format!("{path}/edit"),
            &[("base", "1"), ("notation", &theirs)],
        )
        .await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    assert!(stale
        .text
        .contains("Someone saved version 2 while you were editing version 1"));
    assert!(
        stale.text.contains("Geneva Declaration of Principles"),
        "their text is kept"
    );
    assert!(
        stale.text.contains("name=\"base\" value=\"2\""),
        "the next save merges"
    );
    assert!(stale.text.contains("<del>"), "{}", stale.text);
    // Saved again from version 2, it is version 3.
    let merged = secretariat
        .post(
            &format!("{path}/edit"),
            &[("base", "2"), ("notation", &theirs)],
        )
        .await;
    assert_eq!(merged.status, StatusCode::SEE_OTHER, "{}", merged.text);

    let mut public = Browser::new(&app);
    let versions = public.get(&format!("{path}/versions")).await.text;
    for n in ["version-1", "version-2", "version-3"] {
        assert!(versions.contains(n), "{versions}");
    }
    assert!(versions.contains("Brackets on “all” lifted"));
    let v1 = public
        .get(&format!("{path}/notation.txt?version=1"))
        .await
        .text;
    assert_eq!(v1, FIRST, "every version is kept whole");

    let compared = public
        .get(&format!("{path}/compare?from=1&to=2"))
        .await
        .text;
    assert!(compared.contains("OP1"));
    assert!(
        compared.contains("<del><span class=\"visually-hidden\">deleted: </span>[all]{EU; 2017-09-26; wider than the mandate} "),
        "{compared}"
    );
    assert!(compared.contains("<ins><span class=\"visually-hidden\">inserted: </span>all "));
    assert!(
        !compared.contains("PP1"),
        "unchanged paragraphs are not listed"
    );
    assert_eq!(
        public
            .get(&format!("{path}/compare?from=1&to=9"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}

async fn mistakes_in_the_notation_are_placed_and_nothing_is_saved(app: App) {
    let (mut admin, _) = signed_in(&app, "Chair", true, None).await;
    let (wgec, _) = app.wgec().await;
    let refused = admin
        .post(
            &format!("/bodies/{wgec}/texts/new"),
            &[
                ("title", "Draft"),
                ("kind", "zero_draft"),
                ("lang", "en"),
                ("notation", "OP1. Invites [all stakeholders to act."),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .text
            .contains("Line 1, character 14: this [ is never closed."),
        "{}",
        refused.text
    );
    assert!(
        refused
            .text
            .contains("OP1. Invites [all stakeholders to act."),
        "kept in the form"
    );
    let page = Browser::new(&app)
        .get(&format!("/bodies/{wgec}"))
        .await
        .text;
    assert!(page.contains("No negotiating text yet."));

    let path = start_text(&mut admin, wgec, "OP1. Agreed.\n").await;
    let bad = admin
        .post(
            &format!("{path}/edit"),
            &[("base", "1"), ("notation", "OP1. a\n\nOP1. b\n")],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        bad.text
            .contains("Line 3: two paragraphs have the same number."),
        "{}",
        bad.text
    );
    let french = admin
        .post(
            &format!("{path}/edit?lang=fr"),
            &[("base", "1"), ("notation", "OP1. [a]{EU; 26/09/2017}\n")],
        )
        .await;
    assert_eq!(french.status, StatusCode::UNPROCESSABLE_ENTITY);
    let text = Browser::new(&app)
        .get(&format!("{path}/notation.txt"))
        .await
        .text;
    assert_eq!(text, "OP1. Agreed.\n", "nothing was saved");
}

/// A text nested thousands of brackets deep (which once overflowed the stack of every thread
/// that showed it), and one stored in a form its own reader refused (`OP6.` then an empty
/// `Alt 1:`), are refused with their reason; the deepest text accepted shows and downloads.
async fn hostile_texts_are_refused_and_every_stored_text_reads_back(app: App) {
    let (mut admin, _) = signed_in(&app, "Chair", true, None).await;
    let (wgec, _) = app.wgec().await;
    let new_text = |notation: String| {
        vec![
            ("title", "Draft".to_owned()),
            ("kind", "zero_draft".to_owned()),
            ("lang", "en".to_owned()),
            ("notation", notation),
        ]
    };
    for depth in [33, 8_000, 20_000] {
        let deep = format!("OP1. {}x{}", "[".repeat(depth), "]".repeat(depth));
        let form = new_text(deep);
        let fields: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let refused = admin
            .post(&format!("/bodies/{wgec}/texts/new"), &fields)
            .await;
        assert_eq!(
            refused.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "depth {depth}"
        );
        assert!(
            refused
                .text
                .contains("Line 1, character 38: brackets nest at most 32 deep."),
            "{}",
            refused.text
        );
    }
    let form = new_text("OP6.\nAlt 1:".to_owned());
    let fields: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let refused = admin
        .post(&format!("/bodies/{wgec}/texts/new"), &fields)
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .text
            .contains("Line 2: this alternative has no text."),
        "{}",
        refused.text
    );

    let deepest = format!("OP1. {}x{}\n", "[".repeat(32), "]".repeat(32));
    let path = start_text(&mut admin, wgec, &deepest).await;
    let page = Browser::new(&app).get(&path).await;
    assert_eq!(page.status, StatusCode::OK);
    let download = Browser::new(&app)
        .get(&format!("{path}/notation.txt"))
        .await
        .text;
    assert_eq!(download, deepest, "what is kept reads back to itself");
}
