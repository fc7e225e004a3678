//! Export jobs: cut files and build sheets need nesting with a time budget, so they run in
//! the background (bounded by a semaphore) and the page polls their progress. Their state
//! lives in the accounts database (`crate::accounts`), their files in a folder per job.
//! Requests for the same design revision and the same canonical options share one job; at
//! most [`MAX_ACTIVE_JOBS`] wait or run, [`MAX_JOBS_PER_CLIENT`] per client.

use crate::i18n::Message;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde::Serialize;
use tokio::sync::Semaphore;

use super::error::WebError;
use super::state::{AppState, blocking};
use crate::accounts::{Accounts, JobState, JobUpdate};
use crate::app::Overrides;
use crate::app::exports::{self, CutOptions};
use crate::export::{CutFormat, ExportManifest, StockPick};
use crate::model::Slug;

/// A job as the page and the API see it.
#[derive(Debug, Clone, Serialize)]
pub struct JobStatus {
    /// Random id (not guessable).
    pub id: String,
    /// Design slug.
    pub slug: String,
    /// What was asked, in English words (as stored with the job).
    pub title: String,
    /// The same as a catalogue message, for pages in other languages (`title_in`).
    #[serde(skip)]
    pub what: Option<crate::i18n::Message>,
    /// State.
    pub state: JobState,
    /// 0 to 1.
    pub progress: f64,
    /// Progress or error text (English).
    pub message: String,
    /// The same as a catalogue message (`{code, args}`), when it is one.
    pub message_code: Option<serde_json::Value>,
    /// Files written (relative names), once done.
    pub files: Vec<String>,
    /// The export's manifest, once done.
    pub manifest: Option<serde_json::Value>,
    /// Whether it exports a project (`slug` is then the project's).
    pub project: bool,
}

/// What an export job runs: everything canonical, so equal requests are one job.
#[derive(Debug, Clone)]
pub struct JobSpec {
    /// The design, or the project when `project` is set.
    pub slug: Slug,
    /// Whether `slug` names a project (its designs are nested together).
    pub project: bool,
    /// The store commit the design is read at.
    pub commit: String,
    /// What to write.
    pub format: CutFormat,
    /// Parameter values, canonical.
    pub params: Overrides,
    /// Makerspace slug.
    pub makerspace: Option<String>,
    /// Machine id.
    pub machine: Option<String>,
    /// Stock choices.
    pub materials: Vec<StockPick>,
    /// Nesting budget.
    pub time_limit: Duration,
    /// The build sheet's language.
    pub language: crate::i18n::Lang,
}

impl JobSpec {
    /// The key shared by identical requests.
    pub fn key(&self) -> String {
        let materials: Vec<String> = self
            .materials
            .iter()
            .map(|m| format!("{}={}", m.material.as_deref().unwrap_or(""), m.stock))
            .collect();
        format!(
            "{}{}@{}:{}:{}:{}:{}:{}:{}:{}",
            if self.project { "project/" } else { "" },
            self.slug,
            self.commit,
            self.format.name(),
            self.params.query(),
            self.makerspace.as_deref().unwrap_or(""),
            self.machine.as_deref().unwrap_or(""),
            materials.join(","),
            self.time_limit.as_millis(),
            self.language.code()
        )
    }

    /// What was asked, in English words.
    pub fn title(&self) -> String {
        what(
            self.format,
            self.project,
            self.slug.as_str(),
            self.makerspace.as_deref(),
        )
        .text(crate::i18n::Lang::En)
    }
}

impl JobStatus {
    /// What was asked, in `lang` (the stored English title for jobs that predate the
    /// catalogue message).
    pub fn title_in(&self, lang: crate::i18n::Lang) -> String {
        match &self.what {
            Some(m) => m.text(lang),
            None => self.title.clone(),
        }
    }

    /// The progress or error text in `lang` (English when it is not a catalogue message).
    pub fn message_in(&self, lang: crate::i18n::Lang) -> String {
        self.message_code
            .as_ref()
            .and_then(|c| crate::i18n::tr_value(lang, c))
            .unwrap_or_else(|| self.message.clone())
    }
}

/// What a failed job says: the error's catalogue message when it has one.
fn failure(e: &WebError) -> crate::i18n::Wording {
    match &e.0.message_id {
        Some(m) => crate::i18n::Wording::from((**m).clone()),
        None => e.to_string().into(),
    }
}

