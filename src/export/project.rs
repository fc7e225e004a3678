//! A project's export: several designs, each at its own parameters and quantity, cut as one
//! job. The phases are a design export's, run over every design: [`super::plan`] and
//! evaluation per design (one machine for the whole job), [`super::prepare`] per design and
//! material, then parts of the same stock from every design pooled and nested together on
//! shared sheets, [`super::write`] with labels unique across the job (`design#copy/label`),
//! one build sheet per design plus a project cover (the cut plan, every sheet, the total
//! cost), and one `manifest.json` for the whole job with every file's SHA-256.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, Instant};

use barnraise_exporters::{BomRow, BuildSheet, CutRow, SheetPage, Step};
use serde::Serialize;
use sha2::{Digest, Sha256};

use super::manifest::{self, BomLineOut, BuildSheetSummary, MaterialReport, OutFile, StockChoice};
use super::prepare::{PartOrigin, PreparedMaterial};
use super::write::{self, SheetNames};
use super::{
    CutFile, CutFormat, ExportError, ExportPlan, ExportRequest, MachineSetup, SheetContext,
    check_thicknesses, evaluate, plan, prepare, sheet,
};
use crate::geometry;
use crate::i18n::{Arg, Message, tr};
use crate::model::{Design, EvaluatedDesign, Makerspace, format_number};
use crate::nest::{self, NestOptions, NestPart, Progress};

/// One design of a project job.
#[derive(Debug, Clone)]
pub struct JobDesign<'a> {
    /// The design.
    pub design: &'a Design,
    /// The store revision it was read at.
    pub revision: Option<String>,
    /// Copies to cut.
    pub quantity: u32,
    /// Parameter overrides, checked against the design.
    pub params: BTreeMap<String, f64>,
    /// Its build sheet's context (lineage, contributors, files, URL, paper).
    pub context: SheetContext,
}

/// What project to export and for where.
#[derive(Debug, Clone)]
pub struct ProjectRequest<'a> {
    /// Project slug (file names start with it).
    pub slug: String,
    /// Project name.
    pub name: String,
    /// Project version.
    pub version: String,
    /// Project notes, printed on the cover.
    pub notes: String,
    /// The store revision the project was read at.
    pub revision: Option<String>,
    /// The designs, in the project's order.
    pub designs: Vec<JobDesign<'a>>,
    /// Output format.
    pub format: CutFormat,
    /// The makerspace, if one is chosen.
    pub makerspace: Option<&'a Makerspace>,
    /// Machine id within the makerspace (default: the one the first design needs).
    pub machine: Option<String>,
    /// Sheet size override, mm.
    pub sheet: Option<[f64; 2]>,
    /// Laser kerf override, mm.
    pub kerf: Option<f64>,
    /// CNC bit diameter override, mm.
    pub tool: Option<f64>,
    /// Nesting time budget per material.
    pub time_limit: Duration,
    /// Nesting seed.
    pub seed: u64,
}

/// One design as the job's manifest describes it.
#[derive(Debug, Clone, Serialize)]
pub struct JobDesignOut {
    /// Design slug.
    pub design: String,
    /// Design name.
    pub name: String,
    /// Design version.
    pub version: String,
    /// Store revision it was read at.
    pub revision: Option<String>,
    /// Copies cut.
    pub quantity: u32,
    /// Every parameter value used (overrides and measured thickness included).
    pub parameters: BTreeMap<String, f64>,
    /// Part copies in one copy of the design (of the parts this machine cuts).
    pub parts_per_copy: u64,
    /// Its build sheet's file, when one was written.
    pub build_sheet: Option<String>,
}

/// One file of the job.
#[derive(Debug, Clone, Serialize)]
pub struct JobFile {
    /// The file as a design export's manifest lists it.
    #[serde(flatten)]
    pub file: OutFile,
    /// Designs with parts on this sheet (or the design of a build sheet), in order.
    pub designs: Vec<String>,
    /// SHA-256 of the file's bytes, hex.
    pub sha256: String,
}

