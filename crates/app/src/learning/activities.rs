//! Activities: what they are, what completing them gives, and who may create and change them.

use crate::access::learning::sees_activities;
use crate::input::Parsed;
use crate::{Actor, App, Error, Problems, Result};
use saman_domain::OrgId;
use saman_domain::learning::{ActivityKind, CompletionRule, FOLLOW_UP_DAYS, HANDLES};
use saman_domain::parse;
use saman_store::{Activity, CompetenceRow, NewActivity};

/// An activity as someone entered it.
#[derive(Debug, Clone)]
pub struct ActivityDraft {
    /// The kind's code (`course`, `practice`, ...).
    pub kind: String,
    /// One of the twelve handles, or empty.
    pub handle: String,
    pub title: String,
    pub description: String,
    pub link: String,
    pub competence: Parsed<i64>,
    /// On the competence's scale; absent means the lowest level.
    pub level: Parsed<i64>,
    /// `all`, `passed`, or `min` with `min_sessions`.
    pub rule: String,
    pub min_sessions: Parsed<i64>,
    pub needs_approval: bool,
    pub target: Parsed<i64>,
    pub credits: Parsed<i64>,
    /// Days after completion to ask whether it changed practice; absent means the default.
    pub follow_up_days: Parsed<i64>,
}

/// The activity, if the actor sees its organisation's activities; otherwise not found.
pub async fn activity(app: &App, actor: &Actor, id: i64) -> Result<Activity> {
    let a = app.db.learning().activity(id).await?;
    if sees_activities(&actor.access, a.org) { Ok(a) } else { Err(Error::NotFound) }
}

/// Checks a draft against the organisation's catalogue; every problem names its field.
pub fn check_activity(d: &ActivityDraft, cat: &[CompetenceRow]) -> Result<NewActivity> {
    let mut p = Problems::default();
    let kind = ActivityKind::parse(&d.kind);
    if kind.is_none() {
        p.add("kind", if d.kind.trim().is_empty() { "err-required" } else { "err-bad-choice" });
    }
    let handle = match d.handle.trim() {
        "" => None,
        h if HANDLES.contains(&h) => Some(h.to_string()),
        _ => {
            p.add("handle", "err-bad-choice");
            None
        }
    };
    let title = p.check("title", parse::text(&d.title, 200));
    let description = p.check("description", parse::optional_text(&d.description, 4000)).flatten().unwrap_or_default();
    let link = p.check("link", parse::optional_text(&d.link, 500)).flatten();
    if link.as_deref().is_some_and(|l| !(l.starts_with("https://") || l.starts_with("http://"))) {
        p.add("link", "err-bad-link");
    }
    let competence = match d.competence {
        Ok(None) => None,
        Ok(Some(id)) => {
            let c = cat.iter().find(|x| x.id.0 == id);
            if c.is_none() {
                p.add("competence", "err-bad-choice");
            }
            c
        }
        Err(_) => {
            p.add("competence", "err-bad-choice");
            None
        }
    };
    let level = competence.and_then(|c| {
        let level = if matches!(d.level, Ok(None)) { Ok(Some(1)) } else { d.level };
        p.within("level", level, 1, crate::holdings::max_level(&c.scale))
    });
    let rule = match d.rule.trim() {
        "all" => Some(CompletionRule::AllSessions),
        "passed" => Some(CompletionRule::Passed),
        "min" => p.required_within("min_sessions", d.min_sessions, 1, 1000).map(|n| CompletionRule::AtLeast(n as u32)),
        "" => {
            p.add("rule", "err-required");
            None
        }
        _ => {
            p.add("rule", "err-bad-choice");
            None
        }
    };
    let target = p.within("target", d.target, 1, 10_000_000);
    let credits = p.within("credits", d.credits, 1, 300);
    let follow_up_days = match d.follow_up_days {
        Ok(None) => Some(FOLLOW_UP_DAYS),
        v => p.within("follow_up_days", v, 0, 730),
    };
    p.done()?;
    match (kind, title, rule, follow_up_days) {
        (Some(kind), Some(title), Some(rule), Some(follow_up_days)) => Ok(NewActivity {
            kind,
            handle,
            title,
            description,
            link,
            competence: competence.map(|c| c.id),
            level,
            rule,
            needs_approval: d.needs_approval,
            target,
            credits,
            follow_up_days,
        }),
        _ => Err(Error::invalid("title", "err-required")),
    }
}

/// HR creates an activity in their organisation.
pub async fn create_activity(app: &App, actor: &Actor, org: OrgId, d: &ActivityDraft) -> Result<Activity> {
    if !sees_activities(&actor.access, org) {
        return Err(Error::NotFound);
    }
    if !actor.access.manages_org(org) {
        return Err(Error::Forbidden);
    }
    let cat = app.catalogues.get(&app.db, Some(org)).await?;
    let new = check_activity(d, &cat)?;
    let id = app.db.learning().create_activity(&actor.audit(), org, &new).await?;
    Ok(app.db.learning().activity(id).await?)
}

/// HR changes an activity of their organisation.
/// The activity, if the actor may change it (HR of its organisation); for the edit form.
pub async fn editable(app: &App, actor: &Actor, id: i64) -> Result<Activity> {
    let a = activity(app, actor, id).await?;
    if actor.access.manages_org(a.org) { Ok(a) } else { Err(Error::Forbidden) }
}

