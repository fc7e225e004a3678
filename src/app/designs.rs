//! Designs: checking packages, looking a design up (from a folder or the store), what a
//! design is at given parameters (parts, bill of materials, cost, sheets per makerspace), and
//! changing the store: publish, create and edit from a manifest, add an image, fork, release.
//!
//! A change by someone who may maintain the design is published; anyone else's becomes a
//! proposal (see [`super::proposals`]). Every package written is validated in full first
//! (manifest, file references, geometry at the parameter bounds, size limits).

use crate::i18n::Message;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Serialize;

use super::{Actor, Ctx, Error, ErrorKind, Overrides, Result, may_maintain};
use crate::accounts::Proposal;
use crate::cost::{self, CostEstimate, PriceBook, SheetEstimate};
use crate::hint::Hint;
use crate::model::{Design, Diagnostic, EvaluatedDesign, Makerspace, Slug};
use crate::package::{self, MANIFEST, Package};
use crate::store::{
    Change, Contributor, DesignEntry, ForkOutcome, Lineage, PackageFiles, Published, Release,
    Store, StoredDesign,
};

/// Slugs that would be shadowed by the web app's routes under `/designs/`.
pub const RESERVED_SLUGS: &[&str] = &["new"];

/// The largest `design.toml` accepted from a browser form or an API request (a package
/// folder may hold up to the manifest limit of [`crate::package`]).
pub const MAX_EDITED_MANIFEST_BYTES: usize = 256 * 1024;

/// Checks a slug given by a person.
pub fn slug(s: &str) -> Result<Slug> {
    Slug::parse(s).map_err(Error::refused)
}

/// The result of checking package folders.
#[derive(Debug)]
pub struct Checked {
    /// The packages that are valid.
    pub valid: Vec<Package>,
    /// Every problem of the others, with file, line and field.
    pub problems: Vec<Diagnostic>,
}

/// Checks package folders, manifests or folders of packages (all problems, not the first).
pub fn check_packages(paths: &[PathBuf]) -> Checked {
    let mut checked = Checked {
        valid: Vec::new(),
        problems: Vec::new(),
    };
    for path in paths {
        let found = match package::discover(path) {
            Ok(p) => p,
            Err(e) => {
                checked.problems.extend(e.into_diagnostics());
                continue;
            }
        };
        for pkg in found {
            match package::validate(&pkg) {
                Ok(p) => checked.valid.push(p),
                Err(ds) => checked.problems.extend(ds),
            }
        }
    }
    checked
}

/// A design as read for showing or exporting.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The design.
    pub design: Design,
    /// The store commit it was read at; `None` for a folder on disk.
    pub commit: Option<String>,
    /// Its package files (for pictures in the build sheet).
    pub files: PackageFiles,
    /// Its slug in the store, when it came from one.
    pub stored: Option<Slug>,
}

/// Where a design named on a command line is: a folder or manifest on disk when `name` is
/// one, else a slug in `store` at `rev` (a published revision, default `main`).
pub fn load(store: Option<&Store>, name: &str, rev: Option<&str>) -> Result<Loaded> {
    let path = Path::new(name);
    if path.exists() {
        let pkg = package::validate(path).map_err(Error::invalid)?;
        let files = crate::store::read_package_dir(&pkg.dir)?;
        return Ok(Loaded {
            design: pkg.design,
            commit: None,
            files,
            stored: None,
        });
    }
    if name.contains('/') || name.ends_with(".toml") {
        return Err(Error::not_found(
            Message::new("error-no-such-file-or-folder").arg("name", name),
        ));
    }
    let store = store
        .ok_or_else(|| Error::not_found(Message::new("error-no-such-folder").arg("name", name)))?;
    load_stored(store, &slug(name)?, rev)
}

