//! Store commands: init, publish, list, history, releases, fork, lineage, contributors,
//! peers and sync. Each opens the store, calls one `Store` method and prints.

use std::io::Write;
use std::path::PathBuf;

use serde::Serialize;

use super::{CliError, Command, EXIT_OK, PeerAction, StoreArg, print_json};
use crate::model::{Author, Diagnostic};
use crate::search::{self, SearchIndex};
use crate::shipped;
use crate::store::{self, Store, SyncAction};
use std::io::StdoutLock;

/// The store's location from `--store`, `$BARNRAISE_STORE` or the default data folder.
pub fn store_path(arg: &StoreArg) -> PathBuf {
    if let Some(p) = &arg.store {
        return p.clone();
    }
    if let Some(p) = std::env::var_os("BARNRAISE_STORE").filter(|p| !p.is_empty()) {
        return PathBuf::from(p);
    }
    let data = std::env::var_os("XDG_DATA_HOME")
        .filter(|p| !p.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))
        .unwrap_or_else(|| PathBuf::from("."));
    data.join("barnraise").join("store.git")
}

/// Opens the store. The default store (no `--store`, no `$BARNRAISE_STORE`) is created on
/// first use and seeded with the shipped designs; a named store must exist.
pub(super) fn open(arg: &StoreArg) -> Result<Store, CliError> {
    let path = store_path(arg);
    let is_default =
        arg.store.is_none() && std::env::var_os("BARNRAISE_STORE").is_none_or(|v| v.is_empty());
    if is_default && !path.exists() {
        let store = seed(&path, None)?;
        eprintln!(
            "barnraise: created the default store at {} with the shipped designs",
            store.path().display()
        );
        return Ok(store);
    }
    Ok(Store::open(&path)?)
}

/// Creates a store at `path` holding the shipped designs.
fn seed(path: &std::path::Path, url: Option<&str>) -> Result<Store, CliError> {
    let store = Store::init(path, url)?;
    let packages = shipped::packages().map_err(CliError::User)?;
    store.import(&packages, &shipped_committer())?;
    for (slug, bytes) in shipped::makerspaces().map_err(CliError::User)? {
        store.publish_makerspace(&bytes, &slug, &shipped_committer(), "")?;
    }
    Ok(store)
}

fn shipped_committer() -> Author {
    Author {
        name: "Barnraise".into(),
        email: Some("barnraise@localhost".into()),
    }
}

/// The author from `--author`, else `$BARNRAISE_AUTHOR`.
pub(super) fn author(arg: Option<String>, fallback: Option<&str>) -> Result<Author, CliError> {
    let text = arg
        .or_else(|| {
            std::env::var("BARNRAISE_AUTHOR")
                .ok()
                .filter(|s| !s.trim().is_empty())
        })
        .or_else(|| fallback.map(str::to_string))
        .ok_or_else(|| {
            CliError::User(vec![Diagnostic::bare(
                "say who you are: --author \"Name <email>\" (or set BARNRAISE_AUTHOR)",
            )])
        })?;
    Ok(store::parse_author(&text)?)
}

pub(super) fn out() -> std::io::StdoutLock<'static> {
    std::io::stdout().lock()
}

fn date(secs: i64) -> String {
    // Days since 1970 → civil date (Howard Hinnant's algorithm), good for any commit time.
    let days = secs.div_euclid(86_400);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = if m <= 2 { y + 1 } else { y };
    format!("{y:04}-{m:02}-{d:02}")
}

#[derive(Serialize)]
struct Initialised {
    store: String,
    url: String,
    imported: Vec<String>,
}

#[derive(Serialize)]
struct Listed<'a> {
    slug: &'a str,
    name: Option<&'a str>,
    version: Option<String>,
    license: Option<&'a str>,
    valid: bool,
    problems: &'a [Diagnostic],
}

