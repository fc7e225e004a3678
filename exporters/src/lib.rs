//! Writers for Barnraise: cut files and build sheets from a neutral drawing description.
//!
//! This crate must build without git2, tantivy or axum: it turns already-evaluated geometry
//! into files and knows nothing about where designs come from.

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operations_are_distinct() {
        assert_ne!(Operation::Cut, Operation::Score);
    }
}
