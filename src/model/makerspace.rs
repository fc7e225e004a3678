//! Makerspace profiles (`makerspaces/<slug>.toml`): the machines and the sheet stock a
//! space actually has, read and checked like design manifests (every problem, with its line).

use crate::i18n::Message;
use serde::Serialize;
use toml::de::DeValue;

use super::diagnostic::{Diagnostic, Loc, sort_diagnostics, suggestion};
use super::manifest::{CURRENCIES, MATERIAL_KINDS, is_valid_id, slug_problem};
use super::reader::{Expected, Reader, Table};

/// The largest profile accepted, in bytes.
pub const MAX_MAKERSPACE_BYTES: usize = 256 * 1024;

/// What a machine does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MachineKind {
    /// A laser cutter: cuts with a beam of width `kerf`.
    Laser,
    /// A CNC router: cuts with a rotating bit of a given diameter.
    Cnc,
}

impl MachineKind {
    /// `"laser"` or `"cnc"`.
    pub fn as_str(self) -> &'static str {
        match self {
            MachineKind::Laser => "laser",
            MachineKind::Cnc => "cnc",
        }
    }
}

/// One machine of a makerspace.
#[derive(Debug, Clone, Serialize)]
pub struct Machine {
    /// Identifier within the profile (`[machines.<id>]`).
    pub id: String,
    /// Human name ("ShopBot PRSalpha 96×48").
    pub name: String,
    /// Laser or CNC.
    pub kind: MachineKind,
    /// Usable bed, `[x, y]` mm.
    pub bed: [f64; 2],
    /// Thickest stock it cuts, mm.
    pub max_thickness: f64,
    /// Laser kerf (width of material removed), mm. For CNC: the tool diameter.
    pub kerf: f64,
    /// CNC cutter diameters available, mm (first is the default). Empty for lasers.
    pub tool_diameters: Vec<f64>,
    /// CNC spindle speed, rpm.
    pub spindle_rpm: f64,
    /// Cutting feed, mm/min (laser: head speed).
    pub feed: f64,
    /// CNC plunge feed, mm/min.
    pub plunge_feed: f64,
    /// CNC depth per pass, mm.
    pub pass_depth: f64,
    /// CNC rapid height above the sheet, mm.
    pub safe_z: f64,
    /// CNC cut below the sheet into the spoilboard, mm.
    pub overcut: f64,
    /// CNC: deepest cut allowed below the sheet's bottom (spoilboard limit), mm.
    pub spoilboard_limit: f64,
    /// Laser power, percent.
    pub power: Option<f64>,
    /// G-code dialect (`grbl`).
    pub gcode: Option<String>,
    /// Margin kept clear at the bed's or sheet's edges, mm.
    pub margin: f64,
}

impl Machine {
    /// Default cutter diameter (CNC) or kerf (laser): the spacing parts need between them.
    pub fn cut_width(&self) -> f64 {
        match self.kind {
            MachineKind::Laser => self.kerf,
            MachineKind::Cnc => self.tool_diameters.first().copied().unwrap_or(self.kerf),
        }
    }
}

/// One kind of sheet the space stocks.
#[derive(Debug, Clone, Serialize)]
pub struct Stock {
    /// Identifier within the profile (`[stock.<id>]`).
    pub id: String,
    /// Human name ("Birch plywood BB/BB").
    pub name: String,
    /// Material kind, as in design manifests (`plywood`, `acrylic`, …).
    pub material: String,
    /// Thickness as sold, mm.
    pub nominal_thickness: f64,
    /// Thickness as measured with calipers, mm: cut files use this one.
    pub thickness: f64,
    /// Sheet size `[x, y]`, mm.
    pub sheet: [f64; 2],
    /// Price of one sheet.
    pub price: f64,
    /// Sheets on the shelf, if counted.
    pub in_stock: Option<u32>,
}

