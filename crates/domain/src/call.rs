//! Calls for input: a body's questionnaire or open call, with its questions in order (verbatim
//! text, sub-parts such as Q2 a/b/c, free text with an optional word limit or a choice among
//! options, an analytic group), a deadline in a time zone that may be extended (each extension
//! kept with its reason), who may answer, the consent wording and the publication policy.
//! The WGEC's 2013 questionnaire (Q1–Q11) is the model.

use serde::{Deserialize, Serialize};
use time::{Date, Time};

use crate::body::parse_code;
use crate::dates::{self, parse_date};
use crate::error::{Errors, Invalid};
use crate::ids::{BodyId, CallId, QuestionId};
use crate::meeting::valid_time_zone;
use crate::text;

code_enum! {
    /// Where a call stands. The secretariat moves it; the audit log records each move.
    pub enum CallState {
        /// Being prepared; not visible to respondents.
        Draft = "draft" => "Draft",
        /// Open for responses until the deadline.
        Open = "open" => "Open",
        /// Closed: responses no longer change except by correction.
        Closed = "closed" => "Closed",
        /// The responses are compiled.
        Compiled = "compiled" => "Compiled",
    }
}

impl CallState {
    /// The moves the secretariat may make from here.
    pub fn next(self) -> &'static [CallState] {
        match self {
            CallState::Draft => &[CallState::Open],
            CallState::Open => &[CallState::Closed],
            CallState::Closed => &[CallState::Open, CallState::Compiled],
            CallState::Compiled => &[],
        }
    }
}

code_enum! {
    /// Who may answer a call.
    pub enum Audience {
        /// Anyone whose e-mail address is confirmed (an account with a confirmed address).
        ConfirmedEmail = "confirmed_email" => "Anyone with a confirmed e-mail address",
        /// Any signed-in user.
        SignedIn = "signed_in" => "Signed-in users",
        /// Members of the body only.
        Members = "members" => "Members of the body only",
    }
}

code_enum! {
    /// What is published of the responses.
    pub enum Publication {
        /// Responses whose respondent consents are published; the others are counted only.
        WithConsent = "with_consent" => "Published when the respondent consents",
        /// Nothing is published individually; responses are used in aggregate only.
        AggregateOnly = "aggregate_only" => "Used in aggregate only",
    }
}

code_enum! {
    /// How a question is answered.
    pub enum QuestionKind {
        /// Free text, with an optional word limit.
        FreeText = "free_text" => "Free text",
        /// One option among several.
        SingleChoice = "single_choice" => "Single choice",
        /// Any number of options.
        MultipleChoice = "multiple_choice" => "Multiple choice",
    }
}

/// The consent question of the WGEC's 2013 questionnaire, the default wording.
pub const DEFAULT_CONSENT: &str = "The information solicited through this questionnaire will only be used in aggregate form, unless otherwise authorised by the respondent. Do you authorise us to cite/share your views individually?";

/// A call's settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CallFields {
    /// Title, in `lang`.
    pub title: String,
    /// What the call asks and why.
    pub description: Option<String>,
    /// Language of the texts.
    pub lang: String,
    /// First day responses are taken.
    #[serde(with = "dates::iso")]
    pub opens_on: Date,
    /// Last day of the deadline.
    #[serde(with = "dates::iso")]
    pub closes_on: Date,
    /// Time of day of the deadline, in `time_zone`.
    pub closes_time: String,
    /// IANA time zone of the deadline.
    pub time_zone: String,
    /// Who may answer.
    pub audience: Audience,
    /// The consent question put to every respondent.
    pub consent_text: String,
    /// What is published.
    pub publication: Publication,
    /// Demonstration content that is illustrative rather than sourced.
    pub illustrative: bool,
}

impl CallFields {
    /// The deadline as Unix seconds: the closing day at the closing time in the call's zone.
    pub fn deadline(&self) -> Option<i64> {
        deadline(self.closes_on, &self.closes_time, &self.time_zone)
    }
}

