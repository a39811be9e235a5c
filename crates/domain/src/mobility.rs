//! Mobility across units and employers: hospitation, rotation, job swap, trial arrangements,
//! visits, mentoring and peer coaching. An opportunity is offered (by a unit or a person) or
//! asked for (by a person); a placement takes one person through it:
//! applied → approved by the home leader → agreed with the host → completed when both sides
//! have evaluated it. Pure rules here; storage and pages elsewhere.

use chrono::{Datelike, NaiveDate, Weekday};
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OpportunityKind {
    /// Job shadowing (hospitering).
    Hospitation,
    Rotation,
    JobSwap,
    /// Prøveordning.
    Trial,
    Visit,
    Mentoring,
    /// Collegial sparring, two colleagues coaching each other.
    PeerCoaching,
}

impl OpportunityKind {
    pub const ALL: [OpportunityKind; 7] = [
        OpportunityKind::Hospitation,
        OpportunityKind::Rotation,
        OpportunityKind::JobSwap,
        OpportunityKind::Trial,
        OpportunityKind::Visit,
        OpportunityKind::Mentoring,
        OpportunityKind::PeerCoaching,
    ];

    pub fn code(self) -> &'static str {
        match self {
            OpportunityKind::Hospitation => "hospitation",
            OpportunityKind::Rotation => "rotation",
            OpportunityKind::JobSwap => "job_swap",
            OpportunityKind::Trial => "trial",
            OpportunityKind::Visit => "visit",
            OpportunityKind::Mentoring => "mentoring",
            OpportunityKind::PeerCoaching => "peer_coaching",
        }
    }

    pub fn parse(s: &str) -> Option<OpportunityKind> {
        OpportunityKind::ALL.into_iter().find(|k| k.code() == s)
    }

    /// The Fluent id of the kind's name.
    pub fn key(self) -> String {
        format!("mobility-kind-{}", self.code().replace('_', "-"))
    }
}

/// Offered by a unit or person, or asked for by a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Offer,
    Request,
}

impl Direction {
    pub fn code(self) -> &'static str {
        match self {
            Direction::Offer => "offer",
            Direction::Request => "request",
        }
    }

    pub fn parse(s: &str) -> Option<Direction> {
        [Direction::Offer, Direction::Request].into_iter().find(|d| d.code() == s)
    }
}

/// Where a placement is on its way.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// Waiting for the applicant's own leader.
    Applied,
    /// The home leader said yes; waiting for the host.
    Approved,
    /// The host accepted with an agreement: dates, learning goals, contact person.
    Agreed,
    /// Both sides have evaluated it.
    Completed,
    Declined,
    Withdrawn,
}

impl Stage {
    pub const ALL: [Stage; 6] = [Stage::Applied, Stage::Approved, Stage::Agreed, Stage::Completed, Stage::Declined, Stage::Withdrawn];

    pub fn code(self) -> &'static str {
        match self {
            Stage::Applied => "applied",
            Stage::Approved => "approved",
            Stage::Agreed => "agreed",
            Stage::Completed => "completed",
            Stage::Declined => "declined",
            Stage::Withdrawn => "withdrawn",
        }
    }

    pub fn parse(s: &str) -> Option<Stage> {
        Stage::ALL.into_iter().find(|x| x.code() == s)
    }

    /// Still on its way: blocks applying for the same opportunity again.
    pub fn is_open(self) -> bool {
        matches!(self, Stage::Applied | Stage::Approved | Stage::Agreed)
    }

    /// Holds a place and the person's time.
    pub fn holds_place(self) -> bool {
        matches!(self, Stage::Agreed | Stage::Completed)
    }
}

/// A step someone takes on a placement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Approve,
    Decline,
    Accept,
    Withdraw,
    Evaluate,
}

/// Why a step is refused; each is a Fluent id `mobility-refused-…`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Refusal {
    WrongStage,
    NotStarted,
    Overlaps,
    Full,
    AlreadyApplied,
    NotOpenToYou,
    OwnOpportunity,
    Closed,
    AlreadyEvaluated,
}

