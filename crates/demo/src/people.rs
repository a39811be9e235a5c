//! People, their positions and the leaders of leaf units.

use std::collections::HashMap;

use chrono::{Days, NaiveDate};
use rand::Rng;
use saman_domain::parse::Percent;

use crate::names::{FAMILY_NAMES, GIVEN_NAMES, ascii_fold};
use crate::structure::{Built, OrgSpec, Profile};
use crate::{DemoPerson, DemoPosition};

/// The year the demo is set in; ages are counted from it.
pub(crate) const THIS_YEAR: i32 = 2026;
/// Youngest and oldest employee in years (birth years 1959–2004).
pub(crate) const MIN_AGE: i32 = 22;
pub(crate) const MAX_AGE: i32 = 67;
const FIRST_START_YEAR: i32 = 1990;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Title {
    pub name: &'static str,
    pub code: &'static str,
    /// Youngest age at which someone starts in this title.
    pub min_age: i32,
    /// Oldest age of someone holding it.
    pub max_age: i32,
}

const fn t(name: &'static str, code: &'static str, min_age: i32, max_age: i32) -> Title {
    Title { name, code, min_age, max_age }
}

pub(crate) const SYKEPLEIER: Title = t("Sykepleier", "7174", 23, MAX_AGE);
pub(crate) const RADGIVER: Title = t("Rådgiver", "1065", 25, MAX_AGE);
const SPESIALSYKEPLEIER: Title = t("Spesialsykepleier", "7204", 27, MAX_AGE);
const HELSEFAGARBEIDER: Title = t("Helsefagarbeider", "7611", 20, MAX_AGE);
const ASSISTENT: Title = t("Assistent", "7215", 18, MAX_AGE);
const FAGLEDER: Title = t("Fagleder", "7950", 28, MAX_AGE);
const LAERER: Title = t("Lærer", "7954", 23, MAX_AGE);
const LEKTOR: Title = t("Lektor", "7956", 25, MAX_AGE);
const MILJOARBEIDER: Title = t("Miljøarbeider", "7185", 20, MAX_AGE);
const BARNEHAGELAERER: Title = t("Barnehagelærer", "7947", 23, MAX_AGE);
const BARNE_UNGDOM: Title = t("Barne- og ungdomsarbeider", "7589", 20, MAX_AGE);
const INGENIOR: Title = t("Ingeniør", "7071", 24, MAX_AGE);
const FAGARBEIDER: Title = t("Fagarbeider", "7134", 20, MAX_AGE);
const KONSULENT: Title = t("Konsulent", "1063", 22, MAX_AGE);
const KULTURSKOLELAERER: Title = t("Kulturskolelærer", "7954", 23, MAX_AGE);
const LIS: Title = t("Lege i spesialisering", "9215", 26, 45);

/// Titles and their relative frequency in a kind of unit.
fn titles(p: Profile) -> &'static [(Title, u32)] {
    match p {
        Profile::CareHome => &[(SYKEPLEIER, 26), (HELSEFAGARBEIDER, 38), (ASSISTENT, 24), (SPESIALSYKEPLEIER, 7), (FAGLEDER, 5)],
        Profile::HomeCare => &[(SYKEPLEIER, 32), (HELSEFAGARBEIDER, 36), (ASSISTENT, 18), (SPESIALSYKEPLEIER, 9), (FAGLEDER, 5)],
        Profile::HealthService => &[(SYKEPLEIER, 35), (SPESIALSYKEPLEIER, 20), (HELSEFAGARBEIDER, 25), (ASSISTENT, 12), (FAGLEDER, 8)],
        Profile::School => &[(LAERER, 55), (LEKTOR, 27), (MILJOARBEIDER, 18)],
        Profile::Kindergarten => &[(BARNEHAGELAERER, 42), (BARNE_UNGDOM, 30), (ASSISTENT, 28)],
        Profile::Technical => &[(INGENIOR, 35), (FAGARBEIDER, 65)],
        Profile::Culture => &[(KULTURSKOLELAERER, 35), (KONSULENT, 40), (RADGIVER, 25)],
        Profile::Admin => &[(RADGIVER, 55), (KONSULENT, 45)],
        Profile::Ward => &[(SYKEPLEIER, 46), (SPESIALSYKEPLEIER, 16), (LIS, 14), (HELSEFAGARBEIDER, 24)],
    }
}

