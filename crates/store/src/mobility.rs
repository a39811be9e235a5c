//! Mobility opportunities: hospitation, rotation, job swap, trial arrangement, visit,
//! mentoring and peer coaching, offered by a unit or a person or asked for by a person, with
//! the periods they run in and the competences they build. Placements are in `mobility_flow`.

use crate::audit::{Actor, write_audit};
use crate::competences::CompetenceId;
use crate::db::Db;
use crate::error::{Result, StoreError};
use chrono::NaiveDate;
use saman_domain::experts::Visibility;
use saman_domain::mobility::{Direction, OpportunityKind, Period};
use saman_domain::{OrgId, PersonId, UnitId};
use serde::Serialize;
use sqlx::Row;
use sqlx::any::AnyRow;
use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Opportunity {
    pub id: i64,
    pub org: OrgId,
    /// The unit that offers it (or that the asking person belongs to).
    pub unit: Option<UnitId>,
    /// The person who offers or asks for it.
    pub person: Option<PersonId>,
    pub person_name: Option<String>,
    pub kind: OpportunityKind,
    pub direction: Direction,
    pub title: String,
    pub description: String,
    /// Who sees it and may apply: the unit, the organisation or the network.
    pub reach: Visibility,
    /// People at the same time.
    pub places: i64,
    /// Position codes that may apply; empty for everyone within reach.
    pub open_to: Vec<String>,
    /// Share of full time, in percent.
    pub percent: i64,
    pub open: bool,
    /// Fixed periods (e.g. weeks); empty when dates are agreed case by case.
    pub periods: Vec<Period>,
    pub competences: Vec<CompetenceId>,
    pub created_at: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewOpportunity {
    pub unit: Option<UnitId>,
    pub person: Option<PersonId>,
    pub kind: OpportunityKind,
    pub direction: Direction,
    pub title: String,
    pub description: String,
    pub reach: Visibility,
    pub places: i64,
    pub open_to: Vec<String>,
    pub percent: i64,
    pub periods: Vec<Period>,
    pub competences: Vec<CompetenceId>,
}

pub struct MobilityStore<'a>(pub(crate) &'a Db);

impl Db {
    pub fn mobility(&self) -> MobilityStore<'_> {
        MobilityStore(self)
    }
}

pub(crate) fn date(s: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| StoreError::Corrupt(format!("date {s}")))
}

const SELECT: &str = "SELECT o.id, o.organisation_id, o.unit_id, o.person_id, o.kind, o.direction, o.title, o.description, o.reach, \
    o.places, o.open_to, o.percent, o.status, o.created_at, p.given_name, p.family_name \
    FROM opportunities o LEFT JOIN people p ON p.id = o.person_id";

fn from_row(r: &AnyRow) -> Result<Opportunity> {
    let kind: String = r.try_get("kind")?;
    let direction: String = r.try_get("direction")?;
    let reach: String = r.try_get("reach")?;
    let open_to: String = r.try_get("open_to")?;
    let given: Option<String> = r.try_get("given_name")?;
    let family: Option<String> = r.try_get("family_name")?;
    Ok(Opportunity {
        id: r.try_get("id")?,
        org: OrgId(r.try_get("organisation_id")?),
        unit: r.try_get::<Option<i64>, _>("unit_id")?.map(UnitId),
        person: r.try_get::<Option<i64>, _>("person_id")?.map(PersonId),
        person_name: given.zip(family).map(|(g, f)| format!("{g} {f}")),
        kind: OpportunityKind::parse(&kind).ok_or_else(|| StoreError::Corrupt(format!("opportunity kind {kind}")))?,
        direction: Direction::parse(&direction).ok_or_else(|| StoreError::Corrupt(format!("direction {direction}")))?,
        title: r.try_get("title")?,
        description: r.try_get("description")?,
        reach: Visibility::parse(&reach).ok_or_else(|| StoreError::Corrupt(format!("reach {reach}")))?,
        places: r.try_get("places")?,
        open_to: open_to.split(',').filter(|c| !c.is_empty()).map(str::to_string).collect(),
        percent: r.try_get("percent")?,
        open: r.try_get::<String, _>("status")? == "open",
        periods: vec![],
        competences: vec![],
        created_at: r.try_get("created_at")?,
    })
}

