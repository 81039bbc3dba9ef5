//! The stakeholder groups of the Tunis Agenda as the WGEC used them, their sub-categories, and
//! the ECOSOC consultative status that organisations may hold.

use serde::Serialize;

code_enum! {
    /// A stakeholder group (Tunis Agenda paras 35–36, as the WGEC grouped them).
    pub enum StakeholderGroup {
        /// Governments (Member States and observer states).
        Government = "government" => "Governments",
        /// The private sector and business.
        PrivateSector = "private_sector" => "Private sector",
        /// Civil society.
        CivilSociety = "civil_society" => "Civil society",
        /// The technical and academic community.
        TechnicalAcademic = "technical_academic" => "Technical and academic community",
        /// Intergovernmental and international organisations.
        Intergovernmental = "intergovernmental" => "Intergovernmental and international organizations",
    }
}

code_enum! {
    /// ECOSOC consultative status of a non-governmental organisation.
    pub enum EcosocStatus {
        /// No consultative status.
        None = "none" => "No consultative status",
        /// General consultative status.
        General = "general" => "General consultative status",
        /// Special consultative status.
        Special = "special" => "Special consultative status",
        /// On the Roster.
        Roster = "roster" => "Roster",
    }
}

impl EcosocStatus {
    /// Whether the organisation holds any consultative status.
    pub fn has_status(self) -> bool {
        self != EcosocStatus::None
    }
}

/// A sub-category within a stakeholder group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct SubCategory {
    /// Stable code, unique across groups.
    pub code: &'static str,
    /// English label.
    pub label: &'static str,
    /// The group it belongs to.
    pub group: StakeholderGroup,
}

const fn sub(code: &'static str, label: &'static str, group: StakeholderGroup) -> SubCategory {
    SubCategory { code, label, group }
}

/// Every sub-category, grouped by stakeholder group.
pub const SUB_CATEGORIES: &[SubCategory] = &[
    sub(
        "national_government",
        "National government or ministry",
        StakeholderGroup::Government,
    ),
    sub(
        "permanent_mission",
        "Permanent mission",
        StakeholderGroup::Government,
    ),
    sub(
        "regulator",
        "Regulatory authority",
        StakeholderGroup::Government,
    ),
    sub(
        "subnational_government",
        "Regional or local authority",
        StakeholderGroup::Government,
    ),
    sub("company", "Company", StakeholderGroup::PrivateSector),
    sub(
        "business_association",
        "Business or industry association",
        StakeholderGroup::PrivateSector,
    ),
    sub(
        "chamber_of_commerce",
        "Chamber of commerce",
        StakeholderGroup::PrivateSector,
    ),
    sub(
        "ngo",
        "Non-governmental organization",
        StakeholderGroup::CivilSociety,
    ),
    sub(
        "network_or_coalition",
        "Network or coalition",
        StakeholderGroup::CivilSociety,
    ),
    sub("foundation", "Foundation", StakeholderGroup::CivilSociety),
    sub("trade_union", "Trade union", StakeholderGroup::CivilSociety),
    sub("individual", "Individual", StakeholderGroup::CivilSociety),
    sub(
        "technical_organization",
        "Internet technical organization",
        StakeholderGroup::TechnicalAcademic,
    ),
    sub(
        "academic_institution",
        "University or research institute",
        StakeholderGroup::TechnicalAcademic,
    ),
    sub(
        "individual_expert",
        "Individual expert",
        StakeholderGroup::TechnicalAcademic,
    ),
    sub(
        "un_system",
        "UN system entity",
        StakeholderGroup::Intergovernmental,
    ),
    sub(
        "intergovernmental",
        "Other intergovernmental organization",
        StakeholderGroup::Intergovernmental,
    ),
    sub(
        "international_organization",
        "International organization",
        StakeholderGroup::Intergovernmental,
    ),
];

/// Finds a sub-category by code.
pub fn sub_category(code: &str) -> Option<&'static SubCategory> {
    SUB_CATEGORIES.iter().find(|s| s.code == code)
}

/// The sub-categories of one group.
pub fn sub_categories_of(group: StakeholderGroup) -> impl Iterator<Item = &'static SubCategory> {
    SUB_CATEGORIES.iter().filter(move |s| s.group == group)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn five_groups_each_with_sub_categories() {
        assert_eq!(StakeholderGroup::ALL.len(), 5);
        for group in StakeholderGroup::ALL {
            assert!(sub_categories_of(*group).count() >= 2, "{group}");
        }
        let mut codes: Vec<_> = SUB_CATEGORIES.iter().map(|s| s.code).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), SUB_CATEGORIES.len());
    }

    #[test]
    fn codes_round_trip() {
        for group in StakeholderGroup::ALL {
            assert_eq!(StakeholderGroup::parse(group.code()), Some(*group));
        }
        assert_eq!(StakeholderGroup::parse("business"), None);
    }
}
