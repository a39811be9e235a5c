//! The store side of the holdings import: what a file is checked against, and writing the
//! checked rows in one transaction: only the holdings a file adds or changes are written, with
//! one history entry per person (see [`saman_import::holdings_diff`]).

use crate::audit::Actor;
use crate::error::Result;
use crate::holdings::HoldingStore;
use saman_catalogue::default_catalogue_ref;
use saman_domain::OrgId;
use saman_import::{CatalogueEntry, HoldingRow, HoldingsDiff, HoldingsLookup, Progress, StoredHolding, diff_holdings};
use sqlx::Row;
use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;
use std::sync::atomic::Ordering;

/// What an import did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
pub struct HoldingsOutcome {
    pub added: usize,
    pub updated: usize,
    /// Rows that said what was stored already, and changed nothing.
    pub unchanged: usize,
}

impl HoldingsOutcome {
    fn of(diff: &HoldingsDiff) -> Self {
        HoldingsOutcome { added: diff.added.len(), updated: diff.changed.len(), unchanged: diff.unchanged }
    }

    fn audit_detail(&self) -> String {
        format!("{} added, {} updated, {} unchanged", self.added, self.updated, self.unchanged)
    }
}

const COLS: [&str; 9] =
    ["organisation_id", "person_id", "competence_id", "level", "obtained_on", "expires_on", "evidence", "source", "updated_at"];

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
        self.import_counting(actor, org, rows.to_vec(), Arc::default()).await
    }

    /// As [`Self::import`], counting in `progress` the holdings to store and those stored.
    pub async fn import_counting(
        &self,
        actor: &Actor,
        org: OrgId,
        rows: Vec<HoldingRow>,
        progress: Arc<Progress>,
    ) -> Result<HoldingsOutcome> {
        if let Some(url) = &self.0.pg_url {
            let _permit = self.0.bulk_permit().await?;
            return import_pg(url, actor, org, &rows, &progress).await;
        }
        let actor = actor.clone();
        self.0.sqlite_direct_write(move |tx, cancel| import_sqlite(tx, cancel, &actor, org, &rows, &progress)).await
    }
}

/// The stored holdings of an organisation, read in one pass.
const STORED: &str = "SELECT person_id, competence_id, level, obtained_on, expires_on, evidence FROM holdings WHERE organisation_id = $1";

fn stored_holding(level: i64, obtained: Option<String>, expires: Option<String>, evidence: Option<String>) -> StoredHolding {
    StoredHolding { level, obtained_on: obtained.and_then(|d| d.parse().ok()), expires_on: expires.and_then(|d| d.parse().ok()), evidence }
}

const AUDIT: &str = "INSERT INTO audit_log (at, actor_user_id, actor_name, organisation_id, action, entity, entity_id, detail, version) \
                     VALUES ($1, $2, $3, $4, 'import', 'holdings', NULL, $5, $6)";
const HISTORY: &str =
    "INSERT INTO holding_imports (organisation_id, person_id, changes, actor_name, at, version) VALUES ($1, $2, $3, $4, $5, $6)";
const UPDATE: &str = "UPDATE holdings SET level = $1, obtained_on = $2, expires_on = $3, evidence = COALESCE($4, evidence), \
                      source = 'imported', verified_by = NULL, verified_at = NULL, updated_at = $5 WHERE person_id = $6 AND competence_id = $7";

/// Rows per insert statement on SQLite (7 values each, well below its limit of parameters).
const INSERT_BATCH: usize = 256;

/// `$n` placeholders as SQLite's `?n`.
fn sqlite(sql: &str) -> String {
    sql.replace('$', "?")
}

