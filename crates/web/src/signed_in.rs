//! Who is signed in on a request: the account, what it may see, and its session.

use saman_app::records::User;
use saman_domain::Access;

#[derive(Debug, Clone)]
pub struct SignedIn {
    pub user: User,
    pub access: Access,
    pub session_hash: String,
}

impl SignedIn {
    /// The user as use cases take them.
    pub fn actor(&self) -> saman_app::Actor {
        saman_app::Actor::user(self.user.id, &self.user.username, self.access.clone())
    }
}
