//! The demonstration data, loaded on each backend and read back through the pages and API as a
//! newcomer would see it.

// Tests: a failed unwrap is a failed assertion.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use axum::body::Body;
use axum::http::{Request, StatusCode};
use concord_store::testing::TestDb;
use concord_store::{Backend, BodyStore};
use concord_web::{router, AppState, WebConfig};
use http_body_util::BodyExt;
use serde_json::Value;
use tower::ServiceExt;

async fn get(app: &axum::Router, path: &str) -> (StatusCode, String) {
    let response = app
        .clone()
        .oneshot(Request::get(path).body(Body::empty()).unwrap())
        .await
        .unwrap();
    let status = response.status();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    (status, String::from_utf8_lossy(&bytes).into_owned())
}

async fn json(app: &axum::Router, path: &str) -> Value {
    let (status, text) = get(app, path).await;
    assert_eq!(status, StatusCode::OK, "{path}: {text}");
    serde_json::from_str(&text).unwrap()
}

fn balance_of<'a>(body: &'a Value, label: &str) -> &'a Value {
    body["composition"]["balance"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["label"] == label)
        .unwrap()
}

/// Reads a feed with Python's `icalendar`: one `SUMMARY|DTSTART|DTEND` line per event; `None`
/// when the parser is not installed (outside CI, where it is required).
fn python_icalendar(feed: &str) -> Option<String> {
    let available = std::process::Command::new("python3")
        .args(["-c", "import icalendar"])
        .status()
        .is_ok_and(|s| s.success());
    if !available {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must have Python's icalendar"
        );
        return None;
    }
    let script = "import sys, icalendar\nfor e in icalendar.Calendar.from_ical(sys.stdin.read()).walk('VEVENT'):\n    print('|'.join(str(x) for x in (e['SUMMARY'], e.decoded('DTSTART'), e.decoded('DTEND'))))";
    let mut child = std::process::Command::new("python3")
        .args(["-c", script])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::io::Write::write_all(&mut child.stdin.take().unwrap(), feed.as_bytes()).unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success());
    Some(String::from_utf8(output.stdout).unwrap())
}

