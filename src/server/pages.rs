//! Handlers of the HTML pages: parse the request, call the domain on the blocking pool,
//! render a template with a view. No domain logic here.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde_json::json;

use super::error::AppError;
use super::jobs::JobSpec;
use super::state::{AppState, blocking};
use super::templates;
use super::views::{self, DesignCard, DesignView, HistoryView, LineageView, MakerspaceView};
use crate::accounts::JobState;
use crate::export::{self, Format};
use crate::model::Design;
use crate::search::parse_query;
use crate::store::Store;

/// Query keys that are not design parameters.
const RESERVED: &[&str] = &[
    "rev",
    "format",
    "makerspace",
    "machine",
    "background",
    "size",
    "page",
    "time_limit",
];
/// Hits per search page.
const PAGE_SIZE: usize = 20;
/// Longest nesting budget a web export may ask for, seconds.
const MAX_WEB_TIME_LIMIT: f64 = 20.0;

/// Renders a page with the logged-in user (for the navigation and forms).
pub(crate) async fn render_user(
    state: &AppState,
    headers: &HeaderMap,
    name: &str,
    mut ctx: serde_json::Value,
) -> Result<Response, AppError> {
    ctx["user"] = super::account::user_json(state, headers).await;
    render(name, ctx)
}

pub(crate) fn render(name: &str, ctx: serde_json::Value) -> Result<Response, AppError> {
    let html = templates::global()?.render(name, ctx)?;
    Ok(Html(html).into_response())
}

