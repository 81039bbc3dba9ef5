//! The secretariat's generic form page: fields and how they are entered, the values a form was
//! filled with, and the page that shows them with their errors. Forms with a layout of their
//! own use the same values and errors.

use std::collections::HashMap;

use askama::Template;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use concord_domain::dates::parse_optional_date;
use concord_domain::Invalid;
use serde::Deserialize;

use super::FormErrors;
use crate::auth::Visitor;
use crate::error::PageError;
use crate::i18n::Tr;

impl Field {
    /// A checkbox sending `true` when ticked.
    pub fn checkbox(t: &Tr, name: &'static str, label: &str, values: &Values) -> Field {
        Field {
            name,
            label: t.get(label),
            kind: FieldKind::Checkbox,
            value: value(values, name),
            hint: String::new(),
        }
    }

    /// A `<textarea>` field.
    pub fn textarea(t: &Tr, name: &'static str, label: &str, values: &Values) -> Field {
        Field {
            name,
            label: t.get(label),
            kind: FieldKind::TextArea,
            value: value(values, name),
            hint: String::new(),
        }
    }
}

/// How a field is entered.
pub enum FieldKind {
    /// `<input type=…>`.
    Input(&'static str),
    /// `<textarea>`.
    TextArea,
    /// `<select>` with (value, label) options.
    Select(Vec<(String, String)>),
    /// A checkbox sending `true`.
    Checkbox,
}

/// One field of a form.
pub struct Field {
    /// Its name in the submitted form.
    pub name: &'static str,
    /// Its label, translated.
    pub label: String,
    /// How it is entered.
    pub kind: FieldKind,
    /// What it holds.
    pub value: String,
    /// A hint shown under it.
    pub hint: String,
}

#[derive(Template)]
#[template(path = "admin/form.html")]
struct FormPage {
    t: Tr,
    title: String,
    action: String,
    csrf: String,
    fields: Vec<Field>,
    errors: FormErrors,
    submit: String,
    back: Option<(String, String)>,
}

/// The values a form was filled with, by field name.
pub type Values = HashMap<String, String>;

/// The value of `name`, empty when the form did not send it.
pub fn value(values: &Values, name: &str) -> String {
    values.get(name).cloned().unwrap_or_default()
}

/// The value of `name`, trimmed; `None` when absent or blank.
pub fn opt(values: &Values, name: &str) -> Option<String> {
    values
        .get(name)
        .map(|v| v.trim().to_owned())
        .filter(|v| !v.is_empty())
}

/// The id chosen in the select `name`; `None` when none was chosen.
pub fn opt_id(values: &Values, name: &str) -> Result<Option<i64>, Invalid> {
    match opt(values, name) {
        None => Ok(None),
        Some(v) => v.parse::<i64>().map(Some).map_err(|_| {
            Invalid::one(
                name,
                "unknown_value",
                format!("“{v}” is not a choice of this list"),
            )
        }),
    }
}

/// What the generic form page says around its fields.
pub struct FormSpec<'a> {
    /// The page's heading.
    pub title: String,
    /// Where the form posts to.
    pub action: String,
    /// The submit button's label.
    pub submit: String,
    /// A link back: (path, label).
    pub back: Option<(String, String)>,
    /// The visitor's language.
    pub t: &'a Tr,
}

/// The generic form page with `fields` and their `errors`.
pub fn render(
    spec: FormSpec<'_>,
    visitor: &Visitor,
    fields: Vec<Field>,
    errors: FormErrors,
    status: StatusCode,
) -> Result<Response, PageError> {
    let page = FormPage {
        t: spec.t.clone(),
        title: spec.title,
        action: spec.action,
        csrf: visitor.csrf.clone(),
        fields,
        errors,
        submit: spec.submit,
        back: spec.back,
    };
    Ok((status, Html(page.render()?)).into_response())
}

/// An `<input type=kind>` field.
pub fn input(
    t: &Tr,
    name: &'static str,
    label: &str,
    kind: &'static str,
    values: &Values,
) -> Field {
    Field {
        name,
        label: t.get(label),
        kind: FieldKind::Input(kind),
        value: value(values, name),
        hint: String::new(),
    }
}

/// A `<select>` field with (value, label) options.
pub fn select(
    t: &Tr,
    name: &'static str,
    label: &str,
    options: Vec<(String, String)>,
    values: &Values,
) -> Field {
    Field {
        name,
        label: t.get(label),
        kind: FieldKind::Select(options),
        value: value(values, name),
        hint: String::new(),
    }
}

/// `field` with a hint shown under it.
pub fn with_hint(mut field: Field, hint: String) -> Field {
    field.hint = hint;
    field
}

/// The "none" choice of an optional select.
pub fn none_option(t: &Tr) -> (String, String) {
    (String::new(), t.get("form-none"))
}

/// The options of a select of codes, labelled in the visitor's language.
pub fn code_options<T: Copy>(
    t: &Tr,
    kind: &str,
    all: &[T],
    code: fn(T) -> &'static str,
) -> Vec<(String, String)> {
    all.iter()
        .map(|v| (code(*v).to_owned(), t.code(kind, code(*v))))
        .collect()
}

/// A move to a new state on a date, with a note — what the lifecycle and agenda-adoption forms
/// submit. `parse` reads the state's code; `expected` lists the codes for the error message.
pub fn dated_move<S>(
    values: &Values,
    (state_field, date_field): (&str, &str),
    parse: impl Fn(&str) -> Option<S>,
    expected: String,
) -> Result<(S, Option<time::Date>, Option<String>), Invalid> {
    let code = opt(values, state_field).unwrap_or_default();
    let to = parse(&code).ok_or_else(|| {
        Invalid::one(
            state_field,
            "unknown_value",
            format!("“{code}” is not one of: {expected}"),
        )
    })?;
    let on = parse_optional_date(date_field, values.get(date_field).map(String::as_str))
        .map_err(|e| Invalid { errors: vec![e] })?;
    let note =
        concord_domain::text::optional("note", values.get("note").map(String::as_str), 2_000)
            .map_err(|e| Invalid { errors: vec![e] })?;
    Ok((to, on, note))
}

/// A submitted form: every field by name (its CSRF token has been checked by
/// [`CsrfForm`](super::CsrfForm)).
#[derive(Deserialize)]
pub struct Posted {
    /// The fields, by name.
    #[serde(flatten)]
    pub values: Values,
}
