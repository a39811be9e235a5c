//! The expert pool ("ressursbank"): people offer to share a competence ("spør meg om …")
//! and choose who sees the offer. Who may see an offer, and ranked search over offers with
//! Norwegian-aware matching: case and æ/ø/å folding, inflected forms by the Snowball
//! Norwegian stemmer, and parts of compound words ("sår" finds "sårbehandling").

use crate::access::Access;
use crate::search::fold;
use crate::{NetworkId, OrgId, PersonId, UnitId};
use rust_stemmers::{Algorithm, Stemmer};
use serde::{Deserialize, Serialize};
use std::sync::LazyLock;

/// Who sees an offer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Visibility {
    /// Colleagues in the same unit, their leaders and HR.
    Unit,
    /// Everyone in the organisation.
    Org,
    /// Everyone in the organisations of the network.
    Network,
}

impl Visibility {
    pub const ALL: [Visibility; 3] = [Visibility::Unit, Visibility::Org, Visibility::Network];

    pub fn code(self) -> &'static str {
        match self {
            Visibility::Unit => "unit",
            Visibility::Org => "org",
            Visibility::Network => "network",
        }
    }

    pub fn parse(s: &str) -> Option<Visibility> {
        Visibility::ALL.into_iter().find(|v| v.code() == s)
    }
}

/// Where an offer lives, for deciding who sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfferScope {
    pub org: OrgId,
    pub network: Option<NetworkId>,
    pub person: PersonId,
    pub visibility: Visibility,
    /// For each of the offering person's current positions: that unit and all above it.
    pub ancestries: Vec<Vec<UnitId>>,
}

/// What the viewer is, beyond their grants.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Viewer {
    /// The units where the viewer's own person holds a position.
    pub own_units: Vec<UnitId>,
    /// The networks of the organisations the viewer belongs to.
    pub networks: Vec<NetworkId>,
}

impl Access {
    /// May see the offer. The person always sees their own.
    pub fn sees_offer(&self, viewer: &Viewer, offer: &OfferScope) -> bool {
        if self.is_admin() || self.person == Some((offer.org, offer.person)) || self.manages_org(offer.org) {
            return true;
        }
        let in_org = self.member_orgs().contains(&offer.org);
        match offer.visibility {
            Visibility::Network => {
                in_org || offer.network.is_some_and(|n| viewer.networks.contains(&n) || self.coordinated_networks().contains(&n))
            }
            Visibility::Org => in_org,
            Visibility::Unit => {
                let led = self.led_units(offer.org);
                let same_unit = self.person.is_some_and(|(o, _)| o == offer.org)
                    && offer.ancestries.iter().any(|a| a.first().is_some_and(|u| viewer.own_units.contains(u)));
                same_unit || offer.ancestries.iter().any(|a| a.iter().any(|u| led.contains(u)))
            }
        }
    }
}

/// The text an offer is found by.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct OfferText<'a> {
    /// The competence's names (all languages) and key.
    pub competence: Vec<&'a str>,
    pub note: &'a str,
    pub person: &'a str,
}

static STEMMER: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::Norwegian));

/// The stems of the words of a text, folded.
pub fn stems(text: &str) -> Vec<String> {
    fold(text).split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(|w| STEMMER.stem(w).into_owned()).collect()
}

/// How well one query stem matches a set of stems: whole word 3, the same start 2,
/// inside a compound word 1.
fn match_score(term: &str, words: &[String]) -> u32 {
    words
        .iter()
        .map(|w| {
            if w == term {
                3
            } else if (term.chars().count() >= 3 && w.starts_with(term)) || (w.chars().count() >= 4 && term.starts_with(w.as_str())) {
                // One side's stem ends earlier ("veileder" from "veiledere", "veiled" from "veileder").
                2
            } else if term.chars().count() >= 3 && w.contains(term) {
                1
            } else {
                0
            }
        })
        .max()
        .unwrap_or(0)
}

/// A prepared query: its stems.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Query {
    terms: Vec<String>,
}

