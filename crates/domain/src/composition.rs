//! Composition: seat quotas by regional group, stakeholder group or designated states, the
//! memberships that fill them, and the balance check that says per quota whether it is filled,
//! vacant or over — and refuses a membership that would break a hard quota.

use serde::{Deserialize, Serialize};
use time::Date;

use crate::body::{parse_code, BodyFields};
use crate::dates::{self, parse_optional_date};
use crate::error::{Errors, FieldError, Invalid};
use crate::ids::{BodyId, MembershipId, OrganizationId, PersonId, QuotaId};
use crate::reference::{parse_country, RegionalGroup, State};
use crate::stakeholder::StakeholderGroup;
use crate::text;

/// Who may fill the seats of a quota.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum QuotaKind {
    /// States of one regional group (the WGEC: four per group).
    RegionalGroup {
        /// The group.
        regional_group: RegionalGroup,
    },
    /// Members of one stakeholder group (the WGEC: five per non-governmental group).
    StakeholderGroup {
        /// The group.
        stakeholder_group: StakeholderGroup,
    },
    /// Named states only (the WGEC's seats for the WSIS hosts, Switzerland and Tunisia).
    DesignatedStates {
        /// Their ISO alpha-2 codes.
        states: Vec<String>,
    },
}

impl QuotaKind {
    /// The stable code of the kind.
    pub fn code(&self) -> &'static str {
        match self {
            QuotaKind::RegionalGroup { .. } => "regional_group",
            QuotaKind::StakeholderGroup { .. } => "stakeholder_group",
            QuotaKind::DesignatedStates { .. } => "designated_states",
        }
    }
}

/// A quota's settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QuotaFields {
    /// What the seats are called, e.g. "African States" or "WSIS host countries".
    pub label: String,
    /// Who may fill them.
    #[serde(flatten)]
    pub kind: QuotaKind,
    /// How many seats.
    pub seats: u32,
    /// A hard quota refuses memberships beyond its seats; a soft one only reports "over".
    pub hard: bool,
}

/// A quota as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SeatQuota {
    /// Its id.
    pub id: QuotaId,
    /// The body whose seats these are.
    pub body_id: BodyId,
    /// Its settings.
    #[serde(flatten)]
    pub fields: QuotaFields,
}

/// A quota as a form or the API submits it.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct QuotaForm {
    /// Label; defaults to the group's name.
    pub label: Option<String>,
    /// `regional_group`, `stakeholder_group` or `designated_states`.
    pub kind: Option<String>,
    /// For `regional_group`: `AFR`, `APG`, `EEG`, `GRULAC` or `WEOG`.
    pub regional_group: Option<String>,
    /// For `stakeholder_group`: `private_sector`…
    pub stakeholder_group: Option<String>,
    /// For `designated_states`: ISO codes.
    pub states: Vec<String>,
    /// Number of seats.
    pub seats: Option<i64>,
    /// Hard quota (default true).
    pub hard: Option<bool>,
}

impl QuotaForm {
    /// Checks the form.
    pub fn parse(&self) -> Result<QuotaFields, Invalid> {
        let mut e = Errors::default();
        let label = e.take(text::optional("label", self.label.as_deref(), 120));
        let kind = match self.kind.as_deref().map(str::trim) {
            Some("regional_group") => e
                .take(parse_code(
                    "regional_group",
                    self.regional_group.as_deref(),
                    None,
                    RegionalGroup::parse,
                    RegionalGroup::expected,
                ))
                .map(|regional_group| QuotaKind::RegionalGroup { regional_group }),
            Some("stakeholder_group") => e
                .take(parse_code(
                    "stakeholder_group",
                    self.stakeholder_group.as_deref(),
                    None,
                    StakeholderGroup::parse,
                    StakeholderGroup::expected,
                ))
                .map(|stakeholder_group| QuotaKind::StakeholderGroup { stakeholder_group }),
            Some("designated_states") => {
                let mut states = Vec::new();
                for code in &self.states {
                    if let Some(state) = e.take(parse_country("states", code)) {
                        states.push(state.iso2.to_owned());
                    }
                }
                if self.states.is_empty() {
                    e.add("states", "required", "Name at least one state");
                }
                Some(QuotaKind::DesignatedStates { states })
            }
            None | Some("") => {
                e.add("kind", "required", "This field is required");
                None
            }
            Some(other) => {
                e.add(
                    "kind",
                    "unknown_value",
                    format!("“{other}” is not one of: regional_group, stakeholder_group, designated_states"),
                );
                None
            }
        };
        let seats = match self.seats {
            Some(n) if (1..=500).contains(&n) => u32::try_from(n).ok(),
            Some(_) => {
                e.add(
                    "seats",
                    "out_of_range",
                    "The number of seats is between 1 and 500",
                );
                None
            }
            None => {
                e.add("seats", "required", "This field is required");
                None
            }
        };
        e.finish()?;
        let (Some(label), Some(kind), Some(seats)) = (label, kind, seats) else {
            return Err(Invalid::one("form", "internal", "Incomplete form"));
        };
        let label = label.unwrap_or_else(|| match &kind {
            QuotaKind::RegionalGroup { regional_group } => regional_group.label().to_owned(),
            QuotaKind::StakeholderGroup { stakeholder_group } => {
                stakeholder_group.label().to_owned()
            }
            QuotaKind::DesignatedStates { states } => states.join(", "),
        });
        Ok(QuotaFields {
            label,
            kind,
            seats,
            hard: self.hard.unwrap_or(true),
        })
    }
}

