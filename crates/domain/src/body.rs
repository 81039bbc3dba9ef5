//! Bodies: commissions, working groups, correspondence groups and the like, with their mandate,
//! reporting target, decision rule, openness and lifecycle.

use serde::{Deserialize, Serialize};
use time::Date;

use crate::dates::{self, parse_optional_date};
use crate::error::{Errors, FieldError, Invalid};
use crate::ids::BodyId;
use crate::text;

code_enum! {
    /// What kind of body it is.
    pub enum BodyType {
        /// A functional commission such as the CSTD.
        Commission = "commission" => "Commission",
        /// A working group such as the WGEC or the WGIGF.
        WorkingGroup = "working_group" => "Working group",
        /// An open correspondence group working by e-mail.
        CorrespondenceGroup = "correspondence_group" => "Correspondence group",
        /// An ad hoc group (the 2014 drafting group chaired by India).
        AdHocGroup = "ad_hoc_group" => "Ad hoc group",
        /// A breakout group of a meeting.
        BreakoutGroup = "breakout_group" => "Breakout group",
        /// A voluntary task force (the 2013 issue-extraction task force).
        TaskForce = "task_force" => "Task force",
        /// An advisory group such as the IGF MAG.
        AdvisoryGroup = "advisory_group" => "Advisory group",
        /// A principal organ or council (ECOSOC, the General Assembly).
        Organ = "organ" => "Principal organ or council",
    }
}

code_enum! {
    /// How the body takes decisions.
    pub enum DecisionRule {
        /// By consensus: no formal objection stands.
        Consensus = "consensus" => "Consensus",
        /// By majority vote.
        Majority = "majority" => "Majority vote",
        /// The Chair decides (procedural matters of a sub-group).
        ChairDecides = "chair_decides" => "Chair decides",
    }
}

code_enum! {
    /// Who may take part.
    pub enum Openness {
        /// Members only (observers by accreditation).
        MembersOnly = "members_only" => "Members only",
        /// Open-ended: any Member State may take part.
        OpenEnded = "open_ended" => "Open-ended",
        /// Open to all stakeholders (the correspondence group).
        OpenToAll = "open_to_all" => "Open to all",
    }
}

code_enum! {
    /// Where a body stands in its life, from mandate to conclusion.
    pub enum Lifecycle {
        /// Mandated by a resolution, not yet composed.
        Mandated = "mandated" => "Mandated",
        /// Regional and stakeholder focal points are consulted on the composition.
        CompositionConsultation = "composition_consultation" => "Composition under consultation",
        /// Established and announced.
        Established = "established" => "Established",
        /// Methods of work agreed.
        MethodsAgreed = "methods_agreed" => "Methods of work agreed",
        /// Working: meetings and intersessional work.
        Working = "working" => "Working",
        /// Drafting its report.
        ReportDrafting = "report_drafting" => "Drafting its report",
        /// Concluded with an agreed report.
        ConcludedWithAgreedReport = "concluded_agreed" => "Concluded with an agreed report",
        /// Concluded without consensus: the Chair reports on own responsibility.
        ConcludedWithoutConsensus = "concluded_without_consensus" => "Concluded without consensus",
        /// Report transmitted to the parent body.
        Transmitted = "transmitted" => "Report transmitted",
        /// The mandate has expired.
        MandateExpired = "mandate_expired" => "Mandate expired",
    }
}

