//! Meetings through the real pages, and the iCalendar feed read by a third-party parser
//! (Python's `icalendar`, which `.ci/run` installs) as well as checked line by line.

// Tests: a failed unwrap is a failed assertion.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use axum::http::{header, StatusCode};
use common::{App, Browser};

both_backends!(
    meetings_are_scheduled_changed_and_published_as_icalendar,
    agendas_are_built_and_adopted_with_their_documents,
    observers_register_within_the_cap_and_are_published_by_group_and_region,
    members_register_their_delegations_and_attendance_is_taken,
    topics_are_proposed_decided_and_taken_up_on_agendas,
);

/// A browser signed in as a platform administrator.
async fn administrator(app: &App) -> Browser<'_> {
    common::signed_in(app, "admin", true, None).await.0
}

/// The id of the last meeting linked from a body's page as `browser` sees it.
async fn last_meeting(browser: &mut Browser<'_>, body: i64) -> String {
    let page = browser.get(&format!("/bodies/{body}")).await.text;
    let marker = format!("/bodies/{body}/meetings/");
    page.match_indices(&marker)
        .filter_map(|(i, _)| page[i + marker.len()..].split(['/', '"', '#']).next())
        .filter(|s| s.parse::<i64>().is_ok())
        .last()
        .unwrap()
        .to_owned()
}

async fn agendas_are_built_and_adopted_with_their_documents(app: App) {
    let mut admin = administrator(&app).await;
    let (id, _) = app.wgec().await;
    let created = admin
        .post(
            &format!("/bodies/{id}/meetings/new"),
            &[
                ("number", "2"),
                ("title", "Second meeting"),
                ("starts_on", "2013-11-06"),
                ("ends_on", "2013-11-08"),
                ("time_zone", "Europe/Zurich"),
                ("state", "announced"),
                ("lang", "en"),
                ("modality", "in_person"),
            ],
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.text);
    let meeting = last_meeting(&mut admin, id).await;
    let filed = admin
        .post(
            &format!("/bodies/{id}/documents/new"),
            &[
                ("symbol", "E/CN.16/2013/CRP.3"),
                ("title", "Mapping of international public policy issues"),
                ("doc_type", "secretariat_note"),
                ("languages", "en"),
                ("lang", "en"),
            ],
        )
        .await;
    assert_eq!(filed.status, StatusCode::SEE_OTHER, "{}", filed.text);
    let agenda = format!("/bodies/{id}/meetings/{meeting}/agenda");

    let unknown = admin
        .post(
            &agenda,
            &[
                ("number", "3"),
                ("title", "Mapping of public policy issues"),
                ("document", "E/CN.16/2013/CRP.9"),
            ],
        )
        .await;
    assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(unknown
        .text
        .contains("register holds no document E/CN.16/2013/CRP.9."));
    assert!(
        unknown
            .text
            .contains("value=\"Mapping of public policy issues\""),
        "what was typed comes back"
    );
    let malformed = admin
        .post(
            &agenda,
            &[("number", "3"), ("title", "Mapping"), ("document", "CRP 3")],
        )
        .await;
    assert_eq!(malformed.status, StatusCode::UNPROCESSABLE_ENTITY);

    for (number, title, document, sub) in [
        ("1", "Opening of the meeting", "", ""),
        (
            "3",
            "Mapping of public policy issues",
            "E/CN.16/2013/CRP.3",
            "",
        ),
        ("3 (a)", "Gaps in existing mechanisms", "", "true"),
    ] {
        let added = admin
            .post(
                &agenda,
                &[
                    ("number", number),
                    ("title", title),
                    ("document", document),
                    ("sub_item", sub),
                ],
            )
            .await;
        assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.text);
    }
    let duplicate = admin
        .post(&agenda, &[("number", "1"), ("title", "Opening again")])
        .await;
    assert_eq!(duplicate.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(duplicate.text.contains("The agenda already has an item 1."));

    let public = Browser::new(&app)
        .get(&format!("/bodies/{id}/meetings/{meeting}"))
        .await
        .text;
    assert!(public.contains("Provisional"));
    let body_page = Browser::new(&app).get(&format!("/bodies/{id}")).await.text;
    let anchor = body_page
        .split("<tr id=\"doc-")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap();
    assert!(
        public.contains(&format!(
            "<a href=\"/bodies/{id}/documents/{anchor}\">E/CN.16/2013/CRP.3</a>"
        )),
        "the item links to the document's page"
    );
    assert!(public.contains("Gaps in existing mechanisms"));

    let adopted = admin
        .post(
            &format!("{agenda}/adopt"),
            &[("state", "adopted"), ("adopted_on", "2013-11-06")],
        )
        .await;
    assert_eq!(adopted.status, StatusCode::SEE_OTHER, "{}", adopted.text);
    let public = Browser::new(&app)
        .get(&format!("/bodies/{id}/meetings/{meeting}"))
        .await
        .text;
    assert!(public.contains("Adopted</strong> — 6 November 2013"));
    let late = admin
        .post(&agenda, &[("number", "4"), ("title", "Other matters")])
        .await;
    assert_eq!(late.status, StatusCode::UNPROCESSABLE_ENTITY);
}

