//! Who may do what, where: the one place that decides. Every route asks [`decide`] with the
//! acting user (or nobody) and the action; the answer is allowed, sign in first, or forbidden.
//!
//! Roles come from the process (process-wgec.md §7.3): the platform administrator; per body,
//! the secretariat, the Chair and Vice-Chairs, facilitators, members, observers; and the public.
//! A user's roles in a body are those of the person the account speaks for, through current
//! memberships; the secretariat of a body also serves its sub-groups.

use crate::composition::Role;
use crate::ids::{BodyId, UserId};

/// Something a user may want to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Read what is published: open to everyone.
    ReadPublic,
    /// See and change one's own account.
    ManageOwnAccount,
    /// Create a body with no parent.
    CreateTopLevelBody,
    /// Create a sub-group of a body (breakout, ad hoc, correspondence group…).
    CreateSubBody(BodyId),
    /// Change a body's details or lifecycle.
    EditBody(BodyId),
    /// Add seats and memberships to a body, and invite people to take them.
    ManageComposition(BodyId),
    /// Write the record of a body's meeting: the Chair's summary and the outcome of each agenda
    /// item. The summary is the Chair's own text, so the chair and vice-chairs hold this pen as
    /// well as the secretariat that drafts for them.
    WriteMeetingRecord(BodyId),
    /// Propose the topics of a body's work and record the body's decision on them: the Chair
    /// proposes (as the WGEC Chair proposed its shortlist), the secretariat records.
    ManageTopics(BodyId),
    /// Start and revise a body's negotiating texts: the Chair and vice-chairs hold the pen, as
    /// the secretariat that drafts for them does.
    DraftTexts(BodyId),
    /// Take a position on a text for a seat one holds (any role but the secretariat's), or
    /// record one stated in the room for any seat (the secretariat, the Chair and vice-chairs).
    TakePositions(BodyId),
    /// Compile and review the responses to a body's calls: record the issues they raise with
    /// their sources, merge and sort them, code answers with themes. The secretariat does this,
    /// and so do the Chair, vice-chairs, facilitators and members, because in 2013 a task force
    /// of members extracted the issues. Observers do not.
    CompileInputs(BodyId),
    /// Answer a call for input open to the body's members only.
    AnswerAsMember(BodyId),
    /// Take part where the public is invited: vote and add statements in an opinion
    /// conversation, comment in a public reading. Any account whose address is confirmed, so
    /// that every voice is a person who can be reached, and one account is one voice.
    TakePart,
    /// Record and edit people and organisations.
    ManageDirectory,
    /// Record and edit the mechanisms of the registry every body shares: the secretariat of any
    /// body, and the coordinators (facilitators) of any body, who keep a mapping.
    EditRegistry,
    /// Propose rows and assessments in a body's mapping. The WGEC's correspondence group was
    /// open to all stakeholders, so in a body open to all any confirmed account may; otherwise
    /// its members, coordinators, Chair, vice-chairs and secretariat.
    ContributeToMapping {
        /// The body whose mapping it is.
        body: BodyId,
        /// The body is open to all.
        open_to_all: bool,
    },
    /// Accept or contest the rows of a body's mapping, explain its gaps, set out options and
    /// refer them, issue snapshots: its coordinators (facilitators), Chair and vice-chairs, and
    /// the secretariat. Contributors have no decision power (ToR 7).
    CoordinateMapping(BodyId),
    /// Read the mail outbox and the administration pages.
    Administer,
}

/// The answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    /// Go ahead.
    Allowed,
    /// Sign in first (nobody is signed in).
    SignInRequired,
    /// Signed in, but not allowed.
    Forbidden,
}

/// A signed-in user with their roles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    /// The account.
    pub user_id: UserId,
    /// Name to show.
    pub display_name: String,
    /// Platform administrator.
    pub is_admin: bool,
    /// The account's e-mail address is confirmed.
    pub confirmed: bool,
    /// The roles the user holds, body by body, each with the chain of that body's ancestors
    /// (nearest first), so that a secretariat also serves sub-groups.
    pub roles: Vec<BodyRole>,
}

/// A role in a body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BodyRole {
    /// The body.
    pub body: BodyId,
    /// The role.
    pub role: Role,
    /// The body's descendants are also covered by a secretariat role; this lists the bodies
    /// the role reaches (the body itself and its sub-groups, transitively).
    pub reaches: Vec<BodyId>,
}

impl Actor {
    fn holds(&self, body: BodyId, roles: &[Role]) -> bool {
        self.roles
            .iter()
            .any(|r| roles.contains(&r.role) && r.body == body)
    }

