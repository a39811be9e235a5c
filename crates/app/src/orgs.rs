//! Organisations, their units and networks as people look at them.

use crate::orgview::OrgView;
use crate::{Actor, App, Error, Problems, Result, access};
use saman_domain::{OrgId, OrgKind, PersonId, Role, UnitId, parse, registry};
use saman_store::{Network, NewOrganisation, Organisation, Unit, UnitMember};
use std::sync::Arc;

/// An organisation with how many people work there and its network's name.
pub struct OrgSummary {
    pub org: Organisation,
    pub people: i64,
    pub network: Option<String>,
}

/// Every organisation the actor sees.
pub async fn organisations(app: &App, actor: &Actor) -> Result<Vec<OrgSummary>> {
    let networks = app.db.orgs().networks().await?;
    let mut out = vec![];
    for org in access::visible_orgs(app, &actor.access).await? {
        let people = app.view(org.id).await?.people as i64;
        let network = org.network_id.and_then(|n| networks.iter().find(|x| x.id == n)).map(|n| n.name.clone());
        out.push(OrgSummary { org, people, network });
    }
    Ok(out)
}

/// One organisation with its structure, if the actor sees it.
pub async fn organisation(app: &App, actor: &Actor, id: OrgId) -> Result<(OrgSummary, Arc<OrgView>)> {
    let org = access::org(app, &actor.access, id).await?;
    let view = app.view(org.id).await?;
    let network = match org.network_id {
        Some(n) => Some(app.db.orgs().network(n).await?.name),
        None => None,
    };
    Ok((OrgSummary { org, people: view.people as i64, network }, view))
}

/// The networks an administrator or coordinator sees, each with its organisations.
pub async fn networks(app: &App, actor: &Actor) -> Result<Vec<(Network, Vec<OrgSummary>)>> {
    let a = &actor.access;
    if !(a.is_admin() || a.has_role(Role::Coordinator)) {
        return Err(Error::Forbidden);
    }
    let coordinated = a.coordinated_networks();
    let all = app.db.orgs().organisations().await?;
    let mut out = vec![];
    for n in app.db.orgs().networks().await? {
        if !a.is_admin() && !coordinated.contains(&n.id) {
            continue;
        }
        let mut orgs = vec![];
        for org in all.iter().filter(|o| o.network_id == Some(n.id)) {
            let people = app.view(org.id).await?.people as i64;
            orgs.push(OrgSummary { org: org.clone(), people, network: None });
        }
        out.push((n, orgs));
    }
    Ok(out)
}

/// A unit, its organisation and its head count, if the actor sees the organisation.
pub async fn unit(app: &App, actor: &Actor, id: UnitId) -> Result<(Unit, Organisation, Arc<OrgView>)> {
    let unit = app.db.orgs().unit(id).await?;
    let org = access::org(app, &actor.access, unit.org).await?;
    let view = app.view(org.id).await?;
    Ok((unit, org, view))
}

/// A unit as its page shows it.
pub struct UnitCard {
    pub unit: Unit,
    pub org: Organisation,
    pub view: Arc<OrgView>,
    /// From the unit up to its top unit.
    pub ancestry: Vec<UnitId>,
    /// The people working here, each with whether the actor may open their page; `None`
    /// when the actor may not see who works here.
    pub members: Option<Vec<(UnitMember, bool)>>,
    /// The leader's person, name, and whether the actor may open their page.
    pub leader: Option<(PersonId, String, bool)>,
    pub sees_forecast: bool,
}

pub async fn unit_card(app: &App, actor: &Actor, id: UnitId) -> Result<UnitCard> {
    let a = &actor.access;
    let (unit, org, view) = unit(app, actor, id).await?;
    let ancestry = view.tree.ancestry(unit.id);
    let own = access::own_units(app, a, org.id).await?;
    let members = if a.sees_unit_people(org.id, &ancestry, &own) {
        // Everyone listed works here, so the policy needs no more than this unit's ancestry.
        let members = app.db.people().members_of(unit.id, crate::clock::today()).await?;
        let anc = std::slice::from_ref(&ancestry);
        Some(members.into_iter().map(|m| (a.sees_person(org.id, m.person, anc), m)).map(|(l, m)| (m, l)).collect())
    } else {
        None
    };
    let leader = match unit.leader {
        Some(p) => {
            let person = app.db.people().person(p).await?;
            let link = access::sees_person(app, a, org.id, p, &view.tree).await?;
            Some((p, person.full_name(), link))
        }
        None => None,
    };
    let sees_forecast = access::may_see_ages(a, org.id, &ancestry);
    Ok(UnitCard { unit, org, view, ancestry, members, leader, sees_forecast })
}

