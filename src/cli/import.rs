//! `import okh|dxf|svg`: other people's formats in, as design packages on disk or in the store.

use std::io::Write;
use std::path::PathBuf;

use barnraise::app::imports::{self, Destination, ImportedDesign, OkhImport};
use barnraise::app::{self, Ctx};
use barnraise::i18n::{self, Arg, Lang};
use barnraise::interop;
use serde::Serialize;

use super::flags::{CutFileArgs, ImportKind, ProcessArg};
use super::output::{EXIT_OK, EXIT_USER, Outcome, print_json, problem_list};
use super::{Env, actor};

pub(super) fn run(kind: ImportKind, env: &Env) -> Outcome {
    match kind {
        ImportKind::Okh {
            path,
            out,
            into_store,
            author,
        } => okh(&path, out, into_store, author, env),
        ImportKind::Dxf(args) | ImportKind::Svg(args) => cut_file(&args, env),
    }
}

fn options(args: &CutFileArgs) -> interop::cutfile::CutFileOptions {
    interop::cutfile::CutFileOptions {
        slug: args.slug.clone(),
        name: args.name.clone(),
        thickness: args.thickness,
        process: match args.process {
            ProcessArg::Laser => interop::cutfile::ProcessChoice::Laser,
            ProcessArg::Cnc => interop::cutfile::ProcessChoice::Cnc,
        },
        units: interop::units::UnitsChoice {
            units: args
                .units
                .as_deref()
                .and_then(interop::units::LengthUnit::parse),
            dpi: args.dpi,
        },
        exclude: args.exclude.iter().cloned().collect(),
        license: args.license.clone(),
        author: args.author.clone().or_else(|| {
            std::env::var("BARNRAISE_AUTHOR")
                .ok()
                .filter(|a| !a.trim().is_empty())
        }),
        ..Default::default()
    }
}

/// One imported design as `--json` prints it.
#[derive(Serialize)]
struct Done<'a> {
    source: &'a str,
    slug: &'a str,
    dir: Option<&'a str>,
    published: Option<&'a str>,
    warnings: Vec<super::output::JsonProblem<'a>>,
    notes: &'a [i18n::Wording],
}

fn done(d: &ImportedDesign) -> Done<'_> {
    Done {
        source: &d.source,
        slug: &d.package.slug,
        dir: d.dir.as_deref(),
        published: d.published.as_deref(),
        warnings: problem_list(&d.package.warnings),
        notes: &d.package.notes,
    }
}

/// One imported design in `lang`: the status column stays `ok`/`warn`/`fail` (scripts
/// grep it); what was written, the warnings and the problems are in the language's words.
fn print_design(o: &mut dyn Write, d: &ImportedDesign, lang: Lang) -> std::io::Result<()> {
    let t = super::output::say(lang);
    let status = match (d.problems.is_empty(), d.package.warnings.is_empty()) {
        (false, _) => "fail",
        (true, true) => "ok  ",
        (true, false) => "warn",
    };
    let dir = match d.dir.as_deref() {
        Some(dir) => dir.to_string(),
        None => t("cli-import-not-written", &[]),
    };
    let published = if d.published.is_some() {
        format!(" {}", t("cli-import-published", &[]))
    } else {
        String::new()
    };
    writeln!(
        o,
        "{status} {:<28} {} → {dir}{published}",
        d.package.slug, d.source
    )?;
    for w in &d.package.warnings {
        let warning = [("warning", Arg::from(w.to_string_in(lang)))];
        writeln!(o, "       {}", t("cli-import-warning", &warning))?;
    }
    for n in &d.package.notes {
        writeln!(
            o,
            "       {}",
            t("cli-note", &[("note", Arg::from(n.text(lang)))])
        )?;
    }
    for p in &d.problems {
        writeln!(o, "       {}", p.to_string_in(lang))?;
    }
    Ok(())
}

