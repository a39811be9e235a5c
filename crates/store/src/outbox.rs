//! The outbox: e-mail waiting to be sent, kept in the database so that it survives restarts,
//! is shared by several Saman processes, is retried with backoff, and is never sent twice.
//! A sender claims a batch with a lease; only rows whose lease has run out can be claimed
//! again, and a row is marked sent as soon as the mail server has taken it.

use crate::db::{Backend, Db};
use crate::error::Result;
use saman_domain::OrgId;
use sqlx::Row;

/// One mail to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutMail {
    pub id: i64,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    /// Attempts made before this one.
    pub attempts: i64,
}

/// A mail that was given up on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FailedMail {
    pub recipient: String,
    pub subject: String,
    pub attempts: i64,
    pub last_error: Option<String>,
}

/// A mail to queue: who gets it, what it says, and the key of the event it tells of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewMail {
    pub org: Option<OrgId>,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    pub key: String,
}

const ENQUEUE: &str = "INSERT INTO outbox (organisation_id, recipient, subject, body, status, attempts, next_attempt_at, locked_until, dedupe_key, created_at) \
     VALUES ($1, $2, $3, $4, 'pending', 0, $5, 0, $6, $5) ON CONFLICT (dedupe_key) DO NOTHING";

impl Db {
    /// Queues several mails in one transaction (all or none); those whose key was queued
    /// before are left out. Returns how many were queued.
    pub async fn enqueue_mails(&self, mails: &[NewMail]) -> Result<u64> {
        if mails.is_empty() {
            return Ok(0);
        }
        let now = crate::now_unix();
        let mut tx = self.write_tx().await?;
        let mut n = 0;
        for m in mails {
            n += sqlx::query(ENQUEUE)
                .bind(m.org.map(|o| o.0))
                .bind(&m.recipient)
                .bind(&m.subject)
                .bind(&m.body)
                .bind(now)
                .bind(&m.key)
                .execute(&mut *tx)
                .await?
                .rows_affected();
        }
        tx.commit().await?;
        Ok(n)
    }

    /// Queues a mail. The key names the event it tells of (e.g. `promoted:17:42`); a second mail
    /// with the same key is not queued. Returns whether it was queued.
    pub async fn enqueue_mail(&self, org: Option<OrgId>, recipient: &str, subject: &str, body: &str, key: &str) -> Result<bool> {
        let n = sqlx::query(ENQUEUE)
            .bind(org.map(|o| o.0))
            .bind(recipient)
            .bind(subject)
            .bind(body)
            .bind(crate::now_unix())
            .bind(key)
            .execute(&self.pool)
            .await?
            .rows_affected();
        Ok(n > 0)
    }

    /// Claims up to `limit` mails that are due, for `lease` seconds.
    pub async fn claim_mail(&self, now: i64, lease: i64, limit: i64) -> Result<Vec<OutMail>> {
        let skip = if self.backend == Backend::Postgres { " FOR UPDATE SKIP LOCKED" } else { "" };
        let sql = format!(
            "UPDATE outbox SET locked_until = $1 WHERE id IN (SELECT id FROM outbox WHERE status = 'pending' AND next_attempt_at <= $2 \
             AND locked_until <= $2 ORDER BY id LIMIT $3{skip}) RETURNING id, recipient, subject, body, attempts"
        );
        let mut tx = self.write_tx().await?;
        let rows = sqlx::query(&sql).bind(now + lease).bind(now).bind(limit).fetch_all(&mut *tx).await?;
        tx.commit().await?;
        let mut out: Vec<OutMail> = rows
            .iter()
            .map(|r| {
                Ok(OutMail {
                    id: r.try_get("id")?,
                    recipient: r.try_get("recipient")?,
                    subject: r.try_get("subject")?,
                    body: r.try_get("body")?,
                    attempts: r.try_get("attempts")?,
                })
            })
            .collect::<Result<_>>()?;
        out.sort_by_key(|m| m.id);
        Ok(out)
    }

