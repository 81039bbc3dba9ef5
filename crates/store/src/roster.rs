//! Members at meetings: the roster of a meeting is the body's members serving on its opening
//! day; each member is registered with the delegation it sends, and attendance is taken.
//! Observers who are not members register separately (see `participation`).

use concord_domain::composition::{MembershipView, Role};
use concord_domain::ids::{MeetingId, MembershipId};
use concord_domain::meeting::{Meeting, MeetingState};
use concord_domain::{text, Invalid};

use crate::audit::{record, AuditActor, Change};
use crate::bodies::lock_body;
use crate::connect::Store;
use crate::error::StoreError;
use crate::rows::{now, RowExt};
use crate::{CompositionStore, MeetingStore, Result};

/// A member of the body on a meeting's roster.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RosterEntry {
    /// The membership.
    pub member: MembershipView,
    /// Who it sends, when registered.
    pub delegation: Option<String>,
    /// Whether it attended.
    pub attended: bool,
}

/// Storage of members' registrations for meetings.
#[allow(async_fn_in_trait)]
pub trait RosterStore {
    /// The members serving on the meeting's opening day (the secretariat excepted), in the
    /// composition's order, with their registrations.
    async fn roster(&self, meeting: MeetingId) -> Result<Vec<RosterEntry>>;
    /// Registers a member for a meeting with its delegation, or updates the delegation.
    async fn register_member(
        &self,
        by: &AuditActor,
        meeting: MeetingId,
        member: MembershipId,
        delegation: &str,
    ) -> Result<()>;
    /// The accounts of the people of a meeting's registered members, for its reminder: address,
    /// name and chosen language of each.
    async fn registered_member_accounts(
        &self,
        meeting: MeetingId,
    ) -> Result<Vec<crate::documents::Follower>>;
    /// Records whether a registered member attended.
    async fn set_member_attended(
        &self,
        by: &AuditActor,
        meeting: MeetingId,
        member: MembershipId,
        attended: bool,
    ) -> Result<()>;
}

fn serves_at(view: &MembershipView, meeting: &Meeting) -> bool {
    let f = &view.membership.fields;
    let day = meeting.fields.starts_on;
    f.role != Role::Secretariat
        && f.start_date.is_none_or(|s| s <= day)
        && f.end_date.is_none_or(|e| e >= day)
}

impl Store {
    async fn meeting_or_404(&self, id: MeetingId) -> Result<Meeting> {
        self.meeting(id)
            .await?
            .ok_or(StoreError::not_found("meeting"))
    }
}

