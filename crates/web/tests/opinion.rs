//! Opinion maps through the real pages: a conversation opened by the Chair, statements voted on
//! by participants who declare their stakeholder group, the map with its two camps and the
//! statement that bridges them, the same read by declared group; Pol.is's export format written
//! and read back; a broken export refused with nothing loaded.

// Tests: a failed unwrap is a failed assertion.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use axum::http::{header, StatusCode};
use common::{signed_in, App, Browser};
use concord_domain::ids::MapId;
use concord_store::OpinionStore;

both_backends!(
    one_more_vote_starts_from_the_last_map_and_groups_stay,
    the_author_hears_of_the_moderators_decision,
    one_statement_at_a_time_counts_after_the_vote_and_you_on_the_map,
    two_camps_and_the_statement_that_bridges_them,
    a_polis_export_loads_whole_or_not_at_all,
    a_map_is_computed_once_per_change_however_many_view_it,
);

/// The application with a handle on its opinion maps, to count the analyses it runs.
fn watching_the_maps(app: App) -> (App, std::sync::Arc<concord_web::opinion_maps::OpinionMaps>) {
    let config = concord_web::WebConfig {
        admin_token: Some(common::TOKEN.into()),
        ..concord_web::WebConfig::default()
    };
    let state = concord_web::AppState::new(app.store.clone(), config);
    let maps = state.opinion_maps.clone();
    let app = App {
        router: concord_web::router(state),
        store: app.store.clone(),
    };
    (app, maps)
}

async fn a_map_is_computed_once_per_change_however_many_view_it(app: App) {
    let (app, maps) = watching_the_maps(app);
    let (mut chair, _) = signed_in(&app, "Chair", true, None).await;
    let (wgec, _) = app.wgec().await;
    let path = open_conversation(&mut chair, wgec).await;
    for words in &STATEMENTS[..3] {
        chair
            .post(&format!("{path}/statements"), &[("statement", words)])
            .await;
    }
    let vote = |n: usize| {
        let answer = if n.is_multiple_of(2) {
            "agree"
        } else {
            "disagree"
        };
        [("s0", answer), ("s1", answer), ("s2", "agree")]
    };
    for n in 0..4 {
        let (mut voter, _) = signed_in(&app, &format!("Voter{n}"), false, None).await;
        let voted = voter.post(&format!("{path}/votes"), &vote(n)).await;
        assert_eq!(voted.status, StatusCode::SEE_OTHER, "{}", voted.text);
    }
    let before = maps.computed();
    let mut views = tokio::task::JoinSet::new();
    for _ in 0..8 {
        let router = app.router.clone();
        let path = path.clone();
        views.spawn(async move {
            use tower::ServiceExt as _;
            let request = axum::http::Request::get(&path)
                .body(axum::body::Body::empty())
                .unwrap();
            router.oneshot(request).await.unwrap().status()
        });
    }
    while let Some(status) = views.join_next().await {
        assert_eq!(status.unwrap(), StatusCode::OK);
    }
    assert_eq!(maps.computed(), before + 1, "eight views, one analysis");
    Browser::new(&app).get(&path).await;
    assert_eq!(maps.computed(), before + 1, "still the same state");
    let (mut late, _) = signed_in(&app, "LateVoter", false, None).await;
    late.post(&format!("{path}/votes"), &vote(5)).await;
    Browser::new(&app).get(&path).await;
    assert_eq!(maps.computed(), before + 2, "a new vote, a new analysis");
}

