//! The first phase of an export: which machine, which stock for each material, and the
//! parameter values to evaluate at (the makerspace's measured thickness as the thickness
//! parameter). Nothing is evaluated or drawn here.

use std::collections::BTreeMap;

use barnraise_exporters::CncSettings;
use serde::Serialize;

use super::{CutFormat, ExportError, ExportRequest, StockChoice, StockPick};
use crate::hint::Hint;
use crate::i18n::Message;
use crate::model::{Design, Machine, MachineKind, Makerspace, Process, Stock, stock_summary};

/// The machine an export is for, with every number resolved.
#[derive(Debug, Clone, Serialize)]
pub struct MachineSetup {
    /// Makerspace machine id, or `default-laser` / `default-cnc`.
    pub id: String,
    /// Laser or CNC.
    pub kind: MachineKind,
    /// Bed size, mm.
    pub bed: [f64; 2],
    /// Laser kerf, mm (0 for CNC).
    pub kerf: f64,
    /// CNC bit diameter, mm (0 for lasers).
    pub tool_diameter: f64,
    /// Thickest stock, mm.
    pub max_thickness: f64,
    /// Sheet edge margin, mm.
    pub margin: f64,
    /// Gap between parts, mm.
    pub spacing: f64,
    /// CNC settings for G-code.
    #[serde(skip)]
    pub cnc: Option<CncSettings>,
}

impl MachineSetup {
    /// True for a laser.
    pub fn is_laser(&self) -> bool {
        self.kind == MachineKind::Laser
    }

    /// The width the cutter removes: the kerf of a laser, the bit of a router.
    pub fn cut_width(&self) -> f64 {
        if self.is_laser() {
            self.kerf
        } else {
            self.tool_diameter
        }
    }
}

/// Everything decided before evaluation.
#[derive(Debug, Clone)]
pub struct ExportPlan {
    /// The machine chosen.
    pub machine: Machine,
    /// Its resolved settings.
    pub setup: MachineSetup,
    /// The stock per material in use (thickness of stock-less materials is filled in after
    /// evaluation).
    pub choices: Vec<StockChoice>,
    /// Parameter values to evaluate at: the overrides given, plus measured thicknesses.
    pub values: BTreeMap<String, f64>,
    /// Whether only parts for the machine's process are cut (false: the design has none for
    /// it, so all are cut on it anyway).
    pub only_machine_parts: bool,
    /// Remarks for the maker.
    pub notes: Vec<Message>,
}

impl ExportPlan {
    /// Whether a part of `process` is cut in this export.
    pub fn wants(&self, process: Process) -> bool {
        let mine = if self.setup.is_laser() {
            Process::Laser
        } else {
            Process::Cnc
        };
        !self.only_machine_parts || process == mine
    }
}

/// Decides machine, stock and parameter values for a cut-file export.
pub fn plan(req: &ExportRequest<'_>) -> Result<ExportPlan, ExportError> {
    let design = req.design;
    if design.parts.is_empty() {
        return Err(ExportError::unbuildable(
            Message::new("refusal-export-no-parts").arg("slug", &design.slug),
        ));
    }
    let machine = choose_machine(req)?;
    let setup = machine_setup(&machine, req.kerf, req.tool);
    let mine = if setup.is_laser() {
        Process::Laser
    } else {
        Process::Cnc
    };
    let only_machine_parts = design.parts.iter().any(|p| p.process == mine);
    let mut notes = Vec::new();
    if !only_machine_parts {
        notes.push(Message::new(if setup.is_laser() {
            "note-cnc-parts-on-laser"
        } else {
            "note-laser-parts-on-cnc"
        }));
    }
    let mut used: Vec<String> = Vec::new();
    for p in &design.parts {
        if (!only_machine_parts || p.process == mine) && !used.contains(&p.material) {
            used.push(p.material.clone());
        }
    }
    let mut values = req.params.clone();
    let mut choices = Vec::new();
    let explicit = explicit_stock(&req.materials, &used)?;
    for mat_id in &used {
        let Some(space) = req.makerspace else {
            choices.push(StockChoice {
                material: mat_id.clone(),
                stock: None,
                thickness: 0.0,
                sheet: req.sheet.unwrap_or(setup.bed),
                price: None,
                currency: None,
            });
            continue;
        };
        let stock = match_stock(design, mat_id, space, &explicit)?;
        if stock.thickness > setup.max_thickness {
            return Err(ExportError::Unbuildable {
                message: Message::new("refusal-export-stock-too-thick")
                    .arg("thickness", stock.thickness)
                    .arg("material", &stock.material)
                    .arg("max", setup.max_thickness)
                    .arg("machine", &setup.id)
                    .into(),
                hint: Some(Hint::ChooseMachine {
                    machines: space.machines.iter().map(|m| m.id.clone()).collect(),
                }),
            });
        }
        apply_measured_thickness(design, mat_id, &stock, &mut values, &mut notes);
        let sheet = sheet_for_bed(&stock, &setup, &mut notes);
        choices.push(StockChoice {
            material: mat_id.clone(),
            stock: Some(stock.id.clone()),
            thickness: stock.thickness,
            sheet: req.sheet.unwrap_or(sheet),
            price: Some(stock.price),
            currency: Some(space.currency.clone()),
        });
    }
    if let Some(sheet) = req.sheet {
        check_sheet_fits(sheet, &setup)?;
    }
    Ok(ExportPlan {
        machine,
        setup,
        choices,
        values,
        only_machine_parts,
        notes,
    })
}