/// "nesting ply18: 3 sheet(s), lower bound 2" as a catalogue message.
fn nesting_progress(material: &str, p: &crate::nest::Progress) -> Message {
    Message::new("job-progress-sheets")
        .arg("material", material)
        .arg("sheets", p.sheets)
        .arg("bound", p.lower_bound)
}

/// "cut files and build sheet for project X at Y" as a catalogue message.
fn what(
    format: CutFormat,
    project: bool,
    slug: &str,
    makerspace: Option<&str>,
) -> crate::i18n::Message {
    use crate::i18n::Message;
    let key = match (project, makerspace.is_some()) {
        (false, false) => "job-what",
        (false, true) => "job-what-at",
        (true, false) => "job-what-project",
        (true, true) => "job-what-project-at",
    };
    Message::new(key)
        .arg(
            "format",
            Message::new(match format {
                CutFormat::Svg => "job-format-svg",
                CutFormat::Dxf => "job-format-dxf",
                CutFormat::Gcode => "job-format-gcode",
                CutFormat::Pdf => "job-format-pdf",
                CutFormat::All => "job-format-all",
            }),
        )
        .arg("slug", slug)
        .arg("makerspace", makerspace.unwrap_or(""))
}

/// A stored job's request read back into its title message.
fn what_of(slug: &str, request: &serde_json::Value) -> Option<crate::i18n::Message> {
    let format = CutFormat::parse(request["format"].as_str()?)?;
    Some(what(
        format,
        request["project"].as_bool().unwrap_or(false),
        slug,
        request["makerspace"].as_str(),
    ))
}

/// Bounded background exports.
pub struct Jobs {
    dir: PathBuf,
    permits: Arc<Semaphore>,
    accounts: Arc<Accounts>,
    by_key: Mutex<HashMap<String, String>>,
    /// The client of each job queued or running now (a client's count is derived from it).
    clients: Mutex<HashMap<String, String>>,
}

/// How long a job's files are kept.
pub const JOB_FILES_KEPT: Duration = Duration::from_secs(24 * 3600);

/// Most jobs queued or running at once; more are refused with 429 until some finish.
pub const MAX_ACTIVE_JOBS: usize = 64;

/// Most jobs one client may have queued or running at once.
pub const MAX_JOBS_PER_CLIENT: usize = 4;

/// Most bytes all job folders may hold; older finished jobs are removed first.
pub const MAX_JOB_BYTES: u64 = 2 << 30;

fn internal(e: impl std::fmt::Display) -> WebError {
    WebError::internal(e.to_string())
}

impl Jobs {
    /// Jobs writing under `dir`, at most `max` at once, recorded in `accounts`.
    pub fn new(dir: PathBuf, max: usize, accounts: Arc<Accounts>) -> Jobs {
        Jobs {
            dir,
            permits: Arc::new(Semaphore::new(max.max(1))),
            accounts,
            by_key: Mutex::new(HashMap::new()),
            clients: Mutex::new(HashMap::new()),
        }
    }

    /// The folder of job `id`.
    pub fn dir_of(&self, id: &str) -> PathBuf {
        self.dir.join(id)
    }