async fn wgec_meetings_json(app: &axum::Router, body: concord_domain::ids::BodyId) -> Vec<i64> {
    let value = json(app, &format!("/api/v1/bodies/{body}/meetings")).await;
    value["meetings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["id"].as_i64().unwrap())
        .collect()
}

/// The second WGEC's negotiation, as a user checks it: the illustrative rolling text with its
/// amendments, positions and a silence procedure broken by a formal objection ends without
/// consensus, as the group did in 2018; the illustrative outline of the report is adopted.
async fn negotiation_ends_as_it_did(
    store: &concord_store::Store,
    app: &axum::Router,
    wgec2: concord_domain::ids::BodyId,
) {
    use concord_domain::composition::Role;
    use concord_domain::drafting::amendment::{AmendmentKind, Handling};
    use concord_domain::drafting::consensus::{
        check_adoption, DecisionMethod, Outcome, ParagraphStatus, SilenceState, Stance,
    };
    use concord_store::{AmendmentStore, ConsensusStore, TextStore};

    let texts = store.texts(wgec2).await.unwrap();
    assert_eq!(texts.len(), 2, "the rolling text and the outline");
    let rolling = texts
        .iter()
        .find(|t| t.fields.title.starts_with("Illustrative rolling text"))
        .unwrap();
    let outline = texts
        .iter()
        .find(|t| {
            t.fields
                .title
                .starts_with("Illustrative outline of the report")
        })
        .unwrap();
    assert_eq!(
        rolling.id.0, 1,
        "the rolling text is the first text of the demonstration"
    );

    // The Chair's draft had brackets; its compromise version has none.
    let versions = store.text_versions(rolling.id).await.unwrap();
    assert_eq!(versions.len(), 3);
    assert!(versions[0]
        .notation
        .contains("]{Delegation B; 2017-09-26; too prescriptive}"));
    assert!(!versions[2].notation.contains('['));

    // Amendments of each kind, proposed for a seat with co-sponsors, and handled by the Chair.
    let amendments = store.amendments(rolling.id).await.unwrap();
    assert_eq!(amendments.len(), 5);
    for kind in [
        AmendmentKind::Insert,
        AmendmentKind::Delete,
        AmendmentKind::Replace,
    ] {
        assert!(amendments.iter().any(|a| a.kind == kind), "{kind:?}");
    }
    assert!(amendments.iter().all(|a| !a.co_sponsors.is_empty()));
    assert_eq!(amendments[0].proposer, "Delegation C");
    assert_eq!(
        amendments[0].co_sponsors,
        ["Civil society member F", "Delegation A"]
    );
    let handlings: Vec<_> = amendments.iter().map(|a| a.handling()).collect();
    assert_eq!(
        handlings,
        [
            Some(Handling::Incorporated),
            Some(Handling::Bracketed),
            Some(Handling::NotRetained),
            Some(Handling::NotRetained),
            Some(Handling::Merged),
        ]
    );
    assert!(
        amendments
            .iter()
            .filter(|a| a.handling() == Some(Handling::NotRetained))
            .all(|a| a.handlings[0].1.is_some()),
        "not retained, with a reason"
    );

    // Positions of members of several stakeholder groups and of an observer; one formal
    // objection, with its reason.
    let positions = store.positions(rolling.id).await.unwrap();
    let whole: Vec<_> = positions.iter().filter(|p| p.paragraph.is_none()).collect();
    for stance in [
        Stance::Support,
        Stance::CanLive,
        Stance::Reservation,
        Stance::Objection,
    ] {
        assert!(whole.iter().any(|p| p.stance == stance), "{stance:?}");
    }
    let mut groups: Vec<_> = whole.iter().filter_map(|p| p.stakeholder_group).collect();
    groups.sort_unstable_by_key(|g| g.code());
    groups.dedup();
    assert!(groups.len() >= 4, "{groups:?}");
    let objection = whole
        .iter()
        .find(|p| p.stance == Stance::Objection)
        .unwrap();
    assert_eq!(objection.holder, "Delegation B");
    assert_eq!(objection.role, Role::Member);
    assert!(objection.reason.as_deref().unwrap().contains("mandate"));
    assert!(whole
        .iter()
        .any(|p| p.role == Role::Observer && p.stance == Stance::Reservation));
    assert!(
        positions.iter().all(|p| p.holder.starts_with("Delegation ")
            || p.holder.ends_with(" member F")
            || p.holder.ends_with(" member G")
            || p.holder.ends_with(" member H")
            || p.holder == "Observer I"),
        "only placeholders take positions"
    );

    // One silence procedure of at least 72 hours on the compromise, broken by the objection.
    let silences = store.silences(rolling.id).await.unwrap();
    assert_eq!(silences.len(), 1);
    let silence = &silences[0];
    assert_eq!(silence.version, concord_domain::ids::VersionNo(3));
    assert_eq!(silence.state, SilenceState::Broken);
    assert_eq!(silence.broken_by.as_deref(), Some("Delegation B"));
    assert!(
        silence.created_at.starts_with("2018-01-24"),
        "{}",
        silence.created_at
    );
    assert!(
        silence.deadline.starts_with("2018-01-29"),
        "{}",
        silence.deadline
    );

    // No consensus, declared by the Chair on the compromise.
    let decisions = store.decisions(rolling.id).await.unwrap();
    assert_eq!(decisions.len(), 1);
    assert_eq!(decisions[0].outcome, Outcome::NoConsensus);
    assert_eq!(decisions[0].method, DecisionMethod::Declared);
    assert_eq!(decisions[0].version, concord_domain::ids::VersionNo(3));

    let (status, page) = get(app, &format!("/texts/{}", rolling.id)).await;
    assert_eq!(status, StatusCode::OK);
    for words in [
        "No consensus",
        "Silence broken",
        "broken by Delegation B",
        "could not agree on recommendations",
    ] {
        assert!(page.contains(words), "{words}");
    }
    assert!(!page.contains("It is so decided"));
    let (_, page) = get(app, &format!("/texts/{}/amendments", rolling.id)).await;
    for words in [
        "Incorporated",
        "Bracketed",
        "Not retained",
        "Merged",
        "Delegation C",
    ] {
        assert!(page.contains(words), "{words}");
    }
    let (_, page) = get(app, &format!("/texts/{}/positions", rolling.id)).await;
    for words in [
        "Formal objection",
        "Can live with it",
        "Reservation",
        "Observer I",
    ] {
        assert!(page.contains(words), "{words}");
    }

    // The outline reaches consensus: no bracket left, every paragraph agreed, only support
    // and "can live with it", and "It is so decided".
    let current = store
        .text_version(outline.id, outline.version)
        .await
        .unwrap()
        .unwrap();
    let draft = concord_domain::drafting::notation::parse(&current.notation).unwrap();
    let standing = store.positions(outline.id).await.unwrap();
    assert!(check_adoption(
        concord_domain::body::DecisionRule::Consensus,
        &draft,
        &standing
    )
    .is_ok());
    assert!(standing
        .iter()
        .all(|p| matches!(p.stance, Stance::Support | Stance::CanLive)));
    assert!(standing.iter().any(|p| p.stance == Stance::CanLive));
    let trail = store.status_trail(outline.id).await.unwrap();
    assert_eq!(trail.len(), 4);
    assert!(trail.iter().all(|s| s.status == ParagraphStatus::Agreed));
    let decisions = store.decisions(outline.id).await.unwrap();
    assert_eq!(decisions.len(), 1);
    assert_eq!(decisions[0].outcome, Outcome::Adopted);
    assert_eq!(decisions[0].version, outline.version);
    let (status, page) = get(app, &format!("/texts/{}", outline.id)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("It is so decided"));
}

/// The demonstration call's issues, as a user checks them on `/calls/{id}/issues`: issues drawn
/// from the illustrative responses, several raised by more than one response and from different
/// stakeholder groups, sorted into broad areas, one merged into another as a duplicate, and one
/// raised only by a response that is not published, counted but not shown.
/// The correspondence group's mapping: its terms of reference, a matrix with its heat map,
/// gaps derived from the rows, one contested gap with options decided by the WGEC, reports
/// issued as the rows came in, and a registry of real mechanisms with their sources.
async fn the_correspondence_group_mapped_mechanisms(
    app: &axum::Router,
    group: concord_domain::ids::BodyId,
) {
    let (status, list) = get(app, &format!("/bodies/{group}/mapping")).await;
    assert_eq!(status, StatusCode::OK);
    let at = list.find("href=\"/mapping/").expect("the group's exercise");
    let path = list[at + 6..].split('"').next().unwrap().to_owned();
    let (status, matrix) = get(app, &path).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        matrix.contains("It is open to all stakeholders"),
        "the terms of reference"
    );
    assert!(matrix.contains("<svg") && matrix.matches("<rect class=\"st-").count() == 16);
    assert!(matrix.contains("GAC (Contested)") || matrix.contains("ITU (Contested)"));
    let (_, gaps) = get(app, &format!("{path}/gaps")).await;
    assert!(gaps.contains("Jurisdiction and applicable law in cross-border disputes"));
    assert!(
        gaps.contains("No mechanism addresses it") && gaps.contains("decided by the working group")
    );
    assert!(
        !gaps.contains("Consumer protection in electronic commerce"),
        "addressed, not a gap"
    );
    let at = gaps.find("Jurisdiction and applicable law").unwrap();
    let issue = gaps[..at]
        .rsplit("/issues/")
        .next()
        .unwrap()
        .split('"')
        .next()
        .unwrap();
    let (_, page) = get(app, &format!("{path}/issues/{issue}")).await;
    assert!(
        page.contains("Illustrative option: the gap calls for a new intergovernmental mechanism.")
    );
    assert!(page.contains(
        "The working group chose “Illustrative option: existing mechanisms can take the issue up"
    ));
    assert!(page.contains("Third meeting"));
    let (_, reports) = get(app, &format!("{path}/snapshots")).await;
    assert_eq!(reports.matches("(illustrative)</a>").count(), 4);
    let (_, registry) = get(app, "/mechanisms").await;
    assert!(registry.contains("Council of Europe Convention on Cybercrime"));
    let (_, json) = get(app, &format!("{path}/matrix.json")).await;
    let json: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(json["rows"].as_array().unwrap().len(), 16);
}

