//! How a text becomes agreed: the status of each paragraph (under negotiation, agreed ad ref,
//! agreed pending a delegation, agreed, closed), the positions members take, and the decision
//! that ends it — "It is so decided" when no formal objection stands, a recorded absence of
//! consensus, or a silence procedure that nobody breaks (process-wgec.md §5.1, §7.1, §7.2).

use serde::Serialize;

use super::notation::{Block, Draft, Paragraph};
use crate::body::DecisionRule;
use crate::composition::Role;
use crate::error::{Errors, Invalid};
use crate::ids::VersionNo;
use crate::reference::RegionalGroup;
use crate::stakeholder::StakeholderGroup;
use crate::text;

code_enum! {
    /// Where a paragraph stands. Brackets are read from the text itself; the status is what
    /// the room declared.
    pub enum ParagraphStatus {
        /// Still being negotiated.
        Open = "open" => "Under negotiation",
        /// Agreed ad referendum: agreed in the room, subject to confirmation by capitals.
        AdRef = "ad_ref" => "Agreed ad ref",
        /// Agreed by all but a named delegation, which has yet to confirm.
        AgreedPending = "agreed_pending" => "Agreed pending",
        /// Agreed.
        Agreed = "agreed" => "Agreed",
        /// Agreed and closed: not to be reopened but by a decision with a reason.
        Closed = "closed" => "Closed",
    }
}

impl ParagraphStatus {
    /// How far along the way to agreement, for ordering moves.
    fn rank(self) -> u8 {
        match self {
            ParagraphStatus::Open => 0,
            ParagraphStatus::AdRef => 1,
            ParagraphStatus::AgreedPending => 2,
            ParagraphStatus::Agreed => 3,
            ParagraphStatus::Closed => 4,
        }
    }

    /// Whether the text of a paragraph in this status may change: only by reopening it first
    /// once it is agreed or closed.
    pub fn locks_text(self) -> bool {
        matches!(self, ParagraphStatus::Agreed | ParagraphStatus::Closed)
    }
}

code_enum! {
    /// A member's position on a paragraph or a whole text.
    pub enum Stance {
        /// Supports it.
        Support = "support" => "Support",
        /// Does not like it but will not stand in the way.
        CanLive = "can_live" => "Can live with it",
        /// Joins but records a reservation.
        Reservation = "reservation" => "Reservation",
        /// Objects formally: under consensus, the text cannot be adopted.
        Objection = "objection" => "Formal objection",
    }
}

code_enum! {
    /// What became of a text.
    pub enum Outcome {
        /// Adopted: "It is so decided".
        Adopted = "adopted" => "It is so decided",
        /// No consensus was found: a normal outcome, recorded as such.
        NoConsensus = "no_consensus" => "No consensus",
    }
}

code_enum! {
    /// How the decision was taken.
    pub enum DecisionMethod {
        /// Declared by the Chair in the room.
        Declared = "declared" => "Declared by the Chair",
        /// At the end of a silence procedure.
        Silence = "silence" => "Silence procedure",
    }
}

code_enum! {
    /// Where a silence procedure stands.
    pub enum SilenceState {
        /// Circulated; silence runs until the deadline.
        Running = "running" => "Under silence procedure",
        /// A member objected before the deadline.
        Broken = "broken" => "Silence broken",
        /// The deadline passed with no objection: the text is adopted.
        Passed = "passed" => "Silence not broken",
    }
}

/// A silence procedure lasts at least this long, unless the body sets it longer.
pub const MIN_SILENCE_HOURS: i64 = 72;

/// A change of a paragraph's status as a form submits it.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct StatusForm {
    /// The paragraph's number ("OP5 bis").
    pub paragraph: Option<String>,
    /// A [`ParagraphStatus`] code.
    pub status: Option<String>,
    /// The delegation whose confirmation is awaited (agreed pending).
    pub pending: Option<String>,
    /// Why; required to reopen.
    pub reason: Option<String>,
}

