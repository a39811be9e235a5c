//! The one error every use case answers with.

use saman_store::StoreError;

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// What is wrong with one field of the input: the field's name and a message id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub field: &'static str,
    pub key: &'static str,
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The thing does not exist, or the actor may not know that it does.
    #[error("not found")]
    NotFound,
    /// The actor sees the thing but may not do this to it.
    #[error("forbidden")]
    Forbidden,
    /// The input is wrong; every problem found, in the order of the fields.
    #[error("invalid input: {0:?}")]
    Invalid(Vec<Problem>),
    /// The input is fine but the state of things refuses it (a duplicate, a wrong stage).
    #[error("conflict: {key}")]
    Conflict { key: &'static str, field: Option<&'static str> },
    /// The database failed. Never shown to users; logged with a reference.
    #[error(transparent)]
    Store(StoreError),
}

impl Error {
    /// One problem with one field.
    pub fn invalid(field: &'static str, key: &'static str) -> Error {
        Error::Invalid(vec![Problem { field, key }])
    }
}

impl From<StoreError> for Error {
    fn from(e: StoreError) -> Error {
        match e {
            StoreError::NotFound => Error::NotFound,
            StoreError::Duplicate("username") => Error::Conflict { key: "err-duplicate-username", field: Some("username") },
            StoreError::Duplicate("employee_number") => {
                Error::Conflict { key: "err-duplicate-employee-number", field: Some("employee_number") }
            }
            StoreError::Duplicate("grant") => Error::Conflict { key: "err-duplicate-grant", field: Some("role") },
            StoreError::Duplicate(_) => Error::Conflict { key: "err-duplicate", field: None },
            StoreError::Refused(key) => Error::Conflict { key, field: None },
            other => Error::Store(other),
        }
    }
}

/// Problems gathered while reading a form or a JSON body, field by field.
#[derive(Debug, Default)]
pub struct Problems(pub Vec<Problem>);

impl Problems {
    pub fn add(&mut self, field: &'static str, key: &'static str) {
        self.0.push(Problem { field, key });
    }

    /// Keeps a parsed value, or records why it could not be parsed.
    pub fn check<T>(&mut self, field: &'static str, r: std::result::Result<T, saman_domain::parse::ParseError>) -> Option<T> {
        match r {
            Ok(v) => Some(v),
            Err(e) => {
                self.add(field, e.key());
                None
            }
        }
    }

    /// `Ok` when nothing was wrong.
    pub fn done(self) -> Result<()> {
        if self.0.is_empty() { Ok(()) } else { Err(Error::Invalid(self.0)) }
    }
}