impl Refusal {
    pub fn code(self) -> &'static str {
        match self {
            Refusal::WrongStage => "wrong-stage",
            Refusal::NotStarted => "not-started",
            Refusal::Overlaps => "overlaps",
            Refusal::Full => "full",
            Refusal::AlreadyApplied => "already-applied",
            Refusal::NotOpenToYou => "not-open-to-you",
            Refusal::OwnOpportunity => "own-opportunity",
            Refusal::Closed => "closed",
            Refusal::AlreadyEvaluated => "already-evaluated",
        }
    }

    /// The Fluent id of the sentence saying why.
    pub fn key(self) -> &'static str {
        match self {
            Refusal::WrongStage => "mobility-refused-wrong-stage",
            Refusal::NotStarted => "mobility-refused-not-started",
            Refusal::Overlaps => "mobility-refused-overlaps",
            Refusal::Full => "mobility-refused-full",
            Refusal::AlreadyApplied => "mobility-refused-already-applied",
            Refusal::NotOpenToYou => "mobility-refused-not-open-to-you",
            Refusal::OwnOpportunity => "mobility-refused-own-opportunity",
            Refusal::Closed => "mobility-refused-closed",
            Refusal::AlreadyEvaluated => "mobility-refused-already-evaluated",
        }
    }
}

/// The stage a step leads to from `from`, or why it may not be taken.
pub fn advance(from: Stage, step: Step) -> Result<Stage, Refusal> {
    match (from, step) {
        (Stage::Applied, Step::Approve) => Ok(Stage::Approved),
        (Stage::Applied | Stage::Approved, Step::Decline) => Ok(Stage::Declined),
        (Stage::Approved, Step::Accept) => Ok(Stage::Agreed),
        (Stage::Applied | Stage::Approved | Stage::Agreed, Step::Withdraw) => Ok(Stage::Withdrawn),
        (Stage::Agreed, Step::Evaluate) => Ok(Stage::Agreed),
        _ => Err(Refusal::WrongStage),
    }
}

/// A span of days, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Period {
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
}

impl Period {
    /// A period, or `None` when it ends before it starts.
    pub fn new(starts_on: NaiveDate, ends_on: NaiveDate) -> Option<Period> {
        (ends_on >= starts_on).then_some(Period { starts_on, ends_on })
    }

    pub fn overlaps(&self, other: &Period) -> bool {
        self.starts_on <= other.ends_on && other.starts_on <= self.ends_on
    }

    /// Monday to Friday of ISO week `week` in `year`.
    pub fn iso_week(year: i32, week: u32) -> Option<Period> {
        let monday = NaiveDate::from_isoywd_opt(year, week, Weekday::Mon)?;
        let friday = NaiveDate::from_isoywd_opt(year, week, Weekday::Fri)?;
        Some(Period { starts_on: monday, ends_on: friday })
    }

    /// Working days (Monday to Friday) in the period.
    pub fn working_days(&self) -> i64 {
        let mut n = 0;
        let mut d = self.starts_on;
        while d <= self.ends_on {
            if d.weekday().num_days_from_monday() < 5 {
                n += 1;
            }
            match d.succ_opt() {
                Some(next) => d = next,
                None => break,
            }
        }
        n
    }
}

/// Why a list of weeks did not parse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WeeksError {
    /// The text that is not a week number (1–53 for the year).
    NotAWeek(String),
}

/// Reads fixed weeks as people write them: `12, 22, 45-46` (numbers, ranges, commas or spaces),
/// each as Monday–Friday of that ISO week in `year`. Sorted, without repeats.
pub fn parse_weeks(s: &str, year: i32) -> Result<Vec<Period>, WeeksError> {
    let mut out = vec![];
    for part in s.split(|c: char| c == ',' || c == ';' || c.is_whitespace()).map(str::trim).filter(|p| !p.is_empty()) {
        let part_owned = part.to_string();
        let week =
            |t: &str| t.trim().trim_start_matches(['u', 'U', 'w', 'W', '.']).parse::<u32>().ok().and_then(|w| Period::iso_week(year, w));
        match part.split_once(['-', '–']) {
            Some((a, b)) => {
                let (Some(first), Some(last)) = (week(a), week(b)) else { return Err(WeeksError::NotAWeek(part_owned)) };
                if last.starts_on < first.starts_on {
                    return Err(WeeksError::NotAWeek(part_owned));
                }
                let mut p = first;
                while p.starts_on <= last.starts_on {
                    out.push(p);
                    p = Period { starts_on: p.starts_on + chrono::Duration::days(7), ends_on: p.ends_on + chrono::Duration::days(7) };
                }
            }
            None => out.push(week(part).ok_or(WeeksError::NotAWeek(part_owned))?),
        }
    }
    out.sort();
    out.dedup();
    Ok(out)
}

