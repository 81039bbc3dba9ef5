//! Every message Concord sends is composed here, one way: a [`Letter`] names the message and
//! carries its facts, and [`compose`] writes it in the reader's language from the Fluent
//! messages `mail-<name>-subject` and `mail-<name>-body`. Nothing else builds a message.
//!
//! *When* a letter is composed follows from what it says. A receipt, a request to co-sign and an
//! account link are composed inside the transaction of the action that causes them (the store
//! takes them as [`concord_store::Mails`] or a draft), so that nothing acknowledged is ever without
//! its message. A reminder or a notice is composed by its job when it falls due (`jobs/`), because
//! what it says (the meeting's venue that day, the outcome of a silence) is known only then. Either
//! way the message is written to the outbox and one `send_mail` job delivers it.

use concord_store::MailDraft;

use crate::i18n::{Locale, Tr};

/// The names of every letter's Fluent messages, `mail-<name>-subject` and `mail-<name>-body`.
pub const LETTER_NAMES: [&str; 13] = [
    "receipt",
    "signature",
    "confirm",
    "already",
    "change",
    "reset",
    "invite",
    "reminder",
    "revised",
    "silence",
    "silence-passed",
    "statement-accepted",
    "statement-rejected",
];

/// A message, with the facts it states. Links are absolute: they are read outside Concord.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Letter {
    /// The receipt of a submitted response: what was received, its reference and its hash.
    Receipt {
        name: String,
        title: String,
        reference: String,
        version: String,
        hash: String,
        link: String,
    },
    /// A request to confirm a co-signature of a response.
    SignatureRequest {
        name: String,
        respondent: String,
        title: String,
        reference: String,
        link: String,
    },
    /// The link that confirms a new account's address.
    ConfirmAccount { name: String, link: String },
    /// Sent instead of a confirmation when the address already has an account.
    AlreadyRegistered { name: String, link: String },
    /// The link that confirms a change of address.
    ChangeAddress { name: String, link: String },
    /// The link that chooses a new password.
    ResetPassword { name: String, link: String },
    /// An invitation to take up a person's seat in a body.
    Invitation {
        name: String,
        body: String,
        link: String,
    },
    /// A meeting is near.
    MeetingReminder {
        name: String,
        title: String,
        when: String,
        venue: String,
        link: String,
    },
    /// A new version of a followed document is filed.
    DocumentRevised {
        name: String,
        base: String,
        symbol: String,
        title: String,
        link: String,
    },
    /// A text is circulated under silence, until a deadline.
    SilenceCirculated(SilenceFacts),
    /// Silence was not broken: the text is adopted.
    SilencePassed(SilenceFacts),
    /// The moderators accepted a statement one wrote in an opinion conversation.
    StatementAccepted {
        name: String,
        title: String,
        statement: String,
        link: String,
    },
    /// The moderators rejected a statement one wrote, with their reason.
    StatementRejected {
        name: String,
        title: String,
        statement: String,
        reason: String,
        link: String,
    },
}

/// What a notice of a silence procedure states.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SilenceFacts {
    pub name: String,
    pub title: String,
    pub version: String,
    pub deadline: String,
    pub link: String,
}

impl Letter {
    /// The name of its Fluent messages: `mail-<name>-subject` and `mail-<name>-body`.
    fn message(&self) -> &'static str {
        match self {
            Letter::Receipt { .. } => "receipt",
            Letter::SignatureRequest { .. } => "signature",
            Letter::ConfirmAccount { .. } => "confirm",
            Letter::AlreadyRegistered { .. } => "already",
            Letter::ChangeAddress { .. } => "change",
            Letter::ResetPassword { .. } => "reset",
            Letter::Invitation { .. } => "invite",
            Letter::MeetingReminder { .. } => "reminder",
            Letter::DocumentRevised { .. } => "revised",
            Letter::SilenceCirculated(_) => "silence",
            Letter::SilencePassed(_) => "silence-passed",
            Letter::StatementAccepted { .. } => "statement-accepted",
            Letter::StatementRejected { .. } => "statement-rejected",
        }
    }

    /// The facts, as the arguments of its messages.
    fn arguments(self) -> Vec<(&'static str, String)> {
        match self {
            Letter::Receipt {
                name,
                title,
                reference,
                version,
                hash,
                link,
            } => vec![
                ("name", name),
                ("title", title),
                ("reference", reference),
                ("version", version),
                ("hash", hash),
                ("link", link),
            ],
            Letter::SignatureRequest {
                name,
                respondent,
                title,
                reference,
                link,
            } => vec![
                ("name", name),
                ("respondent", respondent),
                ("title", title),
                ("reference", reference),
                ("link", link),
            ],
            Letter::ConfirmAccount { name, link }
            | Letter::AlreadyRegistered { name, link }
            | Letter::ChangeAddress { name, link }
            | Letter::ResetPassword { name, link } => vec![("name", name), ("link", link)],
            Letter::Invitation { name, body, link } => {
                vec![("name", name), ("body", body), ("link", link)]
            }
            Letter::MeetingReminder {
                name,
                title,
                when,
                venue,
                link,
            } => vec![
                ("name", name),
                ("title", title),
                ("when", when),
                ("venue", venue),
                ("link", link),
            ],
            Letter::DocumentRevised {
                name,
                base,
                symbol,
                title,
                link,
            } => vec![
                ("name", name),
                ("base", base),
                ("symbol", symbol),
                ("title", title),
                ("link", link),
            ],
            Letter::StatementAccepted {
                name,
                title,
                statement,
                link,
            } => vec![
                ("name", name),
                ("title", title),
                ("statement", statement),
                ("link", link),
            ],
            Letter::StatementRejected {
                name,
                title,
                statement,
                reason,
                link,
            } => vec![
                ("name", name),
                ("title", title),
                ("statement", statement),
                ("reason", reason),
                ("link", link),
            ],
            Letter::SilenceCirculated(facts) | Letter::SilencePassed(facts) => vec![
                ("name", facts.name),
                ("title", facts.title),
                ("version", facts.version),
                ("deadline", facts.deadline),
                ("link", facts.link),
            ],
        }
    }
}

