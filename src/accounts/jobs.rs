//! Export jobs: their request, state, progress and where their files went.
//!
//! The export itself runs elsewhere; this is the record pages and the API poll. Job ids are
//! 64 random bits in hex, so one job's id does not lead to another's.

use rusqlite::{OptionalExtension, Row, params};
use serde::Serialize;

use crate::i18n::Message;

use super::{Accounts, AccountsError, random_hex};

/// Where an export job stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum JobState {
    /// Waiting for a worker.
    Queued,
    /// Being worked on.
    Running,
    /// Finished; the files are in `result_dir`.
    Done,
    /// Gave up; `message` says why.
    Failed,
}

impl JobState {
    /// The lowercase name used in the database and in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            JobState::Queued => "queued",
            JobState::Running => "running",
            JobState::Done => "done",
            JobState::Failed => "failed",
        }
    }

    /// Whether the job has ended (done or failed) and will not change again.
    pub fn is_finished(self) -> bool {
        matches!(self, JobState::Done | JobState::Failed)
    }

    fn parse(s: &str) -> Option<JobState> {
        match s {
            "queued" => Some(JobState::Queued),
            "running" => Some(JobState::Running),
            "done" => Some(JobState::Done),
            "failed" => Some(JobState::Failed),
            _ => None,
        }
    }
}

/// An export job.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Job {
    /// 16 lowercase hex characters, random.
    pub id: String,
    /// The design being exported.
    pub slug: String,
    /// The export request as the server serialised it (JSON text).
    pub request_json: String,
    /// Where it stands.
    pub state: JobState,
    /// Fraction done, 0.0–1.0.
    pub progress: f64,
    /// Human-readable status or failure reason (English).
    pub message: Option<String>,
    /// The same as a catalogue message (`{code, args}` JSON text), when it is one.
    pub message_code: Option<String>,
    /// Where the finished files are (meaning is up to the server).
    pub result_dir: Option<String>,
    /// Creation time, unix seconds.
    pub created_at: i64,
    /// Last change, unix seconds.
    pub updated_at: i64,
}

/// A progress report for a job.
#[derive(Debug, Clone, PartialEq)]
pub struct JobUpdate {
    /// The new state.
    pub state: JobState,
    /// Fraction done, 0.0–1.0 (values outside are clamped; NaN is refused).
    pub progress: f64,
    /// Status or failure message (replaces the previous one).
    pub message: Option<String>,
    /// The same as a catalogue message (`{code, args}` JSON text; replaces the previous).
    pub message_code: Option<String>,
    /// Where the files are, once done (replaces the previous one).
    pub result_dir: Option<String>,
}

const JOB_COLUMNS: &str = "id, slug, request_json, state, progress, message, result_dir, created_at, updated_at, \
     message_code";

impl Job {
    fn from_row(r: &Row<'_>) -> rusqlite::Result<Job> {
        let state: String = r.get(3)?;
        let state = JobState::parse(&state).ok_or_else(|| {
            rusqlite::Error::FromSqlConversionFailure(
                3,
                rusqlite::types::Type::Text,
                format!("unknown job state {state:?}").into(),
            )
        })?;
        Ok(Job {
            id: r.get(0)?,
            slug: r.get(1)?,
            request_json: r.get(2)?,
            state,
            progress: r.get(4)?,
            message: r.get(5)?,
            result_dir: r.get(6)?,
            created_at: r.get(7)?,
            updated_at: r.get(8)?,
            message_code: r.get(9)?,
        })
    }
}

/// Random bits in a job id.
const JOB_ID_BYTES: usize = 8;

impl Accounts {
    /// Records a new queued job for `slug` with the given request and returns it.
    ///
    /// # Errors
    /// [`AccountsError::Invalid`] if `slug` is empty (`slug`) or `request_json` is not JSON
    /// (`request`).
    pub fn create_job(
        &self,
        slug: &str,
        request_json: &str,
        now: i64,
    ) -> Result<Job, AccountsError> {
        let slug = super::check_text("slug", slug, 255, false)?;
        if let Err(e) = serde_json::from_str::<serde::de::IgnoredAny>(request_json) {
            return Err(AccountsError::Invalid {
                field: "request",
                message: Message::new("refusal-account-not-json").arg("reason", e.to_string()),
            });
        }
        let conn = self.conn();
        // 64 random bits: a collision is astronomically unlikely, but cheap to survive.
        let mut attempts = 0;
        loop {
            let id = random_hex(JOB_ID_BYTES);
            let inserted = conn.execute(
                "INSERT INTO jobs (id, slug, request_json, state, progress, created_at, updated_at)
                 VALUES (?1, ?2, ?3, 'queued', 0.0, ?4, ?4)",
                params![id, slug, request_json, now],
            );
            match inserted {
                Ok(_) => {
                    return Ok(Job {
                        id,
                        slug,
                        request_json: request_json.to_string(),
                        state: JobState::Queued,
                        progress: 0.0,
                        message: None,
                        message_code: None,
                        result_dir: None,
                        created_at: now,
                        updated_at: now,
                    });
                }
                Err(e)
                    if attempts < 3
                        && super::is_constraint(
                            &e,
                            rusqlite::ffi::SQLITE_CONSTRAINT_PRIMARYKEY,
                        ) =>
                {
                    attempts += 1;
                }
                Err(e) => return Err(e.into()),
            }
        }
    }

