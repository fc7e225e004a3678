//! What happened to a design: commits, contributors, lineage.

use std::collections::{BTreeMap, BTreeSet};

use git2::{Commit, Oid, Sort};
use serde::Serialize;

use super::{DESIGNS, Store, StoreError, tree};

/// One commit that changed a design.
#[derive(Debug, Clone, Serialize)]
pub struct Change {
    /// Commit id.
    pub commit: String,
    /// Author name.
    pub author: String,
    /// Author e-mail.
    pub email: String,
    /// Author time, seconds since 1970.
    pub time: i64,
    /// Committer name: who published the change, when someone else wrote it (a maintainer
    /// accepting a proposal), else the author.
    pub committer: String,
    /// Committer e-mail.
    pub committer_email: String,
    /// First line of the message.
    pub summary: String,
    /// Files changed, relative to the design folder (`design.toml`, `images/a.svg`).
    pub files: Vec<String>,
}

/// A person who changed a design or one of its ancestors.
#[derive(Debug, Clone, Serialize)]
pub struct Contributor {
    /// Name as in their latest commit.
    pub name: String,
    /// E-mail, the identity commits are counted by.
    pub email: String,
    /// Number of commits.
    pub commits: usize,
    /// First commit, seconds since 1970.
    pub first: i64,
    /// Latest commit, seconds since 1970.
    pub last: i64,
    /// Designs (this one and ancestors) they changed.
    pub designs: Vec<String>,
}

/// A commit on `main` that added or changed one design, for feeds of the store's news.
#[derive(Debug, Clone, Serialize)]
pub struct DesignChange {
    /// The design.
    pub slug: String,
    /// True when the commit added it (its folder was not in the commit's first parent).
    pub added: bool,
    /// The commit, its author and message.
    pub change: Change,
}

/// Where a design comes from and what came of it.
#[derive(Debug, Clone, Serialize)]
pub struct Lineage {
    /// The design itself.
    pub slug: String,
    /// Parent, grandparent, …: `(slug, revision, store)`; `in_store` says whether it can be
    /// read here.
    pub ancestors: Vec<Ancestor>,
    /// Forks of it, their forks, … depth first.
    pub descendants: Vec<Descendant>,
}

/// One ancestor.
#[derive(Debug, Clone, Serialize)]
pub struct Ancestor {
    /// Slug.
    pub slug: String,
    /// Commit or tag forked from.
    pub revision: Option<String>,
    /// Store it lives in (`None`: this store).
    pub store: Option<String>,
    /// Whether this store holds it.
    pub in_store: bool,
}

/// One descendant.
#[derive(Debug, Clone, Serialize)]
pub struct Descendant {
    /// Slug.
    pub slug: String,
    /// Slug of the design it was forked from.
    pub parent: String,
    /// 1 for direct forks, 2 for forks of forks, …
    pub depth: usize,
}

impl Store {
    /// Commits that changed design `slug`, newest first, walking from `main`.
    pub fn history(&self, slug: &str) -> Result<Vec<Change>, StoreError> {
        let changes = self.history_from(slug, None)?;
        if changes.is_empty() {
            return Err(self.not_found(slug));
        }
        Ok(changes)
    }

    /// Commits that changed `slug`, walking from `start` (default `main`).
    fn history_from(&self, slug: &str, start: Option<Oid>) -> Result<Vec<Change>, StoreError> {
        let repo = self.repo();
        let start = match start {
            Some(s) => s,
            None => match self.head()? {
                Some(h) => h.id(),
                None => return Ok(Vec::new()),
            },
        };
        let path = format!("{DESIGNS}/{slug}");
        let mut walk = repo.revwalk()?;
        walk.set_sorting(Sort::TOPOLOGICAL | Sort::TIME)?;
        walk.push(start)?;
        let mut out = Vec::new();
        for oid in walk {
            let commit = repo.find_commit(oid?)?;
            let here = tree::entry_id(&commit.tree()?, &path);
            let parent_ids: Vec<Option<Oid>> = commit
                .parents()
                .map(|p| p.tree().ok().and_then(|t| tree::entry_id(&t, &path)))
                .collect();
            // As git does: a commit counts when it differs from every parent (so merges that
            // only bring in a line of history are not counted twice).
            let changed = if parent_ids.is_empty() {
                here.is_some()
            } else {
                parent_ids.iter().all(|p| *p != here)
            };
            if !changed {
                continue;
            }
            let files = self.changed_files(parent_ids.first().copied().flatten(), here)?;
            out.push(change(&commit, files));
        }
        Ok(out)
    }

