//! The secretariat's forms through the real pages: creating and editing bodies, seats and
//! memberships, with errors next to the fields and every change in the body's history.

// Tests: a failed unwrap is a failed assertion.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use axum::http::{header, StatusCode};
use common::{App, Browser};
use concord_domain::account::Email;
use concord_store::{AccountStore, AuditActor, NewUser, PartyStore};
use time::{Duration, OffsetDateTime};

both_backends!(
    the_secretariat_sets_up_a_body_through_the_forms,
    an_invitation_links_an_account_to_a_person
);

async fn administrator(app: &App) -> Browser<'_> {
    let by = AuditActor::system("test");
    let user = NewUser {
        email: Email::parse("e", "anne@example.org").unwrap(),
        display_name: "Anne Miroux".into(),
        password_hash: "x".into(),
    };
    let user = app.store.create_user(&by, &user, true, true).await.unwrap();
    let hash = concord_web::auth::hash_token("admin-token");
    app.store
        .create_session(
            user.id,
            &hash,
            &concord_web::auth::new_token(),
            OffsetDateTime::now_utc() + Duration::hours(1),
        )
        .await
        .unwrap();
    let mut browser = Browser::new(app);
    browser
        .cookies
        .insert("concord_session".into(), "admin-token".into());
    browser
}

