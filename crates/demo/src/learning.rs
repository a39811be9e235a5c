//! Learning in the demo: a medication refresher run for the care homes (one cohort done,
//! one to come with a waiting list), a learning-in-practice measure from the twelve handles,
//! joint training for leaders (the seed's 3 × 3 days), and an e-learning course on KS Læring.
//! Session days are offsets from the day the demo is loaded.

use crate::{DemoPosition, DemoUnit};

#[derive(Debug, Clone, PartialEq)]
pub struct DemoActivity {
    /// `ActivityKind` code.
    pub kind: &'static str,
    pub handle: Option<&'static str>,
    pub title: &'static str,
    pub description: &'static str,
    pub link: Option<&'static str>,
    /// Catalogue key of the competence completion grants.
    pub competence: Option<&'static str>,
    /// `CompletionRule` code.
    pub rule: &'static str,
    pub needs_approval: bool,
    pub target: Option<i64>,
    /// Days after completion when the transfer follow-up is asked.
    pub follow_up_days: i64,
    pub cohorts: Vec<DemoCohort>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DemoCohort {
    pub name: &'static str,
    pub capacity: i64,
    /// Index into the organisation's people.
    pub facilitator: Option<usize>,
    pub sessions: Vec<DemoSession>,
    /// In enrolment order: the first `capacity` get places, the rest wait.
    pub enrolled: Vec<usize>,
    /// Of those with places: attended every session held so far.
    pub attending: Vec<usize>,
    /// Of those attending: marked completed.
    pub completed: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DemoSession {
    /// Days from the day the demo is loaded (negative: already held).
    pub day: i64,
    pub start_hour: u32,
    pub hours: i64,
    pub place: &'static str,
}

fn session(day: i64, start_hour: u32, hours: i64, place: &'static str) -> DemoSession {
    DemoSession { day, start_hour, hours, place }
}

/// The first organisation's activities (the municipality the demo accounts work in).
pub(crate) fn generate(units: &[DemoUnit], positions: &[DemoPosition]) -> Vec<DemoActivity> {
    let in_units = |word: &str, titles: &[&str]| -> Vec<usize> {
        let mut v: Vec<usize> = positions
            .iter()
            .filter(|p| units[p.unit].name.to_lowercase().contains(word) && titles.contains(&p.title.as_str()))
            .map(|p| p.person)
            .collect();
        v.dedup();
        v
    };
    let care = in_units("sykehjem", &["Sykepleier", "Helsefagarbeider", "Assistent", "Fagarbeider"]);
    let leaders: Vec<usize> = {
        let mut v: Vec<usize> = units.iter().filter_map(|u| u.leader).collect();
        v.sort();
        v.dedup();
        v
    };
    let nurses = in_units("sykehjem", &["Sykepleier"]);
    let facilitator = nurses.first().copied();
    let (first, rest) = care.split_at(care.len().min(24));
    let second: Vec<usize> = rest.iter().copied().take(30).collect();
    let done: Vec<usize> = first.iter().copied().take(first.len().saturating_sub(3)).collect();
    let target = i64::try_from(care.len().max(60)).unwrap_or(60);
    let mut out = vec![DemoActivity {
        kind: "course",
        handle: None,
        title: "Legemiddelhåndtering – oppfriskning",
        description: "Obligatorisk oppfriskning for alle som gir legemidler: regning, dokumentasjon og avvik. To samlinger og en praktisk prøve.",
        link: None,
        competence: Some("legemiddelhandtering"),
        rule: "all",
        needs_approval: false,
        target: Some(target),
        follow_up_days: 14,
        cohorts: vec![
            DemoCohort {
                name: "Høstkullet",
                capacity: 24,
                facilitator,
                sessions: vec![session(-21, 9, 3, "Kantina, rådhuset"), session(-14, 9, 3, "Kantina, rådhuset")],
                enrolled: first.to_vec(),
                attending: first.to_vec(),
                completed: done,
            },
            DemoCohort {
                name: "Vinterkullet",
                capacity: 25,
                facilitator,
                sessions: vec![session(9, 9, 3, "Møterom Fjorden"), session(16, 9, 3, "Møterom Fjorden")],
                enrolled: second,
                attending: vec![],
                completed: vec![],
            },
        ],
    }];
    out.push(DemoActivity {
        kind: "practice",
        handle: Some("colleague"),
        title: "Lær av sidemannen",
        description: "Annenhver uke følger du en kollega en halv vakt og ser hvordan hun eller han løser oppgavene. Etterpå deler dere det dere så på personalmøtet.",
        link: None,
        competence: None,
        rule: "min:1",
        needs_approval: false,
        target: None,
        follow_up_days: 90,
        cohorts: vec![DemoCohort {
            name: "Sykehjemmene",
            capacity: 20,
            facilitator,
            sessions: vec![session(-7, 8, 4, "Avdelingen"), session(7, 8, 4, "Avdelingen")],
            enrolled: care.iter().rev().copied().take(12).collect(),
            attending: care.iter().rev().copied().take(8).collect(),
            completed: vec![],
        }],
    });
    out.push(DemoActivity {
        kind: "joint_training",
        handle: None,
        title: "Felles opplæring for ledere, folkevalgte og tillitsvalgte",
        description: "Tre samlinger à tre dager der ledere, folkevalgte, tillitsvalgte og verneombud lærer sammen om heltidskultur og kompetanseplanlegging.",
        link: None,
        competence: None,
        rule: "min:2",
        needs_approval: true,
        target: Some(130),
        follow_up_days: 90,
        cohorts: vec![DemoCohort {
            name: "2026–2027",
            capacity: 130,
            facilitator: None,
            sessions: vec![session(-30, 9, 56, "Hotell Solstrand"), session(30, 9, 56, "Hotell Solstrand"), session(90, 9, 56, "Hotell Solstrand")],
            enrolled: leaders.clone(),
            attending: leaders.iter().copied().take(leaders.len().min(130) * 4 / 5).collect(),
            completed: vec![],
        }],
    });
    out.push(DemoActivity {
        kind: "elearning",
        handle: None,
        title: "Velferdsteknologiens ABC (KS Læring)",
        description: "E-læringskurs i KS Læring. Fullført når kursholderen har registrert at du har bestått.",
        link: Some("https://laring.ks.no/"),
        competence: None,
        rule: "passed",
        needs_approval: false,
        target: None,
        follow_up_days: 90,
        cohorts: vec![DemoCohort {
            name: "Løpende påmelding",
            capacity: 500,
            facilitator: None,
            sessions: vec![],
            enrolled: vec![],
            attending: vec![],
            completed: vec![],
        }],
    });
    out
}