/// Whether one more person may be agreed for `wanted` when `places` are offered and `taken`
/// are the periods already agreed: at no day may more than `places` people be there at once.
pub fn has_room(places: i64, taken: &[Period], wanted: &Period) -> bool {
    // The busiest day within `wanted` is at the start of one of the overlapping periods (or of `wanted`).
    let overlapping: Vec<&Period> = taken.iter().filter(|p| p.overlaps(wanted)).collect();
    let mut starts: Vec<NaiveDate> = overlapping.iter().map(|p| p.starts_on.max(wanted.starts_on)).collect();
    starts.push(wanted.starts_on);
    starts.iter().all(|d| (overlapping.iter().filter(|p| p.starts_on <= *d && *d <= p.ends_on).count() as i64) < places)
}

/// An approved application waiting for a week: the week asked for (`None`: any of them) and
/// the person's agreements elsewhere, which no week may overlap.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Applicant {
    pub id: i64,
    pub wants: Option<Period>,
    pub busy: Vec<Period>,
}

/// Where the allocation put each applicant: `(applicant, week)`; those left out had no week
/// with room that suited them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Allocation {
    pub placed: Vec<(i64, Period)>,
    pub left_out: Vec<i64>,
}

/// Shares an open call's fixed weeks among approved applicants, optimally: as many placed as
/// the places allow, then as many as possible in the week they asked for, then earlier weeks
/// first. `taken` are the periods already agreed. Solved exactly by the matching engine.
pub fn allocate(weeks: &[Period], places: i64, taken: &[Period], applicants: &[Applicant]) -> Allocation {
    use saman_matching::{Instance, solve};
    let room: Vec<u32> =
        weeks.iter().map(|w| u32::try_from((places - taken.iter().filter(|t| t.overlaps(w)).count() as i64).max(0)).unwrap_or(0)).collect();
    let n = weeks.len() as i64;
    // Leaving someone out costs more than any set of weeks, so the number placed comes first.
    let unassigned = (2 * n + 2) * (applicants.len() as i64 + 1);
    let mut inst = Instance::new(applicants.len(), weeks.len());
    inst.caps = room;
    inst.unassigned = Some(unassigned);
    for (i, a) in applicants.iter().enumerate() {
        for (j, w) in weeks.iter().enumerate() {
            if a.busy.iter().any(|b| b.overlaps(w)) || a.wants.is_some_and(|x| x != *w) {
                continue;
            }
            // The week asked for is free of charge; any other costs more, and later weeks a little more still.
            let cost = if a.wants == Some(*w) { 0 } else { n + j as i64 + 1 };
            inst.push(i as u32, j as u32, cost);
        }
    }
    let mut out = Allocation::default();
    let Ok(sol) = solve(&inst) else { return Allocation { placed: vec![], left_out: applicants.iter().map(|a| a.id).collect() } };
    for (i, a) in sol.assignment.iter().enumerate() {
        match a {
            Some(j) => out.placed.push((applicants[i].id, weeks[*j as usize])),
            None => out.left_out.push(applicants[i].id),
        }
    }
    out
}

/// One evaluation of a finished placement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    Participant,
    Host,
}

impl Side {
    pub fn code(self) -> &'static str {
        match self {
            Side::Participant => "participant",
            Side::Host => "host",
        }
    }

    pub fn parse(s: &str) -> Option<Side> {
        [Side::Participant, Side::Host].into_iter().find(|x| x.code() == s)
    }
}

/// Counts of people lent from one place to another, for the flows chart.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Flow<K> {
    pub from: K,
    pub to: K,
    pub people: i64,
    pub days: i64,
}