/// The design parameters among the query's keys.
pub(crate) fn params_of(q: &BTreeMap<String, String>) -> BTreeMap<String, String> {
    q.iter()
        .filter(|(k, v)| !RESERVED.contains(&k.as_str()) && !v.trim().is_empty())
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

/// The query's `rev`, resolved to a published commit (404 for proposals or unknown revs).
pub(crate) fn rev_of(
    store: &Store,
    q: &BTreeMap<String, String>,
) -> Result<Option<String>, AppError> {
    match q.get("rev").map(|r| r.trim()).filter(|r| !r.is_empty()) {
        None => Ok(None),
        Some(r) => Ok(Some(store.published_revision(r)?)),
    }
}

/// What a request asks for: the design at the query's revision (parsed once per package
/// tree), and the query's parameters that the design has, as typed and parsed.
pub(crate) struct Requested {
    /// The design.
    pub design: Arc<Design>,
    /// The commit it is read at (the published revision asked for, else `main`).
    pub commit: String,
    /// Its package tree id.
    pub tree: String,
    /// The revision asked for, if any.
    pub rev: Option<String>,
    /// The design's parameters among the query's keys, as typed.
    pub raw: BTreeMap<String, String>,
    /// The same, parsed.
    pub overrides: BTreeMap<String, f64>,
}

impl Requested {
    /// The design evaluated at the parameters.
    pub fn evaluate(&self) -> Result<crate::model::EvaluatedDesign, AppError> {
        self.design
            .evaluate(&self.overrides)
            .map_err(AppError::Invalid)
    }
}

/// Reads what the query asks for about `slug`.
pub(crate) fn requested(
    st: &AppState,
    store: &Store,
    slug: &str,
    q: &BTreeMap<String, String>,
) -> Result<Requested, AppError> {
    let rev = rev_of(store, q)?;
    let (design, tree) = st.design(store, slug, rev.as_deref())?;
    let commit = match &rev {
        Some(c) => c.clone(),
        None => store.head_id()?.unwrap_or_default(),
    };
    let raw: BTreeMap<String, String> = params_of(q)
        .into_iter()
        .filter(|(k, _)| design.parameter(k).is_some())
        .collect();
    let overrides = design.parse_overrides(&raw).map_err(AppError::Invalid)?;
    Ok(Requested {
        design,
        commit,
        tree,
        rev,
        raw,
        overrides,
    })
}

/// Every design as cards, by slug (from the index).
fn catalogue(index: &crate::search::SearchIndex) -> Result<crate::search::Results, AppError> {
    let mut q = parse_query("")?;
    q.limit = 100_000;
    Ok(index.search(&q)?)
}

/// `/`: what Barnraise is, recent and most-forked designs, categories.
pub async fn home(State(state): State<AppState>, headers: HeaderMap) -> Result<Response, AppError> {
    let ctx = state
        .with_search(|store, index| {
            let all = catalogue(index)?;
            let changed = store.last_changed()?;
            let mut cards: Vec<DesignCard> = all.hits.into_iter().map(DesignCard::from).collect();
            cards.sort_by_key(|c| std::cmp::Reverse(changed.get(&c.slug).copied().unwrap_or(0)));
            let recent: Vec<DesignCard> = cards.iter().take(6).cloned().collect();
            let mut forked = cards.clone();
            forked.sort_by(|a, b| b.forks.cmp(&a.forks).then(a.name.cmp(&b.name)));
            let forked: Vec<DesignCard> =
                forked.into_iter().filter(|c| c.forks > 0).take(6).collect();
            Ok(json!({
                "title": "Barnraise",
                "recent": recent,
                "forked": forked,
                "categories": all.facets.get("category").cloned().unwrap_or_default(),
                "total": all.total,
            }))
        })
        .await?;
    render_user(&state, &headers, "home.html", ctx).await
}

/// Search form fields.
#[derive(Debug, Default, serde::Deserialize)]
pub struct SearchForm {
    /// The query box.
    #[serde(default)]
    pub q: String,
    /// Page, from 1 (text, so a bad value is our friendly error, not the extractor's).
    #[serde(default)]
    pub page: String,
    /// "Fits my machine": bed `WxH`.
    #[serde(default)]
    pub bed: String,
    /// Stocked thicknesses `3,6`.
    #[serde(default)]
    pub thickness: String,
    /// Buildable at this makerspace.
    #[serde(default)]
    pub makerspace: String,
}

impl SearchForm {
    /// The full query text with the form's filters.
    pub fn full_query(&self, space_query: Option<&str>) -> String {
        let mut q = self.q.trim().to_string();
        if !self.bed.trim().is_empty() {
            q.push_str(&format!(" bed:{}", self.bed.trim()));
        }
        if !self.thickness.trim().is_empty() {
            q.push_str(&format!(
                " thickness:{}",
                self.thickness.trim().replace(' ', "")
            ));
        }
        if let Some(s) = space_query {
            q.push(' ');
            q.push_str(s);
        }
        q.trim().to_string()
    }
}

/// Runs a search for a form: results, the page, and the makerspaces for the filter.
pub(crate) async fn run_search(
    state: &AppState,
    form: SearchForm,
) -> Result<serde_json::Value, AppError> {
    let st = state.clone();
    state
        .with_search(move |store, index| {
            let spaces = st.makerspaces(store)?;
            let space_query = if form.makerspace.is_empty() {
                None
            } else {
                let e = spaces
                    .iter()
                    .find(|e| e.slug == form.makerspace)
                    .and_then(|e| e.makerspace.as_ref())
                    .ok_or_else(|| {
                        AppError::BadRequest(format!("no makerspace '{}'", form.makerspace))
                    })?;
                Some(views::buildable_query(e))
            };
            let text = form.full_query(space_query.as_deref());
            let mut q = parse_query(&text)?;
            let page = if form.page.trim().is_empty() {
                1
            } else {
                form.page.trim().parse::<usize>().map_err(|_| {
                    AppError::BadRequest(format!("page '{}' is not a page number", form.page))
                })?
            }
            .clamp(1, 10_000);
            q.limit = PAGE_SIZE;
            q.offset = (page - 1) * PAGE_SIZE;
            let res = index.search(&q)?;
            let pages = res.total.div_ceil(PAGE_SIZE).max(1);
            let hits: Vec<DesignCard> = res.hits.into_iter().map(DesignCard::from).collect();
            Ok(json!({
                "q": form.q,
                "bed": form.bed,
                "thickness": form.thickness,
                "makerspace": form.makerspace,
                "query": text,
                "total": res.total,
                "hits": hits,
                "facets": res.facets,
                "page": page,
                "pages": pages,
                "makerspaces": spaces.iter().filter_map(|e| e.makerspace.as_ref().map(|m| json!({"slug": e.slug, "name": m.name}))).collect::<Vec<_>>(),
            }))
        })
        .await
}

/// `/search?q=…`: results with facets, filters and pages.
pub async fn search(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(form): Query<SearchForm>,
) -> Result<Response, AppError> {
    let mut ctx = run_search(&state, form).await?;
    ctx["title"] = json!("Search");
    render_user(&state, &headers, "search.html", ctx).await
}

/// Builds the design page's view (shared with the API).
pub(crate) async fn design_view(
    state: &AppState,
    slug: String,
    q: BTreeMap<String, String>,
) -> Result<(DesignView, serde_json::Value), AppError> {
    let st = state.clone();
    state
        .with_store(move |store| {
            // Everything on the page follows from the store's head, the revision and the
            // parsed parameters (junk in the query does not make a new entry): cache it.
            let r = requested(&st, store, &slug, &q)?;
            let key = format!(
                "design:{slug}@{:?}:{:?}:{:?}",
                store.head_id()?,
                r.rev,
                r.overrides
            );
            if let Some(hit) = st.cached_view(&key)? {
                return Ok(hit.as_ref().clone());
            }
            let ev = r.evaluate()?;
            let (design, commit) = (&r.design, &r.commit);
            let mut view = views::design_view(design, commit, &ev, &r.overrides);
            // Links from an old version's page stay on that version.
            if r.rev.is_some() {
                view.query = if view.query.is_empty() {
                    format!("rev={commit}")
                } else {
                    format!("rev={commit}&{}", view.query)
                };
            }
            // A fork within this store names no store (its URL may be a local path).
            if view.forked_store.as_deref() == Some(store.url().as_str()) {
                view.forked_store = None;
            }
            let lineage = store.lineage(&slug)?;
            let contributors = store.contributors(&slug)?;
            let entries = st.makerspaces(store)?;
            let profiles: Vec<(String, crate::model::Makerspace)> = entries
                .iter()
                .filter_map(|e| e.makerspace.clone().map(|m| (e.slug.clone(), m)))
                .collect();
            let estimates = views::sheet_estimates(design, &view.parts, &profiles);
            let spaces: Vec<serde_json::Value> = entries
                .iter()
                .cloned()
                .filter_map(|e| {
                    e.makerspace.map(|m| {
                        json!({
                            "slug": e.slug,
                            "name": m.name,
                            "machines": m.machines.iter().map(|x| json!({"id": x.id, "name": x.name})).collect::<Vec<_>>(),
                        })
                    })
                })
                .collect();
            let extra = json!({
                "forks": lineage.descendants.iter().filter(|d| d.depth == 1).map(|d| d.slug.clone()).collect::<Vec<_>>(),
                "contributors": contributors,
                "makerspaces": spaces,
                "sheet_estimates": estimates,
            });
            st.cache_view(key, (view.clone(), extra.clone()))?;
            Ok((view, extra))
        })
        .await
}

/// `/designs/{slug}`: the design page with its parameters form.
pub async fn design(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(slug): Path<String>,
    Query(q): Query<BTreeMap<String, String>>,
) -> Result<Response, AppError> {
    let proposals = super::account::proposals_of(&state, &slug).await;
    let (view, extra) = design_view(&state, slug, q).await?;
    let mut ctx = json!({ "title": view.name, "d": view, "proposals": proposals });
    for (k, v) in extra.as_object().into_iter().flatten() {
        ctx[k] = v.clone();
    }
    render_user(&state, &headers, "design.html", ctx).await
}

/// `/designs/{slug}/preview.png`: the 3D preview at the query's parameters.
pub async fn preview(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Query(q): Query<BTreeMap<String, String>>,
) -> Result<Response, AppError> {
    // Under a store handle: the cache key (the design's own tree and the parsed
    // parameters, so junk in the query cannot force renders) and, on a miss, the design.
    let st = state.clone();
    let found = state
        .with_store(move |store| {
            let r = requested(&st, store, &slug, &q)?;
            let key = format!("{slug}@{}:{:?}", r.tree, r.overrides);
            if let Some(png) = st.cached_preview(&key)? {
                return Ok(Err(png));
            }
            Ok(Ok((key, r.evaluate()?)))
        })
        .await?;
    // Rendering runs without holding a store handle.
    let png = match found {
        Err(png) => png,
        Ok((key, ev)) => {
            let st = state.clone();
            blocking(move || {
                st.preview(&key, || {
                    Ok(export::design_preview(
                        &ev,
                        &barnraise_exporters::PreviewOptions::default(),
                    )?)
                })
            })
            .await?
        }
    };
    Ok((
        [
            (header::CONTENT_TYPE, "image/png"),
            (header::CACHE_CONTROL, "public, max-age=300"),
        ],
        png,
    )
        .into_response())
}

/// `/designs/{slug}/download/{format}`: STL, STEP, PNG or okh.toml, made on request.
pub async fn download(
    State(state): State<AppState>,
    Path((slug, format)): Path<(String, String)>,
    Query(q): Query<BTreeMap<String, String>>,
) -> Result<Response, AppError> {
    let format = match format.as_str() {
        "stl" => Format::Stl,
        "step" => Format::Step,
        "png" => Format::Png,
        "okh" => Format::Okh,
        other => {
            return Err(AppError::NotFound(format!(
                "no download format '{other}'; use stl, step, png or okh (cut files and build sheets are exports)"
            )));
        }
    };
    let base = state.base_url().to_string();
    let st = state.clone();
    let r = state
        .with_store(move |store| requested(&st, store, &slug, &q))
        .await?;
    // Solids and files are made without holding a store handle.
    let (name, bytes) = blocking(move || {
        let tmp = tempdir()?;
        let name = if format == Format::Okh {
            export::export_okh(&r.design, &r.raw, &base, tmp.path())?;
            "okh.toml".to_string()
        } else {
            let req = export::ModelRequest {
                design: &r.design,
                revision: Some(r.commit.clone()),
                params: r.raw.clone(),
                format,
                makerspace: None,
                materials: vec![],
                preview: barnraise_exporters::PreviewOptions::default(),
                time_stamp: "2000-01-01T00:00:00".into(),
            };
            export::export_model(&req, tmp.path())?;
            format!("{}.{}", r.design.slug, format_ext(format))
        };
        let bytes =
            std::fs::read(tmp.path().join(&name)).map_err(|e| AppError::Internal(e.to_string()))?;
        Ok::<_, AppError>((name, bytes))
    })
    .await?;
    Ok(file_response(&name, bytes))
}

fn format_ext(f: Format) -> &'static str {
    match f {
        Format::Stl => "stl",
        Format::Step => "step",
        Format::Png => "png",
        _ => "toml",
    }
}

