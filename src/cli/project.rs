//! `barnraise project …` and `barnraise export --project`: flags → the project use cases,
//! with the result as text or JSON.

use barnraise::app::projects::{self, DesignPick};
use barnraise::app::{self, Ctx, Overrides};
use barnraise::export::CutFormat;
use barnraise::i18n::Message;
use barnraise::model::format_number;
use indicatif::{ProgressBar, ProgressStyle};

use super::flags::{ExportArgs, FormatArg, ProjectAction};
use super::output::{EXIT_OK, Outcome, user};
use super::{Env, actor};

pub(super) fn run(action: ProjectAction, env: &Env) -> Outcome {
    match action {
        ProjectAction::List => {
            let entries = projects::list(&env.open_store()?)?;
            env.out.emit(&entries, |o, entries| {
                for e in entries {
                    match &e.project {
                        Some(p) => writeln!(
                            o,
                            "{:<36} {} {}: {} design(s), {} cop(ies)",
                            e.slug,
                            p.name,
                            p.version,
                            p.designs.len(),
                            p.copies()
                        )?,
                        None => {
                            writeln!(o, "{:<36} INVALID: {} problem(s)", e.slug, e.problems.len())?
                        }
                    }
                }
                Ok(())
            })?;
        }
        ProjectAction::Show { slug, rev } => {
            let store = env.open_store()?;
            let slug = app::designs::slug(&slug)?;
            let facts = projects::show(&store, &slug, rev.as_deref())?;
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
                        .map(|(k, v)| format!("{k}={}", format_number(*v)))
                        .collect();
                    writeln!(
                        o,
                        "  {} × {} ({}): {} part(s) each, {} in all{}",
                        d.quantity,
                        d.name,
                        d.slug,
                        d.parts_per_copy,
                        d.parts,
                        if params.is_empty() {
                            String::new()
                        } else {
                            format!(", {}", params.join(" "))
                        }
                    )?;
                }
                writeln!(o, "total parts: {}", f.total_parts)?;
                for m in &f.makerspaces {
                    let stock: Vec<String> = m
                        .stock
                        .iter()
                        .map(|s| format!("{} × {}", s.sheets, s.stock))
                        .collect();
                    writeln!(
                        o,
                        "  at {}: {} sheet(s) ({}), {:.2} {} with hardware{}",
                        m.name,
                        m.sheets,
                        stock.join(", "),
                        m.total,
                        m.currency,
                        if m.missing.is_empty() {
                            String::new()
                        } else {
                            format!("; no stock for {}", m.missing.join(", "))
                        }
                    )?;
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
            env.out.emit(&p, |o, p| {
                writeln!(o, "created project {} {}", p.slug, p.version)
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
            env.out.emit(&p, |o, p| {
                writeln!(o, "project {} is now {}", p.slug, p.version)
            })?;
        }
        ProjectAction::Publish { file, author } => {
            let store = env.open_store()?;
            let who = actor(author.author)?;
            let p = projects::publish_file(&Ctx::local(&store), &who, &file)?;
            env.out.emit(&p, |o, p| {
                writeln!(o, "published project {} {}", p.slug, p.version)
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
            env.out.emit(&p, |o, p| {
                writeln!(o, "forked {from} as project {}", p.slug)
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
    let bar = ProgressBar::new(1000);
    bar.set_style(
        ProgressStyle::with_template("nesting {msg} [{bar:30}] {elapsed}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let manifest = projects::run_export(&job, &a.out, &mut |material, p| {
        bar.set_message(format!(
            "{material}: {} sheet(s), lower bound {}",
            p.sheets, p.lower_bound
        ));
        bar.set_position((p.fraction.clamp(0.0, 1.0) * 1000.0) as u64);
    });
    bar.finish_and_clear();
    let manifest = manifest?;
    let out = &a.out;
    env.out.emit(&manifest, |o, m| {
        writeln!(
            o,
            "{} {}: {} design(s), {} part(s)",
            m.name,
            m.version,
            m.designs.len(),
            m.parts
        )?;
        for r in &m.nesting {
            writeln!(
                o,
                "{}: {} part(s) on {} sheet(s) (lower bound {}), {:.1} % used",
                r.material,
                r.parts,
                r.sheets,
                r.lower_bound,
                r.utilisation * 100.0
            )?;
        }
        writeln!(
            o,
            "cost: {:.2} {} ({:.2} sheets + {:.2} hardware)",
            m.cost.total, m.cost.currency, m.cost.sheets, m.cost.hardware
        )?;
        for f in &m.files {
            writeln!(o, "  {}", out.join(&f.file.file).display())?;
        }
        for n in &m.notes {
            writeln!(o, "note: {n}")?;
        }
        writeln!(o, "  {}", out.join("manifest.json").display())
    })?;
    Ok(EXIT_OK)
}