    fn changed_files(&self, old: Option<Oid>, new: Option<Oid>) -> Result<Vec<String>, StoreError> {
        let repo = self.repo();
        let old = old.map(|o| repo.find_tree(o)).transpose()?;
        let new = new.map(|o| repo.find_tree(o)).transpose()?;
        let diff = repo.diff_tree_to_tree(old.as_ref(), new.as_ref(), None)?;
        let mut files: Vec<String> = diff
            .deltas()
            .filter_map(|d| {
                d.new_file()
                    .path()
                    .or_else(|| d.old_file().path())
                    .map(|p| p.to_string_lossy().into_owned())
            })
            .collect();
        files.sort();
        files.dedup();
        Ok(files)
    }

    /// The newest commit that changed `slug`.
    pub(super) fn last_change(&self, slug: &str) -> Result<Option<Oid>, StoreError> {
        Ok(self
            .history(slug)?
            .first()
            .and_then(|c| Oid::from_str(&c.commit).ok()))
    }

    /// Everyone who committed to `slug` or, up to the forked revision, to its ancestors in
    /// this store, most commits first.
    pub fn contributors(&self, slug: &str) -> Result<Vec<Contributor>, StoreError> {
        self.read(slug, None)?;
        let mut by_email: BTreeMap<String, Contributor> = BTreeMap::new();
        let mut add = |design: &str, changes: Vec<Change>| {
            for c in changes {
                let entry = by_email
                    .entry(c.email.to_lowercase())
                    .or_insert_with(|| Contributor {
                        name: c.author.clone(),
                        email: c.email.clone(),
                        commits: 0,
                        first: c.time,
                        last: c.time,
                        designs: Vec::new(),
                    });
                entry.commits += 1;
                if c.time < entry.first {
                    entry.first = c.time;
                }
                if c.time >= entry.last {
                    entry.last = c.time;
                    entry.name = c.author.clone();
                }
                if !entry.designs.iter().any(|d| d == design) {
                    entry.designs.push(design.to_string());
                }
            }
        };
        add(slug, self.history(slug)?);
        let mut current = self.read(slug, None)?.design;
        let mut seen = BTreeSet::from([slug.to_string()]);
        while let Some(parent) = current.derived_from.clone() {
            if !self.is_this_store(parent.store.as_deref()) || !seen.insert(parent.slug.clone()) {
                break;
            }
            let start = parent
                .revision
                .as_deref()
                .and_then(|r| self.repo().revparse_single(r).ok())
                .and_then(|o| o.peel_to_commit().ok())
                .map(|c| c.id());
            let Ok(changes) = self.history_from(&parent.slug, start) else {
                break;
            };
            add(&parent.slug, changes);
            match self.read(&parent.slug, start.map(|s| s.to_string()).as_deref()) {
                Ok(d) => current = d.design,
                Err(_) => break,
            }
        }
        let mut out: Vec<Contributor> = by_email.into_values().collect();
        out.sort_by(|a, b| b.commits.cmp(&a.commits).then(a.first.cmp(&b.first)));
        Ok(out)
    }

    /// Whether a `derived_from.store` URL means this store.
    pub(super) fn is_this_store(&self, url: Option<&str>) -> bool {
        match url {
            None => true,
            Some(u) => u.trim_end_matches('/') == self.url().trim_end_matches('/'),
        }
    }

