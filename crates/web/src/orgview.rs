//! An organisation's structure as pages need it — units, the tree and distinct head
//! counts per subtree — computed once and shared for a few seconds. Writes made through
//! this process invalidate it at once; other processes see changes within `TTL`.

use crate::error::AppError;
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
        let today = crate::scope::today();
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

/// What gap analysis reads for an organisation — current positions with codes, every
/// holding, the requirements — shared for a few seconds. Writes through this process
/// (holdings, requirements, imports, positions) invalidate it at once.
pub struct GapFacts {
    pub positions: Vec<saman_gap::Position>,
    pub holdings: Vec<saman_gap::Holding>,
    pub requirements: Vec<saman_store::Requirement>,
    pub birth_years: HashMap<saman_domain::PersonId, i32>,
}

#[derive(Default)]
pub struct FactsCache {
    entries: Mutex<HashMap<OrgId, (Instant, chrono::NaiveDate, Arc<GapFacts>)>>,
}

impl FactsCache {
    pub async fn get(&self, db: &Db, org: OrgId) -> Result<Arc<GapFacts>, AppError> {
        let today = crate::scope::today();
        if let Some((at, day, v)) = self.lock().get(&org)
            && at.elapsed() < TTL
            && *day == today
        {
            return Ok(v.clone());
        }
        let positions = db
            .orgs()
            .current_positions(org, today)
            .await?
            .into_iter()
            .map(|(unit, person, code)| saman_gap::Position { unit, person, code })
            .collect();
        let holdings = db
            .holdings()
            .facts(org)
            .await?
            .into_iter()
            .map(|h| saman_gap::Holding { person: h.person, competence: h.competence.0, level: h.level, expires: h.expires_on })
            .collect();
        let requirements = db.competences().requirements(org).await?;
        let birth_years = db.people().birth_years(org).await?;
        let facts = Arc::new(GapFacts { positions, holdings, requirements, birth_years });
        self.lock().insert(org, (Instant::now(), today, facts.clone()));
        Ok(facts)
    }

    pub fn invalidate(&self, org: OrgId) {
        self.lock().remove(&org);
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<OrgId, (Instant, chrono::NaiveDate, Arc<GapFacts>)>> {
        match self.entries.lock() {
            Ok(g) => g,
            Err(p) => p.into_inner(),
        }
    }
}