impl Query {
    pub fn new(q: &str) -> Query {
        let mut terms = stems(q);
        terms.truncate(8);
        Query { terms }
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// The score of a text, or `None` when some word of the query matches nothing. A match in
    /// the competence's name weighs three times one in the note; the person's name counts too.
    pub fn score(&self, text: &OfferText) -> Option<u32> {
        if self.terms.is_empty() {
            return Some(0);
        }
        let competence: Vec<String> = text.competence.iter().flat_map(|s| stems(s)).collect();
        let note = stems(text.note);
        let person = stems(text.person);
        let mut total = 0;
        for t in &self.terms {
            let s = 3 * match_score(t, &competence) + match_score(t, &note) + 2 * match_score(t, &person);
            if s == 0 {
                return None;
            }
            total += s;
        }
        Some(total)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Grant;

    fn text<'a>(competence: &'a str, note: &'a str) -> OfferText<'a> {
        OfferText { competence: vec![competence], note, person: "Kari Nordmann" }
    }

    #[test]
    fn inflected_forms_and_letters() {
        let q = Query::new("sårbehandlingen");
        assert!(q.score(&text("Sårbehandling", "")).is_some());
        let q = Query::new("SAR");
        assert!(q.score(&text("Sårbehandling", "")).is_none(), "å is not a");
        let q = Query::new("sår");
        assert!(q.score(&text("Sårbehandling", "")).is_some(), "part of a compound");
        let q = Query::new("veiledere");
        assert!(q.score(&text("Veileder for lærlinger", "")).is_some());
        let q = Query::new("demens");
        assert!(q.score(&text("Legemiddelhåndtering", "")).is_none());
    }

    #[test]
    fn competence_name_outranks_note() {
        let q = Query::new("demens");
        let name = q.score(&text("Demensomsorg", "")).unwrap();
        let note = q.score(&text("Legemiddelhåndtering", "mye erfaring med demens")).unwrap();
        assert!(name > note, "{name} > {note}");
        assert!(Query::new("demens omsorg").score(&text("Demensomsorg", "")).is_some());
        assert!(Query::new("demens kirurgi").score(&text("Demensomsorg", "")).is_none(), "every word must match");
    }

    fn scope(visibility: Visibility) -> OfferScope {
        OfferScope {
            org: OrgId(1),
            network: Some(NetworkId(9)),
            person: PersonId(5),
            visibility,
            ancestries: vec![vec![UnitId(30), UnitId(3), UnitId(1)]],
        }
    }

    #[test]
    fn who_sees_an_offer() {
        let colleague = Access { grants: vec![Grant::Employee { org: OrgId(1) }], person: Some((OrgId(1), PersonId(6))) };
        let same_unit = Viewer { own_units: vec![UnitId(30)], networks: vec![NetworkId(9)] };
        let other_unit = Viewer { own_units: vec![UnitId(31)], networks: vec![NetworkId(9)] };
        assert!(colleague.sees_offer(&same_unit, &scope(Visibility::Unit)));
        assert!(!colleague.sees_offer(&other_unit, &scope(Visibility::Unit)));
        assert!(colleague.sees_offer(&other_unit, &scope(Visibility::Org)));

        let leader = Access { grants: vec![Grant::Leader { org: OrgId(1), unit: UnitId(3) }], person: None };
        assert!(leader.sees_offer(&Viewer::default(), &scope(Visibility::Unit)));

        let neighbour = Access { grants: vec![Grant::Employee { org: OrgId(2) }], person: Some((OrgId(2), PersonId(70))) };
        let in_network = Viewer { own_units: vec![], networks: vec![NetworkId(9)] };
        assert!(neighbour.sees_offer(&in_network, &scope(Visibility::Network)));
        assert!(!neighbour.sees_offer(&in_network, &scope(Visibility::Org)));
        assert!(!neighbour.sees_offer(&Viewer::default(), &scope(Visibility::Network)), "not in the network");

        let me = Access { grants: vec![Grant::Employee { org: OrgId(1) }], person: Some((OrgId(1), PersonId(5))) };
        assert!(me.sees_offer(&Viewer::default(), &scope(Visibility::Unit)));
    }
}