/// The parameter values for a 3D export at a makerspace: each material's measured stock
/// thickness as its thickness parameter (unless given), with the same notes as cut files.
pub fn model_values(
    design: &Design,
    space: Option<&Makerspace>,
    materials: &[StockPick],
    params: &BTreeMap<String, f64>,
    notes: &mut Vec<Message>,
) -> Result<BTreeMap<String, f64>, ExportError> {
    let mut values = params.clone();
    let Some(space) = space else {
        return Ok(values);
    };
    let used: Vec<String> = design
        .materials
        .iter()
        .filter(|m| design.parts.iter().any(|p| p.material == m.id))
        .map(|m| m.id.clone())
        .collect();
    let explicit = explicit_stock(materials, &used)?;
    for mat_id in &used {
        let stock = match_stock(design, mat_id, space, &explicit)?;
        apply_measured_thickness(design, mat_id, &stock, &mut values, notes);
    }
    Ok(values)
}

/// Makes the stock's measured thickness the material's thickness parameter, unless the user
/// gave one; says so when the given value differs from the stock, or when the thickness is
/// not a parameter and cannot follow the stock.
fn apply_measured_thickness(
    design: &Design,
    mat_id: &str,
    stock: &Stock,
    values: &mut BTreeMap<String, f64>,
    notes: &mut Vec<Message>,
) {
    let Some(mat) = design.material(mat_id) else {
        return;
    };
    let name = mat.thickness.source().trim().to_string();
    let is_param = design.parameter(&name).is_some();
    if !is_param {
        notes.push(
            Message::new("note-thickness-not-a-parameter")
                .arg("material", mat_id)
                .arg("thickness", mat.thickness.source().to_string())
                .arg("measured", stock.thickness),
        );
        return;
    }
    match values.get(&name) {
        None => {
            values.insert(name, stock.thickness);
        }
        Some(given) if (given - stock.thickness).abs() > 0.05 => notes.push(
            Message::new("note-thickness-given")
                .arg("name", name.as_str())
                .arg("given", *given)
                .arg("stock", stock.id.as_str())
                .arg("measured", stock.thickness),
        ),
        Some(_) => {}
    }
}

/// The stock's sheet, cut down to the bed when larger (with a note).
fn sheet_for_bed(stock: &Stock, setup: &MachineSetup, notes: &mut Vec<Message>) -> [f64; 2] {
    let sheet = stock.sheet;
    let bed = setup.bed;
    let fits =
        (sheet[0] <= bed[0] && sheet[1] <= bed[1]) || (sheet[1] <= bed[0] && sheet[0] <= bed[1]);
    if fits {
        return sheet;
    }
    notes.push(
        Message::new("note-sheet-larger-than-bed")
            .arg("stock", stock.id.as_str())
            .arg("width", sheet[0])
            .arg("height", sheet[1])
            .arg("machine", setup.id.as_str())
            .arg("bed_width", bed[0])
            .arg("bed_height", bed[1]),
    );
    [sheet[0].min(bed[0]), sheet[1].min(bed[1])]
}

