//! The command line: argument parsing, wiring and printing. No domain logic lives here.
//!
//! Exit codes: 0 success, 1 a problem with the user's input (invalid design, bad argument),
//! 2 an internal failure.

use std::io::Write;
use std::path::PathBuf;

use clap::{Parser, Subcommand};
use serde::Serialize;

use crate::model::Diagnostic;
use crate::store::StoreError;

mod design;
mod export;
mod import;
mod serve;
mod store;

/// Exit code for success.
pub const EXIT_OK: i32 = 0;
/// Exit code for a problem with the user's input.
pub const EXIT_USER: i32 = 1;
/// Exit code for an internal failure.
pub const EXIT_INTERNAL: i32 = 2;

/// Barnraise: share open hardware designs globally, make them locally.
#[derive(Debug, Parser)]
#[command(name = "barnraise", version, about, long_about = None)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Where the store is: `--store`, else `$BARNRAISE_STORE`, else the default location.
#[derive(Debug, Clone, clap::Args)]
pub struct StoreArg {
    /// The store (a git repository). Default: $BARNRAISE_STORE, else
    /// $XDG_DATA_HOME/barnraise/store.git (~/.local/share/barnraise/store.git).
    #[arg(long, value_name = "DIR", global = true)]
    pub store: Option<PathBuf>,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check design packages and report every problem with file, line and field.
    Validate {
        /// Package folders, manifests, or folders of packages (default: designs/).
        paths: Vec<PathBuf>,
        /// Print the problems as a JSON list on stdout.
        #[arg(long)]
        json: bool,
    },
    /// Print a design evaluated at its parameters: parts with sizes, BOM with costs.
    Show {
        /// Package folder or manifest.
        path: PathBuf,
        /// Override a parameter, e.g. --param thickness=17.4 (repeatable).
        #[arg(long = "param", value_name = "NAME=VALUE")]
        params: Vec<String>,
        /// Also write a drawing of every part (SVG in mm) to this file.
        #[arg(long, value_name = "FILE")]
        svg: Option<PathBuf>,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Create a store and import the shipped designs into it.
    Init {
        #[command(flatten)]
        store: StoreArg,
        /// The URL others will use to reach this store (recorded in forks).
        #[arg(long)]
        url: Option<String>,
        /// Create the store without importing the shipped designs.
        #[arg(long)]
        empty: bool,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Validate a design package folder and commit it to the store.
    Publish {
        /// The package folder.
        dir: PathBuf,
        /// Who made the change: "Name <email>" (default: $BARNRAISE_AUTHOR).
        #[arg(long)]
        author: Option<String>,
        /// Commit message.
        #[arg(short, long, default_value = "")]
        message: String,
        #[command(flatten)]
        store: StoreArg,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// List the designs in the store.
    List {
        /// Revision (commit, tag or branch; default: main).
        #[arg(long)]
        rev: Option<String>,
        #[command(flatten)]
        store: StoreArg,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Commits that changed a design, newest first.
    History {
        /// Design slug.
        slug: String,
        #[command(flatten)]
        store: StoreArg,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Tag the design's current version as a release (<slug>/v<version>).
    Release {
        /// Design slug.
        slug: String,
        /// Who releases it: "Name <email>" (default: $BARNRAISE_AUTHOR).
        #[arg(long)]
        author: Option<String>,
        /// Release notes.
        #[arg(short, long, default_value = "")]
        message: String,
        #[command(flatten)]
        store: StoreArg,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// List releases, of one design or all.
    Releases {
        /// Design slug.
        slug: Option<String>,
        #[command(flatten)]
        store: StoreArg,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Copy a design under a new slug, recording where it came from.
    Fork {
        /// The design to fork.
        slug: String,
        /// Slug of the new design.
        new_slug: String,
        /// Who forks it: "Name <email>" (default: $BARNRAISE_AUTHOR).
        #[arg(long)]
        author: Option<String>,
        /// Licence of the fork (SPDX); must be allowed by the original's licence.
        #[arg(long)]
        license: Option<String>,
        #[command(flatten)]
        store: StoreArg,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// The ancestors and the forks of a design.
    Lineage {
        /// Design slug.
        slug: String,
        #[command(flatten)]
        store: StoreArg,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Everyone who committed to a design and its ancestors.
    Contributors {
        /// Design slug.
        slug: String,
        #[command(flatten)]
        store: StoreArg,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Search the designs: free text, filters (category:, license:, material:, process:,
    /// author:, cost:<50, thickness:3,6, bed:600x400) and facet counts.
    Search {
        /// The query, e.g. "seeder license:CERN-OHL-S-2.0".
        query: String,
        /// Only designs whose every part fits this machine bed, WxH in mm (turning allowed).
        #[arg(long, value_name = "WxH")]
        bed: Option<String>,
        /// Only designs cut from these stocked thicknesses, mm (e.g. 3,6).
        #[arg(long, value_name = "MM,…")]
        thickness: Option<String>,
        /// Hits to show.
        #[arg(long, default_value_t = 20)]
        limit: usize,
        #[command(flatten)]
        store: StoreArg,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Run the web app: browse, search, customise and export designs in a browser, plus the
    /// JSON API. The default store is created with the shipped designs on first run.
    Serve {
        /// Address to listen on.
        #[arg(long, default_value = "127.0.0.1:8080")]
        addr: String,
        /// Public base URL (for build sheet links and OKH manifests); default http://ADDR.
        #[arg(long)]
        base_url: Option<String>,
        /// Export jobs that may run at once.
        #[arg(long, default_value_t = 2)]
        jobs: usize,
        /// A username that maintains the designs nobody else maintains (the shipped ones):
        /// it can accept proposals to them and change them directly (repeatable).
        #[arg(long = "admin", value_name = "USERNAME")]
        admins: Vec<String>,
        #[command(flatten)]
        store: StoreArg,
    },
    /// Rebuild the search index from the store.
    Reindex {
        #[command(flatten)]
        store: StoreArg,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Cut files for a makerspace (nest the parts on real sheets and write SVG, DXF or
    /// G-code per sheet), the PDF build sheet, or 3D (STL, STEP, PNG), plus manifest.json.
    Export {
        /// Design slug (from the store) or package folder / design.toml.
        design: String,
        /// svg (laser), dxf (CNC, nominal geometry), gcode (GRBL, tool offset applied), pdf
        /// (build sheet), all (the machine's cut files and the build sheet; the machine is
        /// a laser or a CNC router as most of the design's parts are), or 3D: stl (binary,
        /// the assembly and each part), step (one named solid per part copy), png (preview);
        /// or okh (an Open Know-How okh.toml).
        #[arg(long, value_enum, default_value = "all")]
        format: FormatArg,
        /// Size of the PNG preview in pixels.
        #[arg(long, value_name = "WxH", default_value = "800x600")]
        size: String,
        /// Background of the PNG preview.
        #[arg(long, value_enum, default_value = "white")]
        background: BackgroundArg,
        /// Paper for the build sheet.
        #[arg(long, value_enum, default_value = "a4")]
        paper: PaperArg,
        /// Base URL of the web app, for the build sheet's link and QR code.
        #[arg(long, default_value = "http://127.0.0.1:8080")]
        base_url: String,
        /// Override a parameter, e.g. --param clearance=0.2 (repeatable).
        #[arg(long = "param", value_name = "NAME=VALUE")]
        params: Vec<String>,
        /// Makerspace slug in the store, or a profile file (makerspaces/<slug>.toml).
        #[arg(long)]
        makerspace: Option<String>,
        /// Machine id in the makerspace (default: its laser for svg, its CNC for dxf/gcode).
        #[arg(long)]
        machine: Option<String>,
        /// Stock to use: <stock-id>, or <material>=<stock-id> when the design has several.
        #[arg(long = "material", value_name = "STOCK")]
        materials: Vec<String>,
        /// Sheet size in mm, e.g. 2440x1220 (default: the stock's sheet, else the bed).
        #[arg(long, value_name = "WxH")]
        sheet: Option<String>,
        /// Laser kerf in mm (default: the machine's, else 0.15).
        #[arg(long)]
        kerf: Option<f64>,
        /// CNC bit diameter in mm (default: the machine's first, else 6.35).
        #[arg(long)]
        tool: Option<f64>,
        /// Seconds to spend improving the nesting.
        #[arg(long, default_value_t = 5.0)]
        time_limit: f64,
        /// Seed for the nesting (same seed, same layout when the search ends early).
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Output folder (created if missing).
        #[arg(long)]
        out: PathBuf,
        #[command(flatten)]
        store: StoreArg,
        /// Print manifest.json on stdout.
        #[arg(long)]
        json: bool,
    },
    /// Import other formats as design packages: Open Know-How manifests (okh), DXF and SVG
    /// cut files (dxf, svg).
    Import {
        #[command(subcommand)]
        kind: import::ImportKind,
    },
    /// Makerspace profiles: machines and stock.
    Makerspace {
        #[command(subcommand)]
        action: MakerspaceAction,
    },
    /// Manage peers: other stores to sync designs from.
    Peer {
        #[command(subcommand)]
        action: PeerAction,
    },
    /// Fetch designs from peers: import new ones, take newer versions, report divergence.
    Sync {
        /// Peer name (default: every peer).
        peer: Option<String>,
        /// Committer of the sync: "Name <email>" (default: $BARNRAISE_AUTHOR, else Barnraise).
        #[arg(long)]
        author: Option<String>,
        #[command(flatten)]
        store: StoreArg,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
}

/// Output formats of `export`.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum FormatArg {
    /// Laser SVG.
    Svg,
    /// CNC DXF.
    Dxf,
    /// GRBL G-code.
    Gcode,
    /// PDF build sheet.
    Pdf,
    /// Cut files for the machine and the build sheet.
    All,
    /// Binary STL of the assembly and of each part.
    Stl,
    /// STEP of the assembly.
    Step,
    /// PNG preview.
    Png,
    /// Open Know-How manifest (okh.toml).
    Okh,
}

/// Backgrounds of the PNG preview.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum BackgroundArg {
    /// Opaque white.
    White,
    /// Transparent.
    Transparent,
}

/// Paper sizes of the build sheet.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum PaperArg {
    /// 210 × 297 mm.
    A4,
    /// 8.5 × 11 in.
    Letter,
}

/// `barnraise makerspace …`
#[derive(Debug, Subcommand)]
pub enum MakerspaceAction {
    /// List the makerspaces in the store.
    List {
        #[command(flatten)]
        store: StoreArg,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Check profile files and report every problem with its line.
    Check {
        /// Profile files (<slug>.toml).
        files: Vec<PathBuf>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Validate a profile and commit it to the store.
    Publish {
        /// The profile file (<slug>.toml).
        file: PathBuf,
        /// Who made the change: "Name <email>" (default: $BARNRAISE_AUTHOR).
        #[arg(long)]
        author: Option<String>,
        #[command(flatten)]
        store: StoreArg,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
}

/// `barnraise peer …`
#[derive(Debug, Subcommand)]
pub enum PeerAction {
    /// Add another store as a peer.
    Add {
        /// A short name (e.g. leeds-makerspace).
        name: String,
        /// Its git URL (file://, a path, or a URL the store can fetch).
        url: String,
        #[command(flatten)]
        store: StoreArg,
    },
    /// List peers.
    List {
        #[command(flatten)]
        store: StoreArg,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
}

impl Command {
    fn json(&self) -> bool {
        match self {
            Command::Validate { json, .. }
            | Command::Show { json, .. }
            | Command::Init { json, .. }
            | Command::Publish { json, .. }
            | Command::List { json, .. }
            | Command::History { json, .. }
            | Command::Release { json, .. }
            | Command::Releases { json, .. }
            | Command::Fork { json, .. }
            | Command::Lineage { json, .. }
            | Command::Contributors { json, .. }
            | Command::Sync { json, .. }
            | Command::Search { json, .. }
            | Command::Reindex { json, .. }
            | Command::Export { json, .. } => *json,
            Command::Makerspace { action } => match action {
                MakerspaceAction::List { json, .. }
                | MakerspaceAction::Check { json, .. }
                | MakerspaceAction::Publish { json, .. } => *json,
            },
            Command::Import { kind } => kind.json(),
            Command::Serve { .. } => false,
            Command::Peer { action } => matches!(action, PeerAction::List { json: true, .. }),
        }
    }
}

/// An error that ends a command, with its exit code.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// The user's input is wrong; the diagnostics say how.
    #[error("{} problem(s)", .0.len())]
    User(Vec<Diagnostic>),
    /// Something failed that is not the user's doing.
    #[error("internal error: {0}")]
    Internal(String),
    /// Whoever read our output stopped reading (`barnraise list | head`): not a failure.
    #[error("output closed")]
    OutputClosed,
}

impl From<std::io::Error> for CliError {
    fn from(e: std::io::Error) -> Self {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            CliError::OutputClosed
        } else {
            CliError::Internal(e.to_string())
        }
    }
}

impl From<serde_json::Error> for CliError {
    fn from(e: serde_json::Error) -> Self {
        match e.io_error_kind() {
            Some(std::io::ErrorKind::BrokenPipe) => CliError::OutputClosed,
            _ => CliError::Internal(e.to_string()),
        }
    }
}

impl From<crate::search::SearchError> for CliError {
    fn from(e: crate::search::SearchError) -> Self {
        match e {
            crate::search::SearchError::Store(s) => s.into(),
            e if e.is_user_error() => CliError::User(vec![Diagnostic::bare(e.to_string())]),
            e => CliError::Internal(e.to_string()),
        }
    }
}

impl From<StoreError> for CliError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::Invalid(problems) => CliError::User(problems),
            e if e.is_user_error() => CliError::User(vec![Diagnostic::bare(e.to_string())]),
            e => CliError::Internal(e.to_string()),
        }
    }
}

/// Runs the command line and returns the process exit code.
pub fn run<I, T>(args: I) -> i32
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() { EXIT_USER } else { EXIT_OK };
        }
    };
    let json = cli.command.json();
    let result = match cli.command {
        Command::Validate { paths, json } => design::validate(&paths, json),
        Command::Show {
            path,
            params,
            svg,
            json,
        } => design::show(&path, &params, svg.as_deref(), json),
        Command::Export {
            design,
            format,
            size,
            background,
            paper,
            base_url,
            params,
            makerspace,
            machine,
            materials,
            sheet,
            kerf,
            tool,
            time_limit,
            seed,
            out,
            store,
            json,
        } => export::run_export(export::ExportArgs {
            design,
            format: match format {
                FormatArg::Svg => crate::export::Format::Svg,
                FormatArg::Dxf => crate::export::Format::Dxf,
                FormatArg::Gcode => crate::export::Format::Gcode,
                FormatArg::Pdf => crate::export::Format::Pdf,
                FormatArg::All => crate::export::Format::All,
                FormatArg::Stl => crate::export::Format::Stl,
                FormatArg::Step => crate::export::Format::Step,
                FormatArg::Png => crate::export::Format::Png,
                FormatArg::Okh => crate::export::Format::Okh,
            },
            size,
            background: match background {
                BackgroundArg::White => barnraise_exporters::Background::White,
                BackgroundArg::Transparent => barnraise_exporters::Background::Transparent,
            },
            paper: match paper {
                PaperArg::A4 => barnraise_exporters::Paper::A4,
                PaperArg::Letter => barnraise_exporters::Paper::Letter,
            },
            base_url,
            params,
            makerspace,
            machine,
            materials,
            sheet,
            kerf,
            tool,
            time_limit,
            seed,
            out,
            store,
            json,
        }),
        Command::Makerspace { action } => export::run_makerspace(action),
        Command::Import { kind } => import::run(kind),
        Command::Serve {
            addr,
            base_url,
            jobs,
            admins,
            store,
        } => serve::run(&addr, base_url, jobs, admins, &store),
        other => store::run(other),
    };
    match result {
        Ok(code) => code,
        Err(CliError::User(problems)) => {
            if json {
                let _ = print_json(&ProblemList::from(&problems));
            }
            print_problems(&problems);
            EXIT_USER
        }
        Err(CliError::Internal(msg)) => {
            eprintln!("barnraise: internal error: {msg}");
            EXIT_INTERNAL
        }
        Err(CliError::OutputClosed) => EXIT_OK,
    }
}

fn print_problems(problems: &[Diagnostic]) {
    let stderr = std::io::stderr();
    let mut err = stderr.lock();
    for p in problems {
        let _ = writeln!(err, "{p}");
    }
}

pub(super) fn print_json<T: Serialize>(value: &T) -> Result<(), CliError> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    serde_json::to_writer_pretty(&mut out, value)?;
    writeln!(out)?;
    Ok(())
}

/// A problem as printed by `--json`.
#[derive(Debug, Serialize)]
pub(super) struct JsonProblem<'a> {
    file: Option<String>,
    line: Option<u32>,
    column: Option<u32>,
    path: &'a str,
    message: &'a str,
}

pub(super) struct ProblemList<'a>(pub(super) Vec<JsonProblem<'a>>);

impl<'a> From<&'a [Diagnostic]> for ProblemList<'a> {
    fn from(ds: &'a [Diagnostic]) -> Self {
        ProblemList(
            ds.iter()
                .map(|d| JsonProblem {
                    file: d.file.as_ref().map(|f| f.display().to_string()),
                    line: d.position.map(|p| p.line),
                    column: d.position.map(|p| p.column),
                    path: &d.path,
                    message: &d.message,
                })
                .collect(),
        )
    }
}

impl<'a> From<&'a Vec<Diagnostic>> for ProblemList<'a> {
    fn from(ds: &'a Vec<Diagnostic>) -> Self {
        ProblemList::from(ds.as_slice())
    }
}

impl Serialize for ProblemList<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}
