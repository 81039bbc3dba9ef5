//! Responses to calls for input: who responds (a person, an organisation or a government, with
//! one canonical stakeholder category and sub-category, a country and ECOSOC status), the answers
//! checked against the call's questions, consent to publish and to be cited individually, and
//! the exact record of what was received — the bytes whose SHA-256 the receipt carries.

use crate::ids::QuestionId;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::body::parse_code;
use crate::call::{Question, QuestionKind};
use crate::error::{Errors, FieldError, Invalid};
use crate::reference::parse_country;
use crate::stakeholder::{sub_category, EcosocStatus, StakeholderGroup};
use crate::text;

code_enum! {
    /// Who a respondent is.
    pub enum RespondentKind {
        /// A person, in their own name.
        Person = "person" => "A person",
        /// An organisation.
        Organization = "organization" => "An organisation",
        /// A government.
        Government = "government" => "A government",
    }
}

code_enum! {
    /// How a response reached the secretariat.
    pub enum Channel {
        /// Through Concord's form.
        Web = "web" => "Online form",
        /// By e-mail, recorded by the secretariat.
        Email = "email" => "E-mail",
        /// On paper, recorded by the secretariat.
        Paper = "paper" => "Paper",
        /// Imported in a batch.
        Import = "import" => "Import",
    }
}

/// Who responds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Respondent {
    /// Person, organisation or government.
    pub kind: RespondentKind,
    /// The person's, organisation's or government's name.
    pub name: String,
    /// A person's organisation, if they give one.
    pub organization: Option<String>,
    /// The one canonical stakeholder group the response counts in.
    pub stakeholder_group: StakeholderGroup,
    /// Its sub-category, within the group.
    pub sub_category: Option<String>,
    /// Country (ISO 3166-1 alpha-2).
    pub country: Option<String>,
    /// ECOSOC consultative status of an organisation.
    pub ecosoc: Option<EcosocStatus>,
}

/// An answer to one question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    /// The question.
    pub question_id: QuestionId,
    /// Its number as printed, kept with the answer so the record reads on its own.
    pub label: String,
    /// A free-text answer.
    pub text: Option<String>,
    /// The options chosen.
    pub choices: Vec<String>,
}

/// A response as submitted: everything the respondent sends.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Submission {
    /// Who responds.
    pub respondent: Respondent,
    /// Language the response is written in.
    pub lang: String,
    /// The answers, in the call's order, only those given.
    pub answers: Vec<Answer>,
    /// Consent to publish the response.
    pub consent_publish: bool,
    /// Consent to be cited individually.
    pub consent_cite: bool,
    /// Files that came with it: their names, kinds, sizes and SHA-256, so the record received
    /// (and its hash) covers them too.
    #[serde(default)]
    pub attachments: Vec<Attachment>,
    /// Those who sign jointly with the respondent; each confirms by e-mail.
    #[serde(default)]
    pub signatories: Vec<Signatory>,
}

/// A co-signatory of a joint submission.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Signatory {
    /// Name of the person or organisation signing.
    pub name: String,
    /// The organisation a person signs for, if any.
    pub organization: Option<String>,
    /// Where the request to confirm goes.
    pub email: String,
}

/// The most co-signatories one submission names.
pub const MAX_SIGNATORIES: usize = 100;

