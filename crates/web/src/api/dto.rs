//! What the API sends and receives. Field names are the contract; keep them stable.

use saman_app::records::{Organisation, Person, Position, Unit, User};
use saman_domain::Grant;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Serialize, ToSchema)]
pub struct Me {
    pub id: i64,
    pub username: String,
    pub display_name: String,
    pub person_id: Option<i64>,
    /// `nb`, `nn` or `en`, when chosen.
    pub lang: Option<String>,
    pub roles: Vec<RoleGrant>,
}

#[derive(Serialize, ToSchema)]
pub struct RoleGrant {
    /// `employee`, `leader`, `hr`, `coordinator` or `admin`.
    pub role: String,
    pub organisation_id: Option<i64>,
    pub network_id: Option<i64>,
    pub unit_id: Option<i64>,
}

impl From<&Grant> for RoleGrant {
    fn from(g: &Grant) -> RoleGrant {
        let (network_id, unit_id) = match g {
            Grant::Coordinator { network } => (Some(network.0), None),
            Grant::Leader { unit, .. } => (None, Some(unit.0)),
            _ => (None, None),
        };
        RoleGrant { role: g.role().code().into(), organisation_id: g.org().map(|o| o.0), network_id, unit_id }
    }
}

impl Me {
    pub fn new(u: &User, grants: &[Grant]) -> Me {
        Me {
            id: u.id.0,
            username: u.username.clone(),
            display_name: u.display_name.clone(),
            person_id: u.person.map(|p| p.0),
            lang: u.lang.map(|l| l.code().into()),
            roles: grants.iter().map(RoleGrant::from).collect(),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct OrganisationOut {
    pub id: i64,
    pub name: String,
    /// `municipality`, `county`, `hospital_trust`, `university_college`, `private_partner` or `other`.
    pub kind: String,
    pub org_number: Option<String>,
    pub municipality_number: Option<String>,
    pub network_id: Option<i64>,
}

#[derive(Deserialize, ToSchema)]
pub struct OrganisationIn {
    pub name: String,
    /// `municipality`, `county`, `hospital_trust`, `university_college`, `private_partner` or `other`.
    pub kind: String,
    /// Nine digits with a valid modulus-11 check digit (spaces allowed).
    pub org_number: String,
    /// Four digits; required for municipalities, ignored for other kinds.
    pub municipality_number: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct NetworkOut {
    pub id: i64,
    pub name: String,
    /// Member organisations' ids.
    pub organisation_ids: Vec<i64>,
}

impl NetworkOut {
    pub fn new(n: saman_app::records::Network, organisation_ids: Vec<i64>) -> NetworkOut {
        NetworkOut { id: n.id.0, name: n.name, organisation_ids }
    }
}

#[derive(Deserialize, ToSchema)]
pub struct NetworkIn {
    pub name: String,
    /// The coordinator's username; the caller when absent.
    pub coordinator: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct InvitationOut {
    pub id: i64,
    pub network_id: i64,
    pub network_name: String,
    pub organisation_id: i64,
    pub organisation_name: String,
    /// `pending`, `accepted`, `declined` or `withdrawn`.
    pub state: String,
    pub invited_by: String,
    pub answered_by: Option<String>,
}

impl From<saman_app::records::Invitation> for InvitationOut {
    fn from(i: saman_app::records::Invitation) -> Self {
        InvitationOut {
            id: i.id,
            network_id: i.network.0,
            network_name: i.network_name,
            organisation_id: i.org.0,
            organisation_name: i.org_name,
            state: i.state.code().into(),
            invited_by: i.invited_by,
            answered_by: i.answered_by,
        }
    }
}

impl From<Organisation> for OrganisationOut {
    fn from(o: Organisation) -> Self {
        OrganisationOut {
            id: o.id.0,
            name: o.name,
            kind: o.kind.code().into(),
            org_number: o.org_number,
            municipality_number: o.municipality_number,
            network_id: o.network_id.map(|n| n.0),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct UnitOut {
    pub id: i64,
    pub organisation_id: i64,
    pub parent_id: Option<i64>,
    pub code: Option<String>,
    pub name: String,
    /// `sector`, `department` or `unit`.
    pub kind: String,
    pub leader_person_id: Option<i64>,
    /// Distinct people with a current position in this unit or below.
    pub head_count: i64,
}

impl UnitOut {
    pub fn new(u: Unit, head_count: i64) -> UnitOut {
        UnitOut {
            id: u.id.0,
            organisation_id: u.org.0,
            parent_id: u.parent.map(|p| p.0),
            code: u.code,
            name: u.name,
            kind: u.kind.code().into(),
            leader_person_id: u.leader.map(|p| p.0),
            head_count,
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct PersonOut {
    pub id: i64,
    pub organisation_id: i64,
    pub employee_number: Option<String>,
    pub given_name: String,
    pub family_name: String,
    pub email: Option<String>,
    pub birth_year: Option<i32>,
}

impl From<Person> for PersonOut {
    fn from(p: Person) -> Self {
        PersonOut {
            id: p.id.0,
            organisation_id: p.org.0,
            employee_number: p.employee_number,
            given_name: p.given_name,
            family_name: p.family_name,
            email: p.email,
            birth_year: p.birth_year,
        }
    }
}

#[derive(Deserialize, ToSchema)]
pub struct PersonIn {
    pub employee_number: Option<String>,
    pub given_name: String,
    pub family_name: String,
    pub email: Option<String>,
    pub birth_year: Option<i32>,
}

#[derive(Serialize, ToSchema)]
pub struct PositionOut {
    pub id: i64,
    pub person_id: i64,
    pub unit_id: i64,
    pub unit_name: String,
    pub title: String,
    pub position_code: Option<String>,
    /// Percent of full time, e.g. 80.5.
    pub percent: f64,
    /// ISO date, `YYYY-MM-DD`.
    pub start_date: String,
    pub end_date: Option<String>,
}

impl From<Position> for PositionOut {
    fn from(p: Position) -> Self {
        PositionOut {
            id: p.id.0,
            person_id: p.person.0,
            unit_id: p.unit.0,
            unit_name: p.unit_name,
            title: p.title,
            position_code: p.position_code,
            percent: p.percent.as_f64(),
            start_date: p.start_date.to_string(),
            end_date: p.end_date.map(|d| d.to_string()),
        }
    }
}

#[derive(Deserialize, ToSchema)]
pub struct PositionIn {
    pub person_id: i64,
    pub unit_id: i64,
    pub title: String,
    pub position_code: Option<String>,
    /// Percent of full time, over 0 and at most 100.
    pub percent: f64,
    /// `YYYY-MM-DD` or `dd.mm.yyyy`.
    pub start_date: String,
    pub end_date: Option<String>,
}
