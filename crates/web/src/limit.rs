//! A fixed-window rate limiter for sign-in attempts, per key (IP address, username).
//! Kept in memory: each process limits on its own, which still bounds guessing to
//! a small multiple of the limit. Written here because it is twenty lines.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

pub struct RateLimiter {
    max: u32,
    window: Duration,
    hits: Mutex<HashMap<String, (Instant, u32)>>,
}

impl RateLimiter {
    pub fn new(max: u32, window_secs: u64) -> RateLimiter {
        RateLimiter { max, window: Duration::from_secs(window_secs), hits: Mutex::new(HashMap::new()) }
    }

    /// Counts an attempt for every key; false if any key is over the limit.
    pub fn attempt(&self, keys: &[&str]) -> bool {
        let now = Instant::now();
        let mut hits = match self.hits.lock() {
            Ok(h) => h,
            Err(poisoned) => poisoned.into_inner(),
        };
        if hits.len() > 100_000 {
            hits.retain(|_, (start, _)| now.duration_since(*start) < self.window);
        }
        let mut ok = true;
        for key in keys {
            let entry = hits.entry((*key).to_string()).or_insert((now, 0));
            if now.duration_since(entry.0) >= self.window {
                *entry = (now, 0);
            }
            entry.1 += 1;
            ok &= entry.1 <= self.max;
        }
        ok
    }

    /// Forgets a key, after a successful sign-in.
    pub fn reset(&self, key: &str) {
        if let Ok(mut hits) = self.hits.lock() {
            hits.remove(key);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_past_the_limit_per_key() {
        let l = RateLimiter::new(3, 60);
        assert!(l.attempt(&["a"]) && l.attempt(&["a"]) && l.attempt(&["a"]));
        assert!(!l.attempt(&["a"]));
        assert!(l.attempt(&["b"]));
        l.reset("a");
        assert!(l.attempt(&["a"]));
    }
}
