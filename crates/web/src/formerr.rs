//! Field errors for a form, shown as an error summary linked to the fields and a
//! message next to each field, as Designsystemet's error summary does.

use saman_domain::Lang;
use saman_i18n::t;

#[derive(Debug, Clone, Default)]
pub struct FieldErrors {
    pub items: Vec<FieldError>,
}

#[derive(Debug, Clone)]
pub struct FieldError {
    pub field: String,
    pub label: String,
    pub message: String,
}

impl FieldErrors {
    /// Adds an error: `label_key` names the field, `key` says what is wrong.
    pub fn add(&mut self, lang: Lang, field: &str, label_key: &str, key: &'static str) {
        self.items.push(FieldError { field: field.into(), label: t(lang, label_key), message: t(lang, key) });
    }

    /// The problems a use case found, each with its field's label (`field-` and the field's
    /// name with dashes).
    pub fn from_problems(lang: Lang, problems: &[saman_app::Problem]) -> FieldErrors {
        FieldErrors::from_problems_named(lang, problems, FieldErrors::plain_name)
    }

    /// A use case's refusal as the form's errors: every problem, and a conflict that names a
    /// field, under the form's id and label key for it (`name`); any other error is passed on.
    pub fn from_error(
        lang: Lang,
        e: saman_app::Error,
        name: impl Fn(&str) -> (String, String),
    ) -> Result<FieldErrors, crate::error::AppError> {
        match e {
            saman_app::Error::Invalid(p) => Ok(FieldErrors::from_problems_named(lang, &p, name)),
            saman_app::Error::Conflict { key, field: Some(field) } => {
                Ok(FieldErrors::from_problems_named(lang, &[saman_app::Problem { field, key }], name))
            }
            e => Err(e.into()),
        }
    }

    /// A field's id as the use case names it, and the label `field-` and its name with dashes.
    pub fn plain_name(f: &str) -> (String, String) {
        (f.to_string(), format!("field-{}", f.replace('_', "-")))
    }

    /// The problems a use case found, each under the form's own field id and label key.
    pub fn from_problems_named(lang: Lang, problems: &[saman_app::Problem], name: impl Fn(&str) -> (String, String)) -> FieldErrors {
        let mut e = FieldErrors::default();
        for p in problems {
            let (field, label) = name(p.field);
            e.add(lang, &field, &label, p.key);
        }
        e
    }

    pub fn any(&self) -> bool {
        !self.items.is_empty()
    }

    /// The message for one field, if it has an error.
    pub fn get(&self, field: &str) -> Option<&str> {
        self.items.iter().find(|e| e.field == field).map(|e| e.message.as_str())
    }
}
