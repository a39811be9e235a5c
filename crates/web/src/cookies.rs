//! Reading and writing the few cookies Saman sets.

use axum::http::HeaderMap;
use axum::http::header::{ACCEPT_LANGUAGE, COOKIE};
use saman_domain::Lang;

pub const LANG: &str = "saman_lang";

pub fn session_name(secure: bool) -> &'static str {
    if secure { "__Host-saman_session" } else { "saman_session" }
}

pub fn csrf_name(secure: bool) -> &'static str {
    if secure { "__Host-saman_csrf" } else { "saman_csrf" }
}

/// The value of a cookie in the request, if sent.
pub fn get<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// A `Set-Cookie` value. `max_age` of `Some(0)` deletes the cookie.
pub fn set(name: &str, value: &str, secure: bool, http_only: bool, max_age: Option<i64>) -> String {
    let mut s = format!("{name}={value}; Path=/; SameSite=Lax");
    if http_only {
        s.push_str("; HttpOnly");
    }
    if secure {
        s.push_str("; Secure");
    }
    if let Some(age) = max_age {
        s.push_str(&format!("; Max-Age={age}"));
    }
    s
}

/// The language for a request: the chosen one (cookie) first, then the browser's wishes.
pub fn lang(headers: &HeaderMap) -> Lang {
    if let Some(l) = get(headers, LANG).and_then(Lang::parse) {
        return l;
    }
    headers.get(ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).map(Lang::from_accept_language).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_cookie_among_many() {
        let mut h = HeaderMap::new();
        h.insert(COOKIE, "a=1; saman_lang=nn; b=2".parse().unwrap());
        assert_eq!(get(&h, "saman_lang"), Some("nn"));
        assert_eq!(get(&h, "c"), None);
        assert_eq!(lang(&h), Lang::Nn);
    }
}
