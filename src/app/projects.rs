//! Projects: several designs cut as one job. Listing and showing them (designs with names and
//! quantities, total parts, sheets estimated per makerspace and cost through
//! [`crate::cost`]), checking a project against the store (every design exists, every
//! parameter is the design's and within its bounds, each problem at its line), publishing,
//! creating, adding a design, forking, and exporting the whole job
//! ([`crate::export::export_project`]).
//!
//! Who may change a project: locally anyone; an account that created or forked it (recorded as
//! maintainer of `project/<slug>`), or an admin when nobody maintains it.

use crate::i18n::Message;
use std::collections::BTreeMap;
use std::path::Path;

use serde::Serialize;

use super::designs::{self, Loaded};
use super::exports::{CutOptions, sheet_context};
use super::{Actor, Ctx, Error, Overrides, Result, may_maintain};
use crate::cost::{self, CostEstimate, PriceBook};
use crate::hint::Hint;
use crate::model::{
    Diagnostic, MAX_PROJECT_QUANTITY, Makerspace, Project, ProjectDesign, ProjectOrigin, Slug,
    format_number, parse_project,
};
use crate::nest::Progress;
use crate::store::{ProjectEntry, Published, Store, StoredProject, project_path};

/// The key a project's maintainers are recorded under (a design slug cannot contain `/`).
pub fn maintainer_key(slug: &str) -> String {
    format!("project/{slug}")
}

/// Every project in the store, valid or not.
pub fn list(store: &Store) -> Result<Vec<ProjectEntry>> {
    Ok(store.projects(None)?)
}

/// Project `slug` at `rev` (default `main`).
pub fn read(store: &Store, slug: &Slug, rev: Option<&str>) -> Result<StoredProject> {
    let rev = designs::revision(store, rev)?;
    Ok(store.project(slug, rev.as_deref())?)
}

/// Reads a `project.toml` file (or a folder holding one); every problem carries the file and
/// its line.
pub fn read_file(path: &Path) -> Result<(Project, String)> {
    let file = if path.is_dir() {
        path.join(crate::model::PROJECT_FILE)
    } else {
        path.to_path_buf()
    };
    let bytes = std::fs::read(&file).map_err(|e| super::makerspaces::unreadable(&file, &e))?;
    let text = String::from_utf8(bytes).map_err(|_| super::makerspaces::not_utf8(&file))?;
    let project = parse_project(&text, None)
        .map_err(|ds| Error::invalid(ds.into_iter().map(|d| d.in_file(&file)).collect()))?;
    Ok((project, text))
}

/// What a project says about designs, judged against the store: each design exists (with a
/// suggestion when not), each parameter is one of the design's and within its bounds. Every
/// problem points at the project's line.
pub fn check_against_store(store: &Store, project: &Project) -> Result<Vec<Diagnostic>> {
    let entries = store.list(None)?;
    let known: Vec<&str> = entries
        .iter()
        .filter(|e| e.design.is_some())
        .map(|e| e.slug.as_str())
        .collect();
    let mut problems = Vec::new();
    for d in &project.designs {
        let Some(design) = entries
            .iter()
            .find(|e| e.slug == d.slug)
            .and_then(|e| e.design.as_ref())
        else {
            let suggestion = crate::model::suggest(&d.slug, known.iter().copied());
            problems.push(
                d.slug_loc.problem(match suggestion {
                    Some(s) => Message::new("error-no-design-suggest")
                        .arg("slug", &d.slug)
                        .arg("suggestion", s),
                    None => Message::new("error-no-design").arg("slug", &d.slug),
                }),
            );
            continue;
        };
        for (name, value) in &d.params {
            let raw = BTreeMap::from([(name.clone(), format_number(*value))]);
            if let Err(ds) = design.parse_overrides(&raw) {
                for p in ds {
                    problems.push(d.param_loc(name).problem(in_design(&d.slug, &p)));
                }
            }
        }
    }
    crate::model::sort_diagnostics(&mut problems);
    Ok(problems)
}

