//! Projects: every project, one with its designs, sheets and cost per makerspace and the form
//! that exports it as one job (a POST with the form's token, like a design's export), and
//! "add to a project" from a design page (signed in, with the session's CSRF token).

use crate::i18n::Message;
use std::collections::BTreeMap;

use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Serialize;

use super::auth::{Caller, Client, FormToken, MaybeCaller, with_form_token};
use super::error::WebError;
use super::jobs::{self, JobSpec};
use super::render::Page;
use super::request::slug;
use super::state::AppState;
use super::views::{ProjectCard, ProjectView, SpaceChoice, space_choices};
use crate::app::Overrides;
use crate::app::projects::{self, DesignPick};
use crate::export::CutFormat;

/// Every project in the store.
pub async fn cards(state: &AppState) -> Result<Vec<ProjectCard>, WebError> {
    state
        .with_store(|store| {
            Ok(projects::list(store)?
                .iter()
                .map(ProjectCard::from)
                .collect())
        })
        .await
}

/// Project `slug` with its facts.
pub async fn view(state: &AppState, slug_text: String) -> Result<ProjectView, WebError> {
    let slug = slug(&slug_text)?;
    state
        .with_store(move |store| Ok(ProjectView::from(&projects::show(store, &slug, None)?)))
        .await
}

/// The list page.
#[derive(Serialize)]
struct ListPage {
    projects: Vec<ProjectCard>,
}

/// `/projects`: every project.
pub async fn list(State(state): State<AppState>, who: MaybeCaller) -> Result<Response, WebError> {
    let projects = cards(&state).await?;
    Page::new("Projects", who.nav(), ListPage { projects }).render("projects.html")
}

/// The project page.
#[derive(Serialize)]
struct ProjectPage {
    project: ProjectView,
    makerspaces: Vec<SpaceChoice>,
    formats: Vec<(&'static str, &'static str)>,
    form_token: String,
}

/// `/projects/{slug}`: designs with names and quantities, total parts, sheets and cost per
/// makerspace, and the export form.
pub async fn show(
    State(state): State<AppState>,
    who: MaybeCaller,
    token: FormToken,
    Path(slug): Path<String>,
) -> Result<Response, WebError> {
    let project = view(&state, slug).await?;
    let st = state.clone();
    let spaces = state
        .with_store(move |store| Ok(space_choices(&st.makerspaces(store)?)))
        .await?;
    let title = project.name.clone();
    with_form_token(&state, &token, |t| {
        Page::new(
            title,
            who.nav(),
            ProjectPage {
                project,
                makerspaces: spaces,
                formats: CutFormat::ALL
                    .iter()
                    .map(|f| (f.name(), f.describe()))
                    .collect(),
                form_token: t.to_string(),
            },
        )
        .render("project.html")
    })
}

/// Starts (or reuses) an export job for project `slug_text` at the store's head; returns
/// its id. Fields: `format`, `makerspace`, `machine`, `time_limit`.
pub async fn start_export(
    state: &AppState,
    slug_text: &str,
    form: &BTreeMap<String, String>,
    client: String,
) -> Result<String, WebError> {
    let get = |k: &str| {
        form.get(k)
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
    };
    let format = match get("format").as_deref() {
        None => CutFormat::All,
        Some(name) => CutFormat::parse(name).ok_or_else(|| {
            WebError::bad_request(Message::new("error-unknown-export-format").arg("name", name))
        })?,
    };
    let time_limit = super::exports::time_limit(get("time_limit").as_deref())?;
    let slug = slug(slug_text)?;
    let makerspace = get("makerspace");
    let machine = get("machine");
    let language = super::lang::current();
    let spec = state
        .with_store(move |store| {
            let stored = projects::read(store, &slug, None)?;
            let problems = projects::check_against_store(store, &stored.project)?;
            if !problems.is_empty() {
                return Err(WebError(crate::app::Error::invalid(problems)));
            }
            if let Some(m) = &makerspace {
                crate::app::makerspaces::find(store, m)?;
            }
            Ok(JobSpec {
                slug,
                project: true,
                commit: stored.commit,
                format,
                params: Overrides::none(),
                makerspace,
                machine,
                materials: Vec::new(),
                time_limit,
                language,
            })
        })
        .await?;
    jobs::start(state, spec, client).await
}

/// `POST /projects/{slug}/export`: starts the project's job and shows its page.
pub async fn export(
    State(state): State<AppState>,
    token: FormToken,
    client: Client,
    Path(slug): Path<String>,
    Form(form): Form<BTreeMap<String, String>>,
) -> Result<Response, WebError> {
    token.check(form.get("form_token").map_or("", String::as_str))?;
    let id = start_export(&state, &slug, &form, client.0).await?;
    Ok(Redirect::to(&format!("/jobs/{id}")).into_response())
}

/// `POST /designs/{slug}/add-to-project`: adds the design at the form's parameters to a
/// project the caller chose (`project`), or to a new one (`new_slug`, `new_name`), with
/// `quantity` copies.
pub async fn add_from_design(
    State(state): State<AppState>,
    who: Caller,
    Path(design): Path<String>,
    Form(form): Form<BTreeMap<String, String>>,
) -> Result<Response, WebError> {
    who.check_csrf(form.get("csrf").map_or("", String::as_str))?;
    state.0.quotas.take(
        &who.user().username,
        super::quota::Kind::Change,
        std::time::Instant::now(),
    )?;
    let get = |k: &str| {
        form.get(k)
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
    };
    let design = slug(&design)?;
    let quantity: u32 = match get("quantity") {
        None => 1,
        Some(q) => q.parse().map_err(|_| {
            WebError::bad_request(Message::new("error-quantity-not-whole").arg("text", &q))
        })?,
    };
    let existing = get("project");
    let new_slug = get("new_slug");
    let new_name = get("new_name");
    let st = state.clone();
    let actor = who.actor();
    let target = state
        .with_store(move |store| {
            let loaded = crate::app::designs::load_stored(store, &design, None)?;
            let params = Overrides::parse_known(&loaded.design, &form)?;
            let pick = DesignPick {
                slug: design,
                quantity,
                params,
            };
            let ctx = st.ctx(store);
            let published = match (existing, new_slug) {
                (Some(p), _) => projects::add_design(&ctx, &actor, &slug(&p)?, &pick)?,
                (None, Some(n)) => {
                    let s = slug(&n)?;
                    let name = new_name.unwrap_or_else(|| n.clone());
                    projects::create(&ctx, &actor, &s, &name, "", &[pick])?
                }
                (None, None) => {
                    return Err(WebError::bad_request(Message::new("error-choose-project")));
                }
            };
            Ok(published.slug)
        })
        .await?;
    Ok(Redirect::to(&format!("/projects/{target}")).into_response())
}