code_enum! {
    /// The role a membership gives in a body (process-wgec.md §7.3).
    pub enum Role {
        /// Chair.
        Chair = "chair" => "Chair",
        /// Vice-Chair.
        ViceChair = "vice_chair" => "Vice-Chair",
        /// Member.
        Member = "member" => "Member",
        /// Alternate of a member.
        Alternate = "alternate" => "Alternate",
        /// Observer: attends, cannot block consensus, holds no seat.
        Observer = "observer" => "Observer",
        /// Facilitator or coordinator of a sub-process.
        Facilitator = "facilitator" => "Facilitator",
        /// Focal point of a regional or stakeholder group.
        FocalPoint = "focal_point" => "Focal point",
        /// Secretariat: services the body, holds the pen, holds no seat.
        Secretariat = "secretariat" => "Secretariat",
    }
}

impl Role {
    /// Whether a membership in this role, linked to a quota, counts as filling one of its seats.
    /// Alternates stand in for a seat without filling another one.
    pub fn fills_seat(self) -> bool {
        matches!(
            self,
            Role::Chair | Role::ViceChair | Role::Member | Role::Facilitator
        )
    }
}

/// A membership's settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MembershipFields {
    /// The quota whose seat it fills, if any.
    pub quota_id: Option<QuotaId>,
    /// The role.
    pub role: Role,
    /// The state that holds the seat (ISO alpha-2).
    pub state: Option<String>,
    /// The organisation that holds the seat.
    pub organization_id: Option<OrganizationId>,
    /// The person who sits: for the state or organisation, or in their own right.
    pub person_id: Option<PersonId>,
    /// From when.
    #[serde(with = "dates::option_iso")]
    pub start_date: Option<Date>,
    /// Until when.
    #[serde(with = "dates::option_iso")]
    pub end_date: Option<Date>,
    /// Serves in a personal capacity rather than for a state or organisation.
    pub personal_capacity: bool,
    /// Who nominated the member (a regional group, a focal point…).
    pub nominated_by: Option<String>,
    /// True for demonstration content that is illustrative rather than sourced.
    pub illustrative: bool,
}

/// A membership as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Membership {
    /// Its id.
    pub id: MembershipId,
    /// The body.
    pub body_id: BodyId,
    /// Its settings.
    #[serde(flatten)]
    pub fields: MembershipFields,
}

/// A membership as a form or the API submits it.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct MembershipForm {
    /// Quota id.
    pub quota_id: Option<i64>,
    /// Role code.
    pub role: Option<String>,
    /// State ISO code.
    pub state: Option<String>,
    /// Organisation id.
    pub organization_id: Option<i64>,
    /// Person id.
    pub person_id: Option<i64>,
    /// Start, `YYYY-MM-DD`.
    pub start_date: Option<String>,
    /// End, `YYYY-MM-DD`.
    pub end_date: Option<String>,
    /// Serves in a personal capacity.
    pub personal_capacity: Option<bool>,
    /// Nominated by.
    pub nominated_by: Option<String>,
    /// Illustrative demonstration content.
    pub illustrative: Option<bool>,
}