impl MobilityStore<'_> {
    /// Adds an opportunity. One asked for by a person starts that person's placement at once:
    /// it goes to their leader like an application. Returns (opportunity, that placement).
    pub async fn create(&self, actor: &Actor, org: OrgId, n: &NewOpportunity) -> Result<(i64, Option<i64>)> {
        let mut tx = self.0.write_tx().await?;
        for c in &n.competences {
            if !crate::competences::usable(&mut tx, org, *c).await? {
                return Err(StoreError::NotFound);
            }
        }
        let now = crate::now_unix();
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO opportunities (organisation_id, unit_id, person_id, kind, direction, title, description, reach, places, open_to, percent, status, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'open', $12) RETURNING id",
        )
        .bind(org.0)
        .bind(n.unit.map(|u| u.0))
        .bind(n.person.map(|p| p.0))
        .bind(n.kind.code())
        .bind(n.direction.code())
        .bind(&n.title)
        .bind(&n.description)
        .bind(n.reach.code())
        .bind(n.places)
        .bind(n.open_to.join(","))
        .bind(n.percent)
        .bind(now)
        .fetch_one(&mut *tx)
        .await?;
        for p in &n.periods {
            sqlx::query("INSERT INTO opportunity_periods (organisation_id, opportunity_id, starts_on, ends_on) VALUES ($1, $2, $3, $4)")
                .bind(org.0)
                .bind(id)
                .bind(p.starts_on.to_string())
                .bind(p.ends_on.to_string())
                .execute(&mut *tx)
                .await?;
        }
        for c in &n.competences {
            sqlx::query("INSERT INTO opportunity_competences (organisation_id, opportunity_id, competence_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING")
                .bind(org.0)
                .bind(id)
                .bind(c.0)
                .execute(&mut *tx)
                .await?;
        }
        let placement = match (n.direction, n.person) {
            (Direction::Request, Some(person)) => {
                let period = n.periods.first();
                let pid: i64 = sqlx::query_scalar(
                    "INSERT INTO placements (organisation_id, person_id, opportunity_id, stage, starts_on, ends_on, motivation, percent, created_at, updated_at) \
                     VALUES ($1, $2, $3, 'applied', $4, $5, $6, $7, $8, $8) RETURNING id",
                )
                .bind(org.0)
                .bind(person.0)
                .bind(id)
                .bind(period.map(|p| p.starts_on.to_string()))
                .bind(period.map(|p| p.ends_on.to_string()))
                .bind(&n.description)
                .bind(n.percent)
                .bind(now)
                .fetch_one(&mut *tx)
                .await?;
                Some(pid)
            }
            _ => None,
        };
        write_audit(&mut tx, actor, Some(org), "create", "opportunity", Some(id), n.kind.code()).await?;
        if let Some(pid) = placement {
            crate::notices::notice(&mut tx, "placement-applied", pid, "").await?;
        }
        tx.commit().await?;
        Ok((id, placement))
    }

    /// Opens or closes an opportunity for new applications; placements already on their way go on.
    pub async fn set_open(&self, actor: &Actor, id: i64, open: bool) -> Result<()> {
        let o = self.get(id).await?;
        let mut tx = self.0.write_tx().await?;
        sqlx::query("UPDATE opportunities SET status = $1 WHERE id = $2")
            .bind(if open { "open" } else { "closed" })
            .bind(id)
            .execute(&mut *tx)
            .await?;
        write_audit(&mut tx, actor, Some(o.org), if open { "open" } else { "close" }, "opportunity", Some(id), "").await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn get(&self, id: i64) -> Result<Opportunity> {
        let sql = format!("{SELECT} WHERE o.id = $1");
        let r = sqlx::query(&sql).bind(id).fetch_optional(&self.0.pool).await?.ok_or(StoreError::NotFound)?;
        let mut out = vec![from_row(&r)?];
        self.fill(&mut out).await?;
        out.pop().ok_or(StoreError::NotFound)
    }

    /// The organisations' opportunities, newest first; the caller filters by who may see each.
    pub async fn in_orgs(&self, orgs: &[OrgId]) -> Result<Vec<Opportunity>> {
        let mut out = vec![];
        for org in orgs {
            let sql = format!("{SELECT} WHERE o.organisation_id = $1 ORDER BY o.id DESC");
            for r in sqlx::query(&sql).bind(org.0).fetch_all(&self.0.pool).await? {
                out.push(from_row(&r)?);
            }
        }
        self.fill(&mut out).await?;
        out.sort_by_key(|b| std::cmp::Reverse(b.id));
        Ok(out)
    }

    /// Reads the periods and competences of the opportunities.
    async fn fill(&self, list: &mut [Opportunity]) -> Result<()> {
        let mut orgs: Vec<OrgId> = list.iter().map(|o| o.org).collect();
        orgs.sort();
        orgs.dedup();
        let mut periods: HashMap<i64, Vec<Period>> = HashMap::new();
        let mut comps: HashMap<i64, Vec<CompetenceId>> = HashMap::new();
        for org in orgs {
            for r in sqlx::query(
                "SELECT opportunity_id, starts_on, ends_on FROM opportunity_periods WHERE organisation_id = $1 ORDER BY starts_on",
            )
            .bind(org.0)
            .fetch_all(&self.0.pool)
            .await?
            {
                let p = Period::new(date(&r.try_get::<String, _>("starts_on")?)?, date(&r.try_get::<String, _>("ends_on")?)?)
                    .ok_or_else(|| StoreError::Corrupt("period ends before it starts".into()))?;
                periods.entry(r.try_get("opportunity_id")?).or_default().push(p);
            }
            for r in sqlx::query("SELECT opportunity_id, competence_id FROM opportunity_competences WHERE organisation_id = $1 ORDER BY id")
                .bind(org.0)
                .fetch_all(&self.0.pool)
                .await?
            {
                comps.entry(r.try_get("opportunity_id")?).or_default().push(CompetenceId(r.try_get("competence_id")?));
            }
        }
        for o in list.iter_mut() {
            o.periods = periods.remove(&o.id).unwrap_or_default();
            o.competences = comps.remove(&o.id).unwrap_or_default();
        }
        Ok(())
    }
}
