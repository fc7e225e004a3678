//! Store commands: init, publish, list, history, releases, fork, lineage, contributors,
//! peers and sync. Each opens the store, calls one `Store` method and prints.

use std::io::Write;
use std::path::PathBuf;

use serde::Serialize;

use super::{CliError, Command, EXIT_OK, PeerAction, StoreArg, print_json};
use crate::model::{Author, Diagnostic};
use crate::shipped;
use crate::store::{self, Store, SyncAction};

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
fn open(arg: &StoreArg) -> Result<Store, CliError> {
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
    Ok(store)
}

fn shipped_committer() -> Author {
    Author {
        name: "Barnraise".into(),
        email: Some("barnraise@localhost".into()),
    }
}

/// The author from `--author`, else `$BARNRAISE_AUTHOR`.
fn author(arg: Option<String>, fallback: Option<&str>) -> Result<Author, CliError> {
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

fn out() -> std::io::StdoutLock<'static> {
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
            if json {
                print_json(&done)?;
            } else {
                writeln!(
                    out(),
                    "created store {} with {} design(s)",
                    done.store,
                    done.imported.len()
                )?;
            }
        }
        Command::Publish {
            dir,
            author: a,
            message,
            store: arg,
            json,
        } => {
            let author = author(a, None)?;
            let store = open(&arg)?;
            let p = store.publish(&dir, &author, &message)?;
            if json {
                print_json(&p)?;
            } else {
                let verb = if p.created { "added" } else { "updated" };
                writeln!(
                    out(),
                    "{verb} {} {} in commit {}",
                    p.slug,
                    p.version,
                    &p.commit[..12]
                )?;
            }
        }
        Command::List {
            rev,
            store: arg,
            json,
        } => {
            let store = open(&arg)?;
            let entries = store.list(rev.as_deref())?;
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
            if json {
                print_json(&listed)?;
            } else {
                let mut o = out();
                for l in &listed {
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
                writeln!(
                    o,
                    "{} design(s){}",
                    listed.len(),
                    if invalid > 0 {
                        format!(", {invalid} invalid")
                    } else {
                        String::new()
                    }
                )?;
            }
        }
        Command::History {
            slug,
            store: arg,
            json,
        } => {
            let store = open(&arg)?;
            let changes = store.history(&slug)?;
            if json {
                print_json(&changes)?;
            } else {
                let mut o = out();
                for c in &changes {
                    writeln!(
                        o,
                        "{}  {}  {:<24} {}",
                        &c.commit[..12],
                        date(c.time),
                        c.author,
                        c.summary
                    )?;
                    writeln!(o, "    {}", c.files.join(", "))?;
                }
            }
        }
        Command::Release {
            slug,
            author: a,
            message,
            store: arg,
            json,
        } => {
            let author = author(a, None)?;
            let store = open(&arg)?;
            let r = store.release(&slug, &author, &message)?;
            if json {
                print_json(&r)?;
            } else {
                writeln!(out(), "released {} at commit {}", r.tag, &r.commit[..12])?;
            }
        }
        Command::Releases {
            slug,
            store: arg,
            json,
        } => {
            let store = open(&arg)?;
            let rs = store.releases(slug.as_deref())?;
            if json {
                print_json(&rs)?;
            } else {
                let mut o = out();
                for r in &rs {
                    writeln!(
                        o,
                        "{:<40} {}  {}  {}",
                        r.tag,
                        date(r.time),
                        &r.commit[..12],
                        r.tagger
                    )?;
                }
            }
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
            let store = open(&arg)?;
            let f = store.fork(&slug, &new_slug, &author, license.as_deref())?;
            if json {
                print_json(&f)?;
            } else {
                writeln!(
                    out(),
                    "forked {} as {} under {} (commit {})",
                    f.from,
                    f.slug,
                    f.license,
                    &f.commit[..12]
                )?;
            }
        }
        Command::Lineage {
            slug,
            store: arg,
            json,
        } => {
            let store = open(&arg)?;
            let l = store.lineage(&slug)?;
            if json {
                print_json(&l)?;
            } else {
                let mut o = out();
                for (i, a) in l.ancestors.iter().enumerate().rev() {
                    let place = if a.in_store {
                        String::new()
                    } else {
                        format!(" (in {})", a.store.as_deref().unwrap_or("another store"))
                    };
                    writeln!(
                        o,
                        "{}{}{place}",
                        "  ".repeat(l.ancestors.len() - 1 - i),
                        a.slug
                    )?;
                }
                writeln!(
                    o,
                    "{}{} (this design)",
                    "  ".repeat(l.ancestors.len()),
                    l.slug
                )?;
                for d in &l.descendants {
                    writeln!(
                        o,
                        "{}└ {}",
                        "  ".repeat(l.ancestors.len() + d.depth),
                        d.slug
                    )?;
                }
            }
        }
        Command::Contributors {
            slug,
            store: arg,
            json,
        } => {
            let store = open(&arg)?;
            let cs = store.contributors(&slug)?;
            if json {
                print_json(&cs)?;
            } else {
                let mut o = out();
                for c in &cs {
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
            }
        }
        Command::Peer {
            action:
                PeerAction::Add {
                    name,
                    url,
                    store: arg,
                },
        } => {
            let store = open(&arg)?;
            store.add_peer(&name, &url)?;
            writeln!(
                out(),
                "added peer {name} ({url}); run `barnraise sync {name}` to fetch its designs"
            )?;
        }
        Command::Peer {
            action: PeerAction::List { store: arg, json },
        } => {
            let store = open(&arg)?;
            let peers = store.peers()?;
            if json {
                let v: Vec<_> = peers
                    .iter()
                    .map(|(n, u)| serde_json::json!({"name": n, "url": u}))
                    .collect();
                print_json(&v)?;
            } else {
                let mut o = out();
                for (n, u) in &peers {
                    writeln!(o, "{n:<24} {u}")?;
                }
            }
        }
        Command::Sync {
            peer,
            author: a,
            store: arg,
            json,
        } => {
            let committer = author(a, Some("Barnraise sync <sync@barnraise.localhost>"))?;
            let store = open(&arg)?;
            let reports = store.sync(peer.as_deref(), &committer)?;
            if json {
                print_json(&reports)?;
            } else {
                let mut o = out();
                for r in &reports {
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
            }
        }
        Command::Validate { .. } | Command::Show { .. } => {
            return Err(CliError::Internal(
                "design commands are not store commands".into(),
            ));
        }
    }
    Ok(EXIT_OK)
}
