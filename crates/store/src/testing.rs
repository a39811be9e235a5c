//! Fresh, migrated databases for tests, here and in other crates.
//!
//! With `SAMAN_TEST_DATABASE_URL` set (e.g. `postgres://postgres@127.0.0.1:5432/postgres`)
//! every call creates a new PostgreSQL database through that admin connection; otherwise
//! a new SQLite file in the temporary directory. Nothing is dropped afterwards.

use crate::db::Db;
use crate::error::{Result, StoreError};
use sqlx::Connection;
use std::sync::atomic::{AtomicU64, Ordering};

/// The variable naming an admin connection to a PostgreSQL server for tests.
pub const TEST_DATABASE_URL: &str = "SAMAN_TEST_DATABASE_URL";

static COUNTER: AtomicU64 = AtomicU64::new(0);

fn admin_url() -> Option<String> {
    std::env::var(TEST_DATABASE_URL).ok().filter(|u| !u.trim().is_empty())
}

/// "postgres" or "sqlite": which database `fresh_db` gives, for test output.
pub fn backend_name() -> &'static str {
    if admin_url().is_some() { "postgres" } else { "sqlite" }
}

fn unique_name(prefix: &str) -> String {
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    format!("{prefix}{}_{n}_{:08x}", std::process::id(), rand::random::<u32>())
}

/// `url` with its database (the path) replaced by `name`, keeping any `?query`.
fn with_database(url: &str, name: &str) -> Result<String> {
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (url, None),
    };
    let authority_start = base.find("://").ok_or(StoreError::UnsupportedUrl)? + 3;
    let path_start = base[authority_start..].find('/').map_or(base.len(), |i| authority_start + i);
    let mut out = format!("{}/{name}", &base[..path_start]);
    if let Some(q) = query {
        out.push('?');
        out.push_str(q);
    }
    Ok(out)
}

/// A new, empty, migrated database. Panics (it is for tests) if one cannot be made;
/// see [`try_fresh_db`] for the fallible form.
pub async fn fresh_db() -> Db {
    match try_fresh_db().await {
        Ok(db) => db,
        Err(e) => panic!("cannot create a {} test database: {e}", backend_name()),
    }
}

/// A new, empty, migrated database.
pub async fn try_fresh_db() -> Result<Db> {
    Ok(try_fresh_db_with_url().await?.0)
}

/// A new, empty, migrated database and its URL, for tests that also run the binary on it.
pub async fn fresh_db_with_url() -> (Db, String) {
    match try_fresh_db_with_url().await {
        Ok(pair) => pair,
        Err(e) => panic!("cannot create a {} test database: {e}", backend_name()),
    }
}

async fn try_fresh_db_with_url() -> Result<(Db, String)> {
    let url = match admin_url() {
        Some(admin) => {
            sqlx::any::install_default_drivers();
            let name = unique_name("saman_t_");
            let mut conn = sqlx::AnyConnection::connect(&admin).await?;
            sqlx::query(&format!("CREATE DATABASE {name}")).execute(&mut conn).await?;
            conn.close().await?;
            with_database(&admin, &name)?
        }
        None => {
            let path = std::env::temp_dir().join(format!("{}.db", unique_name("saman-test-")));
            format!("sqlite://{}", path.display())
        }
    };
    let db = Db::connect(&url).await?;
    db.migrate().await?;
    Ok((db, url))
}

/// Runs a statement as it is, for tests that need the database to fail (a table renamed away).
pub async fn run_sql(db: &Db, sql: &str) -> Result<()> {
    sqlx::query(sql).execute(&db.pool).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::with_database;

    #[test]
    fn replaces_the_database_name() {
        let u = |s: &str| with_database(s, "x").ok();
        assert_eq!(u("postgres://postgres@127.0.0.1:5432/postgres").as_deref(), Some("postgres://postgres@127.0.0.1:5432/x"));
        assert_eq!(u("postgres://h:5432").as_deref(), Some("postgres://h:5432/x"));
        assert_eq!(u("postgres://h/db?sslmode=disable").as_deref(), Some("postgres://h/x?sslmode=disable"));
    }
}