/// A new vote is analysed from the conversation's last map, as Pol.is keeps its state between
/// runs: each participant stays in the group they were in when one more vote arrives.
async fn one_more_vote_starts_from_the_last_map_and_groups_stay(app: App) {
    let (app, maps) = watching_the_maps(app);
    let (mut chair, _) = signed_in(&app, "Chair", true, None).await;
    let (wgec, _) = app.wgec().await;
    let path = open_conversation(&mut chair, wgec).await;
    for words in STATEMENTS {
        chair
            .post(&format!("{path}/statements"), &[("statement", words)])
            .await;
    }
    let mut voters = two_camps(&app, &path).await;
    let group_of = |page: &str| -> String {
        let at = page.find("You are in ").expect("placed in a group");
        page[at..].split('<').next().unwrap().to_owned()
    };
    let mut before = Vec::new();
    for voter in &mut voters {
        before.push(group_of(&voter.get(&path).await.text));
    }
    assert_eq!(maps.warm_starts(), 0, "the first map starts cold");
    let (mut newcomer, _) = signed_in(&app, "Newcomer", false, None).await;
    newcomer
        .post(&format!("{path}/votes"), &[("one", "1"), ("s0", "agree")])
        .await;
    for (voter, was) in voters.iter_mut().zip(&before) {
        assert_eq!(&group_of(&voter.get(&path).await.text), was);
    }
    assert_eq!(
        maps.warm_starts(),
        1,
        "the new map started from the last one"
    );
}

/// Ten voters in two camps of five on the six statements (one in each camp passing on the
/// third, so that the camps are not points); their browsers, signed in.
async fn two_camps<'a>(app: &'a App, path: &str) -> Vec<Browser<'a>> {
    let mut voters = Vec::new();
    for n in 0..10 {
        let (mut voter, _) = signed_in(app, &format!("Camp{n}"), false, None).await;
        let (yes, no) = if n < 5 {
            ("agree", "disagree")
        } else {
            ("disagree", "agree")
        };
        let third = if n % 5 == 0 { "pass" } else { yes };
        let votes = [
            ("s0", yes),
            ("s1", yes),
            ("s2", third),
            ("s3", no),
            ("s4", no),
            ("s5", "agree"),
        ];
        let voted = voter.post(&format!("{path}/votes"), &votes).await;
        assert_eq!(voted.status, StatusCode::SEE_OTHER, "{}", voted.text);
        voters.push(voter);
    }
    voters
}

const STATEMENTS: [&str; 6] = [
    "A new intergovernmental mechanism is needed.",
    "Governments should lead on public policy for the Internet.",
    "Enhanced cooperation needs a dedicated secretariat.",
    "Existing forums already do what is needed.",
    "All stakeholders must take part on an equal footing.",
    "Developing countries need help to take part.",
];

async fn open_conversation(chair: &mut Browser<'_>, body: i64) -> String {
    let created = chair
        .post(
            &format!("/bodies/{body}/opinion/new"),
            &[
                ("title", "Where do we stand on enhanced cooperation?"),
                ("question", "What should enhanced cooperation look like?"),
            ],
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.text);
    created.headers[header::LOCATION]
        .to_str()
        .unwrap()
        .to_owned()
}

/// A participant's statement waits for the moderators; they accept or reject it (a rejection
/// needs its reason), and the author is told by e-mail, with the reason; the moderators' own
/// statements need no decision and send nothing.
async fn the_author_hears_of_the_moderators_decision(app: App) {
    use concord_store::MailStore;
    let (mut chair, _) = signed_in(&app, "Chair", true, None).await;
    let (wgec, _) = app.wgec().await;
    let path = open_conversation(&mut chair, wgec).await;
    let added = chair
        .post(
            &format!("{path}/statements"),
            &[("statement", STATEMENTS[0])],
        )
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER);
    let (mut author, _) = signed_in(&app, "Amina", false, None).await;
    for words in [STATEMENTS[1], "Buy cheap watches here."] {
        let added = author
            .post(&format!("{path}/statements"), &[("statement", words)])
            .await;
        assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.text);
    }
    let before = app.store.outbox(50).await.unwrap().len();
    let no_reason = chair
        .post(
            &format!("{path}/statements/2/moderate"),
            &[("moderation", "reject")],
        )
        .await;
    assert_eq!(no_reason.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        app.store.outbox(50).await.unwrap().len(),
        before,
        "no notice for a refused decision"
    );
    let rejected = chair
        .post(
            &format!("{path}/statements/2/moderate"),
            &[
                ("moderation", "reject"),
                ("reason", "Advertising, not about the question"),
            ],
        )
        .await;
    assert_eq!(rejected.status, StatusCode::SEE_OTHER, "{}", rejected.text);
    let accepted = chair
        .post(
            &format!("{path}/statements/1/moderate"),
            &[("moderation", "accept")],
        )
        .await;
    assert_eq!(accepted.status, StatusCode::SEE_OTHER, "{}", accepted.text);
    let own = chair
        .post(
            &format!("{path}/statements/0/moderate"),
            &[("moderation", "accept")],
        )
        .await;
    assert_eq!(own.status, StatusCode::SEE_OTHER);
    let mails = app.store.outbox(50).await.unwrap();
    let to_author: Vec<_> = mails
        .iter()
        .filter(|m| m.to == "Amina@example.org")
        .collect();
    assert_eq!(to_author.len(), 2, "{mails:?}");
    let rejection = to_author
        .iter()
        .find(|m| m.subject.contains("not accepted"))
        .expect("the rejection");
    assert!(rejection.body.contains("Buy cheap watches here."));
    assert!(rejection
        .body
        .contains("Advertising, not about the question"));
    assert!(rejection.body.contains(&path));
    assert!(to_author
        .iter()
        .any(|m| m.subject.starts_with("Your statement is accepted")
            && m.body.contains(STATEMENTS[1])));
    assert_eq!(
        mails.len(),
        before + 2,
        "nothing for the Chair's own statement"
    );
}

