//! Build logs: someone who built a design says who, when, where, with what, at which revision
//! and parameters, and how it went (`docs/build-log.md`). Logging one checks the text and
//! then what it says against the store (the design, the revision, the parameters, the
//! makerspace), checks the photos like image uploads, fills in what the export's
//! `manifest.json` or the store knows, and commits the log with its files in one commit;
//! nothing is written when any check fails.
//!
//! A log carrying the `manifest.json` of a Barnraise export for the same design revision is
//! *verified*: "built from these files". The check is of consistency (the manifest names this
//! design, a published revision holding it at the manifest's version, values for every
//! parameter within its bounds, the files written), done when the log is added and again
//! whenever logs are read, so logs pushed with stock git or taken from peers are judged the
//! same way.

use crate::i18n::Message;
use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::{Actor, Ctx, Error, Result};
use crate::model::{
    BuildLog, Design, Diagnostic, EXPORT_MANIFEST_NAME, MAX_BUILD_PHOTOS, Outcome, Slug,
    parse_build_log,
};
use crate::store::{BuildEntry, NewBuild, Store, StoreError, log_path};

/// Largest export manifest accepted beside a log.
pub const MAX_EXPORT_MANIFEST_BYTES: usize = 1024 * 1024;

/// A build log as a person hands it in.
#[derive(Debug, Clone, Default)]
pub struct BuildInput {
    /// The log's TOML text.
    pub text: String,
    /// Where the text came from, for messages (`build.toml`); `None` names no file.
    pub source: Option<String>,
    /// Photos: the name they were sent under, and their bytes.
    pub photos: Vec<(String, Vec<u8>)>,
    /// The export's `manifest.json`, if the builder cut Barnraise's files.
    pub manifest: Option<Vec<u8>>,
}

/// A build log as the front ends show it.
#[derive(Debug, Clone, Serialize)]
pub struct Build {
    /// The log's id.
    pub id: String,
    /// The design built.
    pub design: String,
    /// The log.
    #[serde(flatten)]
    pub log: BuildLog,
    /// True when it carries the manifest of Barnraise's cut files for the revision built.
    pub verified: bool,
    /// Why it is not verified, when it carries a manifest that does not agree (English).
    pub unverified_because: Vec<String>,
    /// The same reasons as messages (`{code, args}`), for the front ends to phrase in their
    /// language.
    pub unverified_codes: Vec<Message>,
}

impl Build {
    fn judged(id: String, design: &str, log: BuildLog, why: Option<Vec<Message>>) -> Build {
        let (verified, why) = match why {
            None => (false, Vec::new()),
            Some(why) => (why.is_empty(), why),
        };
        Build {
            id,
            design: design.to_string(),
            log,
            verified,
            unverified_because: why.iter().map(|m| m.text(crate::i18n::Lang::En)).collect(),
            unverified_codes: why,
        }
    }
}

/// What logging a build did.
#[derive(Debug, Clone, Serialize)]
pub struct Logged {
    /// The build as stored.
    pub build: Build,
    /// The commit that added it.
    pub commit: String,
    /// The log's path in the store.
    pub path: String,
}

/// Builds of a design counted by outcome.
#[derive(Debug, Clone, Default, Serialize)]
pub struct BuildCounts {
    /// Every valid log.
    pub total: usize,
    /// Built as designed, works.
    pub works: usize,
    /// Works after changes.
    pub works_with_changes: usize,
    /// Did not work.
    pub failed: usize,
    /// Verified builds (from Barnraise's files for the revision).
    pub verified: usize,
}

impl BuildCounts {
    /// Counts `logs`.
    pub fn of<'a>(logs: impl IntoIterator<Item = &'a Build>) -> BuildCounts {
        let mut c = BuildCounts::default();
        for b in logs {
            c.add(b.log.outcome);
            c.verified += usize::from(b.verified);
        }
        c
    }

    /// Counts one more of `outcome`.
    pub fn add(&mut self, outcome: Outcome) {
        self.total += 1;
        match outcome {
            Outcome::Works => self.works += 1,
            Outcome::WorksWithChanges => self.works_with_changes += 1,
            Outcome::Failed => self.failed += 1,
        }
    }
}