/// Design `slug` from the store at `rev` (a published revision; default `main`).
pub fn load_stored(store: &Store, slug: &Slug, rev: Option<&str>) -> Result<Loaded> {
    let commit = revision(store, rev)?;
    let stored = store.read(slug, commit.as_deref())?;
    let files = store.files(slug, Some(&stored.commit))?;
    Ok(Loaded {
        design: stored.design,
        commit: Some(stored.commit),
        files,
        stored: Some(slug.clone()),
    })
}

/// `rev` resolved to a published commit (main, an ancestor of it, or a release tag); a
/// proposal or an unknown revision is not found.
pub fn revision(store: &Store, rev: Option<&str>) -> Result<Option<String>> {
    match rev.map(str::trim).filter(|r| !r.is_empty()) {
        None => Ok(None),
        Some(r) => Ok(Some(store.published_revision(r)?)),
    }
}

/// Design `slug` at `rev` (published revisions only), parsed, with its commit and tree id.
pub fn read(store: &Store, slug: &Slug, rev: Option<&str>) -> Result<StoredDesign> {
    let commit = revision(store, rev)?;
    Ok(store.read(slug, commit.as_deref())?)
}

/// The id of design `slug`'s package tree at `rev` (equal ids, equal packages) and the
/// commit it was read at: what caches of parsed designs and pictures key on.
pub fn tree_id(store: &Store, slug: &Slug, rev: Option<&str>) -> Result<(String, String)> {
    let commit = match revision(store, rev)? {
        Some(c) => c,
        None => store.head_id()?.unwrap_or_default(),
    };
    Ok((store.design_tree_id(slug, Some(&commit))?, commit))
}

/// The designs in the store at `rev`, valid or not.
pub fn list(store: &Store, rev: Option<&str>) -> Result<Vec<DesignEntry>> {
    let commit = revision(store, rev)?;
    Ok(store.list(commit.as_deref())?)
}

/// A design's history: its changes, releases and contributors.
#[derive(Debug, Clone, Serialize)]
pub struct History {
    /// The design's slug.
    pub slug: Slug,
    /// Its name.
    pub name: String,
    /// Commits that changed it, newest first.
    pub changes: Vec<Change>,
    /// Its releases.
    pub releases: Vec<Release>,
    /// Everyone who committed to it and its ancestors.
    pub contributors: Vec<Contributor>,
}

/// The history of `slug`.
pub fn history(store: &Store, slug: &Slug) -> Result<History> {
    let stored = store.read(slug, None)?;
    Ok(History {
        slug: slug.clone(),
        name: stored.design.name,
        changes: store.history(slug)?,
        releases: store.releases(Some(slug))?,
        contributors: store.contributors(slug)?,
    })
}

/// Where a design came from and its forks.
#[derive(Debug, Clone, Serialize)]
pub struct DesignLineage {
    /// The design's slug.
    pub slug: Slug,
    /// Its name.
    pub name: String,
    /// Ancestors and descendants.
    pub lineage: Lineage,
}

/// The lineage of `slug`.
pub fn lineage(store: &Store, slug: &Slug) -> Result<DesignLineage> {
    let stored = store.read(slug, None)?;
    Ok(DesignLineage {
        slug: slug.clone(),
        name: stored.design.name,
        lineage: store.lineage(slug)?,
    })
}

/// Everyone who committed to `slug` and its ancestors.
pub fn contributors(store: &Store, slug: &Slug) -> Result<Vec<Contributor>> {
    Ok(store.contributors(slug)?)
}

/// One person credited for a design and what they contributed.
#[derive(Debug, Clone, Serialize)]
pub struct Credit {
    /// Their name.
    pub name: String,
    /// What they did, in words ("3 commits", "reviewed 1 change", "built it (works,
    /// 2026-11-30)", "photographed their build").
    pub contributions: Vec<String>,
}

