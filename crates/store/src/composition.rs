//! Seat quotas and memberships. Adding a membership is one transaction that locks the body,
//! reads what the rules need, asks `concord_domain::composition::check_membership`, and writes.

use sqlx::any::AnyRow;

use concord_domain::composition::{
    check_membership, HolderFacts, Membership, MembershipFields, QuotaFields, QuotaKind, Role,
    SeatQuota,
};
use concord_domain::ids::{BodyId, MembershipId, OrganizationId, PersonId, QuotaId};
use concord_domain::reference::{state, RegionalGroup};
use concord_domain::stakeholder::StakeholderGroup;
use concord_domain::Invalid;

pub use concord_domain::composition::MembershipView;

use crate::audit::{record, AuditActor, Change};
use crate::bodies::lock_body;
use crate::connect::Store;
use crate::error::StoreError;
use crate::rows::{date_text, now, RowExt};
use crate::Result;

/// Storage of seat quotas and memberships.
#[allow(async_fn_in_trait)]
pub trait CompositionStore {
    /// Adds a quota of seats to a body.
    async fn add_quota(
        &self,
        by: &AuditActor,
        body: BodyId,
        fields: &QuotaFields,
    ) -> Result<SeatQuota>;
    /// A body's quotas, in the order they were added.
    async fn quotas(&self, body: BodyId) -> Result<Vec<SeatQuota>>;
    /// Changes a quota's label, number of seats and hardness (not whom it is for). A hard quota
    /// cannot shrink below the members who hold its seats at the same time.
    async fn update_quota(
        &self,
        by: &AuditActor,
        body: BodyId,
        quota: QuotaId,
        fields: &QuotaFields,
    ) -> Result<SeatQuota>;
    /// One membership of a body.
    async fn membership(&self, body: BodyId, id: MembershipId) -> Result<Option<Membership>>;
    /// Changes a membership (its dates to end it, its role, its seat), under the same rules as
    /// a new one, keeping the reason in the audit log.
    async fn update_membership(
        &self,
        by: &AuditActor,
        body: BodyId,
        id: MembershipId,
        fields: &MembershipFields,
        reason: Option<&str>,
    ) -> Result<Membership>;
    /// Adds a membership, refusing one that breaks the body's dates, the quota's eligibility
    /// rule or a hard quota.
    async fn add_membership(
        &self,
        by: &AuditActor,
        body: BodyId,
        fields: &MembershipFields,
    ) -> Result<Membership>;
    /// A body's memberships with names, chair first.
    async fn memberships(&self, body: BodyId) -> Result<Vec<MembershipView>>;
    /// The memberships a state holds (or that people of that state hold), in any body.
    async fn memberships_of_state(&self, iso2: &str) -> Result<Vec<MembershipView>>;
    /// A person's memberships.
    async fn memberships_of_person(&self, id: PersonId) -> Result<Vec<MembershipView>>;
    /// An organisation's memberships.
    async fn memberships_of_organization(&self, id: OrganizationId) -> Result<Vec<MembershipView>>;
}

const VIEW_SELECT: &str = "SELECT m.id, m.body_id, m.quota_id, m.role, m.state, m.organization_id, m.person_id, \
    m.start_date, m.end_date, m.personal_capacity, m.nominated_by, m.illustrative, \
    b.acronym AS body_acronym, b.name AS body_name, q.label AS quota_label, \
    s.name AS state_name, s.regional_group AS state_region, \
    o.name AS org_name, o.stakeholder_group AS org_group, os.regional_group AS org_region, \
    p.name AS person_name, p.stakeholder_group AS person_group, ps.regional_group AS person_region, \
    po.stakeholder_group AS person_org_group \
    FROM memberships m JOIN bodies b ON b.id = m.body_id \
    LEFT JOIN seat_quotas q ON q.id = m.quota_id \
    LEFT JOIN states s ON s.iso2 = m.state \
    LEFT JOIN organizations o ON o.id = m.organization_id \
    LEFT JOIN states os ON os.iso2 = o.country \
    LEFT JOIN people p ON p.id = m.person_id \
    LEFT JOIN states ps ON ps.iso2 = p.country \
    LEFT JOIN organizations po ON po.id = p.organization_id";

fn fields_from_row(row: &AnyRow) -> Result<MembershipFields, sqlx::Error> {
    Ok(MembershipFields {
        quota_id: row.opt_int("quota_id")?.map(QuotaId),
        role: row.code("role", Role::parse)?,
        state: row.opt_text("state")?,
        organization_id: row.opt_int("organization_id")?.map(OrganizationId),
        person_id: row.opt_int("person_id")?.map(PersonId),
        start_date: row.opt_date("start_date")?,
        end_date: row.opt_date("end_date")?,
        personal_capacity: row.flag("personal_capacity")?,
        nominated_by: row.opt_text("nominated_by")?,
        illustrative: row.flag("illustrative")?,
    })
}