fn check_sheet_fits(sheet: [f64; 2], setup: &MachineSetup) -> Result<(), ExportError> {
    let bed = setup.bed;
    let fits = (sheet[0] <= bed[0] + 1e-9 && sheet[1] <= bed[1] + 1e-9)
        || (sheet[1] <= bed[0] + 1e-9 && sheet[0] <= bed[1] + 1e-9);
    if fits {
        return Ok(());
    }
    Err(ExportError::Unbuildable {
        message: Message::new("refusal-export-sheet-over-bed")
            .arg("width", sheet[0])
            .arg("height", sheet[1])
            .arg("bed_width", bed[0])
            .arg("bed_height", bed[1])
            .arg("machine", &setup.id)
            .into(),
        hint: Some(Hint::ChooseSheet),
    })
}

/// Resolves a machine's numbers, with the caller's kerf or bit overrides.
pub fn machine_setup(m: &Machine, kerf: Option<f64>, tool: Option<f64>) -> MachineSetup {
    let laser = m.kind == MachineKind::Laser;
    let kerf = if laser { kerf.unwrap_or(m.kerf) } else { 0.0 };
    let tool_diameter = if laser {
        0.0
    } else {
        tool.unwrap_or_else(|| m.cut_width())
    };
    MachineSetup {
        id: m.id.clone(),
        kind: m.kind,
        bed: m.bed,
        kerf,
        tool_diameter,
        max_thickness: m.max_thickness,
        margin: m.margin,
        spacing: if laser {
            kerf + 2.0
        } else {
            tool_diameter + 2.0
        },
        cnc: (!laser).then(|| CncSettings {
            tool_diameter,
            spindle_rpm: m.spindle_rpm,
            feed: m.feed,
            plunge_feed: m.plunge_feed,
            pass_depth: m.pass_depth.min(tool_diameter.max(0.5)),
            safe_z: m.safe_z,
            overcut: m.overcut,
            z_min: -1.0, // set per material: −(thickness + spoilboard limit)
            tab_width: 8.0,
            tab_height: 3.0,
            tab_count: 3,
        }),
    }
}

/// The machine used when no makerspace is named.
pub fn default_machine(kind: MachineKind) -> Machine {
    let laser = kind == MachineKind::Laser;
    Machine {
        id: if laser {
            "default-laser"
        } else {
            "default-cnc"
        }
        .into(),
        name: if laser {
            "Any laser (600 × 400 bed, 0.15 mm kerf)"
        } else {
            "Any CNC router (2440 × 1220 bed, 6.35 mm bit)"
        }
        .into(),
        kind,
        bed: if laser {
            [600.0, 400.0]
        } else {
            [2440.0, 1220.0]
        },
        max_thickness: if laser { 10.0 } else { 40.0 },
        kerf: if laser { 0.15 } else { 0.0 },
        tool_diameters: if laser { vec![] } else { vec![6.35] },
        spindle_rpm: 18_000.0,
        feed: if laser { 1200.0 } else { 3000.0 },
        plunge_feed: 600.0,
        pass_depth: 6.0,
        safe_z: 10.0,
        overcut: 0.3,
        spoilboard_limit: 1.0,
        power: None,
        gcode: Some("grbl".into()),
        margin: 10.0,
    }
}

/// `shopbot (cnc), laser (laser)`: a space's machines for messages.
fn machine_list(space: &Makerspace) -> String {
    space
        .machines
        .iter()
        .map(|m| format!("{} ({})", m.id, m.kind.as_str()))
        .collect::<Vec<_>>()
        .join(", ")
}

fn machine_ids(space: &Makerspace) -> Vec<String> {
    space.machines.iter().map(|m| m.id.clone()).collect()
}

/// The machine kind a design's parts mostly need.
fn kind_for(design: &Design) -> MachineKind {
    let laser = design
        .parts
        .iter()
        .filter(|p| p.process == Process::Laser)
        .count();
    if 2 * laser > design.parts.len() {
        MachineKind::Laser
    } else {
        MachineKind::Cnc
    }
}

