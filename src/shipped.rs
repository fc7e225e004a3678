//! The designs shipped in `designs/` (with the profiles in `makerspaces/` and the example
//! projects in `projects/`), embedded in the binary so that a fresh store (and the
//! web app's embedded default) can be seeded without the source tree at hand.

use std::path::PathBuf;

use include_dir::{Dir, include_dir};

use crate::model::{Design, Diagnostic};
use crate::package;
use crate::store::PackageFiles;

static SHIPPED: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/designs");
static MAKERSPACES: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/makerspaces");
static PROJECTS: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/projects");

/// Every shipped design with its files, validated, in slug order.
///
/// Shipped designs are ours: a problem in one is a bug, reported with its location.
pub fn packages() -> Result<Vec<(Design, PackageFiles)>, Vec<Diagnostic>> {
    let mut out = Vec::new();
    let mut problems = Vec::new();
    let mut dirs: Vec<&Dir<'_>> = SHIPPED.dirs().collect();
    dirs.sort_by_key(|d| d.path());
    for dir in dirs {
        let slug = dir.path().to_string_lossy().into_owned();
        let mut files = PackageFiles::new();
        collect(dir, dir, &mut files);
        let Some(manifest) = files.get(package::MANIFEST) else {
            continue;
        };
        let file = PathBuf::from(format!("designs/{slug}/{}", package::MANIFEST));
        match package::validate_package_bytes(manifest, &file, Some(&slug), &|p| {
            files.get(p).cloned()
        }) {
            Ok(design) => out.push((design, files)),
            Err(ds) => problems.extend(ds),
        }
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}

fn collect(root: &Dir<'_>, dir: &Dir<'_>, files: &mut PackageFiles) {
    for f in dir.files() {
        if let Ok(rel) = f.path().strip_prefix(root.path()) {
            let rel = rel.to_string_lossy().replace('\\', "/");
            if !rel.split('/').any(|c| c.starts_with('.')) {
                files.insert(rel, f.contents().to_vec());
            }
        }
    }
    for d in dir.dirs() {
        collect(root, d, files);
    }
}

/// The shipped makerspace profiles (`makerspaces/*.toml`) as `(slug, bytes)`, validated,
/// in slug order.
pub fn makerspaces() -> Result<Vec<(String, Vec<u8>)>, Vec<Diagnostic>> {
    let mut out = Vec::new();
    let mut problems = Vec::new();
    let mut files: Vec<_> = MAKERSPACES.files().collect();
    files.sort_by_key(|f| f.path());
    for f in files {
        let name = f.path().to_string_lossy().into_owned();
        let Some(slug) = name.strip_suffix(".toml") else {
            continue;
        };
        let file = PathBuf::from(format!("makerspaces/{name}"));
        let text = String::from_utf8_lossy(f.contents());
        match crate::model::parse_makerspace(&text, Some(slug)) {
            Ok(_) => out.push((slug.to_string(), f.contents().to_vec())),
            Err(ds) => problems.extend(ds.into_iter().map(|d| d.in_file(&file))),
        }
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}

/// The shipped example projects (`projects/<slug>/project.toml`) as `(slug, bytes)`, each
/// parsed (whether their designs exist is checked when they are seeded), in slug order.
pub fn projects() -> Result<Vec<(String, Vec<u8>)>, Vec<Diagnostic>> {
    let mut out = Vec::new();
    let mut problems = Vec::new();
    let mut dirs: Vec<&Dir<'_>> = PROJECTS.dirs().collect();
    dirs.sort_by_key(|d| d.path());
    for dir in dirs {
        let slug = dir.path().to_string_lossy().into_owned();
        let file = PathBuf::from(format!("projects/{slug}/{}", crate::model::PROJECT_FILE));
        let Some(f) = dir.get_file(dir.path().join(crate::model::PROJECT_FILE)) else {
            problems.push(Diagnostic::bare("no project.toml").in_file(&file));
            continue;
        };
        let text = String::from_utf8_lossy(f.contents());
        match crate::model::parse_project(&text, Some(&slug)) {
            Ok(_) => out.push((slug, f.contents().to_vec())),
            Err(ds) => problems.extend(ds.into_iter().map(|d| d.in_file(&file))),
        }
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}