impl Lifecycle {
    /// The states a body may move to from this one. Steps may be skipped forward (a group may
    /// agree its methods at its first meeting), but a concluded body does not go back to work:
    /// a renewed mandate is a new body.
    pub fn next_states(self) -> &'static [Lifecycle] {
        use Lifecycle::*;
        match self {
            Mandated => &[CompositionConsultation, Established],
            CompositionConsultation => &[Established],
            Established => &[MethodsAgreed, Working],
            MethodsAgreed => &[Working],
            Working => &[
                ReportDrafting,
                ConcludedWithAgreedReport,
                ConcludedWithoutConsensus,
            ],
            ReportDrafting => &[
                Working,
                ConcludedWithAgreedReport,
                ConcludedWithoutConsensus,
            ],
            ConcludedWithAgreedReport | ConcludedWithoutConsensus => &[Transmitted, MandateExpired],
            Transmitted => &[MandateExpired],
            MandateExpired => &[],
        }
    }

    /// Whether the body has concluded its work (with or without consensus).
    pub fn is_concluded(self) -> bool {
        use Lifecycle::*;
        matches!(
            self,
            ConcludedWithAgreedReport | ConcludedWithoutConsensus | Transmitted | MandateExpired
        )
    }

    /// Checks a move to `to`, explaining a refusal.
    pub fn check_move(self, to: Lifecycle) -> Result<(), Invalid> {
        if self.next_states().contains(&to) {
            return Ok(());
        }
        let allowed = self
            .next_states()
            .iter()
            .map(|s| s.label())
            .collect::<Vec<_>>()
            .join(", ");
        let allowed = if allowed.is_empty() {
            "none".to_owned()
        } else {
            allowed
        };
        Err(Invalid::one(
            "lifecycle",
            "invalid_transition",
            format!(
                "A body that is “{}” cannot become “{}”; possible next states: {allowed}",
                self.label(),
                to.label()
            ),
        ))
    }
}

/// The mandate a body works under: the resolution and paragraph that created it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct Mandate {
    /// The resolution's symbol, e.g. `A/RES/67/195`.
    pub symbol: Option<String>,
    /// The operative paragraph, e.g. `20`.
    pub paragraph: Option<String>,
    /// The mandate's text, in its own language.
    pub text: Option<String>,
    /// The language of `text` (BCP 47).
    pub lang: String,
}

/// A body as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Body {
    /// Its id.
    pub id: BodyId,
    /// The fields it was created with.
    #[serde(flatten)]
    pub fields: BodyFields,
    /// Where it stands.
    pub lifecycle: Lifecycle,
}

/// Everything about a body that its secretariat sets.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BodyFields {
    /// Full name, e.g. "Working Group on Enhanced Cooperation".
    pub name: String,
    /// Short name, unique across Concord, e.g. `WGEC-2013`.
    pub acronym: String,
    /// Kind of body.
    pub body_type: BodyType,
    /// The body it belongs to (the WGEC's parent is the CSTD).
    pub parent_id: Option<BodyId>,
    /// The mandate.
    pub mandate: Mandate,
    /// The body it reports to, when that body is in Concord.
    pub reports_to_id: Option<BodyId>,
    /// The reporting target in words, e.g. "17th session of the CSTD".
    pub reporting_target: Option<String>,
    /// When its report is due.
    #[serde(with = "dates::option_iso")]
    pub reporting_deadline: Option<Date>,
    /// How it decides.
    pub decision_rule: DecisionRule,
    /// Who may take part.
    pub openness: Openness,
    /// When it was established.
    #[serde(with = "dates::option_iso")]
    pub start_date: Option<Date>,
    /// When it ended or ends.
    #[serde(with = "dates::option_iso")]
    pub end_date: Option<Date>,
    /// A short description.
    pub description: Option<String>,
    /// The language of the name and description (BCP 47).
    pub lang: String,
    /// True for demonstration content that is illustrative rather than sourced.
    pub illustrative: bool,
}

impl BodyFields {
    /// Whether `date` falls within the body's dates (open ends accept anything).
    pub fn covers(&self, date: Date) -> bool {
        self.start_date.is_none_or(|s| date >= s) && self.end_date.is_none_or(|e| date <= e)
    }
}

/// A body as a form or an API call submits it: every field as text, checked by [`BodyForm::parse`].
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct BodyForm {
    /// Full name.
    pub name: Option<String>,
    /// Acronym.
    pub acronym: Option<String>,
    /// `commission`, `working_group`…
    pub body_type: Option<String>,
    /// Parent body id.
    pub parent_id: Option<i64>,
    /// Mandate symbol.
    pub mandate_symbol: Option<String>,
    /// Mandate paragraph.
    pub mandate_paragraph: Option<String>,
    /// Mandate text.
    pub mandate_text: Option<String>,
    /// Language of the mandate text.
    pub mandate_lang: Option<String>,
    /// Body reported to.
    pub reports_to_id: Option<i64>,
    /// Reporting target in words.
    pub reporting_target: Option<String>,
    /// Reporting deadline, `YYYY-MM-DD`.
    pub reporting_deadline: Option<String>,
    /// `consensus`, `majority`, `chair_decides`.
    pub decision_rule: Option<String>,
    /// `members_only`, `open_ended`, `open_to_all`.
    pub openness: Option<String>,
    /// Start, `YYYY-MM-DD`.
    pub start_date: Option<String>,
    /// End, `YYYY-MM-DD`.
    pub end_date: Option<String>,
    /// Description.
    pub description: Option<String>,
    /// Language of name and description.
    pub lang: Option<String>,
    /// Illustrative demonstration content.
    pub illustrative: Option<bool>,
}

