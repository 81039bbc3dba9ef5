//! Mapping existing mechanisms and gaps through the real pages: the registry, an exercise of a
//! correspondence group open to all over the issues of its parent's call, rows proposed with
//! evidence and accepted or contested by the coordinators, gaps that follow the rows, options
//! referred to the working group and its decision, reports issued and compared, the matrix as
//! CSV and JSON, an import — and each kind of bad input refused with its message, changing
//! nothing.

// Tests: a failed unwrap is a failed assertion.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use axum::http::{header, StatusCode};
use common::{signed_in, App, Browser};
use concord_domain::body::{BodyForm, Lifecycle};
use concord_domain::ids::CallId;
use concord_store::{AuditActor, AuditStore, BodyStore, CallStore, PolicyIssueStore};

both_backends!(
    a_correspondence_group_maps_mechanisms_finds_gaps_and_refers_what_it_cannot_agree,
    bad_mapping_input_is_named_and_changes_nothing,
);

/// Where a form sent the browser.
fn location(reply: &common::Reply) -> String {
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.text);
    reply.headers[header::LOCATION].to_str().unwrap().to_owned()
}

/// The number at the end of a path, before any `#`.
fn last_id(path: &str) -> String {
    path.split('#')
        .next()
        .unwrap()
        .rsplit('/')
        .next()
        .unwrap()
        .to_owned()
}

struct Setting<'a> {
    admin: Browser<'a>,
    wgec: i64,
    group: i64,
    call: String,
    /// The references of a published response and of a withheld one.
    published: String,
    withheld: String,
    /// Issue ids: privacy (I1) and spectrum (I2).
    issues: (i64, i64),
}

/// The WGEC with a call and two issues drawn from its responses, and its correspondence group,
/// open to all.
async fn setting(app: &App) -> Setting<'_> {
    let (mut admin, _) = signed_in(app, "secretariat", true, None).await;
    let (wgec, _) = app.wgec().await;
    let call = open_call(&mut admin, wgec).await;
    let published = answer(
        app,
        &call,
        "APC",
        "Privacy online is a public policy issue.",
        true,
    )
    .await;
    let withheld = answer(
        app,
        &call,
        "Quiet",
        "Spectrum for rural broadband matters.",
        false,
    )
    .await;
    let by = AuditActor::system("test");
    let call_id = CallId(call.rsplit('/').next().unwrap().parse().unwrap());
    let question = app.store.questions(call_id).await.unwrap()[0].id;
    let mut issues = Vec::new();
    for (reference, passage, title, area) in [
        (
            &published,
            "Privacy online",
            "Privacy and data protection",
            "Human rights",
        ),
        (
            &withheld,
            "Spectrum for rural broadband",
            "Radio spectrum",
            "Infrastructure",
        ),
    ] {
        let form = concord_domain::policy_issue::IssueForm {
            response: Some(reference.clone()),
            question: Some(question.0),
            passage: Some(passage.into()),
            title: Some(title.into()),
            area: Some(area.into()),
            ..Default::default()
        };
        let id = app
            .store
            .record_issue_source(&by, call_id, &form.parse().unwrap())
            .await
            .unwrap();
        issues.push(id.0);
    }
    let group = BodyForm {
        name: Some("WGEC correspondence group".into()),
        acronym: Some("WGEC-CG".into()),
        body_type: Some("correspondence_group".into()),
        parent_id: Some(wgec),
        openness: Some("open_to_all".into()),
        ..Default::default()
    };
    let group = app
        .store
        .create_body(&by, &group.parse().unwrap(), Lifecycle::Working)
        .await
        .unwrap()
        .id
        .0;
    Setting {
        admin,
        wgec,
        group,
        call,
        published,
        withheld,
        issues: (issues[0], issues[1]),
    }
}

async fn open_call(admin: &mut Browser<'_>, body: i64) -> String {
    let call = common::create_call(admin, body, "2099-08-15").await;
    let added = admin
        .post(
            &format!("{call}/questions/new"),
            &[
                ("label", "4"),
                ("text", "What are the international public policy issues?"),
            ],
        )
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.text);
    let opened = admin
        .post(&format!("{call}/state"), &[("state", "open")])
        .await;
    assert_eq!(opened.status, StatusCode::SEE_OTHER, "{}", opened.text);
    call
}

