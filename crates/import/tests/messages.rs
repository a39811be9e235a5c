//! Every import error has a message in every language, with only the variables the UI provides.
#![allow(clippy::unwrap_used, clippy::type_complexity)]

use saman_import::ImportErrorCode;

const FILES: [(&str, &str); 3] = [
    ("nb", include_str!("../../i18n/locales/nb/import.ftl")),
    ("nn", include_str!("../../i18n/locales/nn/import.ftl")),
    ("en", include_str!("../../i18n/locales/en/import.ftl")),
];

#[test]
fn every_code_has_a_message_in_every_language() {
    for (lang, src) in FILES {
        let messages: Vec<(&str, &str)> =
            src.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()).filter_map(|l| l.split_once(" = ")).collect();
        for code in ImportErrorCode::OWN_MESSAGES {
            let found = messages.iter().filter(|(k, _)| *k == code.key()).count();
            assert_eq!(found, 1, "{lang}: {}", code.key());
        }
        assert_eq!(messages.len(), ImportErrorCode::OWN_MESSAGES.len(), "{lang}: unexpected messages");
        for (key, text) in messages {
            let vars: Vec<&str> = text.match_indices("{ $").map(|(i, _)| &text[i + 3..]).collect();
            for v in vars {
                assert!(["line }", "column }", "value }"].iter().any(|ok| v.starts_with(ok)), "{lang} {key}: {v}");
            }
        }
    }
}
