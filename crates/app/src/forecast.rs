//! The recruitment forecast of a unit: who is expected to leave, per position code and per
//! unit below, and the age profile. Ages are personal: only HR and the unit's leaders see
//! any of it, and only in groups the anonymity rule lets through.

use crate::{Actor, App, Error, Result, access};
use saman_domain::UnitId;
use saman_domain::anonymity::{self, merge_adjacent, pool_small, shown_units};
use saman_gap::Position;
use saman_gap::forecast::{CodeForecast, Forecast, Params, forecast};
use saman_store::{Organisation, Unit};
use std::collections::HashSet;
use std::ops::Range;

/// The forecast of a unit as the actor may see it.
pub struct UnitForecast {
    pub org: Organisation,
    pub unit: Unit,
    /// The smallest group shown.
    pub threshold: usize,
    /// Nothing when the unit is too small to show anything about its people.
    pub shown: Option<Shown>,
}

/// What may be shown of a unit with enough people.
pub struct Shown {
    /// The whole unit: people, those without a known age, and expected departures.
    pub total: CodeForecast,
    pub people: usize,
    pub unknown_age: usize,
    /// Neighbouring age bands joined until each group has enough people.
    pub age_groups: Vec<AgeGroup>,
    /// Position codes with enough people, largest first.
    pub codes: Vec<CodeForecast>,
    /// The other codes together, when there are any.
    pub other_codes: Option<CodeForecast>,
    /// Units right below that may be shown, largest first.
    pub units: Vec<(UnitId, String, CodeForecast)>,
    /// The rest of the unit together: people in it directly and in units below that are not shown.
    pub other_units: Option<CodeForecast>,
}

/// One or more neighbouring age bands of [`saman_gap::forecast::BANDS`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgeGroup {
    pub bands: Range<usize>,
    pub people: usize,
}

/// The forecast for a unit and everything below it.
pub async fn of_unit(app: &App, actor: &Actor, unit: UnitId, params: &Params) -> Result<UnitForecast> {
    let unit = app.db.orgs().unit(unit).await?;
    let org = access::org(app, &actor.access, unit.org).await?;
    let view = app.orgs.get(&app.db, org.id).await?;
    if !access::may_see_ages(&actor.access, org.id, &view.tree.ancestry(unit.id)) {
        return Err(Error::Forbidden);
    }
    let facts = app.facts.get(&app.db, org.id).await?;
    let k = anonymity::threshold(None);
    let shown_set = shown_units(&view.tree, &view.counts, k);
    let this_year = chrono::Datelike::year(&crate::clock::today());
    let within =
        |units: &HashSet<UnitId>| -> Vec<Position> { facts.positions.iter().filter(|p| units.contains(&p.unit)).cloned().collect() };
    let subtree = |u: UnitId| -> HashSet<UnitId> { view.tree.subtree(u).into_iter().collect() };
    let shown = shown_set.contains(&unit.id).then(|| {
        let all = subtree(unit.id);
        let f = forecast(&within(&all), &facts.birth_years, this_year, params);
        let mut children: Vec<(UnitId, String, CodeForecast)> = view
            .tree
            .children_of(Some(unit.id))
            .iter()
            .filter(|c| shown_set.contains(c))
            .map(|c| {
                let name = view.unit(*c).map(|u| u.name.clone()).unwrap_or_default();
                (*c, name, forecast(&within(&subtree(*c)), &facts.birth_years, this_year, params).total)
            })
            .collect();
        children.sort_by_key(|c| std::cmp::Reverse(c.2.people));
        let mut rest = all.clone();
        for (c, ..) in &children {
            for u in subtree(*c) {
                rest.remove(&u);
            }
        }
        let rest_positions = within(&rest);
        let other_units = (!rest_positions.is_empty()).then(|| forecast(&rest_positions, &facts.birth_years, this_year, params).total);
        shown_of(f, children, other_units, k, |codes| {
            let positions: Vec<Position> = within(&all).into_iter().filter(|p| codes.contains(&p.code)).collect();
            forecast(&positions, &facts.birth_years, this_year, params).total
        })
    });
    Ok(UnitForecast { org, unit, threshold: k, shown })
}

/// Applies the anonymity rule to a unit's forecast; `pooled` forecasts the people of the codes
/// given, counted once each.
fn shown_of(
    f: Forecast,
    units: Vec<(UnitId, String, CodeForecast)>,
    other_units: Option<CodeForecast>,
    k: usize,
    pooled: impl Fn(&[Option<String>]) -> CodeForecast,
) -> Shown {
    let age_groups =
        merge_adjacent(&f.ages, k).into_iter().map(|bands| AgeGroup { people: f.ages[bands.clone()].iter().sum(), bands }).collect();
    let sizes: Vec<usize> = f.codes.iter().map(|c| c.people).collect();
    let (keep, rest) = pool_small(&sizes, k);
    let pooled_codes: Vec<Option<String>> =
        f.codes.iter().enumerate().filter(|(i, _)| !keep.contains(i)).map(|(_, c)| c.position_code.clone()).collect();
    let mut codes: Vec<CodeForecast> = keep.iter().map(|&i| f.codes[i].clone()).collect();
    codes.sort_by_key(|c| std::cmp::Reverse(c.people));
    let other_codes = (rest > 0).then(|| pooled(&pooled_codes));
    Shown { total: f.total, people: f.people, unknown_age: f.unknown_age, age_groups, codes, other_codes, units, other_units }
}
