//! Saman's use cases. Pages, the JSON API and the command line call these and nothing
//! below them: each use case takes an [`Actor`] and typed input, asks [`access`] once
//! whether the actor may do it, runs in one transaction, and answers with a typed result or
//! one [`Error`].

pub mod access;
pub mod account;
mod actor;
pub mod admin;
pub mod clock;
mod error;
pub mod evidence;
pub mod forecast;
pub mod gaps;
pub mod holdings;
pub mod imports;
pub mod input;
pub mod learning;
pub mod mentoring;
pub mod mobility;
pub mod orgview;
pub mod people;
pub mod requirements;
pub mod secrets;
pub mod sharing;

pub use actor::Actor;
pub use error::{Error, Problem, Problems, Result};

use orgview::{CatalogueCache, FactsCache, OrgCache};
use saman_store::Db;
use std::sync::Arc;

/// The application: the database and the caches derived from it. Cheap to clone.
#[derive(Clone)]
pub struct App {
    pub db: Db,
    pub orgs: Arc<OrgCache>,
    pub catalogues: Arc<CatalogueCache>,
    pub facts: Arc<FactsCache>,
}

impl App {
    pub fn new(db: Db) -> App {
        App { db, orgs: Arc::default(), catalogues: Arc::default(), facts: Arc::default() }
    }
}
