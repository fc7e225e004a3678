//! Designs: the design page, its preview picture and 3D downloads, history and lineage,
//! and the forms that change designs (new, edit or propose, fork).

use crate::i18n::Message;
use std::collections::BTreeMap;
use std::sync::Arc;

use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::{Deserialize, Serialize};

use super::auth::{Caller, FormToken, MaybeCaller, with_form_token};
use super::error::WebError;
use super::files::file_response;
use super::render::Page;
use super::request::{Requested, requested, slug};
use super::state::{AppState, blocking};
use super::views::{self, DesignExtras, DesignPageView, HistoryView, LineageView, ProposalView};
use crate::app::designs::{self, Publication};
use crate::app::exports;
use crate::export::ModelFormat;
use crate::model::Diagnostic;

/// The design page's view for a request (cached by store head, revision and parameters).
pub async fn page_view(
    state: &AppState,
    slug: String,
    q: BTreeMap<String, String>,
) -> Result<Arc<DesignPageView>, WebError> {
    let slug = super::request::slug(&slug)?;
    let st = state.clone();
    let lang = super::lang::current();
    state
        .with_store(move |store| {
            let r = requested(&st, store, &slug, &q)?;
            let key = format!(
                "{slug}@{}:{}:{lang}",
                store.head_id()?.unwrap_or_default(),
                r.query()
            );
            if let Some(hit) = st.cached_page(&key)? {
                return Ok(hit);
            }
            let spaces = st.makerspaces(store)?;
            // The texts in the page's language where the design has them.
            let translated = r.read.design.translations.contains_key(lang.code());
            let design = r.read.design.localized(lang.code());
            let facts = designs::facts(&design, &r.params, &spaces)?;
            let extras = DesignExtras {
                forks: designs::forks(store, &slug)?,
                contributors: designs::contributors(store, &slug)?
                    .iter()
                    .map(views::ContributorView::from)
                    .collect(),
                query: r.query(),
                own_store: Some(store.url()),
                language: translated.then(|| lang.code().to_string()),
            };
            let design = views::design_view(&design, &r.read.commit, &facts, &r.params, extras);
            let view = Arc::new(DesignPageView {
                design,
                makerspaces: views::space_choices(&spaces),
                materials: r
                    .read
                    .design
                    .materials
                    .iter()
                    .map(|m| m.id.clone())
                    .collect(),
            });
            st.cache_page(key, view.clone())?;
            Ok(view)
        })
        .await
}

/// The design page.
#[derive(Serialize)]
struct DesignPage {
    #[serde(flatten)]
    page: Arc<DesignPageView>,
    proposals: Vec<ProposalView>,
    /// Updates from peers waiting for review (shown to the design's maintainers only).
    peer_updates: Vec<crate::store::PendingUpdate>,
    builds: crate::app::builds::Builds,
    questions: crate::app::questions::Questions,
    /// Projects the design can be added to.
    projects: Vec<views::ProjectCard>,
    form_token: String,
    formats: Vec<(&'static str, &'static str)>,
}

/// `/designs/{slug}`: the design page with its parameters form and the export form.
pub async fn design(
    State(state): State<AppState>,
    who: MaybeCaller,
    token: FormToken,
    Path(slug): Path<String>,
    Query(q): Query<BTreeMap<String, String>>,
) -> Result<Response, WebError> {
    let view = page_view(&state, slug, q).await?;
    let proposals = proposals_of(&state, &view.design.slug).await?;
    let peer_updates = super::peers::pending_of(&state, &who, &view.design.slug).await?;
    let builds = builds_of(&state, &view.design.slug).await?;
    let questions = super::questions::of_design(&state, &who, &view.design.slug).await?;
    let projects = if who.nav().is_some() {
        super::projects::cards(&state).await?
    } else {
        Vec::new()
    };
    let title = view.design.name.clone();
    with_form_token(&state, &token, |t| {
        Page::new(
            title,
            who.nav(),
            DesignPage {
                page: view,
                proposals,
                peer_updates,
                builds,
                questions,
                projects,
                form_token: t.to_string(),
                formats: crate::export::CutFormat::ALL
                    .iter()
                    .map(|f| (f.name(), f.describe()))
                    .collect(),
            },
        )
        .render("design.html")
    })
}

