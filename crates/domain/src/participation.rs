//! Participation in meetings: observers (accredited organisations, non-member states) register
//! with the details the secretariat asks for, within the meeting's cap and subject to approval —
//! the WGEC admitted the first 20–25 organisations — with a waiting list beyond it.

use serde::{Deserialize, Serialize};

use crate::account::Email;
use crate::body::parse_code;
use crate::error::{Errors, Invalid};
use crate::ids::MeetingId;
use crate::reference::parse_country;
use crate::stakeholder::StakeholderGroup;
use crate::text;

code_enum! {
    /// Where a registration stands.
    pub enum RegistrationStatus {
        /// Registered, waiting for the secretariat's approval.
        Pending = "pending" => "Awaiting approval",
        /// Approved: has a seat in the room.
        Approved = "approved" => "Approved",
        /// The cap is reached: waiting for a place.
        WaitingList = "waiting_list" => "Waiting list",
        /// Declined by the secretariat.
        Declined = "declined" => "Declined",
    }
}

/// A registration as stored. The e-mail address is for the secretariat only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Registration {
    /// Its id.
    pub id: i64,
    /// The meeting.
    pub meeting_id: MeetingId,
    /// Name of the participant.
    pub name: String,
    /// Organisation or state represented.
    pub organization: String,
    /// Contact address (not published).
    #[serde(skip)]
    pub email: String,
    /// Stakeholder group.
    pub stakeholder_group: StakeholderGroup,
    /// Country (ISO alpha-2).
    pub country: Option<String>,
    /// Where it stands.
    pub status: RegistrationStatus,
    /// Took part in the meeting.
    pub attended: bool,
}

/// A registration as the form submits it.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RegistrationForm {
    /// Name.
    pub name: Option<String>,
    /// Organisation or state represented.
    pub organization: Option<String>,
    /// E-mail address.
    pub email: Option<String>,
    /// Stakeholder group code.
    pub stakeholder_group: Option<String>,
    /// Country code.
    pub country: Option<String>,
}

/// A checked registration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewRegistration {
    /// Name.
    pub name: String,
    /// Organisation or state represented.
    pub organization: String,
    /// E-mail address.
    pub email: Email,
    /// Stakeholder group.
    pub stakeholder_group: StakeholderGroup,
    /// Country.
    pub country: Option<String>,
}

impl RegistrationForm {
    /// Checks every field.
    pub fn parse(&self) -> Result<NewRegistration, Invalid> {
        let mut e = Errors::default();
        let name = e.take(text::required("name", self.name.as_deref(), 200));
        let organization = e.take(text::required(
            "organization",
            self.organization.as_deref(),
            300,
        ));
        let email = e.take(Email::parse(
            "email",
            self.email.as_deref().unwrap_or_default(),
        ));
        let group = e.take(parse_code(
            "stakeholder_group",
            self.stakeholder_group.as_deref(),
            None,
            StakeholderGroup::parse,
            StakeholderGroup::expected,
        ));
        let country = match self
            .country
            .as_deref()
            .map(str::trim)
            .filter(|c| !c.is_empty())
        {
            None => Some(None),
            Some(code) => e
                .take(parse_country("country", code))
                .map(|s| Some(s.iso2.to_owned())),
        };
        e.finish()?;
        let (Some(name), Some(organization), Some(email), Some(stakeholder_group), Some(country)) =
            (name, organization, email, group, country)
        else {
            return Err(Invalid::one("form", "internal", "Incomplete form"));
        };
        Ok(NewRegistration {
            name,
            organization,
            email,
            stakeholder_group,
            country,
        })
    }
}

/// The status a new registration gets: pending approval while the approved and pending
/// observers are fewer than the cap, the waiting list beyond it. No cap means no limit.
pub fn status_for_new(cap: Option<u32>, holding_places: usize) -> RegistrationStatus {
    match cap {
        Some(cap) if holding_places >= cap as usize => RegistrationStatus::WaitingList,
        _ => RegistrationStatus::Pending,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cap_sends_latecomers_to_the_waiting_list() {
        assert_eq!(status_for_new(Some(25), 24), RegistrationStatus::Pending);
        assert_eq!(
            status_for_new(Some(25), 25),
            RegistrationStatus::WaitingList
        );
        assert_eq!(status_for_new(None, 1000), RegistrationStatus::Pending);
    }

    #[test]
    fn registrations_are_checked() {
        let err = RegistrationForm {
            name: Some("Avri Doria".into()),
            email: Some("avri".into()),
            stakeholder_group: Some("civil".into()),
            country: Some("XX".into()),
            ..Default::default()
        }
        .parse()
        .unwrap_err();
        let fields: Vec<_> = err.errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            fields,
            ["organization", "email", "stakeholder_group", "country"]
        );
    }
}
