//! Design packages on disk: a folder with `design.toml` and the files it names.
//!
//! Owns reading the manifest safely (size limit, UTF-8 with the bad byte located), checking
//! that referenced files exist inside the package, reading the points files that hold long
//! contours (inside the package, size-limited), and the full validation of a package:
//! the manifest ([`crate::model`]) and the geometry of every part ([`crate::geometry`]) at
//! the defaults and at each parameter's bounds. Knows nothing of git or output formats.

use std::collections::BTreeMap;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::geometry;
use crate::i18n::{Arg, Message, Wording};
use crate::model::limits::Deadline;
use crate::model::{self, Design, Diagnostic, EvaluatedDesign, ParamType, SourceMap};

/// File name of the manifest inside a package folder.
pub const MANIFEST: &str = "design.toml";

/// Largest manifest accepted, in bytes (1 MiB). Real manifests are a few KiB; the limit
/// keeps a mistaken or hostile upload from tying up the parser.
pub const MAX_MANIFEST_BYTES: usize = 1 << 20;

/// A loaded, parsed design package.
#[derive(Debug, Clone)]
pub struct Package {
    /// The package folder.
    pub dir: PathBuf,
    /// The manifest file.
    pub manifest: PathBuf,
    /// The parsed design.
    pub design: Design,
}

/// Why a package could not be loaded or is not valid.
#[derive(Debug, thiserror::Error)]
pub enum PackageError {
    /// The path is not a package folder or manifest, or cannot be read.
    #[error("{path}: {}", .message.text(crate::i18n::Lang::En))]
    Unreadable {
        /// What was asked for.
        path: PathBuf,
        /// What went wrong.
        message: Message,
    },
    /// The manifest was read but has problems.
    #[error("{} problem(s) in {}", problems.len(), path.display())]
    Invalid {
        /// The manifest.
        path: PathBuf,
        /// Every problem found, located.
        problems: Vec<Diagnostic>,
    },
}

impl PackageError {
    /// The problems as diagnostics (one for an unreadable path).
    pub fn into_diagnostics(self) -> Vec<Diagnostic> {
        match self {
            PackageError::Unreadable { path, message } => {
                vec![Diagnostic::bare(message).in_file(path)]
            }
            PackageError::Invalid { problems, .. } => problems,
        }
    }
}

/// Decodes manifest bytes: size limit, optional byte-order mark, UTF-8 with the first bad
/// byte located.
pub fn decode_manifest(bytes: &[u8]) -> Result<&str, Diagnostic> {
    if bytes.len() > MAX_MANIFEST_BYTES {
        return Err(Diagnostic::bare(
            Message::new("problem-manifest-too-large")
                .arg("size", bytes.len())
                .arg("max", MAX_MANIFEST_BYTES),
        ));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|e| {
        let good = e.valid_up_to();
        let prefix = std::str::from_utf8(&bytes[..good]).unwrap_or("");
        let map = SourceMap::new(prefix);
        let mut d = Diagnostic::bare(
            Message::new("problem-manifest-not-utf8")
                .arg("byte", format!("0x{:02X}", bytes[good]))
                .arg("offset", good),
        );
        d.position = Some(map.position(good));
        d
    })
}

/// Parses manifest bytes as read from `file` (on disk or in a store). `folder_name` is the
/// package folder's name, which must equal the slug.
pub fn parse_bytes(
    bytes: &[u8],
    file: &Path,
    folder_name: Option<&str>,
) -> Result<Design, Vec<Diagnostic>> {
    let src = decode_manifest(bytes).map_err(|d| vec![d.in_file(file)])?;
    model::parse_manifest(src, folder_name)
        .map_err(|ds| ds.into_iter().map(|d| d.in_file(file)).collect())
}

/// Parses manifest bytes and reads the points files they name through `read` (a
/// package-relative path → the file's bytes; `None` when the package has no such file). Use
/// this wherever a package's files are at hand (a git tree, an upload); [`parse_bytes`]
/// alone leaves points files unread, and such parts do not evaluate.
pub fn parse_bytes_with_files(
    bytes: &[u8],
    file: &Path,
    folder_name: Option<&str>,
    read: &dyn Fn(&str) -> Option<Vec<u8>>,
) -> Result<Design, Vec<Diagnostic>> {
    let mut design = parse_bytes(bytes, file, folder_name)?;
    let problems = design.load_points_files(read);
    if problems.is_empty() {
        Ok(design)
    } else {
        Err(problems.into_iter().map(|d| d.in_file(file)).collect())
    }
}