async fn the_secretariat_sets_up_a_body_through_the_forms(app: App) {
    let mut browser = administrator(&app).await;
    let form = browser.get("/bodies/new").await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.text.contains("<label for=\"acronym\">Acronym</label>"));
    let created = browser
        .post(
            "/bodies/new",
            &[
                ("name", "Working Group on Enhanced Cooperation"),
                ("acronym", "WGEC-2013"),
                ("body_type", "working_group"),
                ("decision_rule", "consensus"),
                ("openness", "members_only"),
                ("mandate_symbol", "A/RES/67/195"),
                ("start_date", "2013-03-22"),
                ("end_date", "2014-05-14"),
                ("lang", "en"),
                ("mandate_lang", "en"),
            ],
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.text);
    let page_path = created.headers[header::LOCATION]
        .to_str()
        .unwrap()
        .to_owned();
    let id = page_path.trim_start_matches("/bodies/").to_owned();

    let duplicate = browser
        .post(
            "/bodies/new",
            &[
                ("name", "Again"),
                ("acronym", "wgec-2013"),
                ("body_type", "working_group"),
                ("end_date", "2010-01-01"),
                ("start_date", "2011-01-01"),
            ],
        )
        .await;
    assert_eq!(duplicate.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        duplicate.text.contains("id=\"end_date-error\""),
        "errors next to their fields"
    );
    assert!(duplicate
        .text
        .contains("The end date is before the start date."));
    let duplicate = browser
        .post(
            "/bodies/new",
            &[
                ("name", "Again"),
                ("acronym", "wgec-2013"),
                ("body_type", "working_group"),
            ],
        )
        .await;
    assert!(
        duplicate
            .text
            .contains("Another body already uses this acronym"),
        "{}",
        duplicate.text
    );
    assert!(
        duplicate.text.contains("value=\"Again\""),
        "what was typed is kept"
    );

    let seats = browser
        .post(
            &format!("/bodies/{id}/seats/new"),
            &[
                ("kind", "regional_group"),
                ("regional_group", "AFR"),
                ("seats", "1"),
                ("hard", "true"),
            ],
        )
        .await;
    assert_eq!(seats.status, StatusCode::SEE_OTHER, "{}", seats.text);
    let membership_form = browser.get(&format!("/bodies/{id}/memberships/new")).await;
    let marker = "<option value=\"";
    let quota = membership_form
        .text
        .split(marker)
        .map(|s| s.split('"').next().unwrap().to_owned())
        .find(|v| v.parse::<i64>().is_ok())
        .unwrap();
    let kenya = browser
        .post(
            &format!("/bodies/{id}/memberships/new"),
            &[("role", "member"), ("quota_id", &quota), ("state", "KE")],
        )
        .await;
    assert_eq!(kenya.status, StatusCode::SEE_OTHER, "{}", kenya.text);
    let egypt = browser
        .post(
            &format!("/bodies/{id}/memberships/new"),
            &[("role", "member"), ("quota_id", &quota), ("state", "EG")],
        )
        .await;
    assert_eq!(egypt.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(egypt.text.contains("id=\"quota_id-error\""));
    assert!(egypt
        .text
        .contains("Every seat of this quota is filled for these dates"));
    let swiss = browser
        .post(
            &format!("/bodies/{id}/memberships/new"),
            &[
                ("role", "member"),
                ("quota_id", &quota),
                ("state", "CH"),
                ("start_date", "2012-01-01"),
            ],
        )
        .await;
    assert!(swiss
        .text
        .contains("This member cannot fill a seat of this quota"));
    assert!(
        swiss.text.contains("This date is outside the body"),
        "{}",
        swiss.text
    );

    // Kenya's term ends; Egypt then takes the seat.
    let page = browser.get(&format!("/bodies/{id}")).await.text;
    let edit_marker = format!("/bodies/{id}/memberships/");
    let membership = page
        .match_indices(&edit_marker)
        .map(|(i, _)| page[i + edit_marker.len()..].split('/').next().unwrap())
        .find(|segment| segment.parse::<i64>().is_ok())
        .expect("an edit link for the membership")
        .to_owned();
    let ended = browser
        .post(
            &format!("/bodies/{id}/memberships/{membership}/edit"),
            &[
                ("role", "member"),
                ("quota_id", &quota),
                ("state", "KE"),
                ("end_date", "2013-12-31"),
                ("reason", "Term ended"),
            ],
        )
        .await;
    assert_eq!(ended.status, StatusCode::SEE_OTHER, "{}", ended.text);
    let egypt = browser
        .post(
            &format!("/bodies/{id}/memberships/new"),
            &[
                ("role", "member"),
                ("quota_id", &quota),
                ("state", "EG"),
                ("start_date", "2014-01-01"),
            ],
        )
        .await;
    assert_eq!(egypt.status, StatusCode::SEE_OTHER, "{}", egypt.text);
    let shrink = browser
        .post(
            &format!("/bodies/{id}/seats/{quota}/edit"),
            &[("seats", "0"), ("hard", "true")],
        )
        .await;
    assert_eq!(shrink.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(shrink
        .text
        .contains("The number of seats is between 1 and 500."));
    let grow = browser
        .post(
            &format!("/bodies/{id}/seats/{quota}/edit"),
            &[("seats", "4"), ("hard", "true")],
        )
        .await;
    assert_eq!(grow.status, StatusCode::SEE_OTHER, "{}", grow.text);

    let moved = browser
        .post(
            &format!("/bodies/{id}/lifecycle"),
            &[
                ("to", "established"),
                ("on", "2013-03-22"),
                ("note", "1st meeting"),
            ],
        )
        .await;
    assert_eq!(moved.status, StatusCode::SEE_OTHER, "{}", moved.text);
    let back = browser
        .post(&format!("/bodies/{id}/lifecycle"), &[("to", "mandated")])
        .await;
    assert_eq!(back.status, StatusCode::UNPROCESSABLE_ENTITY);
    let edited = browser
        .post(
            &format!("/bodies/{id}/edit"),
            &[
                ("name", "WGEC (first)"),
                ("acronym", "WGEC-2013"),
                ("body_type", "working_group"),
                ("decision_rule", "consensus"),
                ("openness", "members_only"),
                ("lang", "en"),
                ("mandate_lang", "en"),
                ("start_date", "2013-03-22"),
                ("end_date", "2014-05-14"),
            ],
        )
        .await;
    assert_eq!(edited.status, StatusCode::SEE_OTHER, "{}", edited.text);

    // The public sees the history, with who did what.
    let public = Browser::new(&app).get(&page_path).await.text;
    for line in [
        "Body created",
        "Seats added",
        "Membership added",
        "State changed",
        "Details changed (mandate, name)",
        "Membership changed (end_date): Term ended",
        "Seats changed (seats)",
        "Anne Miroux",
        "1st meeting",
    ] {
        assert!(public.contains(line), "history lacks {line}");
    }
    assert!(
        !public.contains("Edit details"),
        "no management links for the public"
    );
    assert!(browser.get(&page_path).await.text.contains("Edit details"));

    let person = browser
        .post(
            "/people/new",
            &[
                ("name", "Grace Githaiga"),
                ("country", "KE"),
                ("lang", "en"),
            ],
        )
        .await;
    assert_eq!(person.status, StatusCode::SEE_OTHER);
    let bad_person = browser
        .post(
            "/people/new",
            &[("name", ""), ("country", "XX"), ("lang", "English")],
        )
        .await;
    assert!(bad_person.text.contains("This field is required."));
    assert!(bad_person.text.contains("“XX” is not a known country code"));
    let org = browser
        .post(
            "/organizations/new",
            &[
                ("name", "APC"),
                ("stakeholder_group", "civil_society"),
                ("sub_category", "company"),
                ("ecosoc_status", "general"),
                ("lang", "en"),
            ],
        )
        .await;
    assert!(org
        .text
        .contains("This sub-category belongs to another stakeholder group."));
}

async fn an_invitation_links_an_account_to_a_person(app: App) {
    let mut admin = administrator(&app).await;
    let body = admin
        .post(
            "/bodies/new",
            &[
                ("name", "Correspondence group"),
                ("acronym", "WGEC-CG"),
                ("body_type", "correspondence_group"),
                ("lang", "en"),
                ("mandate_lang", "en"),
            ],
        )
        .await;
    let path = body.headers[header::LOCATION].to_str().unwrap().to_owned();
    admin
        .post("/people/new", &[("name", "Joy Liddicoat"), ("lang", "en")])
        .await;
    let people = app.store.people().await.unwrap();
    let joy = people
        .iter()
        .find(|p| p.fields.name == "Joy Liddicoat")
        .unwrap()
        .id
        .to_string();
    let member = admin
        .post(
            &format!("{path}/memberships/new"),
            &[("role", "facilitator"), ("person_id", &joy)],
        )
        .await;
    assert_eq!(member.status, StatusCode::SEE_OTHER, "{}", member.text);
    let bad = admin
        .post(
            &format!("{path}/invite"),
            &[("person_id", ""), ("email", "joy")],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.text.contains("id=\"email-error\"") && bad.text.contains("id=\"person_id-error\""));
    let sent = admin
        .post(
            &format!("{path}/invite"),
            &[("person_id", &joy), ("email", "joy@example.org")],
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.text);

    // Joy signs up with the invited address, confirms it, signs in and accepts.
    let mut joy_browser = Browser::new(&app);
    let link =
        common::link_in_outbox(&app.store, "joy@example.org", "/account/invitation?token=").await;
    let before = joy_browser.get(&link).await;
    assert!(before.text.contains("Sign in first"));
    joy_browser
        .post(
            "/account/sign-up",
            &[
                ("display_name", "Joy"),
                ("email", "joy@example.org"),
                ("password", "a long enough password"),
            ],
        )
        .await;
    let confirm =
        common::link_in_outbox(&app.store, "joy@example.org", "/account/confirm?token=").await;
    let token = confirm.split("token=").nth(1).unwrap().to_owned();
    joy_browser
        .post("/account/confirm", &[("token", &token)])
        .await;
    joy_browser
        .post(
            "/account/sign-in",
            &[
                ("email", "joy@example.org"),
                ("password", "a long enough password"),
            ],
        )
        .await;
    let invitation = link.split("token=").nth(1).unwrap().to_owned();
    let accepted = joy_browser
        .post("/account/invitation", &[("token", &invitation)])
        .await;
    assert_eq!(accepted.status, StatusCode::SEE_OTHER, "{}", accepted.text);
    let account = joy_browser.get("/account").await.text;
    assert!(account.contains("WGEC-CG</a> — Facilitator"), "{account}");
    let again = joy_browser
        .post("/account/invitation", &[("token", &invitation)])
        .await;
    assert!(again.text.contains("This link was already used"));
}
