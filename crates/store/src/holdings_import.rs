//! The store side of the holdings import: what a file is checked against, and writing the
//! checked rows in one transaction with multi-row upserts.

use crate::audit::Actor;
use crate::error::Result;
use crate::holdings::HoldingStore;
use saman_catalogue::default_catalogue_ref;
use saman_domain::OrgId;
use saman_import::{CatalogueEntry, HoldingRow, HoldingsLookup};
use sqlx::Row;
use std::collections::BTreeSet;

/// What an import did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
pub struct HoldingsOutcome {
    pub added: usize,
    pub updated: usize,
}

const COLS: [&str; 9] =
    ["organisation_id", "person_id", "competence_id", "level", "obtained_on", "expires_on", "evidence", "source", "updated_at"];
const EVENT_COLS: [&str; 7] = ["organisation_id", "person_id", "competence_id", "action", "level", "actor_name", "at"];

impl HoldingStore<'_> {
    /// The organisation's people by employee number, and the catalogue it may use.
    pub async fn import_lookup(&self, org: OrgId) -> Result<HoldingsLookup> {
        let rows =
            sqlx::query("SELECT id, employee_number FROM people WHERE organisation_id = $1").bind(org.0).fetch_all(&self.0.pool).await?;
        let mut people = std::collections::HashMap::with_capacity(rows.len());
        for r in rows {
            people.insert(r.try_get::<String, _>("employee_number")?, r.try_get::<i64, _>("id")?);
        }
        let scales = default_catalogue_ref();
        let catalogue = self
            .0
            .competences()
            .catalogue(Some(org))
            .await?
            .into_iter()
            .map(|c| CatalogueEntry {
                id: c.id.0,
                max_level: scales.scale(&c.scale).map_or(1, |s| i64::from(s.max_value())),
                names: [c.name_nb, c.name_nn, c.name_en],
                key: c.key,
                validity_months: c.validity_months,
            })
            .collect();
        Ok(HoldingsLookup { people, catalogue })
    }

    /// (person, competence) of every holding in the organisation.
    pub async fn keys(&self, org: OrgId) -> Result<std::collections::HashSet<(i64, i64)>> {
        let rows = sqlx::query("SELECT person_id, competence_id FROM holdings WHERE organisation_id = $1")
            .bind(org.0)
            .fetch_all(&self.0.pool)
            .await?;
        rows.iter().map(|r| Ok((r.try_get::<i64, _>(0)?, r.try_get::<i64, _>(1)?))).collect()
    }

    /// Adds or replaces each row's holding, all or nothing. Every person must belong to `org`.
    pub async fn import(&self, actor: &Actor, org: OrgId, rows: &[HoldingRow]) -> Result<HoldingsOutcome> {
        if let Some(url) = &self.0.pg_url {
            let _permit = self.0.bulk_permit().await?;
            return import_pg(url, actor, org, rows).await;
        }
        let (rows, actor) = (rows.to_vec(), actor.clone());
        self.0.sqlite_direct_write(move |tx, cancel| import_sqlite(tx, cancel, &actor, org, &rows)).await
    }
}

const UPSERT_TAIL: &str = "ON CONFLICT (person_id, competence_id) DO UPDATE SET level = excluded.level, obtained_on = excluded.obtained_on, \
                           expires_on = excluded.expires_on, evidence = COALESCE(excluded.evidence, holdings.evidence), source = excluded.source, \
                           verified_by = NULL, verified_at = NULL, updated_at = excluded.updated_at";