/// A design's builds: the valid ones, and the problems of the others.
#[derive(Debug, Clone, Serialize)]
pub struct Builds {
    /// The design.
    pub design: String,
    /// Counts by outcome.
    pub counts: BuildCounts,
    /// Valid logs, newest first.
    pub builds: Vec<Build>,
    /// Logs in the store that fail validation, with their problems.
    pub invalid: Vec<InvalidBuild>,
}

/// A stored log that fails validation.
#[derive(Debug, Clone, Serialize)]
pub struct InvalidBuild {
    /// Its id.
    pub id: String,
    /// Its problems.
    pub problems: Vec<Diagnostic>,
}

/// The part of an export's `manifest.json` a build log is checked against.
#[derive(Debug, Clone, Deserialize)]
pub struct ExportFacts {
    /// Design slug.
    pub design: String,
    /// Design version.
    pub version: String,
    /// Store commit the design was read at.
    pub revision: Option<String>,
    /// Parameter values used.
    #[serde(default)]
    pub parameters: BTreeMap<String, f64>,
    /// Makerspace slug.
    pub makerspace: Option<String>,
    /// Machine used.
    pub machine: Option<ExportMachine>,
    /// Stock per material.
    #[serde(default)]
    pub stock: Vec<ExportStock>,
    /// Files written.
    #[serde(default)]
    pub files: Vec<serde_json::Value>,
}

/// `machine` of an export manifest.
#[derive(Debug, Clone, Deserialize)]
pub struct ExportMachine {
    /// Machine id.
    pub id: String,
}

/// One `stock[]` line of an export manifest.
#[derive(Debug, Clone, Deserialize)]
pub struct ExportStock {
    /// Measured thickness used, mm.
    pub thickness: f64,
}

/// Reads an export manifest's facts; problems name the manifest.
pub fn read_export_manifest(bytes: &[u8], source: &str) -> Result<ExportFacts> {
    if bytes.len() > MAX_EXPORT_MANIFEST_BYTES {
        return Err(Error::refused(
            Message::new("error-export-manifest-too-large")
                .arg("source", source)
                .arg("size", bytes.len())
                .arg("limit", MAX_EXPORT_MANIFEST_BYTES),
        ));
    }
    serde_json::from_slice(bytes).map_err(|e| {
        Error::invalid(vec![Diagnostic {
            file: Some(source.into()),
            position: Some(crate::model::Position {
                line: u32::try_from(e.line()).unwrap_or(u32::MAX),
                column: u32::try_from(e.column()).unwrap_or(u32::MAX),
            }),
            ..Diagnostic::bare(
                Message::new("refusal-build-not-an-export-manifest")
                    .arg("reason", strip_position(&e.to_string())),
            )
        }])
    })
}

fn strip_position(msg: &str) -> &str {
    msg.split(" at line ").next().unwrap_or(msg)
}

/// Why `facts` are not those of Barnraise's cut files for `slug` at the revision the log
/// names (empty when they are). `design` is the design at that revision.
fn disagreements(facts: &ExportFacts, slug: &str, log: &BuildLog, design: &Design) -> Vec<Message> {
    let mut why = Vec::new();
    if facts.design != slug {
        why.push(
            Message::new("build-unverified-other-design")
                .arg("manifest", facts.design.as_str())
                .arg("slug", slug),
        );
    }
    match (&facts.revision, &log.revision) {
        (None, _) => why.push(Message::new("build-unverified-no-revision")),
        (Some(m), Some(l)) if !same_commit(m, l) => why.push(
            Message::new("build-unverified-other-revision")
                .arg("manifest", short(m))
                .arg("log", short(l)),
        ),
        _ => {}
    }
    if facts.version != design.version.to_string() {
        why.push(
            Message::new("build-unverified-other-version")
                .arg("manifest", facts.version.as_str())
                .arg("version", design.version.to_string()),
        );
    }
    for p in &design.parameters {
        match facts.parameters.get(&p.name) {
            None => {
                why.push(Message::new("build-unverified-no-value").arg("name", p.name.as_str()))
            }
            Some(v) => {
                let low = p.min.is_some_and(|m| *v < m - 1e-9);
                let high = p.max.is_some_and(|m| *v > m + 1e-9);
                if low || high {
                    why.push(
                        Message::new("build-unverified-out-of-bounds")
                            .arg("name", p.name.as_str())
                            .arg("value", *v),
                    );
                }
            }
        }
    }
    if facts.files.is_empty() {
        why.push(Message::new("build-unverified-no-files"));
    }
    why
}

