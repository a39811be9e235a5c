//! Who sits where: people's current units and position codes, read from the gap facts.

use crate::{App, Result};
use saman_domain::tree::Tree;
use saman_domain::{OrgId, PersonId, UnitId};
use std::collections::HashMap;

/// People's current units, each with the units above it.
pub struct Positions {
    pub tree: Tree,
    pub units: HashMap<PersonId, Vec<UnitId>>,
    pub codes: HashMap<PersonId, Vec<String>>,
}

impl Positions {
    pub async fn load(app: &App, org: OrgId) -> Result<Positions> {
        let view = app.orgs.get(&app.db, org).await?;
        let facts = app.facts.get(&app.db, org).await?;
        let mut units: HashMap<PersonId, Vec<UnitId>> = HashMap::new();
        let mut codes: HashMap<PersonId, Vec<String>> = HashMap::new();
        for p in &facts.positions {
            units.entry(p.person).or_default().push(p.unit);
            if let Some(c) = &p.code {
                codes.entry(p.person).or_default().push(c.clone());
            }
        }
        Ok(Positions { tree: view.tree.clone(), units, codes })
    }

    pub fn ancestries(&self, p: PersonId) -> Vec<Vec<UnitId>> {
        self.units.get(&p).map(|us| us.iter().map(|u| self.tree.ancestry(*u)).collect()).unwrap_or_default()
    }

    /// Everyone with a current position in the unit or below it, and (if given) with the position code.
    pub fn people_in(&self, unit: Option<UnitId>, code: Option<&str>) -> Vec<PersonId> {
        let mut out: Vec<PersonId> = self
            .units
            .iter()
            .filter(|(p, us)| {
                unit.is_none_or(|u| us.iter().any(|x| self.tree.ancestry(*x).contains(&u)))
                    && code.is_none_or(|c| self.codes.get(p).is_some_and(|cs| cs.iter().any(|x| x.eq_ignore_ascii_case(c))))
            })
            .map(|(p, _)| *p)
            .collect();
        out.sort();
        out
    }
}