/// What the job costs: the sheets used (priced per sheet at the makerspace) and every
/// design's hardware times its quantity.
#[derive(Debug, Clone, Default, Serialize)]
pub struct JobCost {
    /// Currency of every figure.
    pub currency: String,
    /// Sheets used, priced (sheets without a price count 0).
    pub sheets: f64,
    /// Hardware in that currency.
    pub hardware: f64,
    /// Sheets plus hardware.
    pub total: f64,
    /// Hardware totals in other currencies, not converted and not in `total`.
    pub other_currencies: BTreeMap<String, f64>,
}

/// What a project job's `manifest.json` says.
#[derive(Debug, Clone, Serialize)]
pub struct ProjectManifest {
    /// Project slug.
    pub project: String,
    /// Project name.
    pub name: String,
    /// Project version.
    pub version: String,
    /// Store revision the project was read at.
    pub revision: Option<String>,
    /// The designs, in the project's order.
    pub designs: Vec<JobDesignOut>,
    /// Format written.
    pub format: CutFormat,
    /// Makerspace slug, if any.
    pub makerspace: Option<String>,
    /// Machine used for the whole job.
    pub machine: MachineSetup,
    /// Stock per shared material (`material` is the stock id, or kind and thickness).
    pub stock: Vec<StockChoice>,
    /// Files written, in order.
    pub files: Vec<JobFile>,
    /// Nesting per shared material.
    pub nesting: Vec<MaterialReport>,
    /// Sheets used in all.
    pub sheets_used: usize,
    /// Σ lower bounds.
    pub lower_bound: usize,
    /// Σ part area / Σ sheet area over all sheets.
    pub utilisation: f64,
    /// Part copies in all.
    pub parts: usize,
    /// What the job costs.
    pub cost: JobCost,
    /// Seed used.
    pub seed: u64,
    /// Things the maker should know, in English.
    pub notes: Vec<String>,
    /// The same as catalogue messages (`{code, args}`), for other languages.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub note_codes: Vec<crate::i18n::Message>,
    /// The project cover, when one was written.
    pub cover: Option<BuildSheetSummary>,
    /// Where the time went, seconds.
    pub timings: super::Timings,
}

fn money(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A design's error, said to be that design's.
fn in_design(slug: &str, e: ExportError) -> ExportError {
    match e {
        ExportError::Design(ds) => ExportError::Design(
            ds.into_iter()
                .map(|mut d| {
                    d.message = format!("{slug}: {}", d.message);
                    d
                })
                .collect(),
        ),
        ExportError::Unbuildable { message, hint } => ExportError::Unbuildable {
            message: match message.message() {
                Some(m) => Message::new("refusal-in-design")
                    .arg("slug", slug)
                    .arg("message", m.clone())
                    .into(),
                None => format!("{slug}: {message}").into(),
            },
            hint,
        },
        e => e,
    }
}

/// The shared material a design's stock choice belongs to: the makerspace's stock id, else
/// the material's kind and thickness (`plywood-18mm`).
fn pool_key(design: &Design, choice: &StockChoice) -> String {
    match &choice.stock {
        Some(s) => s.clone(),
        None => {
            let kind = design
                .material(&choice.material)
                .map_or(choice.material.as_str(), |m| m.kind.as_str());
            format!("{kind}-{}mm", format_number(choice.thickness)).replace('.', "-")
        }
    }
}

/// One shared material: its stock and the parts of every design cut from it.
struct Pool<'e> {
    choice: StockChoice,
    name: String,
    prepared: PreparedMaterial<'e>,
}

