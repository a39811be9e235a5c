//! Networks, organisations and their unit trees.

use crate::audit::{Actor, write_audit};
use crate::db::Db;
use crate::error::{Result, StoreError};
use saman_domain::{NetworkId, OrgId, OrgKind, PersonId, UnitId, UnitKind};
use serde::Serialize;
use sqlx::Row;
use sqlx::any::AnyRow;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Network {
    pub id: NetworkId,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Organisation {
    pub id: OrgId,
    pub network_id: Option<NetworkId>,
    pub name: String,
    pub kind: OrgKind,
    pub org_number: Option<String>,
    pub municipality_number: Option<String>,
}

/// A new organisation as its use case checked it.
#[derive(Debug, Clone, Default)]
pub struct NewOrganisation {
    pub network: Option<NetworkId>,
    pub name: String,
    pub kind: OrgKind,
    pub org_number: Option<String>,
    pub municipality_number: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Unit {
    pub id: UnitId,
    pub org: OrgId,
    pub parent: Option<UnitId>,
    pub code: Option<String>,
    pub name: String,
    pub kind: UnitKind,
    pub leader: Option<PersonId>,
}

/// Organisation data: networks, organisations, units.
pub struct OrgStore<'a>(pub(crate) &'a Db);

impl Db {
    pub fn orgs(&self) -> OrgStore<'_> {
        OrgStore(self)
    }
}

fn org_from(r: &AnyRow) -> Result<Organisation> {
    let kind: String = r.try_get("kind")?;
    Ok(Organisation {
        id: OrgId(r.try_get("id")?),
        network_id: r.try_get::<Option<i64>, _>("network_id")?.map(NetworkId),
        name: r.try_get("name")?,
        kind: OrgKind::parse(&kind).ok_or_else(|| StoreError::Corrupt(format!("organisation kind {kind}")))?,
        org_number: r.try_get("org_number")?,
        municipality_number: r.try_get("municipality_number")?,
    })
}

pub(crate) fn unit_from(r: &AnyRow) -> Result<Unit> {
    let kind: String = r.try_get("kind")?;
    Ok(Unit {
        id: UnitId(r.try_get("id")?),
        org: OrgId(r.try_get("organisation_id")?),
        parent: r.try_get::<Option<i64>, _>("parent_id")?.map(UnitId),
        code: r.try_get("code")?,
        name: r.try_get("name")?,
        kind: UnitKind::parse(&kind).ok_or_else(|| StoreError::Corrupt(format!("unit kind {kind}")))?,
        leader: r.try_get::<Option<i64>, _>("leader_person_id")?.map(PersonId),
    })
}

const ORG_COLS: &str = "id, network_id, name, kind, org_number, municipality_number";
const UNIT_COLS: &str = "id, organisation_id, parent_id, code, name, kind, leader_person_id";

