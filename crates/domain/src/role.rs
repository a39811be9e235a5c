//! Roles a user account can hold.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Employee,
    Leader,
    Hr,
    Coordinator,
    Admin,
}

impl Role {
    pub const ALL: [Role; 5] = [Role::Employee, Role::Leader, Role::Hr, Role::Coordinator, Role::Admin];

    pub fn code(self) -> &'static str {
        match self {
            Role::Employee => "employee",
            Role::Leader => "leader",
            Role::Hr => "hr",
            Role::Coordinator => "coordinator",
            Role::Admin => "admin",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.code() == s.trim())
    }
}