fn same_commit(a: &str, b: &str) -> bool {
    let n = a.len().min(b.len());
    n >= 7 && a[..n].eq_ignore_ascii_case(&b[..n])
}

fn short(id: &str) -> &str {
    id.get(..12).unwrap_or(id)
}

/// The file name a log's problems are reported in.
fn source_name(input: &BuildInput) -> String {
    input.source.clone().unwrap_or_else(|| "build log".into())
}

fn located(
    log: &BuildLog,
    field: &str,
    file: &str,
    message: impl Into<crate::i18n::Wording>,
) -> Diagnostic {
    log.loc(field).problem(message).in_file(file)
}

/// Logs a build of `slug`: checks everything, then commits `builds/<slug>/<id>.toml` with
/// its photos (and the export manifest) in one commit authored by `actor`.
pub fn log_build(ctx: &Ctx<'_>, actor: &Actor, slug: &Slug, input: BuildInput) -> Result<Logged> {
    let store = ctx.store;
    let file = source_name(&input);
    // The design must exist before anything else is worth saying.
    let current = store.read(slug, None)?;
    let mut log = parse_build_log(&input.text)
        .map_err(|ds| Error::invalid(ds.into_iter().map(|d| d.in_file(&file)).collect()))?;
    let mut problems = Vec::new();

    let facts = match &input.manifest {
        Some(bytes) => Some(read_export_manifest(bytes, EXPORT_MANIFEST_NAME)?),
        None => {
            if log.export.is_some() {
                problems.push(located(
                    &log,
                    "export",
                    &file,
                    Message::new("refusal-build-manifest-not-sent"),
                ));
            }
            None
        }
    };
    // What the export manifest knows fills what the log leaves out.
    let mut filled: Vec<&str> = Vec::new();
    if let Some(f) = &facts {
        if log.revision.is_none()
            && let Some(r) = &f.revision
        {
            log.revision = Some(r.clone());
            filled.push("revision");
        }
        if log.parameters.is_empty() && !f.parameters.is_empty() {
            log.parameters = f.parameters.clone();
            filled.push("parameters");
        }
        if log.makerspace.is_none()
            && log.place.is_none()
            && let Some(m) = &f.makerspace
        {
            log.makerspace = Some(m.clone());
            filled.push("makerspace");
        }
        if log.machine.is_none()
            && let Some(m) = &f.machine
        {
            log.machine = Some(m.id.clone());
            filled.push("machine");
        }
        if log.thickness.is_none()
            && let Some(s) = f.stock.first()
        {
            log.thickness = Some(s.thickness);
            filled.push("thickness");
        }
    }

    if log.makerspace.is_none() && log.place.is_none() {
        problems.push(
            Diagnostic::bare(
                "say where it was built: 'makerspace' (a makerspace's slug) or 'place' (words), with 'country'",
            )
            .in_file(&file),
        );
    }

    // The revision: a published commit of this store that holds the design.
    let design_at_rev = match log.revision.clone() {
        Some(rev) => match store.published_revision(&rev) {
            Ok(full) => match store.read(slug, Some(&full)) {
                Ok(d) => {
                    if full != rev {
                        filled.push("revision");
                    }
                    log.revision = Some(full);
                    Some(d.design)
                }
                Err(StoreError::NotFound { .. }) => {
                    problems.push(located(
                        &log,
                        "revision",
                        &file,
                        Message::new("refusal-build-revision-lacks-design")
                            .arg("revision", short(&rev))
                            .arg("slug", slug.to_string()),
                    ));
                    None
                }
                Err(StoreError::Invalid(_)) => {
                    problems.push(located(
                        &log,
                        "revision",
                        &file,
                        Message::new("refusal-build-invalid-at-revision")
                            .arg("revision", short(&rev))
                            .arg("slug", slug.to_string()),
                    ));
                    None
                }
                Err(e) => return Err(e.into()),
            },
            Err(StoreError::NoRevision(_)) => {
                problems.push(located(
                    &log,
                    "revision",
                    &file,
                    Message::new("refusal-build-no-revision").arg("revision", rev.as_str()),
                ));
                None
            }
            Err(e) => return Err(e.into()),
        },
        None => {
            log.revision = Some(current.commit.clone());
            filled.push("revision");
            Some(current.design.clone())
        }
    };
    if let Some(design) = &design_at_rev {
        match &log.version {
            Some(v) if *v != design.version.to_string() => problems.push(located(
                &log,
                "version",
                &file,
                Message::new("refusal-build-other-version")
                    .arg("version", v.as_str())
                    .arg("held", design.version.to_string()),
            )),
            Some(_) => {}
            None => {
                log.version = Some(design.version.to_string());
                filled.push("version");
            }
        }
        let names: Vec<&str> = design
            .parameters
            .iter()
            .map(|p| p.name.as_str())
            .chain(design.computed.iter().map(|c| c.name.as_str()))
            .collect();
        for (name, value) in &log.parameters {
            match design.parameter(name) {
                Some(p) => {
                    let low = p.min.is_some_and(|m| *value < m - 1e-9);
                    let high = p.max.is_some_and(|m| *value > m + 1e-9);
                    if low || high {
                        problems.push(
                            log.loc("parameters")
                                .child(name)
                                .problem(
                                    Message::new("refusal-build-parameter-out-of-bounds")
                                        .arg("name", name)
                                        .arg("value", *value)
                                        .arg("min", p.min.map_or("-".into(), |m| m.to_string()))
                                        .arg("max", p.max.map_or("-".into(), |m| m.to_string())),
                                )
                                .in_file(&file),
                        );
                    }
                }
                None if names.contains(&name.as_str()) => {}
                None => problems.push(
                    log.loc("parameters")
                        .child(name)
                        .problem(
                            Message::new("refusal-build-no-parameter")
                                .arg("slug", slug.to_string())
                                .arg("name", name)
                                .arg(
                                    "suggestion",
                                    crate::i18n::did_you_mean(crate::model::suggest(
                                        name,
                                        names.iter().copied(),
                                    )),
                                ),
                        )
                        .in_file(&file),
                ),
            }
        }
    }
    if let Some(space) = &log.makerspace {
        match store.makerspace(space) {
            Ok(_) => {}
            Err(StoreError::NoMakerspace { suggestion, .. }) => problems.push(located(
                &log,
                "makerspace",
                &file,
                Message::new("refusal-build-no-makerspace")
                    .arg("space", space.as_str())
                    .arg(
                        "suggestion",
                        crate::i18n::did_you_mean(suggestion.as_deref()),
                    ),
            )),
            Err(StoreError::Invalid(_)) => {}
            Err(e) => return Err(e.into()),
        }
    }
    let tomorrow = crate::time::date(ctx.now + 86_400);
    if log.date > tomorrow {
        problems.push(located(
            &log,
            "date",
            &file,
            Message::new("refusal-build-future-date").arg("date", log.date.as_str()),
        ));
    }

    // Photos: PNG or JPEG by content, at most the upload size, named safely.
    let mut files: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    let mut sent: Vec<String> = Vec::new();
    for (name, bytes) in &input.photos {
        let ext = match super::designs::check_image(bytes) {
            Ok(ext) => ext,
            Err(e) => {
                problems.push(Diagnostic::bare(match e.message_id {
                    Some(m) => Message::new("refusal-build-photo")
                        .arg("name", name)
                        .arg("reason", *m)
                        .into(),
                    None => crate::i18n::Wording::from(format!("photo {name}: {}", e.message)),
                }));
                continue;
            }
        };
        let stem = safe_stem(name);
        let mut candidate = format!("{stem}.{ext}");
        let mut n = 2;
        while files.contains_key(&candidate) {
            candidate = format!("{stem}-{n}.{ext}");
            n += 1;
        }
        files.insert(candidate.clone(), bytes.clone());
        sent.push(candidate);
    }
    for (i, listed) in log.photos.iter().enumerate() {
        if !files.contains_key(listed) {
            problems.push(
                log.loc("photos")
                    .child(&i.to_string())
                    .problem(Message::new("refusal-build-photo-not-sent").arg("name", listed))
                    .in_file(&file),
            );
        }
    }
    for name in sent {
        if !log.photos.contains(&name) {
            log.photos.push(name);
        }
    }
    if !filled.contains(&"photos") && !input.photos.is_empty() {
        filled.push("photos");
    }
    if log.photos.len() > MAX_BUILD_PHOTOS {
        problems.push(Diagnostic::bare(
            Message::new("refusal-build-too-many-photos")
                .arg("count", log.photos.len())
                .arg("max", MAX_BUILD_PHOTOS),
        ));
    }

    // The export manifest must agree with the revision built: that is what verifies.
    if let (Some(f), Some(design)) = (&facts, &design_at_rev) {
        let why = disagreements(f, slug, &log, design);
        if why.is_empty() {
            if log.export.is_none() {
                log.export = Some(EXPORT_MANIFEST_NAME.into());
                filled.push("export");
            }
        } else {
            problems.extend(
                why.into_iter()
                    .map(|w| Diagnostic::bare(w).in_file(EXPORT_MANIFEST_NAME)),
            );
        }
    }
    if let (Some(bytes), true) = (&input.manifest, problems.is_empty()) {
        files.insert(EXPORT_MANIFEST_NAME.into(), bytes.clone());
    }
    if log.builder.is_none() {
        log.builder = Some(actor.author().name);
        filled.push("builder");
    }
    if !problems.is_empty() {
        return Err(Error::invalid(problems));
    }

    let text = fill(&input.text, &log, &filled)?;
    // Checked again as stored, so what is committed is exactly what was validated.
    let stored = parse_build_log(&text).map_err(|ds| {
        Error::internal(format!(
            "the filled-in build log does not read back: {}",
            ds.first().map(ToString::to_string).unwrap_or_default()
        ))
    })?;
    let mut hash = Sha256::new();
    hash.update(text.as_bytes());
    hash.update(ctx.now.to_le_bytes());
    hash.update(actor.author().name.as_bytes());
    let digest = hash.finalize();
    let hex: String = digest[..4].iter().map(|b| format!("{b:02x}")).collect();
    let id = format!("{}-{hex}", stored.date);
    let published = store.publish_build(
        &NewBuild {
            slug: slug.to_string(),
            id: id.clone(),
            text: text.into_bytes(),
            files,
        },
        &actor.author(),
    )?;
    let judged = stored.export.is_some().then(Vec::new);
    Ok(Logged {
        path: log_path(slug, &id),
        commit: published.commit,
        build: Build::judged(id, slug, stored, judged),
    })
}

