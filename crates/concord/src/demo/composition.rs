//! The seats and members of the bodies (`composition.toml`), entered through the seat quota and
//! membership forms, so that the composition rules check the data as they check the
//! secretariat.

use anyhow::{anyhow, Context};
use concord_domain::composition::{MembershipForm, QuotaForm};
use concord_domain::ids::BodyId;
use concord_store::CompositionStore;
use serde::Deserialize;

use super::strict_form::StrictForm;
use super::Loader;

/// What `composition.toml` holds.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct CompositionFile {
    /// The compositions, one per body.
    pub composition: Vec<CompositionRecord>,
}

/// The seats of a body and its named members.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct CompositionRecord {
    /// The body's acronym.
    pub body: String,
    /// Its seat quotas, in order.
    #[serde(default)]
    pub quotas: Vec<QuotaRecord>,
    /// Its members, in order.
    #[serde(default)]
    pub member: Vec<MemberRecord>,
}

/// A seat quota: the quota form, and the code its seats name it by.
#[derive(Debug, Deserialize)]
pub(super) struct QuotaRecord {
    /// The code seats name the quota by, when not its regional or stakeholder group.
    pub code: Option<String>,
    /// The rest, as the seat quota form.
    #[serde(flatten)]
    pub form: StrictForm<QuotaForm>,
}

/// A member: the membership form, and what the seat is held by and under.
#[derive(Debug, Deserialize)]
pub(super) struct MemberRecord {
    /// The code of the quota the seat counts under.
    pub quota: Option<String>,
    /// The person holding it, by name.
    pub person: Option<String>,
    /// The organisation holding it, or the person's there, by acronym.
    pub organization: Option<String>,
    /// The rest, as the membership form.
    #[serde(flatten)]
    pub form: StrictForm<MembershipForm>,
}

impl QuotaRecord {
    /// The code seats name the quota by: its own, or its regional or stakeholder group.
    pub(super) fn code(&self) -> &str {
        let form = &self.form.0;
        self.code
            .as_deref()
            .or(form.regional_group.as_deref())
            .or(form.stakeholder_group.as_deref())
            .unwrap_or_default()
    }
}

impl MemberRecord {
    /// Who holds the seat, for messages: the person, the organisation or the state.
    fn holder(&self) -> &str {
        self.person
            .as_deref()
            .or(self.organization.as_deref())
            .or(self.form.0.state.as_deref())
            .unwrap_or("nobody named")
    }
}

impl Loader<'_> {
    /// Adds the body's seat quotas, then its members.
    pub(super) async fn composition(&mut self, body: BodyId, acronym: &str) -> anyhow::Result<()> {
        let data = self.data;
        let compositions = data.composition.composition.iter();
        for record in compositions.filter(|c| c.body == acronym) {
            let mut quotas = Vec::with_capacity(record.quotas.len());
            for quota in &record.quotas {
                let fields = quota.form.0.parse().with_context(|| {
                    format!("composition.toml: quota “{}” of {acronym}", quota.code())
                })?;
                let id = self.store.add_quota(&self.by, body, &fields).await?.id.0;
                quotas.push((quota.code(), id));
            }
            for (at, member) in record.member.iter().enumerate() {
                self.member(body, &quotas, member).await.with_context(|| {
                    format!(
                        "composition.toml: member {} of {acronym} ({})",
                        at + 1,
                        member.holder()
                    )
                })?;
            }
        }
        Ok(())
    }

    /// Seats a member under the quota its record names among `quotas` (code and id).
    async fn member(
        &mut self,
        body: BodyId,
        quotas: &[(&str, i64)],
        member: &MemberRecord,
    ) -> anyhow::Result<()> {
        let mut form = member.form.0.clone();
        form.quota_id = member
            .quota
            .as_deref()
            .map(|code| {
                quotas
                    .iter()
                    .find(|(c, _)| *c == code)
                    .map(|(_, id)| *id)
                    .ok_or_else(|| anyhow!("no quota “{code}” in this body's composition"))
            })
            .transpose()?;
        form.person_id = self.person(member.person.as_deref())?.map(|p| p.0);
        form.organization_id = self
            .organization(member.organization.as_deref())?
            .map(|o| o.0);
        self.store
            .add_membership(&self.by, body, &form.parse()?)
            .await?;
        self.report.memberships += 1;
        Ok(())
    }
}