/// `day` at `time` (`HH:MM`) in `zone`, as Unix seconds.
pub fn deadline(day: Date, time: &str, zone: &str) -> Option<i64> {
    // The last second of the closing minute.
    dates::unix_seconds(day, parse_clock(time)?, 59, zone)
}

fn parse_clock(value: &str) -> Option<Time> {
    let format = time::macros::format_description!("[hour]:[minute]");
    Time::parse(value.trim(), format).ok()
}

/// A call as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Call {
    /// Its id.
    pub id: CallId,
    /// The body that issues it.
    pub body_id: BodyId,
    /// Its settings.
    #[serde(flatten)]
    pub fields: CallFields,
    /// Where it stands.
    pub state: CallState,
}

/// A call as a form or the API submits it.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct CallForm {
    /// Title.
    pub title: Option<String>,
    /// Description.
    pub description: Option<String>,
    /// Language of the texts.
    pub lang: Option<String>,
    /// Opening day, `YYYY-MM-DD`.
    pub opens_on: Option<String>,
    /// Closing day, `YYYY-MM-DD`.
    pub closes_on: Option<String>,
    /// Closing time, `HH:MM` (23:59 when empty).
    pub closes_time: Option<String>,
    /// IANA time zone (UTC when empty).
    pub time_zone: Option<String>,
    /// Audience code.
    pub audience: Option<String>,
    /// Consent wording (the WGEC's when empty).
    pub consent_text: Option<String>,
    /// Publication code.
    pub publication: Option<String>,
}

/// Checks a deadline's day, time and zone, adding what is wrong to `e`.
fn check_deadline(
    e: &mut Errors,
    closes_on: Option<&str>,
    closes_time: Option<&str>,
    time_zone: Option<&str>,
) -> (Option<Date>, String, String) {
    let day = e.take(parse_date("closes_on", closes_on.unwrap_or_default()));
    let time = closes_time
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .unwrap_or("23:59")
        .to_owned();
    if parse_clock(&time).is_none() {
        e.add(
            "closes_time",
            "invalid_time",
            "Write the time as HH:MM, for example 23:59",
        );
    }
    let zone = time_zone
        .map(str::trim)
        .filter(|z| !z.is_empty())
        .unwrap_or("UTC")
        .to_owned();
    if !valid_time_zone(&zone) {
        e.add(
            "time_zone",
            "unknown_time_zone",
            format!("“{zone}” is not a time zone; use a name such as Europe/Zurich"),
        );
    }
    (day, time, zone)
}

impl CallForm {
    /// Checks every field.
    pub fn parse(&self) -> Result<CallFields, Invalid> {
        let mut e = Errors::default();
        let title = e.take(text::required("title", self.title.as_deref(), 300));
        let description = e.take(text::optional(
            "description",
            self.description.as_deref(),
            10_000,
        ));
        let lang = e.take(text::language("lang", self.lang.as_deref()));
        let opens_on = e.take(parse_date(
            "opens_on",
            self.opens_on.as_deref().unwrap_or_default(),
        ));
        let (closes_on, closes_time, time_zone) = check_deadline(
            &mut e,
            self.closes_on.as_deref(),
            self.closes_time.as_deref(),
            self.time_zone.as_deref(),
        );
        if let (Some(open), Some(close)) = (opens_on, closes_on) {
            if close < open {
                e.add(
                    "closes_on",
                    "ends_before_start",
                    "The call closes before it opens",
                );
            }
        }
        let audience = e.take(parse_code(
            "audience",
            self.audience.as_deref(),
            Some(Audience::ConfirmedEmail),
            Audience::parse,
            Audience::expected,
        ));
        let consent_text = e
            .take(text::optional(
                "consent_text",
                self.consent_text.as_deref(),
                2_000,
            ))
            .map(|c| c.unwrap_or_else(|| DEFAULT_CONSENT.to_owned()));
        let publication = e.take(parse_code(
            "publication",
            self.publication.as_deref(),
            Some(Publication::WithConsent),
            Publication::parse,
            Publication::expected,
        ));
        e.finish()?;
        let (
            Some(title),
            Some(description),
            Some(lang),
            Some(opens_on),
            Some(closes_on),
            Some(audience),
            Some(consent_text),
            Some(publication),
        ) = (
            title,
            description,
            lang,
            opens_on,
            closes_on,
            audience,
            consent_text,
            publication,
        )
        else {
            return Err(Invalid::one("form", "internal", "Incomplete form"));
        };
        Ok(CallFields {
            title,
            description,
            lang,
            opens_on,
            closes_on,
            closes_time,
            time_zone,
            audience,
            consent_text,
            publication,
            illustrative: false,
        })
    }
}