fn check_fn(store: &Store) -> impl Fn(&Project) -> Result<(), Vec<Diagnostic>> + '_ {
    move |p: &Project| match check_against_store(store, p) {
        Ok(ds) if ds.is_empty() => Ok(()),
        Ok(ds) => Err(ds),
        Err(e) => Err(e.diagnostics()),
    }
}

/// Publishes `text` as a project (new, or a new version of one the actor may change).
pub fn publish_text(ctx: &Ctx<'_>, actor: &Actor, text: &str, message: &str) -> Result<Published> {
    let project = parse_project(text, None).map_err(Error::invalid)?;
    let exists = ctx.store.project(&project.slug, None).is_ok();
    let key = maintainer_key(&project.slug);
    if exists && !may_maintain(ctx, actor, &key)? {
        return Err(Error::forbidden(
            Message::new("error-only-maintainers-project").arg("slug", project.slug.to_string()),
        ));
    }
    let published = ctx.store.publish_project(
        text.as_bytes(),
        &actor.author(),
        message,
        false,
        &check_fn(ctx.store),
    )?;
    if !exists && let Actor::Member(u) = actor {
        ctx.accounts()?.add_maintainer(&key, u.id)?;
    }
    Ok(published)
}

/// Publishes the `project.toml` file (or folder) at `path`; problems carry that file.
pub fn publish_file(ctx: &Ctx<'_>, actor: &Actor, path: &Path) -> Result<Published> {
    let (_, text) = read_file(path)?;
    publish_text(ctx, actor, &text, "").map_err(|mut e| {
        let file = if path.is_dir() {
            path.join(crate::model::PROJECT_FILE)
        } else {
            path.to_path_buf()
        };
        for d in &mut e.problems {
            d.file = Some(file.clone());
        }
        e
    })
}

/// One design to put in a project.
#[derive(Debug, Clone)]
pub struct DesignPick {
    /// The design.
    pub slug: Slug,
    /// Copies.
    pub quantity: u32,
    /// Its parameters, checked against it.
    pub params: Overrides,
}

fn check_quantity(q: u32) -> Result<()> {
    if (1..=MAX_PROJECT_QUANTITY).contains(&q) {
        Ok(())
    } else {
        Err(Error::refused(
            Message::new("error-quantity-range")
                .arg("quantity", q)
                .arg("max", MAX_PROJECT_QUANTITY),
        ))
    }
}

fn entry(pick: &DesignPick) -> ProjectDesign {
    ProjectDesign {
        slug: pick.slug.to_string(),
        quantity: pick.quantity,
        params: pick.params.values().clone(),
        loc: Default::default(),
        slug_loc: Default::default(),
        param_locs: BTreeMap::new(),
    }
}

/// Creates project `slug` (version 1.0.0) with `designs`.
pub fn create(
    ctx: &Ctx<'_>,
    actor: &Actor,
    slug: &Slug,
    name: &str,
    notes: &str,
    designs: &[DesignPick],
) -> Result<Published> {
    if ctx.store.project(slug, None).is_ok() {
        return Err(Error::conflict(
            Message::new("error-project-exists").arg("slug", slug.to_string()),
        )
        .with_hint(Hint::ChooseAnotherSlug {
            slug: slug.to_string(),
        }));
    }
    for d in designs {
        check_quantity(d.quantity)?;
    }
    let project = Project {
        name: name.trim().to_string(),
        slug: slug.to_string(),
        version: semver::Version::new(1, 0, 0),
        notes: notes.trim().to_string(),
        derived_from: None,
        designs: designs.iter().map(entry).collect(),
    };
    publish_text(ctx, actor, &project.to_toml(), "")
}

