//! Gap analysis: per requirement, how many people need a competence, have it and lack it, in a
//! unit and below it or in a whole organisation; who lacks what and what expires for leaders
//! and HR only.

use crate::{Actor, App, Result, access};
use saman_domain::{OrgId, UnitId};
use saman_gap::{Report, Rung};
use saman_store::{CompetenceRow, Organisation, Requirement, Unit};
use std::collections::HashMap;

/// What the analysis covers.
#[derive(Debug, Clone, Copy)]
pub enum Scope {
    Unit(UnitId),
    Org(OrgId),
}

pub struct Analysis {
    pub org: Organisation,
    /// `None` when the whole organisation is analysed.
    pub unit: Option<Unit>,
    pub report: Report,
    pub catalogue: std::sync::Arc<Vec<CompetenceRow>>,
    pub requirements: Vec<Requirement>,
    pub names_visible: bool,
    pub can_edit: bool,
}

impl Analysis {
    /// The unit, or the organisation, by name.
    pub fn title(&self) -> &str {
        self.unit.as_ref().map_or(&self.org.name, |u| &u.name)
    }
}

/// The names of the people the analysis lists, where the actor may see names (none otherwise):
/// at most `per_row` for each requirement and `per_list` of those whose competence expires or
/// fades.
pub async fn names(
    app: &App,
    a: &Analysis,
    per_row: usize,
    per_list: usize,
) -> Result<std::collections::HashMap<saman_domain::PersonId, String>> {
    if !a.names_visible {
        return Ok(std::collections::HashMap::new());
    }
    let r = &a.report;
    let wanted: Vec<saman_domain::PersonId> = r
        .rows
        .iter()
        .flat_map(|x| x.missing_people.iter().take(per_row).copied())
        .chain(r.expiring.iter().take(per_list).map(|e| e.person))
        .chain(r.dilution.iter().take(per_list).map(|d| d.person))
        .collect();
    Ok(app.db.people().names(&wanted).await?)
}

/// Runs the analysis for a unit, or a whole organisation, the user may see.
pub async fn analyse(app: &App, actor: &Actor, scope: Scope, window: i64) -> Result<Analysis> {
    let (org, unit) = match scope {
        Scope::Unit(u) => {
            let unit = app.db.orgs().unit(u).await?;
            (access::org(app, &actor.access, unit.org).await?, Some(unit))
        }
        Scope::Org(o) => (access::org(app, &actor.access, o).await?, None),
    };
    let view = app.orgs.get(&app.db, org.id).await?;
    let today = crate::clock::today();
    let ancestry = unit.as_ref().map(|u| view.tree.ancestry(u.id)).unwrap_or_default();
    // Who lacks what is for leaders and HR, not for colleagues.
    let can_edit = actor.access.manages_org(org.id) || actor.access.led_units(org.id).iter().any(|u| ancestry.contains(u));
    let names_visible = can_edit;
    let catalogue = app.catalogues.get(&app.db, Some(org.id)).await?;
    let facts = app.facts.get(&app.db, org.id).await?;
    let requirements = facts.requirements.clone();
    let reqs: Vec<saman_gap::Requirement> = requirements.iter().map(crate::orgview::gap_requirement).collect();
    let ladder: HashMap<i64, Rung> =
        catalogue.iter().filter_map(|c| c.ladder.as_deref().and_then(Rung::parse).map(|r| (c.id.0, r))).collect();
    let report = saman_gap::analyse(&saman_gap::Input {
        tree: &view.tree,
        root: unit.as_ref().map(|u| u.id),
        positions: &facts.positions,
        holdings: &facts.holdings,
        requirements: &reqs,
        ladder: &ladder,
        today,
        window_days: window,
    });
    Ok(Analysis { org, unit, report, catalogue, requirements, names_visible, can_edit })
}
