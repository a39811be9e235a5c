//! Files attached to holdings as evidence (a course certificate, a diploma).

use crate::audit::{Actor, write_audit};
use crate::db::Db;
use crate::error::{Result, StoreError};
use saman_domain::{OrgId, PersonId};
use sqlx::Row;

/// What is listed of a file; the content is read only when downloaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileInfo {
    pub id: i64,
    pub org: OrgId,
    pub holding: i64,
    pub person: PersonId,
    pub filename: String,
    pub content_type: String,
    pub size: i64,
}

pub struct FileStore<'a>(pub(crate) &'a Db);

impl Db {
    pub fn files(&self) -> FileStore<'_> {
        FileStore(self)
    }
}

const INFO: &str = "SELECT f.id, f.organisation_id, f.holding_id, h.person_id, f.filename, f.content_type, f.size \
    FROM holding_files f JOIN holdings h ON h.id = f.holding_id";

fn info_from(r: &sqlx::any::AnyRow) -> Result<FileInfo> {
    Ok(FileInfo {
        id: r.try_get("id")?,
        org: OrgId(r.try_get("organisation_id")?),
        holding: r.try_get("holding_id")?,
        person: PersonId(r.try_get("person_id")?),
        filename: r.try_get("filename")?,
        content_type: r.try_get("content_type")?,
        size: r.try_get("size")?,
    })
}

impl FileStore<'_> {
    pub async fn add(&self, actor: &Actor, holding: i64, filename: &str, content_type: &str, content: &[u8]) -> Result<i64> {
        let mut tx = self.0.write_tx().await?;
        let org: i64 = sqlx::query_scalar("SELECT organisation_id FROM holdings WHERE id = $1")
            .bind(holding)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(StoreError::NotFound)?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO holding_files (organisation_id, holding_id, filename, content_type, content, size, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(org)
        .bind(holding)
        .bind(filename)
        .bind(content_type)
        .bind(content)
        .bind(content.len() as i64)
        .bind(crate::now_unix())
        .fetch_one(&mut *tx)
        .await?;
        write_audit(&mut tx, actor, Some(OrgId(org)), "attach", "holding_file", Some(id), filename).await?;
        tx.commit().await?;
        Ok(id)
    }

    pub async fn of_person(&self, person: PersonId) -> Result<Vec<FileInfo>> {
        let sql = format!("{INFO} WHERE h.person_id = $1 ORDER BY f.id");
        sqlx::query(&sql).bind(person.0).fetch_all(&self.0.pool).await?.iter().map(info_from).collect()
    }

    pub async fn info(&self, id: i64) -> Result<FileInfo> {
        let sql = format!("{INFO} WHERE f.id = $1");
        info_from(&sqlx::query(&sql).bind(id).fetch_optional(&self.0.pool).await?.ok_or(StoreError::NotFound)?)
    }

    pub async fn content(&self, id: i64) -> Result<Vec<u8>> {
        sqlx::query_scalar("SELECT content FROM holding_files WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.0.pool)
            .await?
            .ok_or(StoreError::NotFound)
    }

    pub async fn delete(&self, actor: &Actor, id: i64) -> Result<()> {
        let f = self.info(id).await?;
        let mut tx = self.0.write_tx().await?;
        sqlx::query("DELETE FROM holding_files WHERE id = $1").bind(id).execute(&mut *tx).await?;
        write_audit(&mut tx, actor, Some(f.org), "delete", "holding_file", Some(id), &f.filename).await?;
        tx.commit().await?;
        Ok(())
    }
}