/// A change of status, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusChange {
    /// The paragraph's number as printed.
    pub paragraph: String,
    /// The new status.
    pub status: ParagraphStatus,
    /// The delegation awaited.
    pub pending: Option<String>,
    /// Why.
    pub reason: Option<String>,
}

/// The paragraph numbered `label` in `draft`.
pub fn find_paragraph<'a>(draft: &'a Draft, label: &str) -> Option<&'a Paragraph> {
    draft.blocks.iter().find_map(|block| match block {
        Block::Paragraph(p) if p.number.to_string() == label => Some(p),
        _ => None,
    })
}

/// Whether a paragraph reads as one text with no bracket: only such a text can be agreed.
pub fn is_clean(paragraph: &Paragraph) -> bool {
    paragraph.alternatives.len() == 1
        && super::notation::count_brackets(&paragraph.alternatives[0]) == 0
}

impl StatusForm {
    /// Checks the change against the paragraph as it reads now and its current status.
    pub fn parse(
        &self,
        draft: &Draft,
        current: impl Fn(&str) -> ParagraphStatus,
    ) -> Result<StatusChange, Invalid> {
        let mut e = Errors::default();
        let label = self.paragraph.as_deref().map(str::trim).unwrap_or_default();
        let paragraph = find_paragraph(draft, label);
        if paragraph.is_none() {
            e.add_with(
                "paragraph",
                "no_such_paragraph",
                format!("The text has no paragraph {label}"),
                &[("paragraph", label.to_owned())],
            );
        }
        let status = e.take(crate::body::parse_code(
            "status",
            self.status.as_deref(),
            None,
            ParagraphStatus::parse,
            ParagraphStatus::expected,
        ));
        let pending = e
            .take(text::optional("pending", self.pending.as_deref(), 200))
            .flatten();
        let reason = e
            .take(text::optional("reason", self.reason.as_deref(), 1000))
            .flatten();
        e.finish()?;
        let (Some(paragraph), Some(status)) = (paragraph, status) else {
            return Err(Invalid::one("form", "internal", "Incomplete form"));
        };
        let from = current(label);
        check_move(
            from,
            status,
            is_clean(paragraph),
            pending.as_deref(),
            reason.as_deref(),
        )?;
        Ok(StatusChange {
            paragraph: label.to_owned(),
            status,
            pending: (status == ParagraphStatus::AgreedPending)
                .then_some(pending)
                .flatten(),
            reason,
        })
    }
}

/// The rules of the way to agreement: forward one or more steps, never agreeing a bracketed
/// text, closing only what is agreed; back only by reopening, with a reason.
pub fn check_move(
    from: ParagraphStatus,
    to: ParagraphStatus,
    clean: bool,
    pending: Option<&str>,
    reason: Option<&str>,
) -> Result<(), Invalid> {
    use ParagraphStatus::*;
    if from == to {
        return Err(Invalid::one(
            "status",
            "status_unchanged",
            format!("The paragraph is already “{}”", to.label()),
        )
        .with_arg("status", to.code()));
    }
    if to == Open {
        return match reason {
            Some(_) => Ok(()),
            None => Err(Invalid::one(
                "reason",
                "reopen_reason_required",
                "Say why the paragraph is reopened",
            )),
        };
    }
    if to.rank() < from.rank() {
        return Err(Invalid::one(
            "status",
            "status_backwards",
            "Reopen the paragraph first, with a reason",
        ));
    }
    if !clean {
        return Err(Invalid::one(
            "status",
            "paragraph_bracketed",
            "A paragraph with brackets or alternatives cannot be agreed; settle them in the text first",
        ));
    }
    if to == Closed && from != Agreed {
        return Err(Invalid::one(
            "status",
            "close_unagreed",
            "Only an agreed paragraph can be closed",
        ));
    }
    if to == AgreedPending && pending.is_none() {
        return Err(Invalid::one(
            "pending",
            "pending_required",
            "Name the delegation whose confirmation is awaited",
        ));
    }
    Ok(())
}

