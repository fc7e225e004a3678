//! Geometry: evaluated parts become polygons, and polygons are checked.
//!
//! Owns flattening arcs to a stated tolerance, building a part's profile (outline ∪ tabs −
//! slots − holes) with the `geo` crate's boolean operations, and the geometric checks of
//! validation. Knows nothing of manifests' text, files, git or output formats.

mod cut;
mod overview;
mod profile;
mod solid;

pub use cut::{CutError, check_slot_widths, offset, split_small_holes, with_dogbones};
pub use overview::overview;

pub use solid::{Assembly, Instance, PartSolid, SolidError, assemble, part_solid};

pub use profile::{
    PartProfile, check_part, check_part_within, flatten, part_profile, part_profile_within,
};

/// Largest distance between a flattened arc and the true arc, in mm.
pub const FLATTEN_TOLERANCE: f64 = 0.02;
