//! Uploaded import files, kept between the preview and the confirmation so the
//! file is not sent twice. Short-lived: purge old ones regularly.

use crate::db::Db;
use crate::error::{Result, StoreError};
use saman_domain::{OrgId, UserId};
use saman_import::Mapping;
use sqlx::Row;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    pub id: i64,
    pub org: OrgId,
    pub user: Option<UserId>,
    /// What the file holds; `"org"` for an organisation file.
    pub kind: String,
    pub filename: String,
    pub content: Vec<u8>,
    pub created_at: i64,
    /// The column mapping the file is read with, if the user chose one.
    pub mapping: Option<Mapping>,
}

pub struct DraftStore<'a>(pub(crate) &'a Db);

impl Db {
    pub fn drafts(&self) -> DraftStore<'_> {
        DraftStore(self)
    }
}

impl DraftStore<'_> {
    pub async fn create(&self, org: OrgId, user: Option<UserId>, kind: &str, filename: &str, content: &[u8]) -> Result<i64> {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO import_drafts (organisation_id, user_id, kind, filename, content, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(org.0)
        .bind(user.map(|u| u.0))
        .bind(kind)
        .bind(filename)
        .bind(content.to_vec())
        .bind(crate::now_unix())
        .fetch_one(&self.0.pool)
        .await?;
        Ok(id)
    }

    pub async fn get(&self, id: i64) -> Result<Draft> {
        let r = sqlx::query(
            "SELECT id, organisation_id, user_id, kind, filename, content, created_at, mapping FROM import_drafts WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(&self.0.pool)
        .await?
        .ok_or(StoreError::NotFound)?;
        Ok(Draft {
            id: r.try_get("id")?,
            org: OrgId(r.try_get("organisation_id")?),
            user: r.try_get::<Option<i64>, _>("user_id")?.map(UserId),
            kind: r.try_get("kind")?,
            filename: r.try_get("filename")?,
            content: r.try_get("content")?,
            created_at: r.try_get("created_at")?,
            mapping: r.try_get::<Option<String>, _>("mapping")?.map(|m| Mapping::from_json(&m)),
        })
    }

    /// Sets the column mapping the draft's file is read with.
    pub async fn set_mapping(&self, id: i64, mapping: &Mapping) -> Result<()> {
        sqlx::query("UPDATE import_drafts SET mapping = $1 WHERE id = $2").bind(mapping.to_json()).bind(id).execute(&self.0.pool).await?;
        Ok(())
    }

    /// Removes a draft; removing one that is gone is not an error.
    pub async fn delete(&self, id: i64) -> Result<()> {
        sqlx::query("DELETE FROM import_drafts WHERE id = $1").bind(id).execute(&self.0.pool).await?;
        Ok(())
    }

    /// Removes drafts created before `unix_secs`. Returns how many.
    pub async fn purge_older_than(&self, unix_secs: i64) -> Result<u64> {
        let r = sqlx::query("DELETE FROM import_drafts WHERE created_at < $1").bind(unix_secs).execute(&self.0.pool).await?;
        Ok(r.rows_affected())
    }
}