/// A position as a form submits it.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct PositionForm {
    /// The paragraph's number, or empty for the whole text.
    pub paragraph: Option<String>,
    /// The membership the position is taken for.
    pub membership: Option<i64>,
    /// A [`Stance`] code.
    pub stance: Option<String>,
    /// Why; required for a reservation or an objection.
    pub reason: Option<String>,
}

/// A position, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PositionTaken {
    /// The paragraph, or `None` for the whole text.
    pub paragraph: Option<String>,
    /// The membership.
    pub membership: i64,
    /// The stance.
    pub stance: Stance,
    /// Why.
    pub reason: Option<String>,
}

impl PositionForm {
    /// Checks the position against the text as it reads now.
    pub fn parse(&self, draft: &Draft) -> Result<PositionTaken, Invalid> {
        let mut e = Errors::default();
        let paragraph = self
            .paragraph
            .as_deref()
            .map(str::trim)
            .filter(|p| !p.is_empty());
        if let Some(label) = paragraph {
            if find_paragraph(draft, label).is_none() {
                e.add_with(
                    "paragraph",
                    "no_such_paragraph",
                    format!("The text has no paragraph {label}"),
                    &[("paragraph", label.to_owned())],
                );
            }
        }
        if self.membership.is_none() {
            e.add("membership", "required", "This field is required");
        }
        let stance = e.take(crate::body::parse_code(
            "stance",
            self.stance.as_deref(),
            None,
            Stance::parse,
            Stance::expected,
        ));
        let reason = e
            .take(text::optional("reason", self.reason.as_deref(), 2000))
            .flatten();
        if matches!(stance, Some(Stance::Reservation | Stance::Objection)) && reason.is_none() {
            e.add(
                "reason",
                "position_reason_required",
                "Give the reason for a reservation or an objection",
            );
        }
        e.finish()?;
        let (Some(membership), Some(stance)) = (self.membership, stance) else {
            return Err(Invalid::one("form", "internal", "Incomplete form"));
        };
        Ok(PositionTaken {
            paragraph: paragraph.map(str::to_owned),
            membership,
            stance,
            reason,
        })
    }
}

/// A position standing now, with who holds it and where they count.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Position {
    /// The paragraph, or `None` for the whole text.
    pub paragraph: Option<String>,
    /// The membership it was taken for.
    pub membership_id: i64,
    /// The seat's holder in words ("Brazil", "APC").
    pub holder: String,
    /// The holder's role: an observer's position is recorded but cannot block.
    pub role: Role,
    /// The regional group the seat counts in.
    pub regional_group: Option<RegionalGroup>,
    /// The stakeholder group the seat counts in.
    pub stakeholder_group: Option<StakeholderGroup>,
    /// The stance.
    pub stance: Stance,
    /// Why.
    pub reason: Option<String>,
    /// Who recorded it.
    pub author: String,
    /// When (RFC 3339, UTC).
    pub created_at: String,
}

impl Position {
    /// Whether this position stands in the way of consensus: a formal objection by anyone but
    /// an observer.
    pub fn blocks(&self) -> bool {
        self.stance == Stance::Objection && self.role != Role::Observer
    }
}

/// Whether a role takes positions for its seat: the secretariat serves and does not.
pub fn takes_positions(role: Role) -> bool {
    role != Role::Secretariat
}

