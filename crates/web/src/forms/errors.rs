//! What is wrong with a submitted form, field by field, in the visitor's language.

use concord_domain::{FieldError, Invalid};

use crate::i18n::Tr;

/// The problems of a submitted form, translated, field by field.
#[derive(Debug, Clone, Default)]
pub struct FormErrors {
    items: Vec<(String, String)>,
}

impl FormErrors {
    /// Translates every error of `invalid`.
    pub fn from_invalid(t: &Tr, invalid: &Invalid) -> FormErrors {
        FormErrors {
            items: invalid
                .errors
                .iter()
                .map(|e| (e.field.clone(), translate(t, e)))
                .collect(),
        }
    }

    /// One error on `field`, with a message key.
    pub fn one(field: &str, message: String) -> FormErrors {
        FormErrors {
            items: vec![(field.to_owned(), message)],
        }
    }

    /// The message for `field`, if it has one.
    pub fn get(&self, field: &str) -> Option<&str> {
        self.items
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, m)| m.as_str())
    }

    /// Whether `field` has an error.
    pub fn has(&self, field: &str) -> bool {
        self.get(field).is_some()
    }

    /// Whether the form is clean.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Every (field, message), for the summary at the top of the form.
    pub fn all(&self) -> &[(String, String)] {
        &self.items
    }
}

/// A field error in the visitor's language: `error-code-<code>` with the error's values.
pub fn translate(t: &Tr, error: &FieldError) -> String {
    let key = format!("error-code-{}", error.code);
    if !t.has(&key) {
        // A code without a translated message: the rule's own English words beat a bare key.
        return error.message.clone();
    }
    // A message naming a value the rule did not give would show a raw `{ $max }`: the rule's
    // own words, with their numbers, are better than that.
    t.args_complete(&key, &error.args)
        .unwrap_or_else(|| error.message.clone())
}
