//! What a contour in someone else's cut file is for: cut, pocket, engrave, score, a sheet
//! outline or a note.
//!
//! Owns the conventions that carry the operation: layer names (WikiHouse's
//! `4_ANYTOOL_CUTTHROUGH_OUTSIDE`, `5_ANYTOOL_HALF_MILL_9MM_INSIDE`, `0_SHEET_…`,
//! `DONOTCUT`, `NOTES`, names cut to 26 characters by old AutoCAD, matched by prefix), colours
//! (AutoCAD index colours, true colours, SVG strokes) with a [`ColourMap`] a makerspace can
//! pass, and the colour habits of known generators (boxes.py). Must not read files or
//! geometry: it answers for one name or one colour at a time.

use serde::{Deserialize, Serialize};

/// What a contour is for.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum Operation {
    /// Cut through; outline or hole decided by nesting.
    Cut,
    /// Cut through on the outside of a part (its outline).
    CutOutside,
    /// Cut through inside a part (a hole or slot).
    CutInside,
    /// Milled part-way: `depth` in mm, or half the sheet when `None` (WikiHouse `HALF_MILL`).
    Pocket {
        /// Depth in mm, when the file says it.
        depth: Option<f64>,
    },
    /// Engraved (labels, marks).
    Engrave,
    /// Scored (a light line: folds, guides).
    Score,
    /// The sheet the parts are laid out on: not a part.
    Sheet,
    /// Not for the machine (notes, dimensions, title blocks, `DONOTCUT`).
    NonCut,
}

impl Operation {
    /// Whether the contour is cut through (part outlines and holes).
    pub fn is_cut(self) -> bool {
        matches!(
            self,
            Operation::Cut | Operation::CutOutside | Operation::CutInside
        )
    }

    /// A short word for messages.
    pub fn describe(self) -> String {
        match self {
            Operation::Cut => "cut".into(),
            Operation::CutOutside => "cut (outside)".into(),
            Operation::CutInside => "cut (inside)".into(),
            Operation::Pocket { depth: Some(d) } => format!("pocket {d} mm deep"),
            Operation::Pocket { depth: None } => "pocket (half the sheet)".into(),
            Operation::Engrave => "engrave".into(),
            Operation::Score => "score".into(),
            Operation::Sheet => "sheet outline".into(),
            Operation::NonCut => "not cut".into(),
        }
    }
}

/// Where an operation was read from (the weaker sources give way to geometry).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum OpSource {
    /// Nothing said: cut assumed.
    Default,
    /// A colour by the common laser habit (red cut, blue score, black fill engrave).
    Colour,
    /// A known generator's colours (boxes.py).
    Generator,
    /// The caller's colour map.
    Map,
    /// The layer or group name.
    Layer,
    /// The caller said so (an override by item id).
    Caller,
}

/// One colour → operation rule of a [`ColourMap`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ColourRule {
    /// `#rrggbb`.
    pub colour: String,
    /// What that colour does.
    pub operation: Operation,
}

/// A makerspace's colours: which stroke colour does what on its machines. A contour takes the
/// rule of the nearest colour within `tolerance` (distance in 0–255 RGB space), as laser
/// software does with its palette. The makerspace profile format will carry one of these
/// (`[colours]`); callers pass it in [`super::cutfile::CutFileOptions::colours`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ColourMap {
    /// The rules.
    pub rules: Vec<ColourRule>,
    /// Largest RGB distance to a rule's colour that still matches (default 100).
    #[serde(default = "default_tolerance")]
    pub tolerance: f64,
}

fn default_tolerance() -> f64 {
    100.0
}

impl ColourMap {
    /// The common laser habit: red cuts, blue scores, black (stroke) cuts, green engraves.
    pub fn laser_default() -> ColourMap {
        let rule = |c: &str, operation| ColourRule {
            colour: c.into(),
            operation,
        };
        ColourMap {
            rules: vec![
                rule("#ff0000", Operation::Cut),
                rule("#0000ff", Operation::Score),
                rule("#000000", Operation::Cut),
            ],
            tolerance: default_tolerance(),
        }
    }