/// The import on SQLite, in the transaction `tx` (see [`Db::sqlite_direct_write`](crate::Db)):
/// prepared statements for the rows that add or change a holding, in key order.
fn import_sqlite(
    tx: &rusqlite::Transaction,
    cancel: &crate::direct::Cancel,
    actor: &Actor,
    org: OrgId,
    rows: &[HoldingRow],
    progress: &Progress,
) -> Result<HoldingsOutcome> {
    let owned: std::collections::HashSet<i64> = {
        let mut stmt = tx.prepare("SELECT id FROM people WHERE organisation_id = ?1")?;
        stmt.query_map([org.0], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?
    };
    // The references, checked here for all rows at once (the connection does not check them
    // row by row): every person is the organisation's, every competence exists.
    let competences: std::collections::HashSet<i64> = {
        let mut stmt = tx.prepare("SELECT id FROM competences")?;
        stmt.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?
    };
    if rows.iter().any(|r| !owned.contains(&r.person) || !competences.contains(&r.competence)) {
        return Err(crate::error::StoreError::NotFound);
    }
    let stored: HashMap<(i64, i64), StoredHolding> = {
        let mut stmt = tx.prepare(&sqlite(STORED))?;
        stmt.query_map([org.0], |r| Ok(((r.get(0)?, r.get(1)?), stored_holding(r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?))))?
            .collect::<rusqlite::Result<_>>()?
    };
    cancel.check()?;
    let diff = diff_holdings(rows, &stored);
    drop(stored);
    progress.to_store.store(diff.added.len() + diff.changed.len(), Ordering::Relaxed);
    let now = crate::now_unix();
    // The write lock is already held (`BEGIN IMMEDIATE`): one version stamps the whole import.
    let version: i64 = tx.query_row(&sqlite(crate::changes::BUMP), [org.0], |r| r.get(0))?;
    let date = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string());
    {
        // Many rows per statement: each statement also updates the id counter once.
        let statement = |n: usize| {
            let values: Vec<String> = (0..n)
                .map(|i| {
                    let p = i * 7;
                    format!(
                        "(?{}, ?{}, ?{}, ?{}, ?{}, ?{}, ?{}, 'imported', ?{})",
                        p + 1,
                        p + 2,
                        p + 3,
                        p + 4,
                        p + 5,
                        p + 6,
                        p + 7,
                        n * 7 + 1
                    )
                })
                .collect();
            format!("INSERT INTO holdings ({}) VALUES {}", COLS.join(", "), values.join(", "))
        };
        let mut full = tx.prepare(&statement(INSERT_BATCH))?;
        for (i, chunk) in diff.added.chunks(INSERT_BATCH).enumerate() {
            if i % 100 == 0 {
                cancel.check()?;
                progress.stored.store(i * INSERT_BATCH, Ordering::Relaxed);
            }
            let mut part;
            let stmt = if chunk.len() == INSERT_BATCH {
                &mut full
            } else {
                part = tx.prepare(&statement(chunk.len()))?;
                &mut part
            };
            for (j, r) in chunk.iter().enumerate() {
                let p = j * 7;
                stmt.raw_bind_parameter(p + 1, org.0)?;
                stmt.raw_bind_parameter(p + 2, r.person)?;
                stmt.raw_bind_parameter(p + 3, r.competence)?;
                stmt.raw_bind_parameter(p + 4, r.level)?;
                stmt.raw_bind_parameter(p + 5, date(r.obtained_on))?;
                stmt.raw_bind_parameter(p + 6, date(r.expires_on))?;
                stmt.raw_bind_parameter(p + 7, &r.evidence)?;
            }
            stmt.raw_bind_parameter(chunk.len() * 7 + 1, now)?;
            stmt.raw_execute()?;
        }
        let mut update = tx.prepare(&sqlite(UPDATE))?;
        for (i, r) in diff.changed.iter().enumerate() {
            if i % 10_000 == 0 {
                cancel.check()?;
                progress.stored.store(diff.added.len() + i, Ordering::Relaxed);
            }
            update.execute(rusqlite::params![r.level, date(r.obtained_on), date(r.expires_on), r.evidence, now, r.person, r.competence])?;
        }
        let mut history = tx.prepare(&sqlite(HISTORY))?;
        for p in &diff.history {
            history.execute(rusqlite::params![org.0, p.person, p.to_json(), actor.name, now, version])?;
        }
    }
    progress.stored.store(diff.added.len() + diff.changed.len(), Ordering::Relaxed);
    let outcome = HoldingsOutcome::of(&diff);
    tx.execute(&sqlite(AUDIT), rusqlite::params![now, actor.user.map(|u| u.0), actor.name, org.0, outcome.audit_detail(), version])?;
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

/// The same import on PostgreSQL over a connection of its own, in one transaction: new
/// holdings go in by COPY, changed ones by one `UPDATE … FROM UNNEST`, history likewise.
async fn import_pg(url: &str, actor: &Actor, org: OrgId, rows: &[HoldingRow], progress: &Progress) -> Result<HoldingsOutcome> {
    use sqlx::Connection;
    let mut conn = sqlx::postgres::PgConnection::connect(url).await?;
    let mut tx = conn.begin().await?;
    let people: Vec<i64> = rows.iter().map(|r| r.person).collect::<BTreeSet<i64>>().into_iter().collect();
    let found: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM people WHERE organisation_id = $1 AND id = ANY($2)")
        .bind(org.0)
        .bind(&people)
        .fetch_one(&mut *tx)
        .await?;
    let competences: Vec<i64> = rows.iter().map(|r| r.competence).collect::<BTreeSet<i64>>().into_iter().collect();
    let known: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM competences WHERE id = ANY($1)").bind(&competences).fetch_one(&mut *tx).await?;
    if found != people.len() as i64 || known != competences.len() as i64 {
        return Err(crate::error::StoreError::NotFound);
    }
    // Locks the organisation's holdings against a second import until this one commits.
    let version: i64 = sqlx::query_scalar(crate::changes::BUMP).bind(org.0).fetch_one(&mut *tx).await?;
    let stored: HashMap<(i64, i64), StoredHolding> = {
        use futures_util::TryStreamExt;
        let mut map = HashMap::new();
        let mut stream =
            sqlx::query_as::<_, (i64, i64, i64, Option<String>, Option<String>, Option<String>)>(STORED).bind(org.0).fetch(&mut *tx);
        while let Some((p, c, level, o, e, ev)) = stream.try_next().await? {
            map.insert((p, c), stored_holding(level, o, e, ev));
        }
        map
    };
    let diff = diff_holdings(rows, &stored);
    drop(stored);
    progress.to_store.store(diff.added.len() + diff.changed.len(), Ordering::Relaxed);
    let now = crate::now_unix();
    let date = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string());
    if !diff.added.is_empty() {
        let mut copy = tx.copy_in_raw(&format!("COPY holdings ({}) FROM STDIN", COLS.join(", "))).await?;
        let (org_id, now_text) = (org.0.to_string(), now.to_string());
        // Sent in parts, each counted as stored once the server has it.
        for (part, chunk) in diff.added.chunks(100_000).enumerate() {
            let mut text = String::with_capacity(chunk.len() * 64);
            for r in chunk {
                use std::fmt::Write;
                let _ = write!(text, "{org_id}\t{}\t{}\t{}\t", r.person, r.competence, r.level);
                copy_text(&mut text, date(r.obtained_on).as_deref());
                text.push('\t');
                copy_text(&mut text, date(r.expires_on).as_deref());
                text.push('\t');
                copy_text(&mut text, r.evidence.as_deref());
                let _ = writeln!(text, "\timported\t{now_text}");
            }
            copy.send(text.into_bytes()).await?;
            progress.stored.store(part * 100_000 + chunk.len(), Ordering::Relaxed);
        }
        copy.finish().await?;
    }
    if !diff.changed.is_empty() {
        let column = |f: &dyn Fn(&HoldingRow) -> Option<String>| diff.changed.iter().map(|r| f(r)).collect::<Vec<_>>();
        sqlx::query(
            "UPDATE holdings h SET level = u.level, obtained_on = u.obtained_on, expires_on = u.expires_on, \
             evidence = COALESCE(u.evidence, h.evidence), source = 'imported', verified_by = NULL, verified_at = NULL, updated_at = $1 \
             FROM UNNEST($2::BIGINT[], $3::BIGINT[], $4::BIGINT[], $5::TEXT[], $6::TEXT[], $7::TEXT[]) \
             AS u(person_id, competence_id, level, obtained_on, expires_on, evidence) \
             WHERE h.person_id = u.person_id AND h.competence_id = u.competence_id",
        )
        .bind(now)
        .bind(diff.changed.iter().map(|r| r.person).collect::<Vec<_>>())
        .bind(diff.changed.iter().map(|r| r.competence).collect::<Vec<_>>())
        .bind(diff.changed.iter().map(|r| r.level).collect::<Vec<_>>())
        .bind(column(&|r| date(r.obtained_on)))
        .bind(column(&|r| date(r.expires_on)))
        .bind(column(&|r| r.evidence.clone()))
        .execute(&mut *tx)
        .await?;
    }
    progress.stored.store(diff.added.len() + diff.changed.len(), Ordering::Relaxed);
    if !diff.history.is_empty() {
        sqlx::query(
            "INSERT INTO holding_imports (organisation_id, person_id, changes, actor_name, at, version) \
             SELECT $1, person_id, changes, $2, $3, $4 FROM UNNEST($5::BIGINT[], $6::TEXT[]) AS u(person_id, changes)",
        )
        .bind(org.0)
        .bind(&actor.name)
        .bind(now)
        .bind(version)
        .bind(diff.history.iter().map(|p| p.person).collect::<Vec<_>>())
        .bind(diff.history.iter().map(|p| p.to_json()).collect::<Vec<_>>())
        .execute(&mut *tx)
        .await?;
    }
    let outcome = HoldingsOutcome::of(&diff);
    sqlx::query(AUDIT)
        .bind(now)
        .bind(actor.user.map(|u| u.0))
        .bind(&actor.name)
        .bind(org.0)
        .bind(outcome.audit_detail())
        .bind(version)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(outcome)
}
