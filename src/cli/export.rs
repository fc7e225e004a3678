//! `barnraise export` and `barnraise makerspace …`: flags → the export use cases, with a
//! progress bar (indicatif) while nesting, and the result as text or JSON.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

use barnraise::app::designs::{self, Loaded};
use barnraise::app::exports::{self, CutOptions};
use barnraise::app::{self, Overrides};
use barnraise::export::{CutFormat, ExportManifest, ModelFormat, ModelManifest, StockPick};
use barnraise::i18n::{self, Arg, Lang, Message};
use barnraise::model::Makerspace;
use barnraise::store::Store;
use barnraise_exporters::{Background, Paper, PreviewOptions};
use indicatif::{ProgressBar, ProgressStyle};

use super::flags::{BackgroundArg, ExportArgs, FormatArg, MakerspaceAction, PaperArg};
use super::output::{EXIT_OK, Failure, Outcome, print_json, user};
use super::{Env, actor};

/// What `--format` asks for.
enum Wanted {
    Cut(CutFormat),
    Model(ModelFormat),
    Okh,
}

fn wanted(f: FormatArg) -> Wanted {
    match f {
        FormatArg::Svg => Wanted::Cut(CutFormat::Svg),
        FormatArg::Dxf => Wanted::Cut(CutFormat::Dxf),
        FormatArg::Gcode => Wanted::Cut(CutFormat::Gcode),
        FormatArg::Pdf => Wanted::Cut(CutFormat::Pdf),
        FormatArg::All => Wanted::Cut(CutFormat::All),
        FormatArg::Stl => Wanted::Model(ModelFormat::Stl),
        FormatArg::Step => Wanted::Model(ModelFormat::Step),
        FormatArg::Png => Wanted::Model(ModelFormat::Png),
        FormatArg::Okh => Wanted::Okh,
    }
}

/// Parses `2440x1220` for `--sheet`.
fn parse_sheet(s: &str) -> Result<[f64; 2], Failure> {
    exports::parse_sheet(s).ok_or_else(|| user(Message::new("refusal-cli-sheet").arg("text", s)))
}

/// Parses `800x600` for `--size`.
fn parse_size(s: &str) -> Result<(u32, u32), Failure> {
    let max = barnraise_exporters::preview::MAX_PREVIEW_SIDE;
    let bad = || {
        user(
            Message::new("refusal-cli-size")
                .arg("text", s)
                .arg("min", 16u32)
                .arg("max", max),
        )
    };
    let (a, b) = s.split_once(['x', 'X', '×']).ok_or_else(bad)?;
    let a: u32 = a.trim().parse().map_err(|_| bad())?;
    let b: u32 = b.trim().parse().map_err(|_| bad())?;
    if !((16..=max).contains(&a) && (16..=max).contains(&b)) {
        return Err(bad());
    }
    Ok((a, b))
}

fn stock_picks(materials: &[String]) -> Result<Vec<StockPick>, Failure> {
    materials
        .iter()
        .map(|m| {
            StockPick::parse(m)
                .map_err(|e| user(Message::new("refusal-cli-material").arg("reason", e)))
        })
        .collect()
}

/// The cut options from the flags (checked by the use case).
pub(super) fn cut_options(
    a: &ExportArgs,
    format: CutFormat,
    language: barnraise::i18n::Lang,
) -> Result<CutOptions, Failure> {
    if !(a.time_limit.is_finite() && a.time_limit >= 0.0) {
        return Err(user(
            Message::new("refusal-cli-time-limit")
                .arg("seconds", a.time_limit.to_string())
                .arg("max", exports::MAX_TIME_LIMIT),
        ));
    }
    Ok(CutOptions {
        format,
        machine: a.machine.clone(),
        materials: stock_picks(&a.materials)?,
        sheet: a.sheet.as_deref().map(parse_sheet).transpose()?,
        kerf: a.kerf,
        tool: a.tool,
        time_limit: Duration::from_secs_f64(a.time_limit.min(exports::MAX_TIME_LIMIT * 2.0)),
        seed: a.seed,
        paper: match a.paper {
            PaperArg::A4 => Paper::A4,
            PaperArg::Letter => Paper::Letter,
        },
        language,
    })
}