async fn answer(app: &App, call: &str, who: &str, text: &str, publish: bool) -> String {
    let (mut browser, _) = signed_in(app, who, false, None).await;
    let respond = format!("{call}/respond");
    let form = browser.get(&respond).await.text;
    let field = form
        .match_indices("name=\"q")
        .map(|(i, _)| form[i + 6..].split('"').next().unwrap().to_owned())
        .next()
        .unwrap();
    let mut fields = vec![
        ("kind", "organization"),
        ("name", who),
        ("stakeholder_group", "civil_society"),
        ("country", "ZA"),
        ("lang", "en"),
        (field.as_str(), text),
        ("action", "submit"),
    ];
    if publish {
        fields.push(("consent_publish", "true"));
        fields.push(("consent_cite", "true"));
    }
    let sent = browser.post(&respond, &fields).await;
    last_id(&location(&sent))
}

/// Adds a mechanism through the registry's form; returns its id.
async fn mechanism(browser: &mut Browser<'_>, name: &str, acronym: &str) -> String {
    let added = browser
        .post(
            "/mechanisms/new",
            &[
                ("name", name),
                ("acronym", acronym),
                ("kind", "forum"),
                ("scope", "Public policy issues of Internet governance"),
                ("participants", "multistakeholder"),
                ("access", "open"),
                ("website", "https://www.intgovforum.org"),
                (
                    "sources",
                    "Tunis Agenda for the Information Society, para. 72",
                ),
                ("lang", "en"),
            ],
        )
        .await;
    last_id(&location(&added))
}