/// An extension of a call's deadline, kept with its reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Extension {
    /// The new closing day.
    #[serde(with = "dates::iso")]
    pub closes_on: Date,
    /// The new closing time, `HH:MM`.
    pub closes_time: String,
    /// Why.
    pub reason: String,
    /// When it was decided (RFC 3339).
    pub decided_at: String,
    /// The deadline it replaced, in words (`2013-08-15 23:59 UTC`).
    pub previous: String,
}

/// Checks an extension: a later day, a time, a reason.
pub fn parse_extension(
    closes_on: Option<&str>,
    closes_time: Option<&str>,
    reason: Option<&str>,
    call: &CallFields,
) -> Result<(Date, String, String), Invalid> {
    let mut e = Errors::default();
    let (day, time, _) = check_deadline(&mut e, closes_on, closes_time, Some(&call.time_zone));
    let reason = e.take(text::required("reason", reason, 1_000));
    if let Some(day) = day {
        let later = deadline(day, &time, &call.time_zone)
            .zip(call.deadline())
            .is_some_and(|(new, old)| new > old);
        if !later {
            e.add(
                "closes_on",
                "not_later",
                "An extension moves the deadline later",
            );
        }
    }
    e.finish()?;
    match (day, reason) {
        (Some(day), Some(reason)) => Ok((day, time, reason)),
        _ => Err(Invalid::one("form", "internal", "Incomplete form")),
    }
}

/// A question of a call.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Question {
    /// Its id.
    pub id: QuestionId,
    /// Its place in the call.
    pub position: i64,
    /// Its number as printed: `2`, or `2 a)` for a sub-part.
    pub label: String,
    /// The verbatim text.
    pub text: String,
    /// How it is answered.
    pub kind: QuestionKind,
    /// The options of a choice question.
    pub options: Vec<String>,
    /// Most words a free-text answer may have.
    pub word_limit: Option<u32>,
    /// Whether an answer is required.
    pub required: bool,
    /// The analytic group it belongs to (the Chair's 2013 analysis grouped the questions in 5).
    pub analytic_group: Option<String>,
}

/// A question as a form submits it.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct QuestionForm {
    /// Number as printed.
    pub label: Option<String>,
    /// Verbatim text.
    pub text: Option<String>,
    /// Kind code.
    pub kind: Option<String>,
    /// Options, one per line.
    pub options: Option<String>,
    /// Word limit.
    pub word_limit: Option<String>,
    /// Required.
    pub required: Option<bool>,
    /// Analytic group.
    pub analytic_group: Option<String>,
}

