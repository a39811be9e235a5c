//! Recruitment forecast: who is expected to leave — by retirement or by ordinary
//! turnover — within 1, 3, 5 and 10 years, per position code, and the age profile.
//!
//! The model is deliberately simple and stated: each person retires at one of the
//! configured ages with the configured shares (conditioned on not having retired yet),
//! and otherwise leaves with the yearly turnover rate. The numbers are expectations,
//! for planning, not predictions about any one person.

use crate::Position;
use saman_domain::PersonId;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};

pub const HORIZONS: [u32; 4] = [1, 3, 5, 10];

/// Age bands of the age profile: under 30, 30–39, 40–49, 50–59, 60–64, 65 and over.
pub const BANDS: [(u32, u32); 6] = [(0, 29), (30, 39), (40, 49), (50, 59), (60, 64), (65, 200)];

#[derive(Debug, Clone, PartialEq)]
pub struct Params {
    /// (age, share) pairs; shares are normalised. Default: 30 % at 62 (AFP), 55 % at 67, 15 % at 70.
    pub retirement: Vec<(u32, f64)>,
    /// Yearly share leaving for other reasons, e.g. 0.08.
    pub turnover: f64,
}

impl Default for Params {
    fn default() -> Params {
        Params { retirement: vec![(62, 0.30), (67, 0.55), (70, 0.15)], turnover: 0.08 }
    }
}

impl Params {
    /// Probability that someone aged `age` now retires within `years`.
    pub fn p_retire(&self, age: u32, years: u32) -> f64 {
        let remaining: f64 = self.retirement.iter().filter(|(a, _)| *a > age).map(|(_, s)| s).sum();
        if remaining <= 0.0 {
            return 1.0;
        }
        let within: f64 = self.retirement.iter().filter(|(a, _)| *a > age && *a <= age + years).map(|(_, s)| s).sum();
        within / remaining
    }

    /// Probability of leaving for any reason within `years`.
    pub fn p_leave(&self, age: u32, years: u32) -> f64 {
        let r = self.p_retire(age, years);
        r + (1.0 - r) * (1.0 - (1.0 - self.turnover).powi(years as i32))
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CodeForecast {
    /// `None` for positions without a code.
    pub position_code: Option<String>,
    pub people: usize,
    /// Expected retirements within each horizon of `HORIZONS`.
    pub retirements: [f64; 4],
    /// Expected leavers for any reason within each horizon.
    pub leavers: [f64; 4],
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Forecast {
    pub people: usize,
    /// People per age band of `BANDS`; people without a birth year are not counted.
    pub ages: [usize; 6],
    pub unknown_age: usize,
    pub codes: Vec<CodeForecast>,
    pub total: CodeForecast,
}

/// Forecast for the people holding `positions` (already limited to the scope).
/// A person with positions under several codes counts under each code once, and once in the total.
pub fn forecast(positions: &[Position], birth_years: &HashMap<PersonId, i32>, this_year: i32, params: &Params) -> Forecast {
    let mut by_code: BTreeMap<Option<String>, BTreeSet<PersonId>> = BTreeMap::new();
    let mut everyone = BTreeSet::new();
    for p in positions {
        by_code.entry(p.code.clone()).or_default().insert(p.person);
        everyone.insert(p.person);
    }
    let age = |p: &PersonId| birth_years.get(p).map(|y| (this_year - y).max(0) as u32);
    let sum = |people: &BTreeSet<PersonId>| -> CodeForecast {
        let mut retirements = [0.0; 4];
        let mut leavers = [0.0; 4];
        for p in people {
            for (i, h) in HORIZONS.iter().enumerate() {
                match age(p) {
                    Some(a) => {
                        retirements[i] += params.p_retire(a, *h);
                        leavers[i] += params.p_leave(a, *h);
                    }
                    // Unknown age: ordinary turnover only.
                    None => leavers[i] += 1.0 - (1.0 - params.turnover).powi(*h as i32),
                }
            }
        }
        CodeForecast { position_code: None, people: people.len(), retirements, leavers }
    };
    let codes = by_code.iter().map(|(code, people)| CodeForecast { position_code: code.clone(), ..sum(people) }).collect();
    let mut ages = [0usize; 6];
    let mut unknown_age = 0;
    for p in &everyone {
        match age(p) {
            Some(a) => {
                if let Some(i) = BANDS.iter().position(|(lo, hi)| a >= *lo && a <= *hi) {
                    ages[i] += 1;
                }
            }
            None => unknown_age += 1,
        }
    }
    Forecast { people: everyone.len(), ages, unknown_age, codes, total: sum(&everyone) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use saman_domain::UnitId;

    fn p(person: i64, code: &str) -> Position {
        Position { unit: UnitId(1), person: PersonId(person), code: Some(code.into()) }
    }

    #[test]
    fn retirement_is_conditioned_on_not_having_retired_yet() {
        let m = Params::default();
        // 60 years old: within 3 years only the 62 share (30 %) of everything ahead (100 %).
        assert!((m.p_retire(60, 3) - 0.30).abs() < 1e-9);
        // 64: past 62, so 67 and 70 remain (0.55 + 0.15); within 3 years only 67.
        assert!((m.p_retire(64, 3) - 0.55 / 0.70).abs() < 1e-9);
        assert_eq!(m.p_retire(71, 1), 1.0, "past every retirement age");
        assert_eq!(m.p_retire(30, 10), 0.0);
        // Turnover only, for the young: 1 - 0.92^5.
        assert!((m.p_leave(30, 5) - (1.0 - 0.92f64.powi(5))).abs() < 1e-9);
    }

    #[test]
    fn forecast_sums_per_code_and_counts_ages() {
        let years: HashMap<PersonId, i32> = [(PersonId(1), 1966), (PersonId(2), 1996), (PersonId(3), 1961)].into();
        let positions = [p(1, "7174"), p(2, "7174"), p(3, "7611"), p(4, "7611")];
        let m = Params { retirement: vec![(62, 0.3), (67, 0.7)], turnover: 0.0 };
        let f = forecast(&positions, &years, 2026, &m);
        assert_eq!(f.people, 4);
        assert_eq!(f.unknown_age, 1);
        assert_eq!(f.ages, [0, 1, 0, 0, 1, 1], "30, 60 and 65 years old");
        let nurses = f.codes.iter().find(|c| c.position_code.as_deref() == Some("7174")).unwrap();
        // Person 1 is 60: 0.3 within 3 years, all within 10. Person 2 is 30: none.
        assert!((nurses.retirements[1] - 0.3).abs() < 1e-9);
        assert!((nurses.retirements[3] - 1.0).abs() < 1e-9);
        let hw = f.codes.iter().find(|c| c.position_code.as_deref() == Some("7611")).unwrap();
        // Person 3 is 65: past 62, 67 within 3 years for certain.
        assert!((hw.retirements[1] - 1.0).abs() < 1e-9);
        assert!((f.total.retirements[3] - 2.0).abs() < 1e-9);
    }
}
