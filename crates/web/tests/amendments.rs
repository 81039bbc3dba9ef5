//! Amendments through the real pages: a member proposes one for their seat with co-sponsors,
//! the compilation lists it under its paragraph, numbered and attributed, with what it changes
//! word by word; the Chair's handling is recorded with its reason; bad proposals are refused with
//! a clear message and nothing is stored.

// Tests: a failed unwrap is a failed assertion.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use axum::http::{header, StatusCode};
use common::{seated, signed_in, start_text, App, Browser};
use concord_domain::ids::TextId;
use concord_store::AmendmentStore;

both_backends!(
    amendments_are_compiled_by_paragraph_with_their_sponsors_and_handling,
    bad_amendments_are_refused_and_nothing_is_kept,
);

const TEXT: &str = "OP1. Invites all stakeholders to cooperate.

OP2. Recommends that the Commission review progress every two years.
";

async fn amendments_are_compiled_by_paragraph_with_their_sponsors_and_handling(app: App) {
    let (mut chair, _) = signed_in(&app, "Chair", true, None).await;
    let (wgec, _) = app.wgec().await;
    let path = start_text(&mut chair, wgec, TEXT).await;
    let (mut brazil, brazil_seat) = seated(&app, wgec, "Benedicto", "member", Some("BR")).await;
    let (_, india_seat) = seated(&app, wgec, "Rajesh", "member", Some("IN")).await;
    let (_, egypt_seat) = seated(&app, wgec, "Nermine", "member", Some("EG")).await;

    let (brazil_id, india_id, egypt_id) = (
        brazil_seat.to_string(),
        india_seat.to_string(),
        egypt_seat.to_string(),
    );
    let proposed = brazil
        .post(
            &format!("{path}/amendments"),
            &[
                ("membership", &brazil_id),
                ("paragraph", "OP2"),
                ("kind", "replace"),
                (
                    "proposed",
                    "Recommends that the Commission review progress at each of its sessions.",
                ),
                ("co_sponsor", &india_id),
                ("co_sponsor", &egypt_id),
                ("reason", "A yearly review keeps up with change"),
            ],
        )
        .await;
    assert_eq!(proposed.status, StatusCode::SEE_OTHER, "{}", proposed.text);
    assert_eq!(
        proposed.headers[header::LOCATION].to_str().unwrap(),
        format!("{path}/amendments#a-OP2")
    );
    let deleted = brazil
        .post(
            &format!("{path}/amendments"),
            &[
                ("membership", &brazil_id),
                ("paragraph", "OP1"),
                ("kind", "delete"),
                ("proposed", ""),
            ],
        )
        .await;
    assert_eq!(deleted.status, StatusCode::SEE_OTHER, "{}", deleted.text);

    let mut public = Browser::new(&app);
    let page = public.get(&format!("{path}/amendments")).await.text;
    assert!(page.contains("2 amendments, by paragraph."), "{page}");
    // In the order of the text: OP1's amendment first, though it came second.
    let op1 = page.find("id=\"a-OP1\"").unwrap();
    let op2 = page.find("id=\"a-OP2\"").unwrap();
    assert!(op1 < op2);
    assert!(
        page.contains("A1 — Replacement — Brazil (Benedicto)"),
        "{page}"
    );
    assert!(page.contains("A2 — Deletion — Brazil (Benedicto)"));
    assert!(
        page.contains("Co-sponsored by Egypt (Nermine), India (Rajesh)"),
        "{page}"
    );
    // What it changes, word by word.
    assert!(
        page.contains(
            "progress <del><span class=\"visually-hidden\">deleted: </span>every two years<span"
        ),
        "{page}"
    );
    assert!(
        page.contains(
            "<ins><span class=\"visually-hidden\">inserted: </span>at each of its sessions<span"
        ),
        "{page}"
    );
    assert!(page.contains("Not yet handled by the Chair."));
    assert!(
        !page.contains("action=\"/amendments/"),
        "the public does not handle"
    );

    // The Chair handles each; not retaining one says why.
    let amendments = app.store.amendments(TextId(super_id(&path))).await.unwrap();
    let a1 = amendments.iter().find(|a| a.number == 1).unwrap().id;
    let refused = chair
        .post(
            &format!("/amendments/{a1}/handling"),
            &[("handling", "not_retained"), ("reason", "")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused
        .text
        .contains("Say why the amendment was not retained"));
    let member_tries = brazil
        .post(
            &format!("/amendments/{a1}/handling"),
            &[("handling", "incorporated")],
        )
        .await;
    assert_eq!(member_tries.status, StatusCode::FORBIDDEN);
    let handled = chair
        .post(
            &format!("/amendments/{a1}/handling"),
            &[
                ("handling", "bracketed"),
                ("reason", "For the second reading"),
            ],
        )
        .await;
    assert_eq!(handled.status, StatusCode::SEE_OTHER, "{}", handled.text);
    let page = public.get(&format!("{path}/amendments")).await.text;
    assert!(page.contains("Bracketed — Chair,"), "{page}");
    assert!(page.contains(": For the second reading"));
    let stored = app.store.amendment(a1).await.unwrap().unwrap();
    assert_eq!(stored.handling().unwrap().code(), "bracketed");
    assert_eq!(stored.co_sponsors.len(), 2);
}

fn super_id(path: &str) -> i64 {
    path.trim_start_matches("/texts/").parse().unwrap()
}

async fn bad_amendments_are_refused_and_nothing_is_kept(app: App) {
    let (mut chair, _) = signed_in(&app, "Chair", true, None).await;
    let (wgec, _) = app.wgec().await;
    let path = start_text(&mut chair, wgec, TEXT).await;
    let (mut brazil, brazil_seat) = seated(&app, wgec, "Benedicto", "member", Some("BR")).await;
    let (_, india_seat) = seated(&app, wgec, "Rajesh", "member", Some("IN")).await;
    let seat = brazil_seat.to_string();

    let post = |fields: Vec<(&'static str, String)>| fields;
    for (fields, message) in [
        (
            post(vec![
                ("paragraph", "OP2".into()),
                ("kind", "replace".into()),
                ("proposed", "".into()),
            ]),
            "This field is required",
        ),
        (
            post(vec![
                ("paragraph", "OP2".into()),
                ("kind", "delete".into()),
                ("proposed", "Words".into()),
            ]),
            "A deletion proposes no words",
        ),
        (
            post(vec![
                ("paragraph", "OP2".into()),
                ("kind", "insert".into()),
                ("proposed", "Opens [a bracket".into()),
            ]),
            "bracket",
        ),
        (
            post(vec![("paragraph", "OP7".into()), ("kind", "delete".into())]),
            "The text has no paragraph OP7.",
        ),
    ] {
        let mut all: Vec<(&str, &str)> = vec![("membership", seat.as_str())];
        all.extend(fields.iter().map(|(k, v)| (*k, v.as_str())));
        let refused = brazil.post(&format!("{path}/amendments"), &all).await;
        assert_eq!(
            refused.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{message}"
        );
        assert!(
            refused.text.contains(message),
            "{message}: {}",
            refused.text
        );
    }
    // A seat that is not one's own.
    let india = india_seat.to_string();
    let refused = brazil
        .post(
            &format!("{path}/amendments"),
            &[
                ("membership", &india),
                ("paragraph", "OP1"),
                ("kind", "delete"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert!(app
        .store
        .amendments(TextId(super_id(&path)))
        .await
        .unwrap()
        .is_empty());
}