/// Parses the feed with Python's `icalendar` and returns one line per event:
/// `UID|SEQUENCE|STATUS|DTSTART|DTEND|SUMMARY`. `None` when the parser is not installed here
/// (outside CI, where it is required).
fn third_party_parse(feed: &str) -> Option<String> {
    let script = r#"
import sys, icalendar
calendar = icalendar.Calendar.from_ical(sys.stdin.read())
for event in calendar.walk("VEVENT"):
    print("|".join(str(x) for x in (event["UID"], event["SEQUENCE"], event["STATUS"], event.decoded("DTSTART"), event.decoded("DTEND"), event["SUMMARY"])))
"#;
    let available = std::process::Command::new("python3")
        .args(["-c", "import icalendar"])
        .status()
        .is_ok_and(|s| s.success());
    if !available {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must have Python's icalendar to check the feeds"
        );
        eprintln!("note: Python's icalendar is not installed; the third-party check of the feed is skipped");
        return None;
    }
    let mut child = std::process::Command::new("python3")
        .args(["-c", script])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::io::Write::write_all(&mut child.stdin.take().unwrap(), feed.as_bytes()).unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(
        output.status.success(),
        "the parser refused the feed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    Some(String::from_utf8(output.stdout).unwrap())
}

async fn meetings_are_scheduled_changed_and_published_as_icalendar(app: App) {
    let mut admin = administrator(&app).await;
    let (id, _) = app.wgec().await;

    let bad = admin
        .post(
            &format!("/bodies/{id}/meetings/new"),
            &[
                ("title", "Second meeting"),
                ("starts_on", "2013-11-08"),
                ("ends_on", "2013-11-06"),
                ("time_zone", "Europe/Geneva"),
                ("starts_at", "9h"),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    for says in [
        "“9h” is not a time",
        "This is not a time zone",
        "The end date is before the start date.",
    ] {
        assert!(bad.text.contains(says), "{says}");
    }
    let second = admin
        .post(
            &format!("/bodies/{id}/meetings/new"),
            &[
                ("number", "2"),
                ("title", "Second meeting"),
                ("starts_on", "2013-11-06"),
                ("ends_on", "2013-11-08"),
                ("time_zone", "Europe/Zurich"),
                ("venue", "Palais des Nations, Geneva"),
                ("state", "announced"),
                ("lang", "en"),
                ("modality", "hybrid"),
            ],
        )
        .await;
    assert_eq!(second.status, StatusCode::SEE_OTHER, "{}", second.text);
    let additional = admin
        .post(
            &format!("/bodies/{id}/meetings/new"),
            &[
                ("title", "Additional meeting"),
                ("starts_on", "2014-04-30"),
                ("ends_on", "2014-05-02"),
                ("starts_at", "10:00"),
                ("ends_at", "18:00"),
                ("time_zone", "Europe/Zurich"),
                ("state", "planned"),
                ("lang", "en"),
                ("modality", "in_person"),
            ],
        )
        .await;
    assert_eq!(
        additional.status,
        StatusCode::SEE_OTHER,
        "{}",
        additional.text
    );

    let page = Browser::new(&app).get(&format!("/bodies/{id}")).await.text;
    assert!(page.contains("6 November 2013 – 8 November 2013"));
    assert!(page.contains("30 April 2014 – 2 May 2014, 10:00–18:00 (Europe/Zurich)"));
    assert!(page.contains("<td>Additional</td>"));

    // Cancel the additional meeting: the feed keeps it, cancelled, with a higher SEQUENCE.
    let marker = format!("/bodies/{id}/meetings/");
    let meeting = page
        .match_indices(&marker)
        .filter_map(|(i, _)| page[i + marker.len()..].split('/').next())
        .filter(|s| s.parse::<i64>().is_ok())
        .last();
    assert!(meeting.is_none(), "no edit links for the public");
    let admin_page = admin.get(&format!("/bodies/{id}")).await.text;
    let meeting = admin_page
        .match_indices(&marker)
        .filter_map(|(i, _)| admin_page[i + marker.len()..].split('/').next())
        .filter(|s| s.parse::<i64>().is_ok())
        .last()
        .unwrap()
        .to_owned();
    let cancelled = admin
        .post(
            &format!("/bodies/{id}/meetings/{meeting}/edit"),
            &[
                ("title", "Additional meeting"),
                ("starts_on", "2014-04-30"),
                ("ends_on", "2014-05-02"),
                ("starts_at", "10:00"),
                ("ends_at", "18:00"),
                ("time_zone", "Europe/Zurich"),
                ("state", "cancelled"),
                ("lang", "en"),
                ("modality", "in_person"),
                ("reason", "Postponed"),
            ],
        )
        .await;
    assert_eq!(
        cancelled.status,
        StatusCode::SEE_OTHER,
        "{}",
        cancelled.text
    );

    let feed = Browser::new(&app)
        .get(&format!("/calendars/bodies/{id}.ics"))
        .await;
    assert_eq!(feed.status, StatusCode::OK);
    assert_eq!(
        feed.headers[header::CONTENT_TYPE],
        "text/calendar; charset=utf-8"
    );
    assert!(feed.text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    assert!(feed.text.contains("DTSTART;VALUE=DATE:20131106\r\n"));
    assert!(
        feed.text.contains("DTSTART:20140430T080000Z\r\n"),
        "10:00 in Geneva on 30 April is 08:00 UTC"
    );
    assert_eq!(feed.text.matches("BEGIN:VEVENT").count(), 2);
    if let Some(events) = third_party_parse(&feed.text) {
        let lines: Vec<&str> = events.lines().collect();
        assert_eq!(lines.len(), 2, "{events}");
        assert!(
            lines[0].contains("|0|CONFIRMED|2013-11-06|2013-11-09|Second meeting"),
            "{events}"
        );
        assert!(lines[1].contains("|1|CANCELLED|2014-04-30 08:00:00+00:00|2014-05-02 16:00:00+00:00|Additional meeting"), "{events}");
        assert!(lines.iter().all(|l| l.starts_with("meeting-")));
    }
    let json = app
        .get(&format!("/api/v1/bodies/{id}/meetings"))
        .await
        .json();
    assert_eq!(json["meetings"].as_array().unwrap().len(), 2);
    assert_eq!(json["meetings"][1]["state"], "cancelled");
    let history = Browser::new(&app).get(&format!("/bodies/{id}")).await.text;
    assert!(
        history.contains("Meeting changed (sequence, state): Postponed"),
        "the change is in the public history"
    );
    assert_eq!(
        Browser::new(&app)
            .get("/calendars/bodies/999.ics")
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}

async fn observers_register_within_the_cap_and_are_published_by_group_and_region(app: App) {
    let mut admin = administrator(&app).await;
    let (id, _) = app.wgec().await;
    let created = admin
        .post(
            &format!("/bodies/{id}/meetings/new"),
            &[
                ("number", "3"),
                ("title", "Third meeting"),
                ("starts_on", "2014-02-26"),
                ("ends_on", "2014-02-28"),
                ("time_zone", "Europe/Zurich"),
                ("state", "registration_open"),
                ("lang", "en"),
                ("modality", "in_person"),
            ],
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.text);
    let meeting = last_meeting(&mut admin, id).await;
    let base = format!("/bodies/{id}/meetings/{meeting}");
    let capped = admin.post(&format!("{base}/cap"), &[("cap", "2")]).await;
    assert_eq!(capped.status, StatusCode::SEE_OTHER);

    let mut public = Browser::new(&app);
    let form = public.get(&format!("{base}/register")).await;
    assert_eq!(form.status, StatusCode::OK);
    let bad = public
        .post(
            &format!("{base}/register"),
            &[
                ("name", ""),
                ("organization", "Internet Society"),
                ("email", "not-an-address"),
                ("stakeholder_group", "technical_academic"),
                ("country", "XX"),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        bad.text.contains("value=\"Internet Society\""),
        "what was typed comes back"
    );

    let observers = [
        (
            "Ana Silva",
            "Instituto Nupef",
            "ana@example.org",
            "civil_society",
            "BR",
        ),
        (
            "Kenji Sato",
            "Keio University",
            "kenji@example.org",
            "technical_academic",
            "JP",
        ),
        (
            "Marie Dupont",
            // Written as a spreadsheet formula: the badge list must keep it text.
            "=HYPERLINK(\"http://evil.example\",\"ICC BASIS\")",
            "marie@example.org",
            "private_sector",
            "",
        ),
    ];
    let mut replies = Vec::new();
    for (name, organization, email, group, country) in observers {
        let reply = public
            .post(
                &format!("{base}/register"),
                &[
                    ("name", name),
                    ("organization", organization),
                    ("email", email),
                    ("stakeholder_group", group),
                    ("country", country),
                ],
            )
            .await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.text);
        replies.push(reply.text);
    }
    assert!(replies[0].contains("awaits the secretariat"));
    let twice = public
        .post(
            &format!("{base}/register"),
            &[
                ("name", "Ana Silva"),
                ("organization", "Instituto Nupef"),
                ("email", "ana@example.org"),
                ("stakeholder_group", "civil_society"),
                ("country", "BR"),
            ],
        )
        .await;
    assert_eq!(twice.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(twice
        .text
        .contains("This address is already registered for this meeting."));

    // The secretariat admits everyone it can; the cap of two refuses the third.
    let page = admin.get(&base).await.text;
    let marker = format!("{base}/registrations/");
    let registrations: Vec<String> = page
        .match_indices(&marker)
        .filter_map(|(i, _)| page[i + marker.len()..].split('"').next())
        .map(str::to_owned)
        .collect();
    assert_eq!(registrations.len(), 3, "one decision form per registration");
    for registration in &registrations {
        admin
            .post(
                &format!("{base}/registrations/{registration}"),
                &[("action", "approve")],
            )
            .await;
    }
    let page = admin.get(&base).await.text;
    assert_eq!(page.matches("<td>Approved</td>").count(), 2, "{page}");

    let over = admin
        .post(
            &format!("{base}/registrations/{}", registrations[2]),
            &[("action", "approve")],
        )
        .await;
    let back = over.headers[header::LOCATION].to_str().unwrap().to_owned();
    assert!(back.contains("problem=over-cap"), "{back}");
    assert!(admin
        .get(&back)
        .await
        .text
        .contains("Every place for observers at this meeting is taken."));

    // Attendance is taken during the meeting, and can be corrected.
    let marked = admin
        .post(
            &format!("{base}/registrations/{}", registrations[0]),
            &[("action", "attended")],
        )
        .await;
    assert_eq!(marked.status, StatusCode::SEE_OTHER);
    let page = admin.get(&base).await.text;
    assert_eq!(page.matches("<td>Approved · attended</td>").count(), 1);
    let unknown_action = admin
        .post(
            &format!("{base}/registrations/{}", registrations[0]),
            &[("action", "delete")],
        )
        .await;
    assert_eq!(unknown_action.status, StatusCode::BAD_REQUEST);

    let listed = Browser::new(&app).get(&base).await.text;
    assert!(listed.contains("Admitted observers by stakeholder group"));
    assert!(listed.contains("<th scope=\"row\">Civil society</th><td class=\"num\">1</td>"));
    assert!(listed.contains("Admitted observers by regional group of their country"));
    assert!(listed.contains(
        "<th scope=\"row\">Latin American and Caribbean States</th><td class=\"num\">1</td>"
    ));
    assert!(listed.contains("<th scope=\"row\">Asia-Pacific States</th><td class=\"num\">1</td>"));
    assert!(
        !listed.contains("ana@example.org"),
        "addresses are never published"
    );

    // A third place: the observer who gave no country is counted apart.
    admin.post(&format!("{base}/cap"), &[("cap", "3")]).await;
    admin
        .post(
            &format!("{base}/registrations/{}", registrations[2]),
            &[("action", "approve")],
        )
        .await;
    let listed = Browser::new(&app).get(&base).await.text;
    assert!(listed.contains(
        "<th scope=\"row\">No regional group or no country given</th><td class=\"num\">1</td>"
    ));

    let badges = admin.get(&format!("{base}/badges.csv")).await;
    assert_eq!(badges.status, StatusCode::OK);
    assert_eq!(
        badges.text,
        "name,organization,stakeholder_group,country\r\n\
         Ana Silva,Instituto Nupef,civil_society,BR\r\n\
         Kenji Sato,Keio University,technical_academic,JP\r\n\
         Marie Dupont,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"ICC BASIS\"\")\",private_sector,\r\n"
    );
    let refused = Browser::new(&app).get(&format!("{base}/badges.csv")).await;
    assert_ne!(
        refused.status,
        StatusCode::OK,
        "the badge list is the secretariat's"
    );
}

/// Schedules a meeting of `body` through the form, in `state`, and returns its page's path.
async fn schedule(admin: &mut Browser<'_>, body: i64, starts_on: &str, state: &str) -> String {
    let created = admin
        .post(
            &format!("/bodies/{body}/meetings/new"),
            &[
                ("title", "Meeting"),
                ("starts_on", starts_on),
                ("ends_on", starts_on),
                ("time_zone", "Europe/Zurich"),
                ("state", state),
                ("lang", "en"),
                ("modality", "in_person"),
            ],
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.text);
    format!(
        "/bodies/{body}/meetings/{}",
        last_meeting(admin, body).await
    )
}

async fn members_register_their_delegations_and_attendance_is_taken(app: App) {
    use serde_json::json;
    let mut admin = administrator(&app).await;
    let (id, quotas) = app.wgec().await;
    let member = |body: serde_json::Value| {
        let app = &app;
        async move {
            let reply = app
                .post(&format!("/api/v1/bodies/{id}/memberships"), &body)
                .await;
            assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.text);
            reply.json()["id"].as_i64().unwrap()
        }
    };
    // Brazil sits for GRULAC; a civil-society member sits in her own right; Egypt only joins
    // after the meeting.
    let brazil = member(
        json!({ "quota_id": common::quota(&quotas, "GRULAC"), "role": "member", "state": "BR" }),
    )
    .await;
    let egypt = member(json!({ "quota_id": common::quota(&quotas, "AFR"), "role": "member", "state": "EG", "start_date": "2014-01-01" })).await;
    let person = app
        .post(
            "/api/v1/people",
            &json!({ "name": "Anriette Esterhuysen", "country": "ZA" }),
        )
        .await
        .json()["id"]
        .as_i64()
        .unwrap();
    let anriette =
        member(json!({ "role": "member", "person_id": person, "personal_capacity": true })).await;
    let (mut herself, _) = common::signed_in(
        &app,
        "anriette",
        false,
        Some(concord_domain::ids::PersonId(person)),
    )
    .await;
    let meeting = schedule(&mut admin, id, "2013-11-06", "announced").await;

    let public = Browser::new(&app).get(&meeting).await.text;
    assert!(public.contains("Brazil") && public.contains("Anriette Esterhuysen"));
    assert!(!public.contains("Egypt"), "not yet a member on the day");
    assert_eq!(public.matches("Not registered").count(), 2);

    let register = |m: i64| format!("{meeting}/members/{m}");
    let done = admin
        .post(
            &register(brazil),
            &[
                ("action", "register"),
                ("delegation", "Benedicto Fonseca Filho; Everton Lucero"),
            ],
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.text);
    let own = herself
        .post(
            &register(anriette),
            &[
                ("action", "register"),
                ("delegation", "Anriette Esterhuysen"),
            ],
        )
        .await;
    assert_eq!(own.status, StatusCode::SEE_OTHER, "{}", own.text);
    assert_eq!(
        herself
            .post(
                &register(brazil),
                &[("action", "register"), ("delegation", "Someone else")]
            )
            .await
            .status,
        StatusCode::FORBIDDEN,
        "a member registers only itself"
    );
    assert_eq!(
        herself
            .post(&register(anriette), &[("action", "attended")])
            .await
            .status,
        StatusCode::FORBIDDEN,
        "attendance is the secretariat's"
    );
    let empty = admin
        .post(
            &register(brazil),
            &[("action", "register"), ("delegation", " ")],
        )
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        empty.text.contains("This field is required"),
        "{}",
        empty.text
    );
    assert_eq!(
        admin
            .post(
                &register(egypt),
                &[("action", "register"), ("delegation", "X")]
            )
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let attended = admin
        .post(&register(brazil), &[("action", "attended")])
        .await;
    assert_eq!(attended.status, StatusCode::SEE_OTHER);

    let public = Browser::new(&app).get(&meeting).await.text;
    assert!(
        public.contains("Benedicto Fonseca Filho; Everton Lucero"),
        "the delegation is published"
    );
    assert_eq!(public.matches("Not registered").count(), 0);
    let roster = &public[public.find("id=\"roster-heading\"").unwrap()..];
    let roster = &roster[..roster.find("</section>").unwrap()];
    assert_eq!(
        roster.matches(">attended<").count() + roster.matches("> attended").count(),
        1,
        "{roster}"
    );
    let history = Browser::new(&app).get(&format!("/bodies/{id}")).await.text;
    assert!(history.contains("Member registered") && history.contains("Attendance recorded"));

    // Once a meeting is over, its participants no longer change.
    let over = schedule(&mut admin, id, "2014-02-18", "closed").await;
    let late = admin
        .post(
            &format!("{over}/members/{brazil}"),
            &[("action", "register"), ("delegation", "Late")],
        )
        .await;
    assert_eq!(late.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(late.text.contains("This meeting is over"));
}

async fn topics_are_proposed_decided_and_taken_up_on_agendas(app: App) {
    let mut admin = administrator(&app).await;
    let (id, _) = app.wgec().await;
    let meeting = schedule(&mut admin, id, "2013-11-06", "announced").await;
    let meeting_id = meeting.rsplit('/').next().unwrap().to_owned();

    let empty = admin
        .post(&format!("/bodies/{id}/topics/new"), &[("title", "")])
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(empty.text.contains("This field is required"));
    let proposed = admin
        .post(
            &format!("/bodies/{id}/topics/new"),
            &[
                (
                    "title",
                    "Role of governments in international public policy",
                ),
                (
                    "description",
                    "Roles and responsibilities of each stakeholder",
                ),
                ("lang", "en"),
            ],
        )
        .await;
    assert_eq!(proposed.status, StatusCode::SEE_OTHER, "{}", proposed.text);
    let location = proposed.headers[header::LOCATION]
        .to_str()
        .unwrap()
        .to_owned();
    let topic = location.rsplit("#topic-").next().unwrap().to_owned();
    let page = Browser::new(&app).get(&format!("/bodies/{id}")).await.text;
    assert!(page.contains("Role of governments in international public policy"));
    assert!(page.contains("Proposed"));

    let decision = format!("/bodies/{id}/topics/{topic}/decision");
    let incomplete = admin
        .post(
            &decision,
            &[("state", "proposed"), ("decided_on", "2013-11-31")],
        )
        .await;
    assert_eq!(incomplete.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        incomplete.text.contains("is not a date"),
        "{}",
        incomplete.text
    );
    let decided = admin
        .post(
            &decision,
            &[
                ("state", "agreed"),
                ("decided_on", "2013-11-08"),
                ("meeting_id", &meeting_id),
                (
                    "basis",
                    "The Chair's shortlist, drawn from the responses to the questionnaire",
                ),
            ],
        )
        .await;
    assert_eq!(decided.status, StatusCode::SEE_OTHER, "{}", decided.text);
    let page = Browser::new(&app).get(&format!("/bodies/{id}")).await.text;
    assert!(page.contains("Agreed"));
    assert!(
        page.contains("8 November 2013, Meeting: The Chair"),
        "when, where and on what basis: {page}"
    );
    assert!(page.contains("recorded by admin"));
    let again = admin
        .post(
            &decision,
            &[
                ("state", "not_retained"),
                ("decided_on", "2013-11-09"),
                ("basis", "Changed minds"),
            ],
        )
        .await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(again.text.contains("already decided on this topic"));

    // An agenda item takes the topic up, and links to it.
    let agenda = format!("{meeting}/agenda");
    let stray = admin
        .post(
            &agenda,
            &[("number", "3"), ("title", "Roles"), ("topic_id", "999999")],
        )
        .await;
    assert_eq!(stray.status, StatusCode::UNPROCESSABLE_ENTITY);
    let added = admin
        .post(
            &agenda,
            &[
                ("number", "3"),
                ("title", "Roles and responsibilities"),
                ("topic_id", &topic),
            ],
        )
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.text);
    let shown = Browser::new(&app).get(&meeting).await.text;
    assert!(shown.contains(&format!(
        "<a href=\"/bodies/{id}#topic-{topic}\">Role of governments in international public policy</a>"
    )));
    let history = Browser::new(&app).get(&format!("/bodies/{id}")).await.text;
    assert!(history.contains("Topic proposed") && history.contains("Decision on a topic recorded"));
}
