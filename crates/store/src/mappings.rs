//! Column mappings kept per organisation under a name, for files whose layout Saman does not
//! recognise. Saving under a name that exists replaces that mapping; each change is audited.

use crate::audit::{Actor, write_audit};
use crate::db::Db;
use crate::error::{Result, StoreError};
use saman_domain::OrgId;
use saman_import::Mapping;
use serde::Serialize;
use sqlx::Row;

/// A named mapping of an organisation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MappingProfile {
    pub id: i64,
    pub org: OrgId,
    pub name: String,
    pub mapping: Mapping,
    pub updated_by: String,
    pub updated_at: i64,
}

pub struct MappingStore<'a>(&'a Db);

impl Db {
    pub fn mappings(&self) -> MappingStore<'_> {
        MappingStore(self)
    }
}

const SELECT: &str = "SELECT id, organisation_id, name, columns, updated_by, updated_at FROM import_mappings";

fn profile(r: &sqlx::any::AnyRow) -> Result<MappingProfile> {
    Ok(MappingProfile {
        id: r.try_get("id")?,
        org: OrgId(r.try_get("organisation_id")?),
        name: r.try_get("name")?,
        mapping: Mapping::from_json(&r.try_get::<String, _>("columns")?),
        updated_by: r.try_get("updated_by")?,
        updated_at: r.try_get("updated_at")?,
    })
}

impl MappingStore<'_> {
    /// The organisation's mappings by name.
    pub async fn list(&self, org: OrgId) -> Result<Vec<MappingProfile>> {
        let rows = sqlx::query(&format!("{SELECT} WHERE organisation_id = $1 ORDER BY name")).bind(org.0).fetch_all(&self.0.pool).await?;
        rows.iter().map(profile).collect()
    }

    /// The organisation's mapping of this name.
    pub async fn named(&self, org: OrgId, name: &str) -> Result<MappingProfile> {
        let r = sqlx::query(&format!("{SELECT} WHERE organisation_id = $1 AND name = $2"))
            .bind(org.0)
            .bind(name)
            .fetch_optional(&self.0.pool)
            .await?
            .ok_or(StoreError::NotFound)?;
        profile(&r)
    }

    /// Keeps a mapping under a name, replacing one of the same name. Answers its id.
    pub async fn save(&self, actor: &Actor, org: OrgId, name: &str, mapping: &Mapping) -> Result<i64> {
        let mut tx = self.0.pool.begin().await?;
        let now = crate::now_unix();
        let existing: Option<i64> = sqlx::query_scalar("SELECT id FROM import_mappings WHERE organisation_id = $1 AND name = $2")
            .bind(org.0)
            .bind(name)
            .fetch_optional(&mut *tx)
            .await?;
        let id = match existing {
            Some(id) => {
                sqlx::query("UPDATE import_mappings SET columns = $1, updated_by = $2, updated_at = $3 WHERE id = $4")
                    .bind(mapping.to_json())
                    .bind(&actor.name)
                    .bind(now)
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
                id
            }
            None => {
                sqlx::query_scalar(
                    "INSERT INTO import_mappings (organisation_id, name, columns, updated_by, updated_at) \
                     VALUES ($1, $2, $3, $4, $5) RETURNING id",
                )
                .bind(org.0)
                .bind(name)
                .bind(mapping.to_json())
                .bind(&actor.name)
                .bind(now)
                .fetch_one(&mut *tx)
                .await?
            }
        };
        let action = if existing.is_some() { "update" } else { "create" };
        write_audit(&mut tx, actor, Some(org), action, "import_mapping", Some(id), name).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Removes the organisation's mapping of this id.
    pub async fn delete(&self, actor: &Actor, org: OrgId, id: i64) -> Result<()> {
        let mut tx = self.0.pool.begin().await?;
        let name: Option<String> = sqlx::query_scalar("SELECT name FROM import_mappings WHERE id = $1 AND organisation_id = $2")
            .bind(id)
            .bind(org.0)
            .fetch_optional(&mut *tx)
            .await?;
        let name = name.ok_or(StoreError::NotFound)?;
        sqlx::query("DELETE FROM import_mappings WHERE id = $1").bind(id).execute(&mut *tx).await?;
        write_audit(&mut tx, actor, Some(org), "delete", "import_mapping", Some(id), &name).await?;
        tx.commit().await?;
        Ok(())
    }
}
