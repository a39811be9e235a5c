//! The competence catalogue (the shipped default plus each organisation's own) and
//! requirements per unit or position code.

use crate::audit::{Actor, write_audit};
use crate::db::Db;
use crate::error::{Result, StoreError};
use saman_catalogue::Catalogue;
use saman_domain::{OrgId, UnitId};
use serde::Serialize;
use sqlx::Row;
use sqlx::any::AnyRow;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct CompetenceId(pub i64);

impl std::fmt::Display for CompetenceId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CompetenceRow {
    pub id: CompetenceId,
    /// `None` for the shipped catalogue.
    pub org: Option<OrgId>,
    pub key: String,
    pub kind: String,
    pub category: String,
    pub scale: String,
    pub name_nb: String,
    pub name_nn: String,
    pub name_en: String,
    pub validity_months: Option<i64>,
    pub ladder: Option<String>,
    pub position_codes: Vec<String>,
}

impl CompetenceRow {
    pub fn name(&self, lang: saman_domain::Lang) -> &str {
        match lang {
            saman_domain::Lang::Nb => &self.name_nb,
            saman_domain::Lang::Nn => &self.name_nn,
            saman_domain::Lang::En => &self.name_en,
        }
    }
}

/// A new competence an organisation adds to its catalogue.
#[derive(Debug, Clone)]
pub struct NewCompetence {
    pub key: String,
    pub kind: String,
    pub category: String,
    pub scale: String,
    pub names: [String; 3],
    pub validity_months: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Requirement {
    pub id: i64,
    pub org: OrgId,
    pub unit: Option<UnitId>,
    pub position_code: Option<String>,
    pub competence: CompetenceId,
    pub min_level: i64,
    /// Required (true) or desired (false).
    pub mandatory: bool,
    /// For unit requirements: how many people need it.
    pub min_count: Option<i64>,
    /// Competences that meet the requirement as well.
    pub alternatives: Vec<CompetenceId>,
}

pub struct CompetenceStore<'a>(pub(crate) &'a Db);

impl Db {
    pub fn competences(&self) -> CompetenceStore<'_> {
        CompetenceStore(self)
    }
}

const COLS: &str = "id, organisation_id, key, kind, category, scale, name_nb, name_nn, name_en, validity_months, ladder, position_codes";

fn row_from(r: &AnyRow) -> Result<CompetenceRow> {
    let codes: String = r.try_get("position_codes")?;
    Ok(CompetenceRow {
        id: CompetenceId(r.try_get("id")?),
        org: r.try_get::<Option<i64>, _>("organisation_id")?.map(OrgId),
        key: r.try_get("key")?,
        kind: r.try_get("kind")?,
        category: r.try_get("category")?,
        scale: r.try_get("scale")?,
        name_nb: r.try_get("name_nb")?,
        name_nn: r.try_get("name_nn")?,
        name_en: r.try_get("name_en")?,
        validity_months: r.try_get("validity_months")?,
        ladder: r.try_get("ladder")?,
        position_codes: codes.split(',').filter(|c| !c.is_empty()).map(str::to_string).collect(),
    })
}

fn requirement_from(r: &AnyRow) -> Result<Requirement> {
    Ok(Requirement {
        id: r.try_get("id")?,
        org: OrgId(r.try_get("organisation_id")?),
        unit: r.try_get::<Option<i64>, _>("unit_id")?.map(UnitId),
        position_code: r.try_get("position_code")?,
        competence: CompetenceId(r.try_get("competence_id")?),
        min_level: r.try_get("min_level")?,
        mandatory: r.try_get::<i64, _>("mandatory")? != 0,
        min_count: r.try_get("min_count")?,
        alternatives: r.try_get::<String, _>("alternatives")?.split(',').filter_map(|x| x.trim().parse().ok()).map(CompetenceId).collect(),
    })
}

