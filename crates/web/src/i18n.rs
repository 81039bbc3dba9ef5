//! The interface in the six official UN languages — Arabic (right to left), Chinese, English,
//! French, Russian and Spanish — from Project Fluent catalogues in `locales/`.
//!
//! A visitor's language comes from the switcher on every page (remembered in a cookie), else
//! from `Accept-Language`, else English. Each page gets a [`Tr`] that translates keys, formats
//! dates for the language and names the states in it. What users write stays in its own
//! language; only the interface is translated. A key missing from a catalogue falls back to
//! English (and a test fails before that can ship).

use std::sync::OnceLock;

use axum::http::{header, HeaderMap};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use time::Date;

use concord_domain::reference::State;

/// The name of the cookie that remembers the chosen language.
pub const LANG_COOKIE: &str = "concord_lang";

/// An interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Locale {
    /// Arabic, written right to left.
    Ar,
    /// Chinese (simplified).
    Zh,
    /// English, the fallback.
    En,
    /// French.
    Fr,
    /// Russian.
    Ru,
    /// Spanish.
    Es,
}

impl Locale {
    /// The six, in the UN's order (English alphabetical order of the languages' names).
    pub const ALL: [Locale; 6] = [
        Locale::Ar,
        Locale::Zh,
        Locale::En,
        Locale::Fr,
        Locale::Ru,
        Locale::Es,
    ];

    /// The BCP 47 code.
    pub fn code(self) -> &'static str {
        match self {
            Locale::Ar => "ar",
            Locale::Zh => "zh",
            Locale::En => "en",
            Locale::Fr => "fr",
            Locale::Ru => "ru",
            Locale::Es => "es",
        }
    }

    /// The language's name in itself, as the switcher shows it.
    pub fn autonym(self) -> &'static str {
        match self {
            Locale::Ar => "العربية",
            Locale::Zh => "中文",
            Locale::En => "English",
            Locale::Fr => "Français",
            Locale::Ru => "Русский",
            Locale::Es => "Español",
        }
    }

    /// `rtl` for Arabic, `ltr` otherwise.
    pub fn dir(self) -> &'static str {
        if self == Locale::Ar {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// Finds a locale by a language tag's primary subtag (`fr-CH` → French).
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Locale::ALL.into_iter().find(|l| l.code() == primary)
    }

    fn source(self) -> &'static str {
        match self {
            Locale::Ar => include_str!("../locales/ar.ftl"),
            Locale::Zh => include_str!("../locales/zh.ftl"),
            Locale::En => include_str!("../locales/en.ftl"),
            Locale::Fr => include_str!("../locales/fr.ftl"),
            Locale::Ru => include_str!("../locales/ru.ftl"),
            Locale::Es => include_str!("../locales/es.ftl"),
        }
    }
}

/// The catalogues' Fluent source, per locale, for the completeness tests.
pub fn catalogue_sources() -> Vec<(Locale, &'static str)> {
    Locale::ALL.iter().map(|l| (*l, l.source())).collect()
}

type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static [(Locale, Bundle)] {
    static BUNDLES: OnceLock<Vec<(Locale, Bundle)>> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        Locale::ALL
            .iter()
            .map(|&locale| {
                let resource = FluentResource::try_new(locale.source().to_owned()).unwrap_or_else(
                    |(partial, errors)| {
                        tracing::error!(
                            locale = locale.code(),
                            ?errors,
                            "catalogue has syntax errors"
                        );
                        partial
                    },
                );
                let id = locale.code().parse().unwrap_or_default();
                let mut bundle = Bundle::new_concurrent(vec![id]);
                // Isolation marks keep numbers and Latin names in place inside Arabic text;
                // the left-to-right languages do not need them.
                bundle.set_use_isolating(locale == Locale::Ar);
                if let Err(errors) = bundle.add_resource(resource) {
                    tracing::error!(
                        locale = locale.code(),
                        ?errors,
                        "catalogue has duplicate messages"
                    );
                }
                (locale, bundle)
            })
            .collect()
    })
}