/// Parses a code field such as `body_type`, or takes `default` when it is empty.
pub fn parse_code<T>(
    field: &str,
    value: Option<&str>,
    default: Option<T>,
    parse: fn(&str) -> Option<T>,
    expected: fn() -> String,
) -> Result<T, FieldError> {
    match value.map(str::trim).filter(|v| !v.is_empty()) {
        None => default.ok_or_else(|| FieldError::new(field, "required", "This field is required")),
        Some(v) => parse(v).ok_or_else(|| {
            FieldError::new(
                field,
                "unknown_value",
                format!("“{v}” is not one of: {}", expected()),
            )
        }),
    }
}

/// The acronym rule: a letter first, then letters, digits, dots or hyphens; at most 24.
pub fn parse_acronym(field: &str, value: Option<&str>) -> Result<String, FieldError> {
    let acronym = text::required(field, value, 24)?;
    let mut chars = acronym.chars();
    let ok = chars.next().is_some_and(char::is_alphabetic)
        && chars.all(|c| c.is_alphanumeric() || c == '-' || c == '.');
    if ok {
        Ok(acronym)
    } else {
        Err(FieldError::new(
            field,
            "invalid_acronym",
            "An acronym starts with a letter and holds only letters, digits, dots and hyphens, such as WGEC-2013",
        ))
    }
}

impl BodyForm {
    /// Checks every field and returns the body's fields, or every problem found.
    pub fn parse(&self) -> Result<BodyFields, Invalid> {
        let mut e = Errors::default();
        let name = e.take(text::required("name", self.name.as_deref(), 200));
        let acronym = e.take(parse_acronym("acronym", self.acronym.as_deref()));
        let body_type = e.take(parse_code(
            "body_type",
            self.body_type.as_deref(),
            None,
            BodyType::parse,
            BodyType::expected,
        ));
        let decision_rule = e.take(parse_code(
            "decision_rule",
            self.decision_rule.as_deref(),
            Some(DecisionRule::Consensus),
            DecisionRule::parse,
            DecisionRule::expected,
        ));
        let openness = e.take(parse_code(
            "openness",
            self.openness.as_deref(),
            Some(Openness::MembersOnly),
            Openness::parse,
            Openness::expected,
        ));
        let symbol = e.take(text::optional(
            "mandate_symbol",
            self.mandate_symbol.as_deref(),
            80,
        ));
        let paragraph = e.take(text::optional(
            "mandate_paragraph",
            self.mandate_paragraph.as_deref(),
            40,
        ));
        let mandate_text = e.take(text::optional(
            "mandate_text",
            self.mandate_text.as_deref(),
            20_000,
        ));
        let mandate_lang = e.take(text::language("mandate_lang", self.mandate_lang.as_deref()));
        let reporting_target = e.take(text::optional(
            "reporting_target",
            self.reporting_target.as_deref(),
            200,
        ));
        let reporting_deadline = e.take(parse_optional_date(
            "reporting_deadline",
            self.reporting_deadline.as_deref(),
        ));
        let start_date = e.take(parse_optional_date(
            "start_date",
            self.start_date.as_deref(),
        ));
        let end_date = e.take(parse_optional_date("end_date", self.end_date.as_deref()));
        let description = e.take(text::optional(
            "description",
            self.description.as_deref(),
            5_000,
        ));
        let lang = e.take(text::language("lang", self.lang.as_deref()));
        if let (Some(Some(start)), Some(Some(end))) = (start_date, end_date) {
            if end < start {
                e.add(
                    "end_date",
                    "ends_before_start",
                    "The end date is before the start date",
                );
            }
        }
        if let (Some(Some(start)), Some(Some(deadline))) = (start_date, reporting_deadline) {
            if deadline < start {
                e.add(
                    "reporting_deadline",
                    "deadline_before_start",
                    "The reporting deadline is before the body's start date",
                );
            }
        }
        e.finish()?;
        // Every `take` above succeeded, or `finish` would have returned the errors.
        let missing = || Invalid::one("form", "internal", "Incomplete form");
        Ok(BodyFields {
            name: name.ok_or_else(missing)?,
            acronym: acronym.ok_or_else(missing)?,
            body_type: body_type.ok_or_else(missing)?,
            parent_id: self.parent_id.map(BodyId),
            mandate: Mandate {
                symbol: symbol.ok_or_else(missing)?,
                paragraph: paragraph.ok_or_else(missing)?,
                text: mandate_text.ok_or_else(missing)?,
                lang: mandate_lang.ok_or_else(missing)?,
            },
            reports_to_id: self.reports_to_id.map(BodyId),
            reporting_target: reporting_target.ok_or_else(missing)?,
            reporting_deadline: reporting_deadline.ok_or_else(missing)?,
            decision_rule: decision_rule.ok_or_else(missing)?,
            openness: openness.ok_or_else(missing)?,
            start_date: start_date.ok_or_else(missing)?,
            end_date: end_date.ok_or_else(missing)?,
            description: description.ok_or_else(missing)?,
            lang: lang.ok_or_else(missing)?,
            illustrative: self.illustrative.unwrap_or(false),
        })
    }
}

