//! `barnraise export` and `barnraise makerspace …`: flags → the export use cases, with a
//! progress bar (indicatif) while nesting, and the result as text or JSON.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

use barnraise::app::designs::{self, Loaded};
use barnraise::app::exports::{self, CutOptions};
use barnraise::app::{self, Overrides};
use barnraise::export::{CutFormat, ExportManifest, ModelFormat, ModelManifest, StockPick};
use barnraise::i18n::Message;
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
            let manifest = nest_with_progress(&job, &a.out)?;
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
) -> Result<ExportManifest, Failure> {
    let bar = ProgressBar::new(1000);
    bar.set_style(
        ProgressStyle::with_template("nesting {msg} [{bar:30}] {elapsed}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let manifest = exports::run_cut_files(job, out, &mut |material, p| {
        bar.set_message(format!(
            "{material}: {} sheet(s), lower bound {}",
            p.sheets, p.lower_bound
        ));
        bar.set_position((p.fraction.clamp(0.0, 1.0) * 1000.0) as u64);
    });
    bar.finish_and_clear();
    Ok(manifest?)
}

fn print_cut(manifest: &ExportManifest, out: &Path, env: &Env) -> Outcome {
    if env.out.json {
        print_json(manifest)?;
        return Ok(EXIT_OK);
    }
    let stdout = std::io::stdout();
    let mut o = stdout.lock();
    for r in &manifest.nesting {
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
    for f in &manifest.files {
        writeln!(o, "  {}", out.join(&f.file).display())?;
    }
    for n in &manifest.notes {
        writeln!(o, "note: {n}")?;
    }
    writeln!(o, "  {}", out.join("manifest.json").display())?;
    Ok(EXIT_OK)
}

fn print_model(manifest: &ModelManifest, out: &Path, env: &Env) -> Outcome {
    if env.out.json {
        print_json(manifest)?;
        return Ok(EXIT_OK);
    }
    let stdout = std::io::stdout();
    let mut o = stdout.lock();
    writeln!(
        o,
        "{}: {} part copies, {} ({:.2} l of material), solids in {:.2} s, written in {:.2} s",
        manifest.design,
        manifest.instances.len(),
        if manifest.assembled {
            "assembled"
        } else {
            "laid out flat"
        },
        manifest.volume_mm3 / 1e6,
        manifest.seconds.solids,
        manifest.seconds.write
    )?;
    for f in &manifest.files {
        writeln!(o, "  {}", out.join(&f.file).display())?;
    }
    for n in &manifest.notes {
        writeln!(o, "note: {n}")?;
    }
    writeln!(o, "  {}", out.join("manifest.json").display())?;
    Ok(EXIT_OK)
}

pub(super) fn makerspace(action: MakerspaceAction, env: &Env) -> Outcome {
    match action {
        MakerspaceAction::List => {
            let entries = app::makerspaces::list(&env.open_store()?)?;
            env.out.emit(&entries, |o, entries| {
                for e in entries {
                    match &e.makerspace {
                        Some(m) => writeln!(
                            o,
                            "{:<24} {} ({}, {}): {} machine(s), {} stock item(s)",
                            e.slug,
                            m.name,
                            m.town,
                            m.country,
                            m.machines.len(),
                            m.stock.len()
                        )?,
                        None => {
                            writeln!(o, "{:<24} INVALID: {} problem(s)", e.slug, e.problems.len())?
                        }
                    }
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
            env.out
                .emit(&done, |o, _| writeln!(o, "{} profile(s) OK", files.len()))?;
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
