//! Export jobs: cut files and build sheets need nesting with a time budget, so they run in
//! the background (bounded by a semaphore) and the page polls their progress. Requests with
//! the same design revision and options share one job.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde::Serialize;
use tokio::sync::Semaphore;

use super::error::AppError;

/// Where a job is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum JobState {
    /// Waiting for a free worker.
    Queued,
    /// Nesting and writing.
    Running,
    /// Files ready.
    Done,
    /// Failed; see `message`.
    Failed,
}

/// A job as the page and the API see it.
#[derive(Debug, Clone, Serialize)]
pub struct JobStatus {
    /// Random id (not guessable).
    pub id: String,
    /// Design slug.
    pub slug: String,
    /// What was asked, in words.
    pub title: String,
    /// State.
    pub state: JobState,
    /// 0 to 1.
    pub progress: f64,
    /// Progress or error text.
    pub message: String,
    /// Files written (relative names).
    pub files: Vec<String>,
    /// Notes from the export.
    pub notes: Vec<String>,
}

/// What an export job runs.
#[derive(Debug, Clone)]
pub struct JobSpec {
    /// Design slug.
    pub slug: String,
    /// Store commit the design is read at.
    pub commit: String,
    /// `svg`, `dxf`, `gcode`, `pdf` or `all`.
    pub format: crate::export::Format,
    /// Parameter overrides.
    pub params: std::collections::BTreeMap<String, String>,
    /// Makerspace slug.
    pub makerspace: Option<String>,
    /// Machine id.
    pub machine: Option<String>,
    /// Nesting budget.
    pub time_limit: Duration,
}

impl JobSpec {
    /// The key shared by identical requests.
    pub fn key(&self) -> String {
        format!(
            "{}@{}:{:?}:{:?}:{:?}:{:?}:{}",
            self.slug,
            self.commit,
            self.format,
            self.params,
            self.makerspace,
            self.machine,
            self.time_limit.as_millis()
        )
    }
}

/// Bounded background exports.
pub struct Jobs {
    dir: PathBuf,
    permits: Arc<Semaphore>,
    jobs: Mutex<HashMap<String, JobStatus>>,
    by_key: Mutex<HashMap<String, String>>,
}

impl Jobs {
    /// Jobs writing under `dir`, at most `max` at once.
    pub fn new(dir: PathBuf, max: usize) -> Jobs {
        Jobs {
            dir,
            permits: Arc::new(Semaphore::new(max.max(1))),
            jobs: Mutex::new(HashMap::new()),
            by_key: Mutex::new(HashMap::new()),
        }
    }

    /// The folder of job `id`.
    pub fn dir_of(&self, id: &str) -> PathBuf {
        self.dir.join(id)
    }

    /// A job's status.
    pub fn get(&self, id: &str) -> Option<JobStatus> {
        self.jobs.lock().ok()?.get(id).cloned()
    }

    /// An existing job for the same request (not failed), if any.
    pub fn existing(&self, spec: &JobSpec) -> Option<String> {
        let id = self.by_key.lock().ok()?.get(&spec.key())?.clone();
        match self.get(&id) {
            Some(j) if j.state != JobState::Failed => Some(id),
            _ => None,
        }
    }

    /// Registers a new queued job and returns its id.
    pub fn create(&self, spec: &JobSpec, title: String) -> Result<String, AppError> {
        let id = random_id();
        let status = JobStatus {
            id: id.clone(),
            slug: spec.slug.clone(),
            title,
            state: JobState::Queued,
            progress: 0.0,
            message: "waiting for a free worker".into(),
            files: vec![],
            notes: vec![],
        };
        self.jobs
            .lock()
            .map_err(|_| AppError::Internal("jobs lock".into()))?
            .insert(id.clone(), status);
        if let Ok(mut k) = self.by_key.lock() {
            k.insert(spec.key(), id.clone());
        }
        Ok(id)
    }

    /// Changes a job's status.
    pub fn update(&self, id: &str, f: impl FnOnce(&mut JobStatus)) {
        if let Ok(mut jobs) = self.jobs.lock()
            && let Some(j) = jobs.get_mut(id)
        {
            f(j);
        }
    }

    /// The semaphore bounding concurrent jobs.
    pub fn permits(&self) -> Arc<Semaphore> {
        self.permits.clone()
    }
}

/// 16 random hex digits.
fn random_id() -> String {
    use rand::RngExt;
    let mut rng = rand::rng();
    let n: u64 = rng.random();
    format!("{n:016x}")
}
