//! Writers for Barnraise: cut files and build sheets from a neutral drawing description.
//!
//! This crate must build without git2, tantivy or axum: it turns already-evaluated geometry
//! into files and knows nothing about where designs come from. Coordinates are millimetres
//! with y pointing up, as in the design format; writers flip where their format needs it.

pub mod buildsheet;
pub mod cut;
pub mod drawing;
pub mod dxf_writer;
pub mod error;
pub mod gcode;
pub mod laser;
pub mod mesh;
pub mod pdf;
pub mod preview;
pub mod step;
pub mod stl;
pub mod svg;
mod util;

pub use buildsheet::{BomRow, BuildSheet, CutRow, FitTest, Paper, SheetLabels, SheetPage, Step};
pub use cut::{CncSettings, ContourKind, CutContour, CutPart, CutSheet, CutText};
pub use drawing::{Drawing, Item, Operation};
pub use dxf_writer::write_dxf;
pub use error::Error;
pub use gcode::write_gcode;
pub use laser::write_svg;
pub use mesh::{Mesh, Transform};
pub use pdf::write_pdf;
pub use preview::{Background, PreviewItem, PreviewOptions, render_preview};
pub use step::{StepInfo, StepSolid, write_step};
pub use stl::write_stl;
