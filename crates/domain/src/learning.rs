//! The workplace as a learning arena: kinds of learning activity, the twelve handles on the
//! learning environment, places in a cohort and its waiting list, and the rule that says
//! when someone has completed. Pure decisions; the store keeps the facts.

use serde::{Deserialize, Serialize};

/// What kind of learning an activity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActivityKind {
    Course,
    /// A link to KS Læring or another Moodle site.
    Elearning,
    /// Credits, leave and grant arrangements.
    FurtherEducation,
    InHouse,
    /// Training across roles: leaders, elected officials, union and safety representatives together.
    JointTraining,
    NetworkGathering,
    /// A learning-in-practice measure made from one of the twelve handles.
    Practice,
}

impl ActivityKind {
    pub const ALL: [ActivityKind; 7] = [
        ActivityKind::Course,
        ActivityKind::Elearning,
        ActivityKind::FurtherEducation,
        ActivityKind::InHouse,
        ActivityKind::JointTraining,
        ActivityKind::NetworkGathering,
        ActivityKind::Practice,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ActivityKind::Course => "course",
            ActivityKind::Elearning => "elearning",
            ActivityKind::FurtherEducation => "further_education",
            ActivityKind::InHouse => "in_house",
            ActivityKind::JointTraining => "joint_training",
            ActivityKind::NetworkGathering => "network_gathering",
            ActivityKind::Practice => "practice",
        }
    }

    pub fn parse(s: &str) -> Option<ActivityKind> {
        ActivityKind::ALL.into_iter().find(|k| k.code() == s)
    }
}

/// The twelve handles on the learning environment, in the seed's order.
pub const HANDLES: [&str; 12] =
    ["rotate", "colleague", "new-hires", "mentoring", "coaching", "sparring", "meetings", "ideas", "space", "campus", "users", "transfer"];

pub fn handle_number(code: &str) -> Option<usize> {
    HANDLES.iter().position(|h| *h == code).map(|i| i + 1)
}

/// When a participant has completed an activity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "rule", content = "sessions", rename_all = "snake_case")]
pub enum CompletionRule {
    /// Attended every session of the cohort.
    AllSessions,
    /// Attended at least this many sessions.
    AtLeast(u32),
    /// The facilitator marked the participant as passed.
    Passed,
}

/// Why completion was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unmet {
    /// The cohort has no sessions, so "every session" cannot be met yet.
    NoSessions,
    /// Sessions not yet held: completion waits for them.
    SessionsAhead {
        ahead: u32,
    },
    /// Too few sessions attended.
    Attended {
        attended: u32,
        needed: u32,
    },
    NotPassed,
}

impl CompletionRule {
    /// `all`, `min:N` or `passed`.
    pub fn code(self) -> String {
        match self {
            CompletionRule::AllSessions => "all".into(),
            CompletionRule::AtLeast(n) => format!("min:{n}"),
            CompletionRule::Passed => "passed".into(),
        }
    }

    pub fn parse(s: &str) -> Option<CompletionRule> {
        match s {
            "all" => Some(CompletionRule::AllSessions),
            "passed" => Some(CompletionRule::Passed),
            _ => s.strip_prefix("min:")?.parse().ok().filter(|n| *n > 0).map(CompletionRule::AtLeast),
        }
    }

    /// Whether a participant who attended `attended` of the cohort's `total` sessions, of which
    /// `held` have taken place, has completed.
    pub fn check(self, total: u32, held: u32, attended: u32, passed: bool) -> Result<(), Unmet> {
        match self {
            CompletionRule::AllSessions if total == 0 => Err(Unmet::NoSessions),
            CompletionRule::AllSessions if held < total => Err(Unmet::SessionsAhead { ahead: total - held }),
            CompletionRule::AllSessions if attended < total => Err(Unmet::Attended { attended, needed: total }),
            CompletionRule::AtLeast(n) if attended < n => Err(Unmet::Attended { attended, needed: n }),
            CompletionRule::Passed if !passed => Err(Unmet::NotPassed),
            _ => Ok(()),
        }
    }
}

/// Where someone stands in a cohort.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EnrolStatus {
    /// Waiting for the leader's approval.
    Pending,
    Enrolled,
    Waiting,
    Cancelled,
    Completed,
}

impl EnrolStatus {
    pub const ALL: [EnrolStatus; 5] =
        [EnrolStatus::Pending, EnrolStatus::Enrolled, EnrolStatus::Waiting, EnrolStatus::Cancelled, EnrolStatus::Completed];

