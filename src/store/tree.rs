//! Building and reading git trees for design folders, without a working tree.

use std::collections::BTreeMap;

use git2::{FileMode, ObjectType, Oid, Repository, Tree};

use super::StoreError;

/// A file of a design package: path relative to the package, and bytes.
pub type PackageFiles = BTreeMap<String, Vec<u8>>;

/// Writes `files` as a tree (sub-folders become sub-trees) and returns its id.
pub fn write_files(repo: &Repository, files: &PackageFiles) -> Result<Oid, StoreError> {
    // Group by first component.
    let mut here: BTreeMap<&str, &[u8]> = BTreeMap::new();
    let mut below: BTreeMap<&str, PackageFiles> = BTreeMap::new();
    for (path, bytes) in files {
        match path.split_once('/') {
            Some((dir, rest)) => {
                below
                    .entry(dir)
                    .or_default()
                    .insert(rest.to_string(), bytes.clone());
            }
            None => {
                here.insert(path.as_str(), bytes.as_slice());
            }
        }
    }
    let mut builder = repo.treebuilder(None)?;
    for (name, bytes) in here {
        let blob = repo.blob(bytes)?;
        builder.insert(name, blob, FileMode::Blob.into())?;
    }
    for (name, sub) in below {
        let oid = write_files(repo, &sub)?;
        builder.insert(name, oid, FileMode::Tree.into())?;
    }
    Ok(builder.write()?)
}

/// Reads every file below `tree` into memory (paths relative to it).
pub fn read_files(repo: &Repository, tree: &Tree<'_>) -> Result<PackageFiles, StoreError> {
    let mut files = PackageFiles::new();
    let mut error = None;
    tree.walk(git2::TreeWalkMode::PreOrder, |dir, entry| {
        if entry.kind() != Some(ObjectType::Blob) {
            return git2::TreeWalkResult::Ok;
        }
        let Ok(name) = entry.name() else {
            return git2::TreeWalkResult::Ok;
        };
        match repo.find_blob(entry.id()) {
            Ok(blob) => {
                files.insert(format!("{dir}{name}"), blob.content().to_vec());
                git2::TreeWalkResult::Ok
            }
            Err(e) => {
                error = Some(e);
                git2::TreeWalkResult::Abort
            }
        }
    })?;
    match error {
        Some(e) => Err(e.into()),
        None => Ok(files),
    }
}

/// `root` with `folder/name` set to `subtree` (or removed when `None`). `root` may be
/// absent (first commit).
pub fn replace_entry(
    repo: &Repository,
    root: Option<&Tree<'_>>,
    folder: &str,
    name: &str,
    subtree: Option<Oid>,
) -> Result<Oid, StoreError> {
    replace_entries(repo, root, folder, &[(name, subtree)])
}

/// `root` with several entries of `folder` set (or removed), writing the folder's tree once.
pub fn replace_entries(
    repo: &Repository,
    root: Option<&Tree<'_>>,
    folder: &str,
    changes: &[(&str, Option<Oid>)],
) -> Result<Oid, StoreError> {
    let folder_tree = match root.map(|r| r.get_path(std::path::Path::new(folder))) {
        Some(Ok(entry)) => Some(repo.find_tree(entry.id())?),
        _ => None,
    };
    let mut fb = repo.treebuilder(folder_tree.as_ref())?;
    for (name, subtree) in changes {
        match subtree {
            Some(oid) => {
                fb.insert(name, *oid, FileMode::Tree.into())?;
            }
            None => {
                if fb.get(name)?.is_some() {
                    fb.remove(name)?;
                }
            }
        }
    }
    let folder_oid = fb.write()?;
    let mut rb = repo.treebuilder(root)?;
    if repo.find_tree(folder_oid)?.is_empty() {
        if rb.get(folder)?.is_some() {
            rb.remove(folder)?;
        }
    } else {
        rb.insert(folder, folder_oid, FileMode::Tree.into())?;
    }
    Ok(rb.write()?)
}

/// The id of the entry at `path` in `tree`, if any.
pub fn entry_id(tree: &Tree<'_>, path: &str) -> Option<Oid> {
    tree.get_path(std::path::Path::new(path))
        .ok()
        .map(|e| e.id())
}