/// Reads co-signatories, one per line: `Name <address>` or `Name, Organisation <address>`.
pub fn parse_signatories(field: &str, text: Option<&str>) -> Result<Vec<Signatory>, FieldError> {
    let mut out: Vec<Signatory> = Vec::new();
    for (i, line) in text
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .enumerate()
    {
        let bad = || {
            FieldError::new(
                field,
                "invalid_signatory",
                format!(
                    "Line {}: write a name and an address, as in Ana Silva <ana@example.org>",
                    i + 1
                ),
            )
            .with("line", i + 1)
        };
        let (who, rest) = line.split_once('<').ok_or_else(bad)?;
        let address = rest.strip_suffix('>').ok_or_else(bad)?;
        let email = crate::account::Email::parse(field, address.trim()).map_err(|_| bad())?;
        let (name, organization) = match who.split_once(',') {
            Some((name, org)) => (name.trim(), Some(org.trim()).filter(|o| !o.is_empty())),
            None => (who.trim(), None),
        };
        if name.is_empty() {
            return Err(bad());
        }
        if out
            .iter()
            .any(|s| s.email.eq_ignore_ascii_case(email.as_str()))
        {
            continue;
        }
        out.push(Signatory {
            name: name.to_owned(),
            organization: organization.map(str::to_owned),
            email: email.as_str().to_owned(),
        });
    }
    if out.len() > MAX_SIGNATORIES {
        return Err(FieldError::new(
            field,
            "too_many_signatories",
            format!("A submission names at most {MAX_SIGNATORIES} co-signatories"),
        )
        .with("limit", MAX_SIGNATORIES));
    }
    Ok(out)
}

/// A file received with a response.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attachment {
    /// Its name.
    pub file_name: String,
    /// Its media type, read from its content.
    pub media_type: String,
    /// Its size in bytes.
    pub byte_size: i64,
    /// SHA-256 of its content.
    pub sha256: String,
}

/// What was received, exactly: the record a receipt's hash is computed over. Its JSON has a
/// fixed field order, so the same record always gives the same bytes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Received<'a> {
    /// The call answered.
    pub call_id: i64,
    /// The response's reference number.
    pub reference: &'a str,
    /// Which version of the response (1 for the first submission).
    pub version: i64,
    /// How it was received.
    pub channel: Channel,
    /// What was sent.
    #[serde(flatten)]
    pub submission: &'a Submission,
}

impl Received<'_> {
    /// The canonical bytes: compact JSON in the fields' declared order.
    pub fn canonical_json(&self) -> String {
        // Serialising plain structs of strings, numbers and booleans cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// SHA-256 of `bytes`, as lowercase hexadecimal.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The words of a text, as a word limit counts them: runs separated by spaces, and each
/// Chinese, Japanese or Korean character on its own (those scripts do not separate words).
pub fn word_count(text: &str) -> usize {
    let mut count = 0;
    let mut in_word = false;
    for c in text.chars() {
        if is_cjk(c) {
            count += 1;
            in_word = false;
        } else if c.is_whitespace() {
            in_word = false;
        } else if !in_word {
            count += 1;
            in_word = true;
        }
    }
    count
}

fn is_cjk(c: char) -> bool {
    matches!(u32::from(c), 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF)
}

/// A response as a form or an import submits it.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct SubmissionForm {
    /// Respondent kind code.
    pub kind: Option<String>,
    /// Name.
    pub name: Option<String>,
    /// Organisation of a person.
    pub organization: Option<String>,
    /// Stakeholder group code.
    pub stakeholder_group: Option<String>,
    /// Sub-category code.
    pub sub_category: Option<String>,
    /// Country code.
    pub country: Option<String>,
    /// ECOSOC status code.
    pub ecosoc: Option<String>,
    /// Language of the response.
    pub lang: Option<String>,
    /// Consent to publish.
    pub consent_publish: Option<bool>,
    /// Consent to be cited.
    pub consent_cite: Option<bool>,
    /// Answers by question id: the text, or the chosen options.
    pub answers: Vec<(i64, Vec<String>)>,
    /// Co-signatories, one per line: `Name <address>` or `Name, Organisation <address>`.
    pub signatories: Option<String>,
}

/// The longest answer accepted, whatever the word limit: 100,000 characters.
pub const MAX_ANSWER_CHARS: usize = 100_000;