/// A new organisation as someone entered it.
#[derive(Debug, Clone, Default)]
pub struct OrgDraft {
    pub name: String,
    /// `municipality`, `county`, `hospital_trust`, `university_college`, `private_partner` or `other`.
    pub kind: String,
    pub org_number: String,
    /// Required for municipalities; ignored for other kinds.
    pub municipality_number: String,
}

/// Checks a draft field by field; every problem is named.
pub fn check_org(d: &OrgDraft) -> Result<NewOrganisation> {
    let mut p = Problems::default();
    let name = p.check("name", parse::text(&d.name, 200));
    let kind = match OrgKind::parse(&d.kind) {
        Some(k) => Some(k),
        None => {
            p.add("kind", if d.kind.trim().is_empty() { "err-required" } else { "err-bad-choice" });
            None
        }
    };
    let org_number = p.check("org_number", registry::org_number(&d.org_number));
    let municipality_number = match kind {
        Some(k) if k.has_municipality_number() => p.check("municipality_number", registry::municipality_number(&d.municipality_number)),
        _ => None,
    };
    p.done()?;
    let (Some(name), Some(kind)) = (name, kind) else { return Err(Error::invalid("name", "err-required")) };
    Ok(NewOrganisation { network: None, name, kind, org_number, municipality_number })
}

/// An administrator registers an organisation. Its organisation number is unique.
pub async fn create(app: &App, actor: &Actor, d: &OrgDraft) -> Result<OrgId> {
    if !actor.access.is_admin() {
        return Err(Error::Forbidden);
    }
    let o = check_org(d)?;
    app.db.orgs().register(&actor.audit(), &o).await.map_err(duplicate_number)
}

/// A taken organisation number, said of its field.
pub(crate) fn duplicate_number(e: saman_store::StoreError) -> Error {
    match e {
        saman_store::StoreError::Duplicate("org_number") => Error::Conflict { key: "err-duplicate-org-number", field: Some("org_number") },
        other => other.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use saman_domain::{Access, Grant, UserId};

    fn draft() -> OrgDraft {
        OrgDraft {
            name: "Fjordvik kommune".into(),
            kind: "municipality".into(),
            org_number: "974 760 673".into(),
            municipality_number: "4601".into(),
        }
    }

    #[test]
    fn a_municipality_needs_a_valid_organisation_and_municipality_number() {
        let o = check_org(&draft()).unwrap();
        assert_eq!((o.org_number.as_deref(), o.municipality_number.as_deref()), (Some("974760673"), Some("4601")));
        let bad = OrgDraft { org_number: "974760674".into(), municipality_number: "46".into(), name: " ".into(), ..draft() };
        let Err(Error::Invalid(p)) = check_org(&bad) else { panic!("accepted") };
        let keys: Vec<(&str, &str)> = p.iter().map(|x| (x.field, x.key)).collect();
        assert_eq!(
            keys,
            vec![("name", "err-required"), ("org_number", "err-bad-org-number"), ("municipality_number", "err-bad-municipality-number")]
        );
    }

    #[test]
    fn a_hospital_has_no_municipality_number_and_a_kind_must_be_known() {
        let o = check_org(&OrgDraft { kind: "hospital_trust".into(), municipality_number: "nonsense".into(), ..draft() }).unwrap();
        assert_eq!(o.municipality_number, None);
        let Err(Error::Invalid(p)) = check_org(&OrgDraft { kind: "castle".into(), ..draft() }) else { panic!("accepted") };
        assert_eq!(p[0], crate::Problem { field: "kind", key: "err-bad-choice" });
    }

    #[tokio::test]
    async fn only_administrators_register_and_a_number_is_taken_once() {
        let app = App::new(saman_store::testing::fresh_db().await);
        let hr = Actor::user(UserId(2), "hr", Access { grants: vec![Grant::Hr { org: OrgId(1) }], person: None });
        assert!(matches!(create(&app, &hr, &draft()).await, Err(Error::Forbidden)));
        let admin = Actor::system("test");
        let id = create(&app, &admin, &draft()).await.unwrap();
        assert_eq!(app.db.orgs().organisation(id).await.unwrap().municipality_number.as_deref(), Some("4601"));
        let again = create(&app, &admin, &OrgDraft { name: "Kopi".into(), ..draft() }).await;
        assert!(matches!(again, Err(Error::Conflict { key: "err-duplicate-org-number", field: Some("org_number") })));
    }
}