/// The import on SQLite: one prepared upsert and one history insert per row, in the
/// transaction `tx` (see [`Db::sqlite_direct_write`](crate::Db)).
fn import_sqlite(
    tx: &rusqlite::Transaction,
    cancel: &crate::direct::Cancel,
    actor: &Actor,
    org: OrgId,
    rows: &[HoldingRow],
) -> Result<HoldingsOutcome> {
    let owned: std::collections::HashSet<i64> = {
        let mut stmt = tx.prepare("SELECT id FROM people WHERE organisation_id = ?1")?;

        stmt.query_map([org.0], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?
    };
    if rows.iter().any(|r| !owned.contains(&r.person)) {
        return Err(crate::error::StoreError::NotFound);
    }
    const COUNT: &str = "SELECT COUNT(*) FROM holdings WHERE organisation_id = ?1";
    let before: i64 = tx.query_row(COUNT, [org.0], |r| r.get(0))?;
    let now = crate::now_unix();
    // The write lock is already held (`BEGIN IMMEDIATE`): one version stamps the whole import.
    let version: i64 = tx.query_row(&crate::changes::BUMP.replace("$1", "?1"), [org.0], |r| r.get(0))?;
    {
        let mut upsert = tx.prepare(&format!(
            "INSERT INTO holdings ({}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'imported', ?8) {UPSERT_TAIL}",
            COLS.join(", ")
        ))?;
        let mut event = tx.prepare(&format!(
            "INSERT INTO holding_events ({}, version) VALUES (?1, ?2, ?3, 'import', ?4, ?5, ?6, ?7)",
            EVENT_COLS.join(", ")
        ))?;
        for (i, r) in rows.iter().enumerate() {
            if i % 10_000 == 0 {
                cancel.check()?;
            }
            let obtained = r.obtained_on.map(|d| d.to_string());
            let expires = r.expires_on.map(|d| d.to_string());
            upsert.execute(rusqlite::params![org.0, r.person, r.competence, r.level, obtained, expires, r.evidence, now])?;
            event.execute(rusqlite::params![org.0, r.person, r.competence, r.level, actor.name, now, version])?;
        }
    }
    let after: i64 = tx.query_row(COUNT, [org.0], |r| r.get(0))?;
    let added = usize::try_from(after - before).unwrap_or(0);
    let outcome = HoldingsOutcome { added, updated: rows.len() - added };
    tx.execute(
        "INSERT INTO audit_log (at, actor_user_id, actor_name, organisation_id, action, entity, entity_id, detail, version) \
         VALUES (?1, ?2, ?3, ?4, 'import', 'holdings', NULL, ?5, ?6)",
        rusqlite::params![
            now,
            actor.user.map(|u| u.0),
            actor.name,
            org.0,
            format!("{} added, {} updated", outcome.added, outcome.updated),
            version
        ],
    )?;
    Ok(outcome)
}

/// Text for PostgreSQL's COPY text format: `\N` for none, and backslash, tab, newline and
/// carriage return escaped.
fn copy_text(out: &mut String, v: Option<&str>) {
    match v {
        None => out.push_str("\\N"),
        Some(s) => {
            for c in s.chars() {
                match c {
                    '\\' => out.push_str("\\\\"),
                    '\t' => out.push_str("\\t"),
                    '\n' => out.push_str("\\n"),
                    '\r' => out.push_str("\\r"),
                    c => out.push(c),
                }
            }
        }
    }
}

/// The same import on PostgreSQL over a connection of its own: the rows go in by COPY into a
/// temporary table, then one set-based upsert and one history insert — all in one transaction.
async fn import_pg(url: &str, actor: &Actor, org: OrgId, rows: &[HoldingRow]) -> Result<HoldingsOutcome> {
    use sqlx::Connection;
    let mut conn = sqlx::postgres::PgConnection::connect(url).await?;
    let mut tx = conn.begin().await?;
    let people: Vec<i64> = rows.iter().map(|r| r.person).collect::<BTreeSet<i64>>().into_iter().collect();
    let found: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM people WHERE organisation_id = $1 AND id = ANY($2)")
        .bind(org.0)
        .bind(&people)
        .fetch_one(&mut *tx)
        .await?;
    if found != people.len() as i64 {
        return Err(crate::error::StoreError::NotFound);
    }
    const COUNT: &str = "SELECT COUNT(*) FROM holdings WHERE organisation_id = $1";
    let before: i64 = sqlx::query_scalar(COUNT).bind(org.0).fetch_one(&mut *tx).await?;
    sqlx::query(
        "CREATE TEMP TABLE holdings_in (person_id BIGINT NOT NULL, competence_id BIGINT NOT NULL, level BIGINT NOT NULL, \
         obtained_on TEXT, expires_on TEXT, evidence TEXT) ON COMMIT DROP",
    )
    .execute(&mut *tx)
    .await?;
    let mut text = String::with_capacity(rows.len() * 48);
    for r in rows {
        use std::fmt::Write;
        let _ = write!(text, "{}\t{}\t{}\t", r.person, r.competence, r.level);
        copy_text(&mut text, r.obtained_on.map(|d| d.to_string()).as_deref());
        text.push('\t');
        copy_text(&mut text, r.expires_on.map(|d| d.to_string()).as_deref());
        text.push('\t');
        copy_text(&mut text, r.evidence.as_deref());
        text.push('\n');
    }
    let mut copy = tx.copy_in_raw("COPY holdings_in FROM STDIN").await?;
    copy.send(text.into_bytes()).await?;
    copy.finish().await?;
    let now = crate::now_unix();
    sqlx::query(&format!(
        "INSERT INTO holdings ({}) SELECT $1, person_id, competence_id, level, obtained_on, expires_on, evidence, 'imported', $2 FROM holdings_in \
         {UPSERT_TAIL}",
        COLS.join(", ")
    ))
    .bind(org.0)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    // Raised as late as it can be: the counter's row stays locked until the commit.
    let version: i64 = sqlx::query_scalar(crate::changes::BUMP).bind(org.0).fetch_one(&mut *tx).await?;
    sqlx::query(
        "INSERT INTO holding_events (organisation_id, person_id, competence_id, action, level, actor_name, at, version) \
         SELECT $1, person_id, competence_id, 'import', level, $2, $3, $4 FROM holdings_in",
    )
    .bind(org.0)
    .bind(&actor.name)
    .bind(now)
    .bind(version)
    .execute(&mut *tx)
    .await?;
    let after: i64 = sqlx::query_scalar(COUNT).bind(org.0).fetch_one(&mut *tx).await?;
    let added = usize::try_from(after - before).unwrap_or(0);
    let outcome = HoldingsOutcome { added, updated: rows.len() - added };
    sqlx::query(
        "INSERT INTO audit_log (at, actor_user_id, actor_name, organisation_id, action, entity, entity_id, detail, version) \
         VALUES ($1, $2, $3, $4, 'import', 'holdings', NULL, $5, $6)",
    )
    .bind(now)
    .bind(actor.user.map(|u| u.0))
    .bind(&actor.name)
    .bind(org.0)
    .bind(format!("{} added, {} updated", outcome.added, outcome.updated))
    .bind(version)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(outcome)
}