async fn issues_compiled_as_the_task_force_did(
    store: &concord_store::Store,
    app: &axum::Router,
    wgec: concord_domain::ids::BodyId,
) {
    use concord_store::{CallStore, PolicyIssueStore};

    let call = store
        .calls(wgec)
        .await
        .unwrap()
        .into_iter()
        .find(|c| c.fields.illustrative)
        .expect("the demonstration call");
    assert_eq!(call.id.0, 2, "the pages checked in CI name /calls/2");
    let issues = store.policy_issues(call.id).await.unwrap();
    assert_eq!(issues.len(), 14);
    let open: Vec<_> = issues.iter().filter(|i| i.merged.is_none()).collect();
    assert_eq!(open.len(), 13);
    assert!(open.iter().all(|i| i.area.is_some()), "every issue sorted");
    let several = open
        .iter()
        .filter(|i| {
            let mut refs: Vec<_> = i.sources.iter().map(|s| &s.reference).collect();
            refs.sort_unstable();
            refs.dedup();
            refs.len() >= 2
        })
        .count();
    assert!(several >= 8, "most issues raised by several responses");
    // The merged issue's source now counts for the issue it joined.
    let privacy = &issues[6];
    assert_eq!(privacy.title, "Privacy and the protection of personal data");
    assert_eq!(privacy.merged_from, [issues[8].id]);
    assert!(privacy
        .sources
        .iter()
        .any(|s| s.recorded_under == issues[8].id
            && s.excerpt
                == "personal data sent across borders should be protected by compatible rules"));

    let path = format!("/calls/{}/issues", call.id);
    let (status, list) = get(app, &path).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(list.matches("<tr id=\"issue-").count(), 13, "{list}");
    let row = |n: u32| {
        let at = list
            .find(&format!("id=\"issue-{n}\""))
            .unwrap_or_else(|| panic!("I{n} listed"));
        list[at..at + list[at..].find("</tr>").unwrap()].to_owned()
    };
    let privacy = row(7);
    assert!(privacy.contains("<td class=\"num\">3</td>"), "{privacy}");
    assert!(
        privacy.contains("Civil society 2") && privacy.contains("Private sector 1"),
        "{privacy}"
    );
    assert!(
        privacy.contains("Western European and other States 1")
            && privacy.contains("Eastern European States 1"),
        "{privacy}"
    );
    let cybercrime = row(3);
    assert!(
        cybercrime.contains("<td class=\"num\">3</td>"),
        "{cybercrime}"
    );
    assert!(
        cybercrime.contains("Governments 2") && cybercrime.contains("Private sector 1"),
        "{cybercrime}"
    );
    assert!(cybercrime.contains("<td dir=\"auto\">Security</td>"));
    for area in [
        "Infrastructure and standards",
        "Legal and regulatory",
        "Economic",
        "Development and capacity building",
        "Human rights and sociocultural",
        "Security",
    ] {
        assert!(
            list.contains(&format!("{area}</a> (")),
            "{area} among the broad areas"
        );
    }
    let merged = &list[list
        .find("Issues merged into others")
        .expect("the merged issues")..];
    assert!(
        merged.contains("I9</a> <span dir=\"auto\">Protection of personal data across borders"),
        "{merged}"
    );
    assert!(merged.contains(&format!("→ <a href=\"/calls/{}/issues/7\">I7</a>", call.id)));
    assert!(
        !list.contains("id=\"issue-9\""),
        "a merged issue leaves the list"
    );
    let (_, human_rights) = get(app, &format!("{path}?area=Human+rights+and+sociocultural")).await;
    assert_eq!(human_rights.matches("<tr id=\"issue-").count(), 3);

    // An issue's page shows the published passages with the respondent; a merged issue points
    // to where it went; one raised only by a withheld response is counted, not shown.
    let (status, first) = get(app, &format!("{path}/1")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        first.contains("Meaningful and affordable access for women"),
        "{first}"
    );
    assert!(first.contains("Illustrative civil society network B"));
    let (_, ninth) = get(app, &format!("{path}/9")).await;
    assert!(ninth.contains("This issue was merged into I7"), "{ninth}");
    let (_, third) = get(app, &format!("{path}/3")).await;
    assert!(third.contains("Areas over time"), "{third}");
    let (_, taxation) = get(app, &format!("{path}/14")).await;
    assert!(taxation.contains("Taxation of cross-border digital services"));
    assert!(
        taxation.contains("A response that is not published"),
        "{taxation}"
    );
    assert!(!taxation.contains("revenue authorities"), "{taxation}");
    assert!(
        !taxation.contains("Illustrative government E"),
        "{taxation}"
    );

    // The rest of the compilation: a campaign counted once or in full, themes accepted and
    // coding the answers, divergence between groups.
    let (_, collapsed) = get(app, "/calls/2/statistics?campaigns=collapse").await;
    assert!(
        collapsed.contains("2 responses are folded into their campaign"),
        "{collapsed}"
    );
    let (_, themes) = get(app, "/calls/2/themes").await;
    assert!(themes.contains("Accepted themes"), "{themes}");
    assert!(themes.contains("id=\"theme-1\""), "{themes}");
    assert!(
        !themes.contains("No theme has been accepted yet."),
        "{themes}"
    );
    let (_, divergence) = get(app, "/calls/2/divergence").await;
    assert!(
        divergence.contains("I1</a>") && divergence.contains("T1</a>"),
        "{divergence}"
    );
}