async fn builds_of(state: &AppState, slug: &str) -> Result<crate::app::builds::Builds, WebError> {
    let slug = super::request::slug(slug)?;
    state
        .with_store(move |store| Ok(crate::app::builds::list(store, &slug)?))
        .await
}

async fn proposals_of(state: &AppState, slug: &str) -> Result<Vec<ProposalView>, WebError> {
    let slug = super::request::slug(slug)?;
    let st = state.clone();
    state
        .with_store(move |store| {
            let ctx = st.ctx(store);
            Ok(crate::app::proposals::of_design(&ctx, &slug)?
                .iter()
                .map(ProposalView::from)
                .collect())
        })
        .await
}

/// The picture of a design at the request's parameters, rendered at most a few at once and
/// cached by design tree and canonical parameters.
pub async fn picture(
    state: &AppState,
    r: Requested,
    format: ModelFormat,
) -> Result<(String, Vec<u8>), WebError> {
    let key = format!("{}:{}:{}", r.read.tree, format.name(), r.params.query());
    if format == ModelFormat::Png
        && let Some(png) = state.cached_file(&key)?
    {
        return Ok((format!("{}.png", r.read.design.slug), png.to_vec()));
    }
    let permit = state.render_permit().await?;
    let st = state.clone();
    blocking(move || {
        let _permit = permit;
        let loaded = designs::Loaded {
            design: (*r.read.design).clone(),
            commit: Some(r.read.commit.clone()),
            files: Default::default(),
            stored: None,
        };
        let (name, bytes) = if format == ModelFormat::Png {
            let png = exports::preview(&r.read.design, &r.params, &Default::default())?;
            (format!("{}.png", r.read.design.slug), png)
        } else {
            exports::model_file(&loaded, &r.params, None, format)?
        };
        if format == ModelFormat::Png {
            st.cache_file(key, bytes.clone().into())?;
        }
        Ok::<_, WebError>((name, bytes))
    })
    .await
}

/// `/designs/{slug}/preview.png`: the 3D preview at the query's parameters, 800 × 600.
pub async fn preview(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Query(q): Query<BTreeMap<String, String>>,
) -> Result<Response, WebError> {
    let r = read(&state, &slug, q).await?;
    let (_, png) = picture(&state, r, ModelFormat::Png).await?;
    Ok(png_response(png))
}

/// `/designs/{slug}/card.png`: the same at 400 × 300, the size a card shows it: the 800 × 600
/// preview (one render for both) halved, and cached too.
pub async fn card_preview(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Query(q): Query<BTreeMap<String, String>>,
) -> Result<Response, WebError> {
    let r = read(&state, &slug, q).await?;
    let key = format!("{}:card:{}", r.read.tree, r.params.query());
    if let Some(png) = state.cached_file(&key)? {
        return Ok(png_response(png.to_vec()));
    }
    let (_, big) = picture(&state, r, ModelFormat::Png).await?;
    let st = state.clone();
    let small = blocking(move || {
        let small = barnraise_exporters::preview::halve_png(&big)
            .map_err(|e| WebError::internal(e.to_string()))?;
        st.cache_file(key, small.clone().into())?;
        Ok::<_, WebError>(small)
    })
    .await?;
    Ok(png_response(small))
}

fn png_response(png: Vec<u8>) -> Response {
    (
        [
            (header::CONTENT_TYPE, "image/png"),
            (header::CACHE_CONTROL, "public, max-age=300"),
        ],
        png,
    )
        .into_response()
}

/// The design and parameters a request asks for, read under a store handle.
pub async fn read(
    state: &AppState,
    slug_text: &str,
    q: BTreeMap<String, String>,
) -> Result<Requested, WebError> {
    let slug = slug(slug_text)?;
    let st = state.clone();
    state
        .with_store(move |store| requested(&st, store, &slug, &q))
        .await
}