    /// The ancestors and descendants of `slug`.
    pub fn lineage(&self, slug: &str) -> Result<Lineage, StoreError> {
        let me = self.read(slug, None)?.design;
        let all = self.list(None)?;
        let present: BTreeSet<&str> = all.iter().map(|e| e.slug.as_str()).collect();
        let mut ancestors = Vec::new();
        let mut seen = BTreeSet::from([slug.to_string()]);
        let mut next = me.derived_from.clone();
        while let Some(parent) = next.take() {
            let here = self.is_this_store(parent.store.as_deref())
                && present.contains(parent.slug.as_str());
            ancestors.push(Ancestor {
                slug: parent.slug.clone(),
                revision: parent.revision.clone(),
                store: parent.store.clone(),
                in_store: here,
            });
            if !here || !seen.insert(parent.slug.clone()) {
                break;
            }
            next = all
                .iter()
                .find(|e| e.slug == parent.slug)
                .and_then(|e| e.design.as_ref())
                .and_then(|d| d.derived_from.clone());
        }
        let mut children: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for e in &all {
            if let Some(df) = e.design.as_ref().and_then(|d| d.derived_from.as_ref())
                && self.is_this_store(df.store.as_deref())
            {
                children
                    .entry(df.slug.as_str())
                    .or_default()
                    .push(e.slug.as_str());
            }
        }
        let mut descendants = Vec::new();
        let mut stack: Vec<(&str, &str, usize)> = children
            .get(slug)
            .map(|c| c.iter().rev().map(|s| (*s, slug, 1)).collect())
            .unwrap_or_default();
        let mut visited = BTreeSet::from([slug]);
        while let Some((s, parent, depth)) = stack.pop() {
            if !visited.insert(s) {
                continue;
            }
            descendants.push(Descendant {
                slug: s.to_string(),
                parent: parent.to_string(),
                depth,
            });
            if let Some(c) = children.get(s) {
                stack.extend(c.iter().rev().map(|k| (*k, s, depth + 1)));
            }
        }
        Ok(Lineage {
            slug: slug.to_string(),
            ancestors,
            descendants,
        })
    }
}

fn change(commit: &Commit<'_>, files: Vec<String>) -> Change {
    let author = commit.author();
    let committer = commit.committer();
    Change {
        commit: commit.id().to_string(),
        author: author.name().unwrap_or("").to_string(),
        email: author.email().unwrap_or("").to_string(),
        time: author.when().seconds(),
        committer: committer.name().unwrap_or("").to_string(),
        committer_email: committer.email().unwrap_or("").to_string(),
        summary: commit.summary().ok().flatten().unwrap_or("").to_string(),
        files,
    }
}

impl Store {
    /// Author time of the commit `main` points to.
    pub fn head_time(&self) -> Result<Option<i64>, StoreError> {
        Ok(self.head()?.map(|c| c.author().when().seconds()))
    }

    /// The commit id `main` points to, if any.
    pub fn head_id(&self) -> Result<Option<String>, StoreError> {
        Ok(self.head()?.map(|c| c.id().to_string()))
    }

