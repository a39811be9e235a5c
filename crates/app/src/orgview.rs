//! An organisation's structure as pages need it — units, the tree and distinct head
//! counts per subtree — computed once and shared for a few seconds. Writes made through
//! this process invalidate it at once; other processes see changes within `TTL`.

use crate::Error as AppError;
use saman_domain::tree::Tree;
use saman_domain::{OrgId, UnitId};
use saman_store::{Db, Unit};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const TTL: Duration = Duration::from_secs(5);

pub struct OrgView {
    pub units: Vec<Unit>,
    pub tree: Tree,
    /// Distinct people with a current position in each unit or below it.
    pub counts: HashMap<UnitId, usize>,
    /// Distinct people with a current position anywhere in the organisation.
    pub people: usize,
    by_id: HashMap<UnitId, usize>,
}

impl OrgView {
    pub fn unit(&self, id: UnitId) -> Option<&Unit> {
        self.by_id.get(&id).map(|&i| &self.units[i])
    }

    pub fn count(&self, id: UnitId) -> i64 {
        self.counts.get(&id).copied().unwrap_or(0) as i64
    }
}

#[derive(Default)]
pub struct OrgCache {
    views: Mutex<HashMap<OrgId, (Instant, chrono::NaiveDate, Arc<OrgView>)>>,
}

impl OrgCache {
    pub async fn get(&self, db: &Db, org: OrgId) -> Result<Arc<OrgView>, AppError> {
        let today = crate::clock::today();
        if let Some((at, day, v)) = self.lock().get(&org)
            && at.elapsed() < TTL
            && *day == today
        {
            return Ok(v.clone());
        }
        let units = db.orgs().units(org).await?;
        let memberships = db.orgs().current_memberships(org, today).await?;
        let tree = Tree::new(units.iter().map(|u| (u.id, u.parent)));
        let counts = tree.subtree_head_counts(&memberships);
        let mut people: Vec<_> = memberships.iter().map(|(_, p)| *p).collect();
        people.sort_unstable();
        people.dedup();
        let by_id = units.iter().enumerate().map(|(i, u)| (u.id, i)).collect();
        let view = Arc::new(OrgView { units, tree, counts, people: people.len(), by_id });
        self.lock().insert(org, (Instant::now(), today, view.clone()));
        Ok(view)
    }

    /// Forgets an organisation after a change to its units, people or positions.
    pub fn invalidate(&self, org: OrgId) {
        self.lock().remove(&org);
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<OrgId, (Instant, chrono::NaiveDate, Arc<OrgView>)>> {
        match self.views.lock() {
            Ok(g) => g,
            Err(p) => p.into_inner(),
        }
    }
}

/// Each organisation's competence catalogue (shipped + own), shared for a few seconds:
/// profile and gap pages need all of it on every request.
#[derive(Default)]
pub struct CatalogueCache {
    entries: Mutex<HashMap<Option<OrgId>, (Instant, Arc<Vec<saman_store::CompetenceRow>>)>>,
}

impl CatalogueCache {
    pub async fn get(&self, db: &Db, org: Option<OrgId>) -> Result<Arc<Vec<saman_store::CompetenceRow>>, AppError> {
        if let Some((at, v)) = self.lock().get(&org)
            && at.elapsed() < TTL
        {
            return Ok(v.clone());
        }
        let rows = Arc::new(db.competences().catalogue(org).await?);
        self.lock().insert(org, (Instant::now(), rows.clone()));
        Ok(rows)
    }

    pub fn invalidate(&self, org: OrgId) {
        self.lock().remove(&Some(org));
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<Option<OrgId>, (Instant, Arc<Vec<saman_store::CompetenceRow>>)>> {
        match self.entries.lock() {
            Ok(g) => g,
            Err(p) => p.into_inner(),
        }
    }
}

/// What gap analysis reads for an organisation: current positions with codes, everyone's
/// holdings indexed by person, the requirements, birth years.
#[derive(Clone)]
pub struct GapFacts {
    pub positions: Vec<saman_gap::Position>,
    pub holdings: saman_gap::HoldingIndex,
    pub requirements: Vec<saman_store::Requirement>,
    pub birth_years: HashMap<saman_domain::PersonId, i32>,
}

#[derive(Clone)]
struct FactsEntry {
    day: chrono::NaiveDate,
    mark: saman_store::Mark,
    facts: Arc<GapFacts>,
}

/// Gap facts kept up to date on write, for every process: each read asks the database what
/// changed since the facts were read (two index lookups), then reads only the holdings of
/// the people whose holdings changed, or the positions and requirements if those changed.
/// A new day, or changes to more people than [`FULL_RELOAD_SHARE`] of the organisation,
/// reads everything again.
#[derive(Default)]
pub struct FactsCache {
    entries: Mutex<HashMap<OrgId, FactsEntry>>,
    reloads: std::sync::atomic::AtomicUsize,
    /// One reader at a time brings an organisation's facts up to date; the others wait and
    /// take its result rather than read everything again each.
    turns: Mutex<HashMap<OrgId, Arc<tokio::sync::Mutex<()>>>>,
}

/// Above this share of people changed, reading everything again is cheaper.
const FULL_RELOAD_SHARE: f64 = 0.2;

/// Audit entities that change nothing gap analysis reads, or only holdings (which the
/// holding history tells person by person).
const HOLDINGS_ONLY: [&str; 14] = [
    "holding",
    "wish",
    "calendar_token",
    "holdings",
    "holding_file",
    "expert_offer",
    "api_token",
    "user",
    "competence",
    "activity",
    "cohort",
    "learning_session",
    "enrolment",
    "practice_note",
];

impl FactsCache {
    pub async fn get(&self, db: &Db, org: OrgId) -> Result<Arc<GapFacts>, AppError> {
        let turn = {
            let mut turns = match self.turns.lock() {
                Ok(g) => g,
                Err(p) => p.into_inner(),
            };
            turns.entry(org).or_default().clone()
        };
        let _turn = turn.lock().await;
        self.bring_up_to_date(db, org).await
    }