/// `/designs/{slug}/download/{format}`: STL, STEP, PNG or okh.toml, made on request.
pub async fn download(
    State(state): State<AppState>,
    Path((slug, format)): Path<(String, String)>,
    Query(q): Query<BTreeMap<String, String>>,
) -> Result<Response, WebError> {
    let r = read(&state, &slug, q).await?;
    if format == "okh" {
        let base = state.base_url().to_string();
        let lang = super::lang::current();
        let text =
            blocking(move || exports::okh(&r.read.design, &r.params, &base, Some(lang.code())))
                .await?;
        return Ok(file_response("okh.toml", text.into_bytes()));
    }
    let format = ModelFormat::parse(&format).ok_or_else(|| {
        WebError::not_found(Message::new("error-no-download-format").arg("format", &format))
    })?;
    let (name, bytes) = picture(&state, r, format).await?;
    Ok(file_response(&name, bytes))
}

/// A design's history.
#[derive(Serialize)]
struct HistoryPage {
    history: HistoryView,
}

/// `/designs/{slug}/history`: commits, authors, dates, files; releases; contributors.
pub async fn history(
    State(state): State<AppState>,
    who: MaybeCaller,
    Path(slug): Path<String>,
) -> Result<Response, WebError> {
    let history = history_view(&state, &slug).await?;
    Page::new(
        format!("History of {}", history.name),
        who.nav(),
        HistoryPage { history },
    )
    .render("history.html")
}

/// The history view of `slug`.
pub async fn history_view(state: &AppState, slug: &str) -> Result<HistoryView, WebError> {
    let slug = super::request::slug(slug)?;
    state
        .with_store(move |store| Ok(HistoryView::from(&designs::history(store, &slug)?)))
        .await
}

/// A design's lineage.
#[derive(Serialize)]
struct LineagePage {
    lineage: LineageView,
}

/// `/designs/{slug}/lineage`: where it came from and its forks.
pub async fn lineage(
    State(state): State<AppState>,
    who: MaybeCaller,
    Path(slug): Path<String>,
) -> Result<Response, WebError> {
    let lineage = lineage_view(&state, &slug).await?;
    Page::new(
        format!("Lineage of {}", lineage.name),
        who.nav(),
        LineagePage { lineage },
    )
    .render("lineage.html")
}

/// The lineage view of `slug`.
pub async fn lineage_view(state: &AppState, slug: &str) -> Result<LineageView, WebError> {
    let slug = super::request::slug(slug)?;
    state
        .with_store(move |store| Ok(LineageView::from(&designs::lineage(store, &slug)?)))
        .await
}

/// The manifest template for a new design.
const NEW_DESIGN: &str = include_str!("../../web/templates/new-design.toml");

/// A problem as the editor shows it: with its line, to jump to.
#[derive(Serialize)]
struct EditorProblem {
    line: Option<u32>,
    text: String,
}

/// The editor page.
#[derive(Serialize)]
struct EditorPage {
    action: String,
    manifest: String,
    message: String,
    problems: Vec<EditorProblem>,
    new: bool,
    slug: String,
    maintainer: bool,
}

impl EditorPage {
    fn with_problems(mut self, problems: &[Diagnostic]) -> EditorPage {
        self.problems = problems
            .iter()
            .map(|d| EditorProblem {
                line: d.position.as_ref().map(|p| p.line),
                text: d.to_string_in(super::lang::current()),
            })
            .collect();
        self
    }
}

/// The editor again, with what was typed and its problems (400).
fn editor_with_problems(
    who: &Caller,
    title: &str,
    page: EditorPage,
    problems: &[Diagnostic],
) -> Result<Response, WebError> {
    let mut res = Page::new(title, who.nav(), page.with_problems(problems)).render("edit.html")?;
    *res.status_mut() = StatusCode::BAD_REQUEST;
    Ok(res)
}

/// `GET /designs/new`: edit a design.toml in the browser.
pub async fn new_form(who: Caller) -> Result<Response, WebError> {
    let text = NEW_DESIGN.replace("AUTHOR", &who.actor().author().to_string());
    let page = EditorPage {
        action: "/designs/new".into(),
        manifest: text,
        message: String::new(),
        problems: Vec::new(),
        new: true,
        slug: String::new(),
        maintainer: true,
    };
    Page::new("New design", who.nav(), page).render("edit.html")
}

