//! The storage conformance suite: every test runs against SQLite and against PostgreSQL (when
//! `CONCORD_TEST_POSTGRES_URL` is set), each on a fresh database of its own.

// Tests: a failed unwrap is a failed assertion.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use concord_domain::body::{BodyForm, Lifecycle};
use concord_domain::composition::{MembershipForm, QuotaForm};
use concord_domain::event::{DatePrecision, EventFields};
use concord_domain::ids::{BodyId, CallId};
use concord_domain::party::{OrganizationForm, PersonForm};
use concord_domain::reference::RegionalGroup;
use concord_domain::stakeholder::StakeholderGroup;
use concord_store::testing::TestDb;
use concord_store::AuditActor;
use concord_store::{
    Backend, BodyStore, CalendarStore, CompositionStore, PartyStore, Store, StoreError,
};
use time::macros::date;

fn by() -> AuditActor {
    AuditActor::system("conformance test")
}

/// Declares each test of the enclosing module once per backend.
macro_rules! conformance_inner {
    ($($name:ident),+ $(,)?) => {
        mod sqlite {
            $(#[tokio::test] async fn $name() { crate::run(concord_store::Backend::Sqlite, super::$name).await; })+
        }
        mod postgres {
            $(#[tokio::test] async fn $name() { crate::run(concord_store::Backend::Postgres, super::$name).await; })+
        }
    };
}

/// Declares each test once per backend.
macro_rules! conformance {
    ($($name:ident),+ $(,)?) => {
        mod sqlite {
            $(#[tokio::test] async fn $name() { super::run(concord_store::Backend::Sqlite, super::$name).await; })+
        }
        mod postgres {
            $(#[tokio::test] async fn $name() { super::run(concord_store::Backend::Postgres, super::$name).await; })+
        }
    };
}

conformance!(
    migrations_are_idempotent_and_load_reference_data,
    bodies_are_created_read_and_listed,
    duplicate_acronyms_are_refused_whatever_the_case,
    unknown_parent_is_refused,
    lifecycle_moves_are_checked_and_kept,
    quotas_keep_their_kind,
    hard_quota_refuses_the_seat_too_many,
    ineligible_and_out_of_dates_memberships_are_refused,
    membership_views_carry_names_and_groups,
    people_and_organizations,
    calendar_events_in_date_order,
    the_last_seat_goes_to_one_of_two_concurrent_requests,
    quotas_and_memberships_are_edited_under_the_same_rules,
);

async fn run<F, Fut>(backend: Backend, test: F)
where
    F: FnOnce(Store) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    let Some(db) = TestDb::new(backend).await else {
        return;
    };
    test(db.store.clone()).await;
    db.finish().await;
}

fn body_form(acronym: &str) -> BodyForm {
    BodyForm {
        name: Some("Working Group on Enhanced Cooperation".into()),
        acronym: Some(acronym.into()),
        body_type: Some("working_group".into()),
        mandate_symbol: Some("A/RES/67/195".into()),
        mandate_paragraph: Some("20".into()),
        start_date: Some("2013-03-22".into()),
        end_date: Some("2014-05-14".into()),
        ..Default::default()
    }
}

async fn wgec(store: &Store) -> BodyId {
    store
        .create_body(
            &by(),
            &body_form("WGEC-2013").parse().unwrap(),
            Lifecycle::Established,
        )
        .await
        .unwrap()
        .id
}

async fn quota(store: &Store, body: BodyId, group: &str, seats: i64) -> i64 {
    let form = QuotaForm {
        kind: Some("regional_group".into()),
        regional_group: Some(group.into()),
        seats: Some(seats),
        ..Default::default()
    };
    store
        .add_quota(&by(), body, &form.parse().unwrap())
        .await
        .unwrap()
        .id
        .0
}

fn state_seat(quota: i64, iso2: &str) -> MembershipForm {
    MembershipForm {
        quota_id: Some(quota),
        state: Some(iso2.into()),
        ..Default::default()
    }
}

fn codes(err: StoreError) -> Vec<(String, &'static str)> {
    match err {
        StoreError::Invalid(invalid) => invalid
            .errors
            .into_iter()
            .map(|e| (e.field, e.code))
            .collect(),
        other => panic!("expected a validation error, got {other:?}"),
    }
}

async fn migrations_are_idempotent_and_load_reference_data(store: Store) {
    assert!(store.pending_migrations().await.unwrap().is_empty());
    let again = store.migrate().await.unwrap();
    assert!(again.applied.is_empty());
    assert_eq!(store.reference_counts().await.unwrap(), [5, 195, 5, 18, 19]);
    assert!(store.is_empty().await.unwrap());
}

async fn bodies_are_created_read_and_listed(store: Store) {
    let cstd_form = BodyForm {
        name: Some("Commission on Science and Technology for Development".into()),
        acronym: Some("CSTD".into()),
        body_type: Some("commission".into()),
        ..Default::default()
    };
    let cstd = store
        .create_body(&by(), &cstd_form.parse().unwrap(), Lifecycle::Working)
        .await
        .unwrap();
    let mut form = body_form("WGEC-2013");
    form.parent_id = Some(cstd.id.0);
    form.reports_to_id = Some(cstd.id.0);
    form.reporting_deadline = Some("2014-05-12".into());
    form.mandate_text = Some("invites the Chair of the CSTD to establish a working group…".into());
    let created = store
        .create_body(&by(), &form.parse().unwrap(), Lifecycle::Mandated)
        .await
        .unwrap();
    let read = store.body(created.id).await.unwrap().unwrap();
    assert_eq!(read, created);
    assert_eq!(read.fields.reporting_deadline, Some(date!(2014 - 05 - 12)));
    assert_eq!(read.fields.mandate.symbol.as_deref(), Some("A/RES/67/195"));
    let all: Vec<_> = store
        .bodies()
        .await
        .unwrap()
        .into_iter()
        .map(|b| b.fields.acronym)
        .collect();
    assert_eq!(all, ["CSTD", "WGEC-2013"]);
    let children = store.children(cstd.id).await.unwrap();
    assert_eq!(children.len(), 1);
    assert!(store.body(BodyId(9999)).await.unwrap().is_none());
    assert!(!store.is_empty().await.unwrap());
}

async fn duplicate_acronyms_are_refused_whatever_the_case(store: Store) {
    wgec(&store).await;
    let err = store
        .create_body(
            &by(),
            &body_form("wgec-2013").parse().unwrap(),
            Lifecycle::Mandated,
        )
        .await
        .unwrap_err();
    assert_eq!(codes(err), [("acronym".to_owned(), "duplicate_acronym")]);
    assert_eq!(store.bodies().await.unwrap().len(), 1);
}

async fn unknown_parent_is_refused(store: Store) {
    let mut form = body_form("WGEC-2013");
    form.parent_id = Some(42);
    let err = store
        .create_body(&by(), &form.parse().unwrap(), Lifecycle::Mandated)
        .await
        .unwrap_err();
    assert_eq!(codes(err), [("parent_id".to_owned(), "unknown_body")]);
}

async fn lifecycle_moves_are_checked_and_kept(store: Store) {
    let id = wgec(&store).await;
    store
        .change_lifecycle(
            &by(),
            id,
            Lifecycle::Working,
            Some(date!(2013 - 05 - 30)),
            Some("1st meeting"),
        )
        .await
        .unwrap();
    let body = store
        .change_lifecycle(
            &by(),
            id,
            Lifecycle::ConcludedWithoutConsensus,
            Some(date!(2014 - 05 - 02)),
            Some("No recommendations"),
        )
        .await
        .unwrap();
    assert_eq!(body.lifecycle, Lifecycle::ConcludedWithoutConsensus);
    let err = store
        .change_lifecycle(&by(), id, Lifecycle::Working, None, None)
        .await
        .unwrap_err();
    assert_eq!(codes(err), [("lifecycle".to_owned(), "invalid_transition")]);
    let history = store.lifecycle_history(id).await.unwrap();
    let steps: Vec<_> = history.iter().map(|c| (c.from, c.to)).collect();
    assert_eq!(
        steps,
        [
            (None, Lifecycle::Established),
            (Some(Lifecycle::Established), Lifecycle::Working),
            (
                Some(Lifecycle::Working),
                Lifecycle::ConcludedWithoutConsensus
            ),
        ]
    );
    assert_eq!(history[2].note.as_deref(), Some("No recommendations"));
    assert!(matches!(
        store
            .change_lifecycle(&by(), BodyId(777), Lifecycle::Working, None, None)
            .await,
        Err(StoreError::NotFound { .. })
    ));
}

async fn quotas_keep_their_kind(store: Store) {
    let id = wgec(&store).await;
    quota(&store, id, "AFR", 4).await;
    let hosts = QuotaForm {
        label: Some("WSIS host countries".into()),
        kind: Some("designated_states".into()),
        states: vec!["TN".into(), "ch".into()],
        seats: Some(2),
        ..Default::default()
    };
    store
        .add_quota(&by(), id, &hosts.parse().unwrap())
        .await
        .unwrap();
    let cs = QuotaForm {
        kind: Some("stakeholder_group".into()),
        stakeholder_group: Some("civil_society".into()),
        seats: Some(5),
        hard: Some(false),
        ..Default::default()
    };
    store
        .add_quota(&by(), id, &cs.parse().unwrap())
        .await
        .unwrap();
    let quotas = store.quotas(id).await.unwrap();
    assert_eq!(quotas.len(), 3);
    assert_eq!(quotas[0].fields.label, "African States");
    assert_eq!(
        quotas[1].fields.kind,
        concord_domain::composition::QuotaKind::DesignatedStates {
            states: vec!["CH".into(), "TN".into()]
        }
    );
    assert!(!quotas[2].fields.hard);
    assert!(matches!(
        store
            .add_quota(&by(), BodyId(404), &cs.parse().unwrap())
            .await,
        Err(StoreError::NotFound { .. })
    ));
}

async fn hard_quota_refuses_the_seat_too_many(store: Store) {
    let id = wgec(&store).await;
    let afr = quota(&store, id, "AFR", 4).await;
    for iso2 in ["EG", "KE", "NG", "ZA"] {
        store
            .add_membership(&by(), id, &state_seat(afr, iso2).parse().unwrap())
            .await
            .unwrap();
    }
    let err = store
        .add_membership(&by(), id, &state_seat(afr, "GH").parse().unwrap())
        .await
        .unwrap_err();
    assert_eq!(codes(err), [("quota_id".to_owned(), "quota_full")]);
    // An alternate stands in for a seat without taking another one.
    let mut alternate = state_seat(afr, "GH");
    alternate.role = Some("alternate".into());
    store
        .add_membership(&by(), id, &alternate.parse().unwrap())
        .await
        .unwrap();
    // A successor after a member's end date fits.
    let other = wgec_second(&store).await;
    let q = quota(&store, other, "AFR", 1).await;
    let mut first = state_seat(q, "EG");
    first.end_date = Some("2013-09-30".into());
    store
        .add_membership(&by(), other, &first.parse().unwrap())
        .await
        .unwrap();
    let mut next = state_seat(q, "KE");
    next.start_date = Some("2013-10-01".into());
    store
        .add_membership(&by(), other, &next.parse().unwrap())
        .await
        .unwrap();
}

async fn wgec_second(store: &Store) -> BodyId {
    store
        .create_body(
            &by(),
            &body_form("WGEC-B").parse().unwrap(),
            Lifecycle::Established,
        )
        .await
        .unwrap()
        .id
}

async fn ineligible_and_out_of_dates_memberships_are_refused(store: Store) {
    let id = wgec(&store).await;
    let afr = quota(&store, id, "AFR", 4).await;
    let err = store
        .add_membership(&by(), id, &state_seat(afr, "CH").parse().unwrap())
        .await
        .unwrap_err();
    assert_eq!(codes(err), [("quota_id".to_owned(), "not_eligible")]);
    let mut early = state_seat(afr, "KE");
    early.start_date = Some("2012-12-21".into());
    let err = store
        .add_membership(&by(), id, &early.parse().unwrap())
        .await
        .unwrap_err();
    assert_eq!(
        codes(err),
        [("start_date".to_owned(), "outside_body_dates")]
    );
    let err = store
        .add_membership(&by(), id, &state_seat(9999, "KE").parse().unwrap())
        .await
        .unwrap_err();
    assert_eq!(codes(err), [("quota_id".to_owned(), "unknown_quota")]);
    let person = MembershipForm {
        person_id: Some(12345),
        ..Default::default()
    };
    let err = store
        .add_membership(&by(), id, &person.parse().unwrap())
        .await
        .unwrap_err();
    assert_eq!(codes(err), [("person_id".to_owned(), "unknown_person")]);
    assert!(matches!(
        store
            .add_membership(&by(), BodyId(5555), &state_seat(afr, "KE").parse().unwrap())
            .await,
        Err(StoreError::NotFound { .. })
    ));
    assert!(store.memberships(id).await.unwrap().is_empty());
}

async fn membership_views_carry_names_and_groups(store: Store) {
    let id = wgec(&store).await;
    let afr = quota(&store, id, "AFR", 4).await;
    let apc = store
        .create_organization(
            &by(),
            &OrganizationForm {
                name: Some("Association for Progressive Communications".into()),
                acronym: Some("APC".into()),
                stakeholder_group: Some("civil_society".into()),
                country: Some("ZA".into()),
                ecosoc_status: Some("general".into()),
                ..Default::default()
            }
            .parse()
            .unwrap(),
        )
        .await
        .unwrap();
    let chair = store
        .create_person(
            &by(),
            &PersonForm {
                name: Some("Peter Major".into()),
                country: Some("HU".into()),
                ..Default::default()
            }
            .parse()
            .unwrap(),
        )
        .await
        .unwrap();
    let cs_quota = QuotaForm {
        kind: Some("stakeholder_group".into()),
        stakeholder_group: Some("civil_society".into()),
        seats: Some(5),
        ..Default::default()
    };
    let cs = store
        .add_quota(&by(), id, &cs_quota.parse().unwrap())
        .await
        .unwrap();
    store
        .add_membership(&by(), id, &state_seat(afr, "KE").parse().unwrap())
        .await
        .unwrap();
    store
        .add_membership(
            &by(),
            id,
            &MembershipForm {
                quota_id: Some(cs.id.0),
                organization_id: Some(apc.id.0),
                ..Default::default()
            }
            .parse()
            .unwrap(),
        )
        .await
        .unwrap();
    store
        .add_membership(
            &by(),
            id,
            &MembershipForm {
                role: Some("chair".into()),
                person_id: Some(chair.id.0),
                personal_capacity: Some(true),
                ..Default::default()
            }
            .parse()
            .unwrap(),
        )
        .await
        .unwrap();
    let views = store.memberships(id).await.unwrap();
    let summary: Vec<_> = views
        .iter()
        .map(|v| {
            (
                v.holder(),
                v.regional_group,
                v.stakeholder_group,
                v.quota_label.clone(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            (
                "Peter Major".to_owned(),
                Some(RegionalGroup::EasternEuropean),
                None,
                None
            ),
            (
                "Kenya".to_owned(),
                Some(RegionalGroup::African),
                Some(StakeholderGroup::Government),
                Some("African States".to_owned())
            ),
            (
                "Association for Progressive Communications".to_owned(),
                Some(RegionalGroup::African),
                Some(StakeholderGroup::CivilSociety),
                Some("Civil society".to_owned())
            ),
        ]
    );
    assert_eq!(store.memberships_of_state("KE").await.unwrap().len(), 1);
    assert_eq!(
        store.memberships_of_state("HU").await.unwrap()[0].body_acronym,
        "WGEC-2013"
    );
    assert_eq!(
        store.memberships_of_person(chair.id).await.unwrap().len(),
        1
    );
    assert_eq!(
        store
            .memberships_of_organization(apc.id)
            .await
            .unwrap()
            .len(),
        1
    );
}

async fn people_and_organizations(store: Store) {
    let org = store
        .create_organization(
            &by(),
            &OrganizationForm {
                name: Some("International Chamber of Commerce".into()),
                acronym: Some("ICC".into()),
                stakeholder_group: Some("private_sector".into()),
                ..Default::default()
            }
            .parse()
            .unwrap(),
        )
        .await
        .unwrap();
    let person = store
        .create_person(
            &by(),
            &PersonForm {
                name: Some("Marilyn Cade".into()),
                organization_id: Some(org.id.0),
                stakeholder_group: Some("private_sector".into()),
                ..Default::default()
            }
            .parse()
            .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(store.person(person.id).await.unwrap().unwrap(), person);
    assert_eq!(store.organization(org.id).await.unwrap().unwrap(), org);
    assert_eq!(store.people().await.unwrap().len(), 1);
    assert_eq!(store.organizations().await.unwrap().len(), 1);
    let orphan = PersonForm {
        name: Some("X".into()),
        organization_id: Some(999),
        ..Default::default()
    };
    let err = store
        .create_person(&by(), &orphan.parse().unwrap())
        .await
        .unwrap_err();
    assert_eq!(
        codes(err),
        [("organization_id".to_owned(), "unknown_organization")]
    );
}

async fn calendar_events_in_date_order(store: Store) {
    let event = |title: &str, start, end| EventFields {
        title: title.into(),
        starts_on: start,
        ends_on: end,
        precision: DatePrecision::Day,
        venue: "Geneva".into(),
        country: Some("CH".into()),
        organiser: None,
        url: None,
        source: None,
    };
    store
        .add_event(
            &by(),
            &event(
                "CSTD 16th Session",
                date!(2013 - 06 - 03),
                date!(2013 - 06 - 07),
            ),
        )
        .await
        .unwrap();
    store
        .add_event(
            &by(),
            &event(
                "WTPF Expert meeting",
                date!(2013 - 02 - 07),
                date!(2013 - 02 - 08),
            ),
        )
        .await
        .unwrap();
    let titles: Vec<_> = store
        .events()
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.fields.title)
        .collect();
    assert_eq!(titles, ["WTPF Expert meeting", "CSTD 16th Session"]);
}

async fn the_last_seat_goes_to_one_of_two_concurrent_requests(store: Store) {
    let id = wgec(&store).await;
    let afr = quota(&store, id, "AFR", 1).await;
    let (a, b) = (store.clone(), store.clone());
    let first = tokio::spawn(async move {
        a.add_membership(&by(), id, &state_seat(afr, "KE").parse().unwrap())
            .await
    });
    let second = tokio::spawn(async move {
        b.add_membership(&by(), id, &state_seat(afr, "EG").parse().unwrap())
            .await
    });
    let results = [first.await.unwrap(), second.await.unwrap()];
    assert_eq!(
        results.iter().filter(|r| r.is_ok()).count(),
        1,
        "{results:?}"
    );
    assert_eq!(store.memberships(id).await.unwrap().len(), 1);
}

mod accounts_and_mail {
    use super::*;
    use concord_domain::account::Email;
    use concord_domain::composition::Role;
    use concord_store::{
        AccountStore, AuditStore, JobEnd, MailDraft, MailSettlement, MailStore, NewUser,
        TokenDraft, TokenPurpose,
    };
    use time::{Duration, OffsetDateTime};

    conformance_inner!(
        sign_up_confirm_and_tokens_are_single_use,
        a_second_sign_up_creates_nothing_and_warns_the_owner,
        sessions_open_close_and_expire,
        attempts_are_counted_atomically_per_key,
        roles_come_from_the_linked_person,
        jobs_are_claimed_once_and_retried_with_backoff,
        jobs_are_claimed_in_batches_and_delivered_in_one_step,
        the_audit_log_records_changes_and_refuses_edits,
    );

    fn new_user(email: &str) -> NewUser {
        NewUser {
            email: Email::parse("email", email).unwrap(),
            display_name: "Grace".into(),
            password_hash: "$argon2id$x".into(),
        }
    }

    fn token(hash: &str, purpose: TokenPurpose, valid_for: Duration) -> TokenDraft {
        TokenDraft {
            hash: hash.into(),
            purpose,
            email: "grace@example.org".into(),
            payload: None,
            expires_at: OffsetDateTime::now_utc() + valid_for,
        }
    }

    fn mail(subject: &str) -> MailDraft {
        MailDraft {
            to: "grace@example.org".into(),
            subject: subject.into(),
            body: "…".into(),
        }
    }

    fn code(err: StoreError) -> &'static str {
        match err {
            StoreError::Invalid(i) => i.errors[0].code,
            other => panic!("{other:?}"),
        }
    }

    async fn sign_up_confirm_and_tokens_are_single_use(store: Store) {
        let user = store
            .sign_up(
                &new_user("Grace@Example.org"),
                &token("h1", TokenPurpose::ConfirmEmail, Duration::days(2)),
                &mail("Welcome"),
                &mail("Already"),
            )
            .await
            .unwrap()
            .unwrap();
        assert!(!user.confirmed);
        let outbox = store.outbox(10).await.unwrap();
        assert_eq!(outbox.len(), 1);
        assert_eq!(outbox[0].subject, "Welcome");
        assert_eq!(
            store.pending_jobs().await.unwrap(),
            1,
            "the mail's job is enqueued with it"
        );
        assert_eq!(
            code(store.confirm_email("h0").await.unwrap_err()),
            "token_invalid"
        );
        let confirmed = store.confirm_email("h1").await.unwrap();
        assert!(confirmed.confirmed);
        assert_eq!(
            code(store.confirm_email("h1").await.unwrap_err()),
            "token_used"
        );
        store
            .issue_token(
                user.id,
                &token("old", TokenPurpose::ResetPassword, Duration::seconds(-1)),
                &mail("Reset"),
            )
            .await
            .unwrap();
        assert_eq!(
            code(store.reset_password("old", "new").await.unwrap_err()),
            "token_expired"
        );
        // A token for one purpose does not serve another.
        store
            .issue_token(
                user.id,
                &token("r1", TokenPurpose::ResetPassword, Duration::hours(1)),
                &mail("Reset"),
            )
            .await
            .unwrap();
        assert_eq!(
            code(store.confirm_email("r1").await.unwrap_err()),
            "token_invalid"
        );
        store
            .create_session(
                user.id,
                "s1",
                "c1",
                OffsetDateTime::now_utc() + Duration::days(1),
            )
            .await
            .unwrap();
        store.reset_password("r1", "$argon2id$new").await.unwrap();
        assert!(
            store.session("s1").await.unwrap().is_none(),
            "a reset signs out everywhere"
        );
        let (_, hash) = store
            .credentials(&Email::parse("e", "grace@example.org").unwrap())
            .await
            .unwrap()
            .unwrap();
        assert_eq!(hash, "$argon2id$new");
        // Change of address.
        let mut change = token("c1", TokenPurpose::ChangeEmail, Duration::hours(1));
        change.payload = Some("grace@new.example".into());
        store
            .issue_token(user.id, &change, &mail("Confirm new address"))
            .await
            .unwrap();
        assert_eq!(
            store.change_email("c1").await.unwrap().email,
            "grace@new.example"
        );
    }

    async fn a_second_sign_up_creates_nothing_and_warns_the_owner(store: Store) {
        let first = token("a", TokenPurpose::ConfirmEmail, Duration::days(1));
        store
            .sign_up(
                &new_user("grace@example.org"),
                &first,
                &mail("Welcome"),
                &mail("Already"),
            )
            .await
            .unwrap()
            .unwrap();
        let second = token("b", TokenPurpose::ConfirmEmail, Duration::days(1));
        let outcome = store
            .sign_up(
                &new_user("GRACE@example.org"),
                &second,
                &mail("Welcome"),
                &mail("Already"),
            )
            .await
            .unwrap();
        assert!(outcome.is_none());
        assert_eq!(store.users().await.unwrap().len(), 1);
        let subjects: Vec<_> = store
            .outbox(10)
            .await
            .unwrap()
            .into_iter()
            .map(|m| m.subject)
            .collect();
        assert_eq!(subjects, ["Already", "Welcome"]);
        assert_eq!(
            code(store.confirm_email("b").await.unwrap_err()),
            "token_invalid",
            "no token was stored"
        );
    }

    async fn sessions_open_close_and_expire(store: Store) {
        let user = store
            .create_user(&by(), &new_user("g@example.org"), true, false)
            .await
            .unwrap();
        store
            .create_session(
                user.id,
                "live",
                "csrf",
                OffsetDateTime::now_utc() + Duration::days(1),
            )
            .await
            .unwrap();
        store
            .create_session(
                user.id,
                "other",
                "csrf2",
                OffsetDateTime::now_utc() + Duration::days(1),
            )
            .await
            .unwrap();
        store
            .create_session(
                user.id,
                "stale",
                "csrf3",
                OffsetDateTime::now_utc() - Duration::minutes(1),
            )
            .await
            .unwrap();
        let session = store.session("live").await.unwrap().unwrap();
        assert_eq!(
            (session.user.id, session.csrf_token.as_str()),
            (user.id, "csrf")
        );
        assert!(store.session("stale").await.unwrap().is_none());
        store.end_session("live").await.unwrap();
        assert!(store.session("live").await.unwrap().is_none());
        assert!(store.session("other").await.unwrap().is_some());
        assert_eq!(store.end_all_sessions(user.id).await.unwrap(), 2);
        assert!(store.session("other").await.unwrap().is_none());
        let err = store
            .create_user(&by(), &new_user("G@example.org"), true, false)
            .await
            .unwrap_err();
        assert_eq!(code(err), "duplicate_email");
    }

    async fn attempts_are_counted_atomically_per_key(store: Store) {
        use concord_domain::limits::Limit;
        use concord_store::{Attempt, LimitStore};
        let limit = Limit {
            scope: "test",
            max: 5,
            window_secs: 900,
        };
        // 150 attempts at once: exactly five pass, however they interleave.
        let attempts = (0..150).map(|_| {
            let store = store.clone();
            tokio::spawn(async move { store.attempt(limit, "a@example.org").await.unwrap() })
        });
        let mut allowed = 0;
        for attempt in attempts {
            match attempt.await.unwrap() {
                Attempt::Allowed => allowed += 1,
                Attempt::Refused { retry_after } => assert!((1..=900).contains(&retry_after)),
            }
        }
        assert_eq!(allowed, 5);
        // Another key, and another scope, have their own counts.
        assert_eq!(
            store.attempt(limit, "b@example.org").await.unwrap(),
            Attempt::Allowed
        );
        let other = Limit {
            scope: "other",
            ..limit
        };
        assert_eq!(
            store.attempt(other, "a@example.org").await.unwrap(),
            Attempt::Allowed
        );
        // A forgiven attempt makes room for one more.
        let single = Limit {
            scope: "single",
            max: 1,
            ..limit
        };
        assert_eq!(store.attempt(single, "k").await.unwrap(), Attempt::Allowed);
        assert!(matches!(
            store.attempt(single, "k").await.unwrap(),
            Attempt::Refused { .. }
        ));
        store.forgive(single, "k").await.unwrap();
        store.forgive(single, "k").await.unwrap();
        assert_eq!(store.attempt(single, "k").await.unwrap(), Attempt::Allowed);
        // A window that has ended starts again.
        let instant = Limit {
            scope: "instant",
            max: 1,
            window_secs: 0,
        };
        assert_eq!(store.attempt(instant, "k").await.unwrap(), Attempt::Allowed);
        assert_eq!(store.attempt(instant, "k").await.unwrap(), Attempt::Allowed);
    }

    async fn roles_come_from_the_linked_person(store: Store) {
        let cstd = store
            .create_body(
                &by(),
                &BodyForm {
                    name: Some("CSTD".into()),
                    acronym: Some("CSTD".into()),
                    body_type: Some("commission".into()),
                    ..Default::default()
                }
                .parse()
                .unwrap(),
                Lifecycle::Working,
            )
            .await
            .unwrap();
        let mut form = body_form("WGEC-2013");
        form.parent_id = Some(cstd.id.0);
        form.start_date = None;
        form.end_date = None;
        let wgec = store
            .create_body(&by(), &form.parse().unwrap(), Lifecycle::Working)
            .await
            .unwrap();
        let person = store
            .create_person(
                &by(),
                &PersonForm {
                    name: Some("Anne".into()),
                    ..Default::default()
                }
                .parse()
                .unwrap(),
            )
            .await
            .unwrap();
        let secretariat = MembershipForm {
            role: Some("secretariat".into()),
            person_id: Some(person.id.0),
            ..Default::default()
        };
        store
            .add_membership(&by(), cstd.id, &secretariat.parse().unwrap())
            .await
            .unwrap();
        let user = store
            .create_user(&by(), &new_user("anne@example.org"), true, false)
            .await
            .unwrap();
        assert!(store.roles_of(&user).await.unwrap().is_empty());
        let user = store
            .link_person(&by(), user.id, Some(person.id))
            .await
            .unwrap();
        let roles = store.roles_of(&user).await.unwrap();
        assert_eq!(roles.len(), 1);
        assert_eq!((roles[0].body, roles[0].role), (cstd.id, Role::Secretariat));
        assert_eq!(
            roles[0].reaches,
            vec![wgec.id],
            "the CSTD secretariat serves the WGEC too"
        );
        let err = store
            .link_person(&by(), user.id, Some(concord_domain::ids::PersonId(999)))
            .await
            .unwrap_err();
        assert_eq!(code(err), "unknown_person");
    }

    async fn jobs_are_claimed_in_batches_and_delivered_in_one_step(store: Store) {
        for subject in ["First", "Second", "Third"] {
            store.send_later(&mail(subject)).await.unwrap();
        }
        let jobs = store.claim_jobs(Duration::minutes(2), 10).await.unwrap();
        assert_eq!(jobs.len(), 3);
        assert!(
            jobs.windows(2).all(|w| w[0].id < w[1].id),
            "in the order due"
        );
        assert!(
            store
                .claim_jobs(Duration::minutes(2), 10)
                .await
                .unwrap()
                .is_empty(),
            "locked"
        );
        let outbox = store.outbox(10).await.unwrap();
        let first = outbox.iter().find(|m| m.subject == "First").unwrap();
        let second = outbox.iter().find(|m| m.subject == "Second").unwrap();
        store
            .settle_mail(&[
                MailSettlement {
                    job: &jobs[0],
                    message: Some((first.id, Ok(()))),
                    end: JobEnd::Done,
                },
                MailSettlement {
                    job: &jobs[1],
                    message: Some((second.id, Err("connection refused".into()))),
                    end: JobEnd::Retry("connection refused".into()),
                },
            ])
            .await
            .unwrap();
        let both = store.outbox_entries(&[first.id, second.id]).await.unwrap();
        assert_eq!(both.len(), 2);
        let second = store.outbox_entry(second.id).await.unwrap().unwrap();
        assert_eq!(second.sent_at, None);
        assert_eq!(second.last_error.as_deref(), Some("connection refused"));
        let first = store.outbox_entry(first.id).await.unwrap().unwrap();
        assert!(first.sent_at.is_some());
        assert_eq!(first.attempts, 1);
        assert_eq!(store.pending_jobs().await.unwrap(), 2);
    }

    async fn jobs_are_claimed_once_and_retried_with_backoff(store: Store) {
        let id = store.send_later(&mail("Hello")).await.unwrap();
        let job = store
            .claim_job(Duration::minutes(1))
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            (job.task.clone(), job.attempts),
            (Ok(concord_store::Task::SendMail { outbox: id }), 1)
        );
        assert!(
            store
                .claim_job(Duration::minutes(1))
                .await
                .unwrap()
                .is_none(),
            "a claimed job is locked"
        );
        store.retry_job(&job, "connection refused").await.unwrap();
        assert!(
            store
                .claim_job(Duration::minutes(1))
                .await
                .unwrap()
                .is_none(),
            "retried later, not at once"
        );
        assert_eq!(store.pending_jobs().await.unwrap(), 1);
        store
            .mark_delivery(id, Err("connection refused".into()))
            .await
            .unwrap();
        let entry = store.outbox_entry(id).await.unwrap().unwrap();
        assert_eq!(
            (
                entry.attempts,
                entry.last_error.as_deref(),
                entry.sent_at.is_none()
            ),
            (1, Some("connection refused"), true)
        );
        let last = concord_store::Job {
            attempts: job.max_attempts,
            ..job
        };
        store.retry_job(&last, "still refused").await.unwrap();
        assert_eq!(
            store.pending_jobs().await.unwrap(),
            0,
            "given up after the last attempt"
        );
        assert!(
            store.outbox_entry(id).await.unwrap().is_some(),
            "the message stays in the outbox"
        );
    }

    async fn the_audit_log_records_changes_and_refuses_edits(store: Store) {
        let body = store
            .create_body(
                &AuditActor::system("secretariat"),
                &body_form("WGEC-2013").parse().unwrap(),
                Lifecycle::Established,
            )
            .await
            .unwrap();
        let mut changed = body.fields.clone();
        changed.name = "Working Group on Enhanced Cooperation (first)".into();
        store.update_body(&by(), body.id, &changed).await.unwrap();
        store
            .change_lifecycle(
                &by(),
                body.id,
                Lifecycle::Working,
                None,
                Some("1st meeting"),
            )
            .await
            .unwrap();
        let history = store.body_history(body.id, false).await.unwrap();
        let actions: Vec<_> = history.iter().map(|e| e.action.as_str()).collect();
        assert_eq!(actions, ["lifecycle", "update", "create"]);
        assert_eq!(history[2].actor, "secretariat");
        assert!(history[1]
            .before
            .as_deref()
            .unwrap()
            .contains("\"name\":\"Working Group on Enhanced Cooperation\""));
        assert!(history[1].after.as_deref().unwrap().contains("(first)"));
        assert_eq!(history[0].reason.as_deref(), Some("1st meeting"));
        let (update, delete) = concord_store::testing::tamper_with_audit_log(&store).await;
        assert!(
            update.is_err() && delete.is_err(),
            "the log refused: {update:?} {delete:?}"
        );
        assert_eq!(store.audit_log(100).await.unwrap().len(), 3);
        let err = store
            .update_body(&by(), body.id, &{
                let mut f = changed.clone();
                f.parent_id = Some(body.id);
                f
            })
            .await
            .unwrap_err();
        assert_eq!(code(err), "parent_loop");
    }
}

async fn quotas_and_memberships_are_edited_under_the_same_rules(store: Store) {
    use concord_store::AuditStore;
    let id = wgec(&store).await;
    let afr = quota(&store, id, "AFR", 2).await;
    let kenya = store
        .add_membership(&by(), id, &state_seat(afr, "KE").parse().unwrap())
        .await
        .unwrap();
    store
        .add_membership(&by(), id, &state_seat(afr, "EG").parse().unwrap())
        .await
        .unwrap();
    let quota_id = concord_domain::ids::QuotaId(afr);
    let mut fields = store.quotas(id).await.unwrap()[0].fields.clone();
    fields.seats = 1;
    let err = store
        .update_quota(&by(), id, quota_id, &fields)
        .await
        .unwrap_err();
    assert_eq!(codes(err), [("seats".to_owned(), "seats_below_members")]);
    fields.hard = false;
    fields.label = "African States (indicative)".into();
    let soft = store
        .update_quota(&by(), id, quota_id, &fields)
        .await
        .unwrap();
    assert_eq!((soft.fields.seats, soft.fields.hard), (1, false));
    fields.hard = true;
    fields.seats = 2;
    store
        .update_quota(&by(), id, quota_id, &fields)
        .await
        .unwrap();
    // Kenya's term ends; Ghana takes the seat from the next day.
    let mut ended = kenya.fields.clone();
    ended.end_date = Some(date!(2013 - 09 - 30));
    store
        .update_membership(&by(), id, kenya.id, &ended, Some("Term ended"))
        .await
        .unwrap();
    let mut ghana = state_seat(afr, "GH");
    ghana.start_date = Some("2013-10-01".into());
    store
        .add_membership(&by(), id, &ghana.parse().unwrap())
        .await
        .unwrap();
    // Extending Kenya again would need a third seat.
    let err = store
        .update_membership(&by(), id, kenya.id, &kenya.fields, None)
        .await
        .unwrap_err();
    assert_eq!(codes(err), [("quota_id".to_owned(), "quota_full")]);
    assert_eq!(
        store
            .membership(id, kenya.id)
            .await
            .unwrap()
            .unwrap()
            .fields
            .end_date,
        Some(date!(2013 - 09 - 30))
    );
    let history = store.body_history(id, false).await.unwrap();
    assert!(history.iter().any(|e| e.entity == "membership"
        && e.action == "update"
        && e.reason.as_deref() == Some("Term ended")));
    assert!(matches!(
        store
            .update_membership(
                &by(),
                id,
                concord_domain::ids::MembershipId(999),
                &kenya.fields,
                None
            )
            .await,
        Err(StoreError::NotFound { .. })
    ));
}

mod meetings {
    use super::*;
    use concord_domain::meeting::{MeetingForm, MeetingState};
    use concord_store::{AuditStore, MeetingStore};

    conformance_inner!(meetings_are_kept_in_order_and_changes_raise_the_sequence);

    fn meeting(number: &str, title: &str, start: &str, end: &str) -> MeetingForm {
        MeetingForm {
            number: Some(number.into()),
            title: Some(title.into()),
            starts_on: Some(start.into()),
            ends_on: Some(end.into()),
            starts_at: Some("10:00".into()),
            ends_at: Some("18:00".into()),
            time_zone: Some("Europe/Zurich".into()),
            venue: Some("Palais des Nations, Geneva".into()),
            ..Default::default()
        }
    }

    async fn meetings_are_kept_in_order_and_changes_raise_the_sequence(store: Store) {
        let id = wgec(&store).await;
        let second = store
            .add_meeting(
                &by(),
                id,
                &meeting("2", "Second meeting", "2013-11-06", "2013-11-08")
                    .parse()
                    .unwrap(),
            )
            .await
            .unwrap();
        store
            .add_meeting(
                &by(),
                id,
                &meeting("1", "First meeting", "2013-05-30", "2013-05-31")
                    .parse()
                    .unwrap(),
            )
            .await
            .unwrap();
        let titles: Vec<_> = store
            .meetings(id)
            .await
            .unwrap()
            .into_iter()
            .map(|m| m.fields.title)
            .collect();
        assert_eq!(titles, ["First meeting", "Second meeting"]);
        let read = store.meeting(second.id).await.unwrap().unwrap();
        assert_eq!(read, second);
        assert_eq!(read.fields.starts_at.map(|t| t.hour()), Some(10));
        let mut cancelled = second.fields.clone();
        cancelled.state = MeetingState::Cancelled;
        let changed = store
            .update_meeting(&by(), second.id, &cancelled, Some("Moved to 2014"))
            .await
            .unwrap();
        assert_eq!(changed.sequence, 1);
        assert_eq!(
            store
                .meeting(second.id)
                .await
                .unwrap()
                .unwrap()
                .fields
                .state,
            MeetingState::Cancelled
        );
        let history = store.body_history(id, false).await.unwrap();
        assert!(history
            .iter()
            .any(|e| e.entity == "meeting" && e.reason.as_deref() == Some("Moved to 2014")));
        assert!(matches!(
            store.add_meeting(&by(), BodyId(404), &cancelled).await,
            Err(StoreError::NotFound { .. })
        ));
    }
}

mod documents {
    use super::*;
    use concord_domain::document::DocumentForm;
    use concord_store::DocumentStore;

    conformance_inner!(documents_are_filed_under_unique_symbols_with_their_versions);

    fn document(symbol: &str) -> DocumentForm {
        DocumentForm {
            symbol: Some(symbol.into()),
            title: Some(format!("Document {symbol}")),
            doc_type: Some("report".into()),
            languages: Some("en,fr".into()),
            ..Default::default()
        }
    }

    async fn documents_are_filed_under_unique_symbols_with_their_versions(store: Store) {
        let id = wgec(&store).await;
        for symbol in [
            "E/CN.16/2014/CRP.2/Rev.1",
            "A/RES/67/195",
            "E/CN.16/2014/CRP.2",
            "E/CN.16/2014/CRP.2/Rev.1/Corr.1",
        ] {
            store
                .add_document(&by(), id, &document(symbol).parse().unwrap())
                .await
                .unwrap();
        }
        let order: Vec<String> = store
            .documents(id)
            .await
            .unwrap()
            .iter()
            .map(|d| d.fields.symbol.to_string())
            .collect();
        assert_eq!(
            order,
            [
                "A/RES/67/195",
                "E/CN.16/2014/CRP.2",
                "E/CN.16/2014/CRP.2/Rev.1",
                "E/CN.16/2014/CRP.2/Rev.1/Corr.1"
            ]
        );
        let err = store
            .add_document(&by(), id, &document("A/RES/67/195").parse().unwrap())
            .await
            .unwrap_err();
        assert_eq!(codes(err), [("symbol".to_owned(), "duplicate_symbol")]);
        let mut with_meeting = document("E/CN.16/2014/CRP.3");
        with_meeting.meeting_id = Some(999);
        let err = store
            .add_document(&by(), id, &with_meeting.parse().unwrap())
            .await
            .unwrap_err();
        assert_eq!(codes(err), [("meeting_id".to_owned(), "unknown_value")]);
        assert_eq!(
            store.documents(id).await.unwrap()[0].fields.languages,
            ["en", "fr"]
        );
    }
}

mod agendas {
    use super::*;
    use concord_domain::agenda::{AgendaItemForm, AgendaState};
    use concord_domain::meeting::MeetingForm;
    use concord_store::MeetingStore;

    conformance_inner!(
        agendas_grow_until_adopted,
        agenda_items_point_to_documents_of_the_register
    );

    async fn agenda_items_point_to_documents_of_the_register(store: Store) {
        use concord_domain::document::DocumentForm;
        use concord_store::DocumentStore;
        let id = wgec(&store).await;
        let form = MeetingForm {
            title: Some("Second meeting".into()),
            starts_on: Some("2013-11-06".into()),
            ..Default::default()
        };
        let meeting = store
            .add_meeting(&by(), id, &form.parse().unwrap())
            .await
            .unwrap();
        let note = DocumentForm {
            symbol: Some("E/CN.16/2013/CRP.3".into()),
            title: Some("Mapping of international public policy issues".into()),
            doc_type: Some("secretariat_note".into()),
            languages: Some("en".into()),
            ..Default::default()
        };
        let filed = store
            .add_document(&by(), id, &note.parse().unwrap())
            .await
            .unwrap();
        let item = |number: &str, symbol: &str| {
            AgendaItemForm {
                number: Some(number.into()),
                title: Some("Mapping of public policy issues".into()),
                document: Some(symbol.into()),
                ..Default::default()
            }
            .parse()
            .unwrap()
        };
        let err = store
            .add_agenda_item(&by(), meeting.id, &item("3", "E/CN.16/2013/CRP.9"))
            .await
            .unwrap_err();
        assert_eq!(codes(err), [("document".to_owned(), "unknown_document")]);
        store
            .add_agenda_item(&by(), meeting.id, &item("3", "E/CN.16/2013/CRP.3"))
            .await
            .unwrap();
        let agenda = store.agenda(meeting.id).await.unwrap();
        let linked = agenda.items[0].document.as_ref().unwrap();
        assert_eq!(
            (linked.id, linked.symbol.as_str()),
            (filed.id.0, "E/CN.16/2013/CRP.3")
        );
    }

    async fn agendas_grow_until_adopted(store: Store) {
        let id = wgec(&store).await;
        let form = MeetingForm {
            title: Some("First meeting".into()),
            starts_on: Some("2013-05-30".into()),
            ..Default::default()
        };
        let meeting = store
            .add_meeting(&by(), id, &form.parse().unwrap())
            .await
            .unwrap();
        let item = |number: &str, title: &str, sub: bool| {
            AgendaItemForm {
                number: Some(number.into()),
                title: Some(title.into()),
                sub_item: Some(sub),
                ..Default::default()
            }
            .parse()
            .unwrap()
        };
        store
            .add_agenda_item(
                &by(),
                meeting.id,
                &item("1", "Opening of the meeting", false),
            )
            .await
            .unwrap();
        store
            .add_agenda_item(
                &by(),
                meeting.id,
                &item("2", "Adoption of the agenda", false),
            )
            .await
            .unwrap();
        store
            .add_agenda_item(&by(), meeting.id, &item("2 (a)", "Observers", true))
            .await
            .unwrap();
        let err = store
            .add_agenda_item(&by(), meeting.id, &item("2", "Again", false))
            .await
            .unwrap_err();
        assert_eq!(codes(err), [("number".to_owned(), "duplicate_item_number")]);
        let agenda = store.agenda(meeting.id).await.unwrap();
        assert_eq!(agenda.state, AgendaState::Provisional);
        let numbers: Vec<_> = agenda
            .items
            .iter()
            .map(|i| (i.number.as_str(), i.sub_item))
            .collect();
        assert_eq!(numbers, [("1", false), ("2", false), ("2 (a)", true)]);
        let adopted = store
            .adopt_agenda(
                &by(),
                meeting.id,
                AgendaState::AdoptedWithChanges,
                Some(date!(2013 - 05 - 30)),
                Some("After a long discussion"),
            )
            .await
            .unwrap();
        assert_eq!(
            (adopted.state, adopted.adopted_on),
            (AgendaState::AdoptedWithChanges, Some(date!(2013 - 05 - 30)))
        );
        let err = store
            .adopt_agenda(&by(), meeting.id, AgendaState::Adopted, None, None)
            .await
            .unwrap_err();
        assert_eq!(codes(err), [("state".to_owned(), "agenda_adopted")]);
        let err = store
            .add_agenda_item(&by(), meeting.id, &item("3", "Late item", false))
            .await
            .unwrap_err();
        assert_eq!(codes(err), [("number".to_owned(), "agenda_adopted")]);
    }
}

mod participation {
    use super::*;
    use concord_domain::meeting::MeetingForm;
    use concord_domain::participation::{RegistrationForm, RegistrationStatus};
    use concord_store::{MeetingStore, ParticipationStore};

    conformance_inner!(observers_register_within_the_cap);

    fn observer(email: &str) -> concord_domain::participation::NewRegistration {
        RegistrationForm {
            name: Some("Observer".into()),
            organization: Some("Internet Society".into()),
            email: Some(email.into()),
            stakeholder_group: Some("technical_academic".into()),
            country: Some("CH".into()),
        }
        .parse()
        .unwrap()
    }

    async fn observers_register_within_the_cap(store: Store) {
        let id = wgec(&store).await;
        let form = MeetingForm {
            title: Some("Second meeting".into()),
            starts_on: Some("2013-11-06".into()),
            state: Some("announced".into()),
            ..Default::default()
        };
        let meeting = store
            .add_meeting(&by(), id, &form.parse().unwrap())
            .await
            .unwrap();
        let err = store
            .register(&by(), meeting.id, &observer("a@example.org"))
            .await
            .unwrap_err();
        assert_eq!(codes(err), [("email".to_owned(), "registration_closed")]);
        let mut open = meeting.fields.clone();
        open.state = concord_domain::meeting::MeetingState::RegistrationOpen;
        store
            .update_meeting(&by(), meeting.id, &open, None)
            .await
            .unwrap();
        store
            .set_observer_cap(&by(), meeting.id, Some(2))
            .await
            .unwrap();
        assert_eq!(store.observer_cap(meeting.id).await.unwrap(), Some(2));
        let first = store
            .register(&by(), meeting.id, &observer("a@example.org"))
            .await
            .unwrap();
        store
            .register(&by(), meeting.id, &observer("b@example.org"))
            .await
            .unwrap();
        let third = store
            .register(&by(), meeting.id, &observer("c@example.org"))
            .await
            .unwrap();
        assert_eq!(
            (first.status, third.status),
            (RegistrationStatus::Pending, RegistrationStatus::WaitingList)
        );
        let err = store
            .register(&by(), meeting.id, &observer("A@Example.org"))
            .await
            .unwrap_err();
        assert_eq!(codes(err), [("email".to_owned(), "duplicate_registration")]);
        let all = store.registrations(meeting.id).await.unwrap();
        store
            .decide_registration(&by(), meeting.id, all[0].id, RegistrationStatus::Approved)
            .await
            .unwrap();
        store
            .decide_registration(&by(), meeting.id, all[1].id, RegistrationStatus::Approved)
            .await
            .unwrap();
        let err = store
            .decide_registration(&by(), meeting.id, all[2].id, RegistrationStatus::Approved)
            .await
            .unwrap_err();
        assert_eq!(codes(err), [("status".to_owned(), "over_cap")]);
        store
            .set_attended(&by(), meeting.id, all[0].id, true)
            .await
            .unwrap();
        let all = store.registrations(meeting.id).await.unwrap();
        assert!(all[0].attended && !all[1].attended);
        assert_eq!(all[0].email, "a@example.org");
    }
}

mod records {
    use super::*;
    use concord_domain::agenda::AgendaItemForm;
    use concord_domain::meeting::{MeetingForm, MeetingState};
    use concord_store::{AuditStore, MeetingStore};

    conformance_inner!(summaries_and_outcomes_are_kept);

    async fn summaries_and_outcomes_are_kept(store: Store) {
        let id = wgec(&store).await;
        let form = MeetingForm {
            title: Some("First meeting".into()),
            starts_on: Some("2013-05-30".into()),
            state: Some("closed".into()),
            ..Default::default()
        };
        let meeting = store
            .add_meeting(&by(), id, &form.parse().unwrap())
            .await
            .unwrap();
        let item = AgendaItemForm {
            number: Some("3".into()),
            title: Some("Observers".into()),
            ..Default::default()
        }
        .parse()
        .unwrap();
        let item = store
            .add_agenda_item(&by(), meeting.id, &item)
            .await
            .unwrap();
        store
            .set_outcome(&by(), meeting.id, item.id, "Observers follow ECOSOC rules")
            .await
            .unwrap();
        assert_eq!(
            store.agenda(meeting.id).await.unwrap().items[0]
                .outcome
                .as_deref(),
            Some("Observers follow ECOSOC rules")
        );
        assert!(matches!(
            store.set_outcome(&by(), meeting.id, 999, "x").await,
            Err(StoreError::NotFound { .. })
        ));
        assert!(store.summary(meeting.id).await.unwrap().is_none());
        store
            .publish_summary(&by(), meeting.id, "The group adopted its agenda.", "en")
            .await
            .unwrap();
        store
            .publish_summary(
                &by(),
                meeting.id,
                "The group adopted its agenda after a long discussion.",
                "en",
            )
            .await
            .unwrap();
        assert_eq!(
            store.summary(meeting.id).await.unwrap().unwrap().0,
            "The group adopted its agenda after a long discussion."
        );
        let read = store.meeting(meeting.id).await.unwrap().unwrap();
        assert_eq!(
            (read.fields.state, read.sequence),
            (MeetingState::SummaryPublished, 1)
        );
        let history = store.body_history(id, false).await.unwrap();
        let summaries: Vec<_> = history.iter().filter(|e| e.action == "summary").collect();
        assert_eq!(summaries.len(), 2);
        assert!(
            summaries[0]
                .before
                .as_deref()
                .unwrap()
                .contains("The group adopted its agenda."),
            "the earlier text is kept"
        );
    }
}

mod intake {
    use super::*;
    use concord_domain::call::{CallForm, CallState, QuestionForm};
    use concord_domain::response::{Channel, SubmissionForm};
    use concord_store::{CallStore, Mails, ResponseStore, SaveRequest};

    conformance_inner!(
        concurrent_submissions_are_each_committed_once,
        accounts_submitting_at_once_get_exact_records_and_one_chain,
        a_full_queue_answers_busy_at_once,
        the_search_stamp_moves_only_for_what_search_shows,
    );

    /// A sign-up or a meeting leaves the search index alone; a call's change and a file's text
    /// being read are what it must follow.
    async fn the_search_stamp_moves_only_for_what_search_shows(store: Store) {
        use concord_store::{AccountStore, CorpusStore, FileTextStore, MeetingStore};
        let (call, _) = open_call(&store).await;
        let before = store.corpus_stamp().await.unwrap();
        store
            .create_user(
                &by(),
                &concord_store::NewUser {
                    email: concord_domain::account::Email::parse("e", "ana@example.org").unwrap(),
                    display_name: "Ana".into(),
                    password_hash: "x".into(),
                },
                true,
                false,
            )
            .await
            .unwrap();
        let meeting = concord_domain::meeting::MeetingForm {
            title: Some("First meeting".into()),
            starts_on: Some("2013-05-30".into()),
            ..Default::default()
        };
        let body = store.call(CallId(call)).await.unwrap().unwrap().body_id;
        store
            .add_meeting(&by(), body, &meeting.parse().unwrap())
            .await
            .unwrap();
        assert_eq!(store.corpus_stamp().await.unwrap(), before, "unmoved");
        store
            .move_call(&by(), CallId(call), concord_domain::call::CallState::Closed)
            .await
            .unwrap();
        let moved = store.corpus_stamp().await.unwrap();
        assert!(moved.audit > before.audit, "a call's change moves it");
        assert!(store.unread_files(10).await.unwrap().is_empty());
    }

    async fn open_call(store: &Store) -> (i64, Vec<concord_domain::call::Question>) {
        let id = wgec(store).await;
        let form = CallForm {
            title: Some("Questionnaire".into()),
            opens_on: Some("2013-05-31".into()),
            closes_on: Some("2099-08-15".into()),
            ..Default::default()
        };
        let call = store
            .add_call(&by(), id, &form.parse().unwrap())
            .await
            .unwrap();
        let question = QuestionForm {
            label: Some("1".into()),
            text: Some("Views?".into()),
            ..Default::default()
        };
        store
            .add_question(&by(), call.id, &question.parse().unwrap())
            .await
            .unwrap();
        store
            .move_call(&by(), call.id, CallState::Open)
            .await
            .unwrap();
        (call.id.0, store.questions(call.id).await.unwrap())
    }

    fn request(call: i64, questions: &[concord_domain::call::Question], n: usize) -> SaveRequest {
        let form = SubmissionForm {
            kind: Some("person".into()),
            name: Some(format!("Respondent {n}")),
            stakeholder_group: Some("civil_society".into()),
            answers: vec![(questions[0].id.0, vec![format!("Answer {n}")])],
            ..Default::default()
        };
        SaveRequest {
            call: CallId(call),
            user: None,
            email: None,
            channel: Channel::Email,
            submission: form.parse(questions, false).unwrap(),
            files: Vec::new(),
            submit: true,
            at: time::OffsetDateTime::now_utc(),
            mails: Mails::none(),
        }
    }

    async fn concurrent_submissions_are_each_committed_once(store: Store) {
        let (call, questions) = open_call(&store).await;
        let mut tasks = Vec::new();
        for n in 0..200 {
            let store = store.clone();
            let req = request(call, &questions, n);
            tasks.push(tokio::spawn(async move { store.save_response(req).await }));
        }
        let mut references = Vec::new();
        for task in tasks {
            references.push(task.await.unwrap().unwrap().unwrap().reference);
        }
        references.sort();
        references.dedup();
        assert_eq!(
            references.len(),
            200,
            "every submission has its own reference"
        );
        let ledger = store.ledger().await.unwrap();
        assert_eq!(ledger.len(), 200);
        concord_domain::ledger::verify_chain(&ledger).unwrap();
    }

    /// A flood from signed-in accounts, as the web form sends it: most are written together in
    /// one batch, an account that sends two versions at once is written one by one, a late one
    /// is refused; every receipt matches the exact record kept and the chain holds.
    async fn accounts_submitting_at_once_get_exact_records_and_one_chain(store: Store) {
        use concord_store::{AccountStore, MailDraft, MailStore, NewUser};
        let (call, questions) = open_call(&store).await;
        let mut users = Vec::new();
        for n in 0..41 {
            let user = NewUser {
                email: concord_domain::account::Email::parse("email", &format!("r{n}@example.org"))
                    .unwrap(),
                display_name: format!("Respondent {n}"),
                password_hash: "$argon2id$x".into(),
            };
            users.push(store.create_user(&by(), &user, true, false).await.unwrap());
        }
        let online = |n: usize, text: &str| {
            let mut request = request(call, &questions, n);
            request.submission.answers[0].text = Some(text.to_owned());
            request.user = Some(users[n].id);
            request.email = Some(users[n].email.clone());
            request.channel = Channel::Web;
            let to = users[n].email.clone();
            request.mails = Mails {
                receipt: Box::new(move |receipt| {
                    Some(MailDraft {
                        to: to.clone(),
                        subject: format!("Receipt {}", receipt.reference),
                        body: receipt.sha256.clone(),
                    })
                }),
                signature: Mails::none().signature,
            };
            request
        };
        let mut tasks = Vec::new();
        for n in 0..40 {
            let mut sent = vec![online(n, &format!("Answer {n}"))];
            if n < 5 {
                sent.push(online(n, &format!("Answer {n}, revised")));
            }
            for request in sent {
                let store = store.clone();
                tasks.push(tokio::spawn(
                    async move { store.save_response(request).await },
                ));
            }
        }
        let mut late = online(40, "Too late");
        late.at = time::OffsetDateTime::now_utc() + time::Duration::days(365 * 200);
        let refused = store.save_response(late).await;
        assert!(
            matches!(refused, Err(StoreError::Invalid(_))),
            "{refused:?}"
        );

        let mut receipts = Vec::new();
        for task in tasks {
            receipts.push(task.await.unwrap().unwrap().unwrap());
        }
        assert_eq!(receipts.len(), 45);
        let mut references: Vec<_> = receipts.iter().map(|r| r.reference.clone()).collect();
        references.sort();
        references.dedup();
        let expected: Vec<_> = (1..=40).map(|n| format!("{call}-{n:05}")).collect();
        assert_eq!(references, expected, "one reference per account, no gap");

        let kept = store.received_versions().await.unwrap();
        assert_eq!(kept.len(), 45);
        for receipt in &receipts {
            let (_, _, content, sha256) = kept
                .iter()
                .find(|(r, v, _, _)| *r == receipt.reference && *v == receipt.version)
                .expect("every receipt's version is kept");
            assert_eq!(&concord_store::sha256_hex(content.as_bytes()), sha256);
            assert_eq!(sha256, &receipt.sha256);
            assert!(content.contains(&format!("\"reference\":\"{}\"", receipt.reference)));
        }
        for (n, user) in users.iter().enumerate().take(40) {
            let stored = store
                .response_of(CallId(call), user.id)
                .await
                .unwrap()
                .unwrap();
            let versions: Vec<i64> = store
                .receipts(CallId(call), &stored.reference)
                .await
                .unwrap()
                .iter()
                .map(|r| r.version)
                .collect();
            let text = stored.submission.answers[0].text.clone().unwrap();
            if n < 5 {
                assert_eq!(versions, [1, 2]);
                assert!(text.starts_with(&format!("Answer {n}")), "{text}");
            } else {
                assert_eq!(versions, [1]);
                assert_eq!(text, format!("Answer {n}"));
            }
            assert_eq!(stored.version, versions.len() as i64);
        }
        assert!(store
            .response_of(CallId(call), users[40].id)
            .await
            .unwrap()
            .is_none());

        let ledger = store.ledger().await.unwrap();
        assert_eq!(ledger.len(), 45);
        concord_domain::ledger::verify_chain(&ledger).unwrap();
        for receipt in &receipts {
            let entry = &ledger[usize::try_from(receipt.seq - 1).unwrap()];
            assert_eq!(entry.entry_hash, receipt.entry_hash);
            assert_eq!(entry.reference, receipt.reference);
        }
        let outbox = store.outbox(100).await.unwrap();
        assert_eq!(outbox.len(), 45, "one receipt message per version");
        assert_eq!(store.pending_jobs().await.unwrap(), 45);
    }

    async fn a_full_queue_answers_busy_at_once(store: Store) {
        let (call, questions) = open_call(&store).await;
        store.set_intake_capacity(1);
        // On one thread, the writer cannot run until both have been handed over: the first
        // fills the queue, the second finds it full.
        let (first, second) = tokio::join!(
            store.save_response(request(call, &questions, 1)),
            store.save_response(request(call, &questions, 2)),
        );
        assert!(first.unwrap().is_some());
        assert!(matches!(second, Err(StoreError::Busy)), "{second:?}");
        assert_eq!(store.ledger().await.unwrap().len(), 1);
    }
}