fn view_from_row(row: &AnyRow) -> Result<MembershipView, sqlx::Error> {
    let fields = fields_from_row(row)?;
    let region = |c: &str| row.opt_code(c, RegionalGroup::parse);
    let group = |c: &str| row.opt_code(c, StakeholderGroup::parse);
    // A state's seat counts in its group; a person in a personal capacity counts where they come
    // from; an organisation's seat counts where it is based.
    let regional_group = if fields.state.is_some() {
        region("state_region")?
    } else if fields.personal_capacity || fields.organization_id.is_none() {
        region("person_region")?.or(region("org_region")?)
    } else {
        region("org_region")?.or(region("person_region")?)
    };
    let stakeholder_group = if fields.state.is_some() {
        Some(StakeholderGroup::Government)
    } else {
        group("org_group")?
            .or(group("person_group")?)
            .or(group("person_org_group")?)
    };
    Ok(MembershipView {
        membership: Membership {
            id: MembershipId(row.int("id")?),
            body_id: BodyId(row.int("body_id")?),
            fields,
        },
        body_acronym: row.text("body_acronym")?,
        body_name: row.text("body_name")?,
        quota_label: row.opt_text("quota_label")?,
        state_name: row.opt_text("state_name")?,
        organization_name: row.opt_text("org_name")?,
        person_name: row.opt_text("person_name")?,
        regional_group,
        stakeholder_group,
    })
}

fn sort_views(views: &mut [MembershipView]) {
    views.sort_by_cached_key(|v| {
        let role = Role::ALL
            .iter()
            .position(|r| *r == v.membership.fields.role)
            .unwrap_or(usize::MAX);
        (
            role,
            v.membership.fields.quota_id,
            v.holder(),
            v.membership.id,
        )
    });
}

fn quota_from_row(row: &AnyRow, states: Vec<String>) -> Result<SeatQuota, sqlx::Error> {
    let kind = match row.text("kind")?.as_str() {
        "regional_group" => QuotaKind::RegionalGroup {
            regional_group: row.code("regional_group", RegionalGroup::parse)?,
        },
        "stakeholder_group" => QuotaKind::StakeholderGroup {
            stakeholder_group: row.code("stakeholder_group", StakeholderGroup::parse)?,
        },
        "designated_states" => QuotaKind::DesignatedStates { states },
        other => return Err(crate::rows::decode_error("kind", other)),
    };
    Ok(SeatQuota {
        id: QuotaId(row.int("id")?),
        body_id: BodyId(row.int("body_id")?),
        fields: QuotaFields {
            label: row.text("label")?,
            kind,
            seats: u32::try_from(row.int("seats")?).unwrap_or(0),
            hard: row.flag("hard")?,
        },
    })
}

impl Store {
    async fn load_quotas(
        &self,
        conn: &mut sqlx::AnyConnection,
        body: BodyId,
    ) -> Result<Vec<SeatQuota>> {
        let rows = sqlx::query(
            "SELECT id, body_id, label, kind, regional_group, stakeholder_group, seats, hard \
             FROM seat_quotas WHERE body_id = $1 ORDER BY id",
        )
        .bind(body.0)
        .fetch_all(&mut *conn)
        .await?;
        let state_rows = sqlx::query(
            "SELECT qs.quota_id, qs.state FROM seat_quota_states qs JOIN seat_quotas q ON q.id = qs.quota_id \
             WHERE q.body_id = $1 ORDER BY qs.state",
        )
        .bind(body.0)
        .fetch_all(&mut *conn)
        .await?;
        let mut quotas = Vec::with_capacity(rows.len());
        for row in &rows {
            let id = row.int("id")?;
            let mut states = Vec::new();
            for s in &state_rows {
                if s.int("quota_id")? == id {
                    states.push(s.text("state")?);
                }
            }
            quotas.push(quota_from_row(row, states)?);
        }
        Ok(quotas)
    }

    async fn views(&self, filter: &str, bind: ViewKey<'_>) -> Result<Vec<MembershipView>> {
        let sql = format!("{VIEW_SELECT} WHERE {filter}");
        let query = sqlx::query(&sql);
        let query = match bind {
            ViewKey::Id(id) => query.bind(id),
            ViewKey::Text(text) => query.bind(text.to_owned()),
        };
        let rows = query.fetch_all(&self.pool).await?;
        let mut views = rows
            .iter()
            .map(view_from_row)
            .collect::<Result<Vec<_>, _>>()?;
        sort_views(&mut views);
        Ok(views)
    }