/// Runs a project export into `out_dir` (created if missing). `progress` sees nesting
/// progress per shared material.
pub fn export_project(
    req: &ProjectRequest<'_>,
    out_dir: &Path,
    progress: &mut dyn FnMut(&str, Progress),
) -> Result<ProjectManifest, ExportError> {
    let started = Instant::now();
    if req.designs.is_empty() {
        return Err(ExportError::unbuildable(
            Message::new("refusal-export-project-no-designs").arg("slug", &req.slug),
        ));
    }
    // Plan and evaluate every design; the first decides the machine for all.
    let mut reqs: Vec<ExportRequest<'_>> = Vec::with_capacity(req.designs.len());
    let mut plans: Vec<ExportPlan> = Vec::with_capacity(req.designs.len());
    let mut evs: Vec<EvaluatedDesign> = Vec::with_capacity(req.designs.len());
    let mut machine = req.machine.clone();
    let mut notes = Vec::new();
    for d in &req.designs {
        let slug = &d.design.slug;
        let r = ExportRequest {
            design: d.design,
            revision: d.revision.clone(),
            params: d.params.clone(),
            format: req.format,
            makerspace: req.makerspace,
            machine: machine.clone(),
            materials: Vec::new(),
            sheet: req.sheet,
            kerf: req.kerf,
            tool: req.tool,
            time_limit: req.time_limit,
            seed: req.seed,
            context: d.context.clone(),
        };
        let mut p = plan::plan(&r).map_err(|e| in_design(slug, e))?;
        let ev = evaluate(d.design, &p.values).map_err(|e| in_design(slug, e))?;
        check_thicknesses(&mut p, &ev).map_err(|e| in_design(slug, e))?;
        if let Some(first) = plans.first()
            && first.setup.kind != p.setup.kind
        {
            return Err(ExportError::unbuildable(
                Message::new("refusal-export-project-two-machines")
                    .arg("first", &req.designs[0].design.slug)
                    .arg("first_kind", first.setup.kind.as_str())
                    .arg("slug", slug)
                    .arg("kind", p.setup.kind.as_str()),
            ));
        }
        if req.makerspace.is_some() && machine.is_none() {
            machine = Some(p.setup.id.clone());
        }
        notes.extend(
            std::mem::take(&mut p.notes)
                .into_iter()
                .map(|n| of_design(slug, n)),
        );
        reqs.push(r);
        plans.push(p);
        evs.push(ev);
    }
    std::fs::create_dir_all(out_dir).map_err(|source| ExportError::Write {
        path: out_dir.to_path_buf(),
        source,
    })?;
    let setup = plans[0].setup.clone();
    let kinds = req.format.files(setup.kind);

    // Prepare every design's materials and pool them by stock.
    let mut pools: Vec<Pool<'_>> = Vec::new();
    let mut parts_per_copy = vec![0u64; req.designs.len()];
    for (i, d) in req.designs.iter().enumerate() {
        let slug = &d.design.slug;
        for choice in &plans[i].choices {
            let mut design_notes = Vec::new();
            let Some(p) = prepare::prepare(&evs[i], choice, &plans[i], &mut design_notes)
                .map_err(|e| in_design(slug, e))?
            else {
                continue;
            };
            notes.extend(design_notes.into_iter().map(|n| of_design(slug, n)));
            parts_per_copy[i] += p.copies() as u64;
            let key = pool_key(d.design, choice);
            let at = match pools.iter().position(|p| p.choice.material == key) {
                Some(at) => at,
                None => {
                    let mut shared = choice.clone();
                    shared.material = key.clone();
                    let name = write::material_name(d.design, &choice.material);
                    pools.push(Pool {
                        choice: shared,
                        name: if choice.stock.is_some() {
                            format!("{name} ({key})")
                        } else {
                            name
                        },
                        prepared: PreparedMaterial {
                            parts: Vec::new(),
                            polygons: Vec::new(),
                            marks: Vec::new(),
                            nest_parts: Vec::new(),
                            origins: Vec::new(),
                        },
                    });
                    pools.len() - 1
                }
            };
            let pool = &mut pools[at].prepared;
            for (j, part) in p.parts.iter().enumerate() {
                let np = &p.nest_parts[j];
                pool.parts.push(part);
                pool.polygons.push(p.polygons[j].clone());
                pool.marks.push(p.marks[j].clone());
                pool.nest_parts.push(NestPart {
                    label: format!("{slug}/{}", np.label),
                    polygon: np.polygon.clone(),
                    quantity: np.quantity.saturating_mul(d.quantity),
                    rotations: np.rotations.clone(),
                });
                pool.origins.push(Some(PartOrigin {
                    design: slug.clone(),
                    per_copy: np.quantity,
                }));
            }
        }
    }
    if pools.is_empty() {
        return Err(ExportError::unbuildable(
            Message::new("refusal-export-project-no-parts").arg("slug", &req.slug),
        ));
    }

    // Nest each shared material and write its sheets.
    let names_title = format!("{} {}", req.name, req.version);
    let mut files: Vec<OutFile> = Vec::new();
    let mut pages: Vec<SheetPage> = Vec::new();
    let mut drawings = Vec::new();
    let mut reports = Vec::new();
    let mut sheet_counts: Vec<(StockChoice, usize)> = Vec::new();
    let (mut sheet_area, mut part_area, mut nest_seconds) = (0.0, 0.0, 0.0);
    for pool in &pools {
        let opts = NestOptions {
            sheet: pool.choice.sheet,
            margin: setup.margin,
            spacing: setup.spacing,
            time_limit: req.time_limit,
            seed: req.seed,
            ..NestOptions::default()
        };
        let t = Instant::now();
        let outcome = nest::nest(&pool.prepared.nest_parts, &opts, &mut |p| {
            progress(&pool.choice.material, p)
        })?;
        nest_seconds += t.elapsed().as_secs_f64();
        let names = SheetNames {
            stem: req.slug.clone(),
            title: names_title.clone(),
            material: pool.name.clone(),
        };
        let written = write::write_sheets(
            &names,
            &pool.prepared,
            &outcome,
            &pool.choice,
            &plans[0],
            &kinds,
            out_dir,
        )?;
        files.extend(written.files);
        pages.extend(written.pages);
        drawings.extend(written.drawings);
        sheet_counts.push((pool.choice.clone(), outcome.sheets.len()));
        sheet_area += outcome.sheets.len() as f64 * pool.choice.sheet[0] * pool.choice.sheet[1];
        part_area += outcome.part_area;
        reports.push(MaterialReport {
            material: pool.choice.material.clone(),
            sheets: outcome.sheets.len(),
            lower_bound: outcome.lower_bound,
            utilisation: outcome.utilisation,
            parts: pool.prepared.copies(),
            iterations: outcome.iterations,
            seconds: outcome.seconds,
        });
    }

    // One build sheet per design, then the cover.
    let pdf_started = Instant::now();
    let mut build_sheets: Vec<Option<String>> = vec![None; req.designs.len()];
    let mut cover = None;
    let cost = job_cost(req, &evs, &sheet_counts);
    if kinds.contains(&CutFile::Pdf) {
        let mut first = None;
        for i in 0..req.designs.len() {
            let d = req.designs[i].design;
            let bs = sheet::build_sheet(d, &evs[i], &reqs[i], &plans[i], &[], Vec::new())
                .map_err(|e| in_design(&d.slug, e))?;
            let (_, file) = super::write_built_sheet(d, &evs[i], &bs, out_dir)?;
            if i == 0 {
                first = Some(bs);
            }
            build_sheets[i] = Some(file.file.clone());
            files.push(file);
        }
        let first = first.ok_or_else(|| ExportError::Internal("no first build sheet".into()))?;
        let (summary, file) = write_cover(
            req,
            first,
            &reqs[0],
            &evs,
            &sheet_counts,
            pages,
            &cost,
            out_dir,
        )?;
        files.push(file);
        cover = Some(summary);
    }
    let pdf_seconds = pdf_started.elapsed().as_secs_f64();

    let mut job_files = Vec::with_capacity(files.len());
    for f in files {
        let bytes = std::fs::read(out_dir.join(&f.file)).map_err(|source| ExportError::Write {
            path: out_dir.join(&f.file),
            source,
        })?;
        let mut designs: Vec<String> = Vec::new();
        for l in &f.labels {
            let d = l.split('#').next().unwrap_or(l).to_string();
            if !designs.contains(&d) {
                designs.push(d);
            }
        }
        if f.kind == CutFile::Pdf
            && let Some(i) = build_sheets
                .iter()
                .position(|b| b.as_deref() == Some(f.file.as_str()))
        {
            designs = vec![req.designs[i].design.slug.clone()];
        }
        job_files.push(JobFile {
            sha256: sha256_hex(&bytes),
            designs,
            file: f,
        });
    }
    let mut machine_out = setup;
    machine_out.cnc = None;
    let manifest = ProjectManifest {
        project: req.slug.clone(),
        name: req.name.clone(),
        version: req.version.clone(),
        revision: req.revision.clone(),
        designs: req
            .designs
            .iter()
            .enumerate()
            .map(|(i, d)| JobDesignOut {
                design: d.design.slug.clone(),
                name: d.design.name.clone(),
                version: d.design.version.to_string(),
                revision: d.revision.clone(),
                quantity: d.quantity,
                parameters: evs[i]
                    .values
                    .iter()
                    .map(|(k, v)| (k.to_string(), *v))
                    .collect(),
                parts_per_copy: parts_per_copy[i],
                build_sheet: build_sheets[i].clone(),
            })
            .collect(),
        format: req.format,
        makerspace: req.makerspace.map(|m| m.slug.clone()),
        machine: machine_out,
        stock: pools.iter().map(|p| p.choice.clone()).collect(),
        files: job_files,
        sheets_used: reports.iter().map(|r| r.sheets).sum(),
        lower_bound: reports.iter().map(|r| r.lower_bound).sum(),
        parts: reports.iter().map(|r| r.parts).sum(),
        nesting: reports,
        utilisation: if sheet_area > 0.0 {
            part_area / sheet_area
        } else {
            0.0
        },
        cost,
        seed: req.seed,
        notes: notes
            .iter()
            .map(|n| n.text(crate::i18n::Lang::En))
            .collect(),
        note_codes: notes,
        cover,
        timings: super::Timings {
            total: started.elapsed().as_secs_f64(),
            nesting: nest_seconds,
            build_sheet: pdf_seconds,
        },
    };
    super::write_drawings(out_dir, &drawings)?;
    let json =
        serde_json::to_vec_pretty(&manifest).map_err(|e| ExportError::Internal(e.to_string()))?;
    write::write_file(out_dir, "manifest.json", &json)?;
    Ok(manifest)
}

