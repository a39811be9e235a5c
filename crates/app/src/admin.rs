//! Administration of user accounts: creating them, their roles, their person and their
//! password. Administrators only, from the web interface and the command line alike.

use crate::grants::{NamedGrant, named};
use crate::{Actor, App, Error, Problems, Result};
use saman_domain::{Grant, NetworkId, OrgId, PersonId, Role, UserId, parse};
use saman_store::{Network, Organisation, Person, StoreError, User, UserSummary};

fn require_admin(actor: &Actor) -> Result<()> {
    if actor.access.is_admin() { Ok(()) } else { Err(Error::Forbidden) }
}

/// A role as someone chose it: the role's code, and what it applies to.
#[derive(Debug, Clone, Default)]
pub struct GrantDraft {
    pub role: String,
    pub organisation: Option<i64>,
    pub network: Option<i64>,
    /// A leader's unit, by the unit's code in the organisation.
    pub unit_code: String,
}

/// The grant a draft names, or what is missing.
pub async fn grant_of(app: &App, d: &GrantDraft) -> Result<Grant> {
    let Some(role) = Role::parse(&d.role) else {
        return Err(Error::invalid("role", if d.role.is_empty() { "err-required" } else { "err-bad-choice" }));
    };
    let org = || d.organisation.map(OrgId).ok_or(Error::invalid("organisation", "err-grant-needs-organisation"));
    Ok(match role {
        Role::Admin => Grant::Admin,
        Role::Coordinator => {
            Grant::Coordinator { network: d.network.map(NetworkId).ok_or(Error::invalid("network", "err-grant-needs-network"))? }
        }
        Role::Hr => Grant::Hr { org: org()? },
        Role::Employee => Grant::Employee { org: org()? },
        Role::Leader => {
            let org = org()?;
            let units = app.db.orgs().units(org).await?;
            let code = d.unit_code.trim();
            match units.iter().find(|u| !code.is_empty() && u.code.as_deref() == Some(code)) {
                Some(u) => Grant::Leader { org, unit: u.id },
                None => return Err(Error::invalid("unit_code", "err-unknown-unit")),
            }
        }
    })
}

/// A new account as someone entered it.
#[derive(Debug, Clone, Default)]
pub struct NewUser {
    pub username: String,
    /// Empty means the username.
    pub display_name: String,
    pub password: String,
    pub grant: Option<GrantDraft>,
}

/// Hashes a password off the async threads (argon2 is slow on purpose).
pub(crate) async fn hash(password: String) -> Result<String> {
    let joined = tokio::task::spawn_blocking(move || crate::secrets::hash_password(&password)).await;
    match joined {
        Ok(Ok(h)) => Ok(h),
        Ok(Err(e)) => Err(Error::Store(StoreError::Corrupt(format!("password hashing: {e}")))),
        Err(e) => Err(Error::Store(StoreError::Corrupt(format!("password hashing: {e}")))),
    }
}

/// An administrator creates an account, with its first role if given, in one transaction.
pub async fn create_user(app: &App, actor: &Actor, d: &NewUser) -> Result<UserId> {
    require_admin(actor)?;
    let mut p = Problems::default();
    let username = p.check("username", parse::username(&d.username));
    let display = if d.display_name.trim().is_empty() { Ok(d.username.trim().to_string()) } else { parse::text(&d.display_name, 200) };
    let display = p.check("display_name", display);
    let password = p.check("password", parse::new_password(&d.password));
    let grant = match &d.grant {
        Some(g) => match grant_of(app, g).await {
            Ok(g) => Some(g),
            Err(Error::Invalid(problems)) => {
                p.0.extend(problems);
                None
            }
            Err(e) => return Err(e),
        },
        None => None,
    };
    p.done()?;
    let (Some(username), Some(display), Some(password)) = (username, display, password) else {
        return Err(Error::invalid("username", "err-required"));
    };
    let hash = hash(password).await?;
    let grants: Vec<Grant> = grant.into_iter().collect();
    Ok(app.db.users().create(&actor.audit(), &username, &display, Some(&hash), None, &grants).await?)
}

/// Every account, for an administrator.
pub async fn users(app: &App, actor: &Actor) -> Result<Vec<UserSummary>> {
    require_admin(actor)?;
    Ok(app.db.users().list().await?)
}

/// The account with this user name (administrators).
pub async fn user_named(app: &App, actor: &Actor, username: &str) -> Result<User> {
    require_admin(actor)?;
    Ok(app.db.users().by_username(username).await?.ok_or(Error::NotFound)?.0)
}

/// One account as an administrator sees it: its person, its roles by name, and the
/// organisations and networks a new role may apply to.
pub struct UserDetail {
    pub user: User,
    pub person: Option<Person>,
    pub grants: Vec<NamedGrant>,
    pub orgs: Vec<Organisation>,
    pub networks: Vec<Network>,
}

pub async fn user(app: &App, actor: &Actor, id: UserId) -> Result<UserDetail> {
    require_admin(actor)?;
    let user = app.db.users().get(id).await?;
    let grants = named(app, app.db.users().grants_with_ids(id).await?.into_iter().map(|(i, g)| (Some(i), g))).await?;
    let person = match user.person {
        Some(p) => Some(app.db.people().person(p).await?),
        None => None,
    };
    Ok(UserDetail { user, person, grants, orgs: app.db.orgs().organisations().await?, networks: app.db.orgs().networks().await? })
}