fn cut_file(args: &CutFileArgs, env: &Env) -> Outcome {
    let dest = Destination {
        out: Some(&args.out),
        publish: None,
    };
    let source = args
        .source
        .as_deref()
        .map(imports::Provenance::parse)
        .transpose()?;
    let mut opts = options(args);
    if let Some(m) = args.makerspace.as_deref() {
        let in_store = !m.ends_with(".toml") && !std::path::Path::new(m).is_file();
        let store = if in_store {
            Some(env.open_store()?)
        } else {
            None
        };
        let space = app::makerspaces::resolve(store.as_ref(), m)?;
        opts.colours = imports::colour_map(&space);
    }
    let d = imports::import_cut_files(&args.files, &opts, source.as_ref(), &dest)?;
    if env.out.json {
        print_json(&serde_json::json!({
            "design": done(&d),
            "problems": problem_list(&d.problems),
        }))?;
    } else {
        print_design(&mut std::io::stdout().lock(), &d, env.out.lang)?;
    }
    if d.problems.is_empty() {
        Ok(EXIT_OK)
    } else {
        Err(app::Error::invalid(d.problems).into())
    }
}

#[derive(Serialize)]
struct Summary<'a> {
    imported: usize,
    imported_with_warnings: usize,
    failed: usize,
    designs: Vec<Done<'a>>,
    failures: Vec<Failed>,
}

#[derive(Serialize)]
struct Failed {
    source: String,
    problems: Vec<String>,
}

fn okh(
    path: &std::path::Path,
    out: Option<PathBuf>,
    into_store: bool,
    author: Option<String>,
    env: &Env,
) -> Outcome {
    let store = if into_store {
        Some(env.open_store()?)
    } else {
        None
    };
    let who = if into_store {
        Some(actor(author)?)
    } else {
        None
    };
    let out = match out {
        Some(o) => Some(o),
        None if into_store => None,
        None => Some(PathBuf::from(".")),
    };
    let dest = Destination {
        out: out.as_deref(),
        publish: store
            .as_ref()
            .zip(who.as_ref())
            .map(|(s, a)| (Ctx::local(s), a)),
    };
    let run = imports::import_okh(path, &dest)?;
    let summary = summary(&run);
    if env.out.json {
        print_json(&summary)?;
    } else {
        let stdout = std::io::stdout();
        let mut o = stdout.lock();
        let lang = env.out.lang;
        for d in &run.designs {
            print_design(&mut o, d, lang)?;
        }
        for f in &run.failures {
            writeln!(o, "fail {}", f.source)?;
            for p in &f.problems {
                writeln!(o, "       {}", p.to_string_in(lang))?;
            }
        }
        let counts = i18n::tr(
            lang,
            "cli-import-summary",
            &[
                ("imported", Arg::from(summary.imported)),
                ("warnings", Arg::from(summary.imported_with_warnings)),
                ("failed", Arg::from(summary.failed)),
            ],
        );
        writeln!(o, "{counts}")?;
    }
    Ok(if summary.failed > 0 {
        EXIT_USER
    } else {
        EXIT_OK
    })
}

fn summary(run: &OkhImport) -> Summary<'_> {
    let good: Vec<&ImportedDesign> = run
        .designs
        .iter()
        .filter(|d| d.problems.is_empty())
        .collect();
    let with_warnings = good
        .iter()
        .filter(|d| !d.package.warnings.is_empty())
        .count();
    let mut failures: Vec<Failed> = run
        .failures
        .iter()
        .map(|f| Failed {
            source: f.source.clone(),
            problems: f.problems.iter().map(ToString::to_string).collect(),
        })
        .collect();
    failures.extend(
        run.designs
            .iter()
            .filter(|d| !d.problems.is_empty())
            .map(|d| Failed {
                source: d.source.clone(),
                problems: d.problems.iter().map(ToString::to_string).collect(),
            }),
    );
    Summary {
        imported: good.len() - with_warnings,
        imported_with_warnings: with_warnings,
        failed: run.failed(),
        designs: good.into_iter().map(done).collect(),
        failures,
    }
}