/// As in Pol.is, without JavaScript: a participant is offered one statement at a time, then the
/// next one they have not voted on; how others voted shows only once they have voted on it;
/// once the map places them, their dot is marked and their group named.
async fn one_statement_at_a_time_counts_after_the_vote_and_you_on_the_map(app: App) {
    let (mut chair, _) = signed_in(&app, "Chair", true, None).await;
    let (wgec, _) = app.wgec().await;
    let path = open_conversation(&mut chair, wgec).await;
    for words in STATEMENTS {
        let added = chair
            .post(&format!("{path}/statements"), &[("statement", words)])
            .await;
        assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.text);
    }
    // Ten voters in two camps, so that there is a map.
    two_camps(&app, &path).await;

    let (mut newcomer, _) = signed_in(&app, "Newcomer", false, None).await;
    let page = newcomer.get(&path).await.text;
    // The first statement is offered alone; no count is shown before voting.
    let next = page
        .split("id=\"next\"")
        .nth(1)
        .expect("a statement offered alone");
    assert!(next.contains(&format!("0. {}", STATEMENTS[0])), "{next}");
    assert!(
        !page.contains("agree 5, disagree 5"),
        "counts hidden before the vote"
    );
    assert!(page.contains("vote to see how others voted"));
    // One vote by the statement's own buttons: back at the next statement, with the first
    // one's counts now shown.
    for (number, value) in [("s0", "agree"), ("s1", "agree"), ("s2", "agree")] {
        let voted = newcomer
            .post(&format!("{path}/votes"), &[("one", "1"), (number, value)])
            .await;
        assert_eq!(voted.status, StatusCode::SEE_OTHER, "{}", voted.text);
        assert!(voted.headers[header::LOCATION]
            .to_str()
            .unwrap()
            .ends_with("#next-heading"));
    }
    let page = newcomer.get(&path).await.text;
    let next = page.split("id=\"next\"").nth(1).unwrap();
    assert!(next.contains(&format!("3. {}", STATEMENTS[3])), "{next}");
    assert!(
        page.contains("agree 6, disagree 5, pass 0"),
        "the first statement's counts, after the vote"
    );
    for (number, value) in [("s3", "disagree"), ("s4", "disagree"), ("s5", "agree")] {
        newcomer
            .post(&format!("{path}/votes"), &[("one", "1"), (number, value)])
            .await;
    }
    let page = newcomer.get(&path).await.text;
    assert!(!page.contains("id=\"next\""), "nothing left to offer");
    assert!(page.contains("You have voted on every statement."));
    // Voting with the first camp, the newcomer is placed in its group and marked on the map.
    assert!(
        page.contains("class=\"g0 you\"") || page.contains("class=\"g1 you\""),
        "{page}"
    );
    assert!(page.contains("You are in Group "));
    // Someone who has not voted sees no mark.
    let page = Browser::new(&app).get(&path).await.text;
    assert!(!page.contains(" you\""));
}

