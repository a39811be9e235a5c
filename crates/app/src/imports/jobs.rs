//! Long holdings imports run in the background so a page can show how far they have come.
//! A job belongs to the person who started it and to one draft; it is kept in this process
//! until its result has been shown once.

use super::{Checked, HOLDINGS, draft};
use crate::{Actor, App, Error, Result};
use saman_domain::UserId;
use saman_import::Progress;
use saman_store::{HoldingsOutcome, Organisation};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::watch;

/// What a finished job answers.
pub type JobResult = Result<(Organisation, Checked<HoldingsOutcome>)>;

/// One running (or finished) holdings import.
pub struct HoldingsJob {
    owner: Option<UserId>,
    pub progress: Arc<Progress>,
    done: watch::Sender<bool>,
    result: Mutex<Option<JobResult>>,
}

impl HoldingsJob {
    /// Waits at most `limit` for the job to finish; true if it has.
    pub async fn wait(&self, limit: Duration) -> bool {
        let mut done = self.done.subscribe();
        tokio::time::timeout(limit, done.wait_for(|d| *d)).await.is_ok_and(|r| r.is_ok())
    }

    pub fn is_done(&self) -> bool {
        *self.done.borrow()
    }
}

/// The jobs of this process, by draft.
#[derive(Default)]
pub struct Jobs(Mutex<HashMap<i64, Arc<HoldingsJob>>>);

impl Jobs {
    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<i64, Arc<HoldingsJob>>> {
        self.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// Starts applying the actor's holdings draft, or answers the job already applying it.
pub async fn start_holdings(app: &App, actor: &Actor, id: i64) -> Result<Arc<HoldingsJob>> {
    let (d, org) = draft(app, actor, id, &[HOLDINGS]).await?;
    let job = {
        let mut jobs = app.jobs.lock();
        if let Some(job) = jobs.get(&id) {
            return Ok(job.clone());
        }
        let job = Arc::new(HoldingsJob {
            owner: actor.user,
            progress: Arc::new(Progress::for_file(&d.content)),
            done: watch::channel(false).0,
            result: Mutex::new(None),
        });
        jobs.insert(id, job.clone());
        job
    };
    let (app, actor, running) = (app.clone(), actor.clone(), job.clone());
    tokio::spawn(async move {
        let result = super::apply_holdings_checked(&app, &actor, d, org, running.progress.clone()).await;
        *running.result.lock().unwrap_or_else(std::sync::PoisonError::into_inner) = Some(result);
        running.done.send_replace(true);
    });
    Ok(job)
}

/// The actor's job for the draft; not found for anyone else's.
pub fn holdings_job(app: &App, actor: &Actor, id: i64) -> Result<Arc<HoldingsJob>> {
    let job = app.jobs.lock().get(&id).cloned().ok_or(Error::NotFound)?;
    if job.owner != actor.user {
        return Err(Error::NotFound);
    }
    Ok(job)
}

/// A finished job's result, handed out once: the job is forgotten with it.
pub fn take_result(app: &App, id: i64, job: &HoldingsJob) -> Option<JobResult> {
    if !job.is_done() {
        return None;
    }
    let result = job.result.lock().unwrap_or_else(std::sync::PoisonError::into_inner).take();
    app.jobs.lock().remove(&id);
    result
}
