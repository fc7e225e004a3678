//! Every command and flag, defined once (clap). These are the arguments as typed; each
//! command module turns them into the typed input of its use case.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

/// Barnraise: share open hardware designs globally, make them locally.
#[derive(Debug, Parser)]
#[command(name = "barnraise", version, about, long_about = None)]
pub struct Cli {
    /// Print the result as JSON on stdout (problems too), for scripts.
    #[arg(long, global = true)]
    pub json: bool,
    /// The store (a git repository). Default: $BARNRAISE_STORE, else
    /// $XDG_DATA_HOME/barnraise/store.git (~/.local/share/barnraise/store.git).
    #[arg(long, value_name = "DIR", global = true)]
    pub store: Option<PathBuf>,
    /// The language of build sheets and messages: en, fr, es, sw or de (default: en).
    /// A design's texts are printed in it when the design has a translation.
    #[arg(long, value_name = "LANG", global = true)]
    pub lang: Option<barnraise::i18n::Lang>,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Who makes a change: `--author`, else `$BARNRAISE_AUTHOR`.
#[derive(Debug, Clone, clap::Args)]
pub struct AuthorArg {
    /// Who makes the change: "Name <email>" (default: $BARNRAISE_AUTHOR).
    #[arg(long)]
    pub author: Option<String>,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check design packages and report every problem with file, line and field.
    Validate {
        /// Package folders, manifests, or folders of packages (default: designs/).
        paths: Vec<PathBuf>,
    },
    /// A design evaluated at its parameters: parts with sizes, BOM, cost estimate.
    Show {
        /// Package folder or manifest, or a design's slug in the store.
        design: String,
        /// Override a parameter, e.g. --param thickness=17.4 (repeatable).
        #[arg(long = "param", value_name = "NAME=VALUE")]
        params: Vec<String>,
        /// Also write a drawing of every part (SVG in mm) to this file.
        #[arg(long, value_name = "FILE")]
        svg: Option<PathBuf>,
    },
    /// Create a store and import the shipped designs into it.
    Init {
        /// The URL others will use to reach this store (recorded in forks).
        #[arg(long)]
        url: Option<String>,
        /// Create the store without importing the shipped designs.
        #[arg(long)]
        empty: bool,
    },
    /// Validate a design package folder and commit it to the store.
    Publish {
        /// The package folder.
        dir: PathBuf,
        #[command(flatten)]
        author: AuthorArg,
        /// Commit message.
        #[arg(short, long, default_value = "")]
        message: String,
    },
    /// List the designs in the store.
    List {
        /// Revision (commit, tag or branch; default: main).
        #[arg(long)]
        rev: Option<String>,
    },
    /// Commits that changed a design, newest first.
    History {
        /// Design slug.
        slug: String,
    },
    /// Tag the design's current version as a release (<slug>/v<version>).
    Release {
        /// Design slug.
        slug: String,
        #[command(flatten)]
        author: AuthorArg,
        /// Release notes.
        #[arg(short, long, default_value = "")]
        message: String,
    },
    /// List releases, of one design or all.
    Releases {
        /// Design slug.
        slug: Option<String>,
    },
    /// Copy a design under a new slug, recording where it came from.
    Fork {
        /// The design to fork.
        slug: String,
        /// Slug of the new design.
        new_slug: String,
        #[command(flatten)]
        author: AuthorArg,
        /// Licence of the fork (SPDX); must be allowed by the original's licence.
        #[arg(long)]
        license: Option<String>,
    },
    /// The ancestors and the forks of a design.
    Lineage {
        /// Design slug.
        slug: String,
    },
    /// Everyone who committed to a design and its ancestors.
    Contributors {
        /// Design slug.
        slug: String,
    },
    /// Search the designs: free text, filters (category:, license:, material:, process:,
    /// author:, cost:<50, thickness:3,6, bed:600x400, built:>0, built:works) and facet counts.
    Search {
        /// The query, e.g. "seeder license:CERN-OHL-S-2.0".
        query: String,
        /// Only designs whose every part fits this machine bed, WxH in mm (turning allowed).
        #[arg(long, value_name = "WxH")]
        bed: Option<String>,
        /// Only designs cut from these stocked thicknesses, mm (e.g. 3,6).
        #[arg(long, value_name = "MM,…")]
        thickness: Option<String>,
        /// Only designs buildable at this makerspace (its largest bed and its stock).
        #[arg(long, value_name = "SLUG")]
        makerspace: Option<String>,
        /// Hits to show.
        #[arg(long, default_value_t = 20)]
        limit: usize,
        /// Page of hits, from 1.
        #[arg(long, default_value_t = 1)]
        page: usize,
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
    },
    /// The web app's admins: existing accounts that maintain the designs nobody else
    /// maintains (the shipped ones): they accept proposals to them and change them directly.
    Admin {
        /// What to do.
        #[command(subcommand)]
        action: AdminAction,
    },
    /// Rebuild the search index from the store.
    Reindex,
    /// Cut files for a makerspace (nest the parts on real sheets and write SVG, DXF or
    /// G-code per sheet), the PDF build sheet, or 3D (STL, STEP, PNG), plus manifest.json.
    Export(ExportArgs),
    /// Import other formats as design packages: Open Know-How manifests (okh), DXF and SVG
    /// cut files (dxf, svg).
    Import {
        /// What to import.
        #[command(subcommand)]
        kind: ImportKind,
    },
    /// Projects: several designs, with quantities and parameters, cut as one job.
    Project {
        /// What to do.
        #[command(subcommand)]
        action: ProjectAction,
    },
    /// Makerspace profiles: machines and stock.
    Makerspace {
        /// What to do.
        #[command(subcommand)]
        action: MakerspaceAction,
    },
    /// Build logs: say you built a design (who, where, how it went, what you changed).
    Build {
        /// What to do.
        #[command(subcommand)]
        action: BuildAction,
    },
    /// Manage peers: other stores to sync designs from.
    Peer {
        /// What to do.
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
    },
}

/// `barnraise project …`.
#[derive(Debug, Subcommand)]
pub enum ProjectAction {
    /// List the projects in the store.
    List,
    /// A project: its designs, quantities, total parts, sheets and cost per makerspace.
    Show {
        /// Project slug.
        slug: String,
        /// Revision (commit or tag; default: main).
        #[arg(long)]
        rev: Option<String>,
    },
    /// Create a project in the store (version 1.0.0).
    New {
        /// Slug of the project.
        slug: String,
        /// Its name.
        #[arg(long)]
        name: String,
        /// Notes for whoever cuts it.
        #[arg(long, default_value = "")]
        notes: String,
        /// A design and its quantity, SLUG or SLUG=QUANTITY (repeatable).
        #[arg(long = "design", value_name = "SLUG[=N]")]
        designs: Vec<String>,
        #[command(flatten)]
        author: AuthorArg,
    },
    /// Add a design to a project (or more copies of it), raising the project's version.
    Add {
        /// Project slug.
        project: String,
        /// Design slug.
        design: String,
        /// Copies to add.
        #[arg(long, default_value_t = 1)]
        quantity: u32,
        /// The design's parameter, e.g. --param bench_length=1000 (repeatable).
        #[arg(long = "param", value_name = "NAME=VALUE")]
        params: Vec<String>,
        #[command(flatten)]
        author: AuthorArg,
    },
    /// Validate a project.toml (file or folder) against the store and commit it.
    Publish {
        /// The project.toml file, or its folder.
        file: PathBuf,
        #[command(flatten)]
        author: AuthorArg,
    },
    /// Copy a project under a new slug, recording where it came from.
    Fork {
        /// The project to fork.
        slug: String,
        /// Slug of the new project.
        new_slug: String,
        /// Name of the new project (default: the original's).
        #[arg(long)]
        name: Option<String>,
        #[command(flatten)]
        author: AuthorArg,
    },
}

/// Arguments of `barnraise export`.
#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// Design slug (from the store) or package folder / design.toml.
    #[arg(required_unless_present = "project", conflicts_with = "project")]
    pub design: Option<String>,
    /// Export a project instead: its slug in the store, or a project.toml file or folder.
    /// Parts of the same stock from every design are nested together on shared sheets.
    #[arg(long, value_name = "SLUG|FILE")]
    pub project: Option<String>,
    /// svg (laser), dxf (CNC, nominal geometry), gcode (GRBL, tool offset applied), pdf
    /// (build sheet), all (the machine's cut files and the build sheet; the machine is
    /// a laser or a CNC router as most of the design's parts are), or 3D: stl (binary,
    /// the assembly and each part), step (one named solid per part copy), png (preview);
    /// or okh (an Open Know-How okh.toml).
    #[arg(long, value_enum, default_value = "all")]
    pub format: FormatArg,
    /// Size of the PNG preview in pixels.
    #[arg(long, value_name = "WxH", default_value = "800x600")]
    pub size: String,
    /// Background of the PNG preview.
    #[arg(long, value_enum, default_value = "white")]
    pub background: BackgroundArg,
    /// Paper for the build sheet.
    #[arg(long, value_enum, default_value = "a4")]
    pub paper: PaperArg,
    /// Base URL of the web app, for the build sheet's link and QR code.
    #[arg(long, default_value = "http://127.0.0.1:8080")]
    pub base_url: String,
    /// Override a parameter, e.g. --param clearance=0.2 (repeatable).
    #[arg(long = "param", value_name = "NAME=VALUE")]
    pub params: Vec<String>,
    /// Makerspace slug in the store, or a profile file (makerspaces/<slug>.toml).
    #[arg(long)]
    pub makerspace: Option<String>,
    /// Machine id in the makerspace (default: its laser for svg, its CNC for dxf/gcode).
    #[arg(long)]
    pub machine: Option<String>,
    /// Stock to use: <stock-id>, or <material>=<stock-id> when the design has several.
    #[arg(long = "material", value_name = "STOCK")]
    pub materials: Vec<String>,
    /// Sheet size in mm, e.g. 2440x1220 (default: the stock's sheet, else the bed).
    #[arg(long, value_name = "WxH")]
    pub sheet: Option<String>,
    /// Laser kerf in mm (default: the machine's, else 0.15).
    #[arg(long)]
    pub kerf: Option<f64>,
    /// CNC bit diameter in mm (default: the machine's first, else 6.35).
    #[arg(long)]
    pub tool: Option<f64>,
    /// Seconds to spend improving the nesting (0: the first layout only; the first layout
    /// itself is capped at 20 s per sheet material).
    #[arg(long, default_value_t = barnraise::app::exports::DEFAULT_TIME_LIMIT)]
    pub time_limit: f64,
    /// Seed for the nesting (same seed, same layout when the search ends early).
    #[arg(long, default_value_t = barnraise::app::exports::DEFAULT_SEED)]
    pub seed: u64,
    /// Output folder (created if missing).
    #[arg(long)]
    pub out: PathBuf,
}