impl MembershipForm {
    /// Checks what can be checked without the database.
    pub fn parse(&self) -> Result<MembershipFields, Invalid> {
        let mut e = Errors::default();
        let role = e.take(parse_code(
            "role",
            self.role.as_deref(),
            Some(Role::Member),
            Role::parse,
            Role::expected,
        ));
        let state = match self
            .state
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            Some(code) => e
                .take(parse_country("state", code))
                .map(|s| Some(s.iso2.to_owned())),
            None => Some(None),
        };
        let start_date = e.take(parse_optional_date(
            "start_date",
            self.start_date.as_deref(),
        ));
        let end_date = e.take(parse_optional_date("end_date", self.end_date.as_deref()));
        let nominated_by = e.take(text::optional(
            "nominated_by",
            self.nominated_by.as_deref(),
            200,
        ));
        if let (Some(Some(start)), Some(Some(end))) = (start_date, end_date) {
            if end < start {
                e.add(
                    "end_date",
                    "ends_before_start",
                    "The end date is before the start date",
                );
            }
        }
        if self.state.as_deref().is_none_or(|s| s.trim().is_empty())
            && self.organization_id.is_none()
            && self.person_id.is_none()
        {
            e.add(
                "state",
                "holder_required",
                "Name the state, organization or person who takes the membership",
            );
        }
        if role == Some(Role::Observer) && self.quota_id.is_some() {
            e.add(
                "quota_id",
                "observer_without_seat",
                "Observers do not fill seats; leave the seat empty",
            );
        }
        e.finish()?;
        let (Some(role), Some(state), Some(start_date), Some(end_date), Some(nominated_by)) =
            (role, state, start_date, end_date, nominated_by)
        else {
            return Err(Invalid::one("form", "internal", "Incomplete form"));
        };
        Ok(MembershipFields {
            quota_id: self.quota_id.map(QuotaId),
            role,
            state,
            organization_id: self.organization_id.map(OrganizationId),
            person_id: self.person_id.map(PersonId),
            start_date,
            end_date,
            personal_capacity: self.personal_capacity.unwrap_or(false),
            nominated_by,
            illustrative: self.illustrative.unwrap_or(false),
        })
    }
}

/// What the store knows about who would take a membership: the state it is for (that of the
/// seat holder, or the person's country) and the stakeholder group it belongs to.
#[derive(Debug, Clone, Default)]
pub struct HolderFacts {
    /// The state holding the seat, when a state holds it.
    pub seat_state: Option<&'static State>,
    /// The country of the holder (a state itself, or an organisation's or person's country).
    pub country: Option<&'static State>,
    /// The holder's stakeholder group.
    pub stakeholder_group: Option<StakeholderGroup>,
    /// A display name, for messages.
    pub name: String,
}

/// The dates a membership covers, open ends closed by the body's own dates.
pub fn effective_range(m: &MembershipFields, body: &BodyFields) -> (Date, Date) {
    let start = m.start_date.or(body.start_date).unwrap_or(Date::MIN);
    let end = m.end_date.or(body.end_date).unwrap_or(Date::MAX);
    (start, end)
}

/// The largest number of the inclusive date ranges that are current on one same day.
pub fn max_concurrent(ranges: &[(Date, Date)]) -> usize {
    // Sweep: a start counts from its day, an end stops counting the day after.
    let mut edges: Vec<(Date, i32)> = Vec::with_capacity(ranges.len() * 2);
    for &(start, end) in ranges {
        edges.push((start, 1));
        edges.push((end.next_day().unwrap_or(Date::MAX), -1));
    }
    // At the same day, ends (-1) come before starts (+1).
    edges.sort_unstable();
    let (mut current, mut max) = (0i32, 0i32);
    for (_, delta) in edges {
        current += delta;
        max = max.max(current);
    }
    usize::try_from(max).unwrap_or(0)
}

