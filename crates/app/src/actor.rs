//! Who is asking.

use saman_domain::{Access, Grant, UserId};

/// Who asks, as use cases see them: a signed-in user with the grants they hold, or the
/// system itself (the command line, background jobs) acting as an administrator.
#[derive(Debug, Clone)]
pub struct Actor {
    /// None for the system.
    pub user: Option<UserId>,
    pub name: String,
    pub access: Access,
}

impl Actor {
    /// A signed-in user.
    pub fn user(user: UserId, name: &str, access: Access) -> Actor {
        Actor { user: Some(user), name: name.to_string(), access }
    }

    /// The system, named for the audit log (`cli`, `cli import`).
    pub fn system(name: &str) -> Actor {
        Actor { user: None, name: name.to_string(), access: Access { grants: vec![Grant::Admin], person: None } }
    }

    /// The user account, for what only a signed-in user can do.
    pub fn account(&self) -> crate::Result<UserId> {
        self.user.ok_or(crate::Error::Forbidden)
    }

    /// The name written to the audit log and to history.
    pub fn audit(&self) -> saman_store::Actor {
        saman_store::Actor { user: self.user, name: self.name.clone() }
    }
}
