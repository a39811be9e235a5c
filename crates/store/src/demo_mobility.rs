//! Loads the demo's mobility through the same store calls people's actions use: the hospital
//! offers fixed hospitation weeks, Lindøy a job swap between home-care districts, Fjordvik a
//! visit to a school; one nurse from Fjordvik has completed hospitation at the hospital and
//! another is agreed for the job swap next month.

use crate::audit::Actor;
use crate::competences::CompetenceId;
use crate::db::Db;
use crate::error::Result;
use crate::mobility::NewOpportunity;
use crate::mobility_flow::{Agreement, Evaluation};
use chrono::{Datelike, Duration, NaiveDate};
use saman_domain::experts::Visibility;
use saman_domain::mobility::{Direction, OpportunityKind, Period, Side, parse_weeks};
use saman_domain::{OrgId, PersonId, UnitId};
use sqlx::Row;

impl Db {
    async fn demo_competence(&self, key: &str) -> Result<Option<CompetenceId>> {
        let id: Option<i64> = sqlx::query_scalar("SELECT id FROM competences WHERE key = $1 AND organisation_id IS NULL")
            .bind(key)
            .fetch_optional(&self.pool)
            .await?;
        Ok(id.map(CompetenceId))
    }

    /// The first units with a leader and a name like `pattern`: (unit, leader).
    async fn demo_led_units(&self, org: OrgId, pattern: &str) -> Result<Vec<(UnitId, PersonId)>> {
        let rows = sqlx::query("SELECT id, leader_person_id FROM units WHERE organisation_id = $1 AND leader_person_id IS NOT NULL AND name LIKE $2 ORDER BY id LIMIT 20")
            .bind(org.0)
            .bind(pattern)
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(|r| Ok((UnitId(r.try_get("id")?), PersonId(r.try_get("leader_person_id")?)))).collect()
    }

    /// `orgs` are the demo's organisations in order (municipalities, then the hospital trust last);
    /// `people[o]` the person ids of organisation `o`, of whom `skip` are demo accounts.
    pub(crate) async fn load_demo_mobility(&self, orgs: &[OrgId], people: &[Vec<i64>], skip: &[PersonId], today: NaiveDate) -> Result<()> {
        let (Some(&fjordvik), Some(&lindoy), Some(&hospital)) = (orgs.first(), orgs.get(1), orgs.last()) else { return Ok(()) };
        let actor = Actor::system("demo");
        let m = self.mobility();
        let ward = self.demo_led_units(hospital, "%").await?;
        let districts = self.demo_led_units(lindoy, "Hjemmetjenesten%").await?;
        let (Some(&(ward, ward_leader)), Some(&(district, district_leader))) = (ward.first(), districts.first()) else { return Ok(()) };
        let mut competences = vec![];
        for k in ["utskrivningsklare-pasienter", "intravenos-behandling"] {
            competences.extend(self.demo_competence(k).await?);
        }
        let next_year = today.year() + 1;
        let hospitation = NewOpportunity {
            unit: Some(ward),
            person: None,
            kind: OpportunityKind::Hospitation,
            direction: Direction::Offer,
            title: "Hospitering på medisinsk sengepost".into(),
            description: "Fem dager på sengeposten for sykepleiere og helsefagarbeidere fra kommunene: utskrivning, samstemming av legemidler og overgangen hjem. Lønn og vilkår følger arbeidsgiveren.".into(),
            reach: Visibility::Network,
            places: 2,
            open_to: vec![],
            percent: 100,
            periods: parse_weeks("12, 22, 45-46", next_year).unwrap_or_default(),
            competences: competences.clone(),
        };
        let (hosp_id, _) = m.create(&actor, hospital, &hospitation).await?;
        let swap = NewOpportunity {
            unit: Some(district),
            person: None,
            kind: OpportunityKind::JobSwap,
            direction: Direction::Offer,
            title: "Jobbytte mellom hjemmetjenestene".into(),
            description: "Bytt plass med en kollega i hjemmetjenesten i Lindøy i to uker og se hvordan de bruker velferdsteknologi.".into(),
            reach: Visibility::Network,
            places: 1,
            open_to: vec![],
            percent: 100,
            periods: vec![],
            competences: self.demo_competence("velferdsteknologi").await?.into_iter().collect(),
        };
        let (swap_id, _) = m.create(&actor, lindoy, &swap).await?;
        if let Some(&(school, _)) = self.demo_led_units(fjordvik, "%barneskole%").await?.first() {
            let visit = NewOpportunity {
                unit: Some(school),
                person: None,
                kind: OpportunityKind::Visit,
                direction: Direction::Offer,
                title: "Besøk: lesekurs i småskolen".into(),
                description: "Se hvordan vi jobber med lesing i 1.–4. trinn, og ta med ideer hjem.".into(),
                reach: Visibility::Org,
                places: 3,
                open_to: vec![],
                percent: 20,
                periods: vec![],
                competences: vec![],
            };
            m.create(&actor, fjordvik, &visit).await?;
        }
        // Two nurses from Fjordvik who are not demo accounts.
        let mut nurses = people.first().into_iter().flatten().map(|p| PersonId(*p)).filter(|p| !skip.contains(p));
        let (Some(first), Some(second)) = (nurses.nth(5), nurses.nth(7)) else { return Ok(()) };
        // Monday to Friday six weeks ago, and two weeks from the Monday a month ahead.
        let monday = today - Duration::days(i64::from(today.weekday().num_days_from_monday()));
        let done =
            Period::new(monday - Duration::days(42), monday - Duration::days(38)).unwrap_or(Period { starts_on: today, ends_on: today });
        let p = m.apply(&actor, hosp_id, fjordvik, first, None, "Jeg vil forstå hva som skjer før pasientene kommer hjem til oss.").await?;
        m.approve(&actor, p, None).await?;
        let agreement = Agreement {
            host: None,
            period: done,
            goals: "Følge pasientforløpet fra innleggelse til utskrivning; samstemme legemiddellister.".into(),
            contact: ward_leader,
            tasks: "Følge sykepleier på dagvakt, delta i utskrivningssamtaler, legemiddelsamstemming.".into(),
            percent: 100,
        };
        m.accept(&actor, p, &agreement).await?;
        m.add_log(&actor, p, first, "Dag 2: så hvor mye tid en god epikrise sparer oss i hjemmetjenesten.").await?;
        let ev =
            |side, person, rating, learnt: &str| Evaluation { side, person, rating, learnt: learnt.into(), improve: None, answered_at: 0 };
        m.evaluate(&actor, p, &ev(Side::Participant, first, 5, "Forstår nå utskrivningsprosessen og tar med sjekklisten hjem."), today)
            .await?;
        m.evaluate(&actor, p, &ev(Side::Host, ward_leader, 5, "Gode spørsmål om overgangen hjem; vi lærte også av henne."), today).await?;
        let next = Period::new(monday + Duration::days(28), monday + Duration::days(39)).unwrap_or(done);
        let q = m.apply(&actor, swap_id, fjordvik, second, Some(next), "Vil se velferdsteknologi i bruk.").await?;
        m.approve(&actor, q, None).await?;
        let swap_agreement = Agreement {
            host: None,
            period: next,
            goals: "Lære oppsett og oppfølging av digitalt tilsyn.".into(),
            contact: district_leader,
            tasks: "Hjemmebesøk med kollega, oppfølging av digitalt tilsyn.".into(),
            percent: 100,
        };
        m.accept(&actor, q, &swap_agreement).await?;
        self.load_demo_mentoring(fjordvik, people.first().map(Vec::as_slice).unwrap_or_default(), skip).await
    }