/// Prints `value` as JSON with `--json`, else as text written by `text`.
fn emit<T: Serialize>(
    json: bool,
    value: &T,
    text: impl FnOnce(&mut StdoutLock<'static>, &T) -> std::io::Result<()>,
) -> Result<(), CliError> {
    if json {
        print_json(value)
    } else {
        Ok(text(&mut out(), value)?)
    }
}

/// Runs one store command.
pub(super) fn run(command: Command) -> Result<i32, CliError> {
    match command {
        Command::Init {
            store: arg,
            url,
            empty,
            json,
        } => {
            let path = store_path(&arg);
            let store = if empty {
                Store::init(&path, url.as_deref())?
            } else {
                seed(&path, url.as_deref())?
            };
            let imported: Vec<String> = store.list(None)?.into_iter().map(|e| e.slug).collect();
            let done = Initialised {
                store: store.path().display().to_string(),
                url: store.url(),
                imported,
            };
            emit(json, &done, |o, d| {
                writeln!(
                    o,
                    "created store {} with {} design(s)",
                    d.store,
                    d.imported.len()
                )
            })?;
        }
        Command::Publish {
            dir,
            author: a,
            message,
            store: arg,
            json,
        } => {
            let author = author(a, None)?;
            let p = open(&arg)?.publish(&dir, &author, &message)?;
            emit(json, &p, |o, p| {
                let verb = if p.created { "added" } else { "updated" };
                writeln!(
                    o,
                    "{verb} {} {} in commit {}",
                    p.slug,
                    p.version,
                    short(&p.commit)
                )
            })?;
        }
        Command::List {
            rev,
            store: arg,
            json,
        } => {
            let entries = open(&arg)?.list(rev.as_deref())?;
            let listed: Vec<Listed<'_>> = entries
                .iter()
                .map(|e| Listed {
                    slug: &e.slug,
                    name: e.design.as_ref().map(|d| d.name.as_str()),
                    version: e.design.as_ref().map(|d| d.version.to_string()),
                    license: e.design.as_ref().map(|d| d.license.as_str()),
                    valid: e.problems.is_empty(),
                    problems: &e.problems,
                })
                .collect();
            emit(json, &listed, |o, listed| {
                for l in listed {
                    match (&l.name, &l.version) {
                        (Some(n), Some(v)) => writeln!(
                            o,
                            "{:<28} {:<9} {:<16} {n}",
                            l.slug,
                            v,
                            l.license.unwrap_or("")
                        )?,
                        _ => writeln!(
                            o,
                            "{:<28} INVALID ({} problem(s); run `barnraise validate` on a clone)",
                            l.slug,
                            l.problems.len()
                        )?,
                    }
                }
                let invalid = listed.iter().filter(|l| !l.valid).count();
                let note = if invalid > 0 {
                    format!(", {invalid} invalid")
                } else {
                    String::new()
                };
                writeln!(o, "{} design(s){note}", listed.len())
            })?;
        }
        Command::History {
            slug,
            store: arg,
            json,
        } => {
            let changes = open(&arg)?.history(&slug)?;
            emit(json, &changes, |o, changes| {
                for c in changes {
                    writeln!(
                        o,
                        "{}  {}  {:<24} {}",
                        short(&c.commit),
                        date(c.time),
                        c.author,
                        c.summary
                    )?;
                    writeln!(o, "    {}", c.files.join(", "))?;
                }
                Ok(())
            })?;
        }
        Command::Release {
            slug,
            author: a,
            message,
            store: arg,
            json,
        } => {
            let author = author(a, None)?;
            let r = open(&arg)?.release(&slug, &author, &message)?;
            emit(json, &r, |o, r| {
                writeln!(o, "released {} at commit {}", r.tag, short(&r.commit))
            })?;
        }
        Command::Releases {
            slug,
            store: arg,
            json,
        } => {
            let rs = open(&arg)?.releases(slug.as_deref())?;
            emit(json, &rs, |o, rs| {
                for r in rs {
                    writeln!(
                        o,
                        "{:<40} {}  {}  {}",
                        r.tag,
                        date(r.time),
                        short(&r.commit),
                        r.tagger
                    )?;
                }
                Ok(())
            })?;
        }
        Command::Fork {
            slug,
            new_slug,
            author: a,
            license,
            store: arg,
            json,
        } => {
            let author = author(a, None)?;
            let f = open(&arg)?.fork(&slug, &new_slug, &author, license.as_deref())?;
            emit(json, &f, |o, f| {
                writeln!(
                    o,
                    "forked {} as {} under {} (commit {})",
                    f.from,
                    f.slug,
                    f.license,
                    short(&f.commit)
                )
            })?;
        }
        Command::Lineage {
            slug,
            store: arg,
            json,
        } => {
            let l = open(&arg)?.lineage(&slug)?;
            emit(json, &l, |o, l| {
                let n = l.ancestors.len();
                for (i, a) in l.ancestors.iter().enumerate().rev() {
                    let place = if a.in_store {
                        String::new()
                    } else {
                        format!(" (in {})", a.store.as_deref().unwrap_or("another store"))
                    };
                    writeln!(o, "{}{}{place}", "  ".repeat(n - 1 - i), a.slug)?;
                }
                writeln!(o, "{}{} (this design)", "  ".repeat(n), l.slug)?;
                for d in &l.descendants {
                    writeln!(o, "{}└ {}", "  ".repeat(n + d.depth), d.slug)?;
                }
                Ok(())
            })?;
        }
        Command::Contributors {
            slug,
            store: arg,
            json,
        } => {
            let cs = open(&arg)?.contributors(&slug)?;
            emit(json, &cs, |o, cs| {
                for c in cs {
                    writeln!(
                        o,
                        "{:>4}  {} <{}>  {} … {}  ({})",
                        c.commits,
                        c.name,
                        c.email,
                        date(c.first),
                        date(c.last),
                        c.designs.join(", ")
                    )?;
                }
                Ok(())
            })?;
        }
        Command::Peer {
            action:
                PeerAction::Add {
                    name,
                    url,
                    store: arg,
                },
        } => {
            open(&arg)?.add_peer(&name, &url)?;
            writeln!(
                out(),
                "added peer {name} ({url}); run `barnraise sync {name}` to fetch its designs"
            )?;
        }
        Command::Peer {
            action: PeerAction::List { store: arg, json },
        } => {
            let peers: Vec<_> = open(&arg)?
                .peers()?
                .into_iter()
                .map(|(name, url)| serde_json::json!({"name": name, "url": url}))
                .collect();
            emit(json, &peers, |o, peers| {
                for p in peers {
                    writeln!(
                        o,
                        "{:<24} {}",
                        p["name"].as_str().unwrap_or(""),
                        p["url"].as_str().unwrap_or("")
                    )?;
                }
                Ok(())
            })?;
        }
        Command::Sync {
            peer,
            author: a,
            store: arg,
            json,
        } => {
            let committer = author(a, Some("Barnraise sync <sync@barnraise.localhost>"))?;
            let reports = open(&arg)?.sync(peer.as_deref(), &committer)?;
            emit(json, &reports, |o, reports| {
                for r in reports {
                    writeln!(
                        o,
                        "peer {}: {} unchanged, {} newer here",
                        r.peer, r.unchanged, r.local_ahead
                    )?;
                    for a in &r.actions {
                        match a {
                            SyncAction::Imported { slug, version } => {
                                writeln!(o, "  imported {slug} {version}")?
                            }
                            SyncAction::Updated { slug, from, to } => {
                                writeln!(o, "  updated  {slug} {from} → {to}")?
                            }
                            SyncAction::Diverged { slug, branch } => writeln!(
                                o,
                                "  DIVERGED {slug}: both sides changed it; kept ours, the peer's is on branch {branch}"
                            )?,
                            SyncAction::Invalid { slug, problems } => {
                                writeln!(o, "  SKIPPED  {slug}: invalid on the peer")?;
                                for p in problems {
                                    writeln!(o, "      {p}")?;
                                }
                            }
                        }
                    }
                }
                Ok(())
            })?;
        }
        Command::Search {
            query,
            bed,
            thickness,
            limit,
            store: arg,
            json,
        } => {
            let store = open(&arg)?;
            let mut q = search::parse_query(&query)?;
            if let Some(b) = bed {
                q.bed = Some(search::query::parse_bed(&b)?);
            }
            if let Some(t) = thickness {
                q.thickness = search::query::parse_thicknesses(&t)?;
            }
            q.limit = limit;
            let mut index = SearchIndex::open(&SearchIndex::default_dir(&store))?;
            index.update(&store)?;
            let r = index.search(&q)?;
            emit(json, &r, |o, r| {
                for h in &r.hits {
                    writeln!(
                        o,
                        "{:<28} {}  [{} · {} · {} parts]",
                        h.slug, h.name, h.category, h.license, h.part_count
                    )?;
                    writeln!(o, "    {}", strip_tags(&h.snippet))?;
                }
                writeln!(o, "{} design(s)", r.total)?;
                for (facet, values) in &r.facets {
                    let vs: Vec<String> =
                        values.iter().map(|(v, n)| format!("{v} ({n})")).collect();
                    writeln!(o, "  {facet}: {}", vs.join(", "))?;
                }
                Ok(())
            })?;
        }
        Command::Reindex { store: arg, json } => {
            let store = open(&arg)?;
            let mut index = SearchIndex::open(&SearchIndex::default_dir(&store))?;
            let r = index.rebuild(&store)?;
            emit(json, &r, |o, r| {
                writeln!(
                    o,
                    "indexed {} design(s){}",
                    r.indexed,
                    if r.invalid.is_empty() {
                        String::new()
                    } else {
                        format!("; skipped invalid: {}", r.invalid.join(", "))
                    }
                )
            })?;
        }
        Command::Validate { .. }
        | Command::Show { .. }
        | Command::Export { .. }
        | Command::Makerspace { .. }
        | Command::Import { .. }
        | Command::Serve { .. } => {
            return Err(CliError::Internal(
                "design commands are not store commands".into(),
            ));
        }
    }
    Ok(EXIT_OK)
}

/// Snippet HTML as terminal text: highlights become *word*, entities decoded.
fn strip_tags(html: &str) -> String {
    let text = html
        .replace("<b>", "*")
        .replace("</b>", "*")
        .replace("&lt;", "<")
        .replace("&gt;", ">");
    let text = text
        .replace("&#x27;", "'")
        .replace("&quot;", "\"")
        .replace("&amp;", "&");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The first 12 characters of a commit id.
fn short(id: &str) -> &str {
    id.get(..12).unwrap_or(id)
}
