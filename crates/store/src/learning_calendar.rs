//! Personal calendar feeds: a secret address per user that lists the sessions of the cohorts
//! they are in. Only the token's hash is kept.

use crate::db::Db;
use crate::error::Result;
use crate::learning::{LearningStore, time_from};
use chrono::NaiveDateTime;
use saman_domain::learning::EnrolStatus;
use saman_domain::{PersonId, UserId};
use sqlx::Row;

/// One session in a person's calendar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarEntry {
    pub session: i64,
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
    pub place: String,
    pub title: String,
    pub description: String,
    pub status: EnrolStatus,
}

impl Db {
    /// Replaces the user's feed token (the old address stops working).
    pub async fn set_calendar_token(&self, actor: &crate::Actor, user: UserId, token_hash: &str) -> Result<()> {
        let mut tx = self.write_tx().await?;
        crate::audit::write_audit(&mut tx, actor, None, "renew", "calendar_token", Some(user.0), "").await?;
        sqlx::query("DELETE FROM calendar_feeds WHERE user_id = $1").bind(user.0).execute(&mut *tx).await?;
        sqlx::query("INSERT INTO calendar_feeds (user_id, token_hash, created_at) VALUES ($1, $2, $3)")
            .bind(user.0)
            .bind(token_hash)
            .bind(crate::now_unix())
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn has_calendar_token(&self, user: UserId) -> Result<bool> {
        Ok(sqlx::query("SELECT id FROM calendar_feeds WHERE user_id = $1").bind(user.0).fetch_optional(&self.pool).await?.is_some())
    }

    /// The person of the user a feed token belongs to, if any.
    pub async fn calendar_person(&self, token_hash: &str) -> Result<Option<PersonId>> {
        let r = sqlx::query(
            "SELECT u.person_id FROM calendar_feeds f JOIN users u ON u.id = f.user_id WHERE f.token_hash = $1 AND u.disabled = 0",
        )
        .bind(token_hash)
        .fetch_optional(&self.pool)
        .await?;
        Ok(r.map(|r| r.try_get::<Option<i64>, _>("person_id")).transpose()?.flatten().map(PersonId))
    }
}

impl LearningStore<'_> {
    /// Sessions of every cohort the person is in (not cancelled), in time order.
    pub async fn calendar(&self, person: PersonId) -> Result<Vec<CalendarEntry>> {
        let rows = sqlx::query(
            "SELECT s.id, s.starts_at, s.ends_at, s.place, a.title, a.description, e.status FROM enrolments e \
             JOIN learning_sessions s ON s.cohort_id = e.cohort_id JOIN cohorts c ON c.id = e.cohort_id JOIN activities a ON a.id = c.activity_id \
             WHERE e.person_id = $1 AND e.status <> 'cancelled' ORDER BY s.starts_at, s.id",
        )
        .bind(person.0)
        .fetch_all(&self.0.pool)
        .await?;
        rows.iter()
            .map(|r| {
                let status: String = r.try_get("status")?;
                Ok(CalendarEntry {
                    session: r.try_get("id")?,
                    starts_at: time_from(&r.try_get::<String, _>("starts_at")?)?,
                    ends_at: time_from(&r.try_get::<String, _>("ends_at")?)?,
                    place: r.try_get("place")?,
                    title: r.try_get("title")?,
                    description: r.try_get("description")?,
                    status: EnrolStatus::parse(&status).unwrap_or(EnrolStatus::Enrolled),
                })
            })
            .collect()
    }
}
