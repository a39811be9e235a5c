//! E-mail to the people concerned, in their own language: queued in the outbox (sent by
//! `saman-mail` in the background, so a slow mail server never holds up anyone's action).
//! Every mail carries a key naming its event, so it is queued once however often asked.

mod mobility;

use crate::App;
use saman_domain::learning::{Respondent, follow_up_due};
use saman_domain::{Lang, OrgId, PersonId};
use saman_i18n::{Arg, t_args};
use saman_store::{Activity, Cohort, Db, EnrolOutcome, NewMail, Notice, StoreError, parse_people};

/// Queues one mail per person with an e-mail address.
#[allow(clippy::too_many_arguments)]
pub(super) async fn tell(
    db: &Db,
    org: OrgId,
    people: &[PersonId],
    key: &str,
    subject: &str,
    body: &str,
    args: &[(&str, String)],
    link: Option<&str>,
) -> Result<(), StoreError> {
    let contacts = db.contacts(people).await?;
    let mut mails = Vec::with_capacity(contacts.len());
    for (person, email, lang) in contacts {
        let lang = lang.unwrap_or(Lang::Nb);
        let args: Vec<(&str, Arg)> = args
            .iter()
            .map(|(k, v)| (*k, Arg::Str(if *k == "next" && v.is_empty() { saman_i18n::t(lang, "mail-no-session") } else { v.clone() })))
            .collect();
        let open = link.map(|l| format!("\n\n{}: {l}", saman_i18n::t(lang, "mail-open"))).unwrap_or_default();
        let text = format!("{}{open}\n\n{}", t_args(lang, body, &args), t_args(lang, "mail-signature", &[]));
        mails.push(NewMail {
            org: Some(org),
            recipient: email,
            subject: t_args(lang, subject, &args),
            body: text,
            key: format!("{key}:{}", person.0),
        });
    }
    db.enqueue_mails(&mails).await?;
    Ok(())
}

/// The first coming session of the cohort, as text, or nothing.
async fn next_session(db: &Db, cohort: i64) -> String {
    let now = crate::clock::now_local();
    match db.learning().sessions(&[cohort]).await {
        Ok(s) => s
            .iter()
            .find(|x| x.starts_at >= now)
            .map(|x| format!("{}, {}", x.starts_at.format("%d.%m.%Y %H:%M"), x.place))
            .unwrap_or_default(),
        Err(e) => {
            tracing::error!(error = %e, cohort, "reading the next session for a mail");
            String::new()
        }
    }
}

/// After an enrolment: a place, the waiting list, or waiting for the leader. `told` names the
/// notice, so each enrolment action is its own event: one who cancels and enrols again is told again.
async fn enrolled(db: &Db, base: Option<&str>, a: &Activity, c: &Cohort, out: &EnrolOutcome, told: i64) -> Result<(), StoreError> {
    let link = base.map(|b| format!("{b}/learning/{}", a.id));
    let link = link.as_deref();
    let next = next_session(db, c.id).await;
    let args = [("activity", a.title.clone()), ("cohort", c.name.clone()), ("next", next)];
    let key = |what: &str| format!("{what}:{}:n{told}", c.id);
    tell(db, a.org, &out.enrolled, &key("enrolled"), "mail-enrolled-subject", "mail-enrolled-body", &args, link).await?;
    tell(db, a.org, &out.waiting, &key("waiting"), "mail-waiting-subject", "mail-waiting-body", &args, link).await?;
    tell(db, a.org, &out.pending, &key("pending"), "mail-pending-subject", "mail-pending-body", &args, link).await
}

/// People who moved up from the waiting list; a place may be freed and taken again, and each
/// promotion is its own notice.
async fn promoted(db: &Db, base: Option<&str>, a: &Activity, c: &Cohort, people: &[PersonId], told: i64) -> Result<(), StoreError> {
    let link = base.map(|b| format!("{b}/learning/{}", a.id));
    let args = [("activity", a.title.clone()), ("cohort", c.name.clone()), ("next", next_session(db, c.id).await)];
    let key = format!("promoted:{}:n{told}", c.id);
    tell(db, a.org, people, &key, "mail-enrolled-subject", "mail-enrolled-body", &args, link.as_deref()).await
}

/// Turns the notices written with each change into e-mail, and marks them done. Called right
/// after a change and every minute in the background, so a notice left by a process that
/// stopped in between is still told. A notice that cannot be told now is tried again later.
pub async fn deliver(app: &App, base: Option<&str>) {
    let notices = match app.db.pending_notices(500).await {
        Ok(n) => n,
        Err(e) => {
            tracing::error!(error = %e, "reading notices failed");
            return;
        }
    };
    for n in notices {
        match tell_notice(app, base, &n).await {
            Ok(()) => {
                if let Err(e) = app.db.notice_done(n.id).await {
                    tracing::error!(error = %e, notice = n.id, "marking a notice told failed");
                }
            }
            Err(e) => tracing::error!(error = %e, notice = n.id, kind = %n.kind, "telling a notice failed; tried again later"),
        }
    }
}