/// Output formats of `export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
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
    List,
    /// Check profile files and report every problem with its line.
    Check {
        /// Profile files (<slug>.toml).
        files: Vec<PathBuf>,
    },
    /// Validate a profile and commit it to the store.
    Publish {
        /// The profile file (<slug>.toml).
        file: PathBuf,
        #[command(flatten)]
        author: AuthorArg,
    },
}

/// `barnraise build …`
#[derive(Debug, Subcommand)]
pub enum BuildAction {
    /// Log a build of a design: the log file (see docs/build-log.md), its photos, and the
    /// export's manifest.json if you cut Barnraise's files (the build is then verified).
    Add {
        /// The design built.
        slug: String,
        /// The build log (TOML).
        #[arg(long, value_name = "FILE")]
        file: PathBuf,
        /// A photo of the build, PNG or JPEG, at most 5 MB (repeatable).
        #[arg(long = "photo", value_name = "FILE")]
        photos: Vec<PathBuf>,
        /// The manifest.json of the export whose files you cut.
        #[arg(long, value_name = "FILE")]
        manifest: Option<PathBuf>,
        #[command(flatten)]
        author: AuthorArg,
    },
    /// The builds of a design, newest first, counted by outcome.
    List {
        /// The design.
        slug: String,
    },
    /// An Atom feed, as the web app serves it: new and changed designs, or with a slug that
    /// design's changes and builds, or with --makerspace the builds made there.
    Feed {
        /// The design (default: every design's additions and changes).
        slug: Option<String>,
        /// The builds logged at this makerspace instead.
        #[arg(long, value_name = "SLUG", conflicts_with = "slug")]
        makerspace: Option<String>,
        /// Base URL of the web app, for the feed's links.
        #[arg(long, default_value = "http://127.0.0.1:8080")]
        base_url: String,
    },
}