/// A makerspace profile.
#[derive(Debug, Clone, Serialize)]
pub struct Makerspace {
    /// Identifier, equal to the file name without `.toml`.
    pub slug: String,
    /// Human name.
    pub name: String,
    /// Town or city.
    pub town: String,
    /// Country (ISO 3166 alpha-2 code, upper case).
    pub country: String,
    /// How to reach the space.
    pub contact: String,
    /// Website, if any.
    pub website: Option<String>,
    /// Currency of stock prices (ISO 4217).
    pub currency: String,
    /// Machines, by id.
    pub machines: Vec<Machine>,
    /// Stock, by id.
    pub stock: Vec<Stock>,
    /// How the space reads other people's cut files (`[import]`): its colours.
    pub import: ImportSettings,
}

/// What a colour in a cut file does on a space's machines (`[import.colours]`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ColourOp {
    /// Cut through (outline or hole, by containment).
    Cut,
    /// Cut through, on the outside of a part.
    CutOutside,
    /// Cut through, inside a part.
    CutInside,
    /// Scored (a light line).
    Score,
    /// Engraved.
    Engrave,
    /// Not for the machine.
    Ignore,
}

impl ColourOp {
    const NAMES: &'static [&'static str] = &[
        "cut",
        "cut-outside",
        "cut-inside",
        "score",
        "engrave",
        "ignore",
    ];

    fn parse(s: &str) -> Option<ColourOp> {
        Some(match s {
            "cut" => ColourOp::Cut,
            "cut-outside" => ColourOp::CutOutside,
            "cut-inside" => ColourOp::CutInside,
            "score" => ColourOp::Score,
            "engrave" => ColourOp::Engrave,
            "ignore" => ColourOp::Ignore,
            _ => return None,
        })
    }
}

/// A colour as a profile names it: `#rrggbb` (or `#rgb`), or an AutoCAD colour index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ColourKey {
    /// An RGB colour.
    Rgb([u8; 3]),
    /// An AutoCAD colour index, 1–255 (matched by its colour).
    Aci(u8),
}

impl ColourKey {
    /// Reads `#rrggbb`, `#rgb` or an index `1`–`255`.
    pub fn parse(s: &str) -> Option<ColourKey> {
        let s = s.trim();
        if let Some(hex) = s.strip_prefix('#') {
            if !hex.chars().all(|c| c.is_ascii_hexdigit()) {
                return None;
            }
            let v = |a: &str| u8::from_str_radix(a, 16).ok();
            return match hex.len() {
                6 => Some(ColourKey::Rgb([
                    v(&hex[0..2])?,
                    v(&hex[2..4])?,
                    v(&hex[4..6])?,
                ])),
                3 => {
                    let d = |i: usize| v(&hex[i..i + 1]).map(|x| x * 17);
                    Some(ColourKey::Rgb([d(0)?, d(1)?, d(2)?]))
                }
                _ => None,
            };
        }
        if !s.is_empty() && s.len() <= 3 && s.chars().all(|c| c.is_ascii_digit()) {
            return s
                .parse::<u16>()
                .ok()
                .filter(|n| (1..=255).contains(n))
                .map(|n| ColourKey::Aci(n as u8));
        }
        None
    }
}

/// One `[import.colours]` entry.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ColourSetting {
    /// The colour.
    pub colour: ColourKey,
    /// What it does.
    pub operation: ColourOp,
}

/// `[import]`: how a space reads cut files brought to it.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ImportSettings {
    /// Colour → operation, in the profile's order; empty when the space uses the common
    /// habit (red cut, blue score).
    pub colours: Vec<ColourSetting>,
    /// Largest RGB distance that still matches a colour (default: the importer's).
    pub colour_tolerance: Option<f64>,
}

impl Makerspace {
    /// The machine with `id`.
    pub fn machine(&self, id: &str) -> Option<&Machine> {
        self.machines.iter().find(|m| m.id == id)
    }

