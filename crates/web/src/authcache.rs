//! Signed-in users by session, remembered for two seconds: every page needs them, and
//! without this each request would ask the database twice before doing its own work.
//! Sign-out, password and role changes made through this process take effect at once;
//! made through another process sharing the database, within `TTL`.

use crate::signed_in::SignedIn;
use saman_domain::UserId;
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

const TTL: Duration = Duration::from_secs(2);

#[derive(Default)]
pub struct AuthCache {
    entries: Mutex<HashMap<String, (Instant, SignedIn, String)>>,
}

impl AuthCache {
    /// The signed-in user and CSRF token for a session hash, if seen within `TTL`.
    pub fn get(&self, session_hash: &str) -> Option<(SignedIn, String)> {
        let map = self.lock();
        map.get(session_hash).filter(|(at, _, _)| at.elapsed() < TTL).map(|(_, s, csrf)| (s.clone(), csrf.clone()))
    }

    pub fn put(&self, session_hash: String, signed: SignedIn, csrf: String) {
        let mut map = self.lock();
        if map.len() > 50_000 {
            map.retain(|_, (at, _, _)| at.elapsed() < TTL);
        }
        map.insert(session_hash, (Instant::now(), signed, csrf));
    }

    pub fn forget_session(&self, session_hash: &str) {
        self.lock().remove(session_hash);
    }

    /// After a change to the user's password, roles, person or language.
    pub fn forget_user(&self, user: UserId) {
        self.lock().retain(|_, (_, s, _)| s.user.id != user);
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, (Instant, SignedIn, String)>> {
        match self.entries.lock() {
            Ok(g) => g,
            Err(p) => p.into_inner(),
        }
    }
}