/// Part-time mix: (percent, weight). Care has many part-timers.
fn percents(p: Profile) -> &'static [(u8, u32)] {
    match p {
        Profile::CareHome | Profile::HomeCare => &[(100, 24), (80, 18), (75, 14), (60, 14), (50, 12), (40, 9), (20, 9)],
        Profile::HealthService | Profile::Ward => &[(100, 48), (80, 18), (75, 12), (60, 10), (50, 6), (40, 3), (20, 3)],
        Profile::School => &[(100, 72), (80, 12), (60, 7), (50, 5), (40, 2), (20, 2)],
        Profile::Kindergarten => &[(100, 58), (80, 16), (75, 6), (60, 8), (50, 7), (40, 3), (20, 2)],
        Profile::Technical | Profile::Admin => &[(100, 86), (80, 7), (60, 4), (50, 3)],
        Profile::Culture => &[(100, 45), (80, 12), (60, 12), (50, 12), (40, 10), (20, 9)],
    }
}

/// Weights of the age bands 22–29, 30–39, 40–49, 50–59, 60–67.
fn age_bands(p: Profile) -> [u32; 5] {
    match p {
        Profile::CareHome | Profile::HomeCare | Profile::HealthService | Profile::Ward => [10, 18, 22, 33, 17],
        Profile::School | Profile::Kindergarten => [11, 24, 26, 25, 14],
        _ => [13, 25, 25, 23, 14],
    }
}

/// The title a leaf unit's leader holds.
fn leader_title(p: Profile) -> Title {
    match p {
        Profile::School => t("Rektor", "9951", 30, MAX_AGE),
        Profile::Kindergarten => t("Styrer", "9451", 30, MAX_AGE),
        Profile::CareHome | Profile::HomeCare | Profile::HealthService | Profile::Culture => t("Enhetsleder", "9451", 30, MAX_AGE),
        Profile::Technical | Profile::Admin | Profile::Ward => t("Avdelingsleder", "9454", 30, MAX_AGE),
    }
}

/// Whole percent (1–100) as a [`Percent`].
pub(crate) fn percent(whole: u8) -> Percent {
    Percent::from_hundredths(i64::from(whole.clamp(1, 100)) * 100).expect("1..=100 is always a valid percent")
}

fn pick<'a, T, R: Rng>(rng: &mut R, items: &'a [(T, u32)]) -> &'a T {
    let total: u32 = items.iter().map(|(_, w)| w).sum();
    let mut x = rng.random_range(0..total.max(1));
    for (item, w) in items {
        if x < *w {
            return item;
        }
        x -= w;
    }
    &items[items.len() - 1].0
}

fn year_start(year: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or_default()
}

/// The last possible start date.
fn latest_start() -> NaiveDate {
    NaiveDate::from_ymd_opt(THIS_YEAR, 3, 1).unwrap_or_default()
}

/// A start date from `earliest` to the latest start, more often recent than not.
fn start_between<R: Rng>(rng: &mut R, earliest: NaiveDate) -> NaiveDate {
    let latest = latest_start();
    let span = (latest - earliest).num_days().max(0) as f64;
    let u: f64 = rng.random();
    let offset = (span * (1.0 - u * u)).floor() as u64;
    earliest.checked_add_days(Days::new(offset)).unwrap_or(earliest).min(latest)
}

/// Where one of the fixed demo people goes.
pub(crate) enum Seat {
    /// Will lead the leaf unit.
    Leader,
    /// Works there with this title.
    Worker(Title),
}

pub(crate) struct Request {
    /// Department code; the person goes in its first leaf unit.
    pub group: &'static str,
    pub seat: Seat,
}

