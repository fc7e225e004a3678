//! Store commands: init, publish, list, history, releases, fork, lineage, contributors,
//! search, reindex, peers and sync. Each calls one use case and prints its result.

use std::io::Write;
use std::path::Path;

use barnraise::app::designs::{self, Publication};
use barnraise::app::search::SearchRequest;
use barnraise::app::seed::Seed;
use barnraise::app::{self, Ctx};
use barnraise::i18n::{self, Arg, Lang};
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
    let t = super::output::say(env.out.lang);
    env.out.emit(&done, |o, p| match p {
        Publication::Published(p) => writeln!(
            o,
            "{}",
            t(
                if p.created {
                    "cli-published-added"
                } else {
                    "cli-published-updated"
                },
                &[
                    ("slug", Arg::from(p.slug.as_str())),
                    ("version", Arg::from(p.version.to_string())),
                    ("commit", Arg::from(short(&p.commit))),
                ]
            )
        ),
        Publication::Proposed(p) => writeln!(
            o,
            "{}",
            t(
                "cli-proposed",
                &[
                    ("slug", Arg::from(p.slug.as_str())),
                    ("id", Arg::from(p.id.to_string())),
                ]
            )
        ),
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
    let t = super::output::say(env.out.lang);
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
                    "{:<28} {}",
                    l.slug,
                    t(
                        "cli-list-invalid",
                        &[("count", Arg::from(l.problems.len()))]
                    )
                )?,
            }
        }
        let invalid = listed.iter().filter(|l| !l.valid).count();
        let count = ("count", Arg::from(listed.len()));
        let line = if invalid > 0 {
            t(
                "cli-list-count-invalid",
                &[count, ("invalid", Arg::from(invalid))],
            )
        } else {
            t("cli-list-count", &[count])
        };
        writeln!(o, "{line}")
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
    let t = super::output::say(env.out.lang);
    env.out.emit(&r, |o, r| {
        let args = [
            ("tag", Arg::from(r.tag.as_str())),
            ("commit", Arg::from(short(&r.commit))),
        ];
        writeln!(o, "{}", t("cli-released", &args))
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
    let t = super::output::say(env.out.lang);
    env.out.emit(&l.lineage, |o, l| {
        let n = l.ancestors.len();
        for (i, a) in l.ancestors.iter().enumerate().rev() {
            let place = match (a.in_store, a.store.as_deref()) {
                (true, _) => String::new(),
                (false, Some(store)) => {
                    format!(" {}", t("cli-lineage-in", &[("store", Arg::from(store))]))
                }
                (false, None) => format!(" {}", t("cli-lineage-elsewhere", &[])),
            };
            writeln!(o, "{}{}{place}", "  ".repeat(n - 1 - i), a.slug)?;
        }
        writeln!(
            o,
            "{}{} {}",
            "  ".repeat(n),
            l.slug,
            t("cli-lineage-this", &[])
        )?;
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
            let t = super::output::say(env.out.lang);
            env.out.emit(&p, |o, p| {
                let args = [
                    ("name", Arg::from(p.name.as_str())),
                    ("url", Arg::from(p.url.as_str())),
                ];
                writeln!(o, "{}", t("cli-peer-added", &args))
            })?;
        }
        PeerAction::List => {
            let peers = app::peers::list(&store)?;
            let t = super::output::say(env.out.lang);
            env.out.emit(&peers, |o, peers| {
                for p in peers {
                    let trust = match p.trusted.as_slice() {
                        [] => String::new(),
                        [all] if all == "*" => format!("  {}", t("cli-peer-trusted-all", &[])),
                        some => format!(
                            "  {}",
                            t(
                                "cli-peer-trusted-for",
                                &[("designs", Arg::from(some.join(", ")))]
                            )
                        ),
                    };
                    let ca = match &p.ca_file {
                        Some(f) => {
                            format!("  {}", t("cli-peer-ca", &[("file", Arg::from(f.as_str()))]))
                        }
                        None => String::new(),
                    };
                    writeln!(o, "{:<24} {}{trust}{ca}", p.name, p.url)?;
                }
                Ok(())
            })?;
        }
        PeerAction::Pending => {
            let pending = app::peers::pending(&store, None)?;
            let t = super::output::say(env.out.lang);
            env.out.emit(&pending, |o, pending| {
                for p in pending {
                    let version = match p.version.as_deref() {
                        Some(v) => v.to_string(),
                        None => t("cli-pending-unreadable", &[]),
                    };
                    let ours = match p.ours.as_deref() {
                        Some(v) => v.to_string(),
                        None => t("cli-pending-none", &[]),
                    };
                    let mut line = t(
                        "cli-pending-line",
                        &[("version", Arg::from(version)), ("ours", Arg::from(ours))],
                    );
                    if !p.raises_version {
                        line = format!("{line}  — {}", t("cli-pending-not-above", &[]));
                    }
                    writeln!(o, "{:<20} {:<28} {line}", p.peer, p.slug)?;
                }
                let count = [("count", Arg::from(pending.len()))];
                writeln!(o, "{}", t("cli-pending-count", &count))
            })?;
        }
        PeerAction::Accept { peer, slug, author } => {
            let who = actor(author)?;
            let a = app::peers::accept(&Ctx::local(&store), &who, &peer, &designs::slug(&slug)?)?;
            let t = super::output::say(env.out.lang);
            env.out.emit(&a, |o, a| {
                let args = [
                    ("slug", Arg::from(a.slug.to_string())),
                    ("version", Arg::from(a.version.to_string())),
                    ("peer", Arg::from(a.peer.as_str())),
                    ("commit", Arg::from(short(&a.commit))),
                ];
                writeln!(o, "{}", t("cli-peer-accepted", &args))
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
            let t = super::output::say(env.out.lang);
            env.out.emit(&p, |o, p| {
                let args = [
                    ("peer", Arg::from(p.peer.as_str())),
                    ("slug", Arg::from(p.slug.to_string())),
                ];
                writeln!(o, "{}", t("cli-peer-refused", &args))
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
            let t = super::output::say(env.out.lang);
            env.out.emit(&p, |o, p| {
                let name = ("name", Arg::from(p.name.as_str()));
                let designs = ("designs", Arg::from(p.trusted.join(", ")));
                if p.trusted.iter().any(|d| d == "*") {
                    writeln!(o, "{}", t("cli-peer-trusts-all", &[name]))
                } else {
                    writeln!(o, "{}", t("cli-peer-trusts", &[name, designs]))
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
            let t = super::output::say(env.out.lang);
            env.out.emit(&p, |o, p| {
                let name = ("name", Arg::from(p.name.as_str()));
                let designs = ("designs", Arg::from(p.trusted.join(", ")));
                if p.trusted.is_empty() {
                    writeln!(o, "{}", t("cli-peer-home-only", &[name]))
                } else {
                    writeln!(o, "{}", t("cli-peer-still-trusts", &[name, designs]))
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
    let lang = env.out.lang;
    env.out
        .emit(&reports, |o, reports| print_sync(o, reports, lang))?;
    Ok(EXIT_OK)
}

fn print_sync(o: &mut dyn Write, reports: &[SyncReport], lang: Lang) -> std::io::Result<()> {
    let t = super::output::say(lang);
    let text = |v: &str| Arg::from(v);
    let problems = |o: &mut dyn Write, problems: &[Diagnostic]| -> std::io::Result<()> {
        for p in problems {
            writeln!(o, "      {}", p.to_string_in(lang))?;
        }
        Ok(())
    };
    for r in reports {
        let mut head = t(
            "cli-sync-peer",
            &[
                ("peer", text(&r.peer)),
                ("unchanged", Arg::from(r.unchanged)),
                ("ahead", Arg::from(r.local_ahead)),
            ],
        );
        if r.refused > 0 {
            head = t(
                "cli-sync-peer-refused",
                &[("line", Arg::from(head)), ("refused", Arg::from(r.refused))],
            );
        }
        writeln!(o, "{head}")?;
        for a in &r.actions {
            match a {
                SyncAction::Imported { slug, version } => writeln!(
                    o,
                    "  {}",
                    t(
                        "cli-sync-imported",
                        &[("slug", text(slug)), ("version", text(version))]
                    )
                )?,
                SyncAction::Updated { slug, from, to } => writeln!(
                    o,
                    "  {}",
                    t(
                        "cli-sync-updated",
                        &[("slug", text(slug)), ("from", text(from)), ("to", text(to))]
                    )
                )?,
                SyncAction::Diverged { slug, branch } => writeln!(
                    o,
                    "  {}",
                    t(
                        "cli-sync-diverged",
                        &[("slug", text(slug)), ("branch", text(branch))]
                    )
                )?,
                SyncAction::Pending {
                    slug,
                    branch,
                    version,
                    ours,
                    reason,
                } => writeln!(
                    o,
                    "  {}",
                    t(
                        match reason {
                            PendingReason::NotTrusted => "cli-sync-pending-not-home",
                            PendingReason::VersionNotRaised => "cli-sync-pending-not-above",
                        },
                        &[
                            ("slug", text(slug)),
                            ("version", text(version)),
                            ("ours", text(ours)),
                            ("branch", text(branch)),
                        ]
                    )
                )?,
                SyncAction::Invalid { slug, problems: ps } => {
                    writeln!(o, "  {}", t("cli-sync-skipped", &[("slug", text(slug))]))?;
                    problems(o, ps)?;
                }
            }
        }
        for p in &r.projects {
            match p {
                ProjectSync::Imported { slug, version } => writeln!(
                    o,
                    "  {}",
                    t(
                        "cli-sync-project-imported",
                        &[("slug", text(slug)), ("version", text(version))]
                    )
                )?,
                ProjectSync::Updated { slug, from, to } => writeln!(
                    o,
                    "  {}",
                    t(
                        "cli-sync-project-updated",
                        &[("slug", text(slug)), ("from", text(from)), ("to", text(to))]
                    )
                )?,
                ProjectSync::NotTaken {
                    slug,
                    version,
                    ours,
                    reason,
                } => writeln!(
                    o,
                    "  {}",
                    t(
                        match reason {
                            PendingReason::NotTrusted => "cli-sync-project-not-home",
                            PendingReason::VersionNotRaised => "cli-sync-project-not-above",
                        },
                        &[
                            ("slug", text(slug)),
                            ("version", text(version)),
                            ("ours", text(ours)),
                        ]
                    )
                )?,
                ProjectSync::Invalid { slug, problems: ps } => {
                    writeln!(
                        o,
                        "  {}",
                        t("cli-sync-project-skipped", &[("slug", text(slug))])
                    )?;
                    problems(o, ps)?;
                }
            }
        }
        for b in &r.builds.taken {
            writeln!(o, "  {}", t("cli-sync-build-taken", &[("id", text(b))]))?;
        }
        for (b, ps) in &r.builds.skipped {
            writeln!(o, "  {}", t("cli-sync-build-skipped", &[("id", text(b))]))?;
            problems(o, ps)?;
        }
    }
    Ok(())
}

pub(super) fn search(req: SearchRequest, env: &Env) -> Outcome {
    let store = env.open_store()?;
    let index = app::search::open_index(&store)?;
    let r = app::search::search(&store, &index, &req)?;
    let lang = env.out.lang;
    let t = super::output::say(lang);
    env.out.emit(&r, |o, r| {
        for h in &r.hits {
            let parts = t("cli-validate-parts", &[("count", Arg::from(h.part_count))]);
            writeln!(
                o,
                "{:<28} {}  [{} · {} · {parts} · ~{}]",
                h.slug,
                h.name,
                i18n::label(lang, "category", &h.category),
                h.license,
                i18n::money(lang, h.cost, &h.currency)
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
        writeln!(
            o,
            "{}",
            t("cli-list-count", &[("count", Arg::from(r.total))])
        )?;
        for (facet, values) in r.facets.iter().filter(|(_, vs)| !vs.is_empty()) {
            let vs: Vec<String> = values
                .iter()
                .map(|(v, n)| format!("{} ({n})", i18n::label(lang, facet, v)))
                .collect();
            let line = t(
                "cli-facet-line",
                &[
                    ("facet", Arg::from(t(&format!("facet-{facet}"), &[]))),
                    ("values", Arg::from(vs.join(", "))),
                ],
            );
            writeln!(o, "  {line}")?;
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
            let t = super::output::say(env.out.lang);
            env.out.emit(&u.username, |o, n| {
                writeln!(
                    o,
                    "{}",
                    t("cli-admin-added", &[("name", Arg::from(n.as_str()))])
                )
            })?;
        }
        AdminAction::Remove { username } => {
            let u = app::accounts::set_admin(&accounts, &username, false, now)?;
            let t = super::output::say(env.out.lang);
            env.out.emit(&u.username, |o, n| {
                writeln!(
                    o,
                    "{}",
                    t("cli-admin-removed", &[("name", Arg::from(n.as_str()))])
                )
            })?;
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