/// Editor form fields.
#[derive(Debug, Deserialize)]
pub struct EditForm {
    manifest: String,
    #[serde(default)]
    message: String,
    #[serde(default)]
    csrf: String,
}

/// Where a publication leads: the design, or the proposal.
fn after(p: &Publication) -> Response {
    match p {
        Publication::Published(p) => Redirect::to(&format!("/designs/{}", p.slug)).into_response(),
        Publication::Proposed(p) => Redirect::to(&format!("/proposals/{}", p.id)).into_response(),
    }
}

/// `POST /designs/new`: validates and publishes; the author becomes its maintainer.
pub async fn create(
    State(state): State<AppState>,
    who: Caller,
    Form(f): Form<EditForm>,
) -> Result<Response, WebError> {
    who.check_csrf(&f.csrf)?;
    state.0.quotas.take(
        &who.user().username,
        super::quota::Kind::Change,
        std::time::Instant::now(),
    )?;
    let permit = state.check_permit().await?;
    let st = state.clone();
    let actor = who.actor();
    let (text, message) = (f.manifest.clone(), f.message.clone());
    let result = state
        .with_store(move |store| {
            let _permit = permit;
            Ok(designs::create(&st.ctx(store), &actor, &text, &message))
        })
        .await?;
    match result {
        Ok(p) => Ok(after(&p)),
        Err(e) if e.kind.is_user_error() && e.kind != crate::app::ErrorKind::Limited => {
            let page = EditorPage {
                action: "/designs/new".into(),
                manifest: f.manifest,
                message: f.message,
                problems: Vec::new(),
                new: true,
                slug: String::new(),
                maintainer: true,
            };
            editor_with_problems(
                &who,
                &super::lang::t("edit-fix-title"),
                page,
                &designs::problems_of(&e, super::lang::current()),
            )
        }
        Err(e) => Err(e.into()),
    }
}

/// Which build's changes a form starts from (`?build=ID`).
#[derive(Debug, Default, Deserialize)]
pub struct FromBuild {
    #[serde(default)]
    build: String,
}

/// `GET /designs/{slug}/edit[?build=ID]`: the design.toml in an editor, or with a build's
/// parameters as the new defaults and its changes as the message. Maintainers publish;
/// others propose.
pub async fn edit_form(
    State(state): State<AppState>,
    who: Caller,
    Path(slug): Path<String>,
    Query(from): Query<FromBuild>,
) -> Result<Response, WebError> {
    let slug = super::request::slug(&slug)?;
    let st = state.clone();
    let actor = who.actor();
    let s2 = slug.clone();
    let (text, message, maintainer) = state
        .with_store(move |store| {
            let ctx = st.ctx(store);
            let (text, message) = match from.build.trim() {
                "" => (designs::manifest_text(store, &s2)?, String::new()),
                id => {
                    let c = crate::app::builds::changes_of(store, &s2, id)?;
                    (c.manifest, c.message)
                }
            };
            Ok((text, message, crate::app::may_maintain(&ctx, &actor, &s2)?))
        })
        .await?;
    let page = EditorPage {
        action: format!("/designs/{slug}/edit"),
        manifest: text,
        message,
        problems: Vec::new(),
        new: false,
        slug: slug.to_string(),
        maintainer,
    };
    Page::new(format!("Edit {slug}"), who.nav(), page).render("edit.html")
}