/// Adds `pick` to project `slug` (or, when the design is in it already, adds to its quantity
/// and takes the new parameters when some are given), raising the minor version.
pub fn add_design(
    ctx: &Ctx<'_>,
    actor: &Actor,
    slug: &Slug,
    pick: &DesignPick,
) -> Result<Published> {
    check_quantity(pick.quantity)?;
    let mut project = ctx.store.project(slug, None)?.project;
    match project
        .designs
        .iter_mut()
        .find(|d| d.slug == pick.slug.as_str())
    {
        Some(d) => {
            d.quantity = (d.quantity + pick.quantity).min(MAX_PROJECT_QUANTITY + 1);
            check_quantity(d.quantity)?;
            if !pick.params.is_empty() {
                d.params = pick.params.values().clone();
            }
        }
        None => project.designs.push(entry(pick)),
    }
    project.version = semver::Version::new(project.version.major, project.version.minor + 1, 0);
    let message = format!(
        "Project {slug} {}: add {} × {}",
        project.version, pick.quantity, pick.slug
    );
    publish_text(ctx, actor, &project.to_toml(), &message)
}

/// Forks project `from` as `new_slug` (version 1.0.0, `derived_from` naming the original at
/// its commit); an account becomes the fork's maintainer.
pub fn fork(
    ctx: &Ctx<'_>,
    actor: &Actor,
    from: &Slug,
    new_slug: &Slug,
    name: Option<&str>,
) -> Result<Published> {
    let stored = ctx.store.project(from, None)?;
    let mut project = stored.project;
    project.slug = new_slug.to_string();
    if let Some(n) = name.map(str::trim).filter(|n| !n.is_empty()) {
        project.name = n.to_string();
    }
    project.version = semver::Version::new(1, 0, 0);
    project.derived_from = Some(ProjectOrigin {
        slug: from.to_string(),
        revision: Some(stored.commit.clone()),
    });
    let text = project.to_toml();
    let published = ctx
        .store
        .publish_project(
            text.as_bytes(),
            &actor.author(),
            &format!("Fork project {from} as {new_slug}"),
            true,
            &check_fn(ctx.store),
        )
        .map_err(|e| {
            Error::from(e).with_hint(Hint::ChooseAnotherSlug {
                slug: new_slug.to_string(),
            })
        })?;
    if let Actor::Member(u) = actor {
        ctx.accounts()?
            .add_maintainer(&maintainer_key(new_slug), u.id)?;
    }
    Ok(published)
}

/// One design of a project as its page shows it.
#[derive(Debug, Clone, Serialize)]
pub struct DesignLine {
    /// Design slug.
    pub slug: String,
    /// Design name.
    pub name: String,
    /// Copies.
    pub quantity: u32,
    /// Parameters set by the project.
    pub params: BTreeMap<String, f64>,
    /// Part copies in one copy.
    pub parts_per_copy: u64,
    /// Part copies for all copies.
    pub parts: u64,
    /// Cost of one copy (the design's own estimate).
    pub cost: CostEstimate,
}

/// The sheets a project needs at one makerspace.
#[derive(Debug, Clone, Serialize)]
pub struct SpaceEstimate {
    /// Makerspace slug.
    pub slug: String,
    /// Makerspace name.
    pub name: String,
    /// Its currency.
    pub currency: String,
    /// Per stock: id, sheets, their cost.
    pub stock: Vec<StockLine>,
    /// Sheets in all.
    pub sheets: u32,
    /// Their price.
    pub sheet_cost: f64,
    /// Hardware of all copies in the makerspace's currency.
    pub hardware: f64,
    /// Sheets plus hardware.
    pub total: f64,
    /// Design materials this makerspace has no stock for (`design/material`).
    pub missing: Vec<String>,
}

/// Sheets of one stock.
#[derive(Debug, Clone, Serialize)]
pub struct StockLine {
    /// Stock id.
    pub stock: String,
    /// Sheets estimated (parts of every design pooled, at the cost model's utilisation).
    pub sheets: u32,
    /// Their price.
    pub cost: f64,
}

/// What a project is: its designs with names and part counts, and sheets and cost per
/// makerspace.
#[derive(Debug, Clone, Serialize)]
pub struct ProjectFacts {
    /// The project.
    pub project: Project,
    /// The commit it was read at.
    pub commit: String,
    /// Its designs.
    pub designs: Vec<DesignLine>,
    /// Part copies in all.
    pub total_parts: u64,
    /// Per makerspace.
    pub makerspaces: Vec<SpaceEstimate>,
}