pub(crate) struct Populated {
    pub people: Vec<DemoPerson>,
    pub positions: Vec<DemoPosition>,
    /// `(person, unit)` for each request, in order.
    pub reserved: Vec<(usize, usize)>,
}

struct Ctx<'a, R: Rng> {
    rng: &'a mut R,
    domain: &'static str,
    number_base: usize,
    emails: HashMap<String, u32>,
    people: Vec<DemoPerson>,
    positions: Vec<DemoPosition>,
    /// People whose first position is in each leaf (by leaf index).
    members: Vec<Vec<usize>>,
    /// The leaf of each person's first position.
    home: Vec<usize>,
}

impl<R: Rng> Ctx<'_, R> {
    fn email(&mut self, given: &str, family: &str) -> String {
        let base = format!("{}.{}", ascii_fold(given), ascii_fold(family));
        let seen = self.emails.entry(base.clone()).or_insert(0);
        *seen += 1;
        // The base never ends in a digit, so `base2`, `base3`, … never meet another base.
        if *seen == 1 { format!("{base}@{}", self.domain) } else { format!("{base}{}@{}", seen, self.domain) }
    }

    /// Adds a person with a first position in `leaf` and returns its index.
    fn add(&mut self, built: &Built, leaf: usize, forced: Option<Title>) -> usize {
        let profile = built.leaves[leaf].profile;
        let title = forced.unwrap_or_else(|| *pick(self.rng, titles(profile)));
        let w = age_bands(profile);
        let bands = [((22, 29), w[0]), ((30, 39), w[1]), ((40, 49), w[2]), ((50, 59), w[3]), ((60, 67), w[4])];
        let (low, high) = *pick(self.rng, &bands);
        let age = self.rng.random_range(low..=high).clamp(title.min_age + 1, title.max_age).clamp(MIN_AGE, MAX_AGE);
        let birth_year = THIS_YEAR - age;
        let given = GIVEN_NAMES[self.rng.random_range(0..GIVEN_NAMES.len())];
        let family = FAMILY_NAMES[self.rng.random_range(0..FAMILY_NAMES.len())];
        let email = self.email(given, family);
        let index = self.people.len();
        let earliest = year_start((birth_year + title.min_age).max(birth_year + 18).max(FIRST_START_YEAR));
        let start_date = start_between(self.rng, earliest);
        let pct = *pick(self.rng, percents(profile));
        self.people.push(DemoPerson {
            employee_number: (self.number_base + index + 1).to_string(),
            given_name: given.to_string(),
            family_name: family.to_string(),
            email,
            birth_year,
        });
        self.positions.push(DemoPosition {
            person: index,
            unit: built.leaves[leaf].unit,
            title: title.name.to_string(),
            position_code: title.code.to_string(),
            percent: percent(pct),
            start_date,
        });
        self.members[leaf].push(index);
        self.home.push(leaf);
        index
    }
}

