//! Mentoring and peer-coaching programmes: participants (mentors with capacity, mentees with
//! goals and wanted competences), the coordinator's locked and forbidden pairs, the pairs the
//! matching proposed with why, and each side's answer.

use crate::audit::{Actor, write_audit};
use crate::db::Db;
use crate::error::{Result, StoreError};
use saman_domain::experts::Visibility;
use saman_domain::mentoring::{
    Across, Answer, PairRule, PairState, Part, ProgrammeKind, Proposal, Reason, Rules, decode_reasons, encode_reasons,
};
use saman_domain::{OrgId, PersonId};
use serde::Serialize;
use sqlx::Row;
use sqlx::any::AnyRow;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Programme {
    pub id: i64,
    pub org: OrgId,
    pub title: String,
    pub description: String,
    pub kind: ProgrammeKind,
    /// Who sees it and may join.
    pub reach: Visibility,
    pub rules: Rules,
    pub matched_at: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewProgramme {
    pub title: String,
    pub description: String,
    pub kind: ProgrammeKind,
    pub reach: Visibility,
    pub rules: Rules,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Participant {
    pub id: i64,
    pub programme: i64,
    pub person: PersonId,
    pub person_name: String,
    pub person_org: OrgId,
    pub role: Part,
    pub capacity: i64,
    pub goals: String,
    pub competences: Vec<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Pair {
    pub id: i64,
    pub programme: i64,
    pub mentor: i64,
    pub mentee: i64,
    pub state: PairState,
    pub score: i64,
    pub reasons: Vec<Reason>,
    /// Each side's answer, once given.
    pub mentor_answer: Option<Answer>,
    pub mentee_answer: Option<Answer>,
}

impl Pair {
    /// Stays when matching runs again: locked, accepted, or already welcomed by one side.
    pub fn kept(&self) -> bool {
        self.state.kept(self.mentor_answer == Some(Answer::Yes) || self.mentee_answer == Some(Answer::Yes))
    }
}

pub struct MentoringStore<'a>(pub(crate) &'a Db);

impl Db {
    pub fn mentoring(&self) -> MentoringStore<'_> {
        MentoringStore(self)
    }
}

fn programme_from(r: &AnyRow) -> Result<Programme> {
    let reach: String = r.try_get("reach")?;
    let units: String = r.try_get("across_units")?;
    let professions: String = r.try_get("across_professions")?;
    Ok(Programme {
        id: r.try_get("id")?,
        org: OrgId(r.try_get("organisation_id")?),
        title: r.try_get("title")?,
        description: r.try_get("description")?,
        kind: {
            let kind: String = r.try_get("kind")?;
            ProgrammeKind::parse(&kind).ok_or_else(|| StoreError::Corrupt(format!("programme kind {kind}")))?
        },
        reach: Visibility::parse(&reach).ok_or_else(|| StoreError::Corrupt(format!("reach {reach}")))?,
        rules: Rules {
            units: Across::parse(&units).unwrap_or(Across::Any),
            professions: Across::parse(&professions).unwrap_or(Across::Any),
        },
        matched_at: r.try_get("matched_at")?,
    })
}

fn participant_from(r: &AnyRow) -> Result<Participant> {
    let comps: String = r.try_get("competences")?;
    Ok(Participant {
        id: r.try_get("id")?,
        programme: r.try_get("programme_id")?,
        person: PersonId(r.try_get("person_id")?),
        person_name: format!("{} {}", r.try_get::<String, _>("given_name")?, r.try_get::<String, _>("family_name")?),
        person_org: OrgId(r.try_get("person_org_id")?),
        role: {
            let role: String = r.try_get("role")?;
            Part::parse(&role).ok_or_else(|| StoreError::Corrupt(format!("participant role {role}")))?
        },
        capacity: r.try_get("capacity")?,
        goals: r.try_get("goals")?,
        competences: comps.split(',').filter_map(|c| c.parse().ok()).collect(),
    })
}

fn pair_from(r: &AnyRow) -> Result<Pair> {
    Ok(Pair {
        id: r.try_get("id")?,
        programme: r.try_get("programme_id")?,
        mentor: r.try_get("mentor_id")?,
        mentee: r.try_get("mentee_id")?,
        state: {
            let state: String = r.try_get("state")?;
            PairState::parse(&state).ok_or_else(|| StoreError::Corrupt(format!("pair state {state}")))?
        },
        score: r.try_get("score")?,
        reasons: decode_reasons(&r.try_get::<String, _>("reasons")?),
        mentor_answer: Answer::parse(&r.try_get::<String, _>("mentor_answer")?),
        mentee_answer: Answer::parse(&r.try_get::<String, _>("mentee_answer")?),
    })
}

const PROGRAMME: &str =
    "SELECT id, organisation_id, title, description, kind, reach, across_units, across_professions, matched_at FROM programmes";
const PARTICIPANT: &str = "SELECT pp.id, pp.programme_id, pp.person_id, pp.person_org_id, pp.role, pp.capacity, pp.goals, pp.competences, p.given_name, p.family_name \
    FROM programme_participants pp JOIN people p ON p.id = pp.person_id";
const PAIR: &str =
    "SELECT id, programme_id, mentor_id, mentee_id, state, score, reasons, mentor_answer, mentee_answer FROM programme_pairs";

impl MentoringStore<'_> {
    pub async fn create(&self, actor: &Actor, org: OrgId, n: &NewProgramme) -> Result<i64> {
        let mut tx = self.0.write_tx().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO programmes (organisation_id, title, description, kind, reach, across_units, across_professions, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        )
        .bind(org.0)
        .bind(&n.title)
        .bind(&n.description)
        .bind(n.kind.code())
        .bind(n.reach.code())
        .bind(n.rules.units.code())
        .bind(n.rules.professions.code())
        .bind(crate::now_unix())
        .fetch_one(&mut *tx)
        .await?;
        write_audit(&mut tx, actor, Some(org), "create", "programme", Some(id), n.kind.code()).await?;
        tx.commit().await?;
        Ok(id)
    }

    pub async fn get(&self, id: i64) -> Result<Programme> {
        let sql = format!("{PROGRAMME} WHERE id = $1");
        programme_from(&sqlx::query(&sql).bind(id).fetch_optional(&self.0.pool).await?.ok_or(StoreError::NotFound)?)
    }

    /// The organisations' programmes, newest first.
    pub async fn in_orgs(&self, orgs: &[OrgId]) -> Result<Vec<Programme>> {
        let mut out = vec![];
        for o in orgs {
            let sql = format!("{PROGRAMME} WHERE organisation_id = $1");
            for r in sqlx::query(&sql).bind(o.0).fetch_all(&self.0.pool).await? {
                out.push(programme_from(&r)?);
            }
        }
        out.sort_by_key(|b| std::cmp::Reverse(b.id));
        Ok(out)
    }

    /// Joins the programme as mentor (with capacity and competences to share) or mentee (with
    /// goals and competences wanted). Once per person.
    #[allow(clippy::too_many_arguments)]
    pub async fn join(
        &self,
        actor: &Actor,
        programme: i64,
        person: PersonId,
        person_org: OrgId,
        role: Part,
        capacity: i64,
        goals: &str,
        competences: &[i64],
    ) -> Result<i64> {
        let p = self.get(programme).await?;
        let mut tx = self.0.write_tx().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO programme_participants (organisation_id, programme_id, person_id, person_org_id, role, capacity, goals, competences, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
        )
        .bind(p.org.0)
        .bind(programme)
        .bind(person.0)
        .bind(person_org.0)
        .bind(role.code())
        .bind(capacity)
        .bind(goals)
        .bind(competences.iter().map(i64::to_string).collect::<Vec<_>>().join(","))
        .bind(crate::now_unix())
        .fetch_one(&mut *tx)
        .await
        .map_err(|e| match StoreError::unique(e, "participant") {
            StoreError::Duplicate(_) => StoreError::Refused("mentoring-refused-joined"),
            other => other,
        })?;
        write_audit(&mut tx, actor, Some(p.org), "join", "programme", Some(programme), role.code()).await?;
        tx.commit().await?;
        Ok(id)
    }

    pub async fn participants(&self, programme: i64) -> Result<Vec<Participant>> {
        let sql = format!("{PARTICIPANT} WHERE pp.programme_id = $1 ORDER BY pp.id");
        sqlx::query(&sql).bind(programme).fetch_all(&self.0.pool).await?.iter().map(participant_from).collect()
    }

    pub async fn pairs(&self, programme: i64) -> Result<Vec<Pair>> {
        let sql = format!("{PAIR} WHERE programme_id = $1 ORDER BY id");
        sqlx::query(&sql).bind(programme).fetch_all(&self.0.pool).await?.iter().map(pair_from).collect()
    }

    pub async fn pair(&self, id: i64) -> Result<Pair> {
        let sql = format!("{PAIR} WHERE id = $1");
        pair_from(&sqlx::query(&sql).bind(id).fetch_optional(&self.0.pool).await?.ok_or(StoreError::NotFound)?)
    }

    /// The coordinator's rules: (mentor, mentee, rule).
    pub async fn rules(&self, programme: i64) -> Result<Vec<(i64, i64, PairRule)>> {
        let rows = sqlx::query("SELECT mentor_id, mentee_id, rule FROM programme_rules WHERE programme_id = $1 ORDER BY id")
            .bind(programme)
            .fetch_all(&self.0.pool)
            .await?;
        rows.iter()
            .map(|r| {
                let rule: String = r.try_get("rule")?;
                let rule = PairRule::parse(&rule).ok_or_else(|| StoreError::Corrupt(format!("pair rule {rule}")))?;
                Ok((r.try_get("mentor_id")?, r.try_get("mentee_id")?, rule))
            })
            .collect()
    }

    /// Locks or forbids a pair. A lock replaces the mentee's proposals with the locked pair;
    /// a ban removes the pair if it was only proposed.
    pub async fn set_rule(
        &self,
        actor: &Actor,
        programme: i64,
        mentor: i64,
        mentee: i64,
        rule: PairRule,
        fit: Option<(i64, &[Reason])>,
    ) -> Result<()> {
        let p = self.get(programme).await?;
        let mut tx = self.0.write_tx().await?;
        sqlx::query("DELETE FROM programme_rules WHERE mentor_id = $1 AND mentee_id = $2")
            .bind(mentor)
            .bind(mentee)
            .execute(&mut *tx)
            .await?;
        if rule == PairRule::Lock {
            // One lock per mentee: a new one replaces the old.
            sqlx::query("DELETE FROM programme_rules WHERE mentee_id = $1 AND rule = 'lock'").bind(mentee).execute(&mut *tx).await?;
        }
        sqlx::query("INSERT INTO programme_rules (organisation_id, programme_id, mentor_id, mentee_id, rule) VALUES ($1, $2, $3, $4, $5)")
            .bind(p.org.0)
            .bind(programme)
            .bind(mentor)
            .bind(mentee)
            .bind(rule.code())
            .execute(&mut *tx)
            .await?;
        if rule == PairRule::Lock {
            sqlx::query("DELETE FROM programme_pairs WHERE programme_id = $1 AND mentee_id = $2 AND state IN ('proposed', 'locked')")
                .bind(programme)
                .bind(mentee)
                .execute(&mut *tx)
                .await?;
            let (score, reasons) = fit.unwrap_or((0, &[]));
            insert_pair(&mut tx, p.org, programme, mentor, mentee, PairState::Locked, score, reasons).await?;
        } else {
            sqlx::query("DELETE FROM programme_pairs WHERE programme_id = $1 AND mentor_id = $2 AND mentee_id = $3 AND state IN ('proposed', 'locked')")
                .bind(programme)
                .bind(mentor)
                .bind(mentee)
                .execute(&mut *tx)
                .await?;
        }
        write_audit(&mut tx, actor, Some(p.org), rule.code(), "programme_pair", Some(programme), &format!("{mentor}-{mentee}")).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Replaces the pairs that are only proposed (and not welcomed by either side) with `new`:
    /// a pair in both stays as it is (same row, nobody told again), the others go or come.
    pub async fn save_plan(&self, actor: &Actor, programme: i64, new: &[Proposal]) -> Result<()> {
        let p = self.get(programme).await?;
        let mut tx = self.0.write_tx().await?;
        let open = sqlx::query("SELECT id, mentor_id, mentee_id FROM programme_pairs WHERE programme_id = $1 AND state = 'proposed' AND mentor_answer <> 'yes' AND mentee_answer <> 'yes'")
            .bind(programme)
            .fetch_all(&mut *tx)
            .await?;
        let mut existing = std::collections::HashSet::new();
        for r in &open {
            let (id, mentor, mentee): (i64, i64, i64) = (r.try_get("id")?, r.try_get("mentor_id")?, r.try_get("mentee_id")?);
            if new.iter().any(|x| x.mentor == mentor && x.mentee == mentee) {
                existing.insert((mentor, mentee));
            } else {
                sqlx::query("DELETE FROM programme_pairs WHERE id = $1").bind(id).execute(&mut *tx).await?;
            }
        }
        for x in new.iter().filter(|x| !existing.contains(&(x.mentor, x.mentee))) {
            insert_pair(&mut tx, p.org, programme, x.mentor, x.mentee, PairState::Proposed, x.score, &x.reasons).await?;
        }
        let now = crate::now_unix();
        sqlx::query("UPDATE programmes SET matched_at = $1 WHERE id = $2").bind(now).bind(programme).execute(&mut *tx).await?;
        write_audit(&mut tx, actor, Some(p.org), "match", "programme", Some(programme), &format!("{} pairs", new.len())).await?;
        crate::notices::notice(&mut tx, "pairs-proposed", programme, "").await?;
        tx.commit().await?;
        Ok(())
    }

    /// One side answers. A no declines the pair; two yeses accept it. Returns the new state.
    /// Each side writes only its own answer, and the state follows from both as stored, so two
    /// answers at once cannot undo each other.
    pub async fn answer(&self, actor: &Actor, pair: i64, side: Part, answer: Answer) -> Result<PairState> {
        let x = self.pair(pair).await?;
        let p = self.get(x.programme).await?;
        let column = match side {
            Part::Mentor => "mentor_answer",
            Part::Mentee => "mentee_answer",
        };
        let mut tx = self.0.write_tx().await?;
        let sql = format!("UPDATE programme_pairs SET {column} = $1 WHERE id = $2 AND state IN ('proposed', 'locked') AND {column} = ''");
        if sqlx::query(&sql).bind(answer.code()).bind(pair).execute(&mut *tx).await?.rows_affected() != 1 {
            return Err(StoreError::Refused("mentoring-refused-answered"));
        }
        sqlx::query(
            "UPDATE programme_pairs SET state = CASE WHEN mentor_answer = 'no' OR mentee_answer = 'no' THEN 'declined' \
             WHEN mentor_answer = 'yes' AND mentee_answer = 'yes' THEN 'accepted' ELSE state END WHERE id = $1",
        )
        .bind(pair)
        .execute(&mut *tx)
        .await?;
        let state: String = sqlx::query_scalar("SELECT state FROM programme_pairs WHERE id = $1").bind(pair).fetch_one(&mut *tx).await?;
        let state = PairState::parse(&state).ok_or_else(|| StoreError::Corrupt(format!("pair state {state}")))?;
        let what = if answer == Answer::Yes { "accept" } else { "decline" };
        write_audit(&mut tx, actor, Some(p.org), what, "programme_pair", Some(pair), "").await?;
        tx.commit().await?;
        Ok(state)
    }
}

#[allow(clippy::too_many_arguments)]
async fn insert_pair(
    conn: &mut sqlx::AnyConnection,
    org: OrgId,
    programme: i64,
    mentor: i64,
    mentee: i64,
    state: PairState,
    score: i64,
    reasons: &[Reason],
) -> Result<()> {
    sqlx::query(
        "INSERT INTO programme_pairs (organisation_id, programme_id, mentor_id, mentee_id, state, score, reasons, mentor_answer, mentee_answer, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, '', '', $8)",
    )
    .bind(org.0)
    .bind(programme)
    .bind(mentor)
    .bind(mentee)
    .bind(state.code())
    .bind(score)
    .bind(encode_reasons(reasons))
    .bind(crate::now_unix())
    .execute(&mut *conn)
    .await?;
    Ok(())
}