    async fn bring_up_to_date(&self, db: &Db, org: OrgId) -> Result<Arc<GapFacts>, AppError> {
        let today = crate::clock::today();
        let cached = self.lock().get(&org).cloned();
        let Some(entry) = cached.filter(|e| e.day == today) else {
            return self.reload(db, org, today).await;
        };
        let changes = db.changes(org, entry.mark).await?;
        if changes.mark == entry.mark {
            return Ok(entry.facts);
        }
        let people = entry.facts.birth_years.len().max(entry.facts.positions.len()).max(1);
        if changes.people.len() as f64 > FULL_RELOAD_SHARE * people as f64 {
            return self.reload(db, org, today).await;
        }
        let mut facts = (*entry.facts).clone();
        let structural = changes.entities.iter().any(|e| e != "requirement" && !HOLDINGS_ONLY.contains(&e.as_str()));
        if structural {
            facts.positions = positions(db, org, today).await?;
            facts.birth_years = db.people().birth_years(org).await?;
        }
        if structural || changes.entities.iter().any(|e| e == "requirement") {
            facts.requirements = db.competences().requirements(org).await?;
        }
        if !changes.people.is_empty() {
            let mut by_person: HashMap<saman_domain::PersonId, Vec<saman_gap::Held>> =
                changes.people.iter().map(|p| (*p, vec![])).collect();
            for h in db.holdings().facts_of(&changes.people).await? {
                by_person.entry(h.person).or_default().push(saman_gap::Held {
                    competence: h.competence.0,
                    level: h.level,
                    expires: h.expires_on,
                });
            }
            for (p, held) in by_person {
                facts.holdings.set(p, held);
            }
        }
        let facts = Arc::new(facts);
        self.lock().insert(org, FactsEntry { day: today, mark: changes.mark, facts: facts.clone() });
        Ok(facts)
    }

    /// Reads everything again. The mark is taken first, so a change made while reading is
    /// read again next time rather than missed.
    pub async fn reload(&self, db: &Db, org: OrgId, today: chrono::NaiveDate) -> Result<Arc<GapFacts>, AppError> {
        self.reloads.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let mark = db.mark(org).await?;
        // Read at once: each waits mostly on the database.
        let (positions, by_person, requirements, birth_years) = tokio::try_join!(
            positions(db, org, today),
            async { Ok::<_, AppError>(db.holdings().facts_by_person(org).await?) },
            async { Ok::<_, AppError>(db.competences().requirements(org).await?) },
            async { Ok::<_, AppError>(db.people().birth_years(org).await?) },
        )?;
        let mut holdings = saman_gap::HoldingIndex::default();
        for (person, held) in by_person {
            holdings.set(person, held.into_iter().map(|(c, level, expires)| saman_gap::Held { competence: c.0, level, expires }).collect());
        }
        let facts = Arc::new(GapFacts { positions, holdings, requirements, birth_years });
        self.lock().insert(org, FactsEntry { day: today, mark, facts: facts.clone() });
        Ok(facts)
    }

    /// How many times everything was read from scratch.
    pub fn reloads(&self) -> usize {
        self.reloads.load(std::sync::atomic::Ordering::Relaxed)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<OrgId, FactsEntry>> {
        match self.entries.lock() {
            Ok(g) => g,
            Err(p) => p.into_inner(),
        }
    }
}

async fn positions(db: &Db, org: OrgId, today: chrono::NaiveDate) -> Result<Vec<saman_gap::Position>, AppError> {
    Ok(db
        .orgs()
        .current_positions(org, today)
        .await?
        .into_iter()
        .map(|(unit, person, code)| saman_gap::Position { unit, person, code })
        .collect())
}

/// A stored requirement as gap analysis takes it.
pub fn gap_requirement(r: &saman_store::Requirement) -> saman_gap::Requirement {
    saman_gap::Requirement {
        id: r.id,
        unit: r.unit,
        position_code: r.position_code.clone(),
        competence: r.competence.0,
        min_level: r.min_level,
        mandatory: r.mandatory,
        min_count: r.min_count,
        alternatives: r.alternatives.iter().map(|c| c.0).collect(),
    }
}