/// The design (folder or slug), its store when it came from one, and the makerspace.
fn inputs(
    a: &ExportArgs,
    env: &Env,
) -> Result<(Option<Store>, Loaded, Option<Makerspace>), Failure> {
    let design = a.design.as_deref().unwrap_or_default();
    let on_disk = Path::new(design).exists();
    let needs_store = !on_disk
        || a.makerspace
            .as_deref()
            .is_some_and(|m| !m.ends_with(".toml") && !Path::new(m).is_file());
    let store = if needs_store {
        Some(env.open_store()?)
    } else {
        None
    };
    let loaded = designs::load(store.as_ref(), design, None)?;
    let space = a
        .makerspace
        .as_deref()
        .map(|m| app::makerspaces::resolve(store.as_ref(), m))
        .transpose()?;
    Ok((store, loaded, space))
}

pub(super) fn run(a: ExportArgs, env: &Env) -> Outcome {
    if let Some(project) = a.project.clone() {
        return super::project::export(&project, &a, env);
    }
    let (store, loaded, space) = inputs(&a, env)?;
    let params = Overrides::parse_pairs(&loaded.design, &a.params)?;
    match wanted(a.format) {
        Wanted::Cut(format) => {
            let options = cut_options(&a, format, env.out.lang)?;
            let job = exports::prepare_cut_files(
                store.as_ref(),
                loaded,
                params,
                space,
                options,
                &a.base_url,
            )?;
            let manifest = nest_with_progress(&job, &a.out, env.out.lang)?;
            print_cut(&manifest, &a.out, env)
        }
        Wanted::Model(format) => {
            let (width, height) = parse_size(&a.size)?;
            let preview = PreviewOptions {
                width,
                height,
                background: match a.background {
                    BackgroundArg::White => Background::White,
                    BackgroundArg::Transparent => Background::Transparent,
                },
            };
            let picks = stock_picks(&a.materials)?;
            let m = exports::export_model(
                &loaded,
                &params,
                space.as_ref(),
                &picks,
                format,
                preview,
                &a.out,
            )?;
            print_model(&m, &a.out, env)
        }
        Wanted::Okh => {
            let lang = env.lang.map(|l| l.code());
            let text = exports::okh(&loaded.design, &params, &a.base_url, lang)?;
            std::fs::create_dir_all(&a.out)?;
            let path = a.out.join("okh.toml");
            std::fs::write(&path, text)?;
            if env.out.json {
                print_json(&serde_json::json!({
                    "design": loaded.design.slug,
                    "format": "okh",
                    "files": [{ "file": "okh.toml", "kind": "okh" }],
                }))?;
            } else {
                writeln!(std::io::stdout(), "  {}", path.display())?;
            }
            Ok(EXIT_OK)
        }
    }
}

/// Runs the nesting and writing with a progress bar on stderr.
fn nest_with_progress(
    job: &exports::PreparedExport,
    out: &Path,
    lang: Lang,
) -> Result<ExportManifest, Failure> {
    let bar = nesting_bar(lang);
    let manifest = exports::run_cut_files(job, out, &mut |material, p| {
        bar.set_message(nesting_progress(lang, material, p.sheets, p.lower_bound));
        bar.set_position((p.fraction.clamp(0.0, 1.0) * 1000.0) as u64);
    });
    bar.finish_and_clear();
    Ok(manifest?)
}