async fn two_camps_and_the_statement_that_bridges_them(app: App) {
    let (mut chair, _) = signed_in(&app, "Chair", true, None).await;
    let (wgec, _) = app.wgec().await;
    let path = open_conversation(&mut chair, wgec).await;
    for words in STATEMENTS {
        let added = chair
            .post(&format!("{path}/statements"), &[("statement", words)])
            .await;
        assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.text);
    }
    let too_long = "x".repeat(501);
    let refused = chair
        .post(&format!("{path}/statements"), &[("statement", &too_long)])
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);

    // Five governments for a new mechanism, five civil society voices against; all agree on
    // the last statement.
    for n in 0..10 {
        let government = n < 5;
        let (mut voter, _) = signed_in(&app, &format!("Voter{n}"), false, None).await;
        let (yes, no) = if government {
            ("agree", "disagree")
        } else {
            ("disagree", "agree")
        };
        // One in each camp passes on a statement, so the camps are not points.
        let third = if n % 5 == 0 { "pass" } else { yes };
        let voted = voter
            .post(
                &format!("{path}/votes"),
                &[
                    (
                        "stakeholder_group",
                        if government {
                            "government"
                        } else {
                            "civil_society"
                        },
                    ),
                    ("regional_group", if n % 2 == 0 { "AFR" } else { "WEOG" }),
                    ("s0", yes),
                    ("s1", yes),
                    ("s2", third),
                    ("s3", no),
                    ("s4", no),
                    ("s5", "agree"),
                ],
            )
            .await;
        assert_eq!(voted.status, StatusCode::SEE_OTHER, "{}", voted.text);
    }
    let (mut late, _) = signed_in(&app, "Late", false, None).await;
    let nothing = late.post(&format!("{path}/votes"), &[("s0", "")]).await;
    assert_eq!(nothing.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(nothing.text.contains("Answer at least one statement."));
    let bad = late
        .post(&format!("{path}/votes"), &[("s0", "maybe")])
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);

    let page = Browser::new(&app).get(&path).await.text;
    assert!(
        page.contains("10 participants, 60 votes cast, 6 statements."),
        "{page}"
    );
    assert!(
        page.contains("they fall into 2 groups (Group A 5, Group B 5)"),
        "{page}"
    );
    // The bridging statement comes first.
    let bridging = &page[page.find("What every group agrees on").unwrap()..];
    let first = &bridging[bridging.find("<li>").unwrap()..];
    assert!(
        first.starts_with("<li><span dir=\"auto\">Developing countries need help to take part."),
        "{first}"
    );
    // Read by declared stakeholder group: the most divisive statement first, 100% against 0%.
    assert!(page.contains("Agreement by declared stakeholder group"));
    assert!(
        page.contains("<th scope=\"col\">Civil society</th><th scope=\"col\">Governments</th>"),
        "{page}"
    );
    assert!(page.contains("Agreement by declared region"));

    // Pol.is's export format.
    let mut public = Browser::new(&app);
    let votes = public.get(&format!("{path}/export/votes.csv")).await;
    assert_eq!(votes.status, StatusCode::OK);
    assert!(votes.headers[header::CONTENT_TYPE]
        .to_str()
        .unwrap()
        .starts_with("text/csv"));
    assert!(
        votes
            .text
            .starts_with("timestamp,datetime,comment-id,voter-id,vote\n"),
        "{}",
        votes.text
    );
    assert_eq!(votes.text.lines().count(), 61);
    let comments = public
        .get(&format!("{path}/export/comments.csv"))
        .await
        .text;
    assert!(comments.contains("Developing countries need help to take part."));
    let participants = public
        .get(&format!("{path}/export/participants-votes.csv"))
        .await
        .text;
    assert!(
        participants.starts_with(
            "participant,group-id,n-comments,n-votes,n-agree,n-disagree,0,1,2,3,4,5\n"
        ),
        "{participants}"
    );
    assert_eq!(participants.lines().count(), 11);

    // Read back into a new conversation: the same map.
    let copy = open_conversation(&mut chair, wgec).await;
    let loaded = chair
        .post_files(
            &format!("{copy}/import"),
            &[],
            &[
                ("comments", "comments.csv", comments.as_bytes()),
                ("votes", "votes.csv", votes.text.as_bytes()),
            ],
        )
        .await;
    assert_eq!(loaded.status, StatusCode::SEE_OTHER, "{}", loaded.text);
    let copied = Browser::new(&app).get(&copy).await.text;
    assert!(
        copied.contains("10 participants, 60 votes cast, 6 statements."),
        "{copied}"
    );
    assert!(copied.contains("they fall into 2 groups (Group A 5, Group B 5)"));
}

