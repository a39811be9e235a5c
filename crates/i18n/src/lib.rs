//! Every user-facing string, in bokmål, nynorsk and English, as Fluent messages
//! embedded in the binary.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use saman_domain::Lang;
use std::collections::HashMap;
use std::sync::LazyLock;

macro_rules! ftl_files {
    ($lang:literal) => {
        [
            include_str!(concat!("../locales/", $lang, "/core.ftl")),
            include_str!(concat!("../locales/", $lang, "/errors.ftl")),
            include_str!(concat!("../locales/", $lang, "/import.ftl")),
            include_str!(concat!("../locales/", $lang, "/competence.ftl")),
            include_str!(concat!("../locales/", $lang, "/learning.ftl")),
            include_str!(concat!("../locales/", $lang, "/mobility.ftl")),
            include_str!(concat!("../locales/", $lang, "/setup.ftl")),
        ]
    };
}

/// The Fluent sources of one language, file by file.
pub fn sources(lang: Lang) -> [&'static str; 7] {
    match lang {
        Lang::Nb => ftl_files!("nb"),
        Lang::Nn => ftl_files!("nn"),
        Lang::En => ftl_files!("en"),
    }
}

type Bundle = FluentBundle<FluentResource>;

fn build(lang: Lang) -> Bundle {
    let id: unic_langid::LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Isolation marks would end up inside HTML attributes and CSV cells.
    bundle.set_use_isolating(false);
    for src in sources(lang) {
        match FluentResource::try_new(src.to_string()) {
            Ok(res) => {
                if let Err(errs) = bundle.add_resource(res) {
                    tracing::error!(?errs, lang = lang.code(), "duplicate Fluent messages");
                }
            }
            Err((_, errs)) => tracing::error!(?errs, lang = lang.code(), "Fluent syntax errors"),
        }
    }
    bundle
}

static BUNDLES: LazyLock<[Bundle; 3]> = LazyLock::new(|| [build(Lang::Nb), build(Lang::Nn), build(Lang::En)]);

/// Messages without arguments, formatted once: pages ask for dozens of them per request.
static PLAIN: LazyLock<[HashMap<String, String>; 3]> = LazyLock::new(|| Lang::ALL.map(plain_messages));

fn plain_messages(lang: Lang) -> HashMap<String, String> {
    let b = bundle(lang);
    let mut out = HashMap::new();
    for key in keys(lang) {
        let Some(pattern) = b.get_message(&key).and_then(|m| m.value()) else { continue };
        let mut errors = vec![];
        let text = b.format_pattern(pattern, None, &mut errors);
        if errors.is_empty() {
            out.insert(key, text.into_owned());
        }
    }
    out
}

fn index(lang: Lang) -> usize {
    match lang {
        Lang::Nb => 0,
        Lang::Nn => 1,
        Lang::En => 2,
    }
}

fn bundle(lang: Lang) -> &'static Bundle {
    &BUNDLES[index(lang)]
}

/// Whether the message exists in the language.
pub fn has(lang: Lang, key: &str) -> bool {
    bundle(lang).has_message(key)
}

/// Formats a message. A missing message shows its id (and the test suite fails on it).
pub fn t(lang: Lang, key: &str) -> String {
    match PLAIN[index(lang)].get(key) {
        Some(text) => text.clone(),
        None => format(lang, key, None),
    }
}

/// Formats a message with named arguments.
pub fn t_args(lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
    let mut fa = FluentArgs::new();
    for (k, v) in args {
        match v {
            Arg::Str(s) => fa.set(*k, FluentValue::from(s.clone())),
            Arg::Num(n) => fa.set(*k, FluentValue::from(*n)),
        }
    }
    format(lang, key, Some(&fa))
}

/// An argument to a message.
#[derive(Debug, Clone)]
pub enum Arg {
    Str(String),
    Num(i64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Str(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Str(s)
    }
}
impl From<i64> for Arg {
    fn from(n: i64) -> Arg {
        Arg::Num(n)
    }
}
impl From<usize> for Arg {
    fn from(n: usize) -> Arg {
        Arg::Num(n as i64)
    }
}

fn format(lang: Lang, key: &str, args: Option<&FluentArgs>) -> String {
    let b = bundle(lang);
    let Some(pattern) = b.get_message(key).and_then(|m| m.value()) else {
        tracing::warn!(key, lang = lang.code(), "missing translation");
        return key.to_string();
    };
    let mut errors = vec![];
    let s = b.format_pattern(pattern, args, &mut errors);
    if !errors.is_empty() {
        tracing::warn!(key, ?errors, "translation formatting errors");
    }
    s.into_owned()
}

/// Every message id defined in a language.
pub fn keys(lang: Lang) -> Vec<String> {
    let mut out = vec![];
    for src in sources(lang) {
        if let Ok(res) = FluentResource::try_new(src.to_string()) {
            for entry in res.entries() {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    out.push(m.id.name.to_string());
                }
            }
        }
    }
    out.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_parses_and_has_every_key() {
        for lang in Lang::ALL {
            for src in sources(lang) {
                assert!(FluentResource::try_new(src.to_string()).is_ok(), "syntax error in {}", lang.code());
            }
        }
        let nb = keys(Lang::Nb);
        assert!(nb.len() > 50, "the catalogue looks truncated");
        for lang in [Lang::Nn, Lang::En] {
            let other = keys(lang);
            let missing: Vec<_> = nb.iter().filter(|k| !other.contains(k)).collect();
            let extra: Vec<_> = other.iter().filter(|k| !nb.contains(k)).collect();
            assert!(missing.is_empty(), "{} lacks {missing:?}", lang.code());
            assert!(extra.is_empty(), "{} has keys bokmål lacks: {extra:?}", lang.code());
        }
    }

    #[test]
    fn no_duplicate_keys() {
        for lang in Lang::ALL {
            let k = keys(lang);
            let mut d = k.clone();
            d.dedup();
            assert_eq!(k.len(), d.len(), "duplicate key in {}", lang.code());
        }
    }

    #[test]
    fn parse_errors_have_messages() {
        use saman_domain::parse::ParseError::*;
        for e in [Required, BadDate, BadPercent, BadYear, BadEmail, TooLong, BadUsername, WeakPassword, BadNumber, BadChoice] {
            for lang in Lang::ALL {
                assert!(has(lang, e.key()), "{} lacks {}", lang.code(), e.key());
            }
        }
    }

    #[test]
    fn arguments_are_filled_in() {
        let s = t_args(Lang::En, "people-count", &[("count", Arg::Num(3)), ("formatted", Arg::from("3"))]);
        assert_eq!(s, "3 people are registered.");
        assert!(s.contains('3'), "{s}");
        assert_ne!(t(Lang::Nb, "nav-home"), t(Lang::En, "nav-home"));
    }
}