    /// The stock with `id`.
    pub fn stock_item(&self, id: &str) -> Option<&Stock> {
        self.stock.iter().find(|s| s.id == id)
    }
}

const ROOT_KEYS: &[&str] = &[
    "name", "slug", "town", "country", "contact", "website", "currency", "machines", "stock",
    "import",
];
const IMPORT_KEYS: &[&str] = &["colours", "colour_tolerance"];
const MACHINE_KEYS: &[&str] = &[
    "name",
    "kind",
    "bed",
    "max_thickness",
    "kerf",
    "tool_diameters",
    "spindle_rpm",
    "feed",
    "plunge_feed",
    "pass_depth",
    "safe_z",
    "overcut",
    "spoilboard_limit",
    "power",
    "gcode",
    "margin",
];
const STOCK_KEYS: &[&str] = &[
    "name",
    "material",
    "nominal_thickness",
    "thickness",
    "sheet",
    "price",
    "in_stock",
];

/// Parses and checks a makerspace profile. `file_stem` is the file name without `.toml`,
/// which the `slug` must equal when given.
pub fn parse_makerspace(src: &str, file_stem: Option<&str>) -> Result<Makerspace, Vec<Diagnostic>> {
    if src.len() > MAX_MAKERSPACE_BYTES {
        return Err(vec![Diagnostic::bare(
            Message::new("problem-profile-too-large")
                .arg("size", src.len())
                .arg("max", MAX_MAKERSPACE_BYTES),
        )]);
    }
    let root = super::reader::parse_toml(src)?;
    let mut r = Reader::new(src);
    let span = root.span();
    let t = Table::root(root.get_ref(), span.start..span.start);
    let space = read(&mut r, &t, file_stem);
    let mut problems = r.problems;
    match space {
        Some(s) if problems.is_empty() => Ok(s),
        _ => {
            if problems.is_empty() {
                problems.push(Diagnostic::bare(Message::new("problem-profile-unread")));
            }
            sort_diagnostics(&mut problems);
            Err(problems)
        }
    }
}

fn read(r: &mut Reader<'_>, t: &Table<'_, '_>, file_stem: Option<&str>) -> Option<Makerspace> {
    t.check_keys(r, ROOT_KEYS);
    let name = non_empty(r, t, "name");
    let slug = match t.opt_string(r, "slug") {
        Some(s) => {
            let loc = t.loc_of(r, "slug");
            if let Err(e) = slug_problem(&s) {
                r.push(loc.problem(e));
            } else if let Some(stem) = file_stem
                && stem != s
            {
                r.push(
                    loc.problem(
                        Message::new("error-makerspace-slug-file")
                            .arg("slug", &s)
                            .arg("stem", stem),
                    ),
                );
            }
            Some(s)
        }
        None => match file_stem {
            Some(stem) => {
                if let Err(e) = slug_problem(stem) {
                    r.push(
                        Loc::path_only("slug")
                            .problem(Message::new("problem-profile-file-name").arg("why", e)),
                    );
                }
                Some(stem.to_string())
            }
            None => {
                t.required(r, "slug");
                None
            }
        },
    };
    let town = non_empty(r, t, "town");
    let country = t.req_string(r, "country").and_then(|c| {
        if c.len() == 2 && c.chars().all(|ch| ch.is_ascii_uppercase()) {
            Some(c)
        } else {
            let loc = t.loc_of(r, "country");
            r.push(loc.problem(Message::new("error-country-code").arg("text", &c)));
            None
        }
    });
    let contact = non_empty(r, t, "contact");
    let website = t.opt_string(r, "website");
    let currency = t.req_string(r, "currency").and_then(|c| {
        if CURRENCIES.contains(&c.as_str()) {
            Some(c)
        } else {
            let loc = t.loc_of(r, "currency");
            r.push(
                loc.problem(
                    Message::new("problem-unknown-currency")
                        .arg("text", c.as_str())
                        .arg("suggestion", suggestion(&c, CURRENCIES.iter().copied())),
                ),
            );
            None
        }
    });
    let machines = entries(r, t, "machines", MACHINE_KEYS, read_machine);
    let stock = entries(r, t, "stock", STOCK_KEYS, read_stock);
    let import = read_import(r, t);
    if machines.as_ref().is_some_and(|m| m.is_empty()) {
        let loc = t.loc_of(r, "machines");
        r.push(loc.problem(Message::new("error-makerspace-no-machine")));
    }
    Some(Makerspace {
        slug: slug?,
        name: name?,
        town: town?,
        country: country?,
        contact: contact?,
        website,
        currency: currency?,
        machines: machines?,
        stock: stock.unwrap_or_default(),
        import: import?,
    })
}