/// A scratch folder that is removed when dropped.
pub(crate) fn tempdir() -> Result<TempDir, AppError> {
    use rand::RngExt;
    let n: u64 = rand::rng().random();
    let p = std::env::temp_dir().join(format!("barnraise-web-{n:016x}"));
    std::fs::create_dir_all(&p).map_err(|e| AppError::Internal(e.to_string()))?;
    Ok(TempDir(p))
}

/// See [`tempdir`].
pub(crate) struct TempDir(std::path::PathBuf);

impl TempDir {
    pub(crate) fn path(&self) -> &std::path::Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A file download with its content type.
pub(crate) fn file_response(name: &str, bytes: Vec<u8>) -> Response {
    let ext = name.rsplit('.').next().unwrap_or("");
    let ctype = match ext {
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "pdf" => "application/pdf",
        "json" => "application/json",
        "zip" => "application/zip",
        "toml" | "gcode" | "nc" => "text/plain; charset=utf-8",
        "dxf" => "application/dxf",
        "stl" => "model/stl",
        "step" => "model/step",
        _ => "application/octet-stream",
    };
    let disposition = if ext == "png" || ext == "svg" {
        format!("inline; filename=\"{name}\"")
    } else {
        format!("attachment; filename=\"{name}\"")
    };
    (
        [
            (header::CONTENT_TYPE, ctype.to_string()),
            (header::CONTENT_DISPOSITION, disposition),
            // Files are shown, never run: an SVG opened in the tab gets no scripts.
            (
                header::CONTENT_SECURITY_POLICY,
                "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox".to_string(),
            ),
        ],
        bytes,
    )
        .into_response()
}

/// Starts (or reuses) an export job for a design and the query's options; returns its id.
pub(crate) async fn start_export(
    state: &AppState,
    slug: String,
    q: BTreeMap<String, String>,
    client: String,
) -> Result<String, AppError> {
    let format = match q.get("format").map(String::as_str).unwrap_or("all") {
        "svg" => Format::Svg,
        "dxf" => Format::Dxf,
        "gcode" => Format::Gcode,
        "pdf" => Format::Pdf,
        "all" => Format::All,
        other => {
            return Err(AppError::BadRequest(format!(
                "unknown export format '{other}': use svg, dxf, gcode, pdf or all"
            )));
        }
    };
    let time_limit = match q.get("time_limit") {
        Some(t) => t
            .parse::<f64>()
            .ok()
            .filter(|t| t.is_finite() && *t >= 0.0 && *t <= MAX_WEB_TIME_LIMIT)
            .ok_or_else(|| {
                AppError::BadRequest(format!(
                    "time_limit '{t}': give seconds from 0 to {MAX_WEB_TIME_LIMIT}"
                ))
            })?,
        None => 3.0,
    };
    let makerspace = q.get("makerspace").filter(|s| !s.is_empty()).cloned();
    let machine = q.get("machine").filter(|s| !s.is_empty()).cloned();
    let st = state.clone();
    let st2 = st.clone();
    let spec = state
        .with_store(move |store| {
            let r = requested(&st2, store, &slug, &q)?;
            r.evaluate()?;
            if let Some(m) = &makerspace {
                store.makerspace(m)?;
            }
            Ok(JobSpec {
                slug: r.design.slug.clone(),
                commit: r.commit,
                format,
                params: r.raw,
                makerspace,
                machine,
                time_limit: Duration::from_secs_f64(time_limit),
            })
        })
        .await?;
    let jobs_state = st.clone();
    let spec2 = spec.clone();
    let existing = blocking(move || jobs_state.0.jobs.existing(&spec2)).await?;
    if let Some(id) = existing {
        return Ok(id);
    }
    let title = format!(
        "{} for {}{}",
        match spec.format {
            Format::All => "cut files and build sheet".to_string(),
            f => format!("{f:?}").to_uppercase(),
        },
        spec.slug,
        spec.makerspace
            .as_deref()
            .map(|m| format!(" at {m}"))
            .unwrap_or_default()
    );
    let jobs_state = st.clone();
    let spec2 = spec.clone();
    let id = blocking(move || jobs_state.0.jobs.create(&spec2, title, &client)).await?;
    let job_id = id.clone();
    let permits = st.0.jobs.permits();
    tokio::spawn(async move {
        let Ok(_permit) = permits.acquire_owned().await else {
            return;
        };
        let st2 = st.clone();
        let id2 = job_id.clone();
        // Read under a store handle, then nest and write without holding it.
        let loaded = st
            .with_store(move |store| {
                st2.0
                    .jobs
                    .set(&id2, JobState::Running, 0.0, "nesting".into());
                load_job(store, &spec).map(|l| (l, spec))
            })
            .await;
        let st2 = st.clone();
        let id2 = job_id.clone();
        let result = match loaded {
            Ok((l, spec)) => blocking(move || run_job(&st2, &id2, &spec, l)).await,
            Err(e) => Err(e),
        };
        let st3 = st.clone();
        let _ = tokio::task::spawn_blocking(move || match result {
            Ok(n) => st3
                .0
                .jobs
                .set(&job_id, JobState::Done, 1.0, format!("{n} file(s) ready")),
            Err(e) => st3
                .0
                .jobs
                .set(&job_id, JobState::Failed, 0.0, e.to_string()),
        })
        .await;
    });
    Ok(id)
}

/// What an export job reads from the store.
type JobInput = (
    crate::store::StoredDesign,
    Option<crate::model::Makerspace>,
    crate::store::PackageFiles,
);

fn load_job(store: &Store, spec: &JobSpec) -> Result<JobInput, AppError> {
    let stored = store.read(&spec.slug, Some(&spec.commit))?;
    let space = spec
        .makerspace
        .as_deref()
        .map(|m| store.makerspace(m))
        .transpose()?;
    let files = store.files(&spec.slug, Some(&spec.commit))?;
    Ok((stored, space, files))
}

fn run_job(state: &AppState, id: &str, spec: &JobSpec, input: JobInput) -> Result<usize, AppError> {
    let (stored, space, files) = input;
    let mut context = export::SheetContext {
        base_url: state.base_url().to_string(),
        ..export::SheetContext::default()
    };
    context.files = files;
    let req = export::ExportRequest {
        design: &stored.design,
        revision: Some(stored.commit.clone()),
        params: spec.params.clone(),
        format: spec.format,
        makerspace: space.as_ref(),
        machine: spec.machine.clone(),
        materials: vec![],
        sheet: None,
        kerf: None,
        tool: None,
        time_limit: spec.time_limit,
        seed: 1,
        context,
    };
    let dir = state.0.jobs.dir_of(id);
    let jobs = &state.0.jobs;
    let mut last = std::time::Instant::now();
    let manifest = export::export(&req, &dir, &mut |material, p| {
        // Progress goes to the database at most four times a second.
        if last.elapsed() >= Duration::from_millis(250) {
            last = std::time::Instant::now();
            jobs.set(
                id,
                JobState::Running,
                p.fraction.clamp(0.0, 0.99),
                format!(
                    "nesting {material}: {} sheet(s), lower bound {}",
                    p.sheets, p.lower_bound
                ),
            );
        }
    })?;
    Ok(manifest.files.len() + 1)
}

/// `/designs/{slug}/export?format=…`: starts an export job and shows its page.
pub async fn export_job(
    State(state): State<AppState>,
    client: super::account::Client,
    Path(slug): Path<String>,
    Query(q): Query<BTreeMap<String, String>>,
) -> Result<Response, AppError> {
    let id = start_export(&state, slug, q, client.0).await?;
    Ok(Redirect::to(&format!("/jobs/{id}")).into_response())
}

/// `/jobs/{id}`: progress (the page polls the API) and the files when done.
pub async fn job(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let job = job_status(&state, &id).await?;
    render_user(
        &state,
        &headers,
        "job.html",
        json!({ "title": job.title, "job": job }),
    )
    .await
}

/// `/jobs/{id}/files/{name}`: one file of a finished job.
pub async fn job_file(
    State(state): State<AppState>,
    Path((id, name)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let job = job_status(&state, &id).await?;
    if !job.files.contains(&name) {
        return Err(AppError::NotFound(format!("job {id} has no file '{name}'")));
    }
    let path = state.0.jobs.dir_of(&id).join(&name);
    let bytes = tokio::fs::read(&path)
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?;
    Ok(file_response(&name, bytes))
}

/// `/jobs/{id}/files.zip`: every file of a finished job in one zip.
pub async fn job_zip(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let job = job_status(&state, &id).await?;
    if job.state != JobState::Done {
        return Err(AppError::Conflict(format!(
            "job {id} is not finished yet ({:?})",
            job.state
        )));
    }
    let dir = state.0.jobs.dir_of(&id);
    let slug = job.slug.clone();
    let bytes = blocking(move || zip_files(&dir, &job.files)).await?;
    Ok(file_response(&format!("{slug}-{id}.zip"), bytes))
}

/// A job's status, or 404.
pub(crate) async fn job_status(
    state: &AppState,
    id: &str,
) -> Result<super::jobs::JobStatus, AppError> {
    let st = state.clone();
    let id2 = id.to_string();
    blocking(move || st.0.jobs.get(&id2))
        .await?
        .ok_or_else(|| AppError::NotFound(format!("no export job '{id}'")))
}

fn zip_files(dir: &std::path::Path, files: &[String]) -> Result<Vec<u8>, AppError> {
    use std::io::Write;
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut buf);
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        for f in files {
            let bytes =
                std::fs::read(dir.join(f)).map_err(|e| AppError::Internal(e.to_string()))?;
            zip.start_file(f.as_str(), opts)
                .map_err(|e| AppError::Internal(e.to_string()))?;
            zip.write_all(&bytes)
                .map_err(|e| AppError::Internal(e.to_string()))?;
        }
        zip.finish()
            .map_err(|e| AppError::Internal(e.to_string()))?;
    }
    Ok(buf.into_inner())
}