    /// boxes.py's colours (`boxes/Color.py`): black outer cut, blue inner cut, red
    /// annotations, green etching, cyan deep etching.
    pub fn boxes_py() -> ColourMap {
        let rule = |c: &str, operation| ColourRule {
            colour: c.into(),
            operation,
        };
        ColourMap {
            rules: vec![
                rule("#000000", Operation::CutOutside),
                rule("#0000ff", Operation::CutInside),
                rule("#ff0000", Operation::NonCut),
                rule("#00ff00", Operation::Engrave),
                rule("#00ffff", Operation::Engrave),
            ],
            tolerance: 60.0,
        }
    }

    /// The operation of the nearest rule within the tolerance, and that rule's colour.
    pub fn lookup(&self, rgb: [u8; 3]) -> Option<(Operation, String)> {
        self.rules
            .iter()
            .filter_map(|r| {
                let c = parse_hex(&r.colour)?;
                Some((distance(c, rgb), r))
            })
            .filter(|(d, _)| *d <= self.tolerance)
            .min_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, r)| (r.operation, r.colour.clone()))
    }

    /// Every rule's colour parses; a message naming the first bad one otherwise.
    pub fn check(&self) -> Result<(), String> {
        for (i, r) in self.rules.iter().enumerate() {
            if parse_hex(&r.colour).is_none() {
                return Err(format!(
                    "colours.rules[{i}].colour '{}' is not a #rrggbb colour",
                    r.colour
                ));
            }
        }
        if !(self.tolerance.is_finite() && self.tolerance >= 0.0) {
            return Err("colours.tolerance must be a number ≥ 0".into());
        }
        Ok(())
    }
}

fn distance(a: [u8; 3], b: [u8; 3]) -> f64 {
    a.iter()
        .zip(b)
        .map(|(x, y)| (f64::from(*x) - f64::from(y)).powi(2))
        .sum::<f64>()
        .sqrt()
}

/// `#rrggbb` or `#rgb` → RGB.
pub fn parse_hex(s: &str) -> Option<[u8; 3]> {
    let h = s.trim().strip_prefix('#')?;
    let digit = |c: char| c.to_digit(16).map(|d| d as u8);
    match h.len() {
        6 => {
            let b = h.as_bytes();
            let byte =
                |i: usize| Some(digit(char::from(b[i]))? * 16 + digit(char::from(b[i + 1]))?);
            Some([byte(0)?, byte(2)?, byte(4)?])
        }
        3 => {
            let mut out = [0u8; 3];
            for (o, c) in out.iter_mut().zip(h.chars()) {
                *o = digit(c)? * 17;
            }
            Some(out)
        }
        _ => None,
    }
}

/// `#rrggbb` of a colour.
pub fn hex(c: [u8; 3]) -> String {
    format!("#{:02x}{:02x}{:02x}", c[0], c[1], c[2])
}

/// RGB of an AutoCAD colour index (1 red, 2 yellow, 3 green, 4 cyan, 5 blue, 6 magenta,
/// 7 black/white, 8–9 greys, 10–249 the hue wheel, 250–255 greys).
pub fn aci_rgb(index: u8) -> [u8; 3] {
    match index {
        1 => [255, 0, 0],
        2 => [255, 255, 0],
        3 => [0, 255, 0],
        4 => [0, 255, 255],
        5 => [0, 0, 255],
        6 => [255, 0, 255],
        0 | 7 => [0, 0, 0], // drawn black on the white of a cut sheet
        8 => [128, 128, 128],
        9 => [192, 192, 192],
        10..=249 => {
            let hue = f64::from(index / 10 - 1) * 15.0;
            let variant = index % 10;
            let value = [1.0, 1.0, 0.8, 0.8, 0.6, 0.6, 0.5, 0.5, 0.3, 0.3][usize::from(variant)];
            let sat = if variant.is_multiple_of(2) { 1.0 } else { 0.5 };
            hsv(hue, sat, value)
        }
        250..=255 => {
            let g = [51, 91, 132, 173, 214, 255][usize::from(index - 250)];
            [g, g, g]
        }
    }
}