/// The log's text with the filled-in fields written into it (comments and order kept).
fn fill(text: &str, log: &BuildLog, filled: &[&str]) -> Result<String> {
    let mut doc: toml_edit::DocumentMut = text
        .parse()
        .map_err(|e| Error::internal(format!("the build log does not parse again: {e}")))?;
    for field in filled {
        match *field {
            "builder" => doc["builder"] = toml_edit::value(log.builder.clone().unwrap_or_default()),
            "revision" => {
                doc["revision"] = toml_edit::value(log.revision.clone().unwrap_or_default());
            }
            "version" => doc["version"] = toml_edit::value(log.version.clone().unwrap_or_default()),
            "makerspace" => {
                doc["makerspace"] = toml_edit::value(log.makerspace.clone().unwrap_or_default());
            }
            "machine" => doc["machine"] = toml_edit::value(log.machine.clone().unwrap_or_default()),
            "thickness" => doc["thickness"] = toml_edit::value(log.thickness.unwrap_or_default()),
            "export" => doc["export"] = toml_edit::value(EXPORT_MANIFEST_NAME),
            "photos" => {
                let mut a = toml_edit::Array::new();
                for p in &log.photos {
                    a.push(p.as_str());
                }
                doc["photos"] = toml_edit::value(a);
            }
            "parameters" => {
                let mut t = toml_edit::Table::new();
                for (k, v) in &log.parameters {
                    t[k.as_str()] = toml_edit::value(*v);
                }
                doc["parameters"] = toml_edit::Item::Table(t);
            }
            _ => {}
        }
    }
    Ok(doc.to_string())
}

