//! What a whole organisation needs of what its units ask for: unit requirements of the same
//! competence, level and weight, summed over the units that set them. An organisation has
//! several top units, so no one unit's gaps stand for it.

use crate::{Competence, Row};
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Total {
    pub competence: Competence,
    pub alternatives: Vec<Competence>,
    pub min_level: i64,
    pub mandatory: bool,
    pub required: usize,
    /// People covered, counting no unit beyond what it needs.
    pub covered: usize,
    pub missing: usize,
    /// How many units set it.
    pub units: usize,
}

/// The unit requirements among `rows`, summed; requirements by position code are left out
/// (they already span the organisation).
pub fn unit_totals(rows: &[Row]) -> Vec<Total> {
    let mut sums: BTreeMap<(Competence, Vec<Competence>, i64, bool), [usize; 4]> = BTreeMap::new();
    for r in rows.iter().filter(|r| r.unit.is_some()) {
        let mut alternatives = r.alternatives.clone();
        alternatives.sort_unstable();
        let e = sums.entry((r.competence, alternatives, r.min_level, r.mandatory)).or_default();
        *e = [e[0] + r.required, e[1] + r.covered.min(r.required), e[2] + r.missing, e[3] + 1];
    }
    sums.into_iter()
        .map(|((competence, alternatives, min_level, mandatory), [required, covered, missing, units])| Total {
            competence,
            alternatives,
            min_level,
            mandatory,
            required,
            covered,
            missing,
            units,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use saman_domain::UnitId;

    fn row(competence: Competence, unit: Option<i64>, min_level: i64, mandatory: bool, required: usize, covered: usize) -> Row {
        Row {
            requirement: 0,
            competence,
            alternatives: vec![],
            unit: unit.map(UnitId),
            position_code: unit.is_none().then(|| "7632".to_string()),
            mandatory,
            min_level,
            required,
            covered,
            missing: required.saturating_sub(covered),
            missing_people: vec![],
        }
    }

    #[test]
    fn the_same_need_in_several_units_is_summed_and_no_unit_counts_beyond_its_need() {
        let rows = [row(1, Some(10), 2, true, 3, 1), row(1, Some(11), 2, true, 2, 5), row(1, None, 2, true, 9, 0)];
        assert_eq!(
            unit_totals(&rows),
            vec![Total {
                competence: 1,
                alternatives: vec![],
                min_level: 2,
                mandatory: true,
                required: 5,
                covered: 3,
                missing: 2,
                units: 2
            }]
        );
    }

    #[test]
    fn another_level_weight_or_set_of_alternatives_is_another_need() {
        let mut either = row(1, Some(12), 2, true, 1, 0);
        either.alternatives = vec![4, 3];
        let rows = [row(1, Some(10), 2, true, 1, 0), row(1, Some(11), 3, true, 1, 0), row(1, Some(13), 2, false, 1, 1), either.clone()];
        let t = unit_totals(&rows);
        assert_eq!(t.len(), 4);
        assert!(t.iter().all(|x| x.units == 1));
        let mut reversed = either;
        reversed.alternatives = vec![3, 4];
        let t = unit_totals(&[rows[3].clone(), reversed]);
        assert_eq!(t.len(), 1, "alternatives in another order are the same need");
        assert_eq!((t[0].alternatives.clone(), t[0].units, t[0].required), (vec![3, 4], 2, 2));
    }
}