fn hsv(h: f64, s: f64, v: f64) -> [u8; 3] {
    let c = v * s;
    let x = c * (1.0 - ((h / 60.0) % 2.0 - 1.0).abs());
    let m = v - c;
    let (r, g, b) = match (h / 60.0) as u32 {
        0 => (c, x, 0.0),
        1 => (x, c, 0.0),
        2 => (0.0, c, x),
        3 => (0.0, x, c),
        4 => (x, 0.0, c),
        _ => (c, 0.0, x),
    };
    let byte = |f: f64| ((f + m) * 255.0).round().clamp(0.0, 255.0) as u8;
    [byte(r), byte(g), byte(b)]
}

/// The operation a layer (or SVG group) name states, by the common conventions, or `None`
/// when the name says nothing. Names cut short (AutoCAD R12 keeps 26 characters) match when
/// their last word is the start of a keyword (`…CUTTHROUGH_OUTSI`).
pub fn from_layer_name(name: &str) -> Option<Operation> {
    let upper = name.to_uppercase();
    let words: Vec<&str> = upper
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let last = words.last().copied().unwrap_or("");
    // A keyword occurs in the name, or the name was cut short inside it.
    let has = |k: &str| {
        upper.contains(k)
            || (last.len() >= 3 && k.starts_with(last) && upper.ends_with(last) && k != last)
    };
    let word = |k: &str| words.contains(&k);
    if has("DONOTCUT") || has("DO_NOT_CUT") || word("NOCUT") || has("NO_CUT") {
        return Some(Operation::NonCut);
    }
    if word("SHEET") || word("SHEETS") || upper.starts_with("SHEET") || word("STOCK") {
        return Some(Operation::Sheet);
    }
    let depth = depth_mm(&upper);
    if has("HALF_MILL") || has("HALFMILL") || has("POCKET") {
        return Some(Operation::Pocket { depth });
    }
    if ["ENGRAV", "ETCH", "LABEL", "MARK", "RASTER", "TEXT"]
        .iter()
        .any(|k| has(k))
    {
        return Some(Operation::Engrave);
    }
    let through = has("CUTTHROUGH") || has("THROUGH") || has("CUT_THROUGH");
    let cut_word = words.iter().any(|w| {
        matches!(
            *w,
            "CUT" | "CUTS" | "CUTTING" | "PROFILE" | "PROFILES" | "OUTLINE" | "OUTLINES" | "LASER"
        )
    });
    if through || cut_word {
        if has("OUTSIDE") || word("OUTER") || word("EXTERIOR") || word("OUT") {
            return Some(Operation::CutOutside);
        }
        if has("INSIDE") || word("INNER") || word("INTERIOR") || word("IN") || has("HOLES") {
            return Some(Operation::CutInside);
        }
        return Some(Operation::Cut);
    }
    if has("DEEP") && depth.is_some() {
        return Some(Operation::Pocket { depth });
    }
    if has("SCORE") || has("SCRIBE") || has("FOLD") || has("CREASE") {
        return Some(Operation::Score);
    }
    if word("NOTES")
        || word("NOTE")
        || has("DIMENSION")
        || word("DIM")
        || word("DIMS")
        || word("DEFPOINTS")
        || word("TITLE")
        || word("BORDER")
        || word("FRAME")
        || word("GUIDE")
        || word("GUIDES")
        || has("CONSTRUCTION")
        || word("REFERENCE")
        || has("ANNOTATION")
        || word("HIDDEN")
        || word("CENTER")
        || word("CENTRE")
    {
        return Some(Operation::NonCut);
    }
    None
}

