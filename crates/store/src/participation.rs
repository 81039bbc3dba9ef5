//! Observers' registrations for meetings: within the meeting's cap, subject to the secretariat's
//! approval, with a waiting list, and attendance taken during the meeting.

use concord_domain::ids::{BodyId, MeetingId};
use concord_domain::meeting::MeetingState;
use concord_domain::participation::{
    status_for_new, NewRegistration, Registration, RegistrationStatus,
};
use concord_domain::stakeholder::StakeholderGroup;
use concord_domain::Invalid;
use sqlx::any::AnyRow;

use crate::audit::{record, AuditActor, Change};
use crate::bodies::lock_body;
use crate::connect::Store;
use crate::error::StoreError;
use crate::rows::{now, RowExt};
use crate::Result;

/// Storage of registrations.
#[allow(async_fn_in_trait)]
pub trait ParticipationStore {
    /// Sets the most observers a meeting admits (`None`: no limit).
    async fn set_observer_cap(
        &self,
        by: &AuditActor,
        meeting: MeetingId,
        cap: Option<u32>,
    ) -> Result<()>;
    /// The meeting's cap on observers.
    async fn observer_cap(&self, meeting: MeetingId) -> Result<Option<u32>>;
    /// Registers an observer while registration is open: pending approval within the cap, on
    /// the waiting list beyond it; one registration per address and meeting.
    async fn register(
        &self,
        by: &AuditActor,
        meeting: MeetingId,
        registration: &NewRegistration,
    ) -> Result<Registration>;
    /// A meeting's registrations, in the order they came.
    async fn registrations(&self, meeting: MeetingId) -> Result<Vec<Registration>>;
    /// Approves or declines a registration for `meeting`; approving beyond the cap is refused,
    /// and another meeting's registration is not found.
    async fn decide_registration(
        &self,
        by: &AuditActor,
        meeting: MeetingId,
        id: i64,
        status: RegistrationStatus,
    ) -> Result<Registration>;
    /// Records whether the participant registered for `meeting` attended.
    async fn set_attended(
        &self,
        by: &AuditActor,
        meeting: MeetingId,
        id: i64,
        attended: bool,
    ) -> Result<()>;
}

const COLUMNS: &str =
    "id, meeting_id, name, organization, email, stakeholder_group, country, status, attended";

fn registration_from_row(row: &AnyRow) -> Result<Registration, sqlx::Error> {
    Ok(Registration {
        id: row.int("id")?,
        meeting_id: MeetingId(row.int("meeting_id")?),
        name: row.text("name")?,
        organization: row.text("organization")?,
        email: row.text("email")?,
        stakeholder_group: row.code("stakeholder_group", StakeholderGroup::parse)?,
        country: row.opt_text("country")?,
        status: row.code("status", RegistrationStatus::parse)?,
        attended: row.flag("attended")?,
    })
}

async fn meeting_facts(
    conn: &mut sqlx::AnyConnection,
    meeting: MeetingId,
) -> Result<(BodyId, MeetingState, Option<u32>)> {
    let row = sqlx::query("SELECT body_id, state, observer_cap FROM meetings WHERE id = $1")
        .bind(meeting.0)
        .fetch_optional(&mut *conn)
        .await?
        .ok_or(StoreError::not_found("meeting"))?;
    Ok((
        BodyId(row.int("body_id")?),
        row.code("state", MeetingState::parse)?,
        row.opt_int("observer_cap")?
            .and_then(|c| u32::try_from(c).ok()),
    ))
}

async fn count(
    conn: &mut sqlx::AnyConnection,
    meeting: MeetingId,
    statuses: &[RegistrationStatus],
) -> Result<usize> {
    let mut total = 0;
    for status in statuses {
        let row = sqlx::query(
            "SELECT COUNT(*) AS n FROM registrations WHERE meeting_id = $1 AND status = $2",
        )
        .bind(meeting.0)
        .bind(status.code())
        .fetch_one(&mut *conn)
        .await?;
        total += usize::try_from(row.int("n")?).unwrap_or(0);
    }
    Ok(total)
}

fn change(
    action: &'static str,
    meeting: MeetingId,
    body: BodyId,
    after: String,
) -> Change<'static> {
    Change {
        action,
        entity: "registration",
        entity_id: meeting.to_string(),
        body_id: Some(body),
        public: false,
        before: None,
        after: Some(after),
        reason: None,
    }
}