impl Credit {
    /// "Name: what, what".
    pub fn line(&self) -> String {
        format!("{}: {}", self.name, self.contributions.join(", "))
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Everyone credited for `slug`, each with what they contributed: committers to it and its
/// ancestors (with their commits), reviewers (who published changes someone else wrote, as
/// a maintainer accepting a proposal does), builders (with how and when each build went)
/// and photographers of builds. People are told apart by name here, since build logs carry
/// no address; committers come first, most commits first, then others in the order found.
pub fn credits(store: &Store, slug: &Slug) -> Result<Vec<Credit>> {
    let mut out: Vec<Credit> = Vec::new();
    fn entry<'a>(out: &'a mut Vec<Credit>, name: &str) -> &'a mut Credit {
        let key = name.trim();
        match out.iter().position(|c| c.name.eq_ignore_ascii_case(key)) {
            Some(i) => &mut out[i],
            None => {
                out.push(Credit {
                    name: key.to_string(),
                    contributions: Vec::new(),
                });
                out.last_mut().expect("just pushed")
            }
        }
    }
    for c in store.contributors(slug)? {
        entry(&mut out, &c.name)
            .contributions
            .push(plural(c.commits, "commit", "commits"));
    }
    let mut reviews: Vec<(String, usize)> = Vec::new();
    for change in store.history(slug)? {
        if !change.committer_email.eq_ignore_ascii_case(&change.email)
            && !change.committer.trim().is_empty()
        {
            match reviews.iter_mut().find(|(n, _)| *n == change.committer) {
                Some((_, n)) => *n += 1,
                None => reviews.push((change.committer.clone(), 1)),
            }
        }
    }
    for (name, n) in reviews {
        entry(&mut out, &name)
            .contributions
            .push(format!("reviewed {}", plural(n, "change", "changes")));
    }
    let builds = super::builds::list(store, slug)?;
    for b in builds.builds.iter().rev() {
        let Some(name) = b.log.builder.as_deref().filter(|n| !n.trim().is_empty()) else {
            continue;
        };
        let credit = entry(&mut out, name);
        credit.contributions.push(format!(
            "built it ({}, {})",
            b.log.outcome.as_str(),
            b.log.date
        ));
        if !b.log.photos.is_empty() {
            credit.contributions.push("photographed their build".into());
        }
    }
    Ok(out)
}

/// Releases, of one design or all.
pub fn releases(store: &Store, slug: Option<&Slug>) -> Result<Vec<Release>> {
    Ok(store.releases(slug.map(Slug::as_str))?)
}

/// One part of a design at its parameters: what the cut list shows.
#[derive(Debug, Clone, Serialize)]
pub struct PartFacts {
    /// Label (the same on cut files, sheets and steps).
    pub label: String,
    /// Name.
    pub name: String,
    /// Copies.
    pub quantity: u32,
    /// Material id.
    pub material: String,
    /// `laser` or `cnc`.
    pub process: &'static str,
    /// Thickness, mm.
    pub thickness: f64,
    /// Bounding box width, mm.
    pub width: f64,
    /// Bounding box height, mm.
    pub height: f64,
    /// Net area of one copy (outline less holes and slots), mm².
    pub area: f64,
    /// Holes.
    pub holes: usize,
    /// Slots.
    pub slots: usize,
    /// Tabs.
    pub tabs: usize,
}

/// What a design is at given parameters: what `show` prints and the design page shows.
#[derive(Debug, Clone)]
pub struct Facts {
    /// The design evaluated.
    pub ev: EvaluatedDesign,
    /// Its parts.
    pub parts: Vec<PartFacts>,
    /// Part copies in all.
    pub part_count: u64,
    /// Its estimated cost (the same figure search and cards show).
    pub cost: CostEstimate,
    /// Sheets and their price per makerspace (slug, name, estimates per material).
    pub sheets: Vec<(String, String, Vec<SheetEstimate>)>,
}

fn round3(v: f64) -> f64 {
    (v * 1000.0).round() / 1000.0
}