async fn a_correspondence_group_maps_mechanisms_finds_gaps_and_refers_what_it_cannot_agree(
    app: App,
) {
    let mut s = setting(&app).await;
    let (privacy, spectrum) = s.issues;

    // The registry, shared by every body: the secretariat adds to it; anyone reads it.
    let igf = mechanism(&mut s.admin, "Internet Governance Forum", "IGF").await;
    let itu = mechanism(&mut s.admin, "International Telecommunication Union", "ITU").await;
    let mut public = Browser::new(&app);
    let registry = public.get("/mechanisms").await;
    assert!(
        registry.text.contains("Internet Governance Forum")
            && registry
                .text
                .contains("International Telecommunication Union")
    );
    let page = public.get(&format!("/mechanisms/{igf}")).await;
    assert!(page
        .text
        .contains("Tunis Agenda for the Information Society, para. 72"));

    // The group's coordinator starts the exercise over the WGEC's call.
    let (mut coordinator, _) = common::seated(&app, s.group, "Rushton", "facilitator", None).await;
    let call_id = last_id(&s.call);
    let started = coordinator
        .post(
            &format!("/bodies/{}/mapping/new", s.group),
            &[
                ("title", "Mapping of international mechanisms"),
                ("call", &call_id),
                ("lang", "en"),
                ("terms", "Open to all stakeholders."),
            ],
        )
        .await;
    let exercise = location(&started);
    assert!(public
        .get(&format!("/bodies/{}/mapping", s.group))
        .await
        .text
        .contains("Mapping of international mechanisms"));

    // Open to all: any confirmed account proposes a row, with evidence from a published
    // response (quoted) and a public address.
    let (mut contributor, _) = signed_in(&app, "Anyone", false, None).await;
    let evidence = format!(
        "{}: Privacy online\nhttps://www.intgovforum.org/en/about",
        s.published
    );
    let proposed = contributor
        .post(
            &format!("{exercise}/rows"),
            &[
                ("issue", &privacy.to_string()),
                ("mechanism", &igf),
                ("status", "partly"),
                ("notes", "Discussed, not decided."),
                ("evidence", &evidence),
            ],
        )
        .await;
    let row_page = location(&proposed);
    assert!(
        row_page.starts_with(&format!("{exercise}/issues/{privacy}#row-")),
        "{row_page}"
    );
    let row = row_page.rsplit("#row-").next().unwrap().to_owned();
    let issue_page = public
        .get(&format!("{exercise}/issues/{privacy}"))
        .await
        .text;
    assert!(issue_page.contains("Partly addressing") && issue_page.contains("Proposed"));
    assert!(issue_page.contains(&format!("/calls/{call_id}/responses/{}", s.published)));
    // A proposed row does not count yet: no gap.
    assert!(public
        .get(&format!("{exercise}/gaps"))
        .await
        .text
        .contains("No gap"));

    // Only a coordinator accepts; then the issue is a gap, weak, with the row behind it.
    let refused = contributor
        .post(
            &format!("{exercise}/rows/{row}/state"),
            &[("state", "accepted")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    location(
        &coordinator
            .post(
                &format!("{exercise}/rows/{row}/state"),
                &[("state", "accepted")],
            )
            .await,
    );
    let gaps = public.get(&format!("{exercise}/gaps")).await.text;
    assert!(
        gaps.contains("Privacy and data protection") && gaps.contains("Addressed only in part"),
        "{gaps}"
    );
    assert!(gaps.contains("IGF: Partly addressing"));
    location(
        &coordinator
            .post(
                &format!("{exercise}/issues/{privacy}/gap"),
                &[(
                    "explanation",
                    "No body takes decisions on cross-border data.",
                )],
            )
            .await,
    );
    assert!(public
        .get(&format!("{exercise}/gaps"))
        .await
        .text
        .contains("No body takes decisions on cross-border data."));

    // A report of the matrix as it stands.
    let first = location(
        &coordinator
            .post(
                &format!("{exercise}/snapshots"),
                &[
                    ("kind", "update_report"),
                    ("title", "First update report"),
                    ("issued_on", "2013-11-29"),
                ],
            )
            .await,
    );

    // The ITU addresses spectrum: accepted, and that issue is addressed, not a gap. On privacy,
    // a second row is contested: the group cannot agree whether the ITU addresses it.
    location(
        &contributor
            .post(
                &format!("{exercise}/rows"),
                &[
                    ("issue", &spectrum.to_string()),
                    ("mechanism", &itu),
                    ("status", "addressing"),
                ],
            )
            .await,
    );
    let rows: serde_json::Value =
        serde_json::from_str(&public.get(&format!("{exercise}/matrix.json")).await.text).unwrap();
    let itu_row = rows["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["issue_id"] == spectrum)
        .unwrap()["id"]
        .as_i64()
        .unwrap();
    location(
        &coordinator
            .post(
                &format!("{exercise}/rows/{itu_row}/state"),
                &[("state", "accepted")],
            )
            .await,
    );
    let contested = location(
        &contributor
            .post(
                &format!("{exercise}/rows"),
                &[
                    ("issue", &privacy.to_string()),
                    ("mechanism", &itu),
                    ("status", "addressing"),
                ],
            )
            .await,
    );
    let contested = contested.rsplit("#row-").next().unwrap().to_owned();
    let without_reason = coordinator
        .post(
            &format!("{exercise}/rows/{contested}/state"),
            &[("state", "contested")],
        )
        .await;
    assert_eq!(without_reason.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        without_reason.text.contains("Say why") || without_reason.text.contains("required"),
        "{}",
        without_reason.text
    );
    location(
        &coordinator
            .post(
                &format!("{exercise}/rows/{contested}/state"),
                &[
                    ("state", "contested"),
                    ("reason", "Members disagree on the ITU's mandate"),
                ],
            )
            .await,
    );

    // The matrix page: the heat map, with one cell per row coloured by status, and its table.
    let matrix = public.get(&exercise).await.text;
    assert!(
        matrix.contains("<svg")
            && matrix.contains("class=\"st-addressing\"")
            && matrix.contains("class=\"st-partly\"")
    );
    assert!(matrix.contains("<caption>Mechanisms of each issue, by status</caption>"));
    assert!(matrix.contains("ITU (Contested)"));
    let infrastructure = public
        .get(&format!("{exercise}?area=Infrastructure"))
        .await
        .text;
    assert!(
        infrastructure.contains("Radio spectrum") && !infrastructure.contains(">I1 Privacy"),
        "paged by area"
    );

    // Options for the contested row, with their supporters; referred; decided by the WGEC.
    let subject = format!("row:{contested}");
    let one_option = coordinator
        .post(
            &format!("{exercise}/issues/{privacy}/options"),
            &[
                ("subject", &subject),
                (
                    "text",
                    "The ITU addresses privacy through its security work",
                ),
                ("groups", "government"),
                ("regions", "EEG"),
                ("regions", "APG"),
            ],
        )
        .await;
    let question = location(&one_option)
        .rsplit("#question-")
        .next()
        .unwrap()
        .to_owned();
    let too_early = coordinator
        .post(&format!("{exercise}/questions/{question}/referral"), &[])
        .await;
    assert_eq!(too_early.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        too_early.text.contains("at least 2 options"),
        "{}",
        too_early.text
    );
    location(
        &coordinator
            .post(
                &format!("{exercise}/issues/{privacy}/options"),
                &[
                    ("subject", &subject),
                    ("text", "The ITU does not address privacy"),
                    ("groups", "civil_society"),
                    ("groups", "private_sector"),
                    ("regions", "WEOG"),
                ],
            )
            .await,
    );
    location(
        &coordinator
            .post(&format!("{exercise}/questions/{question}/referral"), &[])
            .await,
    );
    let issue_page = public
        .get(&format!("{exercise}/issues/{privacy}"))
        .await
        .text;
    assert!(issue_page.contains("Referred to the working group by Rushton"));
    assert!(issue_page.contains("Governments") && issue_page.contains("Eastern European States"));
    // The group's coordinator cannot decide for the WGEC; the WGEC's secretariat records it.
    let decision = format!("{exercise}/questions/{question}/decision");
    assert_eq!(
        coordinator.get(&decision).await.status,
        StatusCode::FORBIDDEN
    );
    let form = s.admin.get(&decision).await.text;
    let option = form
        .split("<option value=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    location(
        &s.admin
            .post(
                &decision,
                &[
                    ("option", &option),
                    ("decided_on", "2014-02-28"),
                    ("basis", "Agreed at the third meeting"),
                ],
            )
            .await,
    );
    let issue_page = public
        .get(&format!("{exercise}/issues/{privacy}"))
        .await
        .text;
    assert!(
        issue_page.contains(
            "The working group chose “The ITU addresses privacy through its security work” on"
        ),
        "{issue_page}"
    );
    let again = s
        .admin
        .post(
            &decision,
            &[
                ("option", &option),
                ("decided_on", "2014-03-01"),
                ("basis", "Again"),
            ],
        )
        .await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(again.text.contains("already recorded"));

    // A second report, and what changed since the first.
    let second = location(
        &coordinator
            .post(
                &format!("{exercise}/snapshots"),
                &[
                    ("kind", "final_document"),
                    ("title", "Final compiled document"),
                    ("issued_on", "2014-02-12"),
                ],
            )
            .await,
    );
    let compared = public
        .get(&format!(
            "{exercise}/snapshots/compare?from={}&to={}",
            last_id(&first),
            last_id(&second)
        ))
        .await
        .text;
    assert!(
        compared.contains("I2: ITU listed (Addressing)"),
        "{compared}"
    );
    assert!(compared.contains("I1: ITU listed (Addressing)"));
    // The first stays as it was issued.
    let first_page = public.get(&first).await.text;
    assert!(first_page.contains("First update report") && !first_page.contains("ITU"));

    // The files: CSV with a line per row, JSON with the gaps.
    let csv = public.get(&format!("{exercise}/matrix.csv")).await;
    assert_eq!(csv.headers[header::CONTENT_TYPE], "text/csv; charset=utf-8");
    let mut reader = csv::Reader::from_reader(csv.bytes.as_slice());
    let lines: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(lines.len(), 3);
    assert!(lines
        .iter()
        .any(|l| &l[0] == "I1" && &l[3] == "IGF" && &l[4] == "partly" && &l[5] == "accepted"));
    let json: serde_json::Value =
        serde_json::from_str(&public.get(&format!("{exercise}/matrix.json")).await.text).unwrap();
    assert_eq!(json["gaps"].as_array().unwrap().len(), 1);

    // Every change is in the audit log.
    let log = app.store.audit_log(200).await.unwrap();
    for action in [
        "propose",
        "accepted",
        "contested",
        "explain_gap",
        "option",
        "refer",
        "decide",
        "issue",
    ] {
        assert!(
            log.iter().any(|e| e.action == action),
            "{action} is not in the audit log"
        );
    }

    // In Arabic, right to left.
    let mut reader = Browser::new(&app);
    reader
        .cookies
        .insert(concord_web::i18n::LANG_COOKIE.into(), "ar".into());
    let arabic = reader.get(&exercise).await.text;
    assert!(arabic.contains("dir=\"rtl\"") && arabic.contains("القضايا × الآليات"));
}

async fn bad_mapping_input_is_named_and_changes_nothing(app: App) {
    let mut s = setting(&app).await;
    let (privacy, _) = s.issues;
    let igf = mechanism(&mut s.admin, "Internet Governance Forum", "IGF").await;

    // The same name twice in the registry.
    let twice = s
        .admin
        .post(
            "/mechanisms/new",
            &[
                ("name", "internet governance forum"),
                ("kind", "forum"),
                ("scope", "x"),
                ("participants", "multistakeholder"),
                ("access", "open"),
                ("sources", "x"),
                ("lang", "en"),
            ],
        )
        .await;
    assert_eq!(twice.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        twice.text.contains("already has a mechanism named"),
        "{}",
        twice.text
    );

    let (mut coordinator, _) =
        common::seated(&app, s.group, "Liddicoat", "facilitator", None).await;
    let call_id = last_id(&s.call);
    let exercise = location(
        &coordinator
            .post(
                &format!("/bodies/{}/mapping/new", s.group),
                &[("title", "Mapping"), ("call", &call_id), ("lang", "en")],
            )
            .await,
    );

    // An issue outside the exercise: another call's issue.
    let other_call = open_call(&mut s.admin, s.wgec).await;
    let other = answer(&app, &other_call, "Other", "Cybersecurity norms.", true).await;
    let other_id = CallId(last_id(&other_call).parse().unwrap());
    let question = app.store.questions(other_id).await.unwrap()[0].id;
    let form = concord_domain::policy_issue::IssueForm {
        response: Some(other.clone()),
        question: Some(question.0),
        passage: Some("Cybersecurity".into()),
        title: Some("Cybersecurity".into()),
        ..Default::default()
    };
    let outside = app
        .store
        .record_issue_source(
            &AuditActor::system("test"),
            other_id,
            &form.parse().unwrap(),
        )
        .await
        .unwrap();
    let (mut contributor, _) = signed_in(&app, "Anyone", false, None).await;
    let log_before = app.store.audit_log(500).await.unwrap().len();
    let rows = format!("{exercise}/rows");
    let refused = contributor
        .post(
            &rows,
            &[
                ("issue", &outside.0.to_string()),
                ("mechanism", &igf),
                ("status", "addressing"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .text
            .contains("not one of the issues this exercise maps"),
        "{}",
        refused.text
    );
    // The form comes back with what was written.
    assert!(refused.text.contains("name=\"evidence\""));

    // Evidence pointing at a withheld response: a contributor who does not compile the call's
    // responses may not cite it; nobody may quote it.
    let withheld = contributor
        .post(
            &rows,
            &[
                ("issue", &privacy.to_string()),
                ("mechanism", &igf),
                ("status", "partly"),
                ("evidence", &s.withheld),
            ],
        )
        .await;
    assert_eq!(withheld.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        withheld.text.contains("is not published"),
        "{}",
        withheld.text
    );
    let quoted = s
        .admin
        .post(
            &rows,
            &[
                ("issue", &privacy.to_string()),
                ("mechanism", &igf),
                ("status", "partly"),
                ("evidence", &format!("{}: Spectrum", s.withheld)),
            ],
        )
        .await;
    assert_eq!(quoted.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        quoted.text.contains("without quoting it"),
        "{}",
        quoted.text
    );
    let unknown = contributor
        .post(
            &rows,
            &[
                ("issue", &privacy.to_string()),
                ("mechanism", &igf),
                ("evidence", "99-00001"),
            ],
        )
        .await;
    assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        app.store.audit_log(500).await.unwrap().len(),
        log_before,
        "nothing changed"
    );

    // A duplicate row.
    location(
        &contributor
            .post(
                &rows,
                &[
                    ("issue", &privacy.to_string()),
                    ("mechanism", &igf),
                    ("status", "partly"),
                ],
            )
            .await,
    );
    let duplicate = contributor
        .post(
            &rows,
            &[
                ("issue", &privacy.to_string()),
                ("mechanism", &igf),
                ("status", "addressing"),
            ],
        )
        .await;
    assert_eq!(duplicate.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(duplicate
        .text
        .contains("already has a row for this mechanism"));

    // An assessment by someone outside the group: in a group not open to all, a stranger is
    // refused, and the row stays as it was.
    let closed = BodyForm {
        name: Some("Closed drafting group".into()),
        acronym: Some("CDG".into()),
        body_type: Some("ad_hoc_group".into()),
        parent_id: Some(s.wgec),
        ..Default::default()
    };
    let closed = app
        .store
        .create_body(
            &AuditActor::system("test"),
            &closed.parse().unwrap(),
            Lifecycle::Working,
        )
        .await
        .unwrap()
        .id
        .0;
    let (mut chair, _) = common::seated(&app, closed, "Chair", "chair", None).await;
    let closed_exercise = location(
        &chair
            .post(
                &format!("/bodies/{closed}/mapping/new"),
                &[
                    ("title", "Closed mapping"),
                    ("call", &call_id),
                    ("lang", "en"),
                ],
            )
            .await,
    );
    let stranger = contributor
        .post(
            &format!("{closed_exercise}/rows"),
            &[("issue", &privacy.to_string()), ("mechanism", &igf)],
        )
        .await;
    assert_eq!(stranger.status, StatusCode::FORBIDDEN);
    assert!(stranger.text.contains("Not allowed"));

    // A decision on a question that was never referred.
    let row = serde_json::from_str::<serde_json::Value>(
        &contributor
            .get(&format!("{exercise}/matrix.json"))
            .await
            .text,
    )
    .unwrap()["rows"][0]["id"]
        .as_i64()
        .unwrap();
    location(
        &coordinator
            .post(
                &format!("{exercise}/rows/{row}/state"),
                &[("state", "contested"), ("reason", "No agreement")],
            )
            .await,
    );
    let option = coordinator
        .post(
            &format!("{exercise}/issues/{privacy}/options"),
            &[("subject", &format!("row:{row}")), ("text", "One view")],
        )
        .await;
    let question = location(&option)
        .rsplit("#question-")
        .next()
        .unwrap()
        .to_owned();
    let questions: Vec<concord_store::Question> = concord_store::QuestionStore::mapping_questions(
        &app.store,
        concord_domain::ids::ExerciseId(last_id(&exercise).parse().unwrap()),
    )
    .await
    .unwrap();
    let option_id = questions[0].options[0].id.to_string();
    let decided = s
        .admin
        .post(
            &format!("{exercise}/questions/{question}/decision"),
            &[
                ("option", &option_id),
                ("decided_on", "2014-02-28"),
                ("basis", "x"),
            ],
        )
        .await;
    assert_eq!(decided.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(decided.text.contains("never referred"), "{}", decided.text);

    // An import naming a mechanism the registry lacks: the whole file is refused, each line named.
    let file =
        "issue,mechanism,status\nI1,IGF,addressing\nI1,World Summit Council,partly\nI7,IGF,\n";
    let import = format!("{exercise}/import");
    let before = contributor
        .get(&format!("{exercise}/matrix.csv"))
        .await
        .text;
    let refused = coordinator
        .post_file(&import, &[], ("file", "rows.csv", file.as_bytes()))
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.text.contains("World Summit Council"),
        "{}",
        refused.text
    );
    assert!(refused.text.contains("Line 4"), "{}", refused.text);
    assert_eq!(
        contributor
            .get(&format!("{exercise}/matrix.csv"))
            .await
            .text,
        before
    );
    // And one the registry knows is taken whole.
    mechanism(&mut s.admin, "International Telecommunication Union", "ITU").await;
    let good = "issue,mechanism,status,notes,evidence\nI2,ITU,addressing,Radio Regulations,https://www.itu.int\nI2,Internet Governance Forum,partly,,\n";
    location(
        &coordinator
            .post_file(&import, &[], ("file", "rows.csv", good.as_bytes()))
            .await,
    );
    let after = contributor
        .get(&format!("{exercise}/matrix.csv"))
        .await
        .text;
    assert_eq!(after.lines().count(), before.lines().count() + 2);
}