impl RosterStore for Store {
    async fn registered_member_accounts(
        &self,
        meeting: MeetingId,
    ) -> Result<Vec<crate::documents::Follower>> {
        let rows = sqlx::query(
            "SELECT DISTINCT u.email, u.display_name, u.lang FROM member_registrations r \
             JOIN memberships m ON m.id = r.membership_id \
             JOIN users u ON u.person_id = m.person_id \
             WHERE r.meeting_id = $1 AND u.confirmed_at IS NOT NULL ORDER BY u.email",
        )
        .bind(meeting.0)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(crate::documents::Follower {
                    email: row.text("email")?,
                    display_name: row.text("display_name")?,
                    lang: row.opt_text("lang")?,
                })
            })
            .collect::<std::result::Result<_, sqlx::Error>>()
            .map_err(Into::into)
    }

    async fn roster(&self, id: MeetingId) -> Result<Vec<RosterEntry>> {
        let meeting = self.meeting_or_404(id).await?;
        let rows = sqlx::query(
            "SELECT membership_id, delegation, attended FROM member_registrations WHERE meeting_id = $1",
        )
        .bind(id.0)
        .fetch_all(&self.pool)
        .await?;
        let mut registered = Vec::with_capacity(rows.len());
        for row in &rows {
            registered.push((
                row.int("membership_id")?,
                row.text("delegation")?,
                row.flag("attended")?,
            ));
        }
        Ok(self
            .memberships(meeting.body_id)
            .await?
            .into_iter()
            .filter(|view| serves_at(view, &meeting))
            .map(|member| {
                let found = registered
                    .iter()
                    .find(|(m, _, _)| *m == member.membership.id.0);
                RosterEntry {
                    delegation: found.map(|(_, d, _)| d.clone()),
                    attended: found.is_some_and(|(_, _, a)| *a),
                    member,
                }
            })
            .collect())
    }

    async fn register_member(
        &self,
        by: &AuditActor,
        id: MeetingId,
        member: MembershipId,
        delegation: &str,
    ) -> Result<()> {
        let delegation = text::required("delegation", Some(delegation), 1000)
            .map_err(|e| Invalid { errors: vec![e] })?;
        let meeting = self.meeting_or_404(id).await?;
        if matches!(
            meeting.fields.state,
            MeetingState::Closed | MeetingState::SummaryPublished | MeetingState::Cancelled
        ) {
            return Err(Invalid::one(
                "delegation",
                "meeting_over",
                "This meeting is over; its participants can no longer change",
            )
            .into());
        }
        let serving = self
            .memberships(meeting.body_id)
            .await?
            .into_iter()
            .any(|view| view.membership.id == member && serves_at(&view, &meeting));
        if !serving {
            return Err(Invalid::one(
                "membership",
                "not_a_member",
                "Only members serving on the day of the meeting are registered as members",
            )
            .into());
        }
        let mut tx = self.begin_write().await?;
        lock_body(&mut tx, meeting.body_id).await?;
        let existing = sqlx::query(
            "SELECT delegation FROM member_registrations WHERE meeting_id = $1 AND membership_id = $2",
        )
        .bind(id.0)
        .bind(member.0)
        .fetch_optional(&mut *tx)
        .await?;
        let before = existing
            .as_ref()
            .map(|r| r.text("delegation"))
            .transpose()?;
        if before.is_some() {
            sqlx::query(
                "UPDATE member_registrations SET delegation = $1 WHERE meeting_id = $2 AND membership_id = $3",
            )
            .bind(&delegation)
            .bind(id.0)
            .bind(member.0)
            .execute(&mut *tx)
            .await?;
        } else {
            sqlx::query(
                "INSERT INTO member_registrations (meeting_id, membership_id, delegation, created_at) \
                 VALUES ($1, $2, $3, $4)",
            )
            .bind(id.0)
            .bind(member.0)
            .bind(&delegation)
            .bind(now())
            .execute(&mut *tx)
            .await?;
        }
        let json = |d: &str| serde_json::json!({ "membership": member.0, "delegation": d });
        let change = Change {
            action: "register_member",
            entity: "meeting",
            entity_id: id.to_string(),
            body_id: Some(meeting.body_id),
            public: true,
            before: before.as_deref().map(|d| json(d).to_string()),
            after: Some(json(&delegation).to_string()),
            reason: None,
        };
        record(&mut tx, by, change).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn set_member_attended(
        &self,
        by: &AuditActor,
        id: MeetingId,
        member: MembershipId,
        attended: bool,
    ) -> Result<()> {
        let meeting = self.meeting_or_404(id).await?;
        let mut tx = self.begin_write().await?;
        let updated = sqlx::query(
            "UPDATE member_registrations SET attended = $1 WHERE meeting_id = $2 AND membership_id = $3",
        )
        .bind(i64::from(attended))
        .bind(id.0)
        .bind(member.0)
        .execute(&mut *tx)
        .await?;
        if updated.rows_affected() == 0 {
            return Err(Invalid::one(
                "membership",
                "not_registered",
                "This member is not registered for the meeting",
            )
            .into());
        }
        let change = Change {
            action: "member_attendance",
            entity: "meeting",
            entity_id: id.to_string(),
            body_id: Some(meeting.body_id),
            public: true,
            before: None,
            after: Some(
                serde_json::json!({ "membership": member.0, "attended": attended }).to_string(),
            ),
            reason: None,
        };
        record(&mut tx, by, change).await?;
        tx.commit().await?;
        Ok(())
    }
}
