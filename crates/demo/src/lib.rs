//! A pure, deterministic generator of a fictional Norwegian demo network:
//! three municipalities and one hospital trust, their unit trees, people,
//! positions, leaders and a fixed set of demo accounts. No I/O lives here.
//!
//! The same [`DemoConfig`] always gives the same [`Demo`]. The total number of
//! people is exactly `cfg.employees` when that is at least [`MIN_EMPLOYEES`];
//! below that every organisation still gets [`MIN_PER_ORG`] people, so the
//! total is [`MIN_EMPLOYEES`].
//!
//! Each organisation also gets competence: holdings per person, requirements per
//! position code and per unit, and development wishes, all with keys of the default
//! catalogue and dates relative to [`REFERENCE_DATE`] (see [`competence`]).

mod accounts;
pub mod competence;
pub mod learning;
mod names;
mod people;
mod structure;
#[cfg(test)]
mod tests;

use chrono::NaiveDate;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use saman_domain::parse::Percent;
use saman_domain::{OrgKind, UnitKind};

pub use crate::competence::REFERENCE_DATE;
use crate::people::{Request, Seat};

/// The password every demo account gets.
pub const DEMO_PASSWORD: &str = "saman-demo-2026";

/// Every organisation gets at least this many people.
pub const MIN_PER_ORG: usize = 4;

/// Smallest total number of people a demo holds (four organisations × [`MIN_PER_ORG`]).
pub const MIN_EMPLOYEES: usize = 4 * MIN_PER_ORG;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoConfig {
    pub seed: u64,
    pub employees: usize,
}

