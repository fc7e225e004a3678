//! Imports: other people's formats in as design packages. Every imported package is
//! validated in memory, exactly as the store would validate it, before it is written to a
//! folder or published; one that fails is reported with its problems and not published.

use crate::i18n::Message;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde::Serialize;

use super::designs::{Publication, Target, validate_files};
use super::{Actor, Ctx, Error, Result};
use crate::interop::{self, ImportedPackage, okh};
use crate::model::Diagnostic;
use crate::store::PackageFiles;

/// The files of an imported package, as the store holds them.
pub fn package_files(p: &ImportedPackage) -> PackageFiles {
    let mut files = PackageFiles::new();
    files.insert(
        crate::package::MANIFEST.into(),
        p.manifest.clone().into_bytes(),
    );
    for f in &p.files {
        files.insert(f.path.clone(), f.bytes.clone());
    }
    files
}

/// What became of one imported source.
#[derive(Debug, Clone, Serialize)]
pub struct ImportedDesign {
    /// The source file.
    pub source: String,
    /// The package made from it.
    #[serde(flatten)]
    pub package: ImportedPackage,
    /// Where it was written, if it was.
    pub dir: Option<String>,
    /// The store commit, if it was published.
    pub published: Option<String>,
    /// Problems that keep the package from validating (empty when it is valid).
    pub problems: Vec<Diagnostic>,
}

/// A source that could not be imported at all.
#[derive(Debug, Clone, Serialize)]
pub struct ImportFailure {
    /// The source file.
    pub source: String,
    /// Why.
    pub problems: Vec<Diagnostic>,
}

/// Where imported packages go.
pub struct Destination<'a> {
    /// Write each as `<out>/<slug>/`, if set.
    pub out: Option<&'a Path>,
    /// Also publish each valid one to the store, by this actor.
    pub publish: Option<(Ctx<'a>, &'a Actor)>,
}

/// An OKH import run.
#[derive(Debug, Clone, Serialize)]
pub struct OkhImport {
    /// Packages made (valid or not).
    pub designs: Vec<ImportedDesign>,
    /// Manifests that could not be read.
    pub failures: Vec<ImportFailure>,
}

impl OkhImport {
    /// Sources that failed, at reading or validation.
    pub fn failed(&self) -> usize {
        self.failures.len()
            + self
                .designs
                .iter()
                .filter(|d| !d.problems.is_empty())
                .count()
    }
}

/// The OKH manifests at `path`: the file itself, or every one in the folder tree.
pub fn okh_manifests(path: &Path) -> Result<Vec<PathBuf>> {
    let manifests = if path.is_dir() {
        interop::find_okh_manifests(path)?
    } else if path.is_file() {
        vec![path.to_path_buf()]
    } else {
        return Err(Error::invalid(vec![
            Diagnostic::bare(Message::new("refusal-no-such-file-or-folder")).in_file(path),
        ]));
    };
    if manifests.is_empty() {
        return Err(Error::invalid(vec![
            Diagnostic::bare(
                Message::new("refusal-import-no-okh-manifests")
                    .arg("names", interop::OKH_FILE_NAMES.join(", ")),
            )
            .in_file(path),
        ]));
    }
    Ok(manifests)
}

/// Imports Open Know-How manifests (one file, or every one in a folder tree).
pub fn import_okh(path: &Path, dest: &Destination<'_>) -> Result<OkhImport> {
    let mut run = OkhImport {
        designs: Vec::new(),
        failures: Vec::new(),
    };
    let mut slugs = BTreeSet::new();
    for manifest in okh_manifests(path)? {
        let source = manifest.display().to_string();
        match okh::import_file(&manifest) {
            Ok(mut p) => {
                dedupe_slug(&mut p, &mut slugs);
                let message = format!("Import {} from OKH", p.slug);
                run.designs.push(place(source, p, dest, &message)?);
            }
            Err(e) => run.failures.push(ImportFailure {
                source,
                problems: vec![e.into_diagnostic()],
            }),
        }
    }
    Ok(run)
}

/// Validates an imported package, writes and publishes it as `dest` says.
pub fn place(
    source: String,
    package: ImportedPackage,
    dest: &Destination<'_>,
    message: &str,
) -> Result<ImportedDesign> {
    let files = package_files(&package);
    let problems = match validate_files(&files, Some(&package.slug)) {
        Ok(_) => Vec::new(),
        Err(e) => e.diagnostics(),
    };
    let dir = match dest.out {
        Some(out) => Some(
            package
                .write_to(out)
                .map_err(|e| Error::internal(format!("{}: {e}", out.display())))?
                .display()
                .to_string(),
        ),
        None => None,
    };
    let mut published = None;
    if let (Some((ctx, actor)), true) = (&dest.publish, problems.is_empty()) {
        match super::designs::publish_files(ctx, actor, files, &Target::New, message) {
            Ok(Publication::Published(p)) => published = Some(p.commit),
            Ok(Publication::Proposed(_)) => {}
            Err(e) => {
                return Ok(ImportedDesign {
                    source,
                    package,
                    dir,
                    published: None,
                    problems: e.diagnostics(),
                });
            }
        }
    }
    Ok(ImportedDesign {
        source,
        package,
        dir,
        published,
        problems,
    })
}

