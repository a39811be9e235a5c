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

    /// Runs a parser and records its error under the field.
    pub fn check<T>(&mut self, lang: Lang, field: &str, label_key: &str, r: Result<T, saman_domain::parse::ParseError>) -> Option<T> {
        match r {
            Ok(v) => Some(v),
            Err(e) => {
                self.add(lang, field, label_key, e.key());
                None
            }
        }
    }

    /// The problems a use case found, each with its field's label (`field-` and the field's
    /// name with dashes).
    pub fn from_problems(lang: Lang, problems: &[saman_app::Problem]) -> FieldErrors {
        let mut e = FieldErrors::default();
        for p in problems {
            e.add(lang, p.field, &format!("field-{}", p.field.replace('_', "-")), p.key);
        }
        e
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