/// Evaluates `design` at `overrides` and works out its parts, cost (priced from `spaces`)
/// and sheets at each of `spaces`.
pub fn facts(
    design: &Design,
    overrides: &Overrides,
    spaces: &[(String, Makerspace)],
) -> Result<Facts> {
    let ev = design
        .evaluate(overrides.values())
        .map_err(Error::invalid)?;
    let mut parts = Vec::with_capacity(ev.parts.len());
    for p in &ev.parts {
        let prof = crate::geometry::part_profile(p).map_err(Error::invalid)?;
        let [w, h] = prof.size();
        parts.push(PartFacts {
            label: p.label.clone(),
            name: p.name.clone(),
            quantity: p.quantity,
            material: p.material.clone(),
            process: p.process.as_str(),
            thickness: p.thickness,
            width: round3(w),
            height: round3(h),
            area: round3(prof.area),
            holes: p.holes.len(),
            slots: p.slots.len(),
            tabs: p.tabs.len(),
        });
    }
    let areas = cost::material_areas(&ev).unwrap_or_default();
    let prices = PriceBook::from_makerspaces(spaces.iter().map(|(_, m)| m));
    let cost = cost::estimate(design, &ev, &areas, &prices);
    let sheets = spaces
        .iter()
        .map(|(slug, m)| {
            (
                slug.clone(),
                m.name.clone(),
                cost::sheet_estimates(design, &areas, m),
            )
        })
        .collect();
    Ok(Facts {
        part_count: ev.part_count(),
        ev,
        parts,
        cost,
        sheets,
    })
}

/// The valid makerspace profiles of the store, by slug.
pub fn profiles(store: &Store) -> Result<Vec<(String, Makerspace)>> {
    Ok(store
        .makerspaces(None)?
        .into_iter()
        .filter_map(|e| e.makerspace.map(|m| (e.slug, m)))
        .collect())
}

/// What a change did: published, or proposed for a maintainer to review.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "outcome", rename_all = "lowercase")]
pub enum Publication {
    /// Published on `main`.
    Published(Published),
    /// Recorded as a proposal.
    Proposed(Proposal),
}

impl Publication {
    /// The design's slug.
    pub fn slug(&self) -> &str {
        match self {
            Publication::Published(p) => &p.slug,
            Publication::Proposed(p) => &p.slug,
        }
    }
}

/// Whether a change makes a new design or changes one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// A new design: its slug must be free.
    New,
    /// A change to this design: the manifest's slug must be this one.
    Update(Slug),
}

/// Validates a package held in memory as it would be stored: limits, file names, manifest,
/// file references, geometry at every parameter bound.
pub fn validate_files(files: &PackageFiles, folder: Option<&str>) -> Result<Design> {
    crate::store::check_package_limits(files)?;
    let bytes = files
        .get(MANIFEST)
        .ok_or_else(|| Error::refused(Message::new("error-package-has-no-manifest")))?;
    let read = |p: &str| files.get(p).cloned();
    package::validate_package_bytes(bytes, Path::new(MANIFEST), folder, &read)
        .map_err(Error::invalid)
}

/// Publishes (or proposes, for someone who does not maintain it) a design package.
pub fn publish_files(
    ctx: &Ctx<'_>,
    actor: &Actor,
    files: PackageFiles,
    target: &Target,
    message: &str,
) -> Result<Publication> {
    let folder = match target {
        Target::New => None,
        Target::Update(s) => Some(s.as_str()),
    };
    let design = validate_files(&files, folder)?;
    let slug = slug(&design.slug)?;
    match target {
        Target::New => {
            if RESERVED_SLUGS.contains(&slug.as_str()) {
                return Err(Error::conflict(
                    Message::new("error-reserved-slug").arg("slug", slug.to_string()),
                )
                .with_hint(Hint::ChooseAnotherSlug {
                    slug: slug.to_string(),
                }));
            }
            if exists(ctx.store, &slug)? {
                return Err(Error::conflict(
                    Message::new("error-design-exists").arg("slug", slug.to_string()),
                )
                .with_hint(Hint::Fork {
                    slug: slug.to_string(),
                }));
            }
            let published = ctx
                .store
                .publish_files(&design, files, &actor.author(), message)?;
            record_maintainer(ctx, actor, &slug)?;
            Ok(Publication::Published(published))
        }
        Target::Update(_) => {
            if may_maintain(ctx, actor, &slug)? {
                let published =
                    ctx.store
                        .publish_files(&design, files, &actor.author(), message)?;
                return Ok(Publication::Published(published));
            }
            super::proposals::propose(ctx, actor, &design, files, message)
                .map(Publication::Proposed)
        }
    }
}