    pub fn code(self) -> &'static str {
        match self {
            EnrolStatus::Pending => "pending",
            EnrolStatus::Enrolled => "enrolled",
            EnrolStatus::Waiting => "waiting",
            EnrolStatus::Cancelled => "cancelled",
            EnrolStatus::Completed => "completed",
        }
    }

    pub fn parse(s: &str) -> Option<EnrolStatus> {
        EnrolStatus::ALL.into_iter().find(|k| k.code() == s)
    }

    /// Holds one of the cohort's places.
    pub fn takes_place(self) -> bool {
        matches!(self, EnrolStatus::Enrolled | EnrolStatus::Completed)
    }

    /// Still in the cohort in some way (a new enrolment of the same person is a duplicate).
    pub fn active(self) -> bool {
        self != EnrolStatus::Cancelled
    }
}

/// Places `count` new participants, in order, into a cohort of `capacity` where `taken` places
/// are held: the first free places go to the first of them, the rest to the waiting list.
/// Never over capacity.
pub fn admit(capacity: u32, taken: u32, count: usize) -> Vec<EnrolStatus> {
    let free = capacity.saturating_sub(taken) as usize;
    (0..count).map(|i| if i < free { EnrolStatus::Enrolled } else { EnrolStatus::Waiting }).collect()
}

/// How many from the head of the waiting list move up when `taken` of `capacity` places are held.
pub fn promotions(capacity: u32, taken: u32, waiting: usize) -> usize {
    (capacity.saturating_sub(taken) as usize).min(waiting)
}

/// A check-in code from random bits: six characters from an alphabet without look-alikes
/// (no 0/O, 1/I/L), easy to read off a screen in the room.
pub fn checkin_code(mut bits: u64) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    let mut s = String::with_capacity(6);
    for _ in 0..6 {
        s.push(ALPHABET[(bits % ALPHABET.len() as u64) as usize] as char);
        bits /= ALPHABET.len() as u64;
    }
    s
}

/// How session times are written in the database and the API: Europe/Oslo wall-clock time.
pub const TIME_FORMAT: &str = "%Y-%m-%dT%H:%M";

/// Whether self check-in is open: from a quarter of an hour before the session starts
/// until an hour after it ends.
pub fn check_in_open(starts: chrono::NaiveDateTime, ends: chrono::NaiveDateTime, now: chrono::NaiveDateTime) -> bool {
    starts - chrono::Duration::minutes(15) <= now && now <= ends + chrono::Duration::hours(1)
}

/// Normalises a code as typed: case and spaces do not matter.
pub fn normalise_code(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace() && *c != '-').flat_map(char::to_uppercase).collect()
}

/// A programme's progress: how many it is meant for, how many are enrolled, how many completed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Progress {
    pub targeted: u32,
    pub enrolled: u32,
    pub completed: u32,
}

impl Progress {
    /// Completed as a whole percentage of the target (of those enrolled when no target is set).
    pub fn completed_percent(&self) -> u32 {
        let base = if self.targeted > 0 { self.targeted } else { self.enrolled };
        if base == 0 { 0 } else { (u64::from(self.completed) * 100 / u64::from(base)).min(100) as u32 }
    }

    /// Enrolled (including completed) as a whole percentage of the target.
    pub fn enrolled_percent(&self) -> u32 {
        if self.targeted == 0 { 0 } else { (u64::from(self.enrolled) * 100 / u64::from(self.targeted)).min(100) as u32 }
    }
}

/// The answer to a transfer follow-up: is what was learnt used in practice?
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Used {
    Yes,
    Partly,
    No,
}

impl Used {
    pub const ALL: [Used; 3] = [Used::Yes, Used::Partly, Used::No];

    pub fn code(self) -> &'static str {
        match self {
            Used::Yes => "yes",
            Used::Partly => "partly",
            Used::No => "no",
        }
    }

    pub fn parse(s: &str) -> Option<Used> {
        Used::ALL.into_iter().find(|u| u.code() == s)
    }
}

/// Who answers a follow-up: the participant and their leader each answer once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Respondent {
    Participant,
    Leader,
}

impl Respondent {
    pub fn code(self) -> &'static str {
        match self {
            Respondent::Participant => "participant",
            Respondent::Leader => "leader",
        }
    }

    pub fn parse(s: &str) -> Option<Respondent> {
        [Respondent::Participant, Respondent::Leader].into_iter().find(|r| r.code() == s)
    }
}

/// Days after completion when the follow-up is asked, unless the activity says otherwise.
pub const FOLLOW_UP_DAYS: i64 = 90;

