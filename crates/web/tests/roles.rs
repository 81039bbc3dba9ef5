//! The whole matrix of routes × roles: for each, the page is allowed, refused with the 403
//! page, or sends the visitor to sign in. The expectations are written out here, not derived
//! from the policy, so that a change of policy shows up as a failing test.

// Tests: a failed unwrap is a failed assertion.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use axum::http::{header, StatusCode};
use common::{App, Browser};
use concord_domain::account::Email;
use concord_domain::agenda::AgendaItemForm;
use concord_domain::body::{BodyForm, Lifecycle};
use concord_domain::composition::{MembershipForm, QuotaForm};
use concord_domain::participation::RegistrationForm;
use concord_domain::party::{OrganizationForm, PersonForm};
use concord_store::{
    AccountStore, AuditActor, BodyStore, CallStore, CompositionStore, DocumentStore, MappingStore,
    MeetingStore, NewUser, ParticipationStore, PartyStore, QuestionStore, RegistryStore,
    ResponseStore, SnapshotStore, TextStore, TopicStore,
};
use time::{Duration, OffsetDateTime};

both_backends!(every_route_answers_every_role_as_the_process_says);

/// Allowed, Forbidden (403 page), or Sign in first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    A,
    F,
    S,
}
use Expect::{A, F, S};

const ROLES: [&str; 8] = [
    "public",
    "administrator",
    "secretariat",
    "chair",
    "vice_chair",
    "facilitator",
    "member",
    "observer",
];

async fn signed_in<'a>(app: &'a App, role: &str, wgec: concord_domain::ids::BodyId) -> Browser<'a> {
    let mut browser = Browser::new(app);
    if role == "public" {
        return browser;
    }
    let by = AuditActor::system("test");
    let email = format!("{role}@example.org");
    let user = NewUser {
        email: Email::parse("e", &email).unwrap(),
        display_name: role.into(),
        password_hash: "x".into(),
    };
    let user = app
        .store
        .create_user(&by, &user, true, role == "administrator")
        .await
        .unwrap();
    if role != "administrator" {
        let person = app
            .store
            .create_person(
                &by,
                &PersonForm {
                    name: Some(role.into()),
                    ..Default::default()
                }
                .parse()
                .unwrap(),
            )
            .await
            .unwrap();
        let membership = MembershipForm {
            role: Some(role.into()),
            person_id: Some(person.id.0),
            ..Default::default()
        };
        app.store
            .add_membership(&by, wgec, &membership.parse().unwrap())
            .await
            .unwrap();
        app.store
            .link_person(&by, user.id, Some(person.id))
            .await
            .unwrap();
    }
    let token = format!("{role}-session-token");
    let hash = concord_web::auth::hash_token(&token);
    app.store
        .create_session(
            user.id,
            &hash,
            &concord_web::auth::new_token(),
            OffsetDateTime::now_utc() + Duration::hours(1),
        )
        .await
        .unwrap();
    browser.cookies.insert("concord_session".into(), token);
    browser
}

fn outcome(reply: &common::Reply, path: &str) -> Expect {
    match reply.status {
        StatusCode::FORBIDDEN => {
            assert!(reply.text.contains("Not allowed"), "{path}: the 403 page");
            F
        }
        StatusCode::SEE_OTHER
            if reply.headers[header::LOCATION]
                .to_str()
                .unwrap()
                .starts_with("/account/sign-in?next=") =>
        {
            S
        }
        StatusCode::OK
        | StatusCode::SEE_OTHER
        | StatusCode::UNPROCESSABLE_ENTITY
        | StatusCode::BAD_REQUEST => A,
        other => panic!("{path}: unexpected {other}: {}", reply.text),
    }
}