    /// A job's status (blocking: a database read).
    pub fn get(&self, id: &str) -> Result<Option<JobStatus>, WebError> {
        if id.len() != 16 || !id.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Ok(None);
        }
        let Some(job) = self.accounts.job(id)? else {
            return Ok(None);
        };
        let request: serde_json::Value =
            serde_json::from_str(&job.request_json).unwrap_or_default();
        let (mut files, mut manifest) = (Vec::new(), None);
        if job.state == JobState::Done
            && let Ok(text) = std::fs::read(self.dir_of(id).join("manifest.json"))
            && let Ok(m) = serde_json::from_slice::<serde_json::Value>(&text)
        {
            files = m["files"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|f| f["file"].as_str().map(str::to_string))
                .collect();
            files.push("manifest.json".into());
            manifest = Some(m);
        }
        let what = what_of(&job.slug, &request);
        Ok(Some(JobStatus {
            id: job.id,
            slug: job.slug,
            title: request["title"].as_str().unwrap_or("export").to_string(),
            what,
            state: job.state,
            progress: job.progress,
            message: job.message.unwrap_or_default(),
            message_code: job.message_code.and_then(|c| serde_json::from_str(&c).ok()),
            files,
            manifest,
            project: request["project"].as_bool().unwrap_or(false),
        }))
    }

    /// An existing job for the same request (not failed), if any.
    pub fn existing(&self, spec: &JobSpec) -> Result<Option<String>, WebError> {
        let id = match self.by_key.lock().map_err(internal)?.get(&spec.key()) {
            Some(id) => id.clone(),
            None => return Ok(None),
        };
        Ok(match self.get(&id)? {
            Some(j) if j.state != JobState::Failed => Some(id),
            _ => None,
        })
    }

    /// Removes the folders of jobs finished more than a day ago, and the oldest ones while
    /// all of them hold more than [`MAX_JOB_BYTES`].
    fn prune(&self) {
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return;
        };
        let mut kept: Vec<(std::time::SystemTime, u64, PathBuf)> = Vec::new();
        for e in entries.flatten() {
            let modified = e.metadata().and_then(|m| m.modified()).ok();
            let old = modified
                .and_then(|t| t.elapsed().ok())
                .is_some_and(|age| age > JOB_FILES_KEPT);
            if old {
                let _ = std::fs::remove_dir_all(e.path());
            } else if let Some(t) = modified {
                kept.push((t, folder_size(&e.path()), e.path()));
            }
        }
        kept.sort();
        let mut total: u64 = kept.iter().map(|k| k.1).sum();
        for (_, size, path) in kept {
            if total <= MAX_JOB_BYTES {
                break;
            }
            let _ = std::fs::remove_dir_all(&path);
            total = total.saturating_sub(size);
        }
    }

    /// Records a new queued job for `client` and returns its id; refuses when too many are
    /// waiting, in all or from this client.
    pub fn create(&self, spec: &JobSpec, client: &str) -> Result<String, WebError> {
        self.prune();
        let mut clients = self.clients.lock().map_err(internal)?;
        if clients.values().filter(|c| *c == client).count() >= MAX_JOBS_PER_CLIENT {
            return Err(WebError::too_many(
                Message::new("error-too-many-exports-yours").arg("count", MAX_JOBS_PER_CLIENT),
            ));
        }
        if clients.len() >= MAX_ACTIVE_JOBS {
            return Err(WebError::too_many(
                Message::new("error-too-many-exports").arg("count", MAX_ACTIVE_JOBS),
            ));
        }
        let request = serde_json::json!({
            "title": spec.title(),
            "project": spec.project,
            "commit": spec.commit,
            "format": spec.format,
            "params": spec.params.values(),
            "makerspace": spec.makerspace,
            "machine": spec.machine,
            "time_limit_s": spec.time_limit.as_secs_f64(),
        });
        let job = self
            .accounts
            .create_job(&spec.slug, &request.to_string(), crate::time::now())?;
        self.by_key
            .lock()
            .map_err(internal)?
            .insert(spec.key(), job.id.clone());
        clients.insert(job.id.clone(), client.to_string());
        Ok(job.id)
    }

    /// Records progress or the end of a job (a finished job frees its place in the queue).
    pub fn set(
        &self,
        id: &str,
        state: JobState,
        progress: f64,
        message: impl Into<crate::i18n::Wording>,
    ) {
        let wording = message.into();
        let message_code = wording
            .message()
            .and_then(|m| serde_json::to_string(m).ok());
        let message = wording.english().to_string();
        if state.is_finished()
            && let Ok(mut clients) = self.clients.lock()
        {
            clients.remove(id);
        }
        let update = JobUpdate {
            state,
            progress,
            message: Some(message),
            message_code,
            result_dir: Some(self.dir_of(id).to_string_lossy().into_owned()),
        };
        if let Err(e) = self.accounts.update_job(id, update, crate::time::now()) {
            eprintln!("barnraise serve: job {id}: {e}");
        }
    }
}

fn folder_size(dir: &std::path::Path) -> u64 {
    std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| e.metadata().ok())
        .filter(|m| m.is_file())
        .map(|m| m.len())
        .sum()
}