impl OrgStore<'_> {
    pub async fn networks(&self) -> Result<Vec<Network>> {
        let rows = sqlx::query("SELECT id, name FROM networks ORDER BY name").fetch_all(&self.0.pool).await?;
        rows.iter().map(|r| Ok(Network { id: NetworkId(r.try_get("id")?), name: r.try_get("name")? })).collect()
    }

    pub async fn network(&self, id: NetworkId) -> Result<Network> {
        let r = sqlx::query("SELECT id, name FROM networks WHERE id = $1")
            .bind(id.0)
            .fetch_optional(&self.0.pool)
            .await?
            .ok_or(StoreError::NotFound)?;
        Ok(Network { id: NetworkId(r.try_get("id")?), name: r.try_get("name")? })
    }

    pub async fn create_network(&self, name: &str) -> Result<NetworkId> {
        let id: i64 = sqlx::query_scalar("INSERT INTO networks (name, created_at) VALUES ($1, $2) RETURNING id")
            .bind(name)
            .bind(crate::now_unix())
            .fetch_one(&self.0.pool)
            .await?;
        Ok(NetworkId(id))
    }

    pub async fn organisations(&self) -> Result<Vec<Organisation>> {
        let sql = format!("SELECT {ORG_COLS} FROM organisations ORDER BY name");
        sqlx::query(&sql).fetch_all(&self.0.pool).await?.iter().map(org_from).collect()
    }

    pub async fn organisation(&self, id: OrgId) -> Result<Organisation> {
        let sql = format!("SELECT {ORG_COLS} FROM organisations WHERE id = $1");
        let r = sqlx::query(&sql).bind(id.0).fetch_optional(&self.0.pool).await?.ok_or(StoreError::NotFound)?;
        org_from(&r)
    }

    /// An organisation without the audit trail, for tests and generated data.
    pub async fn create_organisation(
        &self,
        network: Option<NetworkId>,
        name: &str,
        kind: OrgKind,
        org_number: Option<&str>,
    ) -> Result<OrgId> {
        let o = NewOrganisation { network, name: name.into(), kind, org_number: org_number.map(Into::into), municipality_number: None };
        let mut tx = self.0.write_tx().await?;
        let id = insert_organisation(&mut tx, &o).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Registers an organisation, written to the audit log.
    pub async fn register(&self, actor: &Actor, o: &NewOrganisation) -> Result<OrgId> {
        let mut tx = self.0.write_tx().await?;
        let id = insert_organisation(&mut tx, o).await?;
        write_audit(&mut tx, actor, Some(id), "create", "organisation", Some(id.0), &o.name).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// All units of an organisation, ordered by name.
    pub async fn units(&self, org: OrgId) -> Result<Vec<Unit>> {
        let sql = format!("SELECT {UNIT_COLS} FROM units WHERE organisation_id = $1 ORDER BY name, id");
        sqlx::query(&sql).bind(org.0).fetch_all(&self.0.pool).await?.iter().map(unit_from).collect()
    }

    pub async fn unit(&self, id: UnitId) -> Result<Unit> {
        let sql = format!("SELECT {UNIT_COLS} FROM units WHERE id = $1");
        let r = sqlx::query(&sql).bind(id.0).fetch_optional(&self.0.pool).await?.ok_or(StoreError::NotFound)?;
        unit_from(&r)
    }

    pub async fn create_unit(
        &self,
        actor: &Actor,
        org: OrgId,
        parent: Option<UnitId>,
        code: Option<&str>,
        name: &str,
        kind: UnitKind,
    ) -> Result<UnitId> {
        let mut tx = self.0.write_tx().await?;
        if let Some(p) = parent {
            let parent_org: Option<i64> =
                sqlx::query_scalar("SELECT organisation_id FROM units WHERE id = $1").bind(p.0).fetch_optional(&mut *tx).await?;
            if parent_org != Some(org.0) {
                return Err(StoreError::NotFound);
            }
        }
        let id: i64 =
            sqlx::query_scalar("INSERT INTO units (organisation_id, parent_id, code, name, kind) VALUES ($1, $2, $3, $4, $5) RETURNING id")
                .bind(org.0)
                .bind(parent.map(|p| p.0))
                .bind(code)
                .bind(name)
                .bind(kind.code())
                .fetch_one(&mut *tx)
                .await
                .map_err(|e| StoreError::unique(e, "unit_code"))?;
        write_audit(&mut tx, actor, Some(org), "create", "unit", Some(id), name).await?;
        tx.commit().await?;
        Ok(UnitId(id))
    }

    /// (unit, person) for every current position in the organisation.
    pub async fn current_memberships(&self, org: OrgId, today: chrono::NaiveDate) -> Result<Vec<(UnitId, PersonId)>> {
        let rows = sqlx::query(
            "SELECT unit_id, person_id FROM positions \
             WHERE organisation_id = $1 AND start_date <= $2 AND (end_date IS NULL OR end_date >= $2)",
        )
        .bind(org.0)
        .bind(today.to_string())
        .fetch_all(&self.0.pool)
        .await?;
        rows.iter().map(|r| Ok((UnitId(r.try_get("unit_id")?), PersonId(r.try_get("person_id")?)))).collect()
    }

    /// (unit, person, position code) for every current position in the organisation.
    pub async fn current_positions(&self, org: OrgId, today: chrono::NaiveDate) -> Result<Vec<(UnitId, PersonId, Option<String>)>> {
        const SQL: &str = "SELECT unit_id, person_id, position_code FROM positions \
                           WHERE organisation_id = $1 AND start_date <= $2 AND (end_date IS NULL OR end_date >= $2)";
        // Many rows for gap analysis' full read: read past sqlx on both databases.
        if self.0.backend == crate::Backend::Postgres {
            use crate::copy_out::{int, pg_copy, text};
            // Only an id and a date, never user text, are formatted into the query.
            let sql = SQL.replace("$1", &org.0.to_string()).replace("$2", &format!("'{today}'"));
            let mut out = vec![];
            pg_copy(self.0, &sql, 3, |f| {
                let _: () = out.push((UnitId(int(f[0])?), PersonId(int(f[1])?), text(f[2])?));
                Ok(())
            })
            .await?;
            return Ok(out);
        }
        self.0
            .sqlite_direct(move |c| {
                let mut stmt = c.prepare(SQL)?;
                let rows = stmt.query_map((org.0, today.to_string()), |r| Ok((UnitId(r.get(0)?), PersonId(r.get(1)?), r.get(2)?)))?;
                Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
            })
            .await
    }

    /// Distinct people with a current position anywhere in the organisation.
    pub async fn head_count(&self, org: OrgId, today: chrono::NaiveDate) -> Result<i64> {
        Ok(sqlx::query_scalar(
            "SELECT COUNT(DISTINCT person_id) FROM positions \
             WHERE organisation_id = $1 AND start_date <= $2 AND (end_date IS NULL OR end_date >= $2)",
        )
        .bind(org.0)
        .bind(today.to_string())
        .fetch_one(&self.0.pool)
        .await?)
    }
}

pub(crate) async fn insert_organisation(conn: &mut sqlx::AnyConnection, o: &NewOrganisation) -> Result<OrgId> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO organisations (network_id, name, kind, org_number, municipality_number, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(o.network.map(|n| n.0))
    .bind(&o.name)
    .bind(o.kind.code())
    .bind(&o.org_number)
    .bind(&o.municipality_number)
    .bind(crate::now_unix())
    .fetch_one(&mut *conn)
    .await
    .map_err(|e| StoreError::unique(e, "org_number"))?;
    Ok(OrgId(id))
}