/// A file-name stem made safe: lowercase letters, digits and hyphens, at most 40.
fn safe_stem(name: &str) -> String {
    let stem: String = Path::new(name)
        .file_stem()
        .map(|s| s.to_string_lossy().to_lowercase())
        .unwrap_or_default()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .take(40)
        .collect();
    let mut out = String::new();
    for c in stem.chars() {
        if c == '-' && (out.is_empty() || out.ends_with('-')) {
            continue;
        }
        out.push(c);
    }
    let out = out.trim_end_matches('-');
    if out.is_empty() {
        "photo".to_string()
    } else {
        out.to_string()
    }
}

/// Judges a stored log: verified when its manifest agrees with the revision it names.
fn judge(store: &Store, slug: &str, entry: BuildEntry) -> std::result::Result<Build, InvalidBuild> {
    let Some(log) = entry.log else {
        return Err(InvalidBuild {
            id: entry.id,
            problems: entry.problems,
        });
    };
    let mut why = None;
    if log.export.is_some() {
        let facts = store
            .build_file(slug, &entry.id, EXPORT_MANIFEST_NAME)
            .ok()
            .flatten()
            .and_then(|b| read_export_manifest(&b, EXPORT_MANIFEST_NAME).ok());
        let design = log
            .revision
            .as_deref()
            .and_then(|r| store.published_revision(r).ok())
            .and_then(|r| store.read(slug, Some(&r)).ok());
        why = Some(match (facts, design) {
            (None, _) => vec![Message::new("build-unverified-no-manifest")],
            (_, None) => vec![Message::new("build-unverified-unpublished-revision")],
            (Some(f), Some(d)) => disagreements(&f, slug, &log, &d.design),
        });
    }
    Ok(Build::judged(entry.id, slug, log, why))
}

