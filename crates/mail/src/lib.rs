//! Sending e-mail from the outbox: a sender behind a small trait (SMTP in production), and
//! the loop that drains the outbox — claiming due mails with a lease, sending each once,
//! retrying failures with backoff and giving up (reported) after the last attempt. Sending
//! never runs inside a user's request, so a slow or failing mail server never blocks one.

use saman_domain::mail::retry_after;
use saman_store::{Db, OutMail};
use serde::Deserialize;
use std::future::Future;
use std::time::Duration;

/// How the connection to the mail server is secured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Tls {
    /// Plain SMTP (a relay on the same host or network).
    None,
    /// STARTTLS on the submission port (587).
    #[default]
    Starttls,
    /// TLS from the start (465).
    Tls,
}

/// The `[smtp]` section of the configuration.
#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SmtpConfig {
    pub host: String,
    #[serde(default = "default_port")]
    pub port: u16,
    #[serde(default)]
    pub tls: Tls,
    pub username: Option<String>,
    pub password: Option<String>,
    /// The sender, e.g. `Saman <saman@kommune.no>`.
    pub from: String,
}

fn default_port() -> u16 {
    587
}

impl std::fmt::Debug for SmtpConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SmtpConfig")
            .field("host", &self.host)
            .field("port", &self.port)
            .field("tls", &self.tls)
            .field("username", &self.username)
            .field("password", &self.password.as_ref().map(|_| "***"))
            .field("from", &self.from)
            .finish()
    }
}

/// Something that delivers one mail, or says why it could not.
pub trait Mailer: Send + Sync {
    fn send(&self, to: &str, subject: &str, body: &str) -> impl Future<Output = Result<(), String>> + Send;
}

/// Delivery over SMTP with lettre.
pub struct Smtp {
    transport: lettre::AsyncSmtpTransport<lettre::Tokio1Executor>,
    from: lettre::message::Mailbox,
}

impl Smtp {
    pub fn new(c: &SmtpConfig) -> Result<Smtp, String> {
        type T = lettre::AsyncSmtpTransport<lettre::Tokio1Executor>;
        let builder = match c.tls {
            Tls::None => T::builder_dangerous(&c.host),
            Tls::Starttls => T::starttls_relay(&c.host).map_err(|e| e.to_string())?,
            Tls::Tls => T::relay(&c.host).map_err(|e| e.to_string())?,
        };
        let mut builder = builder.port(c.port).timeout(Some(Duration::from_secs(30)));
        if let (Some(u), Some(p)) = (&c.username, &c.password) {
            builder = builder.credentials(lettre::transport::smtp::authentication::Credentials::new(u.clone(), p.clone()));
        }
        let from = c.from.parse().map_err(|e: lettre::address::AddressError| format!("from: {e}"))?;
        Ok(Smtp { transport: builder.build(), from })
    }
}

impl Mailer for Smtp {
    async fn send(&self, to: &str, subject: &str, body: &str) -> Result<(), String> {
        use lettre::AsyncTransport;
        let to: lettre::message::Mailbox = to.parse().map_err(|e: lettre::address::AddressError| format!("to: {e}"))?;
        let message = lettre::Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(subject)
            .header(lettre::message::header::ContentType::TEXT_PLAIN)
            .body(body.to_string())
            .map_err(|e| e.to_string())?;
        self.transport.send(message).await.map(|_| ()).map_err(|e| e.to_string())
    }
}

/// What one pass over the outbox did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Pass {
    pub sent: usize,
    pub retrying: usize,
    pub given_up: usize,
}

/// Seconds a claim holds a mail: far longer than one SMTP delivery may take (each of its
/// few commands times out after 30 s), so no other sender can take it while it is sent.
const LEASE: i64 = 600;

/// Sends the mails that are due, one claim at a time with the time read afresh for each, so a
/// long backlog never outlives its lease. Failures are tried again later; after the last
/// attempt a mail is marked failed and logged, never dropped silently.
pub async fn deliver_due(db: &Db, mailer: &impl Mailer, clock: impl Fn() -> i64) -> Result<Pass, saman_store::StoreError> {
    let mut pass = Pass::default();
    loop {
        let now = clock();
        let Some(m) = db.claim_mail(now, LEASE, 1).await?.into_iter().next() else { return Ok(pass) };
        deliver(db, mailer, &m, now + LEASE, clock(), &mut pass).await?;
    }
}

async fn deliver(db: &Db, mailer: &impl Mailer, m: &OutMail, lease: i64, now: i64, pass: &mut Pass) -> Result<(), saman_store::StoreError> {
    match mailer.send(&m.recipient, &m.subject, &m.body).await {
        Ok(()) => {
            if !db.mail_sent(m.id, lease, now).await? {
                tracing::warn!(mail = m.id, "an e-mail was sent after its claim ran out");
            }
            pass.sent += 1;
        }
        Err(e) => match retry_after(m.attempts + 1) {
            Some(wait) => {
                tracing::warn!(mail = m.id, attempts = m.attempts + 1, error = %e, "sending e-mail failed; will retry");
                db.mail_failed(m.id, lease, &e, Some(now + wait)).await?;
                pass.retrying += 1;
            }
            None => {
                tracing::error!(mail = m.id, attempts = m.attempts + 1, error = %e, "sending e-mail failed for good");
                db.mail_failed(m.id, lease, &e, None).await?;
                pass.given_up += 1;
            }
        },
    }
    Ok(())
}

/// Drains the outbox every few seconds, for as long as the process runs.
pub async fn run(db: Db, mailer: impl Mailer) {
    let mut tick = tokio::time::interval(Duration::from_secs(5));
    loop {
        tick.tick().await;
        match deliver_due(&db, &mailer, saman_store::now_unix).await {
            Ok(p) if p.sent + p.retrying + p.given_up > 0 => {
                tracing::info!(sent = p.sent, retrying = p.retrying, given_up = p.given_up, "outbox")
            }
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "reading the outbox failed"),
        }
    }
}
