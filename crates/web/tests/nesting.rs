//! Every nested route (`/calls/{call}/responses/{reference}`, `/bodies/{body}/meetings/{meeting}`
//! …) offered a child of another parent: the secretariat of one body reaches nothing of another
//! body's through its own addresses. Each refusal is paired with the same route given its own
//! child, so that a route that refuses everything would fail too.

// Tests: a failed unwrap is a failed assertion.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use axum::http::{header, StatusCode};
use common::{seated, signed_in, App, Browser};
use concord_domain::agenda::AgendaItemForm;
use concord_domain::ids::{BodyId, CallId, MeetingId};
use concord_domain::participation::RegistrationForm;
use concord_store::{
    AuditActor, DocumentStore, ImportStore, MeetingStore, ParticipationStore, ReviewStore,
};

both_backends!(a_child_of_another_parent_is_never_reached);

/// What one body holds, each with the id its addresses use.
struct Held {
    body: i64,
    meeting: i64,
    item: i64,
    registration: i64,
    document: i64,
    call: i64,
    question: i64,
    reference: String,
    file: String,
    import: i64,
}

async fn body(admin: &App, acronym: &str) -> i64 {
    let created = admin
        .post(
            "/api/v1/bodies",
            &serde_json::json!({
                "name": format!("Working group {acronym}"),
                "acronym": acronym,
                "body_type": "working_group",
                "lifecycle": "established"
            }),
        )
        .await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text);
    created.json()["id"].as_i64().unwrap()
}

/// A body with a meeting (an agenda item, an observer's registration), a document, and a call
/// with a response recorded by the secretariat with its original file and a staged import.
async fn holdings(app: &App, admin: &mut Browser<'_>, acronym: &str) -> Held {
    let by = AuditActor::system("test");
    let body = body(app, acronym).await;
    let meeting = app
        .store
        .add_meeting(
            &by,
            BodyId(body),
            &concord_domain::meeting::MeetingForm {
                title: Some("First meeting".into()),
                starts_on: Some("2013-05-30".into()),
                state: Some("registration_open".into()),
                ..Default::default()
            }
            .parse()
            .unwrap(),
        )
        .await
        .unwrap()
        .id;
    let item = AgendaItemForm {
        number: Some("1".into()),
        title: Some("Opening".into()),
        ..Default::default()
    };
    let item = app
        .store
        .add_agenda_item(&by, meeting, &item.parse().unwrap())
        .await
        .unwrap()
        .id;
    let observer = RegistrationForm {
        name: Some("Ana Silva".into()),
        organization: Some("Instituto Nupef".into()),
        email: Some(format!("ana-{acronym}@example.org")),
        stakeholder_group: Some("civil_society".into()),
        country: Some("BR".into()),
    };
    let registration = app
        .store
        .register(&by, meeting, &observer.parse().unwrap())
        .await
        .unwrap()
        .id;
    let document = concord_domain::document::DocumentForm {
        symbol: Some(format!("E/CN.16/2013/CRP.{}", body)),
        title: Some("Note".into()),
        languages: Some("en".into()),
        ..Default::default()
    };
    let document = app
        .store
        .add_document(&by, BodyId(body), &document.parse().unwrap())
        .await
        .unwrap()
        .id;

    let call_path = common::create_call(admin, body, "2099-08-15").await;
    let call: i64 = call_path.rsplit('/').next().unwrap().parse().unwrap();
    let added = admin
        .post(
            &format!("{call_path}/questions/new"),
            &[("label", "1"), ("text", "Views?")],
        )
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.text);
    let opened = admin
        .post(&format!("{call_path}/state"), &[("state", "open")])
        .await;
    assert_eq!(opened.status, StatusCode::SEE_OTHER, "{}", opened.text);
    let form = admin.get(&format!("{call_path}/record")).await.text;
    let field = form
        .split("name=\"q")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap();
    let question: i64 = field.parse().unwrap();
    let field = format!("q{field}");
    let letter = common::samples::pdf("A withheld letter");
    let recorded = admin
        .post_file(
            &format!("{call_path}/record"),
            &[
                ("kind", "government"),
                ("name", "Ministry of Communications"),
                ("country", "KE"),
                ("lang", "en"),
                (field.as_str(), "Withheld views"),
                ("channel", "paper"),
                ("received_on", "2013-08-14"),
                ("email", "ict@example.go.ke"),
            ],
            ("file", "letter.pdf", &letter),
        )
        .await;
    assert_eq!(recorded.status, StatusCode::SEE_OTHER, "{}", recorded.text);
    let reference = recorded.headers[header::LOCATION]
        .to_str()
        .unwrap()
        .rsplit('/')
        .next()
        .unwrap()
        .to_owned();
    let page = admin
        .get(&format!("{call_path}/responses/{reference}"))
        .await
        .text;
    let file = page
        .split(&format!("/responses/{reference}/files/"))
        .nth(1)
        .expect("the original is listed")
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    let import = app
        .store
        .stage_import(&by, CallId(call), "batch.csv", b"kind,name\n", 0)
        .await
        .unwrap();
    Held {
        body,
        meeting: meeting.0,
        item,
        registration,
        document: document.0,
        call,
        question,
        reference,
        file,
        import,
    }
}