/// `[import]` with `colours` (`"#0000ff" = "cut"`, `5 = "score"`) and `colour_tolerance`.
fn read_import(r: &mut Reader<'_>, t: &Table<'_, '_>) -> Option<ImportSettings> {
    let Some(node) = t.get("import") else {
        return Some(ImportSettings::default());
    };
    let table = r.table(node, "import", IMPORT_KEYS)?;
    let mut ok = true;
    let colour_tolerance = match table.get("colour_tolerance") {
        Some(n) => {
            let path = table.child("colour_tolerance");
            match r.number(n, &path) {
                Some(v) if v.is_finite() && (0.0..=442.0).contains(&v) => Some(v),
                Some(v) => {
                    r.error(
                        &path,
                        &n.span(),
                        Message::new("problem-colour-tolerance")
                            .arg("value", v)
                            .arg("max", 442u32),
                    );
                    ok = false;
                    None
                }
                None => {
                    ok = false;
                    None
                }
            }
        }
        None => None,
    };
    let mut colours = Vec::new();
    if let Some(node) = table.get("colours") {
        let DeValue::Table(tab) = node.get_ref() else {
            r.type_error(
                "import.colours",
                &node.span(),
                Expected::Table,
                node.get_ref(),
            );
            return None;
        };
        for (k, value) in tab.iter() {
            let key: &str = k.get_ref();
            let path = format!("import.colours.\"{key}\"");
            let colour = ColourKey::parse(key);
            if colour.is_none() {
                r.error(
                    &path,
                    &k.span(),
                    Message::new("problem-colour-key").arg("key", key),
                );
                ok = false;
            }
            let op = r.string(value, &path).and_then(|o| {
                let op = ColourOp::parse(o.trim());
                if op.is_none() {
                    r.error(
                        &path,
                        &value.span(),
                        Message::new("problem-colour-operation")
                            .arg("text", o.as_str())
                            .arg(
                                "suggestion",
                                suggestion(&o, ColourOp::NAMES.iter().copied()),
                            )
                            .arg("known", ColourOp::NAMES.join(", ")),
                    );
                }
                op
            });
            match (colour, op) {
                (Some(colour), Some(operation)) => {
                    colours.push(ColourSetting { colour, operation })
                }
                _ => ok = false,
            }
        }
    }
    ok.then_some(ImportSettings {
        colours,
        colour_tolerance,
    })
}

fn non_empty(r: &mut Reader<'_>, t: &Table<'_, '_>, key: &str) -> Option<String> {
    let s = t.req_string(r, key)?;
    if s.trim().is_empty() {
        let loc = t.loc_of(r, key);
        r.push(loc.problem(Message::new("error-field-empty").arg("key", key)));
        return None;
    }
    Some(s)
}