/// Publishes (or proposes) a new design, or a new version of one: `changed` files replace
/// the stored ones of the same path, the others are kept.
pub fn publish_changes(
    ctx: &Ctx<'_>,
    actor: &Actor,
    target: &Target,
    changed: PackageFiles,
    message: &str,
) -> Result<Publication> {
    let files = with_stored(ctx.store, target, changed)?;
    publish_files(ctx, actor, files, target, message)
}

/// The stored files of the design `target` updates (none for a new one), with `changed`
/// laid over them.
pub fn with_stored(store: &Store, target: &Target, changed: PackageFiles) -> Result<PackageFiles> {
    let mut files = match target {
        Target::Update(slug) => store.files(slug, None)?,
        Target::New => PackageFiles::new(),
    };
    files.extend(changed);
    Ok(files)
}

/// Whether `slug` names a stored design (a design whose manifest does not parse counts:
/// nothing may be created over it).
fn exists(store: &Store, slug: &Slug) -> Result<bool> {
    match store.design_tree_id(slug, None) {
        Ok(_) => Ok(true),
        Err(crate::store::StoreError::NotFound { .. }) => Ok(false),
        Err(e) => Err(e.into()),
    }
}

/// Makes an account the maintainer of a design it created or forked.
fn record_maintainer(ctx: &Ctx<'_>, actor: &Actor, slug: &Slug) -> Result<()> {
    if let Actor::Member(u) = actor {
        ctx.accounts()?.add_maintainer(slug, u.id)?;
    }
    Ok(())
}

/// Publishes the package folder `dir` (a new design or a new version).
pub fn publish_folder(
    ctx: &Ctx<'_>,
    actor: &Actor,
    dir: &Path,
    message: &str,
) -> Result<Publication> {
    let pkg = package::validate(dir).map_err(Error::invalid)?;
    let files = crate::store::read_package_dir(&pkg.dir)?;
    let slug = slug(&pkg.design.slug)?;
    let target = if exists(ctx.store, &slug)? {
        Target::Update(slug)
    } else {
        Target::New
    };
    publish_files(ctx, actor, files, &target, message)
}

/// Checks a manifest's size as typed in an editor or sent by a script.
fn edited_manifest(text: &str) -> Result<()> {
    if text.len() > MAX_EDITED_MANIFEST_BYTES {
        return Err(Error::invalid(vec![Diagnostic::bare(
            Message::new("refusal-edited-manifest-too-large")
                .arg("kib", text.len() / 1024)
                .arg("max", MAX_EDITED_MANIFEST_BYTES / 1024),
        )]));
    }
    Ok(())
}

/// Checks a manifest typed in an editor without storing it: every problem with its line.
/// `slug` is the design being edited, if any.
pub fn check_manifest(text: &str, slug: Option<&Slug>) -> Result<Design> {
    edited_manifest(text)?;
    let design = package::parse_bytes(text.as_bytes(), Path::new(MANIFEST), slug.map(Slug::as_str))
        .map_err(Error::invalid)?;
    let problems = package::check_design(&design);
    if problems.is_empty() {
        Ok(design)
    } else {
        Err(Error::invalid(problems))
    }
}

/// Creates a design from a manifest alone; the creator becomes its maintainer.
pub fn create(ctx: &Ctx<'_>, actor: &Actor, manifest: &str, message: &str) -> Result<Publication> {
    edited_manifest(manifest)?;
    let files = PackageFiles::from([(MANIFEST.to_string(), manifest.as_bytes().to_vec())]);
    publish_files(ctx, actor, files, &Target::New, message)
}