/// A request to make: method, path and form fields.
type Probe = (&'static str, String, Vec<(&'static str, &'static str)>);

/// The nested addresses of `parent` given the children of `child`.
fn routes(parent: &Held, child: &Held) -> Vec<Probe> {
    let (b, m, c) = (parent.body, parent.meeting, parent.call);
    let own_meeting = |rest: &str| format!("/bodies/{b}/meetings/{m}{rest}");
    let their_meeting = |rest: &str| format!("/bodies/{b}/meetings/{}{rest}", child.meeting);
    let r = &child.reference;
    vec![
        ("GET", their_meeting(""), vec![]),
        ("GET", their_meeting("/edit"), vec![]),
        ("GET", their_meeting("/badges.csv"), vec![]),
        ("GET", their_meeting("/register"), vec![]),
        (
            "POST",
            their_meeting("/summary"),
            vec![("summary", "Taken over")],
        ),
        ("POST", their_meeting("/cap"), vec![("observer_cap", "1")]),
        (
            "POST",
            their_meeting("/agenda"),
            vec![("number", "9"), ("title", "Intruder")],
        ),
        (
            "POST",
            their_meeting("/agenda/adopt"),
            vec![("state", "adopted")],
        ),
        (
            "POST",
            own_meeting(&format!("/registrations/{}", child.registration)),
            vec![("action", "decline")],
        ),
        (
            "POST",
            own_meeting(&format!("/agenda/{}/outcome", child.item)),
            vec![("outcome", "Decided elsewhere")],
        ),
        (
            "GET",
            format!("/bodies/{b}/documents/{}", child.document),
            vec![],
        ),
        (
            "POST",
            format!("/bodies/{b}/documents/{}/follow", child.document),
            vec![("follow", "true")],
        ),
        ("GET", format!("/calls/{c}/receipts/{r}"), vec![]),
        ("GET", format!("/calls/{c}/responses/{r}"), vec![]),
        (
            "GET",
            format!("/calls/{c}/responses/{r}/files/{}", child.file),
            vec![],
        ),
        (
            "POST",
            format!("/calls/{c}/responses/{r}/moderate"),
            vec![("action", "hide"), ("reason", "Taken over")],
        ),
        (
            "POST",
            format!("/calls/{c}/responses/{r}/correct"),
            vec![
                ("field", "name"),
                ("value", "Someone else"),
                ("reason", "Taken over"),
            ],
        ),
        (
            "GET",
            format!("/calls/{c}/questions/{}", child.question),
            vec![],
        ),
        (
            "POST",
            format!("/calls/{c}/import/{}/confirm", child.import),
            vec![],
        ),
    ]
}

async fn a_child_of_another_parent_is_never_reached(app: App) {
    let (mut admin, _) = signed_in(&app, "admin", true, None).await;
    let ours = holdings(&app, &mut admin, "WG-A").await;
    let theirs = holdings(&app, &mut admin, "WG-B").await;
    let (mut secretariat, _) = seated(&app, ours.body, "Secretary", "secretariat", None).await;

    // Its own children are reached (a route refusing everything would pass what follows).
    for (method, path, _) in routes(&ours, &ours) {
        if method == "GET" {
            let reply = secretariat.get(&path).await;
            assert_eq!(reply.status, StatusCode::OK, "{path}: {}", reply.text);
        }
    }

    for (method, path, form) in routes(&ours, &theirs) {
        let reply = if method == "GET" {
            secretariat.get(&path).await
        } else {
            secretariat.post(&path, &form).await
        };
        assert_eq!(
            reply.status,
            StatusCode::NOT_FOUND,
            "{method} {path} reached another body's record: {}",
            reply.text
        );
    }

    // Nothing of theirs changed, and their public history tells of no hiding.
    let response = app
        .store
        .submitted_response(CallId(theirs.call), &theirs.reference)
        .await
        .unwrap()
        .unwrap();
    assert!(response.hidden.is_none());
    assert_eq!(response.respondent.name, "Ministry of Communications");
    let registrations = app
        .store
        .registrations(MeetingId(theirs.meeting))
        .await
        .unwrap();
    assert_eq!(
        registrations[0].status,
        concord_domain::participation::RegistrationStatus::Pending
    );
    assert!(
        !app.store
            .staged_import(CallId(theirs.call), theirs.import)
            .await
            .unwrap()
            .unwrap()
            .imported
    );
    assert!(app
        .store
        .body_document(
            BodyId(ours.body),
            concord_domain::ids::DocumentId(theirs.document)
        )
        .await
        .unwrap()
        .is_none());
    let history = Browser::new(&app)
        .get(&format!("/bodies/{}", theirs.body))
        .await
        .text;
    assert!(!history.contains("Taken over"));
}