/// Checks a new membership against the body's dates, the quota's eligibility rule and, for a
/// hard quota, its number of seats given the memberships already in that quota.
pub fn check_membership(
    body: &BodyFields,
    quota: Option<&SeatQuota>,
    new: &MembershipFields,
    holder: &HolderFacts,
    others_in_quota: &[MembershipFields],
) -> Result<(), Invalid> {
    let mut e = Errors::default();
    for (field, date) in [("start_date", new.start_date), ("end_date", new.end_date)] {
        if let Some(date) = date {
            if !body.covers(date) {
                e.add(field, "outside_body_dates", outside_message(body, date));
            }
        }
    }
    if let Some(quota) = quota {
        if let Err(error) = check_eligibility(&quota.fields, holder) {
            e.take::<()>(Err(error));
        }
        if quota.fields.hard && new.role.fills_seat() {
            let mut ranges: Vec<(Date, Date)> = others_in_quota
                .iter()
                .filter(|m| m.role.fills_seat())
                .map(|m| effective_range(m, body))
                .collect();
            ranges.push(effective_range(new, body));
            let needed = max_concurrent(&ranges);
            let seats = quota.fields.seats as usize;
            if needed > seats {
                e.add(
                    "quota_id",
                    "quota_full",
                    format!(
                        "The quota “{}” has {seats} seat{}, all filled for these dates; end a current membership or choose other dates",
                        quota.fields.label,
                        if seats == 1 { "" } else { "s" }
                    ),
                );
            }
        }
    }
    e.finish()
}

fn outside_message(body: &BodyFields, date: Date) -> String {
    let fmt = |d: Option<Date>| d.map(dates::format_date).unwrap_or_else(|| "…".to_owned());
    format!(
        "{} is outside the dates of {} ({} to {})",
        dates::format_date(date),
        body.acronym,
        fmt(body.start_date),
        fmt(body.end_date)
    )
}

fn check_eligibility(quota: &QuotaFields, holder: &HolderFacts) -> Result<(), FieldError> {
    let refuse = |why: String| Err(FieldError::new("quota_id", "not_eligible", why));
    match &quota.kind {
        QuotaKind::RegionalGroup { regional_group } => match holder.seat_state {
            Some(state) if state.regional_group == Some(*regional_group) => Ok(()),
            Some(state) => refuse(format!(
                "{} is not one of the {}, so it cannot fill a seat of “{}”",
                state.name,
                regional_group.label(),
                quota.label
            )),
            None => refuse(format!("Only a state can fill a seat of “{}”", quota.label)),
        },
        QuotaKind::StakeholderGroup { stakeholder_group } => match holder.stakeholder_group {
            Some(group) if group == *stakeholder_group => Ok(()),
            Some(group) => refuse(format!(
                "{} belongs to the group “{}”, so it cannot fill a seat of “{}”",
                holder.name,
                group.label(),
                quota.label
            )),
            None => refuse(format!(
                "{} has no stakeholder group; set one before giving it a seat of “{}”",
                holder.name, quota.label
            )),
        },
        QuotaKind::DesignatedStates { states } => match holder.seat_state {
            Some(state) if states.iter().any(|s| s == state.iso2) => Ok(()),
            _ => refuse(format!(
                "Only {} can fill a seat of “{}”",
                states.join(", "),
                quota.label
            )),
        },
    }
}

/// How a quota stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum BalanceStatus {
    /// Exactly as many members as seats.
    Filled,
    /// Seats left to fill.
    Vacant {
        /// How many.
        vacant: u32,
    },
    /// More members than seats (possible on a soft quota, or after a quota was reduced).
    Over {
        /// By how many.
        over: u32,
    },
}

/// One line of the balance check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QuotaBalance {
    /// The quota.
    #[serde(flatten)]
    pub quota: SeatQuota,
    /// Seats filled on the reference date.
    pub filled: u32,
    /// Filled, vacant or over.
    #[serde(flatten)]
    pub status: BalanceStatus,
}

/// The date a body's composition is shown for: today, or the nearest day the body existed.
pub fn reference_date(body: &BodyFields, today: Date) -> Date {
    let mut day = today;
    if let Some(end) = body.end_date {
        day = day.min(end);
    }
    if let Some(start) = body.start_date {
        day = day.max(start);
    }
    day
}

/// Whether a membership is current on `day`.
pub fn is_current(m: &MembershipFields, body: &BodyFields, day: Date) -> bool {
    let (start, end) = effective_range(m, body);
    start <= day && day <= end
}

