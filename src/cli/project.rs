//! `barnraise project …` and `barnraise export --project`: flags → the project use cases,
//! with the result as text or JSON.

use barnraise::app::projects::{self, DesignPick};
use barnraise::app::{self, Ctx, Overrides};
use barnraise::export::CutFormat;
use barnraise::i18n::{self, Arg, Message};

use super::flags::{ExportArgs, FormatArg, ProjectAction};
use super::output::{EXIT_OK, Outcome, user};
use super::{Env, actor};

pub(super) fn run(action: ProjectAction, env: &Env) -> Outcome {
    match action {
        ProjectAction::List => {
            let entries = projects::list(&env.open_store()?)?;
            let lang = env.out.lang;
            env.out.emit(&entries, |o, entries| {
                for e in entries {
                    let line = match &e.project {
                        Some(p) => i18n::tr(
                            lang,
                            "cli-project-line",
                            &[
                                ("name", Arg::from(p.name.as_str())),
                                ("version", Arg::from(p.version.to_string())),
                                ("designs", Arg::from(p.designs.len())),
                                ("copies", Arg::from(p.copies())),
                            ],
                        ),
                        None => i18n::tr(
                            lang,
                            "cli-invalid",
                            &[("count", Arg::from(e.problems.len()))],
                        ),
                    };
                    writeln!(o, "{:<36} {line}", e.slug)?;
                }
                Ok(())
            })?;
        }
        ProjectAction::Show { slug, rev } => {
            let store = env.open_store()?;
            let slug = app::designs::slug(&slug)?;
            let facts = projects::show(&store, &slug, rev.as_deref())?;
            let lang = env.out.lang;
            let t = super::output::say(lang);
            env.out.emit(&facts, |o, f| {
                writeln!(
                    o,
                    "{} {} ({})",
                    f.project.name, f.project.version, f.project.slug
                )?;
                if !f.project.notes.is_empty() {
                    writeln!(o, "{}", f.project.notes)?;
                }
                for d in &f.designs {
                    let params: Vec<String> = d
                        .params
                        .iter()
                        .map(|(k, v)| format!("{k}={}", i18n::short_number(lang, *v)))
                        .collect();
                    let line = t(
                        "cli-project-design",
                        &[
                            ("quantity", Arg::from(d.quantity)),
                            ("name", Arg::from(d.name.as_str())),
                            ("slug", Arg::from(d.slug.to_string())),
                            ("each", Arg::from(d.parts_per_copy)),
                            ("parts", Arg::from(d.parts)),
                        ],
                    );
                    if params.is_empty() {
                        writeln!(o, "  {line}")?;
                    } else {
                        writeln!(o, "  {line}, {}", params.join(" "))?;
                    }
                }
                let total = [("count", Arg::from(f.total_parts))];
                writeln!(o, "{}", t("cli-project-total-parts", &total))?;
                for m in &f.makerspaces {
                    let stock: Vec<String> = m
                        .stock
                        .iter()
                        .map(|s| format!("{} × {}", s.sheets, s.stock))
                        .collect();
                    let mut line = t(
                        "cli-project-at",
                        &[
                            ("makerspace", Arg::from(m.name.as_str())),
                            ("sheets", Arg::from(m.sheets)),
                            ("stock", Arg::from(stock.join(", "))),
                            ("total", Arg::from(i18n::money(lang, m.total, &m.currency))),
                        ],
                    );
                    if !m.missing.is_empty() {
                        let missing = [("materials", Arg::from(m.missing.join(", ")))];
                        line = format!("{line}; {}", t("cli-project-no-stock", &missing));
                    }
                    writeln!(o, "  {line}")?;
                }
                Ok(())
            })?;
        }
        ProjectAction::New {
            slug,
            name,
            notes,
            designs,
            author,
        } => {
            let store = env.open_store()?;
            let who = actor(author.author)?;
            let slug = app::designs::slug(&slug)?;
            let mut picks = Vec::new();
            for d in &designs {
                let (s, q) = match d.split_once('=') {
                    Some((s, q)) => (
                        s.trim(),
                        q.trim().parse::<u32>().map_err(|_| {
                            user(
                                Message::new("refusal-cli-quantity")
                                    .arg("design", d)
                                    .arg("text", q),
                            )
                        })?,
                    ),
                    None => (d.trim(), 1),
                };
                picks.push(DesignPick {
                    slug: app::designs::slug(s)?,
                    quantity: q,
                    params: Overrides::none(),
                });
            }
            let p = projects::create(&Ctx::local(&store), &who, &slug, &name, &notes, &picks)?;
            let lang = env.out.lang;
            env.out.emit(&p, |o, p| {
                let args = [
                    ("slug", Arg::from(p.slug.to_string())),
                    ("version", Arg::from(p.version.to_string())),
                ];
                writeln!(o, "{}", i18n::tr(lang, "cli-project-created", &args))
            })?;
        }
        ProjectAction::Add {
            project,
            design,
            quantity,
            params,
            author,
        } => {
            let store = env.open_store()?;
            let who = actor(author.author)?;
            let project = app::designs::slug(&project)?;
            let design = app::designs::slug(&design)?;
            let loaded = app::designs::load_stored(&store, &design, None)?;
            let params = Overrides::parse_pairs(&loaded.design, &params)?;
            let pick = DesignPick {
                slug: design,
                quantity,
                params,
            };
            let p = projects::add_design(&Ctx::local(&store), &who, &project, &pick)?;
            let lang = env.out.lang;
            env.out.emit(&p, |o, p| {
                let args = [
                    ("slug", Arg::from(p.slug.to_string())),
                    ("version", Arg::from(p.version.to_string())),
                ];
                writeln!(o, "{}", i18n::tr(lang, "cli-project-now", &args))
            })?;
        }
        ProjectAction::Publish { file, author } => {
            let store = env.open_store()?;
            let who = actor(author.author)?;
            let p = projects::publish_file(&Ctx::local(&store), &who, &file)?;
            let lang = env.out.lang;
            env.out.emit(&p, |o, p| {
                let args = [
                    ("slug", Arg::from(p.slug.to_string())),
                    ("version", Arg::from(p.version.to_string())),
                ];
                writeln!(o, "{}", i18n::tr(lang, "cli-project-published", &args))
            })?;
        }
        ProjectAction::Fork {
            slug,
            new_slug,
            name,
            author,
        } => {
            let store = env.open_store()?;
            let who = actor(author.author)?;
            let from = app::designs::slug(&slug)?;
            let new = app::designs::slug(&new_slug)?;
            let p = projects::fork(&Ctx::local(&store), &who, &from, &new, name.as_deref())?;
            let lang = env.out.lang;
            env.out.emit(&p, |o, p| {
                let args = [
                    ("from", Arg::from(from.to_string())),
                    ("slug", Arg::from(p.slug.to_string())),
                ];
                writeln!(o, "{}", i18n::tr(lang, "cli-project-forked", &args))
            })?;
        }
    }
    Ok(EXIT_OK)
}

