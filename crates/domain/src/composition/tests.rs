//! The composition rules: quotas, eligibility, overlapping terms and the balance of seats.

use super::*;
use crate::body::BodyForm;
use crate::reference::state;
use time::macros::date;

fn wgec() -> BodyFields {
    BodyForm {
        name: Some("Working Group on Enhanced Cooperation".into()),
        acronym: Some("WGEC-2013".into()),
        body_type: Some("working_group".into()),
        start_date: Some("2013-03-22".into()),
        end_date: Some("2014-05-14".into()),
        ..Default::default()
    }
    .parse()
    .unwrap()
}

fn quota(kind: QuotaKind, seats: u32) -> SeatQuota {
    SeatQuota {
        id: QuotaId(1),
        body_id: BodyId(1),
        fields: QuotaFields {
            label: "African States".into(),
            kind,
            seats,
            hard: true,
        },
    }
}

fn state_member(iso2: &str, start: Option<Date>, end: Option<Date>) -> MembershipFields {
    MembershipFields {
        quota_id: Some(QuotaId(1)),
        role: Role::Member,
        state: Some(iso2.into()),
        organization_id: None,
        person_id: None,
        start_date: start,
        end_date: end,
        personal_capacity: false,
        nominated_by: None,
        illustrative: false,
    }
}

fn facts(iso2: &str) -> HolderFacts {
    let s = state(iso2);
    HolderFacts {
        seat_state: s,
        country: s,
        stakeholder_group: Some(StakeholderGroup::Government),
        name: "x".into(),
    }
}

#[test]
fn a_fifth_african_state_is_refused_by_a_hard_quota_of_four() {
    let body = wgec();
    let q = quota(
        QuotaKind::RegionalGroup {
            regional_group: RegionalGroup::African,
        },
        4,
    );
    let four: Vec<_> = ["EG", "KE", "NG", "ZA"]
        .iter()
        .map(|c| state_member(c, None, None))
        .collect();
    let err = check_membership(
        &body,
        Some(&q),
        &state_member("GH", None, None),
        &facts("GH"),
        &four,
    )
    .unwrap_err();
    assert_eq!(err.errors[0].code, "quota_full");
    assert!(
        err.errors[0].message.contains("4 seats"),
        "{}",
        err.errors[0].message
    );
}

#[test]
fn a_successor_whose_dates_do_not_overlap_is_accepted() {
    let body = wgec();
    let q = quota(
        QuotaKind::RegionalGroup {
            regional_group: RegionalGroup::African,
        },
        1,
    );
    let first = state_member("EG", None, Some(date!(2013 - 10 - 31)));
    let next = state_member("KE", Some(date!(2013 - 11 - 01)), None);
    assert!(check_membership(
        &body,
        Some(&q),
        &next,
        &facts("KE"),
        std::slice::from_ref(&first)
    )
    .is_ok());
    let overlapping = state_member("KE", Some(date!(2013 - 10 - 31)), None);
    assert!(check_membership(&body, Some(&q), &overlapping, &facts("KE"), &[first]).is_err());
}

#[test]
fn a_state_of_another_group_is_not_eligible() {
    let body = wgec();
    let q = quota(
        QuotaKind::RegionalGroup {
            regional_group: RegionalGroup::African,
        },
        4,
    );
    let err = check_membership(
        &body,
        Some(&q),
        &state_member("CH", None, None),
        &facts("CH"),
        &[],
    )
    .unwrap_err();
    assert_eq!(err.errors[0].code, "not_eligible");
    assert!(err.errors[0].message.contains("Switzerland"));
}

#[test]
fn designated_states_admit_only_the_named_states() {
    let body = wgec();
    let q = quota(
        QuotaKind::DesignatedStates {
            states: vec!["CH".into(), "TN".into()],
        },
        2,
    );
    assert!(check_membership(
        &body,
        Some(&q),
        &state_member("TN", None, None),
        &facts("TN"),
        &[]
    )
    .is_ok());
    assert!(check_membership(
        &body,
        Some(&q),
        &state_member("FR", None, None),
        &facts("FR"),
        &[]
    )
    .is_err());
}

#[test]
fn membership_outside_the_body_dates_is_refused() {
    let body = wgec();
    let m = state_member("KE", Some(date!(2012 - 01 - 01)), None);
    let err = check_membership(&body, None, &m, &facts("KE"), &[]).unwrap_err();
    assert_eq!(err.errors[0].field, "start_date");
    assert_eq!(err.errors[0].code, "outside_body_dates");
}

#[test]
fn balance_reports_filled_vacant_and_over() {
    let body = wgec();
    let mut q = quota(
        QuotaKind::RegionalGroup {
            regional_group: RegionalGroup::African,
        },
        2,
    );
    let members: Vec<_> = ["EG", "KE", "NG"]
        .iter()
        .enumerate()
        .map(|(i, c)| Membership {
            id: MembershipId(i as i64),
            body_id: BodyId(1),
            fields: state_member(c, None, None),
        })
        .collect();
    let day = date!(2013 - 06 - 01);
    assert_eq!(
        balance(&body, &[q.clone()], &members, day)[0].status,
        BalanceStatus::Over { over: 1 }
    );
    q.fields.seats = 3;
    assert_eq!(
        balance(&body, &[q.clone()], &members, day)[0].status,
        BalanceStatus::Filled
    );
    q.fields.seats = 5;
    assert_eq!(
        balance(&body, &[q], &members, day)[0].status,
        BalanceStatus::Vacant { vacant: 2 }
    );
}

#[test]
fn max_concurrent_counts_overlap_on_the_same_day() {
    let a = (date!(2013 - 01 - 01), date!(2013 - 01 - 10));
    let b = (date!(2013 - 01 - 10), date!(2013 - 01 - 20));
    let c = (date!(2013 - 01 - 11), date!(2013 - 01 - 20));
    assert_eq!(max_concurrent(&[a, b]), 2);
    assert_eq!(max_concurrent(&[a, c]), 1);
    assert_eq!(max_concurrent(&[]), 0);
}

#[test]
fn matrix_counts_by_region_and_stakeholder_group() {
    let m = composition_matrix([
        (
            Some(RegionalGroup::African),
            Some(StakeholderGroup::Government),
        ),
        (
            Some(RegionalGroup::African),
            Some(StakeholderGroup::CivilSociety),
        ),
        (None, Some(StakeholderGroup::Intergovernmental)),
    ]);
    assert_eq!(m.total, 3);
    assert_eq!(m.rows[0].total, 2);
    assert_eq!(m.rows[5].counts[4], 1);
    assert_eq!(m.column_totals, vec![1, 0, 1, 0, 1]);
}

#[test]
fn membership_form_requires_a_holder_and_keeps_observers_off_seats() {
    let err = MembershipForm {
        role: Some("observer".into()),
        quota_id: Some(1),
        ..Default::default()
    }
    .parse()
    .unwrap_err();
    let codes: Vec<_> = err.errors.iter().map(|e| e.code).collect();
    assert_eq!(codes, ["holder_required", "observer_without_seat"]);
    let err = MembershipForm {
        state: Some("ZZ".into()),
        ..Default::default()
    }
    .parse()
    .unwrap_err();
    assert_eq!(err.errors[0].code, "unknown_country");
}
