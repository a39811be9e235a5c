use thiserror::Error;

#[derive(Debug, Error)]
pub enum StoreError {
    #[error("not found")]
    NotFound,
    /// A unique constraint was hit; the name says which (same on both databases).
    #[error("duplicate: {0}")]
    Duplicate(&'static str),
    /// Refused by a rule of the domain; the message id says which (e.g. `err-already-enrolled`).
    #[error("refused: {0}")]
    Refused(&'static str),
    #[error("unsupported database url (use sqlite://… or postgres://…)")]
    UnsupportedUrl,
    #[error("stored data is inconsistent: {0}")]
    Corrupt(String),
    #[error(transparent)]
    Sqlx(#[from] sqlx::Error),
    /// From the bulk paths that use SQLite directly.
    #[error(transparent)]
    Sqlite(#[from] rusqlite::Error),
    #[error("a bulk read or write stopped: {0}")]
    Task(String),
}

impl StoreError {
    /// Maps a unique-constraint violation to `Duplicate(what)`; anything else passes through.
    pub(crate) fn unique(e: sqlx::Error, what: &'static str) -> StoreError {
        match &e {
            sqlx::Error::Database(d) if d.is_unique_violation() => StoreError::Duplicate(what),
            _ => StoreError::Sqlx(e),
        }
    }
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// Tells "there is no such row" apart from a failure of the database.
pub trait Optional<T> {
    /// `None` when the row is not there; any other error stays an error.
    fn optional(self) -> Result<Option<T>>;
}

impl<T> Optional<T> for Result<T> {
    fn optional(self) -> Result<Option<T>> {
        match self {
            Ok(v) => Ok(Some(v)),
            Err(StoreError::NotFound) => Ok(None),
            Err(e) => Err(e),
        }
    }
}