    /// Records progress on a job and returns it as updated.
    ///
    /// # Errors
    /// [`AccountsError::NotFound`] for an unknown job; [`AccountsError::Conflict`] if the job
    /// has already finished (a late report from a worker after a restart, say);
    /// [`AccountsError::Invalid`] if `progress` is NaN.
    pub fn update_job(&self, id: &str, update: JobUpdate, now: i64) -> Result<Job, AccountsError> {
        if update.progress.is_nan() {
            return Err(AccountsError::Invalid {
                field: "progress",
                message: Message::new("refusal-account-not-a-number"),
            });
        }
        let progress = update.progress.clamp(0.0, 1.0);
        let changed = self.conn().execute(
            "UPDATE jobs SET state = ?2, progress = ?3, message = ?4, result_dir = ?5,
                 updated_at = ?6, message_code = ?7
             WHERE id = ?1 AND state IN ('queued', 'running')",
            params![
                id,
                update.state.as_str(),
                progress,
                update.message,
                update.result_dir,
                now,
                update.message_code
            ],
        )?;
        let job = self
            .job(id)?
            .ok_or(AccountsError::NotFound { what: "job" })?;
        if changed == 0 {
            return Err(AccountsError::Conflict(
                Message::new("refusal-account-job-over").arg("id", id).arg(
                    "state",
                    if job.state == JobState::Done {
                        "finished"
                    } else {
                        "failed"
                    },
                ),
            ));
        }
        Ok(job)
    }

    /// The job with this id, if any.
    ///
    /// # Errors
    /// [`AccountsError::Database`] if SQLite fails.
    pub fn job(&self, id: &str) -> Result<Option<Job>, AccountsError> {
        Ok(self
            .conn()
            .query_row(
                &format!("SELECT {JOB_COLUMNS} FROM jobs WHERE id = ?1"),
                [id],
                Job::from_row,
            )
            .optional()?)
    }

    /// The most recent `limit` jobs for `slug`, newest first.
    ///
    /// # Errors
    /// [`AccountsError::Database`] if SQLite fails.
    pub fn jobs_for(&self, slug: &str, limit: usize) -> Result<Vec<Job>, AccountsError> {
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let conn = self.conn();
        let mut stmt = conn.prepare(&format!(
            "SELECT {JOB_COLUMNS} FROM jobs WHERE slug = ?1
             ORDER BY created_at DESC, rowid DESC LIMIT ?2"
        ))?;
        let jobs = stmt
            .query_map(params![slug, limit], Job::from_row)?
            .collect::<Result<_, _>>()?;
        Ok(jobs)
    }