/// The build logs of `slug` at `main`, newest first, counted by outcome; invalid logs are
/// listed apart with their problems. The design must exist.
pub fn list(store: &Store, slug: &Slug) -> Result<Builds> {
    store.read(slug, None).map(|_| ()).or_else(|e| match e {
        StoreError::Invalid(_) => Ok(()),
        e => Err(e),
    })?;
    let mut builds = Vec::new();
    let mut invalid = Vec::new();
    for entry in store.builds(slug, None)? {
        match judge(store, slug, entry) {
            Ok(b) => builds.push(b),
            Err(i) => invalid.push(i),
        }
    }
    builds.sort_by(|a, b| b.log.date.cmp(&a.log.date).then(b.id.cmp(&a.id)));
    Ok(Builds {
        design: slug.to_string(),
        counts: BuildCounts::of(&builds),
        builds,
        invalid,
    })
}

/// A build's changes as a change of the design: its manifest with the build's parameter
/// values as the new defaults and the patch version raised, and a message made of what the
/// builder changed. The front ends open the proposal form with it, or fork with it.
#[derive(Debug, Clone, Serialize)]
pub struct BuildChanges {
    /// The build the changes come from.
    pub build: Build,
    /// `design.toml` with the new defaults.
    pub manifest: String,
    /// What changed, for the proposal or commit message.
    pub message: String,
    /// Parameters whose default the build changes, with `(old, new)` values.
    pub defaults: BTreeMap<String, (f64, f64)>,
}

