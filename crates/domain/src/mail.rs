//! When a failed e-mail is tried again: half a minute, then doubling, at most six hours apart,
//! and given up on (and reported) after eight attempts.

/// Attempts before a mail is given up on.
pub const MAX_ATTEMPTS: i64 = 8;

/// Seconds to wait after the `attempts`-th failed attempt, or `None` to give up.
pub fn retry_after(attempts: i64) -> Option<i64> {
    if attempts >= MAX_ATTEMPTS {
        return None;
    }
    let shift = u32::try_from(attempts.max(1) - 1).unwrap_or(0).min(20);
    Some((30_i64 << shift).min(6 * 3600))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_up_to_a_cap_and_then_gives_up() {
        assert_eq!(retry_after(1), Some(30));
        assert_eq!(retry_after(2), Some(60));
        assert_eq!(retry_after(3), Some(120));
        assert_eq!(retry_after(7), Some(1920));
        assert_eq!(retry_after(MAX_ATTEMPTS), None);
        let mut last = 0;
        for n in 1..MAX_ATTEMPTS {
            let s = retry_after(n).unwrap();
            assert!(s >= last && s <= 6 * 3600);
            last = s;
        }
    }
}
