//! Mentoring and peer-coaching programmes: who may be paired (never one's own leader;
//! across units or professions when the programme requires it), how well a pair fits
//! (complementing competences, shared goals, the boundaries it crosses), and the optimal
//! matching of everyone at once by the exact assignment engine. Locked and accepted pairs
//! stay as they are; forbidden and declined pairs are never proposed.

use crate::{OrgId, PersonId, UnitId};
use rust_stemmers::{Algorithm, Stemmer};
use saman_matching::{Instance, SolveError, solve, verify};
use serde::Serialize;
use std::collections::{BTreeSet, HashMap};

mod pair;
pub use pair::{Answer, PairRule, PairState, Part, ProgrammeKind};

/// How a programme treats a boundary between mentor and mentee.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Across {
    /// No preference.
    Any,
    /// Pairs across the boundary fit better.
    Preferred,
    /// Only pairs across the boundary.
    Required,
}

impl Across {
    pub const ALL: [Across; 3] = [Across::Any, Across::Preferred, Across::Required];

    pub fn code(self) -> &'static str {
        match self {
            Across::Any => "any",
            Across::Preferred => "preferred",
            Across::Required => "required",
        }
    }

    pub fn parse(s: &str) -> Option<Across> {
        Across::ALL.into_iter().find(|a| a.code() == s)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Rules {
    pub units: Across,
    pub professions: Across,
}

/// One side of a possible pair, as the rules need to see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Side {
    /// The participant (not the person): pairs are between participants.
    pub id: i64,
    pub person: PersonId,
    pub org: OrgId,
    /// Units where the person holds a position.
    pub units: Vec<UnitId>,
    /// Each of those units with all above it.
    pub ancestries: Vec<Vec<UnitId>>,
    /// Units the person leads (each leads its whole subtree).
    pub leads: Vec<UnitId>,
    pub codes: Vec<String>,
    /// A mentor's competences to share; a mentee's competences wanted.
    pub competences: Vec<i64>,
    pub goals: String,
    /// How many mentees a mentor takes (0 for a mentee).
    pub capacity: u32,
}

/// Why a pair was proposed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "items")]
pub enum Reason {
    /// Competences the mentee wants and the mentor offers.
    Complements(Vec<i64>),
    /// Words both wrote in their goals (in any inflected form), as the mentee wrote them.
    SharedGoals(Vec<String>),
    AcrossUnits,
    AcrossProfessions,
    AcrossOrganisations,
}

/// Reasons as stored: `c:11,12|g:veiledning,nyutdann|u|p|o`.
pub fn encode_reasons(reasons: &[Reason]) -> String {
    reasons
        .iter()
        .map(|r| match r {
            Reason::Complements(c) => format!("c:{}", c.iter().map(i64::to_string).collect::<Vec<_>>().join(",")),
            Reason::SharedGoals(w) => format!("g:{}", w.iter().map(|x| x.replace([',', '|', ':'], "")).collect::<Vec<_>>().join(",")),
            Reason::AcrossUnits => "u".into(),
            Reason::AcrossProfessions => "p".into(),
            Reason::AcrossOrganisations => "o".into(),
        })
        .collect::<Vec<_>>()
        .join("|")
}

/// Reads stored reasons; unknown parts are skipped.
pub fn decode_reasons(s: &str) -> Vec<Reason> {
    s.split('|')
        .filter_map(|part| match part.split_once(':') {
            Some(("c", list)) => Some(Reason::Complements(list.split(',').filter_map(|x| x.parse().ok()).collect())),
            Some(("g", list)) => Some(Reason::SharedGoals(list.split(',').filter(|x| !x.is_empty()).map(str::to_string).collect())),
            None if part == "u" => Some(Reason::AcrossUnits),
            None if part == "p" => Some(Reason::AcrossProfessions),
            None if part == "o" => Some(Reason::AcrossOrganisations),
            _ => None,
        })
        .collect()
}