/// [`validate_bytes`] for a package whose files are at hand: `read` gives a file's bytes by
/// its package-relative path (`None` when it is not in the package). Points files are read
/// and the geometry checked with them.
pub fn validate_package_bytes(
    bytes: &[u8],
    file: &Path,
    folder_name: Option<&str>,
    read: &dyn Fn(&str) -> Option<Vec<u8>>,
) -> Result<Design, Vec<Diagnostic>> {
    let design = parse_bytes_with_files(bytes, file, folder_name, read)?;
    let mut problems: Vec<Diagnostic> = design
        .file_refs()
        .filter(|f| read(&f.path).is_none())
        .map(|f| {
            f.loc
                .problem(Message::new("problem-file-missing").arg("path", f.path.as_str()))
                .in_file(file)
        })
        .collect();
    problems.extend(check_design(&design).into_iter().map(|d| d.in_file(file)));
    if problems.is_empty() {
        Ok(design)
    } else {
        model::sort_diagnostics(&mut problems);
        Err(problems)
    }
}

/// Reads a package file for a points file: inside `dir` (no `..`, no link out), at most
/// [`model::MAX_POINTS_FILE_BYTES`].
fn read_inside(dir: &Path, rel: &str) -> Option<Vec<u8>> {
    model::check_package_path(rel).ok()?;
    let root = dir.canonicalize().ok()?;
    let real = dir.join(rel).canonicalize().ok()?;
    if !real.starts_with(&root) || !real.is_file() {
        return None;
    }
    let f = fs::File::open(&real).ok()?;
    let mut bytes = Vec::new();
    f.take(model::MAX_POINTS_FILE_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .ok()?;
    Some(bytes)
}

impl Package {
    /// Loads a package from its folder or its `design.toml`, with its points files.
    pub fn load(path: &Path) -> Result<Package, PackageError> {
        let (dir, manifest) = if path.is_dir() {
            (path.to_path_buf(), path.join(MANIFEST))
        } else {
            let dir = path
                .parent()
                .map(Path::to_path_buf)
                .unwrap_or_else(|| PathBuf::from("."));
            (dir, path.to_path_buf())
        };
        let unreadable = |message: Message| PackageError::Unreadable {
            path: manifest.clone(),
            message,
        };
        let file = fs::File::open(&manifest).map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                unreadable(Message::new("problem-no-manifest-here").arg("file", MANIFEST))
            } else {
                unreadable(Message::new("problem-cannot-read").arg("reason", e.to_string()))
            }
        })?;
        let mut bytes = Vec::new();
        file.take(MAX_MANIFEST_BYTES as u64 + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| {
                unreadable(Message::new("problem-cannot-read").arg("reason", e.to_string()))
            })?;
        let folder_name = dir
            .canonicalize()
            .ok()
            .and_then(|d| d.file_name().map(|n| n.to_string_lossy().into_owned()));
        let design = parse_bytes_with_files(&bytes, &manifest, folder_name.as_deref(), &|p| {
            read_inside(&dir, p)
        })
        .map_err(|problems| PackageError::Invalid {
            path: manifest.clone(),
            problems,
        })?;
        Ok(Package {
            dir,
            manifest,
            design,
        })
    }

    /// Every problem beyond the manifest's own: missing files, and geometry at the defaults
    /// and at each parameter's minimum and maximum.
    pub fn check(&self) -> Vec<Diagnostic> {
        let mut problems = self.check_files();
        problems.extend(check_design(&self.design));
        problems
            .into_iter()
            .map(|d| d.in_file(&self.manifest))
            .collect()
    }

    fn check_files(&self) -> Vec<Diagnostic> {
        let root = self.dir.canonicalize().unwrap_or_else(|_| self.dir.clone());
        let mut problems = Vec::new();
        for file in self.design.file_refs() {
            let path = self.dir.join(&file.path);
            match path.canonicalize() {
                Ok(real) if !real.starts_with(&root) => {
                    problems.push(file.loc.problem(
                        Message::new("problem-file-outside").arg("path", file.path.as_str()),
                    ))
                }
                Ok(real) if !real.is_file() => problems.push(file.loc.problem(
                    Message::new("problem-file-not-a-file").arg("path", file.path.as_str()),
                )),
                Ok(_) => {}
                Err(_) => problems.push(
                    file.loc.problem(
                        Message::new("problem-file-missing-in-folder")
                            .arg("path", file.path.as_str())
                            .arg("folder", self.dir.display().to_string()),
                    ),
                ),
            }
        }
        problems
    }

    /// Evaluates the design with text overrides (`thickness` → `"17.4"`), checking the
    /// geometry of every part.
    pub fn evaluate(
        &self,
        overrides: &BTreeMap<String, String>,
    ) -> Result<EvaluatedDesign, Vec<Diagnostic>> {
        let values = self.design.parse_overrides(overrides)?;
        let ev = self
            .design
            .evaluate(&values)
            .map_err(|ds| self.in_manifest(ds))?;
        let problems: Vec<Diagnostic> = ev.parts.iter().flat_map(geometry::check_part).collect();
        if problems.is_empty() {
            Ok(ev)
        } else {
            Err(self.in_manifest(problems))
        }
    }

    fn in_manifest(&self, ds: Vec<Diagnostic>) -> Vec<Diagnostic> {
        ds.into_iter()
            .map(|d| {
                if d.position.is_some() {
                    d.in_file(&self.manifest)
                } else {
                    d
                }
            })
            .collect()
    }
}