fn bundle(locale: Locale) -> Option<&'static Bundle> {
    bundles().iter().find(|(l, _)| *l == locale).map(|(_, b)| b)
}

/// Translates for one visitor: the chosen language, the page's own address (for the
/// switcher's links back to it), and the signed-in visitor for the layout.
#[derive(Debug, Clone)]
pub struct Tr {
    locale: Locale,
    path: String,
    account: Option<AccountBar>,
}

/// What the layout shows of a signed-in visitor.
#[derive(Debug, Clone)]
pub struct AccountBar {
    /// Name to show.
    pub name: String,
    /// The CSRF token of the sign-out form.
    pub csrf: String,
    /// Whether to link the administration pages.
    pub admin: bool,
}

impl Tr {
    /// The same translator with the signed-in visitor's account bar.
    pub(crate) fn with_account(mut self, account: Option<AccountBar>) -> Tr {
        self.account = account;
        self
    }

    /// A translator for `locale`, on the page at `path`.
    pub fn new(locale: Locale, path: impl Into<String>) -> Tr {
        Tr {
            locale,
            path: path.into(),
            account: None,
        }
    }

    /// The signed-in visitor, for the layout.
    pub fn account(&self) -> Option<&AccountBar> {
        self.account.as_ref()
    }

    /// The page's path and query, encoded for a `next=` parameter.
    pub fn next_param(&self) -> String {
        percent_encode(&self.path)
    }