/// `barnraise export --project …`: the whole job, nested with a progress bar.
pub(super) fn export(project: &str, a: &ExportArgs, env: &Env) -> Outcome {
    let format = match a.format {
        FormatArg::Svg => CutFormat::Svg,
        FormatArg::Dxf => CutFormat::Dxf,
        FormatArg::Gcode => CutFormat::Gcode,
        FormatArg::Pdf => CutFormat::Pdf,
        FormatArg::All => CutFormat::All,
        _ => {
            return Err(user(Message::new("refusal-cli-project-format")));
        }
    };
    if !a.params.is_empty() || !a.materials.is_empty() {
        return Err(user(Message::new("refusal-cli-project-params")));
    }
    let store = env.open_store()?;
    let options = super::export::cut_options(a, format, env.out.lang)?;
    let space = a
        .makerspace
        .as_deref()
        .map(|m| app::makerspaces::resolve(Some(&store), m))
        .transpose()?;
    let job = projects::prepare_export(&store, project, None, space, options, &a.base_url)?;
    drop(store);
    let lang = env.out.lang;
    let bar = super::export::nesting_bar(lang);
    let manifest = projects::run_export(&job, &a.out, &mut |material, p| {
        bar.set_message(super::export::nesting_progress(
            lang,
            material,
            p.sheets,
            p.lower_bound,
        ));
        bar.set_position((p.fraction.clamp(0.0, 1.0) * 1000.0) as u64);
    });
    bar.finish_and_clear();
    let manifest = manifest?;
    let out = &a.out;
    env.out.emit(&manifest, |o, m| {
        let head = i18n::tr(
            lang,
            "cli-project-job",
            &[
                ("name", Arg::from(m.name.as_str())),
                ("version", Arg::from(m.version.to_string())),
                ("designs", Arg::from(m.designs.len())),
                ("parts", Arg::from(m.parts)),
            ],
        );
        writeln!(o, "{head}")?;
        for r in &m.nesting {
            writeln!(o, "{}", super::export::nesting_line(lang, r))?;
        }
        let money = |v: f64| Arg::from(i18n::money(lang, v, &m.cost.currency));
        let cost = i18n::tr(
            lang,
            "cli-project-cost",
            &[
                ("total", money(m.cost.total)),
                ("sheets", money(m.cost.sheets)),
                ("hardware", money(m.cost.hardware)),
            ],
        );
        writeln!(o, "{cost}")?;
        for f in &m.files {
            writeln!(o, "  {}", out.join(&f.file.file).display())?;
        }
        for n in &m.note_codes {
            writeln!(
                o,
                "{}",
                i18n::tr(lang, "cli-note", &[("note", Arg::from(n.text(lang)))])
            )?;
        }
        writeln!(o, "  {}", out.join("manifest.json").display())
    })?;
    Ok(EXIT_OK)
}