/// Checks that the text can be declared adopted: no bracket or alternative left, and, under
/// consensus, no standing formal objection by a member. Observers' objections are recorded but
/// never block.
pub fn check_adoption(
    rule: DecisionRule,
    draft: &Draft,
    positions: &[Position],
) -> Result<(), Invalid> {
    let open: Vec<String> = draft
        .blocks
        .iter()
        .filter_map(|block| match block {
            Block::Paragraph(p) if !is_clean(p) => Some(p.number.to_string()),
            _ => None,
        })
        .collect();
    if !open.is_empty() {
        return Err(Invalid::one(
            "outcome",
            "text_still_bracketed",
            format!(
                "Paragraphs {} still have brackets or alternatives",
                open.join(", ")
            ),
        )
        .with_arg("paragraphs", open.join(", ")));
    }
    if rule == DecisionRule::Consensus {
        let mut objecting: Vec<&str> = positions
            .iter()
            .filter(|p| p.blocks())
            .map(|p| p.holder.as_str())
            .collect();
        objecting.sort_unstable();
        objecting.dedup();
        if !objecting.is_empty() {
            return Err(Invalid::one(
                "outcome",
                "formal_objection_stands",
                format!("A formal objection stands: {}", objecting.join(", ")),
            )
            .with_arg("holders", objecting.join(", ")));
        }
    }
    Ok(())
}

/// A decision as a form submits it.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct DecisionForm {
    /// An [`Outcome`] code.
    pub outcome: Option<String>,
    /// What the Chair said, or why there is no consensus.
    pub note: Option<String>,
    /// The version the room had before it.
    pub version: Option<VersionNo>,
}

/// Counts of a text's paragraphs by where they stand, for one section or the whole text.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Tally {
    /// The section's heading ("" before the first heading, or for the whole text).
    pub section: String,
    /// Paragraphs.
    pub paragraphs: usize,
    /// Agreed or closed.
    pub agreed: usize,
    /// Agreed ad ref or pending a delegation.
    pub ad_ref: usize,
    /// With brackets or alternatives.
    pub bracketed: usize,
    /// Brackets, nested ones included.
    pub brackets: usize,
}

impl Tally {
    fn count(&mut self, paragraph: &Paragraph, status: ParagraphStatus) {
        self.paragraphs += 1;
        let brackets: usize = paragraph
            .alternatives
            .iter()
            .map(|a| super::notation::count_brackets(a))
            .sum();
        self.brackets += brackets;
        if !is_clean(paragraph) {
            self.bracketed += 1;
        }
        match status {
            ParagraphStatus::Agreed | ParagraphStatus::Closed => self.agreed += 1,
            ParagraphStatus::AdRef | ParagraphStatus::AgreedPending => self.ad_ref += 1,
            ParagraphStatus::Open => {}
        }
    }
}

