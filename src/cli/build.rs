//! `barnraise build add|list|feed`: a build log file, its photos and the export manifest →
//! the build-log use cases, the logs as text or JSON, and the Atom feeds.

use barnraise::app::builds::{self, Builds, Logged};
use barnraise::app::feeds;
use barnraise::app::{self, Ctx};

use super::flags::BuildAction;
use super::output::{EXIT_OK, Outcome, short};
use super::{Env, actor};

pub(super) fn run(action: BuildAction, env: &Env) -> Outcome {
    match action {
        BuildAction::Add {
            slug,
            file,
            photos,
            manifest,
            author,
        } => {
            let slug = app::designs::slug(&slug)?;
            let who = actor(author.author)?;
            let input = builds::read_input(&file, &photos, manifest.as_deref())?;
            let store = env.open_store()?;
            let done = builds::log_build(&Ctx::local(&store), &who, &slug, input)?;
            env.out.emit(&done, |o, d: &Logged| {
                writeln!(
                    o,
                    "logged build {} of {} ({}{}) as {} in commit {}",
                    d.build.id,
                    d.build.design,
                    d.build.log.outcome.as_str(),
                    if d.build.verified {
                        ", built from these files"
                    } else {
                        ""
                    },
                    d.path,
                    short(&d.commit)
                )
            })?;
        }
        BuildAction::List { slug } => {
            let slug = app::designs::slug(&slug)?;
            let store = env.open_store()?;
            let all = builds::list(&store, &slug)?;
            env.out.emit(&all, |o, b: &Builds| {
                let c = &b.counts;
                writeln!(
                    o,
                    "{}: built {}× ({} works, {} works with changes, {} failed; {} verified)",
                    b.design, c.total, c.works, c.works_with_changes, c.failed, c.verified
                )?;
                for build in &b.builds {
                    let l = &build.log;
                    let place = match (&l.makerspace, &l.place) {
                        (Some(m), _) => m.clone(),
                        (None, Some(p)) => p.clone(),
                        (None, None) => String::new(),
                    };
                    writeln!(
                        o,
                        "{}  {:<18} {}  {}{}{}",
                        l.date,
                        l.outcome.as_str(),
                        l.builder.as_deref().unwrap_or("?"),
                        place,
                        l.country
                            .as_deref()
                            .map(|c| format!(" ({c})"))
                            .unwrap_or_default(),
                        if build.verified { "  [verified]" } else { "" }
                    )?;
                    if let Some(ch) = &l.changes {
                        writeln!(o, "    changed: {}", ch.lines().next().unwrap_or(""))?;
                    }
                }
                for i in &b.invalid {
                    writeln!(o, "INVALID {}: {} problem(s)", i.id, i.problems.len())?;
                    for p in &i.problems {
                        writeln!(o, "    {p}")?;
                    }
                }
                Ok(())
            })?;
        }
        BuildAction::Feed {
            slug,
            makerspace,
            base_url,
        } => {
            let store = env.open_store()?;
            let now = barnraise::time::now();
            let feed = match (slug, makerspace) {
                (_, Some(m)) => feeds::makerspace(&store, &m, &base_url, now)?,
                (Some(s), None) => feeds::design(&store, &app::designs::slug(&s)?, &base_url, now)?,
                (None, None) => feeds::designs(&store, &base_url, now)?,
            };
            env.out
                .emit(&feed, |o, f: &feeds::Feed| write!(o, "{}", f.to_atom()))?;
        }
    }
    Ok(EXIT_OK)
}
