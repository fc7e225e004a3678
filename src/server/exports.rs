//! Exports and their jobs: starting an export of cut files and a build sheet (a POST, with
//! the form's token), the job page that follows its progress, and its files one by one or
//! as a zip.

use crate::i18n::Message;
use std::collections::BTreeMap;
use std::time::Duration;

use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Serialize;

use super::auth::{Client, FormToken, MaybeCaller};
use super::error::WebError;
use super::files::{file_response, zip_files};
use super::jobs::{self, JobSpec, JobStatus};
use super::render::Page;
use super::request::{requested, slug};
use super::state::{AppState, blocking};
use super::views::{JobDetails, JobView};
use crate::accounts::JobState;
use crate::app::exports::DEFAULT_TIME_LIMIT;
use crate::export::{CutFormat, StockPick};

/// Longest nesting budget a web export may ask for, seconds.
pub const MAX_WEB_TIME_LIMIT: f64 = 20.0;

/// What an export request says, from a form or a JSON body.
#[derive(Debug, Default, Clone)]
pub struct ExportFields {
    /// `all`, `svg`, `dxf`, `gcode` or `pdf` (default `all`).
    pub format: Option<String>,
    /// Makerspace slug.
    pub makerspace: Option<String>,
    /// Machine id.
    pub machine: Option<String>,
    /// Nesting budget, seconds, as typed.
    pub time_limit: Option<String>,
    /// Stock per material id.
    pub stock: BTreeMap<String, String>,
    /// Parameter values as typed.
    pub params: BTreeMap<String, String>,
}

impl ExportFields {
    /// Reads form fields: `format`, `makerspace`, `machine`, `time_limit`, `stock.<material>`
    /// and the design's parameters by name.
    pub fn from_form(form: &BTreeMap<String, String>) -> ExportFields {
        let get = |k: &str| {
            form.get(k)
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())
        };
        ExportFields {
            format: get("format"),
            makerspace: get("makerspace"),
            machine: get("machine"),
            time_limit: get("time_limit"),
            stock: form
                .iter()
                .filter_map(|(k, v)| {
                    Some((k.strip_prefix("stock.")?.to_string(), v.trim().to_string()))
                })
                .filter(|(_, v)| !v.is_empty())
                .collect(),
            params: form.clone(),
        }
    }
}

pub(super) fn time_limit(t: Option<&str>) -> Result<Duration, WebError> {
    let Some(t) = t else {
        return Ok(Duration::from_secs_f64(DEFAULT_TIME_LIMIT));
    };
    t.parse::<f64>()
        .ok()
        .filter(|t| t.is_finite() && (0.0..=MAX_WEB_TIME_LIMIT).contains(t))
        .map(Duration::from_secs_f64)
        .ok_or_else(|| {
            WebError::bad_request(
                Message::new("error-web-time-limit")
                    .arg("text", t)
                    .arg("max", MAX_WEB_TIME_LIMIT),
            )
        })
}

/// Starts (or reuses) an export job for a design; returns its id.
pub async fn start_export(
    state: &AppState,
    slug_text: &str,
    f: ExportFields,
    client: String,
) -> Result<String, WebError> {
    let format = match f.format.as_deref() {
        None => CutFormat::All,
        Some(name) => CutFormat::parse(name).ok_or_else(|| {
            WebError::bad_request(Message::new("error-unknown-export-format").arg("name", name))
        })?,
    };
    let time_limit = time_limit(f.time_limit.as_deref())?;
    let slug = slug(slug_text)?;
    let st = state.clone();
    let language = super::lang::current();
    let spec = state
        .with_store(move |store| {
            let r = requested(&st, store, &slug, &f.params)?;
            r.read
                .design
                .evaluate(r.params.values())
                .map_err(crate::app::Error::invalid)?;
            if let Some(m) = &f.makerspace {
                crate::app::makerspaces::find(store, m)?;
            }
            Ok(JobSpec {
                slug,
                project: false,
                commit: r.read.commit.clone(),
                format,
                params: r.params,
                makerspace: f.makerspace,
                machine: f.machine,
                materials: f
                    .stock
                    .into_iter()
                    .map(|(m, s)| StockPick {
                        material: Some(m),
                        stock: s,
                    })
                    .collect(),
                time_limit,
                language,
            })
        })
        .await?;
    jobs::start(state, spec, client).await
}