/// `/designs/{slug}/history`: commits, authors, dates, files; releases; contributors.
pub async fn history(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let view = history_view(&state, slug).await?;
    render_user(
        &state,
        &headers,
        "history.html",
        json!({ "title": format!("History of {}", view.name), "h": view }),
    )
    .await
}

pub(crate) async fn history_view(state: &AppState, slug: String) -> Result<HistoryView, AppError> {
    state
        .with_store(move |store| {
            let stored = store.read(&slug, None)?;
            Ok(HistoryView {
                name: stored.design.name,
                changes: store.history(&slug)?,
                releases: store.releases(Some(&slug))?,
                contributors: store.contributors(&slug)?,
                slug,
            })
        })
        .await
}

/// `/designs/{slug}/lineage`: where it came from and its forks.
pub async fn lineage(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let view = lineage_view(&state, slug).await?;
    render_user(
        &state,
        &headers,
        "lineage.html",
        json!({ "title": format!("Lineage of {}", view.name), "l": view }),
    )
    .await
}

pub(crate) async fn lineage_view(state: &AppState, slug: String) -> Result<LineageView, AppError> {
    state
        .with_store(move |store| {
            let stored = store.read(&slug, None)?;
            Ok(LineageView {
                name: stored.design.name,
                lineage: store.lineage(&slug)?,
                slug,
            })
        })
        .await
}

