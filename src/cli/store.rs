//! Store commands: init, publish, list, history, releases, fork, lineage, contributors,
//! search, reindex, peers and sync. Each calls one use case and prints its result.

use std::io::Write;
use std::path::Path;

use barnraise::app::designs::{self, Publication};
use barnraise::app::search::SearchRequest;
use barnraise::app::seed::Seed;
use barnraise::app::{self, Ctx};
use barnraise::model::Diagnostic;
use barnraise::store::{PendingReason, ProjectSync, SyncAction, SyncReport};
use barnraise::time::date;
use serde::Serialize;

use super::flags::{AdminAction, PeerAction};
use super::output::{EXIT_OK, Outcome, short};
use super::{Env, actor, author};

#[derive(Serialize)]
struct Initialised {
    store: String,
    url: String,
    imported: Vec<String>,
}

pub(super) fn init(url: Option<&str>, empty: bool, env: &Env) -> Outcome {
    let seed = if empty { Seed::Empty } else { Seed::Shipped };
    let store = app::seed::create_store(&env.store_location(), url, seed)?;
    let done = Initialised {
        store: store.path().display().to_string(),
        url: store.url(),
        imported: designs::list(&store, None)?
            .into_iter()
            .map(|e| e.slug)
            .collect(),
    };
    env.out.emit(&done, |o, d| {
        writeln!(
            o,
            "created store {} with {} design(s)",
            d.store,
            d.imported.len()
        )
    })?;
    Ok(EXIT_OK)
}