/// `POST /designs/{slug}/export`: starts an export job and shows its page.
pub async fn export(
    State(state): State<AppState>,
    token: FormToken,
    client: Client,
    Path(slug): Path<String>,
    Form(form): Form<BTreeMap<String, String>>,
) -> Result<Response, WebError> {
    token.check(form.get("form_token").map_or("", String::as_str))?;
    let id = start_export(&state, &slug, ExportFields::from_form(&form), client.0).await?;
    Ok(Redirect::to(&format!("/jobs/{id}")).into_response())
}

/// A job's status, or 404.
pub async fn status(state: &AppState, id: &str) -> Result<JobStatus, WebError> {
    let st = state.clone();
    let id2 = id.to_string();
    blocking(move || st.0.jobs.get(&id2))
        .await?
        .ok_or_else(|| WebError::not_found(Message::new("error-no-export-job").arg("id", id)))
}

/// The job page.
#[derive(Serialize)]
struct JobPage {
    job: JobView,
    /// Whether it is a project's job.
    project: bool,
    /// Sheets drawn, names, cost: once done.
    details: Option<JobDetails>,
}

/// `/jobs/{id}`: progress (the page polls the API) and, when done, every sheet drawn with
/// its utilisation, the materials and cost, and the files.
pub async fn job(
    State(state): State<AppState>,
    who: MaybeCaller,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let status = status(&state, &id).await?;
    let job = JobView::from(&status);
    let details = match &status.manifest {
        Some(manifest) => {
            let manifest = manifest.clone();
            let dir = state.0.jobs.dir_of(&id);
            let st = state.clone();
            Some(
                state
                    .with_store(move |store| {
                        let drawings: Vec<crate::export::SheetDrawing> =
                            std::fs::read(dir.join(crate::export::SHEETS_FILE))
                                .ok()
                                .and_then(|b| serde_json::from_slice(&b).ok())
                                .unwrap_or_default();
                        let space = manifest["makerspace"].as_str().and_then(|m| {
                            st.makerspaces(store)
                                .ok()?
                                .iter()
                                .find(|(s, _)| s == m)
                                .map(|(_, sp)| sp.name.clone())
                        });
                        Ok(JobDetails::new(&manifest, &drawings, space))
                    })
                    .await?,
            )
        }
        None => None,
    };
    // The page's words for what was asked; the stored title stays English for the API.
    let mut job = job;
    let lang = super::lang::current();
    job.title = status.title_in(lang);
    if let Some(m) = &status.manifest {
        job.notes = super::views::job_notes(m, lang);
    }
    Page::new(
        job.title.clone(),
        who.nav(),
        JobPage {
            job,
            project: status.project,
            details,
        },
    )
    .render("job.html")
}

/// `/jobs/{id}/files/{name}`: one file of a finished job.
pub async fn job_file(
    State(state): State<AppState>,
    Path((id, name)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let job = status(&state, &id).await?;
    if !job.files.contains(&name) {
        return Err(WebError::not_found(
            Message::new("error-no-job-file")
                .arg("id", &id)
                .arg("name", &name),
        ));
    }
    let path = state.0.jobs.dir_of(&id).join(&name);
    let bytes = tokio::fs::read(&path)
        .await
        .map_err(|e| WebError::internal(e.to_string()))?;
    Ok(file_response(&name, bytes))
}

/// `/jobs/{id}/files.zip`: every file of a finished job in one zip.
pub async fn job_zip(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let job = status(&state, &id).await?;
    if job.state != JobState::Done {
        return Err(WebError(crate::app::Error::conflict(
            Message::new("error-job-not-finished")
                .arg("id", &id)
                .arg("state", job.state.as_str()),
        )));
    }
    let dir = state.0.jobs.dir_of(&id);
    let slug = job.slug.clone();
    let bytes = blocking(move || zip_files(&dir, &job.files)).await?;
    Ok(file_response(&format!("{slug}-{id}.zip"), bytes))
}