/// Two manifests with the same name in one run get `-2`, `-3`, … slugs.
fn dedupe_slug(p: &mut ImportedPackage, seen: &mut BTreeSet<String>) {
    let base = p.slug.clone();
    let mut n = 2;
    while !seen.insert(p.slug.clone()) {
        let suffix = format!("-{n}");
        let stem: String = base.chars().take(64 - suffix.len()).collect();
        let slug = format!("{}{suffix}", stem.trim_end_matches('-'));
        p.manifest = p.manifest.replacen(
            &format!("slug = \"{}\"", p.slug),
            &format!("slug = \"{slug}\""),
            1,
        );
        p.slug = slug;
        n += 1;
    }
}

/// Where imported files came from: a repository (or page) and the commit (or version) of
/// it, recorded in the design's lineage as `derived_from`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Provenance {
    /// The repository or page URL.
    pub url: String,
    /// The commit, tag or version taken, if known.
    pub revision: Option<String>,
}

impl Provenance {
    /// Reads `URL` or `URL@REVISION`.
    pub fn parse(s: &str) -> Result<Provenance> {
        let s = s.trim();
        let (url, rev) = match s.rsplit_once('@') {
            Some((u, r)) if !r.contains('/') && !r.is_empty() && u.contains("://") => {
                (u, Some(r.to_string()))
            }
            _ => (s, None),
        };
        if url.is_empty() || url.len() > 500 || url.chars().any(char::is_whitespace) {
            return Err(Error::refused(
                Message::new("error-not-a-source-url").arg("text", s),
            ));
        }
        Ok(Provenance {
            url: url.to_string(),
            revision: rev,
        })
    }
}

/// Records `source` in an imported package's manifest (`derived_from`).
pub fn record_provenance(p: &mut ImportedPackage, source: &Provenance) -> Result<()> {
    let mut doc: toml_edit::DocumentMut = p
        .manifest
        .parse()
        .map_err(|e| Error::internal(format!("an imported manifest does not parse: {e}")))?;
    let mut t = toml_edit::InlineTable::new();
    t.insert("slug", p.slug.as_str().into());
    t.insert("store", source.url.as_str().into());
    if let Some(r) = &source.revision {
        t.insert("revision", r.as_str().into());
    }
    doc["derived_from"] = toml_edit::value(t);
    p.manifest = doc.to_string();
    Ok(())
}

/// A makerspace's colours (`[import.colours]` in its profile) as the importer's colour map:
/// `None` when the profile names none, so the importer keeps its own conventions.
pub fn colour_map(space: &crate::model::Makerspace) -> Option<interop::ops::ColourMap> {
    use crate::model::{ColourKey, ColourOp};
    use interop::ops::{ColourMap, ColourRule, Operation};
    let settings = &space.import;
    if settings.colours.is_empty() {
        return None;
    }
    let rules = settings
        .colours
        .iter()
        .map(|c| {
            let [r, g, b] = match c.colour {
                ColourKey::Rgb(rgb) => rgb,
                ColourKey::Aci(i) => interop::ops::aci_rgb(i),
            };
            ColourRule {
                colour: format!("#{r:02x}{g:02x}{b:02x}"),
                operation: match c.operation {
                    ColourOp::Cut => Operation::Cut,
                    ColourOp::CutOutside => Operation::CutOutside,
                    ColourOp::CutInside => Operation::CutInside,
                    ColourOp::Score => Operation::Score,
                    ColourOp::Engrave => Operation::Engrave,
                    ColourOp::Ignore => Operation::NonCut,
                },
            }
        })
        .collect();
    let mut map = ColourMap {
        rules,
        ..ColourMap::laser_default()
    };
    if let Some(t) = settings.colour_tolerance {
        map.tolerance = t;
    }
    Some(map)
}

/// Reads cut files (DXF or SVG, told apart by their content) from disk.
pub fn read_cut_files(files: &[PathBuf]) -> Result<Vec<interop::cutfile::CutFileInput>> {
    Ok(files
        .iter()
        .map(|f| interop::cutfile::CutFileInput::read(f))
        .collect::<std::result::Result<Vec<_>, _>>()?)
}

/// What importing cut files would give, before anything is written: every item found, the
/// units and how they were decided, the joints that follow the thickness.
pub fn preview_cut_files(
    inputs: &[interop::cutfile::CutFileInput],
    options: &interop::cutfile::CutFileOptions,
) -> Result<interop::cutfile::ImportPreview> {
    Ok(interop::cutfile::preview(inputs, options)?)
}

/// Imports cut files of one sheet (an outline file, a pocket file…) as one design package
/// and places it as `dest` says.
pub fn import_cut_inputs(
    inputs: &[interop::cutfile::CutFileInput],
    options: &interop::cutfile::CutFileOptions,
    source: Option<&Provenance>,
    dest: &Destination<'_>,
) -> Result<ImportedDesign> {
    let mut package = interop::cutfile::import_cut_files(inputs, options)?;
    if let Some(s) = source {
        record_provenance(&mut package, s)?;
    }
    let sources: Vec<String> = inputs
        .iter()
        .map(|i| i.name.display().to_string())
        .collect();
    let message = format!("Import {} from {}", package.slug, sources.join(", "));
    place(sources.join(", "), package, dest, &message)
}

/// [`import_cut_inputs`] of files on disk.
pub fn import_cut_files(
    files: &[PathBuf],
    options: &interop::cutfile::CutFileOptions,
    source: Option<&Provenance>,
    dest: &Destination<'_>,
) -> Result<ImportedDesign> {
    import_cut_inputs(&read_cut_files(files)?, options, source, dest)
}
