//! The neutral description of one nested sheet, as every cut-file writer reads it.
//!
//! The `barnraise` crate fills it in: parts are already placed on the sheet, kerf or tool
//! offset is already applied where the target needs it, arcs are already flattened. Writers
//! only order, colour, layer and format what they are given.

/// What a contour is, for laser colours, DXF layers and G-code ordering.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ContourKind {
    /// A hole or slot inside a part: cut before the part's outside.
    Inside,
    /// The outer edge of a part: cut last, so the part does not drop before its holes.
    Outside,
    /// A pocket (area cleared to `depth`, not through).
    Pocket,
    /// A line marked without cutting through (laser score, CNC V-line at shallow depth).
    Score,
}

/// One closed contour of a part on the sheet.
#[derive(Debug, Clone, PartialEq)]
pub struct CutContour {
    /// Closed polyline in sheet coordinates (mm, origin at the sheet's lower-left corner,
    /// y up). The last point does not repeat the first.
    pub points: Vec<[f64; 2]>,
    /// What the contour is.
    pub kind: ContourKind,
    /// Cut depth in mm (for through cuts: the measured material thickness).
    pub depth: f64,
    /// Whether the CNC should leave holding tabs on this contour (small parts' outsides).
    pub tabs: bool,
}

/// A label engraved on a part: the same string the build sheet prints.
#[derive(Debug, Clone, PartialEq)]
pub struct CutText {
    /// The text.
    pub text: String,
    /// Centre, in sheet coordinates (mm).
    pub at: [f64; 2],
    /// Cap height, mm.
    pub height: f64,
    /// Rotation of the text, degrees counter-clockwise.
    pub rotation: f64,
}

/// One part instance placed on the sheet.
#[derive(Debug, Clone, PartialEq)]
pub struct CutPart {
    /// The part's label (e.g. `A1`), unique per part, repeated for every instance.
    pub label: String,
    /// Which instance of the part this is (1-based), for people reading the files.
    pub instance: u32,
    /// Contours: insides, the outside, pockets, scores, in any order.
    pub contours: Vec<CutContour>,
    /// Engraved labels and marks.
    pub texts: Vec<CutText>,
}

/// One sheet of stock with its parts placed, ready to write.
#[derive(Debug, Clone, PartialEq)]
pub struct CutSheet {
    /// Sheet width (x), mm.
    pub width: f64,
    /// Sheet height (y), mm.
    pub height: f64,
    /// Measured material thickness, mm.
    pub thickness: f64,
    /// 1-based sheet number within the export.
    pub index: u32,
    /// A line naming design, material and sheet, written as a comment or title.
    pub title: String,
    /// The parts on this sheet.
    pub parts: Vec<CutPart>,
}

/// CNC settings the G-code writer needs; all lengths mm, feeds mm/min.
#[derive(Debug, Clone, PartialEq)]
pub struct CncSettings {
    /// Cutter diameter (the contours are already offset by its radius).
    pub tool_diameter: f64,
    /// Spindle speed, rpm.
    pub spindle_rpm: f64,
    /// Cutting feed in XY.
    pub feed: f64,
    /// Plunge feed in Z.
    pub plunge_feed: f64,
    /// Depth per pass (≤ tool diameter for plywood).
    pub pass_depth: f64,
    /// Height for rapid moves above the sheet top (Z = 0 is the sheet top).
    pub safe_z: f64,
    /// How far through cuts go below the sheet's bottom into the spoilboard.
    pub overcut: f64,
    /// Lowest Z the machine may ever reach: −(thickness + overcut) must not go below it.
    pub z_min: f64,
    /// Holding tab width along the contour.
    pub tab_width: f64,
    /// Holding tab height above the sheet's bottom.
    pub tab_height: f64,
    /// Number of tabs on a contour flagged for tabs.
    pub tab_count: u32,
}
