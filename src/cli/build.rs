//! `barnraise build add|list|feed`: a build log file, its photos and the export manifest →
//! the build-log use cases, the logs as text or JSON, and the Atom feeds.

use barnraise::app::builds::{self, Builds, Logged};
use barnraise::app::feeds;
use barnraise::app::{self, Ctx};
use barnraise::i18n::{self, Arg};

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
            let lang = env.out.lang;
            env.out.emit(&done, |o, d: &Logged| {
                let args = [
                    ("id", Arg::from(d.build.id.to_string())),
                    ("slug", Arg::from(d.build.design.to_string())),
                    (
                        "outcome",
                        Arg::from(i18n::label(lang, "outcome", d.build.log.outcome.as_str())),
                    ),
                    ("path", Arg::from(d.path.to_string())),
                    ("commit", Arg::from(short(&d.commit))),
                ];
                let key = if d.build.verified {
                    "cli-build-logged-verified"
                } else {
                    "cli-build-logged"
                };
                writeln!(o, "{}", i18n::tr(lang, key, &args))
            })?;
        }
        BuildAction::List { slug } => {
            let slug = app::designs::slug(&slug)?;
            let store = env.open_store()?;
            let all = builds::list(&store, &slug)?;
            let lang = env.out.lang;
            let t = super::output::say(lang);
            env.out.emit(&all, |o, b: &Builds| {
                let c = &b.counts;
                let counts = t(
                    "cli-build-counts",
                    &[
                        ("slug", Arg::from(b.design.to_string())),
                        ("total", Arg::from(c.total)),
                        ("works", Arg::from(c.works)),
                        ("changed", Arg::from(c.works_with_changes)),
                        ("failed", Arg::from(c.failed)),
                        ("verified", Arg::from(c.verified)),
                    ],
                );
                writeln!(o, "{counts}")?;
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
                        i18n::label(lang, "outcome", l.outcome.as_str()),
                        l.builder.as_deref().unwrap_or("?"),
                        place,
                        l.country
                            .as_deref()
                            .map(|c| format!(" ({c})"))
                            .unwrap_or_default(),
                        if build.verified {
                            format!("  [{}]", t("cli-build-verified", &[]))
                        } else {
                            String::new()
                        }
                    )?;
                    if !build.unverified_codes.is_empty() {
                        let why: Vec<String> = build
                            .unverified_codes
                            .iter()
                            .map(|m| m.text(lang))
                            .collect();
                        writeln!(
                            o,
                            "    {} {}",
                            t("design-build-unverified", &[]),
                            why.join("; ")
                        )?;
                    }
                    if let Some(ch) = &l.changes {
                        let first = ch.lines().next().unwrap_or("");
                        writeln!(
                            o,
                            "    {}",
                            t("cli-build-changed", &[("changes", Arg::from(first))])
                        )?;
                    }
                }
                for i in &b.invalid {
                    let args = [
                        ("id", Arg::from(i.id.to_string())),
                        ("count", Arg::from(i.problems.len())),
                    ];
                    writeln!(o, "{}", t("cli-build-invalid", &args))?;
                    for p in &i.problems {
                        writeln!(o, "    {}", p.to_string_in(lang))?;
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