    /// Marks a claimed mail sent. `lease` is the claim's `locked_until`; false if the claim had
    /// already passed to another sender (the row is then marked sent all the same).
    pub async fn mail_sent(&self, id: i64, lease: i64, now: i64) -> Result<bool> {
        let n = sqlx::query("UPDATE outbox SET status = 'sent', sent_at = $1, attempts = attempts + 1, locked_until = 0 WHERE id = $2 AND locked_until = $3")
            .bind(now)
            .bind(id)
            .bind(lease)
            .execute(&self.pool)
            .await?
            .rows_affected();
        if n == 0 {
            sqlx::query("UPDATE outbox SET status = 'sent', sent_at = $1 WHERE id = $2").bind(now).bind(id).execute(&self.pool).await?;
        }
        Ok(n > 0)
    }

    /// Records a failed attempt of a claim still held: tried again at `retry_at`, or given up
    /// on (`None`).
    pub async fn mail_failed(&self, id: i64, lease: i64, error: &str, retry_at: Option<i64>) -> Result<()> {
        let (status, next) = match retry_at {
            Some(t) => ("pending", t),
            None => ("failed", 0),
        };
        sqlx::query(
            "UPDATE outbox SET status = $1, next_attempt_at = $2, attempts = attempts + 1, last_error = $3, locked_until = 0 WHERE id = $4 AND locked_until = $5 \
             AND status = 'pending'",
        )
            .bind(status)
            .bind(next)
            .bind(error.chars().take(500).collect::<String>())
            .bind(id)
            .bind(lease)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Mails per status: (pending, sent, failed).
    pub async fn outbox_counts(&self) -> Result<(i64, i64, i64)> {
        let rows = sqlx::query("SELECT status, COUNT(*) AS n FROM outbox GROUP BY status").fetch_all(&self.pool).await?;
        let mut c = (0, 0, 0);
        for r in rows {
            let n: i64 = r.try_get("n")?;
            match r.try_get::<String, _>("status")?.as_str() {
                "pending" => c.0 = n,
                "sent" => c.1 = n,
                _ => c.2 = n,
            }
        }
        Ok(c)
    }

    /// The latest mails given up on, for the administrator.
    pub async fn failed_mail(&self, limit: i64) -> Result<Vec<FailedMail>> {
        let rows =
            sqlx::query("SELECT recipient, subject, attempts, last_error FROM outbox WHERE status = 'failed' ORDER BY id DESC LIMIT $1")
                .bind(limit)
                .fetch_all(&self.pool)
                .await?;
        rows.iter()
            .map(|r| {
                Ok(FailedMail {
                    recipient: r.try_get("recipient")?,
                    subject: r.try_get("subject")?,
                    attempts: r.try_get("attempts")?,
                    last_error: r.try_get("last_error")?,
                })
            })
            .collect()
    }

    /// E-mail address and chosen language of people (from their user account, if any).
    pub async fn contacts(
        &self,
        people: &[saman_domain::PersonId],
    ) -> Result<Vec<(saman_domain::PersonId, String, Option<saman_domain::Lang>)>> {
        let mut out = vec![];
        for chunk in people.chunks(500) {
            let list = chunk.iter().map(|p| p.0.to_string()).collect::<Vec<_>>().join(", ");
            // Ids are integers formatted here, never user text.
            let sql = format!(
                "SELECT p.id, p.email, (SELECT u.lang FROM users u WHERE u.person_id = p.id ORDER BY u.id LIMIT 1) AS lang \
                 FROM people p WHERE p.id IN ({list}) AND p.email IS NOT NULL"
            );
            let mut found = std::collections::HashMap::new();
            for r in sqlx::query(&sql).fetch_all(&self.pool).await? {
                let lang = r.try_get::<Option<String>, _>("lang")?.as_deref().and_then(saman_domain::Lang::parse);
                found.insert(r.try_get::<i64, _>("id")?, (r.try_get::<String, _>("email")?, lang));
            }
            // In the order asked for, once each.
            for p in chunk {
                if let Some((email, lang)) = found.remove(&p.0) {
                    out.push((*p, email, lang));
                }
            }
        }
        Ok(out)
    }
}