/// Writes `letter` to `to` in the language of `t`.
pub fn compose(t: &Tr, to: &str, letter: Letter) -> MailDraft {
    let message = letter.message();
    let arguments = letter.arguments();
    MailDraft {
        to: to.to_owned(),
        subject: t.args(&format!("mail-{message}-subject"), &arguments),
        body: t.args(&format!("mail-{message}-body"), &arguments),
    }
}

/// The language a reader chose on their account, English when they chose none.
pub fn in_language_of(lang: Option<&str>) -> Tr {
    let locale = lang.and_then(Locale::from_tag).unwrap_or(Locale::En);
    Tr::new(locale, "/")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every letter, with placeholder facts.
    fn every_letter() -> Vec<Letter> {
        let s = |v: &str| v.to_owned();
        let silence = SilenceFacts {
            name: s("Ana"),
            title: s("Draft"),
            version: s("2"),
            deadline: s("1 May"),
            link: s("https://x/texts/1"),
        };
        vec![
            Letter::Receipt {
                name: s("Ana"),
                title: s("Call"),
                reference: s("C1-0001"),
                version: s("1"),
                hash: s("abc"),
                link: s("https://x/r"),
            },
            Letter::SignatureRequest {
                name: s("Ben"),
                respondent: s("Ana"),
                title: s("Call"),
                reference: s("C1-0001"),
                link: s("https://x/s"),
            },
            Letter::ConfirmAccount {
                name: s("Ana"),
                link: s("https://x/c"),
            },
            Letter::AlreadyRegistered {
                name: s("Ana"),
                link: s("https://x/a"),
            },
            Letter::ChangeAddress {
                name: s("Ana"),
                link: s("https://x/e"),
            },
            Letter::ResetPassword {
                name: s("Ana"),
                link: s("https://x/p"),
            },
            Letter::Invitation {
                name: s("Ana"),
                body: s("WGEC"),
                link: s("https://x/i"),
            },
            Letter::MeetingReminder {
                name: s("Ana"),
                title: s("First meeting"),
                when: s("1 May"),
                venue: s("Geneva"),
                link: s("https://x/m"),
            },
            Letter::DocumentRevised {
                name: s("Ana"),
                base: s("E/CN.16/2018/1"),
                symbol: s("E/CN.16/2018/1/Rev.1"),
                title: s("Report"),
                link: s("https://x/d"),
            },
            Letter::SilenceCirculated(silence.clone()),
            Letter::SilencePassed(silence),
            Letter::StatementAccepted {
                name: s("Ana"),
                title: s("Where do we stand?"),
                statement: s("Capacity matters."),
                link: s("https://x/opinion/1"),
            },
            Letter::StatementRejected {
                name: s("Ana"),
                title: s("Where do we stand?"),
                statement: s("Off topic."),
                reason: s("Not about the question"),
                link: s("https://x/opinion/1"),
            },
        ]
    }

    #[test]
    fn every_letter_is_written_in_every_language_with_its_link() {
        for locale in Locale::ALL {
            let t = Tr::new(locale, "/");
            for letter in every_letter() {
                let arguments = letter.clone().arguments();
                let link = arguments.iter().find(|(k, _)| *k == "link").map(|(_, v)| v);
                let message = letter.message();
                assert!(LETTER_NAMES.contains(&message), "{message} is not listed");
                for part in ["subject", "body"] {
                    assert!(
                        t.args_complete(&format!("mail-{message}-{part}"), &arguments)
                            .is_some(),
                        "{locale:?}: mail-{message}-{part} names a fact the letter lacks"
                    );
                }
                let mail = compose(&t, "ana@example.org", letter.clone());
                assert!(
                    !mail.subject.is_empty() && !mail.subject.starts_with("mail-"),
                    "{locale:?} has no subject for {letter:?}"
                );
                assert!(
                    link.is_some_and(|link| mail.body.contains(link.as_str())),
                    "{locale:?}: the body of {letter:?} lacks its link: {}",
                    mail.body
                );
            }
        }
    }
}