    async fn holder_facts(
        &self,
        conn: &mut sqlx::AnyConnection,
        m: &MembershipFields,
    ) -> Result<HolderFacts> {
        let mut facts = HolderFacts::default();
        if let Some(code) = &m.state {
            facts.seat_state = state(code);
            facts.country = facts.seat_state;
            facts.stakeholder_group = Some(StakeholderGroup::Government);
            facts.name = facts
                .seat_state
                .map(|s| s.name.to_owned())
                .unwrap_or_default();
        }
        if let Some(id) = m.organization_id {
            let row = sqlx::query(
                "SELECT name, stakeholder_group, country FROM organizations WHERE id = $1",
            )
            .bind(id.0)
            .fetch_optional(&mut *conn)
            .await?
            .ok_or_else(|| {
                Invalid::one(
                    "organization_id",
                    "unknown_organization",
                    format!("There is no organization with id {id}"),
                )
            })?;
            if m.state.is_none() {
                facts.name = row.text("name")?;
                facts.stakeholder_group =
                    row.opt_code("stakeholder_group", StakeholderGroup::parse)?;
                facts.country = row.opt_text("country")?.as_deref().and_then(state);
            }
        }
        if let Some(id) = m.person_id {
            let row = sqlx::query(
                "SELECT p.name, p.stakeholder_group, p.country, o.stakeholder_group AS org_group \
                 FROM people p LEFT JOIN organizations o ON o.id = p.organization_id WHERE p.id = $1",
            )
            .bind(id.0)
            .fetch_optional(&mut *conn)
            .await?
            .ok_or_else(|| Invalid::one("person_id", "unknown_person", format!("There is no person with id {id}")))?;
            if m.state.is_none() && m.organization_id.is_none() {
                facts.name = row.text("name")?;
                facts.stakeholder_group = row
                    .opt_code("stakeholder_group", StakeholderGroup::parse)?
                    .or(row.opt_code("org_group", StakeholderGroup::parse)?);
                facts.country = row.opt_text("country")?.as_deref().and_then(state);
            }
        }
        Ok(facts)
    }
}

impl Store {
    /// Applies the membership rules inside the transaction that holds the body's lock: the
    /// quota belongs to the body, the holder exists and is eligible, the dates fit, and a hard
    /// quota has a free seat — counting the others in the quota, `except` the one being edited.
    async fn check_in_transaction(
        &self,
        tx: &mut sqlx::AnyConnection,
        body: &concord_domain::body::Body,
        f: &MembershipFields,
        except: Option<MembershipId>,
    ) -> Result<()> {
        let quota = match f.quota_id {
            None => None,
            Some(quota_id) => {
                let quotas = self.load_quotas(tx, body.id).await?;
                let quota = quotas
                    .into_iter()
                    .find(|q| q.id == quota_id)
                    .ok_or_else(|| {
                        Invalid::one(
                            "quota_id",
                            "unknown_quota",
                            format!(
                                "{} has no seat quota with id {quota_id}",
                                body.fields.acronym
                            ),
                        )
                    })?;
                Some(quota)
            }
        };
        let facts = self.holder_facts(tx, f).await?;
        let others = match quota.as_ref() {
            None => Vec::new(),
            Some(q) => {
                let rows = sqlx::query(
                    "SELECT quota_id, role, state, organization_id, person_id, start_date, end_date, \
                     personal_capacity, nominated_by, illustrative FROM memberships WHERE quota_id = $1 AND id <> $2",
                )
                .bind(q.id.0)
                .bind(except.map_or(-1, |m| m.0))
                .fetch_all(&mut *tx)
                .await?;
                rows.iter()
                    .map(fields_from_row)
                    .collect::<Result<Vec<_>, _>>()?
            }
        };
        check_membership(&body.fields, quota.as_ref(), f, &facts, &others)?;
        Ok(())
    }
}

enum ViewKey<'a> {
    Id(i64),
    Text(&'a str),
}