/// `POST /designs/{slug}/edit`: a maintainer's change is published; anyone else's becomes
/// a proposal for the maintainers to accept or refuse.
pub async fn edit(
    State(state): State<AppState>,
    who: Caller,
    Path(slug): Path<String>,
    Form(f): Form<EditForm>,
) -> Result<Response, WebError> {
    who.check_csrf(&f.csrf)?;
    let slug = super::request::slug(&slug)?;
    state.0.quotas.take(
        &who.user().username,
        super::quota::Kind::Change,
        std::time::Instant::now(),
    )?;
    let permit = state.check_permit().await?;
    let st = state.clone();
    let actor = who.actor();
    let (s2, text, message) = (slug.clone(), f.manifest.clone(), f.message.clone());
    let result = state
        .with_store(move |store| {
            let _permit = permit;
            let ctx = st.ctx(store);
            let maintainer = crate::app::may_maintain(&ctx, &actor, &s2)?;
            Ok((
                designs::edit(&ctx, &actor, &s2, &text, &message),
                maintainer,
            ))
        })
        .await?;
    match result {
        (Ok(p), _) => Ok(after(&p)),
        (Err(e), maintainer)
            if e.kind.is_user_error() && e.kind != crate::app::ErrorKind::Limited =>
        {
            let page = EditorPage {
                action: format!("/designs/{slug}/edit"),
                manifest: f.manifest,
                message: f.message,
                problems: Vec::new(),
                new: false,
                slug: slug.to_string(),
                maintainer,
            };
            editor_with_problems(
                &who,
                &super::lang::t("edit-fix-title"),
                page,
                &designs::problems_of(&e, super::lang::current()),
            )
        }
        (Err(e), _) => Err(e.into()),
    }
}

/// The fork form.
#[derive(Serialize)]
struct ForkPage {
    slug: String,
    name: String,
    license: String,
    suggested: String,
    /// The build whose changes the fork takes, with what they are.
    build: Option<crate::app::builds::BuildChanges>,
}

/// `GET /designs/{slug}/fork`.
pub async fn fork_form(
    State(state): State<AppState>,
    who: Caller,
    Path(slug): Path<String>,
    Query(from): Query<FromBuild>,
) -> Result<Response, WebError> {
    let r = read(&state, &slug, BTreeMap::new()).await?;
    let build = match from.build.trim() {
        "" => None,
        id => {
            let (s2, id) = (super::request::slug(&slug)?, id.to_string());
            Some(
                state
                    .with_store(move |store| Ok(crate::app::builds::changes_of(store, &s2, &id)?))
                    .await?,
            )
        }
    };
    let page = ForkPage {
        slug: r.read.design.slug.clone(),
        name: r.read.design.name.clone(),
        license: r.read.design.license.clone(),
        suggested: format!("{}-{}", r.read.design.slug, who.user().username),
        build,
    };
    Page::new(format!("Fork {}", page.name), who.nav(), page).render("fork.html")
}

/// Fork form fields.
#[derive(Debug, Deserialize)]
pub struct ForkForm {
    new_slug: String,
    #[serde(default)]
    license: String,
    #[serde(default)]
    csrf: String,
    /// Fork with this build's changes.
    #[serde(default)]
    build: String,
}

/// Forks `slug` for the caller (licence checked), who maintains the fork; with `build`, the
/// fork takes that build's changes.
pub async fn fork_for(
    state: &AppState,
    who: &Caller,
    slug: &str,
    new_slug: String,
    license: String,
    build: Option<String>,
) -> Result<crate::store::ForkOutcome, WebError> {
    let slug = super::request::slug(slug)?;
    state.0.quotas.take(
        &who.user().username,
        super::quota::Kind::Change,
        std::time::Instant::now(),
    )?;
    let st = state.clone();
    let actor = who.actor();
    state
        .with_store(move |store| {
            let lic = Some(license.trim()).filter(|l| !l.is_empty());
            let ctx = st.ctx(store);
            Ok(
                match build.as_deref().map(str::trim).filter(|b| !b.is_empty()) {
                    Some(id) => crate::app::builds::fork_with_changes(
                        &ctx, &actor, &slug, id, &new_slug, lic,
                    )?,
                    None => designs::fork(&ctx, &actor, &slug, &new_slug, lic)?,
                },
            )
        })
        .await
}

/// `POST /designs/{slug}/fork`: copies the design under a new slug.
pub async fn fork(
    State(state): State<AppState>,
    who: Caller,
    Path(slug): Path<String>,
    Form(f): Form<ForkForm>,
) -> Result<Response, WebError> {
    who.check_csrf(&f.csrf)?;
    let forked = fork_for(&state, &who, &slug, f.new_slug, f.license, Some(f.build)).await?;
    Ok(Redirect::to(&format!("/designs/{}", forked.slug)).into_response())
}