/// Points for each reason; a pair's cost is `MAX_SCORE - score`.
const PER_COMPETENCE: i64 = 30;
const MAX_COMPETENCE: i64 = 60;
const PER_GOAL_WORD: i64 = 10;
const MAX_GOALS: i64 = 30;
const UNITS_BONUS: i64 = 15;
const PROFESSIONS_BONUS: i64 = 10;
const ORGANISATIONS_BONUS: i64 = 5;
pub const MAX_SCORE: i64 = MAX_COMPETENCE + MAX_GOALS + UNITS_BONUS + PROFESSIONS_BONUS + ORGANISATIONS_BONUS;

/// Words too common to say anything about a goal.
const STOP: [&str; 24] = [
    "og", "i", "på", "med", "for", "til", "som", "å", "en", "ei", "et", "ein", "eit", "det", "jeg", "eg", "vil", "meir", "mer", "the",
    "and", "to", "of", "a",
];

/// The goal's words by stem (the first word written for each), without common ones.
pub fn goal_words(text: &str) -> std::collections::BTreeMap<String, String> {
    let stemmer = Stemmer::create(Algorithm::Norwegian);
    let mut out = std::collections::BTreeMap::new();
    for w in crate::search::terms(text, 200) {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
        if w.chars().count() >= 3 && !STOP.contains(&w.as_str()) {
            out.entry(stemmer.stem(&w).into_owned()).or_insert(w);
        }
    }
    out
}

/// Whether the mentor leads the mentee (directly or further up).
pub fn leads(mentor: &Side, mentee: &Side) -> bool {
    mentor.org == mentee.org && mentee.ancestries.iter().any(|a| a.iter().any(|u| mentor.leads.contains(u)))
}

/// How well the pair fits and why, or `None` when the rules do not allow it.
pub fn fit(mentor: &Side, mentee: &Side, rules: &Rules) -> Option<(i64, Vec<Reason>)> {
    if mentor.person == mentee.person || leads(mentor, mentee) {
        return None;
    }
    let same_unit = mentor.org == mentee.org && mentor.units.iter().any(|u| mentee.units.contains(u));
    let same_profession = mentor.codes.iter().any(|c| mentee.codes.iter().any(|d| c.eq_ignore_ascii_case(d)));
    if rules.units == Across::Required && same_unit || rules.professions == Across::Required && same_profession {
        return None;
    }
    let mut score = 0;
    let mut reasons = vec![];
    let shared: Vec<i64> = mentee.competences.iter().copied().filter(|c| mentor.competences.contains(c)).collect();
    if !shared.is_empty() {
        score += (PER_COMPETENCE * shared.len() as i64).min(MAX_COMPETENCE);
        reasons.push(Reason::Complements(shared));
    }
    // Shared by stem (so inflected forms meet), named as the mentee wrote them.
    let theirs = goal_words(&mentor.goals);
    let words: Vec<String> =
        goal_words(&mentee.goals).into_iter().filter(|(stem, _)| theirs.contains_key(stem)).map(|(_, word)| word).collect();
    if !words.is_empty() {
        score += (PER_GOAL_WORD * words.len() as i64).min(MAX_GOALS);
        reasons.push(Reason::SharedGoals(words));
    }
    if !same_unit {
        if rules.units != Across::Any {
            score += UNITS_BONUS;
        }
        reasons.push(Reason::AcrossUnits);
    }
    if !same_profession && !mentor.codes.is_empty() && !mentee.codes.is_empty() {
        if rules.professions != Across::Any {
            score += PROFESSIONS_BONUS;
        }
        reasons.push(Reason::AcrossProfessions);
    }
    if mentor.org != mentee.org {
        score += ORGANISATIONS_BONUS;
        reasons.push(Reason::AcrossOrganisations);
    }
    Some((score, reasons))
}

/// How many of the best-fitting mentors each mentee starts among. Pairs left out are added
/// back whenever the solution's dual certificate says one could improve it, so the pairing is
/// optimal over every allowed pair.
pub const CANDIDATES: usize = 50;

