//! The way from brackets to a decision through the real pages: paragraphs moved towards
//! agreement (never a bracketed one, and agreed words never changed without reopening),
//! positions taken for seats and counted by group, consensus declared only when no member's
//! formal objection stands, and a silence procedure that members hear of by e-mail, that an
//! objection breaks, and that the job queue concludes at its deadline.

// Tests: a failed unwrap is a failed assertion.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use axum::http::{header, StatusCode};
use common::{seated, signed_in, start_text, App, Browser};
use concord_domain::ids::{TextId, VersionNo};
use concord_store::{AuditActor, ConsensusStore, MailStore};

both_backends!(
    paragraphs_move_towards_agreement_and_agreed_words_are_kept,
    positions_are_counted_by_group_and_observers_cannot_block,
    silence_is_announced_broken_by_an_objection_and_concluded_at_its_deadline,
);

const TEXT: &str = "## Preamble

PP1. Recalling the Tunis Agenda for the Information Society,

## Recommendations

OP1. Invites [all]{EU} stakeholders to cooperate.

OP2. Recommends that the Commission continue its work.
";

fn text_id(path: &str) -> TextId {
    TextId(path.trim_start_matches("/texts/").parse().unwrap())
}

async fn circulate(
    chair: &mut Browser<'_>,
    path: &str,
    version: &str,
    deadline: &str,
) -> common::Reply {
    chair
        .post(
            &format!("{path}/silence"),
            &[("version", version), ("deadline", deadline)],
        )
        .await
}

async fn paragraphs_move_towards_agreement_and_agreed_words_are_kept(app: App) {
    let (mut chair, _) = signed_in(&app, "Chair", true, None).await;
    let (wgec, _) = app.wgec().await;
    let path = start_text(&mut chair, wgec, TEXT).await;
    let status = |paragraph: &'static str, status: &'static str, reason: &'static str| {
        vec![
            ("paragraph", paragraph),
            ("status", status),
            ("reason", reason),
        ]
    };

    // A bracketed paragraph cannot be agreed.
    let refused = chair
        .post(&format!("{path}/status"), &status("OP1", "agreed", ""))
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .text
            .contains("cannot be agreed; settle them in the text first"),
        "{}",
        refused.text
    );
    // Pending needs the delegation awaited.
    let refused = chair
        .post(
            &format!("{path}/status"),
            &status("OP2", "agreed_pending", ""),
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused
        .text
        .contains("Name the delegation whose confirmation is awaited"));
    let pending = chair
        .post(
            &format!("{path}/status"),
            &[
                ("paragraph", "OP2"),
                ("status", "agreed_pending"),
                ("pending", "Brazil"),
            ],
        )
        .await;
    assert_eq!(pending.status, StatusCode::SEE_OTHER, "{}", pending.text);
    assert_eq!(
        pending.headers[header::LOCATION].to_str().unwrap(),
        format!("{path}#p-OP2")
    );
    for (paragraph, to) in [("PP1", "ad_ref"), ("PP1", "agreed"), ("PP1", "closed")] {
        let moved = chair
            .post(&format!("{path}/status"), &status(paragraph, to, ""))
            .await;
        assert_eq!(moved.status, StatusCode::SEE_OTHER, "{to}: {}", moved.text);
    }

    let mut public = Browser::new(&app);
    let page = public.get(&path).await.text;
    assert!(page.contains("status-closed\">Closed</span>"), "{page}");
    assert!(
        page.contains("Agreed pending</span> pending Brazil"),
        "{page}"
    );
    // By section: the preamble's one paragraph agreed; the recommendations' two, one
    // bracketed and one pending.
    let sections = &page[page.find("<table class=\"text-sections\"").unwrap()..];
    let sections = &sections[..sections.find("</table>").unwrap()];
    assert!(sections.contains("<th scope=\"row\" dir=\"auto\">Preamble</th><td>1</td><td>1</td><td>0</td><td>0</td><td>0</td>"), "{sections}");
    assert!(sections.contains("<th scope=\"row\" dir=\"auto\">Recommendations</th><td>2</td><td>0</td><td>1</td><td>1</td><td>1</td>"), "{sections}");
    // The chart tells it in words too.
    assert!(page.contains("Version 1: 1 agreed, 1 agreed ad ref or pending, 1 with brackets or alternatives, of 3 paragraphs."));
    assert!(
        !page.contains("action=\"/texts/"),
        "the public gets no form"
    );

    // The words of a closed paragraph do not change without reopening it.
    let edited = TEXT.replace(
        "Recalling the Tunis Agenda",
        "Recalling also the Tunis Agenda",
    );
    let refused = chair
        .post(
            &format!("{path}/edit"),
            &[("base", "1"), ("notation", &edited), ("note", "")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.text.contains("Paragraph PP1 is agreed; reopen it"),
        "{}",
        refused.text
    );
    let refused = chair
        .post(&format!("{path}/status"), &status("PP1", "open", ""))
        .await;
    assert!(refused.text.contains("Say why the paragraph is reopened"));
    let reopened = chair
        .post(
            &format!("{path}/status"),
            &status(
                "PP1",
                "open",
                "Wording of the Tunis reference to be checked",
            ),
        )
        .await;
    assert_eq!(reopened.status, StatusCode::SEE_OTHER);
    let saved = chair
        .post(
            &format!("{path}/edit"),
            &[("base", "1"), ("notation", &edited), ("note", "")],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text);
    let page = public.get(&path).await.text;
    assert!(page.contains("Under negotiation</span> Wording of the Tunis reference to be checked"));
    assert!(page.contains("Version 2: 0 agreed"), "{page}");

    // Every move is kept in order.
    let trail = app.store.status_trail(text_id(&path)).await.unwrap();
    let moves: Vec<(&str, &str)> = trail
        .iter()
        .map(|e| (e.paragraph.as_str(), e.status.code()))
        .collect();
    assert_eq!(
        moves,
        [
            ("OP2", "agreed_pending"),
            ("PP1", "ad_ref"),
            ("PP1", "agreed"),
            ("PP1", "closed"),
            ("PP1", "open")
        ]
    );
}