impl CompositionStore for Store {
    async fn add_quota(&self, by: &AuditActor, body: BodyId, f: &QuotaFields) -> Result<SeatQuota> {
        let mut tx = self.begin_write().await?;
        let found = sqlx::query("SELECT id FROM bodies WHERE id = $1")
            .bind(body.0)
            .fetch_optional(&mut *tx)
            .await?;
        if found.is_none() {
            return Err(StoreError::not_found("body"));
        }
        let (regional, stakeholder) = match &f.kind {
            QuotaKind::RegionalGroup { regional_group } => (Some(regional_group.code()), None),
            QuotaKind::StakeholderGroup { stakeholder_group } => {
                (None, Some(stakeholder_group.code()))
            }
            QuotaKind::DesignatedStates { .. } => (None, None),
        };
        let row = sqlx::query(
            "INSERT INTO seat_quotas (body_id, label, kind, regional_group, stakeholder_group, seats, hard, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        )
        .bind(body.0)
        .bind(&f.label)
        .bind(f.kind.code())
        .bind(regional)
        .bind(stakeholder)
        .bind(i64::from(f.seats))
        .bind(i64::from(f.hard))
        .bind(now())
        .fetch_one(&mut *tx)
        .await?;
        let id = row.int("id")?;
        if let QuotaKind::DesignatedStates { states } = &f.kind {
            for iso2 in states {
                sqlx::query("INSERT INTO seat_quota_states (quota_id, state) VALUES ($1, $2) ON CONFLICT DO NOTHING")
                    .bind(id)
                    .bind(iso2)
                    .execute(&mut *tx)
                    .await?;
            }
        }
        let quota = SeatQuota {
            id: QuotaId(id),
            body_id: body,
            fields: f.clone(),
        };
        let change = Change {
            action: "create",
            entity: "seat_quota",
            entity_id: id.to_string(),
            body_id: Some(body),
            public: true,
            before: None,
            after: serde_json::to_string(&quota).ok(),
            reason: None,
        };
        record(&mut tx, by, change).await?;
        tx.commit().await?;
        Ok(quota)
    }

    async fn quotas(&self, body: BodyId) -> Result<Vec<SeatQuota>> {
        let mut conn = self.pool.acquire().await?;
        self.load_quotas(&mut conn, body).await
    }

    async fn update_quota(
        &self,
        by: &AuditActor,
        body_id: BodyId,
        id: QuotaId,
        f: &QuotaFields,
    ) -> Result<SeatQuota> {
        let mut tx = self.begin_write().await?;
        let body = lock_body(&mut tx, body_id).await?;
        let before = self
            .load_quotas(&mut tx, body_id)
            .await?
            .into_iter()
            .find(|q| q.id == id)
            .ok_or(StoreError::not_found("seat quota"))?;
        let fields = QuotaFields {
            kind: before.fields.kind.clone(),
            ..f.clone()
        };
        if fields.hard {
            let rows = sqlx::query(
                "SELECT quota_id, role, state, organization_id, person_id, start_date, end_date, \
                 personal_capacity, nominated_by, illustrative FROM memberships WHERE quota_id = $1",
            )
            .bind(id.0)
            .fetch_all(&mut *tx)
            .await?;
            let members = rows
                .iter()
                .map(fields_from_row)
                .collect::<Result<Vec<_>, _>>()?;
            let ranges: Vec<_> = members
                .iter()
                .filter(|m| m.role.fills_seat())
                .map(|m| concord_domain::composition::effective_range(m, &body.fields))
                .collect();
            let needed = concord_domain::composition::max_concurrent(&ranges);
            if needed > fields.seats as usize {
                return Err(Invalid::one(
                    "seats",
                    "seats_below_members",
                    format!("{needed} members hold seats of this quota at the same time; end memberships first, or make the quota indicative"),
                )
                .with_arg("count", needed)
                .into());
            }
        }
        sqlx::query("UPDATE seat_quotas SET label = $1, seats = $2, hard = $3 WHERE id = $4")
            .bind(&fields.label)
            .bind(i64::from(fields.seats))
            .bind(i64::from(fields.hard))
            .bind(id.0)
            .execute(&mut *tx)
            .await?;
        let after = SeatQuota {
            id,
            body_id,
            fields,
        };
        let change = Change {
            action: "update",
            entity: "seat_quota",
            entity_id: id.to_string(),
            body_id: Some(body_id),
            public: true,
            before: serde_json::to_string(&before).ok(),
            after: serde_json::to_string(&after).ok(),
            reason: None,
        };
        record(&mut tx, by, change).await?;
        tx.commit().await?;
        Ok(after)
    }

    async fn membership(&self, body: BodyId, id: MembershipId) -> Result<Option<Membership>> {
        let row = sqlx::query(
            "SELECT id, body_id, quota_id, role, state, organization_id, person_id, start_date, end_date, \
             personal_capacity, nominated_by, illustrative FROM memberships WHERE id = $1 AND body_id = $2",
        )
        .bind(id.0)
        .bind(body.0)
        .fetch_optional(&self.pool)
        .await?;
        match row {
            None => Ok(None),
            Some(row) => Ok(Some(Membership {
                id,
                body_id: body,
                fields: fields_from_row(&row)?,
            })),
        }
    }

    async fn update_membership(
        &self,
        by: &AuditActor,
        body_id: BodyId,
        id: MembershipId,
        f: &MembershipFields,
        reason: Option<&str>,
    ) -> Result<Membership> {
        let mut tx = self.begin_write().await?;
        let body = lock_body(&mut tx, body_id).await?;
        let row = sqlx::query(
            "SELECT quota_id, role, state, organization_id, person_id, start_date, end_date, \
             personal_capacity, nominated_by, illustrative FROM memberships WHERE id = $1 AND body_id = $2",
        )
        .bind(id.0)
        .bind(body_id.0)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(StoreError::not_found("membership"))?;
        let before = Membership {
            id,
            body_id,
            fields: fields_from_row(&row)?,
        };
        self.check_in_transaction(&mut tx, &body, f, Some(id))
            .await?;
        sqlx::query(
            "UPDATE memberships SET quota_id = $1, role = $2, state = $3, organization_id = $4, person_id = $5, \
             start_date = $6, end_date = $7, personal_capacity = $8, nominated_by = $9 WHERE id = $10",
        )
        .bind(f.quota_id.map(|q| q.0))
        .bind(f.role.code())
        .bind(&f.state)
        .bind(f.organization_id.map(|o| o.0))
        .bind(f.person_id.map(|p| p.0))
        .bind(date_text(f.start_date))
        .bind(date_text(f.end_date))
        .bind(i64::from(f.personal_capacity))
        .bind(&f.nominated_by)
        .bind(id.0)
        .execute(&mut *tx)
        .await?;
        let after = Membership {
            id,
            body_id,
            fields: MembershipFields {
                illustrative: before.fields.illustrative,
                ..f.clone()
            },
        };
        let change = Change {
            action: "update",
            entity: "membership",
            entity_id: id.to_string(),
            body_id: Some(body_id),
            public: true,
            before: serde_json::to_string(&before).ok(),
            after: serde_json::to_string(&after).ok(),
            reason,
        };
        record(&mut tx, by, change).await?;
        tx.commit().await?;
        Ok(after)
    }

    async fn add_membership(
        &self,
        by: &AuditActor,
        body_id: BodyId,
        f: &MembershipFields,
    ) -> Result<Membership> {
        let mut tx = self.begin_write().await?;
        // Two requests for the last seat of a quota must not both see it free.
        let body = lock_body(&mut tx, body_id).await?;
        self.check_in_transaction(&mut tx, &body, f, None).await?;
        let row = sqlx::query(
            "INSERT INTO memberships (body_id, quota_id, role, state, organization_id, person_id, start_date, \
             end_date, personal_capacity, nominated_by, illustrative, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
        )
        .bind(body_id.0)
        .bind(f.quota_id.map(|q| q.0))
        .bind(f.role.code())
        .bind(&f.state)
        .bind(f.organization_id.map(|o| o.0))
        .bind(f.person_id.map(|p| p.0))
        .bind(date_text(f.start_date))
        .bind(date_text(f.end_date))
        .bind(i64::from(f.personal_capacity))
        .bind(&f.nominated_by)
        .bind(i64::from(f.illustrative))
        .bind(now())
        .fetch_one(&mut *tx)
        .await?;
        let membership = Membership {
            id: MembershipId(row.int("id")?),
            body_id,
            fields: f.clone(),
        };
        let change = Change {
            action: "create",
            entity: "membership",
            entity_id: membership.id.to_string(),
            body_id: Some(body_id),
            public: true,
            before: None,
            after: serde_json::to_string(&membership).ok(),
            reason: None,
        };
        record(&mut tx, by, change).await?;
        tx.commit().await?;
        Ok(membership)
    }

    async fn memberships(&self, body: BodyId) -> Result<Vec<MembershipView>> {
        self.views("m.body_id = $1", ViewKey::Id(body.0)).await
    }

    async fn memberships_of_state(&self, iso2: &str) -> Result<Vec<MembershipView>> {
        self.views(
            "(m.state = $1 OR (m.state IS NULL AND p.country = $1))",
            ViewKey::Text(iso2),
        )
        .await
    }

    async fn memberships_of_person(&self, id: PersonId) -> Result<Vec<MembershipView>> {
        self.views("m.person_id = $1", ViewKey::Id(id.0)).await
    }

    async fn memberships_of_organization(&self, id: OrganizationId) -> Result<Vec<MembershipView>> {
        self.views("m.organization_id = $1", ViewKey::Id(id.0))
            .await
    }
}