/// One recorded change of a body's lifecycle state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LifecycleChange {
    /// The state before; `None` for the creation.
    pub from: Option<Lifecycle>,
    /// The state after.
    pub to: Lifecycle,
    /// The day it happened, when known.
    #[serde(with = "dates::option_iso")]
    pub on: Option<Date>,
    /// Why, or the decision that did it.
    pub note: Option<String>,
    /// When it was recorded (RFC 3339).
    pub recorded_at: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wgec() -> BodyForm {
        BodyForm {
            name: Some("Working Group on Enhanced Cooperation".into()),
            acronym: Some("WGEC-2013".into()),
            body_type: Some("working_group".into()),
            mandate_symbol: Some("A/RES/67/195".into()),
            mandate_paragraph: Some("20".into()),
            start_date: Some("2013-03-22".into()),
            end_date: Some("2014-05-14".into()),
            ..Default::default()
        }
    }

    #[test]
    fn a_valid_form_gets_defaults() {
        let body = wgec().parse().unwrap();
        assert_eq!(body.decision_rule, DecisionRule::Consensus);
        assert_eq!(body.openness, Openness::MembersOnly);
        assert_eq!(body.mandate.lang, "en");
    }

    #[test]
    fn every_problem_is_reported_with_its_field() {
        let form = BodyForm {
            name: Some(" ".into()),
            acronym: Some("1WG".into()),
            body_type: Some("club".into()),
            start_date: Some("2014-01-01".into()),
            end_date: Some("2013-01-01".into()),
            ..Default::default()
        };
        let fields: Vec<_> = form
            .parse()
            .unwrap_err()
            .errors
            .into_iter()
            .map(|e| (e.field, e.code))
            .collect();
        assert_eq!(
            fields,
            [
                ("name".to_owned(), "required"),
                ("acronym".to_owned(), "invalid_acronym"),
                ("body_type".to_owned(), "unknown_value"),
                ("end_date".to_owned(), "ends_before_start"),
            ]
        );
    }

    #[test]
    fn lifecycle_moves_forward_and_ends_without_consensus() {
        use Lifecycle::*;
        assert!(Mandated.check_move(Established).is_ok());
        assert!(Working.check_move(ConcludedWithoutConsensus).is_ok());
        let err = ConcludedWithoutConsensus.check_move(Working).unwrap_err();
        assert_eq!(err.errors[0].code, "invalid_transition");
        assert!(MandateExpired.next_states().is_empty());
    }
}
