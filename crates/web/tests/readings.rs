//! Readings and comments through the real pages: the Chair opens a reading tied to an agenda
//! item with a comment window; members comment while it is open (the public does not read a
//! members-only window's comments); a public reading takes anyone's comment with a confirmed
//! account; a comment is hidden with a reason and stays in the record; a closed window and a
//! window that ends before it opens are refused with clear messages.

// Tests: a failed unwrap is a failed assertion.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use axum::http::StatusCode;
use common::{seated, signed_in, start_text, App, Browser};
use concord_domain::agenda::AgendaItemForm;
use concord_domain::ids::{BodyId, TextId};
use concord_domain::meeting::MeetingForm;
use concord_store::{AuditActor, MeetingStore, ReadingStore};

both_backends!(
    a_reading_takes_members_comments_within_its_window,
    a_public_reading_takes_anyones_comment_and_bad_readings_are_refused,
);

const TEXT: &str = "OP1. Invites all stakeholders to cooperate.\n";

fn day(offset: i64) -> String {
    (time::OffsetDateTime::now_utc().date() + time::Duration::days(offset)).to_string()
}

async fn a_reading_takes_members_comments_within_its_window(app: App) {
    let (mut chair, _) = signed_in(&app, "Chair", true, None).await;
    let (wgec, _) = app.wgec().await;
    let by = AuditActor::system("test");
    let meeting = app
        .store
        .add_meeting(
            &by,
            BodyId(wgec),
            &MeetingForm {
                title: Some("Third meeting".into()),
                starts_on: Some("2017-01-24".into()),
                ..Default::default()
            }
            .parse()
            .unwrap(),
        )
        .await
        .unwrap();
    let item = app
        .store
        .add_agenda_item(
            &by,
            meeting.id,
            &AgendaItemForm {
                number: Some("3".into()),
                title: Some("Draft recommendations".into()),
                ..Default::default()
            }
            .parse()
            .unwrap(),
        )
        .await
        .unwrap();
    let path = start_text(&mut chair, wgec, TEXT).await;
    let (mut brazil, _) = seated(&app, wgec, "Benedicto", "member", Some("BR")).await;
    let (mut outsider, _) = signed_in(&app, "Outsider", false, None).await;

    // Before any reading, nobody comments.
    let closed = brazil
        .post(&format!("{path}/comments"), &[("body", "Too early")])
        .await;
    assert_eq!(closed.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(closed
        .text
        .contains("No comment window of this text is open today."));

    let opened = chair
        .post(
            &format!("{path}/readings"),
            &[
                ("title", "First reading"),
                ("taken_up", &format!("i:{}", item.id)),
                ("comments_open", &day(-1)),
                ("comments_close", &day(14)),
                ("visibility", "members"),
            ],
        )
        .await;
    assert_eq!(opened.status, StatusCode::SEE_OTHER, "{}", opened.text);
    let page = Browser::new(&app).get(&path).await.text;
    assert!(
        page.contains("Third meeting, item 3: Draft recommendations"),
        "{page}"
    );
    assert!(page.contains("(Members only)"));
    // The chart of the text's way to agreement marks where the reading started.
    assert!(page.contains("Reading 1 (First reading) started from this version."));
    assert!(page.contains("class=\"reading-mark\">R1</text>"), "{page}");

    let sent = brazil
        .post(
            &format!("{path}/comments"),
            &[
                ("paragraph", "OP1"),
                ("body", "Brazil would add developing countries here."),
            ],
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.text);
    let refused = outsider
        .post(&format!("{path}/comments"), &[("body", "Let me in")])
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN, "members only");
    let empty = brazil
        .post(&format!("{path}/comments"), &[("body", "  ")])
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);

    // Members read it; the public does not.
    let members_view = brazil.get(&format!("{path}/comments")).await.text;
    assert!(members_view.contains("Brazil would add developing countries here."));
    assert!(members_view.contains("OP1 — Benedicto"), "{members_view}");
    let public_view = Browser::new(&app)
        .get(&format!("{path}/comments"))
        .await
        .text;
    assert!(!public_view.contains("developing countries"));
    assert!(public_view.contains("The comment window open now is for the body"));

    // Hidden with a reason, never deleted.
    let text_id: i64 = path.trim_start_matches("/texts/").parse().unwrap();
    let comment = app.store.comments(TextId(text_id), true).await.unwrap()[0].id;
    let no_reason = chair
        .post(&format!("/comments/{comment}/hide"), &[("reason", "")])
        .await;
    assert_eq!(no_reason.status, StatusCode::UNPROCESSABLE_ENTITY);
    let not_yours = brazil
        .post(&format!("/comments/{comment}/hide"), &[("reason", "mine")])
        .await;
    assert_eq!(not_yours.status, StatusCode::FORBIDDEN);
    let hidden = chair
        .post(
            &format!("/comments/{comment}/hide"),
            &[("reason", "Personal data")],
        )
        .await;
    assert_eq!(hidden.status, StatusCode::SEE_OTHER);
    let view = brazil.get(&format!("{path}/comments")).await.text;
    assert!(!view.contains("developing countries"));
    assert!(view.contains("Hidden by Chair on"), "{view}");
    assert!(view.contains(": Personal data"));
    let kept = &app.store.comments(TextId(text_id), true).await.unwrap()[0];
    assert_eq!(kept.body, "Brazil would add developing countries here.");
    let readings = app.store.readings(TextId(text_id)).await.unwrap();
    assert_eq!(readings[0].comments, 1);
    assert_eq!(readings[0].meeting.as_ref().unwrap().0, meeting.id.0);
}

async fn a_public_reading_takes_anyones_comment_and_bad_readings_are_refused(app: App) {
    let (mut chair, _) = signed_in(&app, "Chair", true, None).await;
    let (wgec, _) = app.wgec().await;
    let path = start_text(&mut chair, wgec, TEXT).await;
    let (mut citizen, _) = signed_in(&app, "Citizen", false, None).await;

    let backwards = chair
        .post(
            &format!("{path}/readings"),
            &[
                ("title", "First reading"),
                ("comments_open", &day(5)),
                ("comments_close", &day(1)),
            ],
        )
        .await;
    assert_eq!(backwards.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(backwards
        .text
        .contains("The comment window ends before it opens."));
    let half = chair
        .post(
            &format!("{path}/readings"),
            &[("title", "First reading"), ("comments_open", &day(0))],
        )
        .await;
    assert!(half
        .text
        .contains("Give both the first and the last day of comments, or neither."));

    let opened = chair
        .post(
            &format!("{path}/readings"),
            &[
                ("title", "Public consultation"),
                ("comments_open", &day(0)),
                ("comments_close", &day(0)),
                ("visibility", "public"),
            ],
        )
        .await;
    assert_eq!(opened.status, StatusCode::SEE_OTHER, "{}", opened.text);
    let form = citizen.get(&format!("{path}/comments")).await.text;
    assert!(
        form.contains("Comment window open (Public consultation) until"),
        "{form}"
    );
    let sent = citizen
        .post(
            &format!("{path}/comments"),
            &[("body", "Please keep it short.")],
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.text);
    let public_view = Browser::new(&app)
        .get(&format!("{path}/comments"))
        .await
        .text;
    assert!(public_view.contains("Please keep it short."));
    assert!(public_view.contains("The whole text — Citizen"));
    assert!(public_view.contains("Sign in with a confirmed account to comment."));
}
