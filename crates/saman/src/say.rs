//! What the command line says back: a use case's refusal in plain English, and the
//! password read from the environment or standard input.

use anyhow::Result;
use saman_domain::Lang;
use std::io::Read;

/// "No such thing" where the use case found none; otherwise its refusal.
pub(crate) fn no_such(e: saman_app::Error, what: &str) -> anyhow::Error {
    match e {
        saman_app::Error::NotFound => anyhow::anyhow!("{what}"),
        other => explain(other),
    }
}

/// A use case's refusal as the command line says it, in English.
pub(crate) fn explain(e: saman_app::Error) -> anyhow::Error {
    match e {
        saman_app::Error::Invalid(p) => {
            anyhow::anyhow!(
                "{}",
                p.iter().map(|x| format!("{}: {}", x.field, saman_i18n::t(Lang::En, x.key))).collect::<Vec<_>>().join("\n")
            )
        }
        saman_app::Error::Conflict { key, .. } => anyhow::anyhow!("{}", saman_i18n::t(Lang::En, key)),
        other => anyhow::anyhow!("{other}"),
    }
}

pub(crate) fn read_password() -> Result<String> {
    if let Ok(p) = std::env::var("SAMAN_PASSWORD") {
        return Ok(p);
    }
    let mut s = String::new();
    std::io::stdin().read_to_string(&mut s)?;
    Ok(s.trim_end_matches(['\n', '\r']).to_string())
}
