//! `import okh|dxf|svg`: other people's formats in, as design packages on disk or in the store.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::Subcommand;
use serde::Serialize;

use super::{CliError, EXIT_OK, EXIT_USER, ProblemList, StoreArg, print_json};
use crate::interop::{self, ImportedPackage, okh};
use crate::model::Diagnostic;
use crate::package;

/// `barnraise import …`
#[derive(Debug, Subcommand)]
pub enum ImportKind {
    /// Open Know-How manifests (OKH-LOSH okh.toml, OKH v1 okh.yml): one file, or every
    /// okh.toml / okh.yml in a folder tree. Writes one design package per manifest.
    Okh {
        /// A manifest, or a folder to search for manifests.
        path: PathBuf,
        /// Folder to write the packages in, as <out>/<slug>/ (default: the current folder,
        /// or a temporary folder with --into-store).
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
        /// Also publish each imported package to the store.
        #[arg(long)]
        into_store: bool,
        /// Who publishes (with --into-store): "Name <email>" (default: $BARNRAISE_AUTHOR).
        #[arg(long)]
        author: Option<String>,
        #[command(flatten)]
        store: StoreArg,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// A DXF cut file: closed contours become parts (outline + holes by containment),
    /// texts on them engrave labels; units from $INSUNITS. Writes <out>/<slug>/.
    Dxf(CutFileArgs),
    /// An SVG cut file: closed paths and shapes become parts (outline + holes by
    /// containment); red/other strokes cut, blue (#0000ff) strokes score, black fills and
    /// engraving layers engrave, texts on parts become engrave labels. Units from
    /// width/height/viewBox (unitless: px at 96 dpi, with a warning). Writes <out>/<slug>/.
    Svg(CutFileArgs),
}

/// Options shared by the cut-file importers.
#[derive(Debug, clap::Args)]
pub struct CutFileArgs {
    /// The cut file, and more files for the same sheet (a pocket file…), imported together.
    #[arg(required = true, num_args = 1..)]
    files: Vec<PathBuf>,
    /// Slug of the new design.
    #[arg(long = "design", value_name = "SLUG")]
    slug: String,
    /// Sheet thickness in mm (default: from a sheet layer's name, else 18 for cnc, 3 for laser).
    #[arg(long)]
    thickness: Option<f64>,
    /// One drawing unit is one of these (default: from the file and its sizes).
    #[arg(long, value_parser = ["mm", "cm", "m", "in", "ft", "pt", "px"])]
    units: Option<String>,
    /// Pixels per inch for px (96 CSS, 90 old Inkscape, 72 Illustrator).
    #[arg(long)]
    dpi: Option<f64>,
    /// Leave out an item by its id (as the warnings and --json list them); repeatable.
    #[arg(long, value_name = "ID")]
    exclude: Vec<String>,
    /// How the parts are cut.
    #[arg(long, value_enum, default_value = "laser")]
    process: ProcessArg,
    /// Name of the design (default: from the slug).
    #[arg(long)]
    name: Option<String>,
    /// SPDX licence of the design (default: LicenseRef-unknown, with a warning).
    #[arg(long)]
    license: Option<String>,
    /// Author, "Name <email>" (default: $BARNRAISE_AUTHOR, else Unknown).
    #[arg(long)]
    author: Option<String>,
    /// Folder to write the package in, as <out>/<slug>/ (default: the current folder).
    #[arg(long, value_name = "DIR", default_value = ".")]
    out: PathBuf,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

impl CutFileArgs {
    fn options(&self) -> interop::cutfile::CutFileOptions {
        interop::cutfile::CutFileOptions {
            slug: self.slug.clone(),
            name: self.name.clone(),
            thickness: self.thickness,
            process: match self.process {
                ProcessArg::Laser => interop::cutfile::ProcessChoice::Laser,
                ProcessArg::Cnc => interop::cutfile::ProcessChoice::Cnc,
            },
            units: interop::units::UnitsChoice {
                units: self
                    .units
                    .as_deref()
                    .and_then(interop::units::LengthUnit::parse),
                dpi: self.dpi,
            },
            exclude: self.exclude.iter().cloned().collect(),
            license: self.license.clone(),
            author: self.author.clone().or_else(|| {
                std::env::var("BARNRAISE_AUTHOR")
                    .ok()
                    .filter(|a| !a.trim().is_empty())
            }),
            ..Default::default()
        }
    }
}

/// How imported parts are cut.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum ProcessArg {
    /// Laser cutter.
    Laser,
    /// CNC router.
    Cnc,
}

impl ImportKind {
    /// Whether `--json` was given.
    pub fn json(&self) -> bool {
        match self {
            ImportKind::Okh { json, .. } => *json,
            ImportKind::Dxf(args) | ImportKind::Svg(args) => args.json,
        }
    }
}

/// One manifest that became a package.
#[derive(Serialize)]
struct Done<'a> {
    source: String,
    slug: &'a str,
    dir: String,
    published: Option<String>,
    warnings: ProblemList<'a>,
    notes: &'a [String],
}