    /// The language.
    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// The language's code, for `<html lang>`.
    pub fn lang(&self) -> &'static str {
        self.locale.code()
    }

    /// The writing direction, for `<html dir>`.
    pub fn dir(&self) -> &'static str {
        self.locale.dir()
    }

    /// The switcher's entries: (autonym, code, link, is current).
    pub fn languages(&self) -> Vec<(&'static str, &'static str, String, bool)> {
        let next = percent_encode(&self.path);
        Locale::ALL
            .iter()
            .map(|l| {
                (
                    l.autonym(),
                    l.code(),
                    format!("/language/{}?next={next}", l.code()),
                    *l == self.locale,
                )
            })
            .collect()
    }

    fn format(&self, key: &str, args: Option<&FluentArgs>) -> String {
        self.format_checked(key, args)
            .unwrap_or_else(|(text, _)| text)
    }

    /// The message `key`, or — when a value it names is missing — what it came out as and the
    /// errors, so that a caller with better words can use them instead of a raw `{$max}`.
    fn format_checked(
        &self,
        key: &str,
        args: Option<&FluentArgs>,
    ) -> Result<String, (String, Vec<fluent_bundle::FluentError>)> {
        for locale in [self.locale, Locale::En] {
            let Some(bundle) = bundle(locale) else {
                continue;
            };
            if let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, args, &mut errors);
                if !errors.is_empty() {
                    tracing::warn!(
                        key,
                        locale = locale.code(),
                        ?errors,
                        "message formatted with errors"
                    );
                    return Err((text.into_owned(), errors));
                }
                return Ok(text.into_owned());
            }
        }
        tracing::warn!(key, "message missing from every catalogue");
        Err((key.to_owned(), Vec::new()))
    }

    /// [`Tr::args`], or `None` when the message names a value not given.
    pub fn args_complete(&self, key: &str, values: &[(&'static str, String)]) -> Option<String> {
        let mut args = FluentArgs::new();
        for (name, value) in values {
            match value.parse::<i64>() {
                Ok(n) => args.set(*name, FluentValue::from(n)),
                Err(_) => args.set(*name, FluentValue::from(value.clone())),
            }
        }
        self.format_checked(key, Some(&args)).ok()
    }

    /// Whether the English catalogue has `key`.
    pub fn has(&self, key: &str) -> bool {
        bundle(Locale::En).is_some_and(|b| b.has_message(key))
    }

    /// The message `key`.
    pub fn get(&self, key: &str) -> String {
        self.format(key, None)
    }

    /// The message `key` with one argument.
    pub fn arg(&self, key: &str, name: &str, value: impl std::fmt::Display) -> String {
        let mut args = FluentArgs::new();
        let text = value.to_string();
        // A whole number goes as a number, so that plural forms work.
        match text.parse::<i64>() {
            Ok(n) => args.set(name.to_owned(), FluentValue::from(n)),
            Err(_) => args.set(name.to_owned(), FluentValue::from(text)),
        }
        self.format(key, Some(&args))
    }

    /// The message `key` with several text arguments (numbers among them are passed as numbers,
    /// so that plural forms work).
    pub fn args(&self, key: &str, values: &[(&'static str, String)]) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in values {
            match value.parse::<i64>() {
                Ok(n) => args.set(*name, FluentValue::from(n)),
                Err(_) => args.set(*name, FluentValue::from(value.clone())),
            }
        }
        self.format(key, Some(&args))
    }

    /// The message `key` with a number `$count` (for plural forms).
    pub fn count(&self, key: &str, count: impl Count) -> String {
        let mut args = FluentArgs::new();
        args.set("count", FluentValue::from(count.as_i64()));
        self.format(key, Some(&args))
    }

    /// The label of a code, e.g. `code("lifecycle", "working")` → key `lifecycle-working`.
    pub fn code(&self, kind: &str, code: &str) -> String {
        self.get(&format!("{kind}-{code}"))
    }

    /// A date in words: "22 March 2013", "22 mars 2013", "2013年3月22日"…
    pub fn date(&self, date: Date) -> String {
        let mut args = FluentArgs::new();
        args.set("day", FluentValue::from(i64::from(date.day())));
        args.set(
            "month",
            FluentValue::from(self.get(&format!("month-genitive-{}", u8::from(date.month())))),
        );
        args.set(
            "monthNumber",
            FluentValue::from(u8::from(date.month()).to_string()),
        );
        args.set("year", FluentValue::from(date.year().to_string()));
        self.format("date-long", Some(&args))
    }

    /// A month and year: "July 2013".
    pub fn month_year(&self, date: Date) -> String {
        let mut args = FluentArgs::new();
        args.set(
            "month",
            FluentValue::from(self.get(&format!("month-{}", u8::from(date.month())))),
        );
        args.set(
            "monthNumber",
            FluentValue::from(u8::from(date.month()).to_string()),
        );
        args.set("year", FluentValue::from(date.year().to_string()));
        self.format("date-month-year", Some(&args))
    }

    /// A range of dates in words; empty when both ends are open.
    pub fn date_range(&self, start: Option<Date>, end: Option<Date>) -> String {
        match (start, end) {
            (Some(s), Some(e)) if s == e => self.date(s),
            (Some(s), Some(e)) => {
                let mut args = FluentArgs::new();
                args.set("start", FluentValue::from(self.date(s)));
                args.set("end", FluentValue::from(self.date(e)));
                self.format("date-range", Some(&args))
            }
            (Some(s), None) => self.arg("date-from", "start", self.date(s)),
            (None, Some(e)) => self.arg("date-until", "end", self.date(e)),
            (None, None) => String::new(),
        }
    }

    /// A whole number with the language's digit grouping: 1,234 / 1 234 / 1.234.
    pub fn number(&self, n: impl Count) -> String {
        let n: i64 = n.as_i64();
        let digits = n.unsigned_abs().to_string();
        let separator = match self.locale {
            Locale::Fr | Locale::Ru => "\u{202f}",
            Locale::Es => ".",
            Locale::Ar | Locale::Zh | Locale::En => ",",
        };
        // Spanish groups only from five digits (10.000), as the RAE and the UN style do.
        let group = digits.len() > 4 || (digits.len() == 4 && self.locale != Locale::Es);
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if group && i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push_str(separator);
            }
            out.push(c);
        }
        if n < 0 {
            format!("-{out}")
        } else {
            out
        }
    }

    /// A state's short name in the visitor's language.
    pub fn state(&self, state: &State) -> String {
        state.name_in(self.lang()).to_owned()
    }

    /// A state's name from its code, or the code itself when unknown.
    pub fn state_code(&self, iso2: &str) -> String {
        concord_domain::reference::state(iso2).map_or_else(|| iso2.to_owned(), |s| self.state(s))
    }
}