    /// Marks every queued or running job failed with the message "server restarted"; call
    /// once at start-up, before any worker runs. Returns how many jobs were failed.
    ///
    /// # Errors
    /// [`AccountsError::Database`] if SQLite fails.
    pub fn fail_interrupted_jobs(&self, now: i64) -> Result<usize, AccountsError> {
        Ok(self.conn().execute(
            "UPDATE jobs SET state = 'failed', message = 'server restarted', updated_at = ?1
             WHERE state IN ('queued', 'running')",
            [now],
        )?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::accounts::tests::db;

    const T0: i64 = 1_700_000_000;
    const REQUEST: &str = r#"{"makerspace":"fablab","machine":"laser","formats":["svg"]}"#;

    fn update(state: JobState, progress: f64) -> JobUpdate {
        JobUpdate {
            state,
            progress,
            message: None,
            message_code: None,
            result_dir: None,
        }
    }

    #[test]
    fn job_lifecycle() {
        let db = db();
        let job = db.create_job("seeder", REQUEST, T0).expect("create");
        assert_eq!(job.id.len(), 16);
        assert!(
            job.id
                .bytes()
                .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
        );
        assert_eq!(job.state, JobState::Queued);
        assert_eq!(job.progress, 0.0);
        assert_eq!(db.job(&job.id).expect("get"), Some(job.clone()));

        let running = db
            .update_job(
                &job.id,
                JobUpdate {
                    message: Some("nesting sheet 1".into()),
                    ..update(JobState::Running, 0.25)
                },
                T0 + 1,
            )
            .expect("update");
        assert_eq!(running.state, JobState::Running);
        assert_eq!(running.progress, 0.25);
        assert_eq!(running.message.as_deref(), Some("nesting sheet 1"));
        assert_eq!(running.updated_at, T0 + 1);
        assert_eq!(running.created_at, T0);

        // Progress is clamped; NaN is refused.
        assert_eq!(
            db.update_job(&job.id, update(JobState::Running, 7.0), T0 + 2)
                .expect("update")
                .progress,
            1.0
        );
        let err = db
            .update_job(&job.id, update(JobState::Running, f64::NAN), T0 + 2)
            .unwrap_err();
        assert!(
            matches!(
                err,
                AccountsError::Invalid {
                    field: "progress",
                    ..
                }
            ),
            "{err:?}"
        );

        let done = db
            .update_job(
                &job.id,
                JobUpdate {
                    result_dir: Some("exports/abc".into()),
                    ..update(JobState::Done, 1.0)
                },
                T0 + 3,
            )
            .expect("update");
        assert_eq!(done.state, JobState::Done);
        assert_eq!(done.result_dir.as_deref(), Some("exports/abc"));
        assert!(done.state.is_finished());

        // A finished job does not change any more.
        let err = db
            .update_job(&job.id, update(JobState::Running, 0.5), T0 + 4)
            .unwrap_err();
        assert!(matches!(err, AccountsError::Conflict(_)), "{err:?}");
        assert_eq!(db.job(&job.id).expect("get"), Some(done.clone()));

        let err = db
            .update_job("0000000000000000", update(JobState::Running, 0.1), T0)
            .unwrap_err();
        assert!(
            matches!(err, AccountsError::NotFound { what: "job" }),
            "{err:?}"
        );
        assert_eq!(db.job("nope").expect("get"), None);
        let json = serde_json::to_value(&done).expect("json");
        assert_eq!(json["state"], "done");
    }

    #[test]
    fn jobs_are_listed_newest_first_with_a_limit() {
        let db = db();
        let ids: Vec<String> = (0..4)
            .map(|i| db.create_job("seeder", REQUEST, T0 + i).expect("create").id)
            .collect();
        db.create_job("bench", "{}", T0 + 10).expect("create");
        let listed: Vec<String> = db
            .jobs_for("seeder", 3)
            .expect("list")
            .into_iter()
            .map(|j| j.id)
            .collect();
        assert_eq!(listed, [ids[3].clone(), ids[2].clone(), ids[1].clone()]);
        assert_eq!(db.jobs_for("seeder", 0).expect("list").len(), 0);
        assert!(db.jobs_for("unknown", 10).expect("list").is_empty());
        let unique: std::collections::HashSet<_> = ids.iter().collect();
        assert_eq!(unique.len(), ids.len());
    }

    #[test]
    fn jobs_are_validated() {
        let db = db();
        let err = db.create_job("seeder", "not json", T0).unwrap_err();
        assert!(
            matches!(
                err,
                AccountsError::Invalid {
                    field: "request",
                    ..
                }
            ),
            "{err:?}"
        );
        let err = db.create_job("", "{}", T0).unwrap_err();
        assert!(
            matches!(err, AccountsError::Invalid { field: "slug", .. }),
            "{err:?}"
        );
    }

    #[test]
    fn interrupted_jobs_fail_at_startup() {
        let db = db();
        let queued = db.create_job("seeder", REQUEST, T0).expect("create");
        let running = db.create_job("seeder", REQUEST, T0).expect("create");
        let done = db.create_job("seeder", REQUEST, T0).expect("create");
        db.update_job(&running.id, update(JobState::Running, 0.5), T0 + 1)
            .expect("update");
        db.update_job(&done.id, update(JobState::Done, 1.0), T0 + 1)
            .expect("update");

        assert_eq!(db.fail_interrupted_jobs(T0 + 100).expect("fail"), 2);
        for id in [&queued.id, &running.id] {
            let job = db.job(id).expect("get").expect("exists");
            assert_eq!(job.state, JobState::Failed);
            assert_eq!(job.message.as_deref(), Some("server restarted"));
            assert_eq!(job.updated_at, T0 + 100);
        }
        let job = db.job(&done.id).expect("get").expect("exists");
        assert_eq!(job.state, JobState::Done);
        assert_eq!(db.fail_interrupted_jobs(T0 + 200).expect("fail"), 0);
    }
}