impl Default for DemoConfig {
    fn default() -> Self {
        DemoConfig { seed: 2026, employees: 1500 }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Demo {
    pub network_name: String,
    pub orgs: Vec<DemoOrg>,
    pub accounts: Vec<DemoAccount>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DemoOrg {
    pub name: String,
    pub kind: OrgKind,
    /// Nine digits with a valid modulus-11 check digit; unique in the demo.
    pub org_number: String,
    pub units: Vec<DemoUnit>,
    pub people: Vec<DemoPerson>,
    pub positions: Vec<DemoPosition>,
    /// What people hold, grouped by person (in person order).
    pub holdings: Vec<DemoHolding>,
    /// Requirements per position code first, then per unit.
    pub requirements: Vec<DemoRequirement>,
    /// `(person, competence key)`: what people want to develop.
    pub wishes: Vec<(usize, String)>,
    /// Offers to share a competence in the expert pool.
    pub offers: Vec<DemoOffer>,
    /// Learning activities with their cohorts, sessions and participants.
    pub activities: Vec<learning::DemoActivity>,
}

/// "Ask me about": a person offers to share a competence they hold well.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoOffer {
    pub person: usize,
    pub competence_key: String,
    pub note: &'static str,
    /// `unit`, `org` or `network`.
    pub visibility: &'static str,
}

const OFFER_NOTES: [&str; 6] = [
    "Kan vise hvordan vi gjør det i praksis, gjerne ved hospitering.",
    "Har veiledet nyansatte i dette i flere år.",
    "Spør meg gjerne på e-post eller i lunsjen.",
    "Har hatt internopplæring om dette og deler gjerne opplegget.",
    "Kan ta en prat på telefon eller Teams.",
    "Jeg har erfaring fra både sykehus og kommune.",
];

/// Every 11th person offers to share the first competence they hold at level 3 or higher.
fn offers(holdings: &[DemoHolding]) -> Vec<DemoOffer> {
    let mut out: Vec<DemoOffer> = vec![];
    for h in holdings {
        if h.person % 11 == 4 && h.level >= 3 && out.last().is_none_or(|o| o.person != h.person) {
            out.push(DemoOffer {
                person: h.person,
                competence_key: h.competence_key.clone(),
                note: OFFER_NOTES[h.person / 11 % OFFER_NOTES.len()],
                visibility: ["org", "network", "unit"][h.person / 11 % 3],
            });
        }
    }
    out
}

/// A competence one person holds. At most one per person and competence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoHolding {
    /// Index into this organisation's people.
    pub person: usize,
    /// A key of the default catalogue.
    pub competence_key: String,
    /// Within the competence's scale: 1 for "achieved" and "licence", 1–4 for "proficiency".
    pub level: u8,
    /// Never after [`REFERENCE_DATE`].
    pub obtained_on: NaiveDate,
    /// `obtained_on` plus the competence's validity, if it has one.
    pub expires_on: Option<NaiveDate>,
    /// `"imported"`, `"self"` or `"verified"`.
    pub source: &'static str,
}

/// What an organisation requires: of everyone in positions with a code, or of a number
/// of people in a unit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoRequirement {
    /// Index into this organisation's units (a leaf unit); `None` for a position-code requirement.
    pub unit: Option<usize>,
    pub position_code: Option<String>,
    /// A key of the default catalogue.
    pub competence_key: String,
    pub min_level: u8,
    /// Required (true) or desired (false).
    pub mandatory: bool,
    /// For unit requirements: how many people need it.
    pub min_count: Option<u32>,
    /// Keys of competences that meet the requirement as well.
    pub alternatives: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoUnit {
    /// Unique within the organisation, e.g. `4660-HO-SH1`.
    pub code: String,
    pub name: String,
    pub kind: UnitKind,
    /// Index into this organisation's units; parents always come before children.
    pub parent: Option<usize>,
    /// Index into this organisation's people.
    pub leader: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoPerson {
    /// Unique within the organisation.
    pub employee_number: String,
    pub given_name: String,
    pub family_name: String,
    /// Unique within the organisation.
    pub email: String,
    pub birth_year: i32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoPosition {
    /// Index into this organisation's people.
    pub person: usize,
    /// Index into this organisation's units (always a leaf unit).
    pub unit: usize,
    pub title: String,
    pub position_code: String,
    pub percent: Percent,
    pub start_date: NaiveDate,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DemoGrant {
    Admin,
    Coordinator,
    Hr { org: usize },
    Leader { org: usize, unit: usize },
    Employee { org: usize },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoAccount {
    pub username: String,
    pub display_name: String,
    pub grants: Vec<DemoGrant>,
    /// `(org index, person index)`.
    pub person: Option<(usize, usize)>,
}

/// Builds the whole demo network. Pure and deterministic.
pub fn generate(cfg: &DemoConfig) -> Demo {
    let mut rng = ChaCha8Rng::seed_from_u64(cfg.seed);
    let specs = structure::org_specs();
    let counts = split(cfg.employees, &specs.iter().map(|s| s.share).collect::<Vec<_>>());

    let mut orgs = Vec::with_capacity(specs.len());
    let mut reserved: Vec<Vec<(usize, usize)>> = Vec::with_capacity(specs.len());
    for (index, spec) in specs.iter().enumerate() {
        let mut units = structure::build(spec, counts[index], &mut rng);
        let requests = requests_for(index);
        let populated = people::populate(index, spec, &mut units, counts[index], &requests, &mut rng);
        reserved.push(populated.reserved);
        let mut profiles = vec![None; units.units.len()];
        for leaf in &units.leaves {
            profiles[leaf.unit] = Some(leaf.profile);
        }
        // A stream of its own, so competence never changes the people drawn above.
        let mut crng = ChaCha8Rng::seed_from_u64(cfg.seed ^ 0x636f_6d70_6574_656e_u64.rotate_left(index as u32 * 8));
        let competence = competence::generate(&mut crng, &units.units, &profiles, &populated.people, &populated.positions);
        orgs.push(DemoOrg {
            name: spec.name.to_string(),
            kind: spec.kind,
            org_number: org_number(index),
            units: units.units,
            people: populated.people,
            positions: populated.positions,
            requirements: competence.requirements,
            wishes: competence.wishes,
            offers: offers(&competence.holdings),
            holdings: competence.holdings,
            activities: Vec::new(),
        });
    }

    let accounts = accounts::build(&orgs, &reserved);
    if let Some(first) = orgs.first_mut() {
        first.activities = learning::generate(&first.units, &first.positions);
        // The demo nurse has a place in the coming cohort, so her own learning shows.
        let nurse = accounts.iter().find(|a| a.username == "ansatt").and_then(|a| a.person).map(|(_, p)| p);
        if let (Some(p), Some(c)) = (nurse, first.activities.first_mut().and_then(|a| a.cohorts.get_mut(1))) {
            c.enrolled.retain(|x| *x != p);
            c.enrolled.insert(0, p);
        }
        if let (Some(p), Some(a)) = (nurse, first.activities.first_mut()) {
            let c = &mut a.cohorts[0];
            c.enrolled.retain(|x| *x != p);
            c.attending.retain(|x| *x != p);
            c.completed.retain(|x| *x != p);
        }
    }
    Demo { network_name: "Kompetansenettverket Vestland sør".to_string(), orgs, accounts }
}

/// People placed before the random ones, so the demo accounts always have someone
/// to log in as. The order matters: `accounts::build` reads them by position.
fn requests_for(org: usize) -> Vec<Request> {
    match org {
        0 => vec![
            Request { group: "ST", seat: Seat::Worker(people::RADGIVER) },
            Request { group: "SH", seat: Seat::Leader },
            Request { group: "SH", seat: Seat::Worker(people::SYKEPLEIER) },
            Request { group: "SK", seat: Seat::Leader },
        ],
        1 => vec![Request { group: "ST", seat: Seat::Worker(people::RADGIVER) }],
        3 => vec![Request { group: "MED", seat: Seat::Worker(people::SYKEPLEIER) }],
        _ => Vec::new(),
    }
}

/// Splits `total` people over organisations by `shares` (largest remainder),
/// then lifts any organisation below [`MIN_PER_ORG`] at the expense of the largest.
fn split(total: usize, shares: &[u32]) -> Vec<usize> {
    let total = total.max(MIN_PER_ORG * shares.len());
    let sum: u64 = shares.iter().map(|&s| u64::from(s)).sum::<u64>().max(1);
    let mut counts: Vec<usize> = Vec::with_capacity(shares.len());
    let mut remainders: Vec<(u64, usize)> = Vec::with_capacity(shares.len());
    for (i, &s) in shares.iter().enumerate() {
        let exact = total as u64 * u64::from(s);
        counts.push((exact / sum) as usize);
        remainders.push((exact % sum, i));
    }
    let missing = total.saturating_sub(counts.iter().sum());
    remainders.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    for &(_, i) in remainders.iter().take(missing) {
        counts[i] += 1;
    }
    for i in 0..counts.len() {
        while counts[i] < MIN_PER_ORG {
            let Some(largest) = (0..counts.len()).max_by_key(|&j| (counts[j], std::cmp::Reverse(j))) else { break };
            if counts[largest] <= MIN_PER_ORG {
                break;
            }
            counts[largest] -= 1;
            counts[i] += 1;
        }
    }
    counts
}

/// A fictional but valid Norwegian organisation number (modulus-11 check digit).
fn org_number(index: usize) -> String {
    let mut base = 92_148_015 + 1_379 * index as u32;
    loop {
        let digits: Vec<u32> = format!("{base:08}").bytes().map(|b| u32::from(b - b'0')).collect();
        let mut first = [0u32; 8];
        first.copy_from_slice(&digits);
        if let Some(c) = saman_domain::registry::org_number_check_digit(first) {
            return format!("{base:08}{c}");
        }
        base += 1;
    }
}