type ReadEntry<T> = fn(&mut Reader<'_>, &Table<'_, '_>, &str) -> Option<T>;

/// Reads `[key.<id>]` tables in order. `None` when the table is missing or not a table.
fn entries<T>(
    r: &mut Reader<'_>,
    t: &Table<'_, '_>,
    key: &str,
    known: &[&str],
    read_one: ReadEntry<T>,
) -> Option<Vec<T>> {
    let Some(node) = t.get(key) else {
        if key == "machines" {
            t.required(r, key);
            return None;
        }
        return Some(Vec::new());
    };
    let DeValue::Table(tab) = node.get_ref() else {
        r.type_error(key, &node.span(), Expected::Table, node.get_ref());
        return None;
    };
    let mut out = Vec::new();
    let mut ok = true;
    for (k, value) in tab.iter() {
        let id: &str = k.get_ref();
        let path = format!("{key}.{id}");
        let id_ok = is_valid_id(id);
        if !id_ok {
            r.error(&path, &k.span(), Message::new("problem-id").arg("id", id));
            ok = false;
            continue;
        }
        let Some(table) = r.table(value, &path, known) else {
            ok = false;
            continue;
        };
        match read_one(r, &table, id) {
            Some(v) => out.push(v),
            None => ok = false,
        }
    }
    ok.then_some(out)
}

/// A number that must lie in `(low, high]` (or `[low, high]` when `zero_ok`).
fn num_in(
    r: &mut Reader<'_>,
    t: &Table<'_, '_>,
    key: &str,
    default: Option<f64>,
    zero_ok: bool,
    high: f64,
    unit: &str,
) -> Option<f64> {
    let v = match t.get(key) {
        Some(node) => r.number(node, &t.child(key))?,
        None => match default {
            Some(d) => return Some(d),
            None => {
                t.required(r, key);
                return None;
            }
        },
    };
    let low_ok = if zero_ok { v >= 0.0 } else { v > 0.0 };
    if !v.is_finite() || !low_ok || v > high {
        let loc = t.loc_of(r, key);
        let id = if zero_ok {
            "problem-build-number-range"
        } else {
            "problem-number-range-positive"
        };
        r.push(
            loc.problem(
                Message::new(id)
                    .arg("key", key)
                    .arg("value", v)
                    .arg("max", high)
                    .arg("unit", unit),
            ),
        );
        return None;
    }
    Some(v)
}

fn size(r: &mut Reader<'_>, t: &Table<'_, '_>, key: &str) -> Option<[f64; 2]> {
    let node = t.required(r, key)?;
    let path = t.child(key);
    let DeValue::Array(a) = node.get_ref() else {
        r.type_error(&path, &node.span(), Expected::Size, node.get_ref());
        return None;
    };
    let items: Vec<_> = a.iter().collect();
    if items.len() != 2 {
        r.error(
            &path,
            &node.span(),
            Message::new("problem-size-values").arg("count", items.len()),
        );
        return None;
    }
    let x = r.number(items[0], &format!("{path}[0]"))?;
    let y = r.number(items[1], &format!("{path}[1]"))?;
    for v in [x, y] {
        if !(v.is_finite() && v > 0.0 && v <= 20_000.0) {
            r.error(
                &path,
                &node.span(),
                Message::new("problem-size-range")
                    .arg("x", x)
                    .arg("y", y)
                    .arg("max", 20_000u32),
            );
            return None;
        }
    }
    Some([x, y])
}

fn read_machine(r: &mut Reader<'_>, t: &Table<'_, '_>, id: &str) -> Option<Machine> {
    let name = t.req_string(r, "name");
    let kind = t.req_string(r, "kind").and_then(|k| match k.as_str() {
        "laser" => Some(MachineKind::Laser),
        "cnc" => Some(MachineKind::Cnc),
        other => {
            let loc = t.loc_of(r, "kind");
            r.push(
                loc.problem(
                    Message::new("problem-machine-kind")
                        .arg("text", other)
                        .arg("suggestion", suggestion(other, ["laser", "cnc"])),
                ),
            );
            None
        }
    });
    let bed = size(r, t, "bed");
    let max_thickness = num_in(r, t, "max_thickness", None, false, 300.0, " mm");
    let kind = kind?;
    let laser = kind == MachineKind::Laser;
    let kerf = if laser {
        num_in(r, t, "kerf", None, false, 2.0, " mm")
    } else {
        num_in(r, t, "kerf", Some(0.0), true, 2.0, " mm")
    };
    let tool_diameters = if laser {
        if t.get("tool_diameters").is_some() {
            let loc = t.loc_of(r, "tool_diameters");
            r.push(loc.problem(Message::new("error-makerspace-laser-no-tools")));
        }
        Some(Vec::new())
    } else {
        read_tools(r, t)
    };
    let cnc_only = |r: &mut Reader<'_>, key: &str, default: f64, zero_ok: bool, high: f64| {
        if laser {
            if t.get(key).is_some() {
                let loc = t.loc_of(r, key);
                r.push(loc.problem(Message::new("error-makerspace-cnc-only").arg("key", key)));
            }
            Some(default)
        } else {
            num_in(r, t, key, Some(default), zero_ok, high, "")
        }
    };
    let spindle_rpm = cnc_only(r, "spindle_rpm", 18_000.0, false, 60_000.0);
    let plunge_feed = cnc_only(r, "plunge_feed", 600.0, false, 20_000.0);
    let pass_depth = cnc_only(r, "pass_depth", 6.0, false, 50.0);
    let safe_z = cnc_only(r, "safe_z", 10.0, false, 200.0);
    let overcut = cnc_only(r, "overcut", 0.3, true, 5.0);
    let spoilboard_limit = cnc_only(r, "spoilboard_limit", 1.0, true, 10.0);
    let feed = num_in(
        r,
        t,
        "feed",
        Some(if laser { 1200.0 } else { 3000.0 }),
        false,
        100_000.0,
        " mm/min",
    );
    let power = match t.get("power") {
        Some(_) => Some(num_in(r, t, "power", None, false, 100.0, " %")?),
        None => None,
    };
    let gcode = t.opt_string(r, "gcode");
    if let Some(g) = &gcode
        && g != "grbl"
    {
        let loc = t.loc_of(r, "gcode");
        r.push(loc.problem(Message::new("error-makerspace-gcode-dialect").arg("text", g)));
    }
    let margin = num_in(r, t, "margin", Some(10.0), true, 500.0, " mm");
    let (pass_depth, overcut, spoilboard_limit) = (pass_depth?, overcut?, spoilboard_limit?);
    if !laser && overcut > spoilboard_limit {
        let loc = t.loc_of(r, "overcut");
        r.push(
            loc.problem(
                Message::new("error-makerspace-overcut")
                    .arg("overcut", overcut)
                    .arg("limit", spoilboard_limit),
            ),
        );
        return None;
    }
    Some(Machine {
        id: id.to_string(),
        name: name?,
        kind,
        bed: bed?,
        max_thickness: max_thickness?,
        kerf: kerf?,
        tool_diameters: tool_diameters?,
        spindle_rpm: spindle_rpm?,
        feed: feed?,
        plunge_feed: plunge_feed?,
        pass_depth,
        safe_z: safe_z?,
        overcut,
        spoilboard_limit,
        power,
        gcode,
        margin: margin?,
    })
}