/// The changes build `id` of `slug` made, as an edit of `manifest` (the design's text).
pub fn changes_of(store: &Store, slug: &Slug, id: &str) -> Result<BuildChanges> {
    let build = list(store, slug)?
        .builds
        .into_iter()
        .find(|b| b.id == id)
        .ok_or_else(|| {
            Error::not_found(
                Message::new("error-no-build")
                    .arg("slug", slug.as_str())
                    .arg("id", id),
            )
        })?;
    if build.log.changes.is_none() && build.log.parameters.is_empty() {
        return Err(Error::refused(
            Message::new("error-build-has-no-changes")
                .arg("id", id)
                .arg("slug", slug.as_str()),
        ));
    }
    let text = super::designs::manifest_text(store, slug)?;
    let (manifest, defaults) = with_defaults(&text, &build.log.parameters)?;
    let who = build.log.builder.as_deref().unwrap_or("a builder");
    let what = build
        .log
        .changes
        .as_deref()
        .map(|c| c.split_whitespace().collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|| "the parameters they built with".into());
    let mut message = format!("From the build by {who} on {}: {what}", build.log.date);
    if !defaults.is_empty() {
        let list: Vec<String> = defaults
            .iter()
            .map(|(k, (_, new))| format!("{k} = {}", crate::model::format_number(*new)))
            .collect();
        message.push_str(&format!(" (new defaults: {})", list.join(", ")));
    }
    Ok(BuildChanges {
        build,
        manifest,
        message,
        defaults,
    })
}

/// Parameters whose default changes, with `(old, new)` values.
type NewDefaults = BTreeMap<String, (f64, f64)>;

/// `text` with each parameter of `values` that the manifest declares given that default
/// (whole numbers stay integers where the default was one) and the patch version raised.
fn with_defaults(text: &str, values: &BTreeMap<String, f64>) -> Result<(String, NewDefaults)> {
    let mut doc: toml_edit::DocumentMut = text.parse().map_err(|e: toml_edit::TomlError| {
        Error::refused(Message::new("error-manifest-unreadable").arg("reason", e.to_string()))
    })?;
    let mut changed = BTreeMap::new();
    for (name, value) in values {
        let Some(default) = doc
            .get_mut("parameters")
            .and_then(|p| p.get_mut(name))
            .and_then(|p| p.get_mut("default"))
        else {
            continue;
        };
        let old = default
            .as_float()
            .or_else(|| default.as_integer().map(|i| i as f64));
        let Some(old) = old else { continue };
        if (old - value).abs() < 1e-9 {
            continue;
        }
        *default = if default.is_integer() && value.fract() == 0.0 {
            toml_edit::value(*value as i64)
        } else {
            toml_edit::value(*value)
        };
        changed.insert(name.clone(), (old, *value));
    }
    if let Some(v) = doc.get_mut("version")
        && let Some(Ok(mut version)) = v.as_str().map(semver::Version::parse)
    {
        version.patch += 1;
        version.pre = semver::Prerelease::EMPTY;
        *v = toml_edit::value(version.to_string());
    }
    Ok((doc.to_string(), changed))
}

/// Forks `slug` as `new_slug` with the changes of build `id`: the fork is made (licence
/// checked as for any fork), then its manifest takes the build's parameters as defaults, a
/// change the forker publishes as the fork's maintainer.
pub fn fork_with_changes(
    ctx: &Ctx<'_>,
    actor: &Actor,
    slug: &Slug,
    id: &str,
    new_slug: &str,
    license: Option<&str>,
) -> Result<crate::store::ForkOutcome> {
    let changes = changes_of(ctx.store, slug, id)?;
    let forked = super::designs::fork(ctx, actor, slug, new_slug, license)?;
    let new = super::designs::slug(&forked.slug)?;
    let text = super::designs::manifest_text(ctx.store, &new)?;
    let (manifest, defaults) = with_defaults(&text, &changes.build.log.parameters)?;
    if !defaults.is_empty() {
        super::designs::edit(ctx, actor, &new, &manifest, &changes.message)?;
    }
    Ok(forked)
}