impl ParticipationStore for Store {
    async fn set_observer_cap(
        &self,
        by: &AuditActor,
        meeting: MeetingId,
        cap: Option<u32>,
    ) -> Result<()> {
        let mut tx = self.begin_write().await?;
        let (body, _, _) = meeting_facts(&mut tx, meeting).await?;
        lock_body(&mut tx, body).await?;
        sqlx::query("UPDATE meetings SET observer_cap = $1 WHERE id = $2")
            .bind(cap.map(i64::from))
            .bind(meeting.0)
            .execute(&mut *tx)
            .await?;
        record(
            &mut tx,
            by,
            Change {
                public: true,
                ..change(
                    "observer_cap",
                    meeting,
                    body,
                    format!("{{\"observer_cap\":{cap:?}}}"),
                )
            },
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn observer_cap(&self, meeting: MeetingId) -> Result<Option<u32>> {
        let mut conn = self.pool.acquire().await?;
        Ok(meeting_facts(&mut conn, meeting).await?.2)
    }

    async fn register(
        &self,
        by: &AuditActor,
        meeting: MeetingId,
        r: &NewRegistration,
    ) -> Result<Registration> {
        let mut tx = self.begin_write().await?;
        let (body, state, cap) = meeting_facts(&mut tx, meeting).await?;
        // The body's lock makes the cap hold when many register at once.
        lock_body(&mut tx, body).await?;
        if state != MeetingState::RegistrationOpen {
            return Err(Invalid::one(
                "email",
                "registration_closed",
                "Registration for this meeting is not open",
            )
            .into());
        }
        let taken =
            sqlx::query("SELECT id FROM registrations WHERE meeting_id = $1 AND email_key = $2")
                .bind(meeting.0)
                .bind(r.email.key())
                .fetch_optional(&mut *tx)
                .await?;
        if taken.is_some() {
            return Err(Invalid::one(
                "email",
                "duplicate_registration",
                "This address is already registered for this meeting",
            )
            .into());
        }
        let holding = count(
            &mut tx,
            meeting,
            &[RegistrationStatus::Pending, RegistrationStatus::Approved],
        )
        .await?;
        let status = status_for_new(cap, holding);
        let row = sqlx::query(
            "INSERT INTO registrations (meeting_id, name, organization, email, email_key, stakeholder_group, country, status, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
        )
        .bind(meeting.0)
        .bind(&r.name)
        .bind(&r.organization)
        .bind(r.email.as_str())
        .bind(r.email.key())
        .bind(r.stakeholder_group.code())
        .bind(&r.country)
        .bind(status.code())
        .bind(now())
        .fetch_one(&mut *tx)
        .await?;
        let registration = Registration {
            id: row.int("id")?,
            meeting_id: meeting,
            name: r.name.clone(),
            organization: r.organization.clone(),
            email: r.email.as_str().to_owned(),
            stakeholder_group: r.stakeholder_group,
            country: r.country.clone(),
            status,
            attended: false,
        };
        let after = serde_json::to_string(&registration).unwrap_or_default();
        record(&mut tx, by, change("register", meeting, body, after)).await?;
        tx.commit().await?;
        Ok(registration)
    }

    async fn registrations(&self, meeting: MeetingId) -> Result<Vec<Registration>> {
        let rows = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM registrations WHERE meeting_id = $1 ORDER BY id"
        ))
        .bind(meeting.0)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .iter()
            .map(registration_from_row)
            .collect::<Result<_, _>>()?)
    }

    async fn decide_registration(
        &self,
        by: &AuditActor,
        meeting: MeetingId,
        id: i64,
        status: RegistrationStatus,
    ) -> Result<Registration> {
        let mut tx = self.begin_write().await?;
        let row = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM registrations WHERE id = $1 AND meeting_id = $2"
        ))
        .bind(id)
        .bind(meeting.0)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(StoreError::not_found("registration"))?;
        let mut registration = registration_from_row(&row)?;
        let (body, _, cap) = meeting_facts(&mut tx, registration.meeting_id).await?;
        lock_body(&mut tx, body).await?;
        if status == RegistrationStatus::Approved
            && registration.status != RegistrationStatus::Approved
        {
            let approved = count(
                &mut tx,
                registration.meeting_id,
                &[RegistrationStatus::Approved],
            )
            .await?;
            if cap.is_some_and(|cap| approved >= cap as usize) {
                return Err(Invalid::one(
                    "status",
                    "over_cap",
                    "Every observer place of this meeting is taken",
                )
                .into());
            }
        }
        sqlx::query("UPDATE registrations SET status = $1 WHERE id = $2")
            .bind(status.code())
            .bind(id)
            .execute(&mut *tx)
            .await?;
        registration.status = status;
        let after = serde_json::to_string(&registration).unwrap_or_default();
        record(
            &mut tx,
            by,
            change("decide", registration.meeting_id, body, after),
        )
        .await?;
        tx.commit().await?;
        Ok(registration)
    }

    async fn set_attended(
        &self,
        by: &AuditActor,
        meeting: MeetingId,
        id: i64,
        attended: bool,
    ) -> Result<()> {
        let mut tx = self.begin_write().await?;
        let row =
            sqlx::query("SELECT meeting_id FROM registrations WHERE id = $1 AND meeting_id = $2")
                .bind(id)
                .bind(meeting.0)
                .fetch_optional(&mut *tx)
                .await?
                .ok_or(StoreError::not_found("registration"))?;
        let meeting = MeetingId(row.int("meeting_id")?);
        let (body, _, _) = meeting_facts(&mut tx, meeting).await?;
        sqlx::query("UPDATE registrations SET attended = $1 WHERE id = $2")
            .bind(i64::from(attended))
            .bind(id)
            .execute(&mut *tx)
            .await?;
        record(
            &mut tx,
            by,
            change(
                "attendance",
                meeting,
                body,
                format!("{{\"registration\":{id},\"attended\":{attended}}}"),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }
}