async fn tell_notice(app: &App, base: Option<&str>, n: &Notice) -> Result<(), StoreError> {
    let db = &app.db;
    match n.kind.as_str() {
        "enrolled" | "promoted" => {
            let c = db.learning().cohort(n.subject).await?;
            let a = db.learning().activity(c.activity).await?;
            if n.kind == "promoted" {
                return promoted(db, base, &a, &c, &parse_people(&n.detail), n.id).await;
            }
            let part = |name: &str| {
                n.detail
                    .split(';')
                    .find_map(|x| x.strip_prefix(name).and_then(|x| x.strip_prefix('=')))
                    .map(parse_people)
                    .unwrap_or_default()
            };
            let out = EnrolOutcome { enrolled: part("enrolled"), waiting: part("waiting"), pending: part("pending"), already: vec![] };
            enrolled(db, base, &a, &c, &out, n.id).await
        }
        "pairs-proposed" => {
            let p = db.mentoring().get(n.subject).await?;
            let people = db.mentoring().participants(p.id).await?;
            mobility::proposed(app, base, &p, &people).await
        }
        kind => match kind.strip_prefix("placement-") {
            Some(step) => {
                let p = db.mobility().placement(n.subject).await?;
                let o = db.mobility().get(p.opportunity).await?;
                mobility::step(app, base, &p, &o, step).await
            }
            None => {
                tracing::warn!(kind, notice = n.id, "a notice of an unknown kind is left as it is");
                Ok(())
            }
        },
    }
}

/// Reminders a day before each session, and transfer follow-ups when due (with one reminder
/// a fortnight later). Run every few minutes; the keys make each mail go once.
pub async fn sweep(db: &Db, base: Option<&str>) -> Result<(), saman_store::StoreError> {
    let now_local = crate::clock::now_local();
    let now = saman_store::now_unix();
    for org in db.orgs().organisations().await? {
        for a in db.learning().activities(org.id, now_local).await? {
            let cohorts = db.learning().cohorts(a.activity.id).await?;
            for c in &cohorts {
                for s in db.learning().sessions(&[c.id]).await? {
                    if s.starts_at < now_local || s.starts_at > now_local + chrono::Duration::hours(24) {
                        continue;
                    }
                    let people: Vec<PersonId> =
                        db.learning().enrolments(c.id).await?.into_iter().filter(|e| e.status.takes_place()).map(|e| e.person).collect();
                    let args = [
                        ("activity", a.activity.title.clone()),
                        ("cohort", c.name.clone()),
                        ("next", format!("{}, {}", s.starts_at.format("%d.%m.%Y %H:%M"), s.place)),
                    ];
                    let link = base.map(|b| format!("{b}/learning/{}", a.activity.id));
                    tell(
                        db,
                        org.id,
                        &people,
                        &format!("remind:{}", s.id),
                        "mail-reminder-subject",
                        "mail-reminder-body",
                        &args,
                        link.as_deref(),
                    )
                    .await?;
                }
            }
        }
        for who in [Respondent::Participant, Respondent::Leader] {
            for d in db.learning().due_follow_ups(org.id, who, None, now).await? {
                let to = match who {
                    Respondent::Participant => vec![d.person],
                    Respondent::Leader => leader_of(db, org.id, d.person).await?.into_iter().collect(),
                };
                let args =
                    [("activity", d.title.clone()), ("name", d.person_name.clone()), ("cohort", String::new()), ("next", String::new())];
                let (subject, body) = match who {
                    Respondent::Participant => ("mail-follow-up-subject", "mail-follow-up-body"),
                    Respondent::Leader => ("mail-follow-up-subject", "mail-follow-up-leader-body"),
                };
                let key = format!("follow-up:{}:{}", d.enrolment, who.code());
                let link = base.map(|b| format!("{b}/learning#follow-ups"));
                let link = link.as_deref();
                tell(db, org.id, &to, &key, subject, body, &args, link).await?;
                // One reminder, a fortnight after the follow-up fell due.
                let activity = db.learning().activity(d.activity).await?;
                if follow_up_due(d.completed_at, activity.follow_up_days + 14, now) {
                    tell(db, org.id, &to, &format!("follow-up-reminder:{}:{}", d.enrolment, who.code()), subject, body, &args, link)
                        .await?;
                }
            }
        }
    }
    Ok(())
}

/// The nearest leader above the person's (first) current unit, other than the person.
async fn leader_of(db: &Db, org: OrgId, person: PersonId) -> Result<Option<PersonId>, saman_store::StoreError> {
    let today = crate::clock::today();
    let Some(pos) = db.people().positions_of(person).await?.into_iter().find(|p| p.is_current(today)) else { return Ok(None) };
    let units = db.orgs().units(org).await?;
    let mut at = Some(pos.unit);
    while let Some(u) = at.and_then(|id| units.iter().find(|x| x.id == id)) {
        if let Some(l) = u.leader.filter(|l| *l != person) {
            return Ok(Some(l));
        }
        at = u.parent;
    }
    Ok(None)
}