impl QuestionForm {
    /// Checks every field; `position` and `id` are the store's.
    pub fn parse(&self) -> Result<Question, Invalid> {
        let mut e = Errors::default();
        let label = e.take(text::required("label", self.label.as_deref(), 16));
        let text = e.take(text::required("text", self.text.as_deref(), 5_000));
        let kind = e.take(parse_code(
            "kind",
            self.kind.as_deref(),
            Some(QuestionKind::FreeText),
            QuestionKind::parse,
            QuestionKind::expected,
        ));
        let options: Vec<String> = self
            .options
            .as_deref()
            .unwrap_or_default()
            .lines()
            .map(str::trim)
            .filter(|o| !o.is_empty())
            .map(str::to_owned)
            .collect();
        if kind.is_some_and(|k| k != QuestionKind::FreeText) && options.len() < 2 {
            e.add(
                "options",
                "too_few_options",
                "A choice question needs at least two options, one per line",
            );
        }
        let word_limit = match self.word_limit.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(v) => match v.parse::<u32>() {
                Ok(n) if n > 0 => Some(n),
                _ => {
                    e.add(
                        "word_limit",
                        "out_of_range",
                        "The word limit is a whole number above zero",
                    );
                    None
                }
            },
        };
        let analytic_group = e.take(text::optional(
            "analytic_group",
            self.analytic_group.as_deref(),
            100,
        ));
        e.finish()?;
        let (Some(label), Some(text), Some(kind), Some(analytic_group)) =
            (label, text, kind, analytic_group)
        else {
            return Err(Invalid::one("form", "internal", "Incomplete form"));
        };
        Ok(Question {
            id: QuestionId(0),
            position: 0,
            label,
            text,
            kind,
            options: if kind == QuestionKind::FreeText {
                Vec::new()
            } else {
                options
            },
            word_limit: word_limit.filter(|_| kind == QuestionKind::FreeText),
            required: self.required.unwrap_or(false),
            analytic_group,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> CallForm {
        CallForm {
            title: Some("Questionnaire on enhanced cooperation".into()),
            opens_on: Some("2013-06-17".into()),
            closes_on: Some("2013-08-15".into()),
            time_zone: Some("Europe/Zurich".into()),
            ..Default::default()
        }
    }

    #[test]
    fn a_call_closes_at_the_end_of_its_last_day_in_its_zone() {
        let call = form().parse().unwrap();
        assert_eq!(call.consent_text, DEFAULT_CONSENT);
        // 15 August 2013, 23:59:59 in Geneva (UTC+2) is 21:59:59 UTC.
        assert_eq!(call.deadline(), Some(1_376_603_999));
    }

    #[test]
    fn bad_calls_name_each_problem() {
        let bad = CallForm {
            closes_on: Some("2013-06-01".into()),
            closes_time: Some("25:00".into()),
            time_zone: Some("Mars/Olympus".into()),
            ..form()
        };
        let codes: Vec<_> = bad
            .parse()
            .unwrap_err()
            .errors
            .iter()
            .map(|e| e.code)
            .collect();
        assert_eq!(
            codes,
            ["invalid_time", "unknown_time_zone", "ends_before_start"]
        );
    }

    #[test]
    fn extensions_move_the_deadline_later_with_a_reason() {
        let call = form().parse().unwrap();
        let (day, _, reason) = parse_extension(
            Some("2013-08-31"),
            None,
            Some("Requests from stakeholders"),
            &call,
        )
        .unwrap();
        assert_eq!(
            (day.day(), reason.as_str()),
            (31, "Requests from stakeholders")
        );
        let codes: Vec<_> = parse_extension(Some("2013-08-01"), None, None, &call)
            .unwrap_err()
            .errors
            .iter()
            .map(|e| e.code)
            .collect();
        assert_eq!(codes, ["required", "not_later"]);
    }

    #[test]
    fn questions_are_free_text_or_choices() {
        let q = QuestionForm {
            label: Some("2 a)".into()),
            text: Some("Significance".into()),
            word_limit: Some("500".into()),
            analytic_group: Some("Group 1".into()),
            ..Default::default()
        }
        .parse()
        .unwrap();
        assert_eq!((q.kind, q.word_limit), (QuestionKind::FreeText, Some(500)));
        let err = QuestionForm {
            label: Some("1".into()),
            text: Some("Which stakeholder category do you belong to?".into()),
            kind: Some("single_choice".into()),
            options: Some("Government\n".into()),
            ..Default::default()
        }
        .parse()
        .unwrap_err();
        assert_eq!(err.errors[0].code, "too_few_options");
    }
}
