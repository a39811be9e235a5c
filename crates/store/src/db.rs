use crate::error::{Result, StoreError};
use sqlx::any::{AnyPoolOptions, install_default_drivers};
use sqlx::{AnyPool, Executor};
use std::time::Duration;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// A handle on the database. Cheap to clone. Its `Debug` never shows the address's password.
#[derive(Clone)]
pub struct Db {
    pub(crate) pool: AnyPool,
    pub backend: Backend,
    /// The PostgreSQL address, for the few writes that need a connection of their own
    /// (COPY is not in the `Any` driver). Never logged.
    pub(crate) pg_url: Option<String>,
    /// The SQLite file, for bulk reads and writes on connections of their own.
    pub(crate) sqlite_path: Option<std::path::PathBuf>,
    /// Connections of their own for bulk reads and writes, at most [`BULK_CONNECTIONS`] at once.
    pub(crate) bulk: std::sync::Arc<tokio::sync::Semaphore>,
}

/// How many bulk reads or writes may hold a connection of their own at once: a full read of
/// an organisation takes two (plus one for positions and one for birth years).
pub const BULK_CONNECTIONS: usize = 8;

impl std::fmt::Debug for Db {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Db")
            .field("backend", &self.backend)
            .field("pg_url", &self.pg_url.as_deref().map(redact))
            .field("sqlite_path", &self.sqlite_path)
            .finish_non_exhaustive()
    }
}

/// A database address with its password replaced by `***`.
pub fn redact(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut u) if u.password().is_some() => {
            let _ = u.set_password(Some("***"));
            u.to_string()
        }
        Ok(u) => u.to_string(),
        Err(_) => "(an address that could not be read)".to_string(),
    }
}

impl Db {
    /// Connects to `sqlite://PATH` (created if missing) or `postgres://…`; anything else is refused.
    pub async fn connect(url: &str) -> Result<Db> {
        install_default_drivers();
        let backend = if url.starts_with("sqlite:") {
            Backend::Sqlite
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Backend::Postgres
        } else {
            return Err(StoreError::UnsupportedUrl);
        };
        let mut opts = AnyPoolOptions::new().acquire_timeout(Duration::from_secs(10));
        let url = match backend {
            Backend::Sqlite => {
                opts = opts.max_connections(8).after_connect(|conn, _| {
                    Box::pin(async move {
                        conn.execute(
                            "PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000; \
                             PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
                        )
                        .await?;
                        Ok(())
                    })
                });
                // Each pooled connection to `:memory:` would be a database of its own.
                if url.contains(":memory:") {
                    return Err(StoreError::UnsupportedUrl);
                }
                if url.contains('?') { url.to_string() } else { format!("{url}?mode=rwc") }
            }
            Backend::Postgres => {
                opts = opts.max_connections(16);
                url.to_string()
            }
        };
        let pool = opts.connect(&url).await?;
        let pg_url = (backend == Backend::Postgres).then(|| url.clone());
        let sqlite_path = match backend {
            Backend::Sqlite => {
                Some(<sqlx::sqlite::SqliteConnectOptions as std::str::FromStr>::from_str(&url)?.get_filename().to_path_buf())
            }
            Backend::Postgres => None,
        };
        Ok(Db { pool, backend, pg_url, sqlite_path, bulk: std::sync::Arc::new(tokio::sync::Semaphore::new(BULK_CONNECTIONS)) })
    }

    /// Checks that the database answers.
    pub async fn ping(&self) -> Result<()> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    /// A transaction that will write. On SQLite it takes the write lock at once
    /// (`BEGIN IMMEDIATE`), so it waits for other writers instead of failing when a
    /// read inside it would later have to become a write.
    pub(crate) async fn write_tx(&self) -> Result<sqlx::Transaction<'static, sqlx::Any>> {
        let begin = match self.backend {
            Backend::Sqlite => "BEGIN IMMEDIATE",
            Backend::Postgres => "BEGIN",
        };
        Ok(self.pool.begin_with(begin).await?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_password_never_shows() {
        assert_eq!(redact("postgres://saman:s3cret@db.kommune.no:5432/saman"), "postgres://saman:***@db.kommune.no:5432/saman");
        assert_eq!(redact("postgres://saman@127.0.0.1/saman"), "postgres://saman@127.0.0.1/saman");
        assert!(!redact("postgres://saman:s3cret%21@h/db").contains("s3cret"));
        assert!(!redact("not a url s3cret").contains("s3cret"));
    }
}
