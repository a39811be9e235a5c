//! Configuration: defaults, then a TOML file, then `SAMAN_*` environment variables.
//! Secrets may come from files (`SAMAN_DATABASE_URL_FILE`), and never show in `Debug`.

use anyhow::{Context, Result};
use serde::Deserialize;
use std::path::Path;

#[derive(Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    pub database_url: String,
    pub bind: String,
    pub secure_cookies: bool,
    pub session_hours: i64,
    /// The mail server for notifications; without it, mail waits in the outbox.
    pub smtp: Option<saman_mail::SmtpConfig>,
    /// Where people reach Saman, for links in e-mail.
    pub public_url: Option<String>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            database_url: "sqlite://data/saman.db".into(),
            bind: "127.0.0.1:8080".into(),
            secure_cookies: false,
            session_hours: 12,
            smtp: None,
            public_url: None,
        }
    }
}

impl std::fmt::Debug for Config {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Config")
            .field("database_url", &redact(&self.database_url))
            .field("bind", &self.bind)
            .field("secure_cookies", &self.secure_cookies)
            .field("session_hours", &self.session_hours)
            .field("smtp", &self.smtp)
            .field("public_url", &self.public_url)
            .finish()
    }
}

/// `postgres://user:secret@host/db` → `postgres://user:***@host/db`.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(s), Some(at)) if at > s => {
            let creds = &url[s + 3..at];
            match creds.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..s + 3], &url[at..]),
                None => url.to_string(),
            }
        }
        _ => url.to_string(),
    }
}

fn env(name: &str) -> Result<Option<String>> {
    if let Ok(v) = std::env::var(name) {
        return Ok(Some(v));
    }
    if let Ok(path) = std::env::var(format!("{name}_FILE")) {
        let v = std::fs::read_to_string(&path).with_context(|| format!("reading {name}_FILE ({path})"))?;
        return Ok(Some(v.trim().to_string()));
    }
    Ok(None)
}

impl Config {
    pub fn load(file: Option<&Path>) -> Result<Config> {
        let mut c = match file {
            Some(p) => {
                let text = std::fs::read_to_string(p).with_context(|| format!("reading {}", p.display()))?;
                toml::from_str(&text).with_context(|| format!("in {}", p.display()))?
            }
            None => Config::default(),
        };
        if let Some(v) = env("SAMAN_DATABASE_URL")? {
            c.database_url = v;
        }
        if let Some(v) = env("SAMAN_BIND")? {
            c.bind = v;
        }
        if let Some(v) = env("SAMAN_SECURE_COOKIES")? {
            c.secure_cookies = matches!(v.as_str(), "1" | "true" | "yes");
        }
        if let Some(v) = env("SAMAN_SESSION_HOURS")? {
            c.session_hours = v.parse().context("SAMAN_SESSION_HOURS must be a whole number")?;
        }
        if let Some(v) = env("SAMAN_PUBLIC_URL")? {
            c.public_url = Some(v);
        }
        if let Some(host) = env("SAMAN_SMTP_HOST")? {
            let from = env("SAMAN_SMTP_FROM")?.context("SAMAN_SMTP_FROM must be set with SAMAN_SMTP_HOST")?;
            let port =
                env("SAMAN_SMTP_PORT")?.map(|p| p.parse()).transpose().context("SAMAN_SMTP_PORT must be a port number")?.unwrap_or(587);
            let tls = match env("SAMAN_SMTP_TLS")?.as_deref() {
                None | Some("starttls") => saman_mail::Tls::Starttls,
                Some("tls") => saman_mail::Tls::Tls,
                Some("none") => saman_mail::Tls::None,
                Some(other) => anyhow::bail!("SAMAN_SMTP_TLS must be starttls, tls or none, not {other}"),
            };
            c.smtp = Some(saman_mail::SmtpConfig { host, port, tls, username: env("SAMAN_SMTP_USERNAME")?, password: None, from });
        }
        if let (Some(smtp), Some(pw)) = (c.smtp.as_mut(), env("SAMAN_SMTP_PASSWORD")?) {
            smtp.password = Some(pw);
        }
        Ok(c)
    }

    pub fn web(&self) -> saman_web::WebConfig {
        saman_web::WebConfig {
            secure_cookies: self.secure_cookies,
            session_hours: self.session_hours,
            public_url: self.public_url.as_deref().map(|u| u.trim_end_matches('/').to_string()),
            ..saman_web::WebConfig::default()
        }
    }
}

pub fn init_logging(json: bool) {
    let filter =
        tracing_subscriber::EnvFilter::try_from_env("SAMAN_LOG").unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn"));
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
    if json {
        builder.json().init();
    } else {
        builder.init();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redacts_passwords() {
        assert_eq!(redact("postgres://saman:hemmelig@db/saman"), "postgres://saman:***@db/saman");
        assert_eq!(redact("sqlite://data/saman.db"), "sqlite://data/saman.db");
        let c = Config { database_url: "postgres://a:b@c/d".into(), ..Config::default() };
        assert!(!format!("{c:?}").contains(":b@"));
    }
}