/// One manifest that did not.
#[derive(Debug, Serialize)]
struct Failed {
    source: String,
    problems: Vec<String>,
}

#[derive(Serialize)]
struct Summary<'a> {
    imported: usize,
    imported_with_warnings: usize,
    failed: usize,
    designs: Vec<Done<'a>>,
    failures: Vec<Failed>,
}

pub(super) fn run(kind: ImportKind) -> Result<i32, CliError> {
    match kind {
        ImportKind::Okh {
            path,
            out,
            into_store,
            author,
            store,
            json,
        } => import_okh(&path, out, into_store, author, &store, json),
        ImportKind::Dxf(args) | ImportKind::Svg(args) => import_cutfile(&args),
    }
}

fn import_cutfile(args: &CutFileArgs) -> Result<i32, CliError> {
    let (file, out, json) = (args.files[0].as_path(), args.out.as_path(), args.json);
    let user = |e: interop::InteropError| CliError::User(vec![e.into_diagnostic()]);
    let inputs = args
        .files
        .iter()
        .map(|f| interop::cutfile::CutFileInput::read(f))
        .collect::<Result<Vec<_>, _>>()
        .map_err(user)?;
    let imported = interop::cutfile::import_cut_files(&inputs, &args.options()).map_err(user)?;
    let dir = imported.write_to(out)?;
    let problems = package::validate(&dir).err().unwrap_or_default();
    let done = Done {
        source: file.display().to_string(),
        slug: &imported.slug,
        dir: dir.display().to_string(),
        published: None,
        warnings: ProblemList::from(&imported.warnings),
        notes: &imported.notes,
    };
    if json {
        print_json(&serde_json::json!({
            "design": done,
            "problems": ProblemList::from(&problems),
        }))?;
    } else {
        let stdout = std::io::stdout();
        let mut o = stdout.lock();
        writeln!(
            o,
            "{} {} → {}",
            if imported.warnings.is_empty() {
                "ok  "
            } else {
                "warn"
            },
            file.display(),
            dir.display()
        )?;
        for w in &imported.warnings {
            writeln!(o, "       warning: {w}")?;
        }
        for n in &imported.notes {
            writeln!(o, "       note: {n}")?;
        }
    }
    if problems.is_empty() {
        Ok(EXIT_OK)
    } else {
        Err(CliError::User(problems))
    }
}