impl SubmissionForm {
    /// Checks the respondent and the answers against `questions`. A draft may leave required
    /// questions unanswered; a submission may not. Errors name the question's field,
    /// `q<question id>`.
    pub fn parse(&self, questions: &[Question], draft: bool) -> Result<Submission, Invalid> {
        let mut e = Errors::default();
        let kind = e.take(parse_code(
            "kind",
            self.kind.as_deref(),
            None,
            RespondentKind::parse,
            RespondentKind::expected,
        ));
        let name = e.take(text::required("name", self.name.as_deref(), 300));
        let organization = e.take(text::optional(
            "organization",
            self.organization.as_deref(),
            300,
        ));
        let group = e.take(parse_code(
            "stakeholder_group",
            self.stakeholder_group.as_deref(),
            (kind == Some(RespondentKind::Government)).then_some(StakeholderGroup::Government),
            StakeholderGroup::parse,
            StakeholderGroup::expected,
        ));
        if let (Some(kind), Some(group)) = (kind, group) {
            if (kind == RespondentKind::Government) != (group == StakeholderGroup::Government) {
                e.add(
                    "stakeholder_group",
                    "wrong_group",
                    "A government responds in the governments group, and only a government does",
                );
            }
        }
        let sub = match self.sub_category.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(code) => match sub_category(code) {
                Some(s) if Some(s.group) == group => Some(code.to_owned()),
                _ => {
                    e.add(
                        "sub_category",
                        "unknown_value",
                        "Choose a sub-category of the stakeholder group",
                    );
                    None
                }
            },
        };
        let country = match self.country.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(code) => e
                .take(parse_country("country", code))
                .map(|s| s.iso2.to_owned()),
        };
        let ecosoc = match self.ecosoc.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(code) => e.take(parse_code(
                "ecosoc",
                Some(code),
                None,
                EcosocStatus::parse,
                EcosocStatus::expected,
            )),
        };
        let lang = e.take(text::language("lang", self.lang.as_deref()));
        let answers = check_answers(&mut e, questions, &self.answers, draft);
        let signatories = e.take(parse_signatories(
            "signatories",
            self.signatories.as_deref(),
        ));
        e.finish()?;
        let (Some(kind), Some(name), Some(organization), Some(group), Some(lang)) =
            (kind, name, organization, group, lang)
        else {
            return Err(Invalid::one("form", "internal", "Incomplete form"));
        };
        Ok(Submission {
            respondent: Respondent {
                kind,
                name,
                organization,
                stakeholder_group: group,
                sub_category: sub,
                country,
                ecosoc,
            },
            lang,
            answers,
            consent_publish: self.consent_publish.unwrap_or(false),
            consent_cite: self.consent_cite.unwrap_or(false),
            attachments: Vec::new(),
            signatories: signatories.unwrap_or_default(),
        })
    }
}

fn check_answers(
    e: &mut Errors,
    questions: &[Question],
    given: &[(i64, Vec<String>)],
    draft: bool,
) -> Vec<Answer> {
    let mut answers = Vec::new();
    for q in questions {
        let field = format!("q{}", q.id);
        let values: Vec<String> = given
            .iter()
            .filter(|(id, _)| *id == q.id.0)
            .flat_map(|(_, v)| v.iter())
            .map(|v| v.trim().to_owned())
            .filter(|v| !v.is_empty())
            .collect();
        if values.is_empty() {
            if q.required && !draft {
                e.add(&field, "answer_required", "This question needs an answer");
            }
            continue;
        }
        let answer = match q.kind {
            QuestionKind::FreeText => {
                let text = values.join("\n\n");
                let count = text.chars().count();
                if count > MAX_ANSWER_CHARS {
                    e.add_with(
                        &field,
                        "too_long",
                        format!("At most {MAX_ANSWER_CHARS} characters, not {count}"),
                        &[
                            ("max", MAX_ANSWER_CHARS.to_string()),
                            ("count", count.to_string()),
                        ],
                    );
                    continue;
                }
                match text::required(&field, Some(&text), MAX_ANSWER_CHARS) {
                    Ok(text) => {
                        let words = word_count(&text);
                        if let Some(limit) = q.word_limit.filter(|&l| words > l as usize) {
                            e.add_with(
                                &field,
                                "over_word_limit",
                                format!("This answer has {words} words; the limit is {limit}"),
                                &[("words", words.to_string()), ("limit", limit.to_string())],
                            );
                            continue;
                        }
                        Answer {
                            question_id: q.id,
                            label: q.label.clone(),
                            text: Some(text),
                            choices: Vec::new(),
                        }
                    }
                    Err(error) => {
                        e.push(error);
                        continue;
                    }
                }
            }
            QuestionKind::SingleChoice | QuestionKind::MultipleChoice => {
                if values.iter().any(|v| !q.options.contains(v))
                    || (q.kind == QuestionKind::SingleChoice && values.len() > 1)
                {
                    e.add(&field, "unknown_value", "Choose among the options offered");
                    continue;
                }
                Answer {
                    question_id: q.id,
                    label: q.label.clone(),
                    text: None,
                    choices: values,
                }
            }
        };
        answers.push(answer);
    }
    answers
}

