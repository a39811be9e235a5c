//! Who is asking.

use saman_domain::{Access, UserId};

/// A signed-in user as use cases see them: who they are and what they hold.
#[derive(Debug, Clone)]
pub struct Actor {
    pub user: UserId,
    pub name: String,
    pub access: Access,
}

impl Actor {
    /// The name written to the audit log and to history.
    pub fn audit(&self) -> saman_store::Actor {
        saman_store::Actor { user: Some(self.user), name: self.name.clone() }
    }
}
