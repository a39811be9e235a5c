//! The states of a programme's pairs and the parts people play in it.

use serde::{Deserialize, Serialize};

/// Where a pair stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PairState {
    /// Proposed by the matching; waits for both sides.
    Proposed,
    /// Set by the coordinator; still waits for both sides, and stays when matching runs again.
    Locked,
    /// Both said yes.
    Accepted,
    /// One side said no; never proposed again.
    Declined,
}

impl PairState {
    pub const ALL: [PairState; 4] = [PairState::Proposed, PairState::Locked, PairState::Accepted, PairState::Declined];

    pub fn code(self) -> &'static str {
        match self {
            PairState::Proposed => "proposed",
            PairState::Locked => "locked",
            PairState::Accepted => "accepted",
            PairState::Declined => "declined",
        }
    }

    pub fn parse(s: &str) -> Option<PairState> {
        PairState::ALL.into_iter().find(|x| x.code() == s)
    }

    /// The sides may still answer.
    pub fn open(self) -> bool {
        matches!(self, PairState::Proposed | PairState::Locked)
    }

    /// Stays when matching runs again: locked, accepted, or proposed and already welcomed by
    /// one side (`welcomed`).
    pub fn kept(self, welcomed: bool) -> bool {
        match self {
            PairState::Locked | PairState::Accepted => true,
            PairState::Proposed => welcomed,
            PairState::Declined => false,
        }
    }
}

/// One side's answer to a pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    Yes,
    No,
}

impl Answer {
    pub fn code(self) -> &'static str {
        match self {
            Answer::Yes => "yes",
            Answer::No => "no",
        }
    }

    /// `yes` or `no`; anything else (the empty string of "not yet") is none.
    pub fn parse(s: &str) -> Option<Answer> {
        match s {
            "yes" => Some(Answer::Yes),
            "no" => Some(Answer::No),
            _ => None,
        }
    }

    /// The state both answers lead to from an open state: a no declines, two yeses accept.
    pub fn settle(state: PairState, mentor: Option<Answer>, mentee: Option<Answer>) -> PairState {
        match (mentor, mentee) {
            _ if !state.open() => state,
            (Some(Answer::No), _) | (_, Some(Answer::No)) => PairState::Declined,
            (Some(Answer::Yes), Some(Answer::Yes)) => PairState::Accepted,
            _ => state,
        }
    }
}

/// The part a participant plays in a programme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Part {
    Mentor,
    Mentee,
}

impl Part {
    pub fn code(self) -> &'static str {
        match self {
            Part::Mentor => "mentor",
            Part::Mentee => "mentee",
        }
    }

    pub fn parse(s: &str) -> Option<Part> {
        match s {
            "mentor" => Some(Part::Mentor),
            "mentee" => Some(Part::Mentee),
            _ => None,
        }
    }
}

/// What kind of programme it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProgrammeKind {
    Mentoring,
    PeerCoaching,
}

impl ProgrammeKind {
    pub const ALL: [ProgrammeKind; 2] = [ProgrammeKind::Mentoring, ProgrammeKind::PeerCoaching];

    pub fn code(self) -> &'static str {
        match self {
            ProgrammeKind::Mentoring => "mentoring",
            ProgrammeKind::PeerCoaching => "peer_coaching",
        }
    }

    pub fn parse(s: &str) -> Option<ProgrammeKind> {
        ProgrammeKind::ALL.into_iter().find(|x| x.code() == s)
    }
}

/// A coordinator's rule about one mentor and one mentee.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PairRule {
    /// Always pair them.
    Lock,
    /// Never pair them.
    Forbid,
}

impl PairRule {
    pub fn code(self) -> &'static str {
        match self {
            PairRule::Lock => "lock",
            PairRule::Forbid => "forbid",
        }
    }

    pub fn parse(s: &str) -> Option<PairRule> {
        match s {
            "lock" => Some(PairRule::Lock),
            "forbid" => Some(PairRule::Forbid),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn states_kinds_parts_and_rules_round_trip_through_their_codes() {
        for s in PairState::ALL {
            assert_eq!(PairState::parse(s.code()), Some(s));
        }
        for k in ProgrammeKind::ALL {
            assert_eq!(ProgrammeKind::parse(k.code()), Some(k));
        }
        for p in [Part::Mentor, Part::Mentee] {
            assert_eq!(Part::parse(p.code()), Some(p));
        }
        for r in [PairRule::Lock, PairRule::Forbid] {
            assert_eq!(PairRule::parse(r.code()), Some(r));
        }
        for a in [Answer::Yes, Answer::No] {
            assert_eq!(Answer::parse(a.code()), Some(a));
        }
        assert_eq!((PairState::parse("welcomed"), Answer::parse(""), Part::parse("coach")), (None, None, None));
    }

    #[test]
    fn a_no_declines_two_yeses_accept_and_a_settled_pair_stays_settled() {
        use Answer::{No, Yes};
        use PairState::*;
        assert_eq!(Answer::settle(Proposed, Some(Yes), None), Proposed);
        assert_eq!(Answer::settle(Proposed, Some(Yes), Some(Yes)), Accepted);
        assert_eq!(Answer::settle(Locked, Some(Yes), Some(Yes)), Accepted);
        assert_eq!(Answer::settle(Proposed, None, Some(No)), Declined);
        assert_eq!(Answer::settle(Locked, Some(No), Some(Yes)), Declined);
        assert_eq!(Answer::settle(Accepted, Some(No), Some(No)), Accepted);
        assert_eq!(Answer::settle(Declined, Some(Yes), Some(Yes)), Declined);
    }

    #[test]
    fn matching_again_keeps_locked_accepted_and_welcomed_pairs_only() {
        assert!(PairState::Locked.kept(false) && PairState::Accepted.kept(false));
        assert!(PairState::Proposed.kept(true) && !PairState::Proposed.kept(false));
        assert!(!PairState::Declined.kept(true));
        assert!(PairState::Proposed.open() && PairState::Locked.open());
        assert!(!PairState::Accepted.open() && !PairState::Declined.open());
    }
}