/// The job's currency: the makerspace's, else the first design's.
fn currency(req: &ProjectRequest<'_>) -> String {
    req.makerspace.map_or_else(
        || req.designs[0].design.currency.clone(),
        |m| m.currency.clone(),
    )
}

fn job_cost(
    req: &ProjectRequest<'_>,
    evs: &[EvaluatedDesign],
    sheet_counts: &[(StockChoice, usize)],
) -> JobCost {
    let currency = currency(req);
    let sheets: f64 = sheet_counts
        .iter()
        .map(|(c, n)| c.price.unwrap_or(0.0) * *n as f64)
        .sum();
    let mut hardware = 0.0;
    let mut other: BTreeMap<String, f64> = BTreeMap::new();
    for (d, ev) in req.designs.iter().zip(evs) {
        for (cur, total) in ev.bom_totals() {
            let v = total * f64::from(d.quantity);
            if cur == currency {
                hardware += v;
            } else {
                *other.entry(cur).or_default() += v;
            }
        }
    }
    JobCost {
        sheets: money(sheets),
        hardware: money(hardware),
        total: money(sheets + hardware),
        other_currencies: other.into_iter().map(|(c, v)| (c, money(v))).collect(),
        currency,
    }
}

/// The project cover: the first design's build sheet (`cover`) made over into the job's — the cut
/// plan (every part copy with its job label), every shared sheet, the sheets and hardware
/// of all designs priced, and one step per design pointing at its build sheet.
#[allow(clippy::too_many_arguments)]
fn write_cover(
    req: &ProjectRequest<'_>,
    mut cover: BuildSheet,
    first: &ExportRequest<'_>,
    evs: &[EvaluatedDesign],
    sheet_counts: &[(StockChoice, usize)],
    pages: Vec<SheetPage>,
    cost: &JobCost,
    out_dir: &Path,
) -> Result<(BuildSheetSummary, OutFile), ExportError> {
    let currency = cost.currency.clone();
    let supplier = req.makerspace.map(|m| m.name.clone());
    let lang = first.context.language;
    let text = |s: &str| Arg::Text(s.to_string());
    let mut bom: Vec<BomRow> = sheet_counts
        .iter()
        .map(|(c, n)| BomRow {
            item: {
                let item = tr(
                    lang,
                    "sheet-stock-item",
                    &[
                        ("material", text(&c.material)),
                        ("width", text(&format_number(c.sheet[0]))),
                        ("height", text(&format_number(c.sheet[1]))),
                        ("thickness", text(&format_number(c.thickness))),
                    ],
                );
                match c.price {
                    Some(_) => item,
                    None => format!("{item} {}", tr(lang, "sheet-price-ask", &[])),
                }
            },
            quantity: n.to_string(),
            unit: tr(lang, "sheet-unit-sheet", &[]),
            unit_cost: money(c.price.unwrap_or(0.0)),
            total: money(c.price.unwrap_or(0.0) * *n as f64),
            supplier: c.stock.as_ref().and(supplier.clone()),
        })
        .collect();
    let mut cut_list = Vec::new();
    let mut steps = Vec::new();
    let mut tools: Vec<String> = Vec::new();
    let mut licences: Vec<String> = Vec::new();
    let mut obligations: Vec<String> = Vec::new();
    let mut authors: Vec<String> = Vec::new();
    for (d, ev) in req.designs.iter().zip(evs) {
        let slug = &d.design.slug;
        for line in &ev.bom {
            let same = line.currency == currency;
            let total = line.total * f64::from(d.quantity);
            bom.push(BomRow {
                item: if same {
                    tr(
                        lang,
                        "cover-item-of",
                        &[("item", text(&line.item)), ("slug", text(slug))],
                    )
                } else {
                    tr(
                        lang,
                        "cover-item-not-converted",
                        &[
                            ("item", text(&line.item)),
                            ("slug", text(slug)),
                            ("cost", text(&format_number(line.unit_cost))),
                            ("currency", text(&line.currency)),
                        ],
                    )
                },
                quantity: format_number(line.quantity * f64::from(d.quantity)),
                unit: line.unit.clone(),
                unit_cost: if same { money(line.unit_cost) } else { 0.0 },
                total: if same { money(total) } else { 0.0 },
                supplier: line.supplier.clone(),
            });
        }
        let mut sizes = Vec::with_capacity(ev.parts.len());
        for part in &ev.parts {
            let prof = geometry::part_profile(part)
                .map_err(|ds| in_design(slug, ExportError::Design(ds)))?;
            sizes.push(prof.size());
        }
        for copy in 1..=d.quantity {
            for (part, size) in ev.parts.iter().zip(&sizes) {
                let thickness = sheet_counts
                    .first()
                    .map_or(part.thickness, |(c, _)| c.thickness);
                cut_list.push(CutRow {
                    label: format!("{slug}#{copy}/{}", part.label),
                    name: format!("{}: {}", d.design.name, part.name),
                    quantity: part.quantity,
                    material: write::material_name(d.design, &part.material),
                    thickness,
                    size: *size,
                });
            }
        }
        steps.push(Step {
            title: format!("{} × {}", d.design.name, d.quantity),
            text: tr(
                lang,
                "cover-step",
                &[
                    ("slug", text(slug)),
                    ("copies", Arg::from(d.quantity)),
                    ("file", text(&format!("{slug}-build-sheet.pdf"))),
                    ("version", text(&d.design.version.to_string())),
                ],
            ),
            parts: Vec::new(),
            image_png: None,
        });
        for t in &d.design.assembly.tools {
            if !tools.contains(t) {
                tools.push(t.clone());
            }
        }
        if !licences.contains(&d.design.license) {
            licences.push(d.design.license.clone());
            for o in crate::licence::summary(&d.design.license).obligations {
                let o = format!("{slug}: {o}");
                if !obligations.contains(&o) {
                    obligations.push(o);
                }
            }
        }
        for a in &d.design.authors {
            let a = format!("{a} ({slug})");
            if !authors.contains(&a) {
                authors.push(a);
            }
        }
    }
    let n_designs = req.designs.len();
    cover.title = req.name.clone();
    let copies: u64 = cut_list.iter().map(|r| u64::from(r.quantity)).sum();
    cover.summary = if req.notes.is_empty() {
        tr(
            lang,
            "cover-summary",
            &[
                ("designs", Arg::Number(n_designs as f64)),
                ("copies", Arg::Number(copies as f64)),
            ],
        )
    } else {
        req.notes.clone()
    };
    cover.version = req.version.clone();
    cover.revision = req.revision.clone();
    cover.licence = licences.join(" / ");
    cover.obligations = obligations;
    cover.authors = authors;
    cover.lineage = Vec::new();
    cover.contributors = Vec::new();
    cover.url = format!(
        "{}/projects/{}",
        first.context.base_url.trim_end_matches('/'),
        req.slug
    );
    cover.preview_png = None;
    cover.preview = None;
    cover.currency = currency;
    cover.bom_total = money(bom.iter().map(|r| r.total).sum());
    cover.bom = bom;
    cover.cut_list = cut_list;
    cover.sheets = pages;
    cover.tools = tools;
    cover.steps = steps;
    cover.fit_test = None;
    cover.footer = tr(
        lang,
        "cover-footer",
        &[
            ("slug", text(&req.slug)),
            ("version", text(&req.version)),
            ("designs", Arg::Number(n_designs as f64)),
        ],
    );
    let (bytes, page_plan) = barnraise_exporters::pdf::write_pdf_with_plan(&cover)
        .map_err(|e| ExportError::Internal(e.to_string()))?;
    let name = format!("{}-project-cover.pdf", req.slug);
    write::write_file(out_dir, &name, &bytes)?;
    let summary = BuildSheetSummary {
        pages: page_plan.len(),
        plan: page_plan.into_iter().map(manifest::page_name).collect(),
        currency: cover.currency.clone(),
        bom: cover
            .bom
            .iter()
            .map(|r| BomLineOut {
                item: r.item.clone(),
                quantity: r.quantity.clone(),
                unit: r.unit.clone(),
                unit_cost: r.unit_cost,
                total: r.total,
            })
            .collect(),
        bom_total: cover.bom_total,
        url: cover.url.clone(),
        lineage: Vec::new(),
        contributors: Vec::new(),
        labels: cover.cut_list.iter().map(|r| r.label.clone()).collect(),
    };
    let file = OutFile {
        file: name,
        kind: CutFile::Pdf,
        sheet: 0,
        material: String::new(),
        labels: Vec::new(),
        utilisation: 0.0,
    };
    Ok((summary, file))
}

/// A design's note in a project's job: "slug: note".
fn of_design(slug: &impl std::fmt::Display, note: crate::i18n::Message) -> crate::i18n::Message {
    crate::i18n::Message::new("note-of-design")
        .arg("slug", slug.to_string())
        .arg("note", note)
}
