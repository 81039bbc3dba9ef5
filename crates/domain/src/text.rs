//! Checks for the free text that users type: required fields, lengths, language codes.

use crate::error::FieldError;

/// Trims `value` and requires it to be non-empty and at most `max` characters.
pub fn required(field: &str, value: Option<&str>, max: usize) -> Result<String, FieldError> {
    match optional(field, value, max)? {
        Some(v) => Ok(v),
        None => Err(FieldError::new(field, "required", "This field is required")),
    }
}

/// Trims `value`; empty becomes `None`; longer than `max` characters is an error.
pub fn optional(
    field: &str,
    value: Option<&str>,
    max: usize,
) -> Result<Option<String>, FieldError> {
    let Some(v) = value.map(str::trim).filter(|v| !v.is_empty()) else {
        return Ok(None);
    };
    let len = v.chars().count();
    if len > max {
        return Err(FieldError::new(
            field,
            "too_long",
            format!("At most {max} characters, not {len}"),
        )
        .with("max", max)
        .with("count", len));
    }
    if v.chars()
        .any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t')
    {
        return Err(FieldError::new(
            field,
            "control_characters",
            "Contains invisible control characters",
        ));
    }
    Ok(Some(v.to_owned()))
}

/// A BCP 47 language tag such as `en`, `fr`, `zh-Hans` or `es-419`: the language of content
/// that users write, which Concord keeps in the language it was written in.
pub fn language(field: &str, value: Option<&str>) -> Result<String, FieldError> {
    let tag = value
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .unwrap_or("en");
    let mut parts = tag.split('-');
    let primary_ok = parts
        .next()
        .is_some_and(|p| (2..=3).contains(&p.len()) && p.chars().all(|c| c.is_ascii_lowercase()));
    let rest_ok =
        parts.all(|p| (2..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()));
    if primary_ok && rest_ok {
        Ok(tag.to_owned())
    } else {
        Err(FieldError::new(
            field,
            "invalid_language",
            format!("“{tag}” is not a language code; use a code such as en, fr, ar, zh, ru or es"),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn required_trims_and_limits() {
        assert_eq!(required("name", Some("  WGEC "), 10).unwrap(), "WGEC");
        assert_eq!(
            required("name", Some("   "), 10).unwrap_err().code,
            "required"
        );
        assert_eq!(
            required("name", Some("ééééé"), 4).unwrap_err().code,
            "too_long"
        );
        assert_eq!(
            optional("x", Some("a\u{0}b"), 9).unwrap_err().code,
            "control_characters"
        );
    }

    #[test]
    fn language_tags() {
        assert_eq!(language("lang", None).unwrap(), "en");
        assert_eq!(language("lang", Some("zh-Hans")).unwrap(), "zh-Hans");
        assert!(language("lang", Some("English")).is_err());
    }
}