async fn a_polis_export_loads_whole_or_not_at_all(app: App) {
    let (mut chair, _) = signed_in(&app, "Chair", true, None).await;
    let (wgec, _) = app.wgec().await;
    let path = open_conversation(&mut chair, wgec).await;
    let comments =
        "timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body\n\
        1,x,0,0,1,0,1,First\n\
        2,x,1,0,0,1,-1,Second\n";
    let broken_votes = "timestamp,datetime,comment-id,voter-id,vote\n1,x,0,0,1\n2,x,1,0,7\n";
    let refused = chair
        .post_files(
            &format!("{path}/import"),
            &[],
            &[
                ("comments", "comments.csv", comments.as_bytes()),
                ("votes", "votes.csv", broken_votes.as_bytes()),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.text.contains("The file is not in Pol.is"),
        "{}",
        refused.text
    );
    let unknown = "timestamp,datetime,comment-id,voter-id,vote\n1,x,0,0,1\n2,x,9,0,1\n";
    let refused = chair
        .post_files(
            &format!("{path}/import"),
            &[],
            &[
                ("comments", "comments.csv", comments.as_bytes()),
                ("votes", "votes.csv", unknown.as_bytes()),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.text.contains("A vote is on statement 9"),
        "{}",
        refused.text
    );
    // Ids past what is stored, a statement twice, and text that is not UTF-8: each named,
    // none stored as something else.
    let huge = "timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body\n\
        1,x,9223372036854775808,0,1,0,1,First\n";
    let twice = "timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body\n\
        1,x,0,0,1,0,1,First\n2,x,0,0,1,0,1,Again\n";
    let mut broken =
        b"timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body\n\
        1,x,0,0,1,0,1,Caf"
            .to_vec();
    broken.extend_from_slice(b"\xe9\n");
    let votes = "timestamp,datetime,comment-id,voter-id,vote\n1,x,0,0,1\n";
    for (file, said) in [
        (huge.as_bytes(), "is too large"),
        (twice.as_bytes(), "statement 0 appears twice"),
        (broken.as_slice(), "the text is not UTF-8"),
    ] {
        let refused = chair
            .post_files(
                &format!("{path}/import"),
                &[],
                &[
                    ("comments", "comments.csv", file),
                    ("votes", "votes.csv", votes.as_bytes()),
                ],
            )
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{said}");
        assert!(refused.text.contains(said), "{said}: {}", refused.text);
    }
    let id: i64 = path.trim_start_matches("/opinion/").parse().unwrap();
    assert!(
        app.store.statements(MapId(id)).await.unwrap().is_empty(),
        "nothing loaded"
    );
    assert!(app.store.votes(MapId(id)).await.unwrap().is_empty());

    let good = "timestamp,datetime,comment-id,voter-id,vote\n1,x,0,0,1\n2,x,0,0,-1\n3,x,1,1,1\n";
    let loaded = chair
        .post_files(
            &format!("{path}/import"),
            &[],
            &[
                ("comments", "comments.csv", comments.as_bytes()),
                ("votes", "votes.csv", good.as_bytes()),
            ],
        )
        .await;
    assert_eq!(loaded.status, StatusCode::SEE_OTHER, "{}", loaded.text);
    let statements = app.store.statements(MapId(id)).await.unwrap();
    assert_eq!(statements.len(), 2);
    assert_eq!(statements[1].moderation, -1, "moderation is carried over");
    assert_eq!(
        (statements[0].agrees, statements[0].disagrees),
        (0, 1),
        "the latest vote counts"
    );
    // Loading again is refused: the conversation is no longer empty.
    let again = chair
        .post_files(
            &format!("{path}/import"),
            &[],
            &[
                ("comments", "comments.csv", comments.as_bytes()),
                ("votes", "votes.csv", good.as_bytes()),
            ],
        )
        .await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(again.text.contains("this one already has statements"));
}