pub async fn update_activity(app: &App, actor: &Actor, id: i64, d: &ActivityDraft) -> Result<Activity> {
    let a = editable(app, actor, id).await?;
    let cat = app.catalogues.get(&app.db, Some(a.org)).await?;
    let new = check_activity(d, &cat)?;
    app.db.learning().update_activity(&actor.audit(), id, &new).await?;
    Ok(app.db.learning().activity(id).await?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use saman_store::CompetenceId;

    fn draft() -> ActivityDraft {
        ActivityDraft {
            kind: "course".into(),
            handle: String::new(),
            title: "Legemiddelhandtering".into(),
            description: String::new(),
            link: String::new(),
            competence: Ok(None),
            level: Ok(None),
            rule: "all".into(),
            min_sessions: Ok(None),
            needs_approval: false,
            target: Ok(None),
            credits: Ok(None),
            follow_up_days: Ok(None),
        }
    }

    fn row(id: i64) -> CompetenceRow {
        CompetenceRow {
            id: CompetenceId(id),
            org: None,
            key: format!("c{id}"),
            kind: "skill".into(),
            category: "health".into(),
            scale: "proficiency".into(),
            name_nb: "Kompetanse".into(),
            name_nn: "Kompetanse".into(),
            name_en: "Competence".into(),
            validity_months: None,
            ladder: None,
            position_codes: vec![],
        }
    }

    fn fields(r: Result<NewActivity>) -> Vec<(&'static str, &'static str)> {
        match r {
            Err(Error::Invalid(p)) => p.iter().map(|x| (x.field, x.key)).collect(),
            other => panic!("expected problems, got {other:?}"),
        }
    }

    #[test]
    fn a_plain_course_gets_the_default_follow_up_and_no_competence() {
        let a = check_activity(&draft(), &[]).unwrap();
        assert_eq!(
            (a.kind, a.rule, a.follow_up_days, a.level, a.competence),
            (ActivityKind::Course, CompletionRule::AllSessions, FOLLOW_UP_DAYS, None, None)
        );
    }

    #[test]
    fn a_competence_gives_level_one_unless_told_and_levels_stay_on_its_scale() {
        let cat = [row(7)];
        let a = check_activity(&ActivityDraft { competence: Ok(Some(7)), ..draft() }, &cat).unwrap();
        assert_eq!((a.competence, a.level), (Some(CompetenceId(7)), Some(1)));
        let high = ActivityDraft { competence: Ok(Some(7)), level: Ok(Some(5)), ..draft() };
        assert_eq!(fields(check_activity(&high, &cat)), [("level", "err-bad-number")]);
        let unknown = ActivityDraft { competence: Ok(Some(8)), ..draft() };
        assert_eq!(fields(check_activity(&unknown, &cat)), [("competence", "err-bad-choice")]);
    }

    #[test]
    fn every_problem_is_named_by_its_field_at_once() {
        let d = ActivityDraft {
            kind: "party".into(),
            handle: "nope".into(),
            title: " ".into(),
            link: "ftp://x".into(),
            rule: "min".into(),
            target: Ok(Some(0)),
            credits: Ok(Some(301)),
            follow_up_days: Ok(Some(731)),
            ..draft()
        };
        assert_eq!(
            fields(check_activity(&d, &[])),
            [
                ("kind", "err-bad-choice"),
                ("handle", "err-bad-choice"),
                ("title", "err-required"),
                ("link", "err-bad-link"),
                ("min_sessions", "err-required"),
                ("target", "err-bad-number"),
                ("credits", "err-bad-number"),
                ("follow_up_days", "err-bad-number"),
            ]
        );
    }

    #[test]
    fn the_rule_at_least_counts_sessions_and_the_edges_of_each_range_are_allowed() {
        let d = ActivityDraft {
            rule: "min".into(),
            min_sessions: Ok(Some(3)),
            target: Ok(Some(1)),
            credits: Ok(Some(300)),
            follow_up_days: Ok(Some(0)),
            needs_approval: true,
            ..draft()
        };
        let a = check_activity(&d, &[]).unwrap();
        assert_eq!(
            (a.rule, a.target, a.credits, a.follow_up_days, a.needs_approval),
            (CompletionRule::AtLeast(3), Some(1), Some(300), 0, true)
        );
        assert_eq!(fields(check_activity(&ActivityDraft { rule: String::new(), ..draft() }, &[])), [("rule", "err-required")]);
        assert_eq!(fields(check_activity(&ActivityDraft { kind: String::new(), ..draft() }, &[])), [("kind", "err-required")]);
    }

    #[test]
    fn a_handle_an_http_link_and_the_passed_rule_are_taken_as_given() {
        let d = ActivityDraft { handle: "colleague".into(), link: "http://laring.ks.no/".into(), rule: "passed".into(), ..draft() };
        let a = check_activity(&d, &[]).unwrap();
        assert_eq!(
            (a.handle.as_deref(), a.link.as_deref(), a.rule),
            (Some("colleague"), Some("http://laring.ks.no/"), CompletionRule::Passed)
        );
        let https = check_activity(&ActivityDraft { link: "https://laring.ks.no/".into(), ..draft() }, &[]).unwrap();
        assert_eq!(https.link.as_deref(), Some("https://laring.ks.no/"));
    }
}
