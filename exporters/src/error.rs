//! The error type shared by the cut-file writers that can refuse their input.

/// Why a cut file could not be written.
///
/// Every variant names the offending numbers, so the message can be shown to a maker as is.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A coordinate, size or depth is NaN or infinite.
    #[error("{what} is not a finite number ({value})")]
    NonFinite {
        /// Where the value was found, e.g. `part A1 #2, contour 3, point 5, y`.
        what: String,
        /// The value itself.
        value: f64,
    },
    /// A contour's depth is zero or negative.
    #[error("{what}: depth {depth} mm must be greater than 0")]
    BadDepth {
        /// Which contour, e.g. `part A1 #2, contour 3`.
        what: String,
        /// The depth given.
        depth: f64,
    },
    /// A cut would go below the lowest Z the machine may reach.
    #[error(
        "{what}: depth {depth} mm + overcut {overcut} mm = {total} mm would reach Z = {z}, \
         below the machine's limit z_min = {z_min} (at most {limit} mm deep)",
        z = -total,
        limit = -z_min
    )]
    TooDeep {
        /// Which contour, e.g. `part A1 #2, contour 3`.
        what: String,
        /// The contour's depth, mm.
        depth: f64,
        /// The overcut added to through cuts (0 for pockets and scores), mm.
        overcut: f64,
        /// `depth + overcut`, mm.
        total: f64,
        /// The machine's lowest Z, mm.
        z_min: f64,
    },
    /// A CNC setting is out of range (e.g. a pass depth or feed that is not positive).
    #[error("CNC setting {name} = {value} is invalid: {reason}")]
    BadSetting {
        /// The field of [`CncSettings`](crate::CncSettings), e.g. `pass_depth`.
        name: &'static str,
        /// The value given.
        value: f64,
        /// What it must be instead.
        reason: String,
    },
    /// The sheet's own size or thickness is unusable.
    #[error("sheet {name} = {value} is invalid: {reason}")]
    BadSheet {
        /// The field of [`CutSheet`](crate::CutSheet), e.g. `thickness`.
        name: &'static str,
        /// The value given.
        value: f64,
        /// What it must be instead.
        reason: String,
    },
    /// Holding tabs do not fit on a contour: together they would cover its whole perimeter.
    #[error(
        "{what}: {count} tabs of {width} mm do not fit on a perimeter of {perimeter} mm \
         (tab_count × tab_width must be less than the perimeter)"
    )]
    TabsDoNotFit {
        /// Which contour.
        what: String,
        /// `tab_count`.
        count: u32,
        /// `tab_width`, mm.
        width: f64,
        /// The contour's perimeter, mm.
        perimeter: f64,
    },
    /// A contour would need an absurd number of depth passes (a pass depth far too small).
    #[error("{what}: {passes} depth passes of {pass_depth} mm needed, more than {max} allowed")]
    TooManyPasses {
        /// Which contour.
        what: String,
        /// Passes the contour would need.
        passes: f64,
        /// `pass_depth`, mm.
        pass_depth: f64,
        /// The limit.
        max: u32,
    },
    /// The DXF library failed to write the drawing.
    #[error("DXF writer failed: {0}")]
    Dxf(String),
    /// The STEP writer could not write the solids.
    #[error("STEP writer failed: {0}")]
    Step(String),
    /// The PNG encoder failed.
    #[error("PNG encoder failed: {0}")]
    Png(String),
    /// The PDF library failed to write the build sheet (or the embedded font is unusable).
    #[error("PDF writer failed: {0}")]
    Pdf(String),
}
