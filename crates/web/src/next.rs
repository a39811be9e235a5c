//! Where to go after signing in or changing language: only a path on this site, never
//! another one, whatever tricks the address carries.

use url::Url;

const BASE: &str = "http://saman.invalid/";

/// The same-origin path (with query and fragment) that `next` names, or `/`.
pub fn safe_next(next: Option<&str>) -> String {
    next.and_then(local_path).unwrap_or_else(|| "/".to_string())
}

/// `next` as a path on this site, if it is one. Browsers drop tabs and new lines from
/// addresses and read `\` as `/`, so `/\t/evil.example` or `/\evil.example` would leave the
/// site: anything with control characters, white space or backslashes is refused (in the path
/// also once percent-decoded), and what is left must resolve to this origin.
pub fn local_path(next: &str) -> Option<String> {
    let clean = |s: &str| !s.chars().any(|c| c.is_control() || c.is_whitespace() || c == '\\');
    if !next.starts_with('/') || next.starts_with("//") || !clean(next) {
        return None;
    }
    let path = next.split(['?', '#']).next().unwrap_or_default();
    let decoded: String = percent_encoding::percent_decode_str(path).decode_utf8().ok()?.into_owned();
    if decoded.starts_with("//") || decoded.chars().any(|c| c.is_control() || c == '\\') {
        return None;
    }
    let base = Url::parse(BASE).ok()?;
    let url = base.join(next).ok()?;
    if url.origin() != base.origin() || url.username() != "" || url.password().is_some() {
        return None;
    }
    let mut out = url.path().to_string();
    if let Some(q) = url.query() {
        out.push('?');
        out.push_str(q);
    }
    if let Some(f) = url.fragment() {
        out.push('#');
        out.push_str(f);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_on_this_site_are_kept() {
        for ok in ["/", "/people/7", "/units/3/gaps?days=90", "/people/7#competence-profile", "/search?q=sykepleier%20natt"] {
            assert_eq!(local_path(ok).as_deref(), Some(ok), "{ok}");
        }
        assert_eq!(safe_next(Some("/learning")), "/learning");
        assert_eq!(safe_next(None), "/");
    }

    #[test]
    fn every_way_off_the_site_leads_home() {
        let bypasses = [
            "//evil.example",
            "///evil.example",
            "/\\evil.example",
            "\\\\evil.example",
            "/\t/evil.example",
            "/\n/evil.example",
            "/\r/evil.example",
            "/ /evil.example",
            "/%2F/evil.example",
            "/%2f%2fevil.example",
            "/%5Cevil.example",
            "/%5cevil.example",
            "/%09/evil.example",
            "/%0A/evil.example",
            "/%0d/evil.example",
            "https://evil.example",
            "http:evil.example",
            "javascript:alert(1)",
            "evil.example",
            "",
            "\u{3000}/evil.example",
            "/\u{0}//evil.example",
        ];
        for bad in bypasses {
            assert_eq!(safe_next(Some(bad)), "/", "{bad:?}");
        }
    }

    #[test]
    fn dot_segments_stay_on_the_site() {
        assert_eq!(local_path("/a/../../people").as_deref(), Some("/people"));
        assert_eq!(local_path("/./people").as_deref(), Some("/people"));
    }
}