/// Fills one organisation with `count` people: the requested ones first, then
/// random ones; sets leaf-unit leaders; gives about 8 % a second, smaller position.
pub(crate) fn populate<R: Rng>(
    org: usize,
    spec: &OrgSpec,
    built: &mut Built,
    count: usize,
    requests: &[Request],
    rng: &mut R,
) -> Populated {
    let mut ctx = Ctx {
        rng,
        domain: spec.domain,
        number_base: (org + 1) * 100_000,
        emails: HashMap::new(),
        people: Vec::with_capacity(count),
        positions: Vec::with_capacity(count + count / 10),
        members: vec![Vec::new(); built.leaves.len()],
        home: Vec::with_capacity(count),
    };

    let mut reserved = Vec::with_capacity(requests.len());
    let mut forced_leaders: Vec<Option<usize>> = vec![None; built.leaves.len()];
    for r in requests {
        let leaf = built.first_leaf(r.group);
        let title = match r.seat {
            Seat::Worker(title) => title,
            Seat::Leader => leader_title(built.leaves[leaf].profile),
        };
        let person = ctx.add(built, leaf, Some(title));
        if matches!(r.seat, Seat::Leader) {
            forced_leaders[leaf] = Some(person);
        }
        reserved.push((person, built.leaves[leaf].unit));
    }
    let is_reserved = reserved.len();
    while ctx.people.len() < count {
        let leaf = built.draw(ctx.rng);
        ctx.add(built, leaf, None);
    }

    // Leaders: the requested one, else a random non-reserved member aged 30 or more.
    let mut is_leader = vec![false; ctx.people.len()];
    for (leaf, members) in ctx.members.iter().enumerate() {
        let Some(&first) = members.first() else { continue };
        let leader = forced_leaders[leaf].unwrap_or_else(|| {
            let free: Vec<usize> = members.iter().copied().filter(|&p| p >= is_reserved).collect();
            let seasoned: Vec<usize> = free.iter().copied().filter(|&p| ctx.people[p].birth_year <= THIS_YEAR - 30).collect();
            let pool = if !seasoned.is_empty() { seasoned } else { free };
            if pool.is_empty() { first } else { pool[ctx.rng.random_range(0..pool.len())] }
        });
        let profile = built.leaves[leaf].profile;
        let title = leader_title(profile);
        let position = &mut ctx.positions[leader];
        position.title = title.name.to_string();
        position.position_code = title.code.to_string();
        position.percent = percent(100);
        built.units[built.leaves[leaf].unit].leader = Some(leader);
        is_leader[leader] = true;
    }

    second_positions(&mut ctx, built, is_reserved, &is_leader);
    Populated { people: ctx.people, positions: ctx.positions, reserved }
}

/// About 8 % of ordinary employees also hold a smaller position in another unit,
/// preferably one of the same kind.
fn second_positions<R: Rng>(ctx: &mut Ctx<'_, R>, built: &Built, first_free: usize, is_leader: &[bool]) {
    // Leaves of one department are contiguous: find each department's range once.
    let mut range_of: Vec<(usize, usize)> = vec![(0, 0); built.leaves.len()];
    let mut start = 0;
    for end in 1..=built.leaves.len() {
        if end == built.leaves.len() || built.leaves[end].group != built.leaves[start].group {
            range_of[start..end].fill((start, end));
            start = end;
        }
    }
    let people = ctx.people.len();
    for (person, &leads) in is_leader.iter().enumerate().take(people).skip(first_free) {
        if leads || !ctx.rng.random_bool(0.08) {
            continue;
        }
        let home = ctx.home[person];
        let (from, to) = range_of[home];
        let other = if to - from > 1 {
            let l = ctx.rng.random_range(from..to - 1);
            if l >= home { l + 1 } else { l }
        } else if built.leaves.len() > 1 {
            let l = ctx.rng.random_range(0..built.leaves.len() - 1);
            if l >= home { l + 1 } else { l }
        } else {
            continue;
        };
        // Only where someone already works, so the unit has a leader.
        if ctx.members[other].is_empty() {
            continue;
        }
        let first = ctx.positions[person].clone();
        let first_pct = (first.percent.hundredths() / 100) as u8;
        let room = 100u8.saturating_sub(first_pct);
        let options: Vec<(u8, u32)> = [(50u8, 2u32), (40, 3), (20, 5)].into_iter().filter(|&(p, _)| p <= room).collect();
        let pct = if options.is_empty() {
            ctx.positions[person].percent = percent(80);
            20
        } else {
            *pick(ctx.rng, &options)
        };
        let profile = built.leaves[other].profile;
        let choices = titles(profile);
        let title = match choices.iter().find(|(t, _)| t.name == first.title) {
            Some((t, _)) => *t,
            None => *pick(ctx.rng, choices),
        };
        let earliest = first.start_date.max(year_start(ctx.people[person].birth_year + title.min_age));
        let start_date = start_between(ctx.rng, earliest.min(latest_start()));
        ctx.positions.push(DemoPosition {
            person,
            unit: built.leaves[other].unit,
            title: title.name.to_string(),
            position_code: title.code.to_string(),
            percent: percent(pct),
            start_date,
        });
    }
}
