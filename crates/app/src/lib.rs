//! Saman's use cases. Pages, the JSON API and the command line call these and nothing
//! below them: each use case takes an [`Actor`] and typed input, asks [`access`] once
//! whether the actor may do it, runs in one transaction, and answers with a typed result or
//! one [`Error`].

pub mod access;
pub mod account;
mod actor;
pub mod admin;
pub mod audit;
pub mod catalogue;
pub mod clock;
mod error;
pub mod evidence;
pub mod forecast;
pub mod gaps;
pub mod grants;
pub mod holdings;
pub mod home;
pub mod imports;
pub mod input;
pub mod learning;
pub mod mentoring;
pub mod mobility;
pub mod networks;
pub mod notify;
pub mod orgs;
pub mod orgview;
pub mod people;
pub mod records;
pub mod requirements;
pub mod secrets;
pub mod setup;
pub mod sharing;
pub mod signin;

pub use actor::Actor;
pub use error::{Error, Problem, Problems, Result};

use orgview::{CatalogueCache, FactsCache, OrgCache};
pub use saman_store::Db;
use std::sync::Arc;

/// The application: the database and the caches derived from it. Cheap to clone.
#[derive(Clone)]
pub struct App {
    pub db: Db,
    pub orgs: Arc<OrgCache>,
    pub catalogues: Arc<CatalogueCache>,
    pub facts: Arc<FactsCache>,
    /// Holdings imports running in the background.
    pub jobs: Arc<imports::jobs::Jobs>,
}

impl App {
    pub fn new(db: Db) -> App {
        App { db, orgs: Arc::default(), catalogues: Arc::default(), facts: Arc::default(), jobs: Arc::default() }
    }

    /// An organisation's structure (units, tree, head counts), shared for a few seconds.
    /// Callers have already decided the actor may see the organisation.
    pub async fn view(&self, org: saman_domain::OrgId) -> Result<Arc<orgview::OrgView>> {
        self.orgs.get(&self.db, org).await
    }

    /// The competence catalogue (shipped, and the organisation's own), shared for a few seconds.
    /// Whether the database answers.
    pub async fn ready(&self) -> Result<()> {
        Ok(self.db.ping().await?)
    }

    pub async fn catalogue(&self, org: Option<saman_domain::OrgId>) -> Result<Arc<Vec<saman_store::CompetenceRow>>> {
        self.catalogues.get(&self.db, org).await
    }
}