/// An administrator gives an account a role.
pub async fn add_grant(app: &App, actor: &Actor, user: UserId, d: &GrantDraft) -> Result<Grant> {
    require_admin(actor)?;
    app.db.users().get(user).await?;
    let grant = grant_of(app, d).await?;
    app.db.users().add_grant(&actor.audit(), user, grant).await?;
    Ok(grant)
}

/// An administrator takes a role away; never their own administrator role, so Saman is not
/// left without anyone to administer it by one click.
pub async fn remove_grant(app: &App, actor: &Actor, user: UserId, grant: i64) -> Result<()> {
    require_admin(actor)?;
    let own_admin =
        actor.user == Some(user) && app.db.users().grants_with_ids(user).await?.iter().any(|(id, g)| *id == grant && *g == Grant::Admin);
    if own_admin {
        return Err(Error::Conflict { key: "err-own-admin-role", field: None });
    }
    Ok(app.db.users().remove_grant(&actor.audit(), user, grant).await?)
}

/// An administrator sets an account's password (the account's sessions end).
pub async fn set_password(app: &App, actor: &Actor, user: UserId, password: &str) -> Result<()> {
    require_admin(actor)?;
    app.db.users().get(user).await?;
    let password = parse::new_password(password).map_err(|e| Error::invalid("new_password", e.key()))?;
    let hash = hash(password).await?;
    Ok(app.db.users().set_password(&actor.audit(), user, &hash).await?)
}

/// An administrator links an account to the person with the employee number in the
/// organisation, or (`None`) unlinks it.
pub async fn link_person(app: &App, actor: &Actor, user: UserId, to: Option<(Option<i64>, &str)>) -> Result<Option<PersonId>> {
    require_admin(actor)?;
    app.db.users().get(user).await?;
    let person = match to {
        None => None,
        Some((org, number)) => {
            let number = number.trim();
            if number.is_empty() {
                return Err(Error::invalid("employee_number", "err-required"));
            }
            let Some(org) = org.map(OrgId) else { return Err(Error::invalid("organisation", "err-grant-needs-organisation")) };
            match app.db.people().by_employee_number(org, number).await? {
                Some(p) => Some(p.id),
                None => return Err(Error::invalid("employee_number", "err-unknown-person")),
            }
        }
    };
    app.db.users().set_person(&actor.audit(), user, person).await?;
    Ok(person)
}

#[cfg(test)]
mod tests {
    use super::*;
    use saman_domain::Access;

    #[tokio::test]
    async fn only_an_administrator_administers_accounts() {
        let app = App::new(saman_store::testing::fresh_db().await);
        let hr = Actor::user(UserId(1), "hr", Access { grants: vec![Grant::Hr { org: OrgId(1) }], person: None });
        let d = NewUser { username: "ny".into(), password: "et langt passord".into(), ..NewUser::default() };
        assert!(matches!(create_user(&app, &hr, &d).await, Err(Error::Forbidden)));
        assert!(matches!(set_password(&app, &hr, UserId(1), "et langt passord").await, Err(Error::Forbidden)));
        assert!(matches!(remove_grant(&app, &hr, UserId(1), 1).await, Err(Error::Forbidden)));
        assert!(matches!(link_person(&app, &hr, UserId(1), None).await, Err(Error::Forbidden)));
        assert!(matches!(add_grant(&app, &hr, UserId(1), &GrantDraft::default()).await, Err(Error::Forbidden)));
    }

    #[tokio::test]
    async fn a_new_account_gets_its_first_role_and_names_every_problem() {
        let app = App::new(saman_store::testing::fresh_db().await);
        let root = Actor::system("test");
        let bad = NewUser {
            username: "ugyldig navn".into(),
            password: "kort".into(),
            grant: Some(GrantDraft { role: "hr".into(), ..GrantDraft::default() }),
            ..NewUser::default()
        };
        let Err(Error::Invalid(p)) = create_user(&app, &root, &bad).await else { panic!("expected problems") };
        let got: Vec<_> = p.iter().map(|x| (x.field, x.key)).collect();
        assert_eq!(
            got,
            [("username", "err-bad-username"), ("password", "err-weak-password"), ("organisation", "err-grant-needs-organisation")]
        );
        let ok = NewUser {
            username: "kari".into(),
            password: "et langt passord".into(),
            grant: Some(GrantDraft { role: "admin".into(), ..GrantDraft::default() }),
            ..NewUser::default()
        };
        let id = create_user(&app, &root, &ok).await.unwrap();
        let user = app.db.users().get(id).await.unwrap();
        assert_eq!(user.display_name, "kari", "the display name defaults to the username");
        assert_eq!(app.db.users().grants(id).await.unwrap(), [Grant::Admin]);
        assert!(matches!(create_user(&app, &root, &ok).await, Err(Error::Conflict { key: "err-duplicate-username", .. })));

        // Kari may not take her own administrator role; the system (or another administrator) may.
        let kari = Actor::user(id, "kari", Access { grants: vec![Grant::Admin], person: None });
        let (gid, _) = app.db.users().grants_with_ids(id).await.unwrap()[0];
        assert!(matches!(remove_grant(&app, &kari, id, gid).await, Err(Error::Conflict { key: "err-own-admin-role", .. })));
        assert_eq!(app.db.users().grants(id).await.unwrap(), [Grant::Admin], "the role stays");
        remove_grant(&app, &root, id, gid).await.unwrap();
        assert!(app.db.users().grants(id).await.unwrap().is_empty());
    }
}