fn cents(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

/// Project `slug` with its designs evaluated at the project's parameters, sheets pooled per
/// stock at each makerspace of the store, and the cost.
pub fn show(store: &Store, slug: &Slug, rev: Option<&str>) -> Result<ProjectFacts> {
    let stored = read(store, slug, rev)?;
    let spaces = designs::profiles(store)?;
    let prices = PriceBook::from_makerspaces(spaces.iter().map(|(_, m)| m));
    let mut lines = Vec::new();
    let mut evaluated = Vec::new();
    for d in &stored.project.designs {
        let design = store
            .read(&d.slug, None)
            .map_err(|e| Error::from(e).with_hint(Hint::Reload))?;
        let design = design.design;
        let ev = design.evaluate(&d.params).map_err(|ds| {
            Error::invalid(
                ds.into_iter()
                    .map(|p| d.loc.problem(in_design(&d.slug, &p)))
                    .collect(),
            )
        })?;
        let areas = cost::material_areas(&ev).unwrap_or_default();
        let estimate = cost::estimate(&design, &ev, &areas, &prices);
        let per_copy = ev.part_count();
        lines.push(DesignLine {
            slug: d.slug.clone(),
            name: design.name.clone(),
            quantity: d.quantity,
            params: d.params.clone(),
            parts_per_copy: per_copy,
            parts: per_copy * u64::from(d.quantity),
            cost: estimate,
        });
        evaluated.push((design, ev, areas, d.quantity));
    }
    let makerspaces = spaces
        .iter()
        .map(|(s, m)| space_estimate(s, m, &evaluated))
        .collect();
    Ok(ProjectFacts {
        total_parts: lines.iter().map(|l| l.parts).sum(),
        designs: lines,
        project: stored.project,
        commit: stored.commit,
        makerspaces,
    })
}

type Evaluated = (
    crate::model::Design,
    crate::model::EvaluatedDesign,
    BTreeMap<String, f64>,
    u32,
);

fn space_estimate(slug: &str, space: &Makerspace, designs: &[Evaluated]) -> SpaceEstimate {
    let mut area: BTreeMap<String, f64> = BTreeMap::new();
    let mut missing = Vec::new();
    let mut hardware = 0.0;
    for (design, ev, areas, q) in designs {
        for (id, a) in areas {
            match cost::matching_stock(design, id, space) {
                Some(s) => *area.entry(s.id.clone()).or_default() += a * f64::from(*q),
                None => missing.push(format!("{}/{id}", design.slug)),
            }
        }
        hardware += ev.bom_totals().get(&space.currency).copied().unwrap_or(0.0) * f64::from(*q);
    }
    let stock: Vec<StockLine> = area
        .iter()
        .filter_map(|(id, a)| {
            let s = space.stock_item(id)?;
            let n = cost::sheets_needed(*a, s);
            Some(StockLine {
                stock: id.clone(),
                sheets: n,
                cost: cents(f64::from(n) * s.price),
            })
        })
        .collect();
    let sheet_cost = cents(stock.iter().map(|s| s.cost).sum());
    SpaceEstimate {
        slug: slug.to_string(),
        name: space.name.clone(),
        currency: space.currency.clone(),
        sheets: stock.iter().map(|s| s.sheets).sum(),
        stock,
        sheet_cost,
        hardware: cents(hardware),
        total: cents(sheet_cost + hardware),
        missing,
    }
}

/// Everything a project export reads from the store, gathered under one store handle.
#[derive(Debug, Clone)]
pub struct PreparedProject {
    /// The project.
    pub project: Project,
    /// The commit it was read at (`None` for a file on disk).
    pub commit: Option<String>,
    /// Each design with its parameters and copies, in the project's order.
    pub designs: Vec<(Loaded, Overrides, u32, crate::export::SheetContext)>,
    /// The makerspace, if one was chosen.
    pub makerspace: Option<Makerspace>,
    /// How to cut.
    pub options: CutOptions,
}

/// Gathers a project export: the project (a slug in the store at `rev`, default `main`, or a
/// `project.toml` file or folder), checked against the store, each design at its parameters with its build
/// sheet's context.
pub fn prepare_export(
    store: &Store,
    name: &str,
    rev: Option<&str>,
    makerspace: Option<Makerspace>,
    options: CutOptions,
    base_url: &str,
) -> Result<PreparedProject> {
    options.check()?;
    let path = Path::new(name);
    let (project, commit) = if path.exists() || name.ends_with(".toml") {
        let (p, _) = read_file(path)?;
        let problems = check_against_store(store, &p)?;
        if !problems.is_empty() {
            let file = if path.is_dir() {
                path.join(crate::model::PROJECT_FILE)
            } else {
                path.to_path_buf()
            };
            return Err(Error::invalid(
                problems.into_iter().map(|d| d.in_file(&file)).collect(),
            ));
        }
        (p, None)
    } else {
        let slug = designs::slug(name)?;
        let stored = read(store, &slug, rev)?;
        let problems = check_against_store(store, &stored.project)?;
        if !problems.is_empty() {
            return Err(Error::invalid(
                problems
                    .into_iter()
                    .map(|d| d.in_file(project_path(&slug)))
                    .collect(),
            ));
        }
        (stored.project, Some(stored.commit))
    };
    let mut designs_out = Vec::with_capacity(project.designs.len());
    for d in &project.designs {
        let slug = designs::slug(&d.slug)?;
        let loaded = designs::load_stored(store, &slug, commit.as_deref())?;
        let raw: BTreeMap<String, String> = d
            .params
            .iter()
            .map(|(k, v)| (k.clone(), format_number(*v)))
            .collect();
        let params = Overrides::parse(&loaded.design, &raw)?;
        let context = sheet_context(Some(store), &loaded, options.paper, base_url)?;
        designs_out.push((loaded, params, d.quantity, context));
    }
    Ok(PreparedProject {
        project,
        commit,
        designs: designs_out,
        makerspace,
        options,
    })
}

/// Nests every design's parts together and writes the job into `out_dir`, with
/// `manifest.json`.
pub fn run_export(
    job: &PreparedProject,
    out_dir: &Path,
    progress: &mut dyn FnMut(&str, Progress),
) -> Result<crate::export::ProjectManifest> {
    let o = &job.options;
    // Each design's texts in the sheets' language, when it has them.
    let translated: Vec<_> = job
        .designs
        .iter()
        .map(|(loaded, ..)| super::exports::in_language(&loaded.design, Some(o.language.code())))
        .collect();
    let req = crate::export::ProjectRequest {
        slug: job.project.slug.clone(),
        name: job.project.name.clone(),
        version: job.project.version.to_string(),
        notes: job.project.notes.clone(),
        revision: job.commit.clone(),
        designs: job
            .designs
            .iter()
            .zip(&translated)
            .map(
                |((loaded, params, q, ctx), design)| crate::export::JobDesign {
                    design,
                    revision: loaded.commit.clone(),
                    quantity: *q,
                    params: params.values().clone(),
                    context: crate::export::SheetContext {
                        language: o.language,
                        ..ctx.clone()
                    },
                },
            )
            .collect(),
        format: o.format,
        makerspace: job.makerspace.as_ref(),
        machine: o.machine.clone(),
        sheet: o.sheet,
        kerf: o.kerf,
        tool: o.tool,
        time_limit: o.time_limit,
        seed: o.seed,
    };
    Ok(crate::export::export_project(&req, out_dir, progress)?)
}

/// A design's problem, said to be that design's: "slug: message".
fn in_design(slug: &str, p: &Diagnostic) -> crate::i18n::Wording {
    match &p.message_id {
        Some(m) => Message::new("refusal-in-design")
            .arg("slug", slug)
            .arg("message", (**m).clone())
            .into(),
        None => format!("{slug}: {}", p.message).into(),
    }
}