/// `barnraise admin …`
#[derive(Debug, Subcommand)]
pub enum AdminAction {
    /// Make an existing account an admin.
    Add {
        /// Its username.
        username: String,
    },
    /// End an account's admin role.
    Remove {
        /// Its username.
        username: String,
    },
    /// List the admins.
    List,
}

/// `barnraise peer …`
#[derive(Debug, Subcommand)]
pub enum PeerAction {
    /// Add another store as a peer.
    Add {
        /// A short name (e.g. leeds-makerspace).
        name: String,
        /// Its git URL: file:// or a path, https://host/… (server certificates are checked
        /// against the system's CAs, the bundle in $SSL_CERT_FILE, or --ca), or
        /// ssh://user@host/… (host keys are checked against ~/.ssh/known_hosts).
        url: String,
        /// The private key for an ssh:// URL (default: the ssh agent).
        #[arg(long, value_name = "FILE")]
        ssh_key: Option<PathBuf>,
        /// The peer's own CA for an https:// URL, as a PEM file: its certificate must chain to
        /// one in the file (the system's CAs are then not used for it). The file is copied
        /// into the store.
        #[arg(long, value_name = "FILE")]
        ca: Option<PathBuf>,
    },
    /// List peers.
    List,
    /// Updates from peers waiting for review: peers that are not a design's home (nor trusted
    /// for it), versions not raised, designs changed on both sides.
    Pending,
    /// Take a peer's pending version of a design onto main (its version must be above ours).
    Accept {
        /// The peer.
        peer: String,
        /// The design.
        slug: String,
        /// Who accepts: "Name <email>" (default: $BARNRAISE_AUTHOR).
        #[arg(long)]
        author: Option<String>,
    },
    /// Refuse a peer's pending version of a design; it is not offered again.
    Refuse {
        /// The peer.
        peer: String,
        /// The design.
        slug: String,
    },
    /// Trust a peer to update designs as their home does: every design, or those named.
    Trust {
        /// The peer.
        peer: String,
        /// Only this design (repeatable).
        #[arg(long = "design", value_name = "SLUG")]
        designs: Vec<String>,
    },
    /// Take back trust given by `peer trust`: for the designs named, or all of it. Designs
    /// whose home the peer is stay so.
    Untrust {
        /// The peer.
        peer: String,
        /// Only this design (repeatable).
        #[arg(long = "design", value_name = "SLUG")]
        designs: Vec<String>,
    },
}