/// Fully checks a manifest read from anywhere (disk or a git tree): parse, file references
/// (`exists` answers whether a package-relative path is a file of the package), evaluation
/// and geometry. `file` names the manifest in messages.
pub fn validate_bytes(
    bytes: &[u8],
    file: &Path,
    folder_name: Option<&str>,
    exists: &dyn Fn(&str) -> bool,
) -> Result<Design, Vec<Diagnostic>> {
    let design = parse_bytes(bytes, file, folder_name)?;
    let mut problems: Vec<Diagnostic> = design
        .file_refs()
        .filter(|f| !exists(&f.path))
        .map(|f| {
            f.loc
                .problem(Message::new("problem-file-missing").arg("path", f.path.as_str()))
        })
        .collect();
    problems.extend(check_design(&design));
    if problems.is_empty() {
        Ok(design)
    } else {
        let mut problems: Vec<Diagnostic> = problems.into_iter().map(|d| d.in_file(file)).collect();
        model::sort_diagnostics(&mut problems);
        Err(problems)
    }
}

/// Checks evaluation and geometry at the defaults, then at each numeric parameter's min
/// and max (one at a time). Problems at a bound say which bound.
///
/// The whole check runs under one deadline ([`model::limits::CHECK_TIME_LIMIT`]); the
/// evaluation's budgets keep real work far below it.
pub fn check_design(design: &Design) -> Vec<Diagnostic> {
    let deadline = Deadline::after(model::limits::CHECK_TIME_LIMIT);
    let mut problems = evaluate_and_check(design, &BTreeMap::new(), &deadline);
    if !problems.is_empty() {
        return problems;
    }
    for p in &design.parameters {
        if p.kind == ParamType::Bool {
            continue;
        }
        for (bound, value) in [("problem-at-minimum", p.min), ("problem-at-maximum", p.max)] {
            let Some(v) = value else { continue };
            let overrides = BTreeMap::from([(p.name.clone(), v)]);
            for mut d in evaluate_and_check(design, &overrides, &deadline) {
                // The problem found at the bound, in the same language as the prefix.
                let inner = match d.message_id.take() {
                    Some(m) => Arg::from(*m),
                    None => Arg::Text(d.message.clone()),
                };
                let (message, id) = Wording::from(
                    Message::new(bound)
                        .arg("name", p.name.as_str())
                        .arg("value", v)
                        .arg("unit", p.kind.unit())
                        .arg("problem", inner),
                )
                .into_parts();
                d.message = message;
                d.message_id = id.map(Box::new);
                if !problems.contains(&d) {
                    problems.push(d);
                }
            }
        }
    }
    problems
}

fn evaluate_and_check(
    design: &Design,
    overrides: &BTreeMap<String, f64>,
    deadline: &Deadline,
) -> Vec<Diagnostic> {
    match design.evaluate(overrides) {
        Ok(ev) => ev
            .parts
            .iter()
            .flat_map(|p| geometry::check_part_within(p, deadline))
            .collect(),
        Err(ds) => ds,
    }
}

/// Finds package folders under `path`: `path` itself if it holds a manifest (or is one),
/// else every folder below it (depth 1) that holds one, sorted.
pub fn discover(path: &Path) -> Result<Vec<PathBuf>, PackageError> {
    if path.is_file() || path.join(MANIFEST).is_file() {
        return Ok(vec![path.to_path_buf()]);
    }
    let entries = fs::read_dir(path).map_err(|e| PackageError::Unreadable {
        path: path.to_path_buf(),
        message: if e.kind() == std::io::ErrorKind::NotFound {
            Message::new("problem-no-such-file-or-folder")
        } else {
            Message::new("problem-cannot-read-folder").arg("reason", e.to_string())
        },
    })?;
    let mut found: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.join(MANIFEST).is_file())
        .collect();
    found.sort();
    if found.is_empty() {
        return Err(PackageError::Unreadable {
            path: path.to_path_buf(),
            message: Message::new("problem-no-packages-here").arg("file", MANIFEST),
        });
    }
    Ok(found)
}

/// Loads and fully checks one package: `Ok` with the package when it is valid.
pub fn validate(path: &Path) -> Result<Package, Vec<Diagnostic>> {
    let pkg = Package::load(path).map_err(PackageError::into_diagnostics)?;
    let mut problems = pkg.check();
    if problems.is_empty() {
        Ok(pkg)
    } else {
        model::sort_diagnostics(&mut problems);
        Err(problems)
    }
}