/// A depth written as `9MM` (or `9.5MM`) in an upper-case layer name.
fn depth_mm(upper: &str) -> Option<f64> {
    let b = upper.as_bytes();
    let mut i = 0;
    while let Some(pos) = upper[i..].find("MM") {
        let end = i + pos;
        let mut start = end;
        while start > 0 && (b[start - 1].is_ascii_digit() || b[start - 1] == b'.') {
            start -= 1;
        }
        if start < end
            && let Ok(v) = upper[start..end].parse::<f64>()
            && v > 0.0
            && v < 200.0
        {
            return Some(v);
        }
        i = end + 2;
    }
    None
}

/// Sheet size and thickness from a sheet layer name (`0_SHEET_SPRUCEPLY_2440X1220X18` →
/// 2440 × 1220, 18 mm), as far as the name holds them.
pub fn sheet_from_layer_name(name: &str) -> (Option<[f64; 2]>, Option<f64>) {
    let upper = name.to_uppercase();
    for word in upper.split(|c: char| !(c.is_ascii_alphanumeric() || c == '.')) {
        let parts: Vec<&str> = word.split('X').collect();
        let nums: Vec<Option<f64>> = parts.iter().map(|p| p.parse::<f64>().ok()).collect();
        if nums.len() >= 2 && nums.iter().all(Option::is_some) {
            let v: Vec<f64> = nums.into_iter().flatten().collect();
            let size = (v[0] >= 100.0 && v[1] >= 100.0).then_some([v[0], v[1]]);
            let thickness = v.get(2).copied().filter(|t| *t > 0.0 && *t <= 200.0);
            return (size, thickness);
        }
    }
    (None, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wikihouse_layers_and_their_26_character_cuts() {
        use Operation::*;
        for (name, op) in [
            ("4_ANYTOOL_CUTTHROUGH_OUTSIDE", CutOutside),
            ("4_ANYTOOL_CUTTHROUGH_OUTSI", CutOutside),
            ("3_ANYTOOL_CUTTHROUGH_INSID", CutInside),
            ("5_ANYTOOL_HALF_MILL_9MM_IN", Pocket { depth: Some(9.0) }),
            ("1_ANYTOOL_1MMDEEP_LABELS_S", Engrave),
            ("0_SHEET_SPRUCEPLY_2440X122", Sheet),
            ("2_ANYTOOL_2MMCUTTHROUGH_SC", Cut),
            ("DONOTCUT", NonCut),
            ("NOTES", NonCut),
            ("OUTER_PROFILES", CutOutside),
            ("INTERIOR_PROFILES", CutInside),
            ("engrave", Engrave),
            ("6MM_DEEP_POCKET", Pocket { depth: Some(6.0) }),
        ] {
            assert_eq!(from_layer_name(name), Some(op), "{name}");
        }
        assert_eq!(from_layer_name("0"), None);
        assert_eq!(from_layer_name("Layer_1"), None);
        assert_eq!(
            sheet_from_layer_name("0_SHEET_SPRUCEPLY_2440X1220X18"),
            (Some([2440.0, 1220.0]), Some(18.0))
        );
    }

    #[test]
    fn colours_match_the_nearest_rule() {
        let m = ColourMap::laser_default();
        assert_eq!(m.lookup([241, 0, 0]).map(|r| r.0), Some(Operation::Cut));
        assert_eq!(m.lookup([0, 0, 230]).map(|r| r.0), Some(Operation::Score));
        assert_eq!(m.lookup([0, 200, 0]), None);
        assert_eq!(aci_rgb(1), [255, 0, 0]);
        assert_eq!(aci_rgb(5), [0, 0, 255]);
        assert_eq!(aci_rgb(10), [255, 0, 0]);
        assert_eq!(parse_hex("#f10000"), Some([241, 0, 0]));
        assert_eq!(parse_hex("#0f0"), Some([0, 255, 0]));
    }
}
