//! Export jobs: cut files and build sheets need nesting with a time budget, so they run in
//! the background (bounded by a semaphore) and the page polls their progress. Their state
//! lives in the accounts database (`crate::accounts`), their files in a folder per job.
//! Requests with the same design revision and options share one job.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde::Serialize;
use tokio::sync::Semaphore;

use super::account::now;
use super::error::AppError;
use crate::accounts::{Accounts, JobState, JobUpdate};

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
    /// Files written (relative names), once done.
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
    accounts: Arc<Accounts>,
    by_key: Mutex<HashMap<String, String>>,
    /// Jobs queued or running now.
    active: std::sync::atomic::AtomicUsize,
    /// The client of each job queued or running now (a client's count is derived from it).
    clients: Mutex<HashMap<String, String>>,
}

/// How long a job's files are kept.
pub const JOB_FILES_KEPT: Duration = Duration::from_secs(24 * 3600);

/// Most jobs queued or running at once; more are refused with 429 until some finish.
pub const MAX_ACTIVE_JOBS: usize = 64;

/// Most jobs one client (IP address) may have queued or running at once.
pub const MAX_JOBS_PER_CLIENT: usize = 4;

fn internal(e: impl std::fmt::Display) -> AppError {
    AppError::Internal(e.to_string())
}

impl Jobs {
    /// Jobs writing under `dir`, at most `max` at once, recorded in `accounts`.
    pub fn new(dir: PathBuf, max: usize, accounts: Arc<Accounts>) -> Jobs {
        Jobs {
            dir,
            permits: Arc::new(Semaphore::new(max.max(1))),
            accounts,
            by_key: Mutex::new(HashMap::new()),
            active: std::sync::atomic::AtomicUsize::new(0),
            clients: Mutex::new(HashMap::new()),
        }
    }

    /// The folder of job `id`.
    pub fn dir_of(&self, id: &str) -> PathBuf {
        self.dir.join(id)
    }

