//! The first run and the way to a working organisation: the one-time set-up link, the
//! set-up itself, and the checklist that marks each next step done from the data.

use crate::orgs::{OrgDraft, check_org, duplicate_number};
use crate::{Actor, App, Error, Problems, Result, access, secrets};
use saman_domain::setup::{SETUP_TOKEN_SECONDS, SetupFacts, Step, checklist as steps};
use saman_domain::{Lang, OrgId, UserId, parse};
use saman_store::{NewSetup, Organisation, TEST_MAIL_KEY};

/// Whether the set-up page still exists.
pub async fn open(app: &App) -> Result<bool> {
    Ok(app.db.setup().open().await?)
}

/// A new set-up link when set-up is still open (printed at start-up), else `None`.
pub async fn begin(app: &App) -> Result<Option<String>> {
    if !open(app).await? {
        return Ok(None);
    }
    let token = secrets::random_token();
    let now = saman_store::now_unix();
    app.db.setup().add_token(&secrets::token_hash(&token), now, now + SETUP_TOKEN_SECONDS).await?;
    Ok(Some(token))
}

/// Whether a link may be used now; unknown, used and expired links are all "not found".
pub async fn check_link(app: &App, token: &str) -> Result<()> {
    let usable = !token.is_empty() && app.db.setup().token_usable(&secrets::token_hash(token), saman_store::now_unix()).await?;
    if usable { Ok(()) } else { Err(Error::NotFound) }
}

/// The first administrator and organisation as someone entered them.
#[derive(Debug, Clone, Default)]
pub struct SetupDraft {
    pub username: String,
    pub display_name: String,
    pub password: String,
    pub lang: Option<Lang>,
    pub org: OrgDraft,
}

/// Creates the first administrator and organisation in one transaction. From the web the
/// link is the authority (`Some(token)`); the command line (`None`) is run by whoever runs
/// the server. Refused once set-up is done.
pub async fn complete(app: &App, token: Option<&str>, d: &SetupDraft) -> Result<(UserId, OrgId)> {
    if !open(app).await? {
        return Err(Error::Conflict { key: "err-setup-done", field: None });
    }
    if let Some(t) = token {
        check_link(app, t).await?;
    }
    let mut p = Problems::default();
    let username = p.check("username", parse::username(&d.username));
    let display = if d.display_name.trim().is_empty() { Ok(d.username.trim().to_string()) } else { parse::text(&d.display_name, 200) };
    let display = p.check("display_name", display);
    let password = p.check("password", parse::new_password(&d.password));
    let org = match check_org(&d.org) {
        Ok(o) => Some(o),
        Err(Error::Invalid(problems)) => {
            p.0.extend(problems);
            None
        }
        Err(e) => return Err(e),
    };
    p.done()?;
    let (Some(username), Some(display_name), Some(password), Some(org)) = (username, display, password, org) else {
        return Err(Error::invalid("username", "err-required"));
    };
    let password_hash = crate::admin::hash(password).await?;
    let s = NewSetup { username, display_name, password_hash, lang: d.lang, org };
    let hash = token.map(secrets::token_hash);
    let (user, org) = app
        .db
        .setup()
        .complete(&Actor::system("set-up").audit(), hash.as_deref(), saman_store::now_unix(), &s)
        .await
        .map_err(|e| match e {
            saman_store::StoreError::Duplicate("username") => Error::Conflict { key: "err-duplicate-username", field: Some("username") },
            other => duplicate_number(other),
        })?;
    Ok((user, org))
}

/// One organisation's checklist: each step with whether the data shows it done.
pub struct Checklist {
    pub org: Organisation,
    pub steps: Vec<(Step, bool)>,
}

impl Checklist {
    pub fn done(&self) -> usize {
        self.steps.iter().filter(|(_, d)| *d).count()
    }

    pub fn complete(&self) -> bool {
        saman_domain::setup::all_done(&self.steps)
    }
}

pub async fn checklist(app: &App, actor: &Actor, org: OrgId) -> Result<Checklist> {
    let org = access::managed_org(app, &actor.access, org).await?;
    let c = app.db.setup().counts(org.id).await?;
    let facts = SetupFacts {
        people: c.people as usize,
        catalogue_chosen: c.catalogue_chosen,
        requirements: c.requirements as usize,
        hr_grants: c.hr_grants as usize,
        leader_grants: c.leader_grants as usize,
        test_mail_sent: c.test_mail_sent,
        // Saman signs people in itself; there is no identity provider to connect yet.
        identity_provider: None,
    };
    Ok(Checklist { org, steps: steps(&facts) })
}

/// The checklists the actor's home shows: organisations they run HR work for that still
/// have steps left.
pub async fn open_checklists(app: &App, actor: &Actor) -> Result<Vec<Checklist>> {
    let mut out = vec![];
    for o in access::visible_orgs(app, &actor.access).await? {
        if actor.access.manages_org(o.id) {
            let c = checklist(app, actor, o.id).await?;
            if !c.complete() {
                out.push(c);
            }
        }
    }
    Ok(out)
}

/// The organisation settles on the shipped competence catalogue (its own competences and a
/// Moodle framework can be added to it later).
pub async fn choose_catalogue(app: &App, actor: &Actor, org: OrgId) -> Result<()> {
    let org = access::managed_org(app, &actor.access, org).await?;
    Ok(app.db.setup().choose_catalogue(&actor.audit(), org.id).await?)
}

/// Where the organisation's test message stands: (recipient, outbox status, last error).
pub async fn test_mail_status(app: &App, actor: &Actor, org: OrgId) -> Result<Option<(String, String, Option<String>)>> {
    let org = access::managed_org(app, &actor.access, org).await?;
    Ok(app.db.setup().last_test_mail(org.id).await?)
}