fn choose_machine(req: &ExportRequest<'_>) -> Result<Machine, ExportError> {
    let want = req
        .format
        .machine_kind()
        .unwrap_or_else(|| kind_for(req.design));
    let Some(space) = req.makerspace else {
        if let Some(id) = &req.machine {
            return Err(ExportError::Unbuildable {
                message: Message::new("refusal-export-machine-needs-makerspace")
                    .arg("machine", id)
                    .into(),
                hint: Some(Hint::ChooseMakerspace),
            });
        }
        return Ok(default_machine(want));
    };
    if let Some(id) = &req.machine {
        let m = space.machine(id).ok_or_else(|| ExportError::Unbuildable {
            message: Message::new("refusal-export-no-such-machine")
                .arg("makerspace", &space.name)
                .arg("machine", id)
                .arg("machines", machine_list(space))
                .into(),
            hint: Some(Hint::ChooseMachine {
                machines: machine_ids(space),
            }),
        })?;
        if req.format == CutFormat::Gcode && m.kind != MachineKind::Cnc {
            return Err(ExportError::Unbuildable {
                message: Message::new("refusal-export-gcode-laser")
                    .arg("machine", &m.id)
                    .into(),
                hint: Some(Hint::UseFormat {
                    format: CutFormat::Svg.name().into(),
                }),
            });
        }
        return Ok(m.clone());
    }
    let fitting: Vec<&Machine> = space.machines.iter().filter(|m| m.kind == want).collect();
    let largest = fitting
        .iter()
        .max_by(|a, b| (a.bed[0] * a.bed[1]).total_cmp(&(b.bed[0] * b.bed[1])));
    match largest {
        Some(m) => Ok((*m).clone()),
        None => Err(ExportError::Unbuildable {
            message: Message::new("refusal-export-no-machine-of-kind")
                .arg("makerspace", &space.name)
                .arg(
                    "kind",
                    if want == MachineKind::Laser {
                        "laser"
                    } else {
                        "cnc"
                    },
                )
                .arg("format", req.format.name())
                .arg("machines", machine_list(space))
                .into(),
            hint: Some(Hint::ChooseMachine {
                machines: machine_ids(space),
            }),
        }),
    }
}

/// The stock chosen per material: picks that name their material, and a pick that does
/// not when exactly one material (of `materials`) is in play.
pub(super) fn explicit_stock(
    choices: &[StockPick],
    materials: &[String],
) -> Result<BTreeMap<String, String>, ExportError> {
    let mut explicit = BTreeMap::new();
    for m in choices {
        match &m.material {
            Some(mat) => {
                explicit.insert(mat.clone(), m.stock.clone());
            }
            None if materials.len() == 1 => {
                explicit.insert(materials[0].clone(), m.stock.clone());
            }
            None => {
                return Err(ExportError::Unbuildable {
                    message: Message::new("refusal-export-which-material")
                        .arg("count", materials.len())
                        .arg("materials", materials.join(", "))
                        .arg("stock", &m.stock)
                        .into(),
                    hint: Some(Hint::NameTheMaterial {
                        materials: materials.to_vec(),
                    }),
                });
            }
        }
    }
    Ok(explicit)
}

/// The stock for one material: the one chosen, else the space's stock of the same kind and
/// nominal thickness.
pub(super) fn match_stock(
    design: &Design,
    material_id: &str,
    space: &Makerspace,
    explicit: &BTreeMap<String, String>,
) -> Result<Stock, ExportError> {
    let m = design
        .material(material_id)
        .ok_or_else(|| ExportError::Internal(format!("material {material_id} vanished")))?;
    if let Some(stock_id) = explicit.get(material_id) {
        let s = space
            .stock_item(stock_id)
            .ok_or_else(|| ExportError::Unbuildable {
                message: Message::new("refusal-export-no-such-stock")
                    .arg("makerspace", &space.name)
                    .arg("stock", stock_id)
                    .arg(
                        "stocks",
                        space
                            .stock
                            .iter()
                            .map(|s| s.id.as_str())
                            .collect::<Vec<_>>()
                            .join(", "),
                    )
                    .into(),
                hint: Some(Hint::KnownStocks {
                    stocks: space.stock.iter().map(|s| s.id.clone()).collect(),
                }),
            })?;
        return Ok(s.clone());
    }
    space
        .stock
        .iter()
        .find(|s| s.material == m.kind && (s.nominal_thickness - m.nominal_thickness).abs() < 0.01)
        .cloned()
        .ok_or_else(|| ExportError::Unbuildable {
            message: Message::new("refusal-export-needs-stock")
                .arg("thickness", m.nominal_thickness)
                .arg("kind", &m.kind)
                .arg("name", &m.name)
                .arg("makerspace", &space.name)
                .arg("stocks", stock_summary(space, &m.kind))
                .into(),
            hint: Some(Hint::ChooseStock {
                material: material_id.to_string(),
                stocks: space
                    .stock
                    .iter()
                    .filter(|s| s.material == m.kind)
                    .map(|s| s.id.clone())
                    .collect(),
            }),
        })
}