#[cfg(test)]
mod tests {
    use super::*;

    fn question(id: i64, kind: QuestionKind, limit: Option<u32>, required: bool) -> Question {
        Question {
            id: QuestionId(id),
            position: id,
            label: id.to_string(),
            text: format!("Question {id}"),
            kind,
            options: if kind == QuestionKind::FreeText {
                Vec::new()
            } else {
                vec!["Government".into(), "Non-Government".into()]
            },
            word_limit: limit,
            required,
            analytic_group: None,
        }
    }

    fn form(answers: Vec<(i64, Vec<String>)>) -> SubmissionForm {
        SubmissionForm {
            kind: Some("organization".into()),
            name: Some("Association for Progressive Communications".into()),
            stakeholder_group: Some("civil_society".into()),
            country: Some("ZA".into()),
            consent_publish: Some(true),
            answers,
            ..Default::default()
        }
    }

    #[test]
    fn words_are_counted_in_every_script() {
        assert_eq!(word_count("  enhanced   cooperation\nnow "), 3);
        assert_eq!(word_count("加强合作"), 4);
        assert_eq!(word_count("التعاون المعزز"), 2);
    }

    #[test]
    fn answers_are_checked_against_the_questions() {
        let questions = [
            question(1, QuestionKind::SingleChoice, None, true),
            question(2, QuestionKind::FreeText, Some(3), true),
            question(3, QuestionKind::FreeText, None, false),
        ];
        let ok = form(vec![
            (1, vec!["Non-Government".into()]),
            (2, vec!["Open, inclusive, transparent".into()]),
        ])
        .parse(&questions, false)
        .unwrap();
        assert_eq!(ok.answers.len(), 2);
        let bad = form(vec![
            (1, vec!["Other".into()]),
            (2, vec!["one two three four".into()]),
        ])
        .parse(&questions, false)
        .unwrap_err();
        let codes: Vec<_> = bad
            .errors
            .iter()
            .map(|e| (e.field.as_str(), e.code))
            .collect();
        assert_eq!(codes, [("q1", "unknown_value"), ("q2", "over_word_limit")]);
        let missing = form(vec![]).parse(&questions, false).unwrap_err();
        assert_eq!(missing.errors.len(), 2);
        assert!(
            form(vec![]).parse(&questions, true).is_ok(),
            "a draft may be incomplete"
        );
    }

    #[test]
    fn a_government_responds_as_a_government() {
        let err = SubmissionForm {
            kind: Some("government".into()),
            stakeholder_group: Some("civil_society".into()),
            ..form(vec![])
        }
        .parse(&[], true)
        .unwrap_err();
        assert_eq!(err.errors[0].code, "wrong_group");
    }

    #[test]
    fn the_received_record_hashes_the_same_every_time() {
        let submission = form(vec![]).parse(&[], true).unwrap();
        let received = Received {
            call_id: 1,
            reference: "1-00001",
            version: 1,
            channel: Channel::Web,
            submission: &submission,
        };
        let json = received.canonical_json();
        assert!(json.starts_with("{\"call_id\":1,\"reference\":\"1-00001\",\"version\":1,\"channel\":\"web\",\"respondent\":{\"kind\":\"organization\""), "{json}");
        assert_eq!(
            sha256_hex(json.as_bytes()),
            sha256_hex(received.canonical_json().as_bytes())
        );
    }
}