/// The address of the "log your build" form for cut files of `slug` made at `revision`, on
/// the site at `base_url`: with the export `job` when the web app made them (the form is
/// then prefilled from the job's manifest, which verifies the build), else with the revision
/// (the builder uploads the export's `manifest.json` to verify it). The build sheet prints it
/// and encodes it in a QR code.
pub fn log_build_url(
    base_url: &str,
    slug: &str,
    revision: Option<&str>,
    job: Option<&str>,
) -> String {
    let mut query = Vec::new();
    if let Some(job) = job {
        query.push(format!("job={job}"));
    }
    if let Some(rev) = revision {
        query.push(format!("revision={rev}"));
    }
    format!(
        "{}/designs/{slug}/builds/new{}{}",
        base_url.trim_end_matches('/'),
        if query.is_empty() { "" } else { "?" },
        query.join("&")
    )
}

/// A photo of build `id` of `slug`, with its content type.
pub fn photo(store: &Store, slug: &Slug, id: &str, name: &str) -> Result<(Vec<u8>, &'static str)> {
    if !crate::model::is_photo_name(name) {
        return Err(Error::not_found(
            Message::new("error-no-photo").arg("name", name),
        ));
    }
    let bytes = store
        .build_file(slug, id, name)?
        .ok_or_else(|| no_photo_of(name, id))?;
    let ctype = match super::designs::image_kind(&bytes) {
        Ok("png") => "image/png",
        Ok(_) => "image/jpeg",
        Err(_) => return Err(no_photo_of(name, id)),
    };
    Ok((bytes, ctype))
}

fn no_photo_of(name: &str, id: &str) -> Error {
    Error::not_found(
        Message::new("error-no-photo-of-build")
            .arg("name", name)
            .arg("id", id),
    )
}

/// `path` could not be opened or read.
fn unreadable(path: &Path, e: &std::io::Error) -> Error {
    Error::refused(
        Message::new("error-path-reason")
            .arg("path", path.display().to_string())
            .arg("reason", e.to_string()),
    )
}

/// Reads at most `limit` bytes of `path`; a larger file is refused without reading it all.
/// `what` is the kind of file for the message: `build-log`, `photo` or `manifest`.
fn read_bounded(path: &Path, limit: usize, what: &'static str) -> Result<Vec<u8>> {
    use std::io::Read;
    let f = std::fs::File::open(path).map_err(|e| unreadable(path, &e))?;
    let mut bytes = Vec::new();
    f.take(limit as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| unreadable(path, &e))?;
    if bytes.len() > limit {
        return Err(Error::refused(
            Message::new("error-file-over-limit")
                .arg("path", path.display().to_string())
                .arg("kb", limit / 1024)
                .arg("what", what),
        ));
    }
    Ok(bytes)
}

/// A build log handed in as files: the log, its photos and the export's `manifest.json`.
pub fn read_input(
    file: &Path,
    photos: &[impl AsRef<Path>],
    manifest: Option<&Path>,
) -> Result<BuildInput> {
    let bytes = read_bounded(file, crate::model::MAX_BUILD_LOG_BYTES, "build-log")?;
    let text = String::from_utf8(bytes).map_err(|e| {
        Error::refused(
            Message::new("error-not-utf8-at")
                .arg("path", file.display().to_string())
                .arg("byte", e.utf8_error().valid_up_to()),
        )
    })?;
    let mut input = BuildInput {
        text,
        source: Some(file.display().to_string()),
        photos: Vec::new(),
        manifest: None,
    };
    for p in photos {
        let p = p.as_ref();
        let bytes = read_bounded(p, super::designs::MAX_IMAGE_BYTES, "photo")?;
        let name = p
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "photo".into());
        input.photos.push((name, bytes));
    }
    if let Some(m) = manifest {
        input.manifest = Some(read_bounded(m, MAX_EXPORT_MANIFEST_BYTES, "manifest")?);
    }
    Ok(input)
}
