//! Opening the database as every command needs it.

use anyhow::{Context, Result};
use saman_store::Db;
use std::path::Path;

/// Connects and brings the schema up to date.
pub async fn open(url: &str) -> Result<Db> {
    if let Some(path) = url.strip_prefix("sqlite://")
        && let Some(dir) = Path::new(path.split('?').next().unwrap_or(path)).parent()
        && !dir.as_os_str().is_empty()
    {
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    }
    let db = Db::connect(url).await.with_context(|| format!("connecting to {}", crate::config::redact(url)))?;
    db.migrate().await.context("migrating the database")?;
    Ok(db)
}