pub(super) fn publish(dir: &Path, who: Option<String>, message: &str, env: &Env) -> Outcome {
    let who = actor(who)?;
    let store = env.open_store()?;
    let done = designs::publish_folder(&Ctx::local(&store), &who, dir, message)?;
    env.out.emit(&done, |o, p| match p {
        Publication::Published(p) => writeln!(
            o,
            "{} {} {} in commit {}",
            if p.created { "added" } else { "updated" },
            p.slug,
            p.version,
            short(&p.commit)
        ),
        Publication::Proposed(p) => writeln!(o, "proposed a change to {} ({})", p.slug, p.id),
    })?;
    Ok(EXIT_OK)
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

pub(super) fn list(rev: Option<&str>, env: &Env) -> Outcome {
    let entries = designs::list(&env.open_store()?, rev)?;
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
    env.out.emit(&listed, |o, listed| {
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
    Ok(EXIT_OK)
}

pub(super) fn history(slug: &str, env: &Env) -> Outcome {
    let h = designs::history(&env.open_store()?, &designs::slug(slug)?)?;
    env.out.emit(&h.changes, |o, changes| {
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
    Ok(EXIT_OK)
}

pub(super) fn release(slug: &str, who: Option<String>, message: &str, env: &Env) -> Outcome {
    let who = actor(who)?;
    let store = env.open_store()?;
    let r = designs::release(&Ctx::local(&store), &who, &designs::slug(slug)?, message)?;
    env.out.emit(&r, |o, r| {
        writeln!(o, "released {} at commit {}", r.tag, short(&r.commit))
    })?;
    Ok(EXIT_OK)
}

pub(super) fn releases(slug: Option<&str>, env: &Env) -> Outcome {
    let slug = slug.map(designs::slug).transpose()?;
    let rs = designs::releases(&env.open_store()?, slug.as_ref())?;
    env.out.emit(&rs, |o, rs| {
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
    Ok(EXIT_OK)
}

pub(super) fn fork(
    slug: &str,
    new_slug: &str,
    who: Option<String>,
    license: Option<&str>,
    env: &Env,
) -> Outcome {
    let who = actor(who)?;
    let store = env.open_store()?;
    let f = designs::fork(
        &Ctx::local(&store),
        &who,
        &designs::slug(slug)?,
        new_slug,
        license,
    )?;
    env.out.emit(&f, |o, f| {
        writeln!(
            o,
            "forked {} as {} under {} (commit {})",
            f.from,
            f.slug,
            f.license,
            short(&f.commit)
        )
    })?;
    Ok(EXIT_OK)
}

pub(super) fn lineage(slug: &str, env: &Env) -> Outcome {
    let l = designs::lineage(&env.open_store()?, &designs::slug(slug)?)?;
    env.out.emit(&l.lineage, |o, l| {
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
    Ok(EXIT_OK)
}

pub(super) fn contributors(slug: &str, env: &Env) -> Outcome {
    let cs = designs::contributors(&env.open_store()?, &designs::slug(slug)?)?;
    env.out.emit(&cs, |o, cs| {
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
    Ok(EXIT_OK)
}

pub(super) fn peer(action: PeerAction, env: &Env) -> Outcome {
    let store = env.open_store()?;
    match action {
        PeerAction::Add {
            name,
            url,
            ssh_key,
            ca,
        } => {
            let access = app::peers::PeerAccess {
                ssh_key: ssh_key.as_deref(),
                ca_file: ca.as_deref(),
            };
            let p = app::peers::add(&store, &name, &url, access)?;
            env.out.emit(&p, |o, p| {
                writeln!(
                    o,
                    "added peer {} ({}); run `barnraise sync {}` to fetch its designs",
                    p.name, p.url, p.name
                )
            })?;
        }
        PeerAction::List => {
            let peers = app::peers::list(&store)?;
            env.out.emit(&peers, |o, peers| {
                for p in peers {
                    let trust = match p.trusted.as_slice() {
                        [] => String::new(),
                        [all] if all == "*" => "  (trusted for every design)".into(),
                        some => format!("  (trusted for {})", some.join(", ")),
                    };
                    let ca = match &p.ca_file {
                        Some(f) => format!("  (certificate checked against {f})"),
                        None => String::new(),
                    };
                    writeln!(o, "{:<24} {}{trust}{ca}", p.name, p.url)?;
                }
                Ok(())
            })?;
        }
        PeerAction::Pending => {
            let pending = app::peers::pending(&store, None)?;
            env.out.emit(&pending, |o, pending| {
                for p in pending {
                    writeln!(
                        o,
                        "{:<20} {:<28} {} (ours {}){}",
                        p.peer,
                        p.slug,
                        p.version.as_deref().unwrap_or("unreadable"),
                        p.ours.as_deref().unwrap_or("none"),
                        if p.raises_version {
                            ""
                        } else {
                            "  — not above ours, cannot be accepted"
                        }
                    )?;
                }
                writeln!(o, "{} pending update(s)", pending.len())
            })?;
        }
        PeerAction::Accept { peer, slug, author } => {
            let who = actor(author)?;
            let a = app::peers::accept(&Ctx::local(&store), &who, &peer, &designs::slug(&slug)?)?;
            env.out.emit(&a, |o, a| {
                writeln!(
                    o,
                    "accepted {} {} from peer {} in commit {}",
                    a.slug,
                    a.version,
                    a.peer,
                    short(&a.commit)
                )
            })?;
        }
        PeerAction::Refuse { peer, slug } => {
            let p = app::peers::refuse(
                &Ctx::local(&store),
                &app::Actor::Local(author(
                    None,
                    Some("Barnraise <barnraise@barnraise.localhost>"),
                )?),
                &peer,
                &designs::slug(&slug)?,
            )?;
            env.out.emit(&p, |o, p| {
                writeln!(
                    o,
                    "refused {}'s update of {}; main is unchanged",
                    p.peer, p.slug
                )
            })?;
        }
        PeerAction::Trust {
            peer,
            designs: slugs,
        } => {
            let slugs = slugs
                .iter()
                .map(|s| designs::slug(s))
                .collect::<Result<Vec<_>, _>>()?;
            let p = app::peers::trust(&store, &peer, &slugs)?;
            env.out.emit(&p, |o, p| {
                if p.trusted.iter().any(|t| t == "*") {
                    writeln!(o, "{} may now update every design", p.name)
                } else {
                    writeln!(o, "{} may now update {}", p.name, p.trusted.join(", "))
                }
            })?;
        }
        PeerAction::Untrust {
            peer,
            designs: slugs,
        } => {
            let slugs = slugs
                .iter()
                .map(|s| designs::slug(s))
                .collect::<Result<Vec<_>, _>>()?;
            let p = app::peers::untrust(&store, &peer, &slugs)?;
            env.out.emit(&p, |o, p| {
                if p.trusted.is_empty() {
                    writeln!(o, "{} now updates only the designs it is home of", p.name)
                } else {
                    writeln!(o, "{} may still update {}", p.name, p.trusted.join(", "))
                }
            })?;
        }
    }
    Ok(EXIT_OK)
}

pub(super) fn sync(peer: Option<&str>, who: Option<String>, env: &Env) -> Outcome {
    let committer = author(who, Some("Barnraise sync <sync@barnraise.localhost>"))?;
    let store = env.open_store()?;
    let reports = app::peers::sync(&store, peer, &app::Actor::Local(committer))?;
    env.out
        .emit(&reports, |o, reports| print_sync(o, reports))?;
    Ok(EXIT_OK)
}

fn print_sync(o: &mut dyn Write, reports: &[SyncReport]) -> std::io::Result<()> {
    for r in reports {
        writeln!(
            o,
            "peer {}: {} unchanged, {} newer here{}",
            r.peer,
            r.unchanged,
            r.local_ahead,
            if r.refused > 0 {
                format!(", {} refused before", r.refused)
            } else {
                String::new()
            }
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
                SyncAction::Pending {
                    slug,
                    branch,
                    version,
                    ours,
                    reason,
                } => writeln!(
                    o,
                    "  PENDING  {slug} {version} (ours {ours}): {}; on branch {branch} for review",
                    match reason {
                        PendingReason::NotTrusted => "the peer is not this design's home",
                        PendingReason::VersionNotRaised => "its version is not above ours",
                    }
                )?,
                SyncAction::Invalid { slug, problems } => {
                    writeln!(o, "  SKIPPED  {slug}: invalid on the peer")?;
                    for p in problems {
                        writeln!(o, "      {p}")?;
                    }
                }
            }
        }
        for p in &r.projects {
            match p {
                ProjectSync::Imported { slug, version } => {
                    writeln!(o, "  imported project {slug} {version}")?
                }
                ProjectSync::Updated { slug, from, to } => {
                    writeln!(o, "  updated  project {slug} {from} → {to}")?
                }
                ProjectSync::NotTaken {
                    slug,
                    version,
                    ours,
                    reason,
                } => writeln!(
                    o,
                    "  KEPT OURS project {slug} (ours {ours}, the peer's {version}): {}",
                    match reason {
                        PendingReason::NotTrusted => "the peer is not this project's home",
                        PendingReason::VersionNotRaised => "its version is not above ours",
                    }
                )?,
                ProjectSync::Invalid { slug, problems } => {
                    writeln!(o, "  SKIPPED  project {slug}: invalid on the peer")?;
                    for p in problems {
                        writeln!(o, "      {p}")?;
                    }
                }
            }
        }
        for b in &r.builds.taken {
            writeln!(o, "  build log {b} taken")?;
        }
        for (b, problems) in &r.builds.skipped {
            writeln!(o, "  SKIPPED  build log {b}: invalid on the peer")?;
            for p in problems {
                writeln!(o, "      {p}")?;
            }
        }
    }
    Ok(())
}

pub(super) fn search(req: SearchRequest, env: &Env) -> Outcome {
    let store = env.open_store()?;
    let index = app::search::open_index(&store)?;
    let r = app::search::search(&store, &index, &req)?;
    env.out.emit(&r, |o, r| {
        for h in &r.hits {
            writeln!(
                o,
                "{:<28} {}  [{} · {} · {} parts · ~{:.2} {}]",
                h.slug, h.name, h.category, h.license, h.part_count, h.cost, h.currency
            )?;
            let text: String = h
                .snippet
                .runs()
                .into_iter()
                .map(|(t, hit)| if hit { format!("*{t}*") } else { t.to_string() })
                .collect();
            writeln!(
                o,
                "    {}",
                text.split_whitespace().collect::<Vec<_>>().join(" ")
            )?;
        }
        writeln!(o, "{} design(s)", r.total)?;
        for (facet, values) in &r.facets {
            let vs: Vec<String> = values.iter().map(|(v, n)| format!("{v} ({n})")).collect();
            writeln!(o, "  {facet}: {}", vs.join(", "))?;
        }
        Ok(())
    })?;
    Ok(EXIT_OK)
}

pub(super) fn reindex(env: &Env) -> Outcome {
    let r = app::search::reindex(&env.open_store()?)?;
    env.out.emit(&r, |o, r| {
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
    Ok(EXIT_OK)
}

/// An admin as listed.
#[derive(Serialize)]
struct AdminRow {
    username: String,
    display_name: String,
}

pub(super) fn admin(action: AdminAction, env: &Env) -> Outcome {
    let store = env.open_store()?;
    let accounts =
        barnraise::accounts::Accounts::open(&app::accounts::database_beside(store.path()))
            .map_err(app::Error::from)?;
    let now = barnraise::time::now();
    match action {
        AdminAction::Add { username } => {
            let u = app::accounts::set_admin(&accounts, &username, true, now)?;
            env.out
                .emit(&u.username, |o, n| writeln!(o, "{n} is an admin"))?;
        }
        AdminAction::Remove { username } => {
            let u = app::accounts::set_admin(&accounts, &username, false, now)?;
            env.out
                .emit(&u.username, |o, n| writeln!(o, "{n} is no longer an admin"))?;
        }
        AdminAction::List => {
            let rows: Vec<AdminRow> = app::accounts::admins(&accounts)?
                .into_iter()
                .map(|u| AdminRow {
                    username: u.username,
                    display_name: u.display_name,
                })
                .collect();
            env.out.emit(&rows, |o, rows| {
                for r in rows {
                    writeln!(o, "{:<24} {}", r.username, r.display_name)?;
                }
                Ok(())
            })?;
        }
    }
    Ok(EXIT_OK)
}
