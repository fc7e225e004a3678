//! The neutral drawing description every writer reads.

/// What a path on a cut file is for; writers map it to colours (laser) or layers (CNC).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Operation {
    /// Cut through along the path.
    Cut,
    /// Score (mark) along the path without cutting through.
    Score,
    /// Engrave (raster or fill).
    Engrave,
}

/// One thing drawn.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// Closed rings (an outline and its holes), in mm, y up.
    Shape {
        /// Rings; each is a closed polyline (the last point need not repeat the first).
        rings: Vec<Vec<[f64; 2]>>,
        /// What the paths are for.
        operation: Operation,
    },
    /// A line of text centred on `at`.
    Text {
        /// The text.
        text: String,
        /// Centre, mm.
        at: [f64; 2],
        /// Cap height, mm.
        height: f64,
        /// What the text is for.
        operation: Operation,
    },
}

/// A drawing on a sheet of `width` × `height` mm, origin at the lower-left corner.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Drawing {
    /// Sheet width, mm.
    pub width: f64,
    /// Sheet height, mm.
    pub height: f64,
    /// Items in drawing order.
    pub items: Vec<Item>,
}