/// Starts (or reuses) the export job `spec` for `client`; returns its id. The job reads the
/// design under a store handle, then nests and writes without one.
pub async fn start(state: &AppState, spec: JobSpec, client: String) -> Result<String, WebError> {
    let st = state.clone();
    let spec2 = spec.clone();
    if let Some(id) = blocking(move || st.0.jobs.existing(&spec2)).await? {
        return Ok(id);
    }
    let st = state.clone();
    let spec2 = spec.clone();
    let id = blocking(move || st.0.jobs.create(&spec2, &client)).await?;
    let st = state.clone();
    let job_id = id.clone();
    tokio::spawn(async move {
        let result = run(&st, &job_id, spec).await;
        let st2 = st.clone();
        let _ = tokio::task::spawn_blocking(move || match result {
            Ok(n) => st2.0.jobs.set(
                &job_id,
                JobState::Done,
                1.0,
                Message::new("job-progress-ready").arg("count", n),
            ),
            Err(e) => st2.0.jobs.set(&job_id, JobState::Failed, 0.0, failure(&e)),
        })
        .await;
    });
    Ok(id)
}

/// Runs a job; returns how many files it wrote (`manifest.json` included).
async fn run(state: &AppState, id: &str, spec: JobSpec) -> Result<usize, WebError> {
    let _permit = state
        .0
        .jobs
        .permits
        .clone()
        .acquire_owned()
        .await
        .map_err(internal)?;
    if spec.project {
        return run_project(state, id, spec).await;
    }
    let st = state.clone();
    let id2 = id.to_string();
    let mut prepared = state
        .with_store(move |store| {
            st.0.jobs.set(
                &id2,
                JobState::Running,
                0.0,
                Message::new("job-progress-nesting"),
            );
            let loaded = crate::app::designs::load_stored(store, &spec.slug, Some(&spec.commit))?;
            let space = spec
                .makerspace
                .as_deref()
                .map(|m| crate::app::makerspaces::find(store, m))
                .transpose()?;
            let options = CutOptions {
                format: spec.format,
                machine: spec.machine.clone(),
                materials: spec.materials.clone(),
                time_limit: spec.time_limit,
                language: spec.language,
                ..CutOptions::default()
            };
            Ok(exports::prepare_cut_files(
                Some(store),
                loaded,
                spec.params.clone(),
                space,
                options,
                st.base_url(),
            )?)
        })
        .await?;
    // The build sheet's "log your build" code leads to this job's prefilled form.
    prepared.context.log_build_url = crate::app::builds::log_build_url(
        state.base_url(),
        &prepared.loaded.design.slug,
        prepared.loaded.commit.as_deref(),
        Some(id),
    );
    let st = state.clone();
    let id = id.to_string();
    blocking(move || {
        let jobs = &st.0.jobs;
        let mut last = std::time::Instant::now();
        exports::run_cut_files(&prepared, &jobs.dir_of(&id), &mut |material, p| {
            // Progress goes to the database at most four times a second.
            if last.elapsed() >= Duration::from_millis(250) {
                last = std::time::Instant::now();
                jobs.set(
                    &id,
                    JobState::Running,
                    p.fraction.clamp(0.0, 0.99),
                    nesting_progress(material, &p),
                );
            }
        })
        .map(|m: ExportManifest| m.files.len() + 1)
        .map_err(WebError::from)
    })
    .await
}