/// The progress bar of a nesting run on stderr, its words in `lang`.
pub(super) fn nesting_bar(lang: Lang) -> ProgressBar {
    let bar = ProgressBar::new(1000);
    let template = format!(
        "{} {{msg}} [{{bar:30}}] {{elapsed}}",
        i18n::tr(lang, "cli-nesting", &[])
    );
    bar.set_style(
        ProgressStyle::with_template(&template).unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    bar
}

/// "ply18: 4 sheet(s), lower bound 3" in `lang`.
pub(super) fn nesting_progress(lang: Lang, material: &str, sheets: usize, bound: usize) -> String {
    i18n::tr(
        lang,
        "cli-nesting-progress",
        &[
            ("material", Arg::from(material)),
            ("sheets", Arg::from(sheets)),
            ("bound", Arg::from(bound)),
        ],
    )
}

/// One material's nesting result in `lang`: parts, sheets against the bound, use.
pub(super) fn nesting_line(lang: Lang, r: &barnraise::export::MaterialReport) -> String {
    i18n::tr(
        lang,
        "cli-nesting-result",
        &[
            ("material", Arg::from(r.material.as_str())),
            ("parts", Arg::from(r.parts)),
            ("sheets", Arg::from(r.sheets)),
            ("bound", Arg::from(r.lower_bound)),
            (
                "used",
                Arg::from(i18n::number(lang, r.utilisation * 100.0, 1)),
            ),
        ],
    )
}

fn print_cut(manifest: &ExportManifest, out: &Path, env: &Env) -> Outcome {
    if env.out.json {
        print_json(manifest)?;
        return Ok(EXIT_OK);
    }
    let lang = env.out.lang;
    let stdout = std::io::stdout();
    let mut o = stdout.lock();
    for r in &manifest.nesting {
        writeln!(o, "{}", nesting_line(lang, r))?;
    }
    for f in &manifest.files {
        writeln!(o, "  {}", out.join(&f.file).display())?;
    }
    for n in &manifest.note_codes {
        writeln!(
            o,
            "{}",
            i18n::tr(lang, "cli-note", &[("note", Arg::from(n.text(lang)))])
        )?;
    }
    writeln!(o, "  {}", out.join("manifest.json").display())?;
    Ok(EXIT_OK)
}

fn print_model(manifest: &ModelManifest, out: &Path, env: &Env) -> Outcome {
    if env.out.json {
        print_json(manifest)?;
        return Ok(EXIT_OK);
    }
    let lang = env.out.lang;
    let stdout = std::io::stdout();
    let mut o = stdout.lock();
    let line = i18n::tr(
        lang,
        if manifest.assembled {
            "cli-model-assembled"
        } else {
            "cli-model-flat"
        },
        &[
            ("design", Arg::from(manifest.design.as_str())),
            ("copies", Arg::from(manifest.instances.len())),
            (
                "litres",
                Arg::from(i18n::number(lang, manifest.volume_mm3 / 1e6, 2)),
            ),
            (
                "solids",
                Arg::from(i18n::number(lang, manifest.seconds.solids, 2)),
            ),
            (
                "write",
                Arg::from(i18n::number(lang, manifest.seconds.write, 2)),
            ),
        ],
    );
    writeln!(o, "{line}")?;
    for f in &manifest.files {
        writeln!(o, "  {}", out.join(&f.file).display())?;
    }
    for n in &manifest.note_codes {
        writeln!(
            o,
            "{}",
            i18n::tr(lang, "cli-note", &[("note", Arg::from(n.text(lang)))])
        )?;
    }
    writeln!(o, "  {}", out.join("manifest.json").display())?;
    Ok(EXIT_OK)
}

pub(super) fn makerspace(action: MakerspaceAction, env: &Env) -> Outcome {
    match action {
        MakerspaceAction::List => {
            let entries = app::makerspaces::list(&env.open_store()?)?;
            let lang = env.out.lang;
            env.out.emit(&entries, |o, entries| {
                for e in entries {
                    let line = match &e.makerspace {
                        Some(m) => i18n::tr(
                            lang,
                            "cli-makerspace-line",
                            &[
                                ("name", Arg::from(m.name.as_str())),
                                ("town", Arg::from(m.town.as_str())),
                                ("country", Arg::from(m.country.as_str())),
                                ("machines", Arg::from(m.machines.len())),
                                ("stock", Arg::from(m.stock.len())),
                            ],
                        ),
                        None => i18n::tr(
                            lang,
                            "cli-invalid",
                            &[("count", Arg::from(e.problems.len()))],
                        ),
                    };
                    writeln!(o, "{:<24} {line}", e.slug)?;
                }
                Ok(())
            })?;
        }
        MakerspaceAction::Check { files } => {
            let problems = app::makerspaces::check_files(&files);
            if !problems.is_empty() {
                return Err(app::Error::invalid(problems).into());
            }
            let done = serde_json::json!({ "ok": true, "checked": files.len() });
            let lang = env.out.lang;
            env.out.emit(&done, |o, _| {
                let count = [("count", Arg::from(files.len()))];
                writeln!(o, "{}", i18n::tr(lang, "cli-profiles-ok", &count))
            })?;
        }
        MakerspaceAction::Publish { file, author } => {
            let who = actor(author.author)?;
            let published = app::makerspaces::publish_file(&env.open_store()?, &who, &file)?;
            env.out.emit(&published, |o, p| {
                writeln!(
                    o,
                    "published makerspace {} in {}",
                    slug_of(&file),
                    p.commit.get(..10).unwrap_or(&p.commit)
                )
            })?;
        }
    }
    Ok(EXIT_OK)
}

fn slug_of(file: &Path) -> String {
    file.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| PathBuf::from(file).display().to_string())
}