    /// A job's status (blocking: a database read).
    pub fn get(&self, id: &str) -> Result<Option<JobStatus>, AppError> {
        if id.len() != 16 || !id.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Ok(None);
        }
        let Some(job) = self.accounts.job(id)? else {
            return Ok(None);
        };
        let request: serde_json::Value =
            serde_json::from_str(&job.request_json).unwrap_or_default();
        let (mut files, mut notes) = (Vec::new(), Vec::new());
        if job.state == JobState::Done {
            let dir = self.dir_of(id);
            if let Ok(text) = std::fs::read(dir.join("manifest.json"))
                && let Ok(m) = serde_json::from_slice::<serde_json::Value>(&text)
            {
                files = m["files"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|f| f["file"].as_str().map(str::to_string))
                    .collect();
                files.push("manifest.json".into());
                notes = m["notes"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|n| n.as_str().map(str::to_string))
                    .collect();
            }
        }
        Ok(Some(JobStatus {
            id: job.id,
            slug: job.slug,
            title: request["title"].as_str().unwrap_or("export").to_string(),
            state: job.state,
            progress: job.progress,
            message: job.message.unwrap_or_default(),
            files,
            notes,
        }))
    }

    /// An existing job for the same request (not failed), if any.
    pub fn existing(&self, spec: &JobSpec) -> Result<Option<String>, AppError> {
        let id = match self.by_key.lock().map_err(internal)?.get(&spec.key()) {
            Some(id) => id.clone(),
            None => return Ok(None),
        };
        Ok(match self.get(&id)? {
            Some(j) if j.state != JobState::Failed => Some(id),
            _ => None,
        })
    }

    /// Removes the folders of jobs finished more than a day ago.
    fn prune(&self) {
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return;
        };
        for e in entries.flatten() {
            let old = e
                .metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| t.elapsed().ok())
                .is_some_and(|age| age > JOB_FILES_KEPT);
            if old {
                let _ = std::fs::remove_dir_all(e.path());
            }
        }
    }

    /// Records a new queued job for `client` and returns its id; refuses when too many are
    /// waiting, in all or from this client.
    pub fn create(&self, spec: &JobSpec, title: String, client: &str) -> Result<String, AppError> {
        use std::sync::atomic::Ordering;
        self.prune();
        {
            let clients = self.clients.lock().map_err(internal)?;
            if clients.values().filter(|c| *c == client).count() >= MAX_JOBS_PER_CLIENT {
                return Err(AppError::TooMany(format!(
                    "you already have {MAX_JOBS_PER_CLIENT} exports waiting or running; \
                     wait for one to finish"
                )));
            }
        }
        if self.active.fetch_add(1, Ordering::SeqCst) >= MAX_ACTIVE_JOBS {
            self.active.fetch_sub(1, Ordering::SeqCst);
            return Err(AppError::TooMany(format!(
                "{MAX_ACTIVE_JOBS} exports are already waiting or running; try again in a minute"
            )));
        }
        let request = serde_json::json!({
            "title": title,
            "commit": spec.commit,
            "format": spec.format,
            "params": spec.params,
            "makerspace": spec.makerspace,
            "machine": spec.machine,
            "time_limit_s": spec.time_limit.as_secs_f64(),
        });
        let job = match self
            .accounts
            .create_job(&spec.slug, &request.to_string(), now())
        {
            Ok(j) => j,
            Err(e) => {
                self.active.fetch_sub(1, Ordering::SeqCst);
                return Err(e.into());
            }
        };
        self.by_key
            .lock()
            .map_err(internal)?
            .insert(spec.key(), job.id.clone());
        self.clients
            .lock()
            .map_err(internal)?
            .insert(job.id.clone(), client.to_string());
        Ok(job.id)
    }

    /// Records progress or the end of a job (a finished job frees its place in the queue).
    pub fn set(&self, id: &str, state: JobState, progress: f64, message: String) {
        if matches!(state, JobState::Done | JobState::Failed) {
            self.active
                .fetch_sub(1, std::sync::atomic::Ordering::SeqCst);
            if let Ok(mut clients) = self.clients.lock() {
                clients.remove(id);
            }
        }
        let update = JobUpdate {
            state,
            progress,
            message: Some(message),
            result_dir: Some(self.dir_of(id).to_string_lossy().into_owned()),
        };
        if let Err(e) = self.accounts.update_job(id, update, now()) {
            eprintln!("barnraise serve: job {id}: {e}");
        }
    }

    /// The semaphore bounding concurrent jobs.
    pub fn permits(&self) -> Arc<Semaphore> {
        self.permits.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(n: u32) -> JobSpec {
        JobSpec {
            slug: "potting-bench".into(),
            commit: "0".repeat(40),
            format: crate::export::Format::Svg,
            params: [("thickness".to_string(), format!("{}", 15 + n))].into(),
            makerspace: None,
            machine: None,
            time_limit: Duration::from_secs(1),
        }
    }

    #[test]
    fn one_client_may_have_four_jobs_waiting_and_gets_a_place_back_when_one_ends() {
        let dir = std::env::temp_dir().join(format!("barnraise-jobs-{}", std::process::id()));
        let accounts = Arc::new(Accounts::open_in_memory().expect("database"));
        let jobs = Jobs::new(dir, 2, accounts);
        let ids: Vec<String> = (0..MAX_JOBS_PER_CLIENT as u32)
            .map(|n| {
                jobs.create(&spec(n), "SVG".into(), "10.0.0.1")
                    .expect("within the cap")
            })
            .collect();
        let refused = jobs
            .create(&spec(9), "SVG".into(), "10.0.0.1")
            .expect_err("a fifth job from the same client");
        assert!(matches!(&refused, AppError::TooMany(m) if m.contains("4 exports")));
        // Another client is not held up.
        jobs.create(&spec(9), "SVG".into(), "10.0.0.2")
            .expect("another client");
        // A finished job frees its client's place, once.
        jobs.set(&ids[0], JobState::Done, 1.0, "done".into());
        jobs.create(&spec(10), "SVG".into(), "10.0.0.1")
            .expect("a place came free");
        assert!(jobs.create(&spec(11), "SVG".into(), "10.0.0.1").is_err());
    }
}