/// `barnraise import …`
#[derive(Debug, Subcommand)]
pub enum ImportKind {
    /// Open Know-How manifests (OKH-LOSH okh.toml, OKH v1 okh.yml): one file, or every
    /// okh.toml / okh.yml in a folder tree. Writes one design package per manifest.
    Okh {
        /// A manifest, or a folder to search for manifests.
        path: PathBuf,
        /// Folder to write the packages in, as <out>/<slug>/ (default: the current folder,
        /// or none with --into-store).
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
        /// Also publish each imported package to the store.
        #[arg(long)]
        into_store: bool,
        /// Who publishes (with --into-store): "Name <email>" (default: $BARNRAISE_AUTHOR).
        #[arg(long)]
        author: Option<String>,
    },
    /// A DXF cut file: closed contours become parts (outline + holes by containment),
    /// texts on them engrave labels; units from $INSUNITS. Writes <out>/<slug>/.
    Dxf(CutFileArgs),
    /// An SVG cut file: closed paths and shapes become parts (outline + holes by
    /// containment); red/other strokes cut, blue (#0000ff) strokes score, black fills and
    /// engraving layers engrave, texts on parts become engrave labels. Units from
    /// width/height/viewBox (unitless: px at 96 dpi, with a warning). Writes <out>/<slug>/.
    Svg(CutFileArgs),
}

/// Options shared by the cut-file importers.
#[derive(Debug, clap::Args)]
pub struct CutFileArgs {
    /// The cut file, and more files for the same sheet (a pocket file…), imported together.
    #[arg(required = true, num_args = 1..)]
    pub files: Vec<PathBuf>,
    /// Slug of the new design.
    #[arg(long = "design", value_name = "SLUG")]
    pub slug: String,
    /// Sheet thickness in mm (default: from a sheet layer's name, else 18 for cnc, 3 for laser).
    #[arg(long)]
    pub thickness: Option<f64>,
    /// One drawing unit is one of these (default: from the file and its sizes).
    #[arg(long, value_parser = ["mm", "cm", "m", "in", "ft", "pt", "px"])]
    pub units: Option<String>,
    /// Pixels per inch for px (96 CSS, 90 old Inkscape, 72 Illustrator).
    #[arg(long)]
    pub dpi: Option<f64>,
    /// Leave out an item by its id (as the warnings and --json list them); repeatable.
    #[arg(long, value_name = "ID")]
    pub exclude: Vec<String>,
    /// How the parts are cut.
    #[arg(long, value_enum, default_value = "laser")]
    pub process: ProcessArg,
    /// Name of the design (default: from the slug).
    #[arg(long)]
    pub name: Option<String>,
    /// SPDX licence of the design (default: LicenseRef-unknown, with a warning).
    #[arg(long)]
    pub license: Option<String>,
    /// Author, "Name <email>" (default: $BARNRAISE_AUTHOR, else Unknown).
    #[arg(long)]
    pub author: Option<String>,
    /// Where the files came from, recorded in the design's lineage: URL or URL@commit.
    #[arg(long, value_name = "URL[@COMMIT]")]
    pub source: Option<String>,
    /// Read colours as this makerspace's profile says (`[import.colours]`): a slug in the
    /// store, or a profile file.
    #[arg(long)]
    pub makerspace: Option<String>,
    /// Folder to write the package in, as <out>/<slug>/ (default: the current folder).
    #[arg(long, value_name = "DIR", default_value = ".")]
    pub out: PathBuf,
}

/// How imported parts are cut.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum ProcessArg {
    /// Laser cutter.
    Laser,
    /// CNC router.
    Cnc,
}