/// Replaces `slug`'s manifest (its other files kept): published by a maintainer, proposed
/// by anyone else.
pub fn edit(
    ctx: &Ctx<'_>,
    actor: &Actor,
    slug: &Slug,
    manifest: &str,
    message: &str,
) -> Result<Publication> {
    edited_manifest(manifest)?;
    let mut files = ctx.store.files(slug, None)?;
    files.insert(MANIFEST.into(), manifest.as_bytes().to_vec());
    publish_files(ctx, actor, files, &Target::Update(slug.clone()), message)
}

/// The stored `design.toml` of `slug`, as text.
pub fn manifest_text(store: &Store, slug: &Slug) -> Result<String> {
    let files = store.files(slug, None)?;
    Ok(String::from_utf8_lossy(files.get(MANIFEST).map_or(&[][..], |v| v)).into_owned())
}

/// Largest image accepted.
pub const MAX_IMAGE_BYTES: usize = 5 * 1024 * 1024;

/// What kind of image bytes are, from their first bytes (never from a name or a declared
/// type): `png` or `jpg`.
pub fn image_kind(bytes: &[u8]) -> Result<&'static str> {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        return Ok("png");
    }
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        return Ok("jpg");
    }
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(512)]).to_lowercase();
    if head.contains("<svg") || head.contains("<?xml") {
        return Err(Error::refused(Message::new("error-svg-upload")));
    }
    Err(Error::refused(Message::new("error-not-an-image-upload")))
}

/// Checks an uploaded image's size and kind; returns its extension (`png` or `jpg`).
pub fn check_image(bytes: &[u8]) -> Result<&'static str> {
    if bytes.is_empty() || bytes.len() > MAX_IMAGE_BYTES {
        return Err(Error::refused(
            Message::new("error-image-size")
                .arg("mb", MAX_IMAGE_BYTES / 1024 / 1024)
                .arg("size", bytes.len()),
        ));
    }
    image_kind(bytes)
}

/// A file-name stem made safe: lowercase letters, digits and hyphens, at most 40.
fn safe_stem(name: &str) -> String {
    let stem: String = Path::new(name)
        .file_stem()
        .map(|s| s.to_string_lossy().to_lowercase())
        .unwrap_or_default()
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '-'
            }
        })
        .take(40)
        .collect();
    let stem = stem.trim_matches('-');
    if stem.is_empty() {
        "photo".to_string()
    } else {
        stem.to_string()
    }
}

/// The manifest with `image` added to `images` and the patch version raised, so the change
/// can be published or proposed as a new version.
fn with_image(manifest: &str, image: &str) -> Result<String> {
    let mut doc: toml_edit::DocumentMut = manifest.parse().map_err(|e: toml_edit::TomlError| {
        Error::conflict(
            Message::new("error-stored-manifest-uneditable").arg("reason", e.to_string()),
        )
    })?;
    let version = doc
        .get("version")
        .and_then(|v| v.as_str())
        .and_then(|v| semver::Version::parse(v).ok())
        .ok_or_else(|| Error::conflict(Message::new("error-stored-manifest-no-version")))?;
    let next = semver::Version::new(version.major, version.minor, version.patch + 1);
    doc["version"] = toml_edit::value(next.to_string());
    match doc.get_mut("images").and_then(|i| i.as_array_mut()) {
        Some(a) => {
            if !a.iter().any(|v| v.as_str() == Some(image)) {
                a.push(image);
            }
        }
        None => {
            let mut a = toml_edit::Array::new();
            a.push(image);
            doc["images"] = toml_edit::value(a);
        }
    }
    Ok(doc.to_string())
}