/// Adds one competence to the organisation's catalogue; `None` when the key is taken (by the
/// shipped catalogue or the organisation's own).
async fn insert_competence(conn: &mut sqlx::AnyConnection, org: OrgId, c: &NewCompetence) -> Result<Option<i64>> {
    let taken: Option<i64> =
        sqlx::query_scalar("SELECT id FROM competences WHERE key = $1 AND (organisation_id IS NULL OR organisation_id = $2)")
            .bind(&c.key)
            .bind(org.0)
            .fetch_optional(&mut *conn)
            .await?;
    if taken.is_some() {
        return Ok(None);
    }
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO competences (organisation_id, key, kind, category, scale, name_nb, name_nn, name_en, validity_months, ladder, position_codes, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, NULL, '', $10) RETURNING id",
    )
    .bind(org.0)
    .bind(&c.key)
    .bind(&c.kind)
    .bind(&c.category)
    .bind(&c.scale)
    .bind(&c.names[0])
    .bind(&c.names[1])
    .bind(&c.names[2])
    .bind(c.validity_months)
    .bind(crate::now_unix())
    .fetch_one(&mut *conn)
    .await?;
    Ok(Some(id))
}

impl CompetenceStore<'_> {
    /// Adds the shipped competences not yet stored (by key). Returns how many were added.
    pub async fn seed_default(&self, cat: &Catalogue) -> Result<usize> {
        let mut tx = self.0.write_tx().await?;
        let existing: Vec<String> =
            sqlx::query_scalar("SELECT key FROM competences WHERE organisation_id IS NULL").fetch_all(&mut *tx).await?;
        let mut added = 0;
        for c in cat.competences.iter().filter(|c| !existing.contains(&c.key)) {
            sqlx::query(
                "INSERT INTO competences (organisation_id, key, kind, category, scale, name_nb, name_nn, name_en, validity_months, ladder, position_codes, created_at) \
                 VALUES (NULL, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
            )
            .bind(&c.key)
            .bind(c.kind.code())
            .bind(&c.category)
            .bind(&c.scale)
            .bind(&c.name.nb)
            .bind(&c.name.nn)
            .bind(&c.name.en)
            .bind(c.validity_months.map(i64::from))
            .bind(c.ladder.map(|l| l.code()))
            .bind(c.position_codes.join(","))
            .bind(crate::now_unix())
            .execute(&mut *tx)
            .await?;
            added += 1;
        }
        tx.commit().await?;
        Ok(added)
    }

    /// The catalogue an organisation sees: the shipped competences and its own.
    pub async fn catalogue(&self, org: Option<OrgId>) -> Result<Vec<CompetenceRow>> {
        let sql = format!("SELECT {COLS} FROM competences WHERE organisation_id IS NULL OR organisation_id = $1 ORDER BY name_nb, id");
        sqlx::query(&sql).bind(org.map(|o| o.0)).fetch_all(&self.0.pool).await?.iter().map(row_from).collect()
    }

    pub async fn get(&self, id: CompetenceId) -> Result<CompetenceRow> {
        let sql = format!("SELECT {COLS} FROM competences WHERE id = $1");
        row_from(&sqlx::query(&sql).bind(id.0).fetch_optional(&self.0.pool).await?.ok_or(StoreError::NotFound)?)
    }

    /// A competence as seen from `org`: shipped or its own, else not found.
    pub async fn visible(&self, org: OrgId, id: CompetenceId) -> Result<CompetenceRow> {
        let c = self.get(id).await?;
        if c.org.is_none() || c.org == Some(org) { Ok(c) } else { Err(StoreError::NotFound) }
    }

    /// Adds competences to the organisation's catalogue in one transaction, skipping keys the
    /// catalogue (shipped or own) already has. Returns how many were added.
    pub async fn create_many(&self, actor: &Actor, org: OrgId, list: &[NewCompetence]) -> Result<usize> {
        let mut tx = self.0.write_tx().await?;
        let mut added = 0;
        for c in list {
            if insert_competence(&mut tx, org, c).await?.is_some() {
                added += 1;
            }
        }
        write_audit(&mut tx, actor, Some(org), "import", "competence", None, &format!("{added} added")).await?;
        tx.commit().await?;
        Ok(added)
    }

    pub async fn create(&self, actor: &Actor, org: OrgId, c: &NewCompetence) -> Result<CompetenceId> {
        let mut tx = self.0.write_tx().await?;
        let id = insert_competence(&mut tx, org, c).await?.ok_or(StoreError::Duplicate("competence_key"))?;
        write_audit(&mut tx, actor, Some(org), "create", "competence", Some(id), &c.key).await?;
        tx.commit().await?;
        Ok(CompetenceId(id))
    }

    pub async fn requirements(&self, org: OrgId) -> Result<Vec<Requirement>> {
        let rows = sqlx::query(
            "SELECT id, organisation_id, unit_id, position_code, competence_id, min_level, mandatory, min_count, alternatives FROM requirements \
             WHERE organisation_id = $1 ORDER BY id",
        )
        .bind(org.0)
        .fetch_all(&self.0.pool)
        .await?;
        rows.iter().map(requirement_from).collect()
    }

    /// Adds a requirement. A unit requirement names a unit of `org` and a count; a
    /// position-code requirement applies to every position with that code.
    pub async fn add_requirement(&self, actor: &Actor, r: &Requirement) -> Result<i64> {
        let mut tx = self.0.write_tx().await?;
        if let Some(u) = r.unit {
            let unit_org: Option<i64> =
                sqlx::query_scalar("SELECT organisation_id FROM units WHERE id = $1").bind(u.0).fetch_optional(&mut *tx).await?;
            if unit_org != Some(r.org.0) {
                return Err(StoreError::NotFound);
            }
        }
        for c in std::iter::once(&r.competence).chain(r.alternatives.iter()) {
            if !usable(&mut tx, r.org, *c).await? {
                return Err(StoreError::NotFound);
            }
        }
        let alternatives = r.alternatives.iter().map(|c| c.0.to_string()).collect::<Vec<_>>().join(",");
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO requirements (organisation_id, unit_id, position_code, competence_id, min_level, mandatory, min_count, created_at, alternatives) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
        )
        .bind(r.org.0)
        .bind(r.unit.map(|u| u.0))
        .bind(r.position_code.as_deref())
        .bind(r.competence.0)
        .bind(r.min_level)
        .bind(i64::from(r.mandatory))
        .bind(r.min_count)
        .bind(crate::now_unix())
        .bind(alternatives)
        .fetch_one(&mut *tx)
        .await?;
        write_audit(&mut tx, actor, Some(r.org), "create", "requirement", Some(id), "").await?;
        tx.commit().await?;
        Ok(id)
    }

    pub async fn delete_requirement(&self, actor: &Actor, org: OrgId, id: i64) -> Result<()> {
        let mut tx = self.0.write_tx().await?;
        let n =
            sqlx::query("DELETE FROM requirements WHERE id = $1 AND organisation_id = $2").bind(id).bind(org.0).execute(&mut *tx).await?;
        if n.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        write_audit(&mut tx, actor, Some(org), "delete", "requirement", Some(id), "").await?;
        tx.commit().await?;
        Ok(())
    }
}

/// Whether `org` may use the competence: one of the shipped catalogue's or its own. Read in
/// the caller's transaction; a competence that does not exist is not usable.
pub(crate) async fn usable(conn: &mut sqlx::AnyConnection, org: OrgId, competence: CompetenceId) -> Result<bool> {
    let owner: Option<Option<i64>> =
        sqlx::query_scalar("SELECT organisation_id FROM competences WHERE id = $1").bind(competence.0).fetch_optional(&mut *conn).await?;
    Ok(matches!(owner, Some(None)) || owner == Some(Some(org.0)))
}