/// Pairs the coordinator or the participants have settled, and pairs never to propose.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Fixed {
    /// (mentor, mentee) kept as they are: locked by the coordinator or accepted.
    pub kept: Vec<(i64, i64)>,
    /// (mentor, mentee) never to pair: forbidden by the coordinator or declined.
    pub never: Vec<(i64, i64)>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Proposal {
    pub mentor: i64,
    pub mentee: i64,
    pub score: i64,
    pub reasons: Vec<Reason>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Plan {
    /// New pairs (the kept ones are not repeated).
    pub proposals: Vec<Proposal>,
    /// Mentees left without a mentor: no allowed mentor had room.
    pub unmatched: Vec<i64>,
    /// Sum of the scores of the new pairs: the largest possible once as many as possible are paired.
    pub score: i64,
}

/// The optimal pairing of the mentees not yet kept, over every allowed pair: as many pairs as
/// the rules and the mentors' capacity allow, and among those the best total fit. Each mentee
/// starts among their `CANDIDATES` best-fitting mentors, so a large programme stays a sparse
/// problem; a pair left out is added back when the dual certificate of the solution shows it
/// could lower the cost (`u[i] + v[j] > cost`), and the problem is solved again, until no
/// pair left out could. Every result is checked against its certificate before it is used.
pub fn plan(mentors: &[Side], mentees: &[Side], rules: &Rules, fixed: &Fixed) -> Result<Plan, String> {
    let kept_mentees: BTreeSet<i64> = fixed.kept.iter().map(|k| k.1).collect();
    let mut room: Vec<u32> =
        mentors.iter().map(|m| m.capacity.saturating_sub(fixed.kept.iter().filter(|k| k.0 == m.id).count() as u32)).collect();
    let open: Vec<&Side> = mentees.iter().filter(|e| !kept_mentees.contains(&e.id)).collect();
    // Leaving someone unpaired costs more than any set of pairs, so the number of pairs comes first.
    let unassigned = (MAX_SCORE + 1) * (open.len() as i64 + 1);
    let mut inst = Instance::new(open.len(), mentors.len());
    inst.unassigned = Some(unassigned);
    let mut why: HashMap<(u32, u32), (i64, Vec<Reason>)> = HashMap::new();
    // Allowed pairs not yet in the problem: (mentee, mentor, cost).
    let mut left_out: Vec<(u32, u32, i64)> = vec![];
    for (i, e) in open.iter().enumerate() {
        let mut candidates: Vec<(i64, usize, Vec<Reason>)> = mentors
            .iter()
            .enumerate()
            .filter(|(j, m)| room[*j] > 0 && !fixed.never.contains(&(m.id, e.id)))
            .filter_map(|(j, m)| fit(m, e, rules).map(|(score, reasons)| (score, j, reasons)))
            .collect();
        candidates.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        for (rank, (score, j, reasons)) in candidates.into_iter().enumerate() {
            if rank < CANDIDATES {
                inst.push(i as u32, j as u32, MAX_SCORE - score);
                why.insert((i as u32, j as u32), (score, reasons));
            } else {
                left_out.push((i as u32, j as u32, MAX_SCORE - score));
            }
        }
    }
    // A mentor with no room takes nobody (capacity 0 is allowed by the engine).
    inst.caps = std::mem::take(&mut room);
    let sol = loop {
        let sol = solve(&inst).map_err(|e: SolveError| e.to_string())?;
        verify(&inst, &sol)?;
        let (u, v) = (&sol.duals.u, &sol.duals.v);
        let (improving, rest): (Vec<_>, Vec<_>) = left_out.into_iter().partition(|&(i, j, cost)| u[i as usize] + v[j as usize] > cost);
        left_out = rest;
        if improving.is_empty() {
            // The certificate holds for every allowed pair: optimal for the whole problem.
            break sol;
        }
        for (i, j, cost) in improving {
            inst.push(i, j, cost);
            let (score, reasons) = fit(&mentors[j as usize], open[i as usize], rules).unwrap_or((MAX_SCORE - cost, vec![]));
            why.insert((i, j), (score, reasons));
        }
    };
    let mut out = Plan { proposals: vec![], unmatched: vec![], score: 0 };
    for (i, a) in sol.assignment.iter().enumerate() {
        match a {
            Some(j) => {
                let (score, reasons) = why.remove(&(i as u32, *j)).unwrap_or((0, vec![]));
                out.score += score;
                out.proposals.push(Proposal { mentor: mentors[*j as usize].id, mentee: open[i].id, score, reasons });
            }
            None => out.unmatched.push(open[i].id),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn side(id: i64, unit: i64, code: &str, competences: &[i64], goals: &str, capacity: u32) -> Side {
        Side {
            id,
            person: PersonId(id),
            org: OrgId(1),
            units: vec![UnitId(unit)],
            ancestries: vec![vec![UnitId(unit), UnitId(1)]],
            leads: vec![],
            codes: vec![code.into()],
            competences: competences.to_vec(),
            goals: goals.into(),
            capacity,
        }
    }

    const RULES: Rules = Rules { units: Across::Preferred, professions: Across::Any };

    #[test]
    fn a_leader_never_mentors_their_own_people_and_required_boundaries_hold() {
        let mut boss = side(1, 1, "7174", &[], "", 2);
        boss.leads = vec![UnitId(1)];
        let e = side(2, 5, "7174", &[], "", 0);
        assert!(leads(&boss, &e), "leading the unit above counts");
        assert_eq!(fit(&boss, &e, &RULES), None);
        let peer = side(3, 5, "7174", &[], "", 1);
        assert!(fit(&peer, &e, &RULES).is_some());
        assert_eq!(fit(&peer, &e, &Rules { units: Across::Required, professions: Across::Any }), None, "same unit");
        assert_eq!(fit(&peer, &e, &Rules { units: Across::Any, professions: Across::Required }), None, "same profession");
        assert_eq!(fit(&e, &e, &RULES), None, "nobody mentors themselves");
    }

    #[test]
    fn the_fit_says_why() {
        let m = side(1, 2, "7174", &[10, 11], "Jeg vil dele erfaring med veiledning av nyutdannede sykepleiere", 1);
        let e = side(2, 3, "7176", &[11, 12], "Trenger veiledning som nyutdannet sykepleier", 0);
        let (score, reasons) = fit(&m, &e, &RULES).unwrap();
        assert!(reasons.contains(&Reason::Complements(vec![11])));
        assert!(
            reasons.iter().any(
                |r| matches!(r, Reason::SharedGoals(w) if w.contains(&"veiledning".to_string()) && w.contains(&"nyutdannet".to_string()))
            ),
            "inflected forms meet (nyutdannede, nyutdannet): {reasons:?}"
        );
        assert!(reasons.contains(&Reason::AcrossUnits) && reasons.contains(&Reason::AcrossProfessions));
        assert!(score >= 30 + 20 + UNITS_BONUS, "{score}");
    }

    /// Every assignment of mentees to mentors with room, by brute force: (pairs, score) of the best.
    fn brute(mentors: &[Side], mentees: &[Side], rules: &Rules) -> (usize, i64) {
        fn go(i: usize, mentors: &[Side], mentees: &[Side], rules: &Rules, room: &mut Vec<u32>) -> (usize, i64) {
            if i == mentees.len() {
                return (0, 0);
            }
            let mut best = go(i + 1, mentors, mentees, rules, room);
            for j in 0..mentors.len() {
                if room[j] == 0 {
                    continue;
                }
                if let Some((s, _)) = fit(&mentors[j], &mentees[i], rules) {
                    room[j] -= 1;
                    let (n, t) = go(i + 1, mentors, mentees, rules, room);
                    room[j] += 1;
                    best = best.max((n + 1, t + s));
                }
            }
            best
        }
        go(0, mentors, mentees, rules, &mut mentors.iter().map(|m| m.capacity).collect())
    }

    #[test]
    fn the_plan_pairs_as_many_as_possible_then_the_best_fit_as_brute_force_does() {
        let mut seed = 7u64;
        let mut next = |n: u64| {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (seed >> 33) % n
        };
        let words = ["veiledning", "demens", "ledelse", "turnus", "medisiner", "kommunikasjon"];
        for _ in 0..60 {
            let (nm, ne) = (1 + next(3) as usize, 1 + next(5) as usize);
            let mk = |id: i64, cap: u32, next: &mut dyn FnMut(u64) -> u64| {
                let comps: Vec<i64> = (0..next(3)).map(|_| next(4) as i64).collect();
                let goals: Vec<&str> = (0..next(3)).map(|_| words[next(6) as usize]).collect();
                let mut s = side(id, 2 + next(3) as i64, ["7174", "7176"][next(2) as usize], &comps, &goals.join(" "), cap);
                if next(5) == 0 {
                    s.leads = vec![UnitId(2 + next(3) as i64)];
                }
                s
            };
            let mentors: Vec<Side> = (0..nm).map(|i| mk(100 + i as i64, next(3) as u32, &mut next)).collect();
            let mentees: Vec<Side> = (0..ne).map(|i| mk(200 + i as i64, 0, &mut next)).collect();
            let rules = Rules { units: Across::ALL[next(3) as usize], professions: Across::ALL[next(3) as usize] };
            let p = plan(&mentors, &mentees, &rules, &Fixed::default()).unwrap();
            assert_eq!((p.proposals.len(), p.score), brute(&mentors, &mentees, &rules), "{mentors:?} {mentees:?} {rules:?}");
            assert_eq!(p.proposals.len() + p.unmatched.len(), ne);
            for m in &mentors {
                assert!(p.proposals.iter().filter(|x| x.mentor == m.id).count() as u32 <= m.capacity);
            }
        }
    }

    #[test]
    fn the_pairing_is_optimal_over_every_allowed_pair_not_only_the_best_candidates() {
        // Everyone's best 50 mentors are the same 50; the 51st fits everyone worst but is allowed.
        let mentors: Vec<Side> = (1..=CANDIDATES as i64 + 1)
            .map(|id| side(id, 100 + id, "x", if id <= CANDIDATES as i64 { &[7] } else { &[] }, "", 1))
            .collect();
        let mentees: Vec<Side> = (1..=CANDIDATES as i64 + 1).map(|id| side(1000 + id, 2000 + id, "x", &[7], "", 0)).collect();
        let p = plan(&mentors, &mentees, &RULES, &Fixed::default()).unwrap();
        assert!(p.unmatched.is_empty(), "the last mentee gets the mentor outside everyone's best 50: {:?}", p.unmatched);
        assert_eq!(p.proposals.len(), CANDIDATES + 1);
        let last = p.proposals.iter().find(|x| x.mentor == CANDIDATES as i64 + 1).expect("the 51st mentor is used");
        assert_eq!(last.reasons, vec![Reason::AcrossUnits], "a pair added back says why like any other");
        // Best total fit: 50 pairs sharing the competence, one that does not.
        let shared = p.proposals.iter().filter(|x| x.reasons.iter().any(|r| matches!(r, Reason::Complements(_)))).count();
        assert_eq!(shared, CANDIDATES);
    }

    #[test]
    fn reasons_round_trip_as_text() {
        let r = vec![
            Reason::Complements(vec![11, 12]),
            Reason::SharedGoals(vec!["veiledning".into(), "nyutdann".into()]),
            Reason::AcrossUnits,
            Reason::AcrossProfessions,
            Reason::AcrossOrganisations,
        ];
        assert_eq!(decode_reasons(&encode_reasons(&r)), r);
        assert_eq!(decode_reasons(""), vec![]);
    }

    #[test]
    fn kept_pairs_stay_and_never_pairs_are_not_proposed() {
        let a = side(1, 2, "x", &[1], "", 1);
        let b = side(2, 3, "x", &[1], "", 1);
        let e1 = side(11, 4, "y", &[1], "", 0);
        let e2 = side(12, 4, "y", &[1], "", 0);
        let mentors = [a, b];
        let mentees = [e1, e2];
        let fixed = Fixed { kept: vec![(1, 11)], never: vec![(2, 12)] };
        let p = plan(&mentors, &mentees, &RULES, &fixed).unwrap();
        assert!(p.proposals.is_empty(), "mentor 1 is full with the kept pair and mentor 2 may not take 12: {p:?}");
        assert_eq!(p.unmatched, vec![12]);
        let p = plan(&mentors, &mentees, &RULES, &Fixed { kept: vec![(1, 11)], never: vec![] }).unwrap();
        assert_eq!(p.proposals.iter().map(|x| (x.mentor, x.mentee)).collect::<Vec<_>>(), vec![(2, 12)]);
    }
}
