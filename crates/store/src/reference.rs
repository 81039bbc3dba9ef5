//! Keeps the reference tables (regional groups, states, stakeholder groups and sub-categories,
//! WSIS action lines) equal to the data compiled into `concord-domain`, so that foreign keys and
//! joins work on them in SQL.

use concord_domain::action_line::ACTION_LINES;
use concord_domain::reference::{states, RegionalGroup, UnStatus};
use concord_domain::stakeholder::{StakeholderGroup, SUB_CATEGORIES};

use crate::connect::Store;
use crate::Result;

impl Store {
    /// Inserts or updates every reference row, in one transaction.
    pub(crate) async fn seed_reference_data(&self) -> Result<()> {
        let mut tx = self.begin_write().await?;
        for group in RegionalGroup::ALL {
            sqlx::query(
                "INSERT INTO regional_groups (code, name) VALUES ($1, $2) \
                 ON CONFLICT (code) DO UPDATE SET name = excluded.name",
            )
            .bind(group.code())
            .bind(group.label())
            .execute(&mut *tx)
            .await?;
        }
        for state in states() {
            sqlx::query(
                "INSERT INTO states (iso2, iso3, m49, name, regional_group, un_status, least_developed) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7) \
                 ON CONFLICT (iso2) DO UPDATE SET iso3 = excluded.iso3, m49 = excluded.m49, \
                 name = excluded.name, regional_group = excluded.regional_group, \
                 un_status = excluded.un_status, least_developed = excluded.least_developed",
            )
            .bind(state.iso2)
            .bind(state.iso3)
            .bind(state.m49)
            .bind(state.name)
            .bind(state.regional_group.map(|g| g.code()))
            .bind(match state.un_status {
                UnStatus::Member => "member",
                UnStatus::Observer => "observer",
            })
            .bind(i64::from(state.least_developed))
            .execute(&mut *tx)
            .await?;
        }
        for group in StakeholderGroup::ALL {
            sqlx::query(
                "INSERT INTO stakeholder_groups (code, name) VALUES ($1, $2) \
                 ON CONFLICT (code) DO UPDATE SET name = excluded.name",
            )
            .bind(group.code())
            .bind(group.label())
            .execute(&mut *tx)
            .await?;
        }
        for sub in SUB_CATEGORIES {
            sqlx::query(
                "INSERT INTO stakeholder_sub_categories (code, stakeholder_group, name) VALUES ($1, $2, $3) \
                 ON CONFLICT (code) DO UPDATE SET stakeholder_group = excluded.stakeholder_group, name = excluded.name",
            )
            .bind(sub.code)
            .bind(sub.group.code())
            .bind(sub.label)
            .execute(&mut *tx)
            .await?;
        }
        for (position, line) in ACTION_LINES.iter().enumerate() {
            sqlx::query(
                "INSERT INTO action_lines (code, title, parent, position) VALUES ($1, $2, $3, $4) \
                 ON CONFLICT (code) DO UPDATE SET title = excluded.title, parent = excluded.parent, \
                 position = excluded.position",
            )
            .bind(line.code)
            .bind(line.title)
            .bind(line.parent)
            .bind(i64::try_from(position).unwrap_or(i64::MAX))
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Counts of the reference rows in the database: regional groups, states, stakeholder
    /// groups, sub-categories, action lines.
    pub async fn reference_counts(&self) -> Result<[i64; 5]> {
        let mut counts = [0; 5];
        for (i, table) in [
            "regional_groups",
            "states",
            "stakeholder_groups",
            "stakeholder_sub_categories",
            "action_lines",
        ]
        .iter()
        .enumerate()
        {
            let row = sqlx::query(&format!("SELECT COUNT(*) FROM {table}"))
                .fetch_one(&self.pool)
                .await?;
            counts[i] = sqlx::Row::try_get(&row, 0)?;
        }
        Ok(counts)
    }
}