    fn holds_reaching(&self, body: BodyId, roles: &[Role]) -> bool {
        self.roles
            .iter()
            .any(|r| roles.contains(&r.role) && (r.body == body || r.reaches.contains(&body)))
    }

    /// Whether the user is the secretariat of any body.
    pub fn is_secretariat_somewhere(&self) -> bool {
        self.roles.iter().any(|r| r.role == Role::Secretariat)
    }
}

/// Decides whether `actor` (or the public, when `None`) may do `action`.
pub fn decide(actor: Option<&Actor>, action: Action) -> Decision {
    if action == Action::ReadPublic {
        return Decision::Allowed;
    }
    let Some(actor) = actor else {
        return Decision::SignInRequired;
    };
    let allowed = actor.is_admin
        || match action {
            Action::ReadPublic | Action::ManageOwnAccount => true,
            Action::TakePart => actor.confirmed,
            Action::CreateTopLevelBody | Action::Administer => false,
            Action::CreateSubBody(parent) => {
                actor.holds_reaching(parent, &[Role::Secretariat])
                    || actor.holds(parent, &[Role::Chair])
            }
            Action::EditBody(body) | Action::ManageComposition(body) => {
                actor.holds_reaching(body, &[Role::Secretariat])
            }
            Action::WriteMeetingRecord(body)
            | Action::ManageTopics(body)
            | Action::DraftTexts(body) => {
                actor.holds_reaching(body, &[Role::Secretariat])
                    || actor.holds(body, &[Role::Chair, Role::ViceChair])
            }
            Action::TakePositions(body) => {
                actor.holds_reaching(body, &[Role::Secretariat])
                    || actor.holds(
                        body,
                        &[
                            Role::Chair,
                            Role::ViceChair,
                            Role::Member,
                            Role::Alternate,
                            Role::Observer,
                            Role::Facilitator,
                            Role::FocalPoint,
                        ],
                    )
            }
            Action::CompileInputs(body) => {
                actor.holds_reaching(body, &[Role::Secretariat])
                    || actor.holds(
                        body,
                        &[
                            Role::Chair,
                            Role::ViceChair,
                            Role::Facilitator,
                            Role::Member,
                            Role::Alternate,
                        ],
                    )
            }
            Action::AnswerAsMember(body) => actor.holds(
                body,
                &[Role::Chair, Role::ViceChair, Role::Member, Role::Alternate],
            ),
            Action::ManageDirectory => actor.is_secretariat_somewhere(),
            Action::EditRegistry => {
                actor.is_secretariat_somewhere()
                    || actor.roles.iter().any(|r| r.role == Role::Facilitator)
            }
            Action::ContributeToMapping { body, open_to_all } => {
                (open_to_all && actor.confirmed)
                    || actor.holds_reaching(body, &[Role::Secretariat])
                    || actor.holds(
                        body,
                        &[
                            Role::Chair,
                            Role::ViceChair,
                            Role::Facilitator,
                            Role::Member,
                            Role::Alternate,
                        ],
                    )
            }
            Action::CoordinateMapping(body) => {
                actor.holds_reaching(body, &[Role::Secretariat])
                    || actor.holds(body, &[Role::Chair, Role::ViceChair, Role::Facilitator])
            }
        };
    if allowed {
        Decision::Allowed
    } else {
        Decision::Forbidden
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn actor(roles: Vec<BodyRole>, is_admin: bool) -> Actor {
        Actor {
            user_id: UserId(1),
            display_name: "x".into(),
            is_admin,
            confirmed: true,
            roles,
        }
    }

    #[test]
    fn a_mapping_open_to_all_takes_any_confirmed_account_and_coordinators_decide() {
        let body = BodyId(7);
        let open = Action::ContributeToMapping {
            body,
            open_to_all: true,
        };
        let closed = Action::ContributeToMapping {
            body,
            open_to_all: false,
        };
        let stranger = actor(Vec::new(), false);
        assert_eq!(decide(Some(&stranger), open), Decision::Allowed);
        assert_eq!(decide(Some(&stranger), closed), Decision::Forbidden);
        let unconfirmed = Actor {
            confirmed: false,
            ..stranger.clone()
        };
        assert_eq!(decide(Some(&unconfirmed), open), Decision::Forbidden);
        assert_eq!(
            decide(Some(&stranger), Action::CoordinateMapping(body)),
            Decision::Forbidden
        );
        let coordinator = actor(
            vec![BodyRole {
                body,
                role: Role::Facilitator,
                reaches: vec![body],
            }],
            false,
        );
        assert_eq!(
            decide(Some(&coordinator), Action::CoordinateMapping(body)),
            Decision::Allowed
        );
        assert_eq!(
            decide(Some(&coordinator), Action::EditRegistry),
            Decision::Allowed
        );
        assert_eq!(
            decide(Some(&stranger), Action::EditRegistry),
            Decision::Forbidden
        );
    }

    #[test]
    fn only_a_confirmed_account_takes_part_where_the_public_is_invited() {
        assert_eq!(decide(None, Action::TakePart), Decision::SignInRequired);
        let confirmed = actor(Vec::new(), false);
        assert_eq!(
            decide(Some(&confirmed), Action::TakePart),
            Decision::Allowed
        );
        let unconfirmed = Actor {
            confirmed: false,
            ..actor(Vec::new(), false)
        };
        assert_eq!(
            decide(Some(&unconfirmed), Action::TakePart),
            Decision::Forbidden
        );
    }

    fn role(body: i64, role: Role, reaches: &[i64]) -> BodyRole {
        BodyRole {
            body: BodyId(body),
            role,
            reaches: reaches.iter().map(|b| BodyId(*b)).collect(),
        }
    }

    #[test]
    fn the_public_reads_and_is_asked_to_sign_in_for_the_rest() {
        assert_eq!(decide(None, Action::ReadPublic), Decision::Allowed);
        assert_eq!(
            decide(None, Action::EditBody(BodyId(1))),
            Decision::SignInRequired
        );
        assert_eq!(
            decide(None, Action::ManageOwnAccount),
            Decision::SignInRequired
        );
    }

    #[test]
    fn the_secretariat_of_a_body_serves_its_sub_groups_but_not_its_parent() {
        // CSTD = 1, WGEC = 2 (child of 1), correspondence group = 3 (child of 2).
        let secretariat = actor(vec![role(2, Role::Secretariat, &[3])], false);
        assert_eq!(
            decide(Some(&secretariat), Action::EditBody(BodyId(2))),
            Decision::Allowed
        );
        assert_eq!(
            decide(Some(&secretariat), Action::ManageComposition(BodyId(3))),
            Decision::Allowed
        );
        assert_eq!(
            decide(Some(&secretariat), Action::EditBody(BodyId(1))),
            Decision::Forbidden
        );
        assert_eq!(
            decide(Some(&secretariat), Action::CreateSubBody(BodyId(2))),
            Decision::Allowed
        );
        assert_eq!(
            decide(Some(&secretariat), Action::ManageDirectory),
            Decision::Allowed
        );
        assert_eq!(
            decide(Some(&secretariat), Action::CreateTopLevelBody),
            Decision::Forbidden
        );
    }

    #[test]
    fn members_and_observers_read_only_and_the_chair_may_set_up_sub_groups() {
        let member = actor(vec![role(2, Role::Member, &[3])], false);
        assert_eq!(
            decide(Some(&member), Action::EditBody(BodyId(2))),
            Decision::Forbidden
        );
        assert_eq!(
            decide(Some(&member), Action::ManageDirectory),
            Decision::Forbidden
        );
        assert_eq!(
            decide(Some(&member), Action::ManageOwnAccount),
            Decision::Allowed
        );
        let chair = actor(vec![role(2, Role::Chair, &[3])], false);
        assert_eq!(
            decide(Some(&chair), Action::CreateSubBody(BodyId(2))),
            Decision::Allowed
        );
        assert_eq!(
            decide(Some(&chair), Action::CreateSubBody(BodyId(3))),
            Decision::Forbidden
        );
        assert_eq!(
            decide(Some(&chair), Action::EditBody(BodyId(2))),
            Decision::Forbidden
        );
    }

    #[test]
    fn the_chair_writes_the_meeting_record_of_their_own_body_only() {
        let chair = actor(vec![role(2, Role::Chair, &[3])], false);
        let vice_chair = actor(vec![role(2, Role::ViceChair, &[3])], false);
        let member = actor(vec![role(2, Role::Member, &[3])], false);
        let secretariat = actor(vec![role(3, Role::Secretariat, &[])], false);
        for (who, body, expected) in [
            (&chair, 2, Decision::Allowed),
            (&vice_chair, 2, Decision::Allowed),
            (&chair, 3, Decision::Forbidden),
            (&member, 2, Decision::Forbidden),
            (&secretariat, 3, Decision::Allowed),
        ] {
            assert_eq!(
                decide(Some(who), Action::WriteMeetingRecord(BodyId(body))),
                expected
            );
        }
    }

    #[test]
    fn the_administrator_may_do_everything() {
        let admin = actor(vec![], true);
        for action in [
            Action::CreateTopLevelBody,
            Action::Administer,
            Action::EditBody(BodyId(9)),
            Action::ManageDirectory,
        ] {
            assert_eq!(decide(Some(&admin), action), Decision::Allowed);
        }
    }
}