async fn positions_are_counted_by_group_and_observers_cannot_block(app: App) {
    let (mut chair, _) = signed_in(&app, "Chair", true, None).await;
    let (wgec, _) = app.wgec().await;
    let clean = "OP1. Recommends that the Commission continue its work.\n";
    let path = start_text(&mut chair, wgec, clean).await;
    let (mut brazil, brazil_seat) = seated(&app, wgec, "Benedicto", "member", Some("BR")).await;
    let (mut isoc, isoc_seat) = seated(&app, wgec, "Constance", "observer", None).await;
    let (mut stranger, _) = signed_in(&app, "Stranger", false, None).await;

    // An objection needs its reason; a seat is one's own.
    let seat = brazil_seat.to_string();
    let refused = brazil
        .post(
            &format!("{path}/positions"),
            &[
                ("membership", &seat),
                ("paragraph", "OP1"),
                ("stance", "objection"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused
        .text
        .contains("Give the reason for a reservation or a formal objection"));
    let isoc_as_brazil = isoc
        .post(
            &format!("{path}/positions"),
            &[("membership", &seat), ("stance", "support")],
        )
        .await;
    assert_eq!(isoc_as_brazil.status, StatusCode::FORBIDDEN);
    let not_a_member = stranger
        .post(
            &format!("{path}/positions"),
            &[("membership", &seat), ("stance", "support")],
        )
        .await;
    assert_eq!(not_a_member.status, StatusCode::FORBIDDEN);

    let objected = brazil
        .post(
            &format!("{path}/positions"),
            &[
                ("membership", &seat),
                ("paragraph", ""),
                ("stance", "objection"),
                ("reason", "Goes beyond the mandate of resolution 70/125"),
            ],
        )
        .await;
    assert_eq!(objected.status, StatusCode::SEE_OTHER, "{}", objected.text);
    let observer = isoc
        .post(
            &format!("{path}/positions"),
            &[
                ("membership", &isoc_seat.to_string()),
                ("stance", "objection"),
                ("reason", "Too weak"),
            ],
        )
        .await;
    assert_eq!(observer.status, StatusCode::SEE_OTHER, "{}", observer.text);

    // The Chair cannot declare consensus over a member's formal objection.
    let decide = |outcome: &'static str| vec![("outcome", outcome), ("version", "1"), ("note", "")];
    let refused = chair
        .post(&format!("{path}/decision"), &decide("adopted"))
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .text
            .contains("A formal objection stands: Brazil (Benedicto)."),
        "{}",
        refused.text
    );
    let summary = &refused.text[refused.text.find("error-summary").unwrap()..];
    let summary = &summary[..summary.find("</div>").unwrap()];
    assert!(
        !summary.contains("Constance"),
        "an observer cannot block: {summary}"
    );

    let positions = Browser::new(&app)
        .get(&format!("{path}/positions"))
        .await
        .text;
    assert!(positions.contains("Goes beyond the mandate of resolution 70/125"));
    assert!(positions.contains("observer: cannot block"));
    assert!(
        positions.contains("Latin American and Caribbean States"),
        "{positions}"
    );
    assert!(positions.contains("Governments"));

    // Brazil can live with it: now the Chair can declare it.
    let moved = brazil
        .post(
            &format!("{path}/positions"),
            &[("membership", &seat), ("stance", "can_live")],
        )
        .await;
    assert_eq!(moved.status, StatusCode::SEE_OTHER);
    let stale = chair
        .post(
            &format!("{path}/decision"),
            &[("outcome", "adopted"), ("version", "0")],
        )
        .await;
    assert_eq!(
        stale.status,
        StatusCode::CONFLICT,
        "decided on the version the room had"
    );
    let adopted = chair
        .post(&format!("{path}/decision"), &decide("adopted"))
        .await;
    assert_eq!(adopted.status, StatusCode::SEE_OTHER, "{}", adopted.text);
    let page = Browser::new(&app).get(&path).await.text;
    assert!(
        page.contains("<strong>It is so decided</strong> — declared by the Chair, version 1"),
        "{page}"
    );
    // An adopted text no longer changes.
    let refused = chair
        .post(
            &format!("{path}/edit"),
            &[
                ("base", "1"),
                ("notation", "OP1. Other words.\n"),
                ("note", ""),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused
        .text
        .contains("The text has been adopted; it no longer changes."));

    // No consensus is an outcome of its own, recorded as such.
    let other = start_text(&mut chair, wgec, clean).await;
    let none = chair
        .post(
            &format!("{other}/decision"),
            &[
                ("outcome", "no_consensus"),
                ("version", "1"),
                ("note", "Views differ on a new mechanism"),
            ],
        )
        .await;
    assert_eq!(none.status, StatusCode::SEE_OTHER);
    let page = Browser::new(&app).get(&other).await.text;
    assert!(page.contains("<strong>No consensus</strong>"));
    assert!(page.contains("Views differ on a new mechanism"));
}

async fn silence_is_announced_broken_by_an_objection_and_concluded_at_its_deadline(app: App) {
    let (mut chair, _) = signed_in(&app, "Chair", true, None).await;
    let (wgec, _) = app.wgec().await;
    let (mut brazil, brazil_seat) = seated(&app, wgec, "Benedicto", "member", Some("BR")).await;
    let path = start_text(&mut chair, wgec, TEXT).await;

    let when = |hours: i64| {
        let at = time::OffsetDateTime::now_utc() + time::Duration::hours(hours);
        format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}",
            at.year(),
            u8::from(at.month()),
            at.day(),
            at.hour(),
            at.minute()
        )
    };
    // Brackets first: a bracketed text cannot go under silence.
    let refused = circulate(&mut chair, &path, "1", &when(80)).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .text
            .contains("Paragraphs OP1 still have brackets or alternatives."),
        "{}",
        refused.text
    );
    let clean = TEXT.replace("[all]{EU}", "all");
    let saved = chair
        .post(
            &format!("{path}/edit"),
            &[("base", "1"), ("notation", &clean), ("note", "")],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let refused = circulate(&mut chair, &path, "2", &when(24)).await;
    assert!(
        refused
            .text
            .contains("A silence procedure lasts at least 72 hours."),
        "{}",
        refused.text
    );
    let refused = circulate(&mut chair, &path, "2", "next Tuesday").await;
    assert!(refused.text.contains("Give a date and a time"));
    let started = circulate(&mut chair, &path, "2", &when(80)).await;
    assert_eq!(started.status, StatusCode::SEE_OTHER, "{}", started.text);
    let page = Browser::new(&app).get(&path).await.text;
    assert!(
        page.contains("Version 2 of this text is under silence procedure until"),
        "{page}"
    );

    // Members hear of it by e-mail, through the job queue.
    let mailer = concord_web::mail::OutboxOnly;
    concord_web::jobs::work_batch(&app.store, &mailer, "http://concord.test", 16)
        .await
        .unwrap();
    let outbox = app.store.outbox(50).await.unwrap();
    let notice = outbox
        .iter()
        .find(|m| m.to.eq_ignore_ascii_case("Benedicto@example.org"))
        .expect("the member is told");
    assert!(
        notice.subject.starts_with("Under silence procedure until"),
        "{}",
        notice.subject
    );
    assert!(notice.body.contains("http://concord.test/texts/"));

    // The text does not change under silence; a member's objection breaks it.
    let refused = chair
        .post(
            &format!("{path}/edit"),
            &[("base", "2"), ("notation", TEXT), ("note", "")],
        )
        .await;
    assert!(refused
        .text
        .contains("under silence procedure; it does not change"));
    let objected = brazil
        .post(
            &format!("{path}/positions"),
            &[
                ("membership", &brazil_seat.to_string()),
                ("paragraph", "OP2"),
                ("stance", "objection"),
                ("reason", "The Commission's work needs a review first"),
            ],
        )
        .await;
    assert_eq!(objected.status, StatusCode::SEE_OTHER);
    let page = Browser::new(&app).get(&path).await.text;
    assert!(page.contains("Silence broken"), "{page}");
    assert!(page.contains("broken by Brazil (Benedicto)"));
    let id = text_id(&path);
    let broken = app.store.silences(id).await.unwrap().pop().unwrap();
    assert_eq!(broken.state.code(), "broken");

    // Once the objection is lifted, a procedure that ran its course is concluded by the job
    // queue by itself: here one circulated 80 hours ago, whose deadline passed an hour ago.
    brazil
        .post(
            &format!("{path}/positions"),
            &[
                ("membership", &brazil_seat.to_string()),
                ("paragraph", "OP2"),
                ("stance", "support"),
            ],
        )
        .await;
    let now = time::OffsetDateTime::now_utc();
    let rule = concord_domain::body::DecisionRule::Consensus;
    let by = AuditActor::system("test");
    let passed = app
        .store
        .start_silence(
            &by,
            id,
            rule,
            VersionNo(2),
            now - time::Duration::hours(1),
            now - time::Duration::hours(80),
        )
        .await
        .unwrap();
    assert_eq!(app.store.decisions(id).await.unwrap().len(), 0);
    concord_web::jobs::work_batch(&app.store, &mailer, "http://concord.test", 16)
        .await
        .unwrap();
    let concluded = app.store.silence(passed.id).await.unwrap().unwrap();
    assert_eq!(concluded.state.code(), "passed");
    let decisions = app.store.decisions(id).await.unwrap();
    assert_eq!(decisions.len(), 1);
    assert_eq!(decisions[0].outcome.code(), "adopted");
    assert_eq!(decisions[0].method.code(), "silence");
    let page = Browser::new(&app).get(&path).await.text;
    assert!(
        page.contains(
            "<strong>It is so decided</strong> — at the end of a silence procedure, version 2"
        ),
        "{page}"
    );
    let outbox = app.store.outbox(50).await.unwrap();
    assert!(outbox
        .iter()
        .any(|m| m.to.eq_ignore_ascii_case("Benedicto@example.org")
            && m.subject.starts_with("Adopted under silence procedure")));
}