/// `/makerspaces`: every profile.
pub async fn makerspaces(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let spaces = state
        .with_store(|store| {
            Ok(store
                .makerspaces(None)?
                .into_iter()
                .filter_map(|e| e.makerspace.map(|m| json!({"slug": e.slug, "m": m})))
                .collect::<Vec<_>>())
        })
        .await?;
    render_user(
        &state,
        &headers,
        "makerspaces.html",
        json!({ "title": "Makerspaces", "spaces": spaces }),
    )
    .await
}

/// `/makerspaces/{slug}`: profile, machines, stock, designs buildable there.
pub async fn makerspace(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let view = makerspace_view(&state, slug).await?;
    render_user(
        &state,
        &headers,
        "makerspace.html",
        json!({ "title": view.makerspace.name, "s": view }),
    )
    .await
}

pub(crate) async fn makerspace_view(
    state: &AppState,
    slug: String,
) -> Result<MakerspaceView, AppError> {
    state
        .with_search(move |store, index| {
            let space = store.makerspace(&slug)?;
            let query = views::buildable_query(&space);
            let mut q = parse_query(&query)?;
            q.limit = 200;
            let buildable = index
                .search(&q)?
                .hits
                .into_iter()
                .map(DesignCard::from)
                .collect();
            Ok(MakerspaceView {
                slug,
                makerspace: space,
                buildable,
                query,
            })
        })
        .await
}

/// Any unknown path: a friendly 404.
pub async fn not_found(headers: HeaderMap) -> Response {
    let _ = headers;
    AppError::NotFound("There is no page at this address.".into()).into_response()
}

/// `/healthz`.
pub async fn health() -> (StatusCode, &'static str) {
    (StatusCode::OK, "ok")
}