/// Adds a PNG or JPEG (checked by content, at most [`MAX_IMAGE_BYTES`]) to `slug` as a new
/// patch version: published by a maintainer, proposed by anyone else.
pub fn add_image(
    ctx: &Ctx<'_>,
    actor: &Actor,
    slug: &Slug,
    file_name: &str,
    bytes: &[u8],
) -> Result<Publication> {
    let ext = check_image(bytes)?;
    let path = format!("images/{}.{ext}", safe_stem(file_name));
    let mut files = ctx.store.files(slug, None)?;
    let manifest = String::from_utf8_lossy(files.get(MANIFEST).map_or(&[][..], |v| v)).into_owned();
    files.insert(MANIFEST.into(), with_image(&manifest, &path)?.into_bytes());
    files.insert(path.clone(), bytes.to_vec());
    publish_files(
        ctx,
        actor,
        files,
        &Target::Update(slug.clone()),
        &format!("Add image {path}"),
    )
}

/// An image of `slug` at `main` (`images/<name>`), with its content type.
pub fn image(store: &Store, slug: &Slug, name: &str) -> Result<(Vec<u8>, &'static str)> {
    let path = format!("images/{name}");
    store.read(slug, None)?;
    let bytes = store
        .file(slug, &path)?
        .ok_or_else(|| Error::not_found(Message::new("error-no-image").arg("path", &path)))?;
    let ctype = match image_kind(&bytes) {
        Ok("png") => "image/png",
        Ok(_) => "image/jpeg",
        // Shipped SVG drawings are served as plain images that cannot run scripts.
        Err(_) if path.ends_with(".svg") => "image/svg+xml",
        Err(_) => {
            return Err(Error::not_found(
                Message::new("error-not-an-image").arg("path", &path),
            ));
        }
    };
    Ok((bytes, ctype))
}

/// Forks `slug` as `new_slug` (under `license`, which the original's licence must allow);
/// an account becomes the fork's maintainer.
pub fn fork(
    ctx: &Ctx<'_>,
    actor: &Actor,
    from: &Slug,
    new_slug: &str,
    license: Option<&str>,
) -> Result<ForkOutcome> {
    let new = slug(new_slug)?;
    if RESERVED_SLUGS.contains(&new.as_str()) {
        return Err(Error::conflict(
            Message::new("error-reserved-slug").arg("slug", new.to_string()),
        )
        .with_hint(Hint::ChooseAnotherSlug {
            slug: new.to_string(),
        }));
    }
    let license = license.map(str::trim).filter(|l| !l.is_empty());
    let forked = ctx.store.fork(from, &new, &actor.author(), license)?;
    record_maintainer(ctx, actor, &new)?;
    Ok(forked)
}

/// Tags `slug`'s current version as a release (`<slug>/v<version>`). Only its maintainers
/// release.
pub fn release(ctx: &Ctx<'_>, actor: &Actor, slug: &Slug, message: &str) -> Result<Release> {
    if !may_maintain(ctx, actor, slug)? {
        return Err(Error::forbidden(
            Message::new("error-only-maintainers-release").arg("slug", slug.to_string()),
        ));
    }
    Ok(ctx.store.release(slug, &actor.author(), message)?)
}

/// The design's page-independent counts a front end lists with it (forks in this store).
pub fn forks(store: &Store, slug: &Slug) -> Result<Vec<String>> {
    Ok(store
        .lineage(slug)?
        .descendants
        .iter()
        .filter(|d| d.depth == 1)
        .map(|d| d.slug.clone())
        .collect())
}

/// Last change time of every design (for "recently changed").
pub fn last_changed(store: &Store) -> Result<BTreeMap<String, i64>> {
    Ok(store.last_changed()?)
}

/// Turns a refusal into a located problem list for an editor (the message in `lang` as
/// the only problem when the error has none).
pub fn problems_of(e: &Error, lang: crate::i18n::Lang) -> Vec<Diagnostic> {
    match e.kind {
        ErrorKind::Invalid | ErrorKind::Conflict => e.diagnostics_in(lang),
        _ => vec![Diagnostic::bare(e.message_in(lang))],
    }
}
