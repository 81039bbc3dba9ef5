//! Topics of a body's work: the subjects it settles from the inputs it received (the WGEC's
//! 2013 mapping of international public policy issues, its 2017 topics for recommendations).
//! A topic is proposed, then the body decides on it — agreed or not retained — and the decision
//! is recorded: when, where (at which meeting) and on what basis. Agenda items take up topics.

use serde::{Deserialize, Serialize};
use time::Date;

use crate::body::parse_code;
use crate::dates::{self, parse_date};
use crate::error::{Errors, Invalid};
use crate::ids::{BodyId, MeetingId, TopicId};
use crate::text;

code_enum! {
    /// Where a topic stands.
    pub enum TopicState {
        /// Proposed (by the Chair, a member, the secretariat's analysis), not yet decided.
        Proposed = "proposed" => "Proposed",
        /// Agreed by the body.
        Agreed = "agreed" => "Agreed",
        /// Considered and not retained.
        NotRetained = "not_retained" => "Not retained",
    }
}

/// A topic's details.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TopicFields {
    /// Its title, in `lang`.
    pub title: String,
    /// What it covers.
    pub description: Option<String>,
    /// Language of the text.
    pub lang: String,
}

/// The body's decision on a topic.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TopicDecision {
    /// Agreed or not retained.
    pub state: TopicState,
    /// When it was decided.
    #[serde(with = "dates::iso")]
    pub decided_on: Date,
    /// The meeting at which it was decided, if it was at one.
    pub meeting_id: Option<MeetingId>,
    /// On what basis: the responses, the Chair's proposal, the discussion.
    pub basis: String,
}

/// A topic as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Topic {
    /// Its id.
    pub id: TopicId,
    /// The body whose work it is.
    pub body_id: BodyId,
    /// Its details.
    #[serde(flatten)]
    pub fields: TopicFields,
    /// Proposed, agreed or not retained.
    pub state: TopicState,
    /// The decision, once taken.
    pub decision: Option<TopicDecision>,
    /// Who recorded the decision (the audit log has the whole trail).
    pub decided_by: Option<String>,
}

/// A topic as a form submits it.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct TopicForm {
    /// Title.
    pub title: Option<String>,
    /// Description.
    pub description: Option<String>,
    /// Language of the text.
    pub lang: Option<String>,
}

impl TopicForm {
    /// Checks every field.
    pub fn parse(&self) -> Result<TopicFields, Invalid> {
        let mut e = Errors::default();
        let title = e.take(text::required("title", self.title.as_deref(), 300));
        let description = e.take(text::optional(
            "description",
            self.description.as_deref(),
            5000,
        ));
        let lang = e.take(text::language("lang", self.lang.as_deref()));
        e.finish()?;
        let (Some(title), Some(description), Some(lang)) = (title, description, lang) else {
            return Err(Invalid::one("form", "internal", "Incomplete form"));
        };
        Ok(TopicFields {
            title,
            description,
            lang,
        })
    }
}

/// A decision as a form submits it.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct TopicDecisionForm {
    /// `agreed` or `not_retained`.
    pub state: Option<String>,
    /// Date, `YYYY-MM-DD`.
    pub decided_on: Option<String>,
    /// Meeting id; empty for none.
    pub meeting_id: Option<i64>,
    /// Basis of the decision.
    pub basis: Option<String>,
}

impl TopicDecisionForm {
    /// Checks every field: a decision is agreed or not retained, dated, with its basis.
    pub fn parse(&self) -> Result<TopicDecision, Invalid> {
        let mut e = Errors::default();
        let state = e.take(parse_code(
            "state",
            self.state.as_deref(),
            None,
            TopicState::parse,
            TopicState::expected,
        ));
        if state == Some(TopicState::Proposed) {
            e.add(
                "state",
                "invalid_transition",
                "A decision agrees on a topic or does not retain it",
            );
        }
        let decided_on = e.take(parse_date(
            "decided_on",
            self.decided_on.as_deref().unwrap_or_default(),
        ));
        let basis = e.take(text::required("basis", self.basis.as_deref(), 2000));
        e.finish()?;
        let (Some(state), Some(decided_on), Some(basis)) = (state, decided_on, basis) else {
            return Err(Invalid::one("form", "internal", "Incomplete form"));
        };
        Ok(TopicDecision {
            state,
            decided_on,
            meeting_id: self.meeting_id.map(MeetingId),
            basis,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_topic_needs_a_title() {
        let err = TopicForm::default().parse().unwrap_err();
        assert_eq!(err.errors[0].field, "title");
        let ok = TopicForm {
            title: Some(" Role of governments ".into()),
            ..Default::default()
        }
        .parse()
        .unwrap();
        assert_eq!(
            (ok.title.as_str(), ok.lang.as_str()),
            ("Role of governments", "en")
        );
    }

    #[test]
    fn a_decision_is_dated_reasoned_and_final() {
        let err = TopicDecisionForm {
            state: Some("proposed".into()),
            decided_on: Some("2013-13-01".into()),
            ..Default::default()
        }
        .parse()
        .unwrap_err();
        let fields: Vec<_> = err
            .errors
            .iter()
            .map(|e| (e.field.as_str(), e.code))
            .collect();
        assert_eq!(
            fields,
            [
                ("state", "invalid_transition"),
                ("decided_on", "invalid_date"),
                ("basis", "required")
            ]
        );
        let ok = TopicDecisionForm {
            state: Some("agreed".into()),
            decided_on: Some("2013-11-08".into()),
            meeting_id: Some(2),
            basis: Some("Agreed at the second meeting on the Chair's proposal".into()),
        }
        .parse()
        .unwrap();
        assert_eq!(ok.state, TopicState::Agreed);
    }
}