fn import_okh(
    path: &Path,
    out: Option<PathBuf>,
    into_store: bool,
    author: Option<String>,
    store_arg: &StoreArg,
    json: bool,
) -> Result<i32, CliError> {
    let manifests = if path.is_dir() {
        interop::find_okh_manifests(path).map_err(|e| CliError::User(vec![e.into_diagnostic()]))?
    } else if path.is_file() {
        vec![path.to_path_buf()]
    } else {
        return Err(CliError::User(vec![
            Diagnostic::bare("no such file or folder").in_file(path),
        ]));
    };
    if manifests.is_empty() {
        return Err(CliError::User(vec![
            Diagnostic::bare(format!(
                "no OKH manifests here (looked for {} in the folder tree)",
                interop::OKH_FILE_NAMES.join(", ")
            ))
            .in_file(path),
        ]));
    }
    let (store, author) = if into_store {
        (
            Some(super::store::open(store_arg)?),
            Some(super::store::author(author, None)?),
        )
    } else {
        (None, None)
    };
    let tmp;
    let out = match out {
        Some(o) => o,
        None if into_store => {
            tmp = tempdir()?;
            tmp.clone()
        }
        None => PathBuf::from("."),
    };

    let mut results: Vec<(PathBuf, ImportedPackage, PathBuf, Option<String>)> = Vec::new();
    let mut failures = Vec::new();
    let mut slugs = std::collections::BTreeSet::new();
    for manifest in &manifests {
        let mut imported = match okh::import_file(manifest) {
            Ok(p) => p,
            Err(e) => {
                failures.push(Failed {
                    source: manifest.display().to_string(),
                    problems: vec![e.into_diagnostic().to_string()],
                });
                continue;
            }
        };
        dedupe_slug(&mut imported, &mut slugs);
        let dir = imported.write_to(&out)?;
        if let Err(problems) = package::validate(&dir) {
            failures.push(Failed {
                source: manifest.display().to_string(),
                problems: problems.iter().map(ToString::to_string).collect(),
            });
            continue;
        }
        let mut published = None;
        if let (Some(store), Some(author)) = (&store, &author) {
            match store.publish(&dir, author, &format!("Import {} from OKH", imported.slug)) {
                Ok(p) => published = Some(p.commit),
                Err(e) => {
                    failures.push(Failed {
                        source: manifest.display().to_string(),
                        problems: vec![e.to_string()],
                    });
                    continue;
                }
            }
        }
        results.push((manifest.clone(), imported, dir, published));
    }

    let with_warnings = results.iter().filter(|r| !r.1.warnings.is_empty()).count();
    let summary = Summary {
        imported: results.len() - with_warnings,
        imported_with_warnings: with_warnings,
        failed: failures.len(),
        designs: results
            .iter()
            .map(|(src, p, dir, published)| Done {
                source: src.display().to_string(),
                slug: &p.slug,
                dir: dir.display().to_string(),
                published: published.clone(),
                warnings: ProblemList::from(&p.warnings),
                notes: &p.notes,
            })
            .collect(),
        failures,
    };
    if json {
        print_json(&summary)?;
    } else {
        print_summary(&summary, &results)?;
    }
    Ok(if summary.failed > 0 {
        EXIT_USER
    } else {
        EXIT_OK
    })
}

/// Two manifests with the same name in one run get `-2`, `-3`, … slugs.
fn dedupe_slug(p: &mut ImportedPackage, seen: &mut std::collections::BTreeSet<String>) {
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

fn print_summary(
    s: &Summary<'_>,
    results: &[(PathBuf, ImportedPackage, PathBuf, Option<String>)],
) -> Result<(), CliError> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for (src, p, dir, published) in results {
        let status = if p.warnings.is_empty() {
            "ok  "
        } else {
            "warn"
        };
        writeln!(
            out,
            "{status} {:<28} {} → {}{}",
            p.slug,
            src.display(),
            dir.display(),
            if published.is_some() {
                " (published)"
            } else {
                ""
            }
        )?;
        for w in &p.warnings {
            writeln!(out, "       warning: {w}")?;
        }
        for n in &p.notes {
            writeln!(out, "       note: {n}")?;
        }
    }
    for f in &s.failures {
        writeln!(out, "fail {}", f.source)?;
        for p in &f.problems {
            writeln!(out, "       {p}")?;
        }
    }
    writeln!(
        out,
        "{} imported, {} imported with warnings, {} failed",
        s.imported, s.imported_with_warnings, s.failed
    )?;
    Ok(())
}

fn tempdir() -> Result<PathBuf, CliError> {
    let dir = std::env::temp_dir().join(format!("barnraise-import-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    Ok(dir)
}