fn read_tools(r: &mut Reader<'_>, t: &Table<'_, '_>) -> Option<Vec<f64>> {
    let node = t.required(r, "tool_diameters")?;
    let path = t.child("tool_diameters");
    let DeValue::Array(a) = node.get_ref() else {
        r.type_error(&path, &node.span(), Expected::Diameters, node.get_ref());
        return None;
    };
    let mut out = Vec::new();
    for (i, item) in a.iter().enumerate() {
        let p = format!("{path}[{i}]");
        let v = r.number(item, &p)?;
        if !(v.is_finite() && v > 0.0 && v <= 50.0) {
            r.error(
                &p,
                &item.span(),
                Message::new("problem-tool-diameter")
                    .arg("value", v)
                    .arg("max", 50u32),
            );
            return None;
        }
        out.push(v);
    }
    if out.is_empty() {
        r.error(
            &path,
            &node.span(),
            Message::new("problem-no-tool-diameters"),
        );
        return None;
    }
    Some(out)
}

fn read_stock(r: &mut Reader<'_>, t: &Table<'_, '_>, id: &str) -> Option<Stock> {
    let name = t.req_string(r, "name");
    let material = t.req_string(r, "material").and_then(|k| {
        if MATERIAL_KINDS.contains(&k.as_str()) {
            Some(k)
        } else {
            let loc = t.loc_of(r, "material");
            r.push(
                loc.problem(
                    Message::new("problem-stock-material-kind")
                        .arg("text", k.as_str())
                        .arg("suggestion", suggestion(&k, MATERIAL_KINDS.iter().copied()))
                        .arg("known", MATERIAL_KINDS.join(", ")),
                ),
            );
            None
        }
    });
    let nominal = num_in(r, t, "nominal_thickness", None, false, 300.0, " mm");
    let thickness = num_in(r, t, "thickness", None, false, 300.0, " mm");
    let sheet = size(r, t, "sheet");
    let price = num_in(r, t, "price", None, true, 1e9, "");
    let in_stock = match t.get("in_stock") {
        Some(node) => {
            let v = r.number(node, &t.child("in_stock"))?;
            if !(v >= 0.0 && v.fract() == 0.0 && v <= 1e6) {
                let loc = t.loc_of(r, "in_stock");
                r.push(loc.problem(Message::new("error-makerspace-in-stock").arg("value", v)));
                return None;
            }
            Some(v as u32)
        }
        None => None,
    };
    if let (Some(n), Some(m)) = (nominal, thickness)
        && (m - n).abs() > n * 0.25 + 0.5
    {
        let loc = t.loc_of(r, "thickness");
        r.push(
            loc.problem(
                Message::new("error-makerspace-thickness-far")
                    .arg("measured", m)
                    .arg("nominal", n),
            ),
        );
        return None;
    }
    Some(Stock {
        id: id.to_string(),
        name: name?,
        material: material?,
        nominal_thickness: nominal?,
        thickness: thickness?,
        sheet: sheet?,
        price: price?,
        in_stock,
    })
}

