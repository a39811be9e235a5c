//! Notices: what people are to be told of, written in the transaction of the change itself
//! (see migration 9). The web layer turns them into e-mail in each person's language.

use crate::db::Db;
use crate::error::Result;
use saman_domain::PersonId;
use sqlx::Row;

/// One thing to tell people of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub id: i64,
    /// `enrolled`, `promoted`, `placement-applied` (and the other steps), `pairs-proposed`.
    pub kind: String,
    /// The cohort, placement or programme it is about.
    pub subject: i64,
    pub detail: String,
}

/// Writes a notice in the caller's transaction.
pub(crate) async fn notice(conn: &mut sqlx::AnyConnection, kind: &str, subject: i64, detail: &str) -> Result<()> {
    sqlx::query("INSERT INTO notices (kind, subject_id, detail, created_at) VALUES ($1, $2, $3, $4)")
        .bind(kind)
        .bind(subject)
        .bind(detail)
        .bind(crate::now_unix())
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// People as a notice's detail lists them: `1,2,3`.
pub fn people_list(people: &[PersonId]) -> String {
    people.iter().map(|p| p.0.to_string()).collect::<Vec<_>>().join(",")
}

/// The people of a list written by [`people_list`].
pub fn parse_people(list: &str) -> Vec<PersonId> {
    list.split(',').filter_map(|x| x.trim().parse().ok()).map(PersonId).collect()
}

impl Db {
    /// Notices not yet turned into mail, oldest first.
    pub async fn pending_notices(&self, limit: i64) -> Result<Vec<Notice>> {
        let rows = sqlx::query("SELECT id, kind, subject_id, detail FROM notices WHERE done_at IS NULL ORDER BY id LIMIT $1")
            .bind(limit)
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|r| {
                Ok(Notice {
                    id: r.try_get("id")?,
                    kind: r.try_get("kind")?,
                    subject: r.try_get("subject_id")?,
                    detail: r.try_get("detail")?,
                })
            })
            .collect()
    }

    /// Marks a notice as told.
    pub async fn notice_done(&self, id: i64) -> Result<()> {
        sqlx::query("UPDATE notices SET done_at = $1 WHERE id = $2").bind(crate::now_unix()).bind(id).execute(&self.pool).await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn people_lists_round_trip() {
        let people = vec![PersonId(3), PersonId(17), PersonId(4)];
        assert_eq!(people_list(&people), "3,17,4");
        assert_eq!(parse_people(&people_list(&people)), people);
        assert!(parse_people("").is_empty());
    }
}
