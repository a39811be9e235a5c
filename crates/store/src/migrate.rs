//! A small migration runner: ordered, numbered migrations, each rendered for the
//! database at hand and applied in one transaction. From 8 on, each migration is a frozen SQL
//! file in `migrations/` that both databases take, or one file per database where their SQL
//! differs (an automatic id); a released one is never edited. (Written here rather than with
//! sqlx's migrator because sqlx wants one SQL file per database; ours are written once.)

use crate::db::{Backend, Db};
use crate::error::Result;
use crate::schema;
use sqlx::Executor;

type Migration = (i64, &'static str, fn(Backend) -> Vec<String>);

const MIGRATIONS: &[Migration] = &[
    (1, "foundation", schema::v1),
    (2, "import drafts", schema::v2),
    (3, "competence map", schema::v3),
    (4, "expert pool and evidence files", schema::v4),
    (5, "learning activities", schema::v5),
    (6, "mobility", crate::schema_mobility::v6),
    (7, "mentoring programmes", crate::schema_mentoring::v7),
    (8, "organisation change counter", |_| sql(include_str!("../migrations/0008_org_versions.sql"))),
    (9, "notices written with the change", |b| match b {
        Backend::Sqlite => sql(include_str!("../migrations/0009_notices.sqlite.sql")),
        Backend::Postgres => sql(include_str!("../migrations/0009_notices.postgres.sql")),
    }),
    (10, "first run and network invitations", |b| match b {
        Backend::Sqlite => sql(include_str!("../migrations/0010_first_run.sqlite.sql")),
        Backend::Postgres => sql(include_str!("../migrations/0010_first_run.postgres.sql")),
    }),
    (11, "import column mappings", |b| match b {
        Backend::Sqlite => sql(include_str!("../migrations/0011_import_mappings.sqlite.sql")),
        Backend::Postgres => sql(include_str!("../migrations/0011_import_mappings.postgres.sql")),
    }),
    (12, "one history row per person and import", |b| match b {
        Backend::Sqlite => sql(include_str!("../migrations/0012_holding_imports.sqlite.sql")),
        Backend::Postgres => sql(include_str!("../migrations/0012_holding_imports.postgres.sql")),
    }),
];

/// The statements of a migration written as SQL that both databases take, as released:
/// split at each `;` that ends a line, comments dropped.
fn sql(text: &str) -> Vec<String> {
    let without_comments: String = text.lines().filter(|l| !l.trim_start().starts_with("--")).collect::<Vec<_>>().join("\n");
    without_comments.split(";\n").map(str::trim).map(|s| s.trim_end_matches(';').to_string()).filter(|s| !s.is_empty()).collect()
}

impl Db {
    /// Applies every migration not yet applied. Returns how many ran.
    /// On PostgreSQL an advisory lock lets several processes start at once.
    pub async fn migrate(&self) -> Result<usize> {
        let mut conn = self.pool.acquire().await?;
        conn.execute(
            "CREATE TABLE IF NOT EXISTS saman_migrations (version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)",
        )
        .await?;
        if self.backend == Backend::Postgres {
            conn.execute("SELECT pg_advisory_lock(727274)").await?;
        }
        let result = self.apply_pending(&mut conn).await;
        // The shipped competence catalogue: competences added in a new release appear.
        let seeded = match result {
            Ok(_) => self.competences().seed_default(saman_catalogue::default_catalogue_ref()).await.map(|_| ()),
            Err(_) => Ok(()),
        };
        if self.backend == Backend::Postgres {
            conn.execute("SELECT pg_advisory_unlock(727274)").await?;
        }
        seeded?;
        result
    }

    async fn apply_pending(&self, conn: &mut sqlx::AnyConnection) -> Result<usize> {
        let applied: Vec<(i64,)> = sqlx::query_as("SELECT version FROM saman_migrations").fetch_all(&mut *conn).await?;
        let mut ran = 0;
        for (version, name, statements) in MIGRATIONS {
            if applied.iter().any(|(v,)| v == version) {
                continue;
            }
            let mut tx = sqlx::Connection::begin(&mut *conn).await?;
            for stmt in statements(self.backend) {
                tx.execute(stmt.as_str()).await?;
            }
            sqlx::query("INSERT INTO saman_migrations (version, name, applied_at) VALUES ($1, $2, $3)")
                .bind(*version)
                .bind(*name)
                .bind(crate::now_unix())
                .execute(&mut *tx)
                .await?;
            tx.commit().await?;
            tracing::info!(version, name, "applied migration");
            ran += 1;
        }
        Ok(ran)
    }
}