/// The state of a text: one tally per section (in order) and one for the whole text.
pub fn tally(draft: &Draft, status: impl Fn(&str) -> ParagraphStatus) -> (Vec<Tally>, Tally) {
    let mut sections: Vec<Tally> = Vec::new();
    let mut whole = Tally::default();
    for block in &draft.blocks {
        match block {
            Block::Heading(heading) => sections.push(Tally {
                section: heading.clone(),
                ..Tally::default()
            }),
            Block::Paragraph(p) => {
                let current = status(&p.number.to_string());
                if sections.is_empty() {
                    sections.push(Tally::default());
                }
                if let Some(section) = sections.last_mut() {
                    section.count(p, current);
                }
                whole.count(p, current);
            }
        }
    }
    (sections, whole)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::drafting::notation::parse;
    use ParagraphStatus::*;

    fn text() -> Draft {
        parse("## Preamble\n\nPP1. Recalling.\n\n## Recommendations\n\nOP1. Invites [all]{EU} to act.\n\nOP2. Agreed text.")
            .unwrap()
    }

    #[test]
    fn a_paragraph_moves_forward_and_back_only_by_reopening_with_a_reason() {
        assert!(check_move(Open, AdRef, true, None, None).is_ok());
        assert!(check_move(AdRef, Agreed, true, None, None).is_ok());
        assert!(check_move(Agreed, Closed, true, None, None).is_ok());
        let code = |r: Result<(), Invalid>| r.unwrap_err().errors[0].code;
        assert_eq!(
            code(check_move(Open, Closed, true, None, None)),
            "close_unagreed"
        );
        assert_eq!(
            code(check_move(Open, Agreed, false, None, None)),
            "paragraph_bracketed"
        );
        assert_eq!(
            code(check_move(Agreed, AdRef, true, None, None)),
            "status_backwards"
        );
        assert_eq!(
            code(check_move(Closed, Open, true, None, None)),
            "reopen_reason_required"
        );
        assert!(check_move(Closed, Open, true, None, Some("new facts")).is_ok());
        assert_eq!(
            code(check_move(Open, AgreedPending, true, None, None)),
            "pending_required"
        );
        assert!(check_move(Open, AgreedPending, true, Some("Brazil"), None).is_ok());
        assert_eq!(
            code(check_move(Agreed, Agreed, true, None, None)),
            "status_unchanged"
        );
    }

    #[test]
    fn the_status_form_names_the_paragraph_and_checks_it_is_clean() {
        let draft = text();
        let form = |p: &str, s: &str| StatusForm {
            paragraph: Some(p.into()),
            status: Some(s.into()),
            ..StatusForm::default()
        };
        let agreed = form("OP2", "agreed").parse(&draft, |_| Open).unwrap();
        assert_eq!(agreed.status, Agreed);
        let err = form("OP1", "agreed").parse(&draft, |_| Open).unwrap_err();
        assert_eq!(err.errors[0].code, "paragraph_bracketed");
        let err = form("OP9", "agreed").parse(&draft, |_| Open).unwrap_err();
        assert_eq!(err.errors[0].code, "no_such_paragraph");
    }

    fn position(role: Role, stance: Stance, holder: &str) -> Position {
        Position {
            paragraph: None,
            membership_id: 1,
            holder: holder.into(),
            role,
            regional_group: None,
            stakeholder_group: None,
            stance,
            reason: None,
            author: "x".into(),
            created_at: String::new(),
        }
    }

    #[test]
    fn consensus_is_blocked_by_a_members_objection_but_not_an_observers() {
        let clean = parse("OP1. Agreed.").unwrap();
        let observer = [position(Role::Observer, Stance::Objection, "ISOC")];
        assert!(check_adoption(DecisionRule::Consensus, &clean, &observer).is_ok());
        let member = [position(Role::Member, Stance::Objection, "Brazil")];
        let err = check_adoption(DecisionRule::Consensus, &clean, &member).unwrap_err();
        assert_eq!(err.errors[0].code, "formal_objection_stands");
        assert!(err.errors[0].message.contains("Brazil"));
        // The Chair of a body that decides otherwise is not bound by objections.
        assert!(check_adoption(DecisionRule::ChairDecides, &clean, &member).is_ok());
        let err = check_adoption(DecisionRule::Consensus, &text(), &[]).unwrap_err();
        assert_eq!(err.errors[0].code, "text_still_bracketed");
    }

    #[test]
    fn a_reservation_or_objection_needs_a_reason() {
        let draft = text();
        let form = PositionForm {
            paragraph: Some("OP1".into()),
            membership: Some(3),
            stance: Some("objection".into()),
            reason: None,
        };
        assert_eq!(
            form.parse(&draft).unwrap_err().errors[0].code,
            "position_reason_required"
        );
        let form = PositionForm {
            reason: Some("Goes beyond the mandate".into()),
            ..form
        };
        assert_eq!(form.parse(&draft).unwrap().stance, Stance::Objection);
    }

    #[test]
    fn the_state_of_a_text_is_tallied_by_section() {
        let (sections, whole) = tally(&text(), |label| if label == "OP2" { Agreed } else { Open });
        assert_eq!(sections.len(), 2);
        assert_eq!(sections[1].section, "Recommendations");
        assert_eq!(
            (
                sections[1].paragraphs,
                sections[1].agreed,
                sections[1].bracketed
            ),
            (2, 1, 1)
        );
        assert_eq!((whole.paragraphs, whole.agreed, whole.brackets), (3, 1, 1));
    }
}