async fn every_route_answers_every_role_as_the_process_says(app: App) {
    let by = AuditActor::system("test");
    let cstd_form = BodyForm {
        name: Some("CSTD".into()),
        acronym: Some("CSTD".into()),
        body_type: Some("commission".into()),
        ..Default::default()
    };
    let cstd = app
        .store
        .create_body(&by, &cstd_form.parse().unwrap(), Lifecycle::Working)
        .await
        .unwrap()
        .id;
    let wgec_form = BodyForm {
        name: Some("WGEC".into()),
        acronym: Some("WGEC".into()),
        body_type: Some("working_group".into()),
        parent_id: Some(cstd.0),
        ..Default::default()
    };
    let wgec = app
        .store
        .create_body(&by, &wgec_form.parse().unwrap(), Lifecycle::Working)
        .await
        .unwrap()
        .id;
    let meeting_form = concord_domain::meeting::MeetingForm {
        title: Some("First meeting".into()),
        starts_on: Some("2013-05-30".into()),
        state: Some("registration_open".into()),
        ..Default::default()
    };
    let meeting = concord_store::MeetingStore::add_meeting(
        &app.store,
        &by,
        wgec,
        &meeting_form.parse().unwrap(),
    )
    .await
    .unwrap()
    .id;
    let someone = app
        .store
        .create_person(
            &by,
            &PersonForm {
                name: Some("Someone".into()),
                ..Default::default()
            }
            .parse()
            .unwrap(),
        )
        .await
        .unwrap()
        .id;
    let organization = app
        .store
        .create_organization(
            &by,
            &OrganizationForm {
                name: Some("Internet Society".into()),
                stakeholder_group: Some("technical_academic".into()),
                ..Default::default()
            }
            .parse()
            .unwrap(),
        )
        .await
        .unwrap()
        .id;
    let quota = QuotaForm {
        kind: Some("regional_group".into()),
        regional_group: Some("WEOG".into()),
        seats: Some(4),
        ..Default::default()
    };
    let quota = app
        .store
        .add_quota(&by, wgec, &quota.parse().unwrap())
        .await
        .unwrap()
        .id;
    let seat = MembershipForm {
        quota_id: Some(quota.0),
        state: Some("CH".into()),
        ..Default::default()
    };
    let membership = app
        .store
        .add_membership(&by, wgec, &seat.parse().unwrap())
        .await
        .unwrap()
        .id;
    let item = AgendaItemForm {
        number: Some("1".into()),
        title: Some("Opening of the meeting".into()),
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
        email: Some("ana@example.org".into()),
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
        symbol: Some("E/CN.16/2013/CRP.1".into()),
        title: Some("Note".into()),
        languages: Some("en".into()),
        ..Default::default()
    };
    let document = app
        .store
        .add_document(&by, wgec, &document.parse().unwrap())
        .await
        .unwrap()
        .id;
    let pdf = b"%PDF-1.4\n%%EOF\n";
    let checked = concord_domain::upload::check("file", "note.pdf", pdf).unwrap();
    let file = app
        .store
        .add_document_file(&by, document, "en", &checked, pdf)
        .await
        .unwrap()
        .id;
    let topic = concord_domain::topic::TopicForm {
        title: Some("Role of governments".into()),
        ..Default::default()
    };
    let topic = app
        .store
        .add_topic(&by, wgec, &topic.parse().unwrap())
        .await
        .unwrap()
        .id;
    let text = app
        .store
        .add_text(
            &by,
            wgec,
            &concord_domain::drafting::text::TextForm {
                title: Some("Draft recommendations".into()),
                kind: Some("zero_draft".into()),
                lang: Some("en".into()),
            }
            .parse()
            .unwrap(),
            &concord_domain::drafting::text::revision(Some("OP1. Recommends."), None).unwrap(),
        )
        .await
        .unwrap()
        .id;
    let call = concord_domain::call::CallForm {
        title: Some("Questionnaire".into()),
        opens_on: Some("2013-05-31".into()),
        closes_on: Some("2099-08-15".into()),
        ..Default::default()
    };
    let call = app
        .store
        .add_call(&by, wgec, &call.parse().unwrap())
        .await
        .unwrap()
        .id;
    let question = concord_domain::call::QuestionForm {
        label: Some("1".into()),
        text: Some("Views?".into()),
        ..Default::default()
    };
    app.store
        .add_question(&by, call, &question.parse().unwrap())
        .await
        .unwrap();
    app.store
        .move_call(&by, call, concord_domain::call::CallState::Open)
        .await
        .unwrap();
    let questions = app.store.questions(call).await.unwrap();
    let submission = concord_domain::response::SubmissionForm {
        kind: Some("person".into()),
        name: Some("Ana Silva".into()),
        stakeholder_group: Some("civil_society".into()),
        consent_publish: Some(true),
        answers: vec![(questions[0].id.0, vec!["Open and inclusive".into()])],
        ..Default::default()
    };
    let reference = app
        .store
        .save_response(concord_store::SaveRequest {
            call,
            user: None,
            email: None,
            channel: concord_domain::response::Channel::Email,
            submission: submission.parse(&questions, false).unwrap(),
            files: Vec::new(),
            submit: true,
            at: OffsetDateTime::now_utc(),
            mails: concord_store::Mails::none(),
        })
        .await
        .unwrap()
        .unwrap()
        .reference;
    let question = questions[0].id;
    let issue = concord_domain::policy_issue::IssueForm {
        response: Some(reference.clone()),
        question: Some(question.0),
        passage: Some("inclusive".into()),
        title: Some("Inclusion".into()),
        ..Default::default()
    };
    concord_store::PolicyIssueStore::record_issue_source(
        &app.store,
        &by,
        call,
        &issue.parse().unwrap(),
    )
    .await
    .unwrap();

    // A mapping of the call's issue: a mechanism, a contested row, a question referred to the
    // parent body with two options, and a report issued.
    let issue_id = concord_store::PolicyIssueStore::policy_issues(&app.store, call)
        .await
        .unwrap()[0]
        .id;
    let mechanism = concord_domain::mapping::MechanismForm {
        name: Some("Internet Governance Forum".into()),
        kind: Some("forum".into()),
        scope: Some("Internet governance".into()),
        participants: Some("multistakeholder".into()),
        access: Some("open".into()),
        sources: Some("Tunis Agenda, para. 72".into()),
        ..Default::default()
    };
    let mechanism = RegistryStore::create_mechanism(&app.store, &by, &mechanism.parse().unwrap())
        .await
        .unwrap()
        .id;
    let exercise = concord_domain::mapping::ExerciseForm {
        title: Some("Mapping".into()),
        call: Some(call.to_string()),
        ..Default::default()
    };
    let exercise = MappingStore::create_exercise(&app.store, &by, wgec, &exercise.parse().unwrap())
        .await
        .unwrap()
        .id;
    let row = concord_domain::mapping::RowForm {
        issue: Some(issue_id.to_string()),
        mechanism: Some(mechanism.to_string()),
        status: Some("partly".into()),
        ..Default::default()
    };
    let row =
        MappingStore::propose_row(&app.store, &by, exercise, &row.proposed().unwrap(), &|_| {
            true
        })
        .await
        .unwrap()
        .id;
    use concord_domain::mapping::RowState;
    MappingStore::set_row_state(
        &app.store,
        &by,
        exercise,
        row,
        RowState::Contested,
        Some("no agreement"),
    )
    .await
    .unwrap();
    let mut question = 0;
    for text in ["It addresses it", "It does not"] {
        let option = concord_domain::mapping::OptionForm {
            text: Some(text.into()),
            ..Default::default()
        };
        question = QuestionStore::add_option(
            &app.store,
            &by,
            exercise,
            issue_id,
            concord_store::Subject::Row(row),
            &option.parse().unwrap(),
        )
        .await
        .unwrap();
    }
    QuestionStore::refer_question(&app.store, &by, exercise, question)
        .await
        .unwrap();
    let snapshot = concord_domain::mapping::SnapshotForm {
        kind: Some("update_report".into()),
        title: Some("First update".into()),
        issued_on: Some("2013-11-29".into()),
    };
    let snapshot =
        SnapshotStore::issue_snapshot(&app.store, &by, exercise, &snapshot.parse().unwrap())
            .await
            .unwrap()
            .id;

    //                     public admin secr. chair vice  facil member observer
    let get_matrix: Vec<(String, [Expect; 8])> = vec![
        ("/mechanisms".into(), [A, A, A, A, A, A, A, A]),
        ("/mechanisms/new".into(), [S, A, A, F, F, A, F, F]),
        (format!("/mechanisms/{mechanism}"), [A, A, A, A, A, A, A, A]),
        (
            format!("/mechanisms/{mechanism}/edit"),
            [S, A, A, F, F, A, F, F],
        ),
        (format!("/bodies/{wgec}/mapping"), [A, A, A, A, A, A, A, A]),
        (
            format!("/bodies/{wgec}/mapping/new"),
            [S, A, A, A, A, A, F, F],
        ),
        (format!("/mapping/{exercise}"), [A, A, A, A, A, A, A, A]),
        (
            format!("/mapping/{exercise}/gaps"),
            [A, A, A, A, A, A, A, A],
        ),
        (
            format!("/mapping/{exercise}/matrix.csv"),
            [A, A, A, A, A, A, A, A],
        ),
        (
            format!("/mapping/{exercise}/matrix.json"),
            [A, A, A, A, A, A, A, A],
        ),
        (
            format!("/mapping/{exercise}/issues/{issue_id}"),
            [A, A, A, A, A, A, A, A],
        ),
        (
            format!("/mapping/{exercise}/import"),
            [S, A, A, A, A, A, F, F],
        ),
        (
            format!("/mapping/{exercise}/questions/{question}/decision"),
            [S, A, F, F, F, F, F, F],
        ),
        (
            format!("/mapping/{exercise}/snapshots"),
            [A, A, A, A, A, A, A, A],
        ),
        (
            format!("/mapping/{exercise}/snapshots/{snapshot}"),
            [A, A, A, A, A, A, A, A],
        ),
        (
            format!("/mapping/{exercise}/snapshots/compare?from={snapshot}&to={snapshot}"),
            [A, A, A, A, A, A, A, A],
        ),
        ("/".into(), [A, A, A, A, A, A, A, A]),
        (format!("/bodies/{wgec}"), [A, A, A, A, A, A, A, A]),
        ("/countries/CH".into(), [A, A, A, A, A, A, A, A]),
        ("/account".into(), [S, A, A, A, A, A, A, A]),
        ("/admin".into(), [S, A, A, F, F, F, F, F]),
        ("/admin/outbox".into(), [S, A, F, F, F, F, F, F]),
        ("/bodies/new".into(), [S, A, F, F, F, F, F, F]),
        (
            format!("/bodies/new?parent={wgec}"),
            [S, A, A, A, F, F, F, F],
        ),
        (
            format!("/bodies/new?parent={cstd}"),
            [S, A, F, F, F, F, F, F],
        ),
        (format!("/bodies/{wgec}/edit"), [S, A, A, F, F, F, F, F]),
        (
            format!("/bodies/{wgec}/lifecycle"),
            [S, A, A, F, F, F, F, F],
        ),
        (
            format!("/bodies/{wgec}/seats/new"),
            [S, A, A, F, F, F, F, F],
        ),
        (
            format!("/bodies/{wgec}/memberships/new"),
            [S, A, A, F, F, F, F, F],
        ),
        (
            format!("/bodies/{wgec}/meetings/new"),
            [S, A, A, F, F, F, F, F],
        ),
        (
            format!("/calendars/bodies/{wgec}.ics"),
            [A, A, A, A, A, A, A, A],
        ),
        (
            format!("/bodies/{wgec}/documents/new"),
            [S, A, A, F, F, F, F, F],
        ),
        (
            format!("/bodies/{wgec}/meetings/{meeting}"),
            [A, A, A, A, A, A, A, A],
        ),
        (
            format!("/bodies/{wgec}/meetings/{meeting}/register"),
            [A, A, A, A, A, A, A, A],
        ),
        (
            format!("/bodies/{wgec}/meetings/{meeting}/badges.csv"),
            [S, A, A, F, F, F, F, F],
        ),
        (
            format!("/bodies/{wgec}/meetings/{meeting}/edit"),
            [S, A, A, F, F, F, F, F],
        ),
        (
            format!("/bodies/{wgec}/seats/{quota}/edit"),
            [S, A, A, F, F, F, F, F],
        ),
        (
            format!("/bodies/{wgec}/memberships/{membership}/edit"),
            [S, A, A, F, F, F, F, F],
        ),
        ("/calendars/events.ics".into(), [A, A, A, A, A, A, A, A]),
        (
            format!("/organizations/{organization}/edit"),
            [S, A, A, F, F, F, F, F],
        ),
        (format!("/bodies/{cstd}/edit"), [S, A, F, F, F, F, F, F]),
        ("/people/new".into(), [S, A, A, F, F, F, F, F]),
        (format!("/people/{someone}/edit"), [S, A, A, F, F, F, F, F]),
        ("/organizations/new".into(), [S, A, A, F, F, F, F, F]),
        (
            format!("/bodies/{wgec}/documents/{document}"),
            [A, A, A, A, A, A, A, A],
        ),
        (format!("/documents/files/{file}"), [A, A, A, A, A, A, A, A]),
        (
            format!("/bodies/{wgec}/topics/new"),
            [S, A, A, A, A, F, F, F],
        ),
        (
            format!("/bodies/{wgec}/texts/new"),
            [S, A, A, A, A, F, F, F],
        ),
        (format!("/texts/{text}"), [A, A, A, A, A, A, A, A]),
        (format!("/texts/{text}/positions"), [A, A, A, A, A, A, A, A]),
        (
            format!("/texts/{text}/amendments"),
            [A, A, A, A, A, A, A, A],
        ),
        (
            format!("/bodies/{wgec}/topics/{topic}/decision"),
            [S, A, A, A, A, F, F, F],
        ),
        (
            format!("/bodies/{wgec}/calls/new"),
            [S, A, A, F, F, F, F, F],
        ),
        (format!("/calls/{call}"), [A, A, A, A, A, A, A, A]),
        (format!("/calls/{call}/respond"), [S, A, A, A, A, A, A, A]),
        (
            format!("/calls/{call}/questions/new"),
            [S, A, A, F, F, F, F, F],
        ),
        (format!("/calls/{call}/extend"), [S, A, A, F, F, F, F, F]),
        ("/ledger.jsonl".into(), [A, A, A, A, A, A, A, A]),
        (format!("/calls/{call}/responses"), [A, A, A, A, A, A, A, A]),
        (
            format!("/calls/{call}/responses/{reference}"),
            [A, A, A, A, A, A, A, A],
        ),
        (
            format!("/calls/{call}/questions/{question}"),
            [A, A, A, A, A, A, A, A],
        ),
        (
            format!("/calls/{call}/receipts/{reference}"),
            [S, A, A, F, F, F, F, F],
        ),
        (format!("/calls/{call}/record"), [S, A, A, F, F, F, F, F]),
        (format!("/calls/{call}/import"), [S, A, A, F, F, F, F, F]),
        (
            format!("/calls/{call}/statistics"),
            [A, A, A, A, A, A, A, A],
        ),
        (format!("/calls/{call}/issues"), [A, A, A, A, A, A, A, A]),
        (format!("/calls/{call}/themes"), [A, A, A, A, A, A, A, A]),
        (
            format!("/calls/{call}/divergence"),
            [A, A, A, A, A, A, A, A],
        ),
        ("/search?q=inclusive".into(), [A, A, A, A, A, A, A, A]),
        (
            format!("/calls/{call}/issues/new?response={reference}&question={question}"),
            [S, A, A, A, A, A, A, F],
        ),
    ];
    let post_matrix: Vec<(String, [Expect; 8])> = vec![
        ("/mechanisms/new".into(), [S, A, A, F, F, A, F, F]),
        (
            format!("/mechanisms/{mechanism}/edit"),
            [S, A, A, F, F, A, F, F],
        ),
        (
            format!("/bodies/{wgec}/mapping/new"),
            [S, A, A, A, A, A, F, F],
        ),
        // Proposing and assessing: the body's participants (it is not open to all).
        (
            format!("/mapping/{exercise}/rows"),
            [S, A, A, A, A, A, A, F],
        ),
        (
            format!("/mapping/{exercise}/rows/{row}/assessment"),
            [S, A, A, A, A, A, A, F],
        ),
        // Accepting, contesting, explaining, options, referral, reports: the coordinators.
        (
            format!("/mapping/{exercise}/rows/{row}/state"),
            [S, A, A, A, A, A, F, F],
        ),
        (
            format!("/mapping/{exercise}/issues/{issue_id}/gap"),
            [S, A, A, A, A, A, F, F],
        ),
        (
            format!("/mapping/{exercise}/issues/{issue_id}/options"),
            [S, A, A, A, A, A, F, F],
        ),
        (
            format!("/mapping/{exercise}/questions/{question}/referral"),
            [S, A, A, A, A, A, F, F],
        ),
        (
            format!("/mapping/{exercise}/snapshots"),
            [S, A, A, A, A, A, F, F],
        ),
        (
            format!("/mapping/{exercise}/import"),
            [S, A, A, A, A, A, F, F],
        ),
        // The working group's decision: the parent body's secretariat or Chair.
        (
            format!("/mapping/{exercise}/questions/{question}/decision"),
            [S, A, F, F, F, F, F, F],
        ),
        ("/bodies/new".into(), [S, A, F, F, F, F, F, F]),
        (format!("/bodies/{wgec}/edit"), [S, A, A, F, F, F, F, F]),
        (
            format!("/bodies/{wgec}/lifecycle"),
            [S, A, A, F, F, F, F, F],
        ),
        (
            format!("/bodies/{wgec}/seats/new"),
            [S, A, A, F, F, F, F, F],
        ),
        (
            format!("/bodies/{wgec}/memberships/new"),
            [S, A, A, F, F, F, F, F],
        ),
        (format!("/bodies/{wgec}/invite"), [S, A, A, F, F, F, F, F]),
        (
            format!("/bodies/{wgec}/meetings/new"),
            [S, A, A, F, F, F, F, F],
        ),
        (
            format!("/bodies/{wgec}/documents/new"),
            [S, A, A, F, F, F, F, F],
        ),
        (
            format!("/bodies/{wgec}/meetings/{meeting}/agenda"),
            [S, A, A, F, F, F, F, F],
        ),
        (
            format!("/bodies/{wgec}/meetings/{meeting}/agenda/adopt"),
            [S, A, A, F, F, F, F, F],
        ),
        (
            format!("/bodies/{wgec}/meetings/{meeting}/cap"),
            [S, A, A, F, F, F, F, F],
        ),
        (
            format!("/bodies/{wgec}/meetings/{meeting}/register"),
            [A, A, A, A, A, A, A, A],
        ),
        (
            format!("/bodies/{wgec}/meetings/{meeting}/edit"),
            [S, A, A, F, F, F, F, F],
        ),
        (
            format!("/bodies/{wgec}/seats/{quota}/edit"),
            [S, A, A, F, F, F, F, F],
        ),
        (
            format!("/bodies/{wgec}/memberships/{membership}/edit"),
            [S, A, A, F, F, F, F, F],
        ),
        (
            format!("/bodies/{wgec}/meetings/{meeting}/summary"),
            [S, A, A, A, A, F, F, F],
        ),
        (
            format!("/bodies/{wgec}/meetings/{meeting}/agenda/{item}/outcome"),
            [S, A, A, A, A, F, F, F],
        ),
        (
            format!("/bodies/{wgec}/meetings/{meeting}/registrations/{registration}"),
            [S, A, A, F, F, F, F, F],
        ),
        ("/account/calendar".into(), [S, A, A, A, A, A, A, A]),
        ("/account/calendar/revoke".into(), [S, A, A, A, A, A, A, A]),
        ("/people/new".into(), [S, A, A, F, F, F, F, F]),
        (format!("/people/{someone}/edit"), [S, A, A, F, F, F, F, F]),
        ("/organizations/new".into(), [S, A, A, F, F, F, F, F]),
        (
            format!("/organizations/{organization}/edit"),
            [S, A, A, F, F, F, F, F],
        ),
        ("/account/invitation".into(), [S, A, A, A, A, A, A, A]),
        (
            format!("/bodies/{wgec}/documents/{document}/files"),
            [S, A, A, F, F, F, F, F],
        ),
        (
            format!("/bodies/{wgec}/documents/{document}/follow"),
            [S, A, A, A, A, A, A, A],
        ),
        (
            format!("/bodies/{wgec}/meetings/{meeting}/members/{membership}"),
            [S, A, A, F, F, F, F, F],
        ),
        (
            format!("/bodies/{wgec}/topics/new"),
            [S, A, A, A, A, F, F, F],
        ),
        (
            format!("/bodies/{wgec}/texts/new"),
            [S, A, A, A, A, F, F, F],
        ),
        (format!("/texts/{text}/status"), [S, A, A, A, A, F, F, F]),
        (format!("/texts/{text}/decision"), [S, A, A, A, A, F, F, F]),
        (format!("/texts/{text}/silence"), [S, A, A, A, A, F, F, F]),
        (format!("/texts/{text}/positions"), [S, A, A, A, A, A, A, A]),
        (
            format!("/texts/{text}/amendments"),
            [S, A, A, A, A, A, A, A],
        ),
        (
            format!("/bodies/{wgec}/topics/{topic}/decision"),
            [S, A, A, A, A, F, F, F],
        ),
        (
            format!("/bodies/{wgec}/calls/new"),
            [S, A, A, F, F, F, F, F],
        ),
        (format!("/calls/{call}/state"), [S, A, A, F, F, F, F, F]),
        (
            format!("/calls/{call}/questions/new"),
            [S, A, A, F, F, F, F, F],
        ),
        (format!("/calls/{call}/extend"), [S, A, A, F, F, F, F, F]),
        (format!("/calls/{call}/respond"), [S, A, A, A, A, A, A, A]),
        (
            format!("/calls/{call}/responses/{reference}/correct"),
            [S, A, A, F, F, F, F, F],
        ),
        (
            format!("/calls/{call}/responses/{reference}/moderate"),
            [S, A, A, F, F, F, F, F],
        ),
        (format!("/calls/{call}/record"), [S, A, A, F, F, F, F, F]),
        (format!("/calls/{call}/import"), [S, A, A, F, F, F, F, F]),
        (format!("/calls/{call}/issues"), [S, A, A, A, A, A, A, F]),
        (
            format!("/calls/{call}/issues/1/merge"),
            [S, A, A, A, A, A, A, F],
        ),
        (
            format!("/calls/{call}/issues/1/area"),
            [S, A, A, A, A, A, A, F],
        ),
    ];
    for (index, role) in ROLES.iter().enumerate() {
        let mut browser = signed_in(&app, role, wgec).await;
        for (path, expected) in &get_matrix {
            let reply = browser.get(path).await;
            assert_eq!(
                outcome(&reply, path),
                expected[index],
                "GET {path} as {role}"
            );
        }
        for (path, expected) in &post_matrix {
            let reply = browser.post(path, &[]).await;
            assert_eq!(
                outcome(&reply, path),
                expected[index],
                "POST {path} as {role}"
            );
        }
    }
}