    /// A mentoring programme in Fjordvik with mentors and mentees signed up, waiting for HR to
    /// match them (the demo nurse among the mentees).
    async fn load_demo_mentoring(&self, org: OrgId, people: &[i64], accounts: &[PersonId]) -> Result<()> {
        let actor = Actor::system("demo");
        let rules = saman_domain::mentoring::Rules {
            units: saman_domain::mentoring::Across::Preferred,
            professions: saman_domain::mentoring::Across::Any,
        };
        let programme = crate::mentoring::NewProgramme {
            title: "Første år som sykepleier".into(),
            description:
                "Nyutdannede sykepleiere får en erfaren mentor fra en annen enhet det første året. Vi møtes en time annenhver uke.".into(),
            kind: saman_domain::mentoring::ProgrammeKind::Mentoring,
            reach: Visibility::Org,
            rules,
        };
        let id = self.mentoring().create(&actor, org, &programme).await?;
        let mentor_goals = [
            "Dele erfaring med veiledning, turnus og samarbeid med pårørende",
            "Veiledning i legemiddelhåndtering og dokumentasjon",
            "Hjelpe nye kolleger med prioritering og stressmestring",
            "Dele erfaring med demensomsorg og miljøbehandling",
        ];
        let mentee_goals = [
            "Trygghet i første turnus og samarbeid med pårørende",
            "Bli sikrere på legemiddelhåndtering",
            "Lære prioritering på travle vakter",
            "Forstå demensomsorg bedre",
            "Veiledning i dokumentasjon",
        ];
        let mut others = people.iter().map(|p| PersonId(*p)).filter(|p| !accounts.contains(p)).skip(20).step_by(7);
        for goals in mentor_goals {
            let Some(p) = others.next() else { break };
            self.mentoring().join(&actor, id, p, org, saman_domain::mentoring::Part::Mentor, 2, goals, &[]).await?;
        }
        for goals in mentee_goals {
            let Some(p) = others.next() else { break };
            self.mentoring().join(&actor, id, p, org, saman_domain::mentoring::Part::Mentee, 0, goals, &[]).await?;
        }
        Ok(())
    }
}
