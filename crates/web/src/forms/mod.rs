//! The form kit every page uses: reading a submitted form (only ever with its CSRF token
//! checked), the generic form page and its fields, what is wrong with a form in the visitor's
//! language, and how a submitted form ends.

mod body;
mod errors;
mod fields;
mod outcome;

pub use body::{CsrfForm, TokenOnly, Upload, UploadedFile};
pub use errors::{translate, FormErrors};
pub use fields::{
    code_options, dated_move, input, none_option, opt, opt_id, render, select, value, with_hint,
    Field, FieldKind, FormSpec, Posted, Values,
};
pub use outcome::{answer, see_other, Refusal};