/// The balance check: per quota, how many seats are filled on `day`.
pub fn balance(
    body: &BodyFields,
    quotas: &[SeatQuota],
    memberships: &[Membership],
    day: Date,
) -> Vec<QuotaBalance> {
    quotas
        .iter()
        .map(|quota| {
            let filled = memberships
                .iter()
                .filter(|m| m.fields.quota_id == Some(quota.id))
                .filter(|m| m.fields.role.fills_seat() && is_current(&m.fields, body, day))
                .count();
            let filled = u32::try_from(filled).unwrap_or(u32::MAX);
            let seats = quota.fields.seats;
            let status = match filled.cmp(&seats) {
                std::cmp::Ordering::Equal => BalanceStatus::Filled,
                std::cmp::Ordering::Less => BalanceStatus::Vacant {
                    vacant: seats - filled,
                },
                std::cmp::Ordering::Greater => BalanceStatus::Over {
                    over: filled - seats,
                },
            };
            QuotaBalance {
                quota: quota.clone(),
                filled,
                status,
            }
        })
        .collect()
}

/// Seated members counted by regional group (rows) and stakeholder group (columns).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CompositionMatrix {
    /// One row per regional group, then one for members with no regional group.
    pub rows: Vec<MatrixRow>,
    /// Totals per stakeholder group, in `StakeholderGroup::ALL` order.
    pub column_totals: Vec<u32>,
    /// All seated members.
    pub total: u32,
}

/// A row of the composition matrix.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MatrixRow {
    /// The regional group; `None` for members outside any group.
    pub regional_group: Option<RegionalGroup>,
    /// Counts per stakeholder group, in `StakeholderGroup::ALL` order.
    pub counts: Vec<u32>,
    /// The row's total.
    pub total: u32,
}

/// Counts seated members by regional group and stakeholder group. Members with no stakeholder
/// group are counted in the totals only.
pub fn composition_matrix(
    seated: impl IntoIterator<Item = (Option<RegionalGroup>, Option<StakeholderGroup>)>,
) -> CompositionMatrix {
    let groups: Vec<Option<RegionalGroup>> = RegionalGroup::ALL
        .iter()
        .copied()
        .map(Some)
        .chain([None])
        .collect();
    let width = StakeholderGroup::ALL.len();
    let mut rows: Vec<MatrixRow> = groups
        .iter()
        .map(|g| MatrixRow {
            regional_group: *g,
            counts: vec![0; width],
            total: 0,
        })
        .collect();
    let mut column_totals = vec![0; width];
    let mut total = 0;
    for (region, stakeholder) in seated {
        let row_index = groups
            .iter()
            .position(|g| *g == region)
            .unwrap_or(groups.len() - 1);
        let row = &mut rows[row_index];
        row.total += 1;
        total += 1;
        if let Some(column) =
            stakeholder.and_then(|s| StakeholderGroup::ALL.iter().position(|g| *g == s))
        {
            row.counts[column] += 1;
            column_totals[column] += 1;
        }
    }
    CompositionMatrix {
        rows,
        column_totals,
        total,
    }
}

/// A membership with the names shown beside it and the groups it counts in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MembershipView {
    /// The membership.
    #[serde(flatten)]
    pub membership: Membership,
    /// The body's acronym.
    pub body_acronym: String,
    /// The body's name.
    pub body_name: String,
    /// The label of the quota whose seat it fills.
    pub quota_label: Option<String>,
    /// The name of the state holding the seat.
    pub state_name: Option<String>,
    /// The name of the organisation holding the seat.
    pub organization_name: Option<String>,
    /// The name of the person who sits.
    pub person_name: Option<String>,
    /// The regional group it counts in (the state's, else the organisation's or person's country's).
    pub regional_group: Option<RegionalGroup>,
    /// The stakeholder group it counts in (governments for a state).
    pub stakeholder_group: Option<StakeholderGroup>,
}

impl MembershipView {
    /// Who holds the membership, in words: "Brazil (Benedicto Fonseca Filho)", "APC", "Peter Major".
    pub fn holder(&self) -> String {
        let seat = self.state_name.as_ref().or(self.organization_name.as_ref());
        match (seat, &self.person_name) {
            (Some(seat), Some(person)) => format!("{seat} ({person})"),
            (Some(seat), None) => seat.clone(),
            (None, Some(person)) => person.clone(),
            (None, None) => String::new(),
        }
    }
}

#[cfg(test)]
mod tests;
