//! How often anyone may do what costs others something: guess a password, send someone mail,
//! open accounts. Each limit is counted per key (an account, a recipient, a client address) in
//! a fixed window; past it, the request is refused with the seconds to wait. The numbers are
//! here, in one place, so that a page and the API cannot disagree on them.

/// A limit: at most `max` attempts per key in each window of `window_secs` seconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limit {
    /// What is counted, as stored (`sign_in_address`…).
    pub scope: &'static str,
    /// Attempts allowed in a window.
    pub max: u32,
    /// The window's length, in seconds.
    pub window_secs: u64,
}

const MINUTE: u64 = 60;
const HOUR: u64 = 60 * MINUTE;
const DAY: u64 = 24 * HOUR;

/// Password guesses at one account from browsers that have never signed in to it. A stranger
/// exhausts only this one: the owner's own browser counts in [`SIGN_IN_KNOWN_DEVICE`].
pub const SIGN_IN_ACCOUNT: Limit = Limit {
    scope: "sign_in_account",
    max: 5,
    window_secs: 15 * MINUTE,
};

/// Password guesses at one account from one browser that has signed in to it before.
pub const SIGN_IN_KNOWN_DEVICE: Limit = Limit {
    scope: "sign_in_device",
    max: 5,
    window_secs: 15 * MINUTE,
};

/// Sign-in attempts from one client address, whatever the account.
pub const SIGN_IN_ADDRESS: Limit = Limit {
    scope: "sign_in_address",
    max: 20,
    window_secs: 15 * MINUTE,
};

/// Password-reset mail to one address.
pub const RESET_RECIPIENT: Limit = Limit {
    scope: "reset_recipient",
    max: 3,
    window_secs: HOUR,
};

/// Password-reset requests from one client address.
pub const RESET_ADDRESS: Limit = Limit {
    scope: "reset_address",
    max: 10,
    window_secs: HOUR,
};

/// Sign-ups (each mails a confirmation) to one address.
pub const SIGN_UP_RECIPIENT: Limit = Limit {
    scope: "sign_up_recipient",
    max: 3,
    window_secs: HOUR,
};

/// Sign-ups from one client address.
pub const SIGN_UP_ADDRESS: Limit = Limit {
    scope: "sign_up_address",
    max: 10,
    window_secs: HOUR,
};

/// Invitations sent by one account.
pub const INVITATION_SENDER: Limit = Limit {
    scope: "invitation_sender",
    max: 100,
    window_secs: DAY,
};

/// Invitations to one address.
pub const INVITATION_RECIPIENT: Limit = Limit {
    scope: "invitation_recipient",
    max: 3,
    window_secs: DAY,
};

/// Co-signatories asked to confirm by one account (each is mailed, with the respondent's words).
pub const SIGNATORY_SENDER: Limit = Limit {
    scope: "signatory_sender",
    max: 30,
    window_secs: DAY,
};

/// Requests to confirm a co-signature mailed to one address.
pub const SIGNATORY_RECIPIENT: Limit = Limit {
    scope: "signatory_recipient",
    max: 5,
    window_secs: DAY,
};

/// Mail-sending requests from one client address, whatever they send.
pub const MAIL_ADDRESS: Limit = Limit {
    scope: "mail_address",
    max: 60,
    window_secs: HOUR,
};