/// Stock grouped by material kind, for messages such as "this space stocks 12 mm and 15 mm".
pub fn stock_summary(space: &Makerspace, material: &str) -> String {
    let mut items: Vec<&Stock> = space
        .stock
        .iter()
        .filter(|s| s.material == material)
        .collect();
    items.sort_by(|a, b| a.nominal_thickness.total_cmp(&b.nominal_thickness));
    let mut list: Vec<String> = items
        .iter()
        .map(|s| {
            format!(
                "{} mm (measured {} mm)",
                super::format_number(s.nominal_thickness),
                super::format_number(s.thickness)
            )
        })
        .collect();
    list.dedup();
    if list.is_empty() {
        format!("no {material}")
    } else {
        format!("{material} in {}", list.join(", "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
name = "Example CNC Workshop"
town = "Cardiff"
country = "GB"
contact = "example profile: replace with how to reach your space"
currency = "GBP"

[machines.shopbot]
name = "ShopBot PRS 96x48"
kind = "cnc"
bed = [2440, 1220]
max_thickness = 25
tool_diameters = [6.35, 3.175]
feed = 3000

[machines.laser]
name = "Trotec Speedy 400"
kind = "laser"
bed = [1000, 610]
max_thickness = 8
kerf = 0.15

[stock.ply18]
name = "Birch plywood"
material = "plywood"
nominal_thickness = 18
thickness = 17.4
sheet = [2440, 1220]
price = 38
"#;

    #[test]
    fn reads_a_profile() {
        let s = parse_makerspace(GOOD, Some("example-cnc-workshop")).unwrap();
        assert_eq!(s.slug, "example-cnc-workshop");
        assert_eq!(s.machines.len(), 2);
        let cnc = s.machine("shopbot").unwrap();
        assert_eq!(cnc.cut_width(), 6.35);
        assert_eq!(cnc.pass_depth, 6.0);
        assert_eq!(s.machine("laser").unwrap().cut_width(), 0.15);
        assert_eq!(s.stock_item("ply18").unwrap().thickness, 17.4);
        assert_eq!(
            stock_summary(&s, "plywood"),
            "plywood in 18 mm (measured 17.4 mm)"
        );
    }

    #[test]
    fn every_problem_has_its_line() {
        let bad = GOOD
            .replace("kind = \"laser\"", "kind = \"lazer\"")
            .replace("thickness = 17.4", "thickness = 174")
            .replace("country = \"GB\"", "country = \"Wales\"");
        let errs = parse_makerspace(&bad, Some("example-cnc-workshop")).unwrap_err();
        let text: Vec<String> = errs.iter().map(|d| d.to_string()).collect();
        assert_eq!(errs.len(), 3, "{text:#?}");
        assert!(
            text[0].contains("4:") && text[0].contains("ISO 3166"),
            "{text:#?}"
        );
        assert!(text[1].contains("did you mean 'laser'"), "{text:#?}");
        assert!(text[2].contains("far from the nominal"), "{text:#?}");
    }

    #[test]
    fn slug_must_match_the_file() {
        let errs = parse_makerspace(
            &format!("slug = \"other\"\n{GOOD}"),
            Some("example-cnc-workshop"),
        )
        .unwrap_err();
        assert!(errs[0].message.contains("differs from the file name"));
    }

    #[test]
    fn reads_import_colours() {
        let src = format!(
            "{GOOD}\n[import]\ncolour_tolerance = 40\n\n[import.colours]\n\"#0000ff\" = \"cut-outside\"\n\"#f00\" = \"cut\"\n5 = \"score\"\n"
        );
        let s = parse_makerspace(&src, Some("example-cnc-workshop")).unwrap();
        assert_eq!(s.import.colour_tolerance, Some(40.0));
        assert_eq!(
            s.import.colours,
            vec![
                ColourSetting {
                    colour: ColourKey::Rgb([0, 0, 255]),
                    operation: ColourOp::CutOutside
                },
                ColourSetting {
                    colour: ColourKey::Rgb([255, 0, 0]),
                    operation: ColourOp::Cut
                },
                ColourSetting {
                    colour: ColourKey::Aci(5),
                    operation: ColourOp::Score
                },
            ]
        );
        let plain = parse_makerspace(GOOD, Some("example-cnc-workshop")).unwrap();
        assert!(plain.import.colours.is_empty());
    }

    #[test]
    fn bad_import_colours_are_located() {
        let src = format!(
            "{GOOD}\n[import.colours]\n\"#00ff\" = \"cut\"\n\"#ff0000\" = \"scor\"\n300 = \"cut\"\n"
        );
        let lines = src.lines().count();
        let errs = parse_makerspace(&src, Some("example-cnc-workshop")).unwrap_err();
        let text: Vec<String> = errs.iter().map(|d| d.to_string()).collect();
        assert_eq!(errs.len(), 3, "{text:#?}");
        assert!(text[0].contains(&format!("{}:", lines - 2)), "{text:#?}");
        assert!(text[0].contains("'#00ff' is not a colour"), "{text:#?}");
        assert!(text[1].contains("did you mean 'score'"), "{text:#?}");
        assert!(text[2].contains("'300' is not a colour"), "{text:#?}");
        let tol = format!("{GOOD}\n[import]\ncolour_tolerance = 900\n");
        let errs = parse_makerspace(&tol, Some("example-cnc-workshop")).unwrap_err();
        assert!(errs[0].message.contains("between 0 and 442"), "{errs:?}");
    }
}