    /// Slugs whose package differs between commit `from` and `main` (added, changed or
    /// removed). `Err` if `from` is not a commit of this store.
    pub fn changed_since(&self, from: &str) -> Result<Vec<String>, StoreError> {
        let old = self
            .commit_at(Some(from))?
            .ok_or_else(|| StoreError::NoRevision(from.to_string()))?;
        let designs_id = |c: &Commit<'_>| -> Result<Option<Oid>, StoreError> {
            Ok(c.tree()?
                .get_path(std::path::Path::new(super::DESIGNS))
                .ok()
                .map(|e| e.id()))
        };
        let old_id = designs_id(&old)?;
        let new_id = match self.head()? {
            Some(h) => designs_id(&h)?,
            None => None,
        };
        if old_id == new_id {
            return Ok(Vec::new());
        }
        // Compare slug → package tree id maps: the maps of recent trees are cached, so after a
        // write through this store nothing of the (possibly huge) `designs/` trees is re-read.
        let load = |id: Option<Oid>| -> Result<super::DesignsMap, StoreError> {
            match id {
                None => Ok(Default::default()),
                Some(id) => self.designs_map(id).ok_or_else(|| {
                    StoreError::Refused(format!("cannot read the designs tree {id}").into())
                }),
            }
        };
        let (old, new) = (load(old_id)?, load(new_id)?);
        // Both maps are sorted: walk them side by side.
        let mut slugs = Vec::new();
        let (mut a, mut b) = (old.iter().peekable(), new.iter().peekable());
        loop {
            match (a.peek(), b.peek()) {
                (None, None) => break,
                (Some((s, _)), None) => {
                    slugs.push((*s).clone());
                    a.next();
                }
                (None, Some((s, _))) => {
                    slugs.push((*s).clone());
                    b.next();
                }
                (Some((sa, ia)), Some((sb, ib))) => match sa.cmp(sb) {
                    std::cmp::Ordering::Less => {
                        slugs.push((*sa).clone());
                        a.next();
                    }
                    std::cmp::Ordering::Greater => {
                        slugs.push((*sb).clone());
                        b.next();
                    }
                    std::cmp::Ordering::Equal => {
                        if ia != ib {
                            slugs.push((*sa).clone());
                        }
                        a.next();
                        b.next();
                    }
                },
            }
        }
        Ok(slugs)
    }

    fn package_ids(&self, commit: &Commit<'_>) -> Result<BTreeMap<String, Oid>, StoreError> {
        let mut out = BTreeMap::new();
        if let Some(designs) = self.designs_tree(commit)? {
            for e in designs.iter() {
                if let Ok(name) = e.name() {
                    out.insert(name.to_string(), e.id());
                }
            }
        }
        Ok(out)
    }

    /// When each design at `main` last changed (author time, seconds since 1970), from one
    /// walk down the first-parent line.
    pub fn last_changed(&self) -> Result<BTreeMap<String, i64>, StoreError> {
        let mut out = BTreeMap::new();
        let Some(head) = self.head()? else {
            return Ok(out);
        };
        let mut pending = self.package_ids(&head)?;
        let mut commit = head;
        while !pending.is_empty() {
            let parent = commit.parents().next();
            let before = match &parent {
                Some(p) => self.package_ids(p)?,
                None => BTreeMap::new(),
            };
            let time = commit.author().when().seconds();
            pending.retain(|slug, id| {
                if before.get(slug) != Some(id) {
                    out.insert(slug.clone(), time);
                    false
                } else {
                    true
                }
            });
            match parent {
                Some(p) => commit = p,
                None => break,
            }
        }
        Ok(out)
    }

    /// The newest `limit` additions and changes of designs on `main`, newest first, from
    /// one walk down the first-parent line (at most `10 × limit + 100` commits are read, so a
    /// long history of build logs alone does not make a feed slow). A commit that changed
    /// several designs gives one entry each; deletions give none.
    pub fn design_changes(&self, limit: usize) -> Result<Vec<DesignChange>, StoreError> {
        let mut out = Vec::new();
        let Some(mut commit) = self.head()? else {
            return Ok(out);
        };
        let mut now = self.package_ids(&commit)?;
        for _ in 0..limit.saturating_mul(10).saturating_add(100) {
            if out.len() >= limit {
                break;
            }
            let parent = commit.parents().next();
            let before = match &parent {
                Some(p) => self.package_ids(p)?,
                None => BTreeMap::new(),
            };
            for (slug, id) in &now {
                if before.get(slug) != Some(id) && out.len() < limit {
                    out.push(DesignChange {
                        slug: slug.clone(),
                        added: !before.contains_key(slug),
                        change: change(&commit, Vec::new()),
                    });
                }
            }
            match parent {
                Some(p) => {
                    commit = p;
                    now = before;
                }
                None => break,
            }
        }
        Ok(out)
    }
}