/// Whether a follow-up is due: `delay_days` have passed since completion (Unix seconds).
pub fn follow_up_due(completed_at: i64, delay_days: i64, now: i64) -> bool {
    completed_at + delay_days * 86_400 <= now
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn admission_fills_free_places_then_the_waiting_list_never_over_capacity() {
        assert_eq!(admit(3, 1, 4), vec![EnrolStatus::Enrolled, EnrolStatus::Enrolled, EnrolStatus::Waiting, EnrolStatus::Waiting]);
        assert_eq!(admit(2, 5, 1), vec![EnrolStatus::Waiting]);
        assert!(admit(0, 0, 2).iter().all(|s| *s == EnrolStatus::Waiting));
        for cap in 0..6 {
            for taken in 0..6 {
                let placed = admit(cap, taken, 10).iter().filter(|s| s.takes_place()).count() as u32;
                assert!(taken + placed <= cap.max(taken), "cap {cap} taken {taken}");
            }
        }
        assert_eq!(promotions(10, 8, 5), 2);
        assert_eq!(promotions(10, 10, 5), 0);
        assert_eq!(promotions(10, 2, 3), 3);
    }

    #[test]
    fn completion_rules_say_what_is_missing() {
        let all = CompletionRule::AllSessions;
        assert_eq!(all.check(3, 2, 2, false), Err(Unmet::SessionsAhead { ahead: 1 }));
        assert_eq!(all.check(3, 3, 2, false), Err(Unmet::Attended { attended: 2, needed: 3 }));
        assert_eq!(all.check(3, 3, 3, false), Ok(()));
        assert_eq!(all.check(0, 0, 0, false), Err(Unmet::NoSessions), "no sessions is not every session attended");
        let two = CompletionRule::AtLeast(2);
        assert_eq!(two.check(3, 1, 1, false), Err(Unmet::Attended { attended: 1, needed: 2 }));
        assert_eq!(two.check(3, 2, 2, false), Ok(()));
        assert_eq!(CompletionRule::Passed.check(0, 0, 0, false), Err(Unmet::NotPassed));
        assert_eq!(CompletionRule::Passed.check(0, 0, 0, true), Ok(()));
    }

    #[test]
    fn rules_and_codes_round_trip() {
        for r in [CompletionRule::AllSessions, CompletionRule::AtLeast(4), CompletionRule::Passed] {
            assert_eq!(CompletionRule::parse(&r.code()), Some(r));
        }
        assert_eq!(CompletionRule::parse("min:0"), None);
        assert_eq!(CompletionRule::parse("min:x"), None);
        for k in ActivityKind::ALL {
            assert_eq!(ActivityKind::parse(k.code()), Some(k));
        }
        assert_eq!(handle_number("transfer"), Some(12));
        assert_eq!(handle_number("nope"), None);
    }

    #[test]
    fn checkin_codes_are_readable_and_typed_loosely() {
        let c = checkin_code(0xDEAD_BEEF_1234);
        assert_eq!(c.len(), 6);
        assert!(c.chars().all(|ch| !"01OIL".contains(ch)));
        assert_ne!(checkin_code(1), checkin_code(2));
        assert_eq!(normalise_code(" ab c-d2 3"), "ABCD23");
    }

    #[test]
    fn follow_ups_fall_due_after_the_delay() {
        let done = 1_000_000;
        assert!(!follow_up_due(done, 90, done + 89 * 86_400));
        assert!(follow_up_due(done, 90, done + 90 * 86_400));
        assert!(follow_up_due(done, 0, done));
        for u in Used::ALL {
            assert_eq!(Used::parse(u.code()), Some(u));
        }
        assert_eq!(Respondent::parse("leader"), Some(Respondent::Leader));
        assert_eq!(Respondent::parse("boss"), None);
    }

    #[test]
    fn progress_against_target_as_in_600_with_400_done() {
        let p = Progress { targeted: 600, enrolled: 520, completed: 400 };
        assert_eq!(p.completed_percent(), 66);
        assert_eq!(p.enrolled_percent(), 86);
        assert_eq!(Progress { targeted: 0, enrolled: 4, completed: 1 }.completed_percent(), 25);
        assert_eq!(Progress::default().completed_percent(), 0);
    }

    #[test]
    fn check_in_opens_a_quarter_before_the_start_and_closes_an_hour_after_the_end() {
        let at = |h: u32, m: u32| chrono::NaiveDate::from_ymd_opt(2026, 3, 2).unwrap().and_hms_opt(h, m, 0).unwrap();
        let (starts, ends) = (at(9, 0), at(11, 0));
        assert!(!check_in_open(starts, ends, at(8, 44)));
        assert!(check_in_open(starts, ends, at(8, 45)));
        assert!(check_in_open(starts, ends, at(12, 0)));
        assert!(!check_in_open(starts, ends, at(12, 1)));
    }
}