/// Queues a test message to the given address, in the actor's language; the checklist's
/// mail step is done once the mail server has taken it.
pub async fn send_test_mail(app: &App, actor: &Actor, org: OrgId, to: &str, lang: Lang) -> Result<()> {
    let org = access::managed_org(app, &actor.access, org).await?;
    let to = parse::email(to).map_err(|e| Error::invalid("email", e.key()))?;
    let subject = saman_i18n::t(lang, "mail-test-subject");
    let body = saman_i18n::t_args(lang, "mail-test-body", &[("org", saman_i18n::Arg::from(org.name.clone()))]);
    let key = format!("{TEST_MAIL_KEY}{}:{}", org.id, secrets::random_token());
    app.db.enqueue_mail(Some(org.id), &to, &subject, &body, &key).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft() -> SetupDraft {
        SetupDraft {
            username: "kari".into(),
            display_name: "Kari Nordmann".into(),
            password: "et langt og godt passord".into(),
            lang: Some(Lang::Nn),
            org: OrgDraft {
                name: "Fjordvik kommune".into(),
                kind: "municipality".into(),
                org_number: "974760673".into(),
                municipality_number: "4601".into(),
            },
        }
    }

    #[tokio::test]
    async fn a_link_sets_up_once_and_then_set_up_is_gone() {
        let app = App::new(saman_store::testing::fresh_db().await);
        let token = begin(&app).await.unwrap().expect("open on an empty database");
        assert!(matches!(check_link(&app, "gjettet").await, Err(Error::NotFound)));
        assert!(matches!(complete(&app, Some("gjettet"), &draft()).await, Err(Error::NotFound)));
        let (user, org) = complete(&app, Some(&token), &draft()).await.unwrap();
        let grants = app.db.users().grants(user).await.unwrap();
        assert_eq!(grants, vec![saman_domain::Grant::Admin]);
        assert_eq!(app.db.users().get(user).await.unwrap().lang, Some(Lang::Nn));
        assert_eq!(app.db.orgs().organisation(org).await.unwrap().name, "Fjordvik kommune");
        assert!(!open(&app).await.unwrap());
        assert!(begin(&app).await.unwrap().is_none());
        let again = SetupDraft { username: "ola".into(), ..draft() };
        assert!(matches!(complete(&app, Some(&token), &again).await, Err(Error::Conflict { key: "err-setup-done", .. })));
        assert!(matches!(complete(&app, None, &again).await, Err(Error::Conflict { key: "err-setup-done", .. })));
    }

    #[tokio::test]
    async fn an_expired_link_is_refused_and_bad_input_stores_nothing() {
        let app = App::new(saman_store::testing::fresh_db().await);
        let now = saman_store::now_unix();
        app.db.setup().add_token(&secrets::token_hash("gammel"), now - 10_000, now - 1).await.unwrap();
        assert!(matches!(complete(&app, Some("gammel"), &draft()).await, Err(Error::NotFound)));
        let token = begin(&app).await.unwrap().unwrap();
        let bad = SetupDraft { password: "kort".into(), org: OrgDraft { org_number: "123".into(), ..draft().org }, ..draft() };
        let Err(Error::Invalid(p)) = complete(&app, Some(&token), &bad).await else { panic!("accepted") };
        let fields: Vec<&str> = p.iter().map(|x| x.field).collect();
        assert_eq!(fields, vec!["password", "org_number"]);
        assert!(app.db.orgs().organisations().await.unwrap().is_empty());
        assert!(app.db.users().list().await.unwrap().is_empty());
        // The link still works after a refused form.
        complete(&app, Some(&token), &draft()).await.unwrap();
    }

    #[tokio::test]
    async fn the_command_line_sets_up_without_a_link_and_closes_set_up() {
        let app = App::new(saman_store::testing::fresh_db().await);
        complete(&app, None, &draft()).await.unwrap();
        assert!(!open(&app).await.unwrap());
    }

    #[tokio::test]
    async fn the_checklist_follows_the_data_and_is_for_hr_and_administrators() {
        let app = App::new(saman_store::testing::fresh_db().await);
        let (_, org) = complete(&app, None, &draft()).await.unwrap();
        let admin = Actor::system("test");
        let c = checklist(&app, &admin, org).await.unwrap();
        assert_eq!(c.done(), 1);
        choose_catalogue(&app, &admin, org).await.unwrap();
        let c = checklist(&app, &admin, org).await.unwrap();
        assert!(c.steps.contains(&(Step::Catalogue, true)));
        send_test_mail(&app, &admin, org, "kari@fjordvik.kommune.no", Lang::Nb).await.unwrap();
        assert!(checklist(&app, &admin, org).await.unwrap().steps.contains(&(Step::Mail, false)), "queued is not sent");
        let now = saman_store::now_unix();
        let claimed = app.db.claim_mail(now, 60, 10).await.unwrap();
        assert_eq!(claimed.len(), 1);
        assert!(app.db.mail_sent(claimed[0].id, now + 60, now).await.unwrap());
        assert!(checklist(&app, &admin, org).await.unwrap().steps.contains(&(Step::Mail, true)));
        let employee =
            Actor::user(UserId(5), "e", saman_domain::Access { grants: vec![saman_domain::Grant::Employee { org }], person: None });
        assert!(matches!(checklist(&app, &employee, org).await, Err(Error::Forbidden)));
        assert!(matches!(send_test_mail(&app, &employee, org, "x@y.no", Lang::Nb).await, Err(Error::Forbidden)));
        assert!(open_checklists(&app, &employee).await.unwrap().is_empty());
    }
}