/// Sums placements `(from, to, working days)` into flows, largest first (then by key).
pub fn flows<K: Ord + Clone>(items: impl IntoIterator<Item = (K, K, i64)>) -> Vec<Flow<K>> {
    let mut map: std::collections::BTreeMap<(K, K), (i64, i64)> = std::collections::BTreeMap::new();
    for (from, to, days) in items {
        let e = map.entry((from, to)).or_default();
        e.0 += 1;
        e.1 += days;
    }
    let mut out: Vec<Flow<K>> = map.into_iter().map(|((from, to), (people, days))| Flow { from, to, people, days }).collect();
    out.sort_by(|a, b| b.people.cmp(&a.people).then_with(|| (&a.from, &a.to).cmp(&(&b.from, &b.to))));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }
    fn p(a: NaiveDate, b: NaiveDate) -> Period {
        Period::new(a, b).unwrap()
    }

    #[test]
    fn a_placement_moves_only_forward_through_its_stages() {
        assert_eq!(advance(Stage::Applied, Step::Approve), Ok(Stage::Approved));
        assert_eq!(advance(Stage::Approved, Step::Accept), Ok(Stage::Agreed));
        assert_eq!(advance(Stage::Applied, Step::Accept), Err(Refusal::WrongStage), "the host waits for the home leader");
        assert_eq!(advance(Stage::Agreed, Step::Approve), Err(Refusal::WrongStage));
        assert_eq!(advance(Stage::Completed, Step::Withdraw), Err(Refusal::WrongStage));
        assert_eq!(advance(Stage::Declined, Step::Approve), Err(Refusal::WrongStage));
        assert_eq!(advance(Stage::Agreed, Step::Withdraw), Ok(Stage::Withdrawn));
        assert_eq!(advance(Stage::Approved, Step::Evaluate), Err(Refusal::WrongStage));
        for s in Stage::ALL {
            assert_eq!(Stage::parse(s.code()), Some(s));
        }
    }

    #[test]
    fn fixed_weeks_become_monday_to_friday() {
        let weeks = parse_weeks("12, 22 45-46", 2027).unwrap();
        assert_eq!(weeks.len(), 4);
        assert_eq!(weeks[0], p(d(2027, 3, 22), d(2027, 3, 26)));
        assert_eq!(weeks[3], p(d(2027, 11, 15), d(2027, 11, 19)));
        assert_eq!(parse_weeks("uke 12", 2027), Err(WeeksError::NotAWeek("uke".into())));
        assert_eq!(parse_weeks("54", 2027), Err(WeeksError::NotAWeek("54".into())));
        assert_eq!(parse_weeks("46-45", 2027), Err(WeeksError::NotAWeek("46-45".into())));
        assert_eq!(parse_weeks("", 2027), Ok(vec![]));
        assert_eq!(parse_weeks("12,12", 2027).unwrap().len(), 1);
        assert_eq!(weeks[0].working_days(), 5);
        assert_eq!(p(d(2027, 3, 19), d(2027, 3, 22)).working_days(), 2, "Friday and Monday");
    }

    #[test]
    fn places_are_counted_per_day_not_per_opportunity() {
        let w12 = p(d(2027, 3, 22), d(2027, 3, 26));
        let w13 = p(d(2027, 3, 29), d(2027, 4, 2));
        assert!(has_room(1, &[w12], &w13), "one place, used in another week");
        assert!(!has_room(1, &[w12], &w12));
        assert!(has_room(2, &[w12], &w12));
        // Two people in the same place on different days of the week do not fill two places.
        let mon_tue = p(d(2027, 3, 22), d(2027, 3, 23));
        let thu_fri = p(d(2027, 3, 25), d(2027, 3, 26));
        assert!(has_room(2, &[mon_tue, thu_fri], &w12));
        assert!(!has_room(1, &[mon_tue, thu_fri], &w12));
        assert!(!has_room(0, &[], &w12));
    }

    #[test]
    fn an_open_call_fills_the_weeks_with_as_many_people_as_fit() {
        let w = parse_weeks("12, 13, 14", 2027).unwrap();
        let a = |id, wants: Option<Period>, busy: Vec<Period>| Applicant { id, wants, busy };
        // Two want week 12 (one place a week), one takes any week, one is busy in week 13.
        let people = [a(1, Some(w[0]), vec![]), a(2, Some(w[0]), vec![]), a(3, None, vec![]), a(4, None, vec![w[1]])];
        let out = allocate(&w, 1, &[], &people);
        assert_eq!(out.left_out, vec![2], "one of the two who asked for week 12 cannot have it");
        assert!(out.placed.contains(&(1, w[0])));
        assert!(out.placed.contains(&(4, w[2])), "not in the week she is busy");
        assert!(out.placed.contains(&(3, w[1])));
        let full = allocate(&w, 1, &[w[0], w[1], w[2]], &people);
        assert_eq!(full.placed, vec![], "every week is already agreed");
        let more = allocate(&w, 2, &[], &people);
        assert_eq!(more.left_out, Vec::<i64>::new());
        assert!(more.placed.contains(&(1, w[0])) && more.placed.contains(&(2, w[0])), "both get the week they asked for");
    }

    #[test]
    fn flows_sum_people_and_days_per_pair() {
        let f = flows([("a", "b", 5), ("a", "b", 3), ("c", "a", 1)]);
        assert_eq!(f, vec![Flow { from: "a", to: "b", people: 2, days: 8 }, Flow { from: "c", to: "a", people: 1, days: 1 }]);
    }
}