async fn demo_composition_is_correct(backend: Backend) {
    let Some(db) = TestDb::new(backend).await else {
        return;
    };
    let mut steps = Vec::new();
    let report = concord::demo::load(&db.store, |step, _| steps.push(step))
        .await
        .unwrap();
    assert_eq!(steps, (1..=concord::demo::STEPS).collect::<Vec<_>>());
    assert_eq!((report.bodies, report.events, report.skipped), (6, 19, 0));

    // A second load finds everything there and adds nothing.
    let again = concord::demo::load(&db.store, |_, _| {}).await.unwrap();
    assert_eq!(
        (again.bodies, again.parties, again.memberships, again.events),
        (0, 0, 0, 0)
    );

    let app = router(AppState::new(db.store.clone(), WebConfig::default()));
    let bodies = db.store.bodies().await.unwrap();
    let id = |acronym: &str| {
        bodies
            .iter()
            .find(|b| b.fields.acronym == acronym)
            .unwrap()
            .id
    };

    let cstd = json(&app, &format!("/api/v1/bodies/{}", id("CSTD"))).await;
    let seats: i64 = cstd["composition"]["balance"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["seats"].as_i64().unwrap())
        .sum();
    assert_eq!(seats, 43);
    assert_eq!(balance_of(&cstd, "African States")["seats"], 11);
    let in_2013 = json(
        &app,
        &format!("/api/v1/bodies/{}?on=2013-06-01", id("CSTD")),
    )
    .await;
    assert_eq!(balance_of(&in_2013, "Eastern European States")["filled"], 1);

    let wgec = json(&app, &format!("/api/v1/bodies/{}", id("WGEC-2013"))).await;
    let seats: i64 = wgec["composition"]["balance"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["seats"].as_i64().unwrap())
        .sum();
    assert_eq!(seats, 42, "22 government seats and 20 stakeholder seats");
    assert_eq!(balance_of(&wgec, "WSIS host countries")["status"], "filled");
    assert_eq!(balance_of(&wgec, "Civil society")["filled"], 4);
    assert_eq!(wgec["body"]["mandate"]["symbol"], "A/RES/67/195");
    assert_eq!(wgec["body"]["mandate"]["paragraph"], "20");
    assert_eq!(wgec["body"]["lifecycle"], "transmitted");
    let chair = wgec["memberships"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["role"] == "chair")
        .unwrap();
    assert_eq!(chair["person_name"], "Peter Major");
    assert_eq!(wgec["composition"]["matrix"]["total"], 9);
    let history: Vec<_> = wgec["lifecycle_history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["to"].as_str().unwrap().to_owned())
        .collect();
    assert!(history.contains(&"concluded_without_consensus".to_owned()));

    let (status, html) = get(&app, &format!("/bodies/{}", id("WGEC-2016"))).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Benedicto Fonseca Filho"));
    assert!(html.contains("Focal point"));
    negotiation_ends_as_it_did(&db.store, &app, id("WGEC-2016")).await;
    issues_compiled_as_the_task_force_did(&db.store, &app, id("WGEC-2013")).await;
    the_correspondence_group_mapped_mechanisms(&app, id("WGEC-CG")).await;
    let (_, html) = get(&app, &format!("/bodies/{}", id("WGEC-2013"))).await;
    assert!(
        html.contains("WGEC-CG"),
        "the correspondence group is listed as a sub-group"
    );

    let events = json(&app, "/api/v1/events").await;
    let events = events["events"].as_array().unwrap();
    assert_eq!(events.len(), 19);
    assert!(events
        .iter()
        .any(|e| e["title"] == "ECOSOC Substantive Session" && e["precision"] == "month"));
    let (_, itu) = get(&app, "/events?organiser=ITU").await;
    assert_eq!(
        itu.matches("<tr><td><time").count(),
        5,
        "the ITU's five events"
    );
    let (_, may) = get(&app, "/events?view=month&month=2013-05").await;
    assert!(may.contains("<caption>May 2013</caption>"));
    assert!(may.contains("WTPF/WSIS Forum") && may.contains("IGF/MAG Consultation"));
    assert!(!may.contains("CSTD 16th Session"), "June is another month");
    let (_, none) = get(&app, "/events?place=Nowhere").await;
    assert!(none.contains("No event matches these filters."));
    let (status, feed) = get(&app, "/calendars/events.ics").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(feed.matches("BEGIN:VEVENT").count(), 19);
    assert!(feed.contains("SUMMARY:WCIT 2012\r\nLOCATION:Dubai\r\n"));
    assert!(feed.contains("DTSTART;VALUE=DATE:20121203\r\nDTEND;VALUE=DATE:20121215\r\n"));
    if let Some(parsed) = python_icalendar(&feed) {
        assert_eq!(parsed.lines().count(), 19, "{parsed}");
        assert!(
            parsed.contains("WCIT 2012|2012-12-03|2012-12-15"),
            "{parsed}"
        );
    }
    let (status, wgec_feed) =
        get(&app, &format!("/calendars/bodies/{}.ics", id("WGEC-2013"))).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        wgec_feed.matches("BEGIN:VEVENT").count(),
        4,
        "the WGEC's four meetings"
    );
    let wgec_meetings = json(
        &app,
        &format!("/api/v1/bodies/{}/meetings", id("WGEC-2013")),
    )
    .await;
    assert_eq!(
        wgec_meetings["meetings"][3]["number"],
        serde_json::Value::Null,
        "the fourth was an additional meeting"
    );

    let documents = json(
        &app,
        &format!("/api/v1/bodies/{}/documents", id("WGEC-2013")),
    )
    .await;
    let symbols: Vec<_> = documents["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["document"]["symbol"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(symbols, ["A/66/77–E/2011/103", "A/RES/67/195"]);
    let (_, wgec_page) = get(&app, &format!("/bodies/{}", id("WGEC-2013"))).await;
    let resolution = documents["documents"][1]["document"]["id"]
        .as_i64()
        .unwrap();
    let register_link = format!(
        "<a href=\"/bodies/{}/documents/{resolution}\">A/RES/67/195</a>",
        id("WGEC-2013")
    );
    assert!(
        wgec_page.contains(&register_link),
        "the register links each document's page"
    );
    let (_, resolution_page) = get(
        &app,
        &format!("/bodies/{}/documents/{resolution}", id("WGEC-2013")),
    )
    .await;
    assert!(resolution_page.contains("https://undocs.org/A/RES/67/195"));
    let (_, wgigf_page) = get(&app, &format!("/bodies/{}", id("WGIGF"))).await;
    let topics = &wgigf_page[wgigf_page.find("id=\"topics-heading\"").unwrap()..];
    assert_eq!(
        topics.matches("<td>Agreed</td>").count(),
        5,
        "the five main topics of 2011"
    );
    assert!(topics.contains("Funding of the IGF"));
    let first = &wgec_meetings_json(&app, id("WGEC-2013")).await[0];
    let (_, first_page) = get(
        &app,
        &format!("/bodies/{}/meetings/{}", id("WGEC-2013"), first),
    )
    .await;
    assert!(first_page
        .contains("<strong>Adopted</strong> — 30 May 2013: Adopted after a long discussion"));
    assert!(first_page.contains("Two breakout groups, led by Brazil and India"));
    assert!(first_page.contains("Written for the demonstration from public reports"));
    let additional = wgec_page.find("Additional meeting").unwrap();
    let deadline = wgec_page.find("<tr class=\"deadline\"><td></td><th scope=\"row\">Reporting deadline</th><td>14 May 2014</td>").expect("the deadline on the timeline");
    assert!(additional < deadline, "after the last meeting");

    let (_, html) = get(&app, "/events").await;
    assert!(html.contains("July 2013"));
    assert!(html.contains("3 December 2012 – 14 December 2012"));
    db.finish().await;
}

#[tokio::test]
async fn demo_on_sqlite() {
    demo_composition_is_correct(Backend::Sqlite).await;
}

#[tokio::test]
async fn demo_on_postgres() {
    demo_composition_is_correct(Backend::Postgres).await;
}