/// A project's job: every design read at the job's commit, nested together.
/// The caller holds a job permit.
async fn run_project(state: &AppState, id: &str, spec: JobSpec) -> Result<usize, WebError> {
    let st = state.clone();
    let id2 = id.to_string();
    let prepared = state
        .with_store(move |store| {
            st.0.jobs.set(
                &id2,
                JobState::Running,
                0.0,
                Message::new("job-progress-nesting"),
            );
            let space = spec
                .makerspace
                .as_deref()
                .map(|m| crate::app::makerspaces::find(store, m))
                .transpose()?;
            let options = CutOptions {
                format: spec.format,
                machine: spec.machine.clone(),
                time_limit: spec.time_limit,
                language: spec.language,
                ..CutOptions::default()
            };
            Ok(crate::app::projects::prepare_export(
                store,
                spec.slug.as_str(),
                Some(&spec.commit),
                space,
                options,
                st.base_url(),
            )?)
        })
        .await?;
    let st = state.clone();
    let id = id.to_string();
    blocking(move || {
        let jobs = &st.0.jobs;
        let mut last = std::time::Instant::now();
        crate::app::projects::run_export(&prepared, &jobs.dir_of(&id), &mut |material, p| {
            if last.elapsed() >= Duration::from_millis(250) {
                last = std::time::Instant::now();
                jobs.set(
                    &id,
                    JobState::Running,
                    p.fraction.clamp(0.0, 0.99),
                    nesting_progress(material, &p),
                );
            }
        })
        .map(|m| m.files.len() + 1)
        .map_err(WebError::from)
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(n: u32) -> JobSpec {
        let packages = crate::shipped::packages().expect("shipped");
        let design = &packages[0].0;
        let t = design.parameter("thickness").map_or(3.0, |p| p.default);
        let raw = std::collections::BTreeMap::from([(
            "thickness".to_string(),
            crate::model::format_number(t + f64::from(n) * 0.01),
        )]);
        JobSpec {
            slug: Slug::parse(&design.slug).expect("slug"),
            project: false,
            commit: "0".repeat(40),
            format: CutFormat::Svg,
            params: Overrides::parse_known(design, &raw).expect("params"),
            makerspace: None,
            machine: None,
            materials: vec![],
            time_limit: Duration::from_secs(1),
            language: crate::i18n::Lang::En,
        }
    }

    #[test]
    fn one_client_may_have_four_jobs_waiting_and_gets_a_place_back_when_one_ends() {
        let dir = tempfile::tempdir().expect("tempdir");
        let accounts = Arc::new(Accounts::open_in_memory().expect("database"));
        let jobs = Jobs::new(dir.path().to_path_buf(), 2, accounts);
        let ids: Vec<String> = (0..MAX_JOBS_PER_CLIENT as u32)
            .map(|n| jobs.create(&spec(n), "10.0.0.1").expect("within the cap"))
            .collect();
        let refused = jobs
            .create(&spec(9), "10.0.0.1")
            .expect_err("a fifth job from the same client");
        assert!(refused.to_string().contains("4 exports"));
        // Another client is not held up.
        jobs.create(&spec(9), "10.0.0.2").expect("another client");
        // A finished job frees its client's place, once.
        jobs.set(&ids[0], JobState::Done, 1.0, "done");
        jobs.create(&spec(10), "10.0.0.1")
            .expect("a place came free");
        assert!(jobs.create(&spec(11), "10.0.0.1").is_err());
    }

    #[test]
    fn progress_is_kept_as_a_message_and_phrased_in_the_pages_language() {
        let dir = tempfile::tempdir().expect("tempdir");
        let accounts = Arc::new(Accounts::open_in_memory().expect("database"));
        let jobs = Jobs::new(dir.path().to_path_buf(), 2, accounts);
        let id = jobs.create(&spec(0), "10.0.0.1").expect("a job");
        let progress = crate::nest::Progress {
            fraction: 0.5,
            sheets: 3,
            lower_bound: 2,
        };
        jobs.set(
            &id,
            JobState::Running,
            0.5,
            nesting_progress("ply18", &progress),
        );
        let status = jobs.get(&id).expect("read").expect("the job");
        assert_eq!(status.message, "nesting ply18: 3 sheet(s), lower bound 2");
        assert_eq!(
            status.message_code.as_ref().expect("a code")["code"],
            "job-progress-sheets"
        );
        assert_eq!(
            status.message_in(crate::i18n::Lang::Fr),
            "imbrication ply18 : 3 panneau(x), borne inférieure 2"
        );
        // Text that is not a catalogue message stays as it was.
        jobs.set(&id, JobState::Failed, 0.0, "a disk error");
        let status = jobs.get(&id).expect("read").expect("the job");
        assert!(status.message_code.is_none());
        assert_eq!(status.message_in(crate::i18n::Lang::De), "a disk error");
    }

    #[test]
    fn equal_requests_have_one_key_whatever_their_spelling() {
        let a = spec(0);
        let mut b = spec(0);
        b.params = a.params.clone();
        assert_eq!(a.key(), b.key());
        assert_ne!(spec(0).key(), spec(1).key());
        assert!(
            !a.key().contains("Svg"),
            "no debug text in keys: {}",
            a.key()
        );
    }
}