/// A whole number that a message counts or shows (templates pass values or references).
pub trait Count {
    /// The number, saturated into `i64`.
    fn as_i64(&self) -> i64;
}

impl Count for i64 {
    fn as_i64(&self) -> i64 {
        *self
    }
}

impl Count for u32 {
    fn as_i64(&self) -> i64 {
        i64::from(*self)
    }
}

impl Count for usize {
    fn as_i64(&self) -> i64 {
        i64::try_from(*self).unwrap_or(i64::MAX)
    }
}

impl<T: Count> Count for &T {
    fn as_i64(&self) -> i64 {
        (**self).as_i64()
    }
}

/// Picks the language from the cookie, else from `Accept-Language`, else English.
pub fn negotiate(headers: &HeaderMap) -> Locale {
    if let Some(locale) = cookie(headers, LANG_COOKIE).and_then(|v| Locale::from_tag(&v)) {
        return locale;
    }
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(from_accept_language)
        .unwrap_or(Locale::En)
}

/// The best supported language of an `Accept-Language` header, by quality.
pub fn from_accept_language(value: &str) -> Option<Locale> {
    let mut choices: Vec<(f32, usize, Locale)> = value
        .split(',')
        .enumerate()
        .filter_map(|(position, part)| {
            let mut pieces = part.split(';');
            let locale = Locale::from_tag(pieces.next()?)?;
            let quality = pieces
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
            (quality > 0.0).then_some((quality, position, locale))
        })
        .collect();
    choices.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    choices.first().map(|c| c.2)
}

/// The value of a cookie.
pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_owned())
}

/// Percent-encodes a path and query for use inside a query parameter.
pub(crate) fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~/".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn accept_language_picks_the_best_supported_language() {
        assert_eq!(
            from_accept_language("de-CH, fr;q=0.8, en;q=0.5"),
            Some(Locale::Fr)
        );
        assert_eq!(from_accept_language("zh-Hans-CN"), Some(Locale::Zh));
        assert_eq!(from_accept_language("de, it"), None);
        assert_eq!(from_accept_language("ru;q=0, es"), Some(Locale::Es));
    }

    #[test]
    fn dates_and_numbers_follow_the_language() {
        let d = date!(2013 - 03 - 22);
        assert_eq!(Tr::new(Locale::En, "/").date(d), "22 March 2013");
        assert_eq!(Tr::new(Locale::Fr, "/").date(d), "22 mars 2013");
        assert_eq!(Tr::new(Locale::Zh, "/").date(d), "2013年3月22日");
        assert_eq!(Tr::new(Locale::En, "/").number(1_234_567_i64), "1,234,567");
        assert_eq!(Tr::new(Locale::Es, "/").number(1234_i64), "1234");
        assert_eq!(Tr::new(Locale::Es, "/").number(12_345_i64), "12.345");
    }

    #[test]
    fn the_switcher_links_back_to_the_page() {
        let t = Tr::new(Locale::En, "/bodies/3?on=2013-06-01");
        let (_, code, link, current) = &t.languages()[0];
        assert_eq!((*code, *current), ("ar", false));
        assert_eq!(link, "/language/ar?next=/bodies/3%3Fon%3D2013-06-01");
    }
}
