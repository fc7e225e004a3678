//! The output formats, as separate types: cut files and build sheets ([`CutFormat`], written
//! by [`super::export`]), 3D ([`ModelFormat`], written by [`super::export_model`]). Open
//! Know-How has its own function ([`super::export_okh`]) and needs no format value.

use serde::Serialize;

use crate::model::MachineKind;

/// What a cut-file export writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CutFormat {
    /// Laser SVG (kerf-compensated paths, laser colours).
    Svg,
    /// CNC DXF (nominal geometry with dogbones, layers per operation).
    Dxf,
    /// GRBL G-code (tool-radius offset applied).
    Gcode,
    /// A printable PDF build sheet (BOM, cut list, sheet layouts, assembly, fit test).
    Pdf,
    /// The machine's cut files and the build sheet (laser: SVG + PDF; CNC: DXF + G-code + PDF).
    All,
}

/// One kind of file a cut-file export writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CutFile {
    /// A laser SVG per sheet.
    Svg,
    /// A DXF per sheet.
    Dxf,
    /// A G-code program per sheet.
    Gcode,
    /// The build sheet.
    Pdf,
}

impl CutFile {
    /// The file name extension.
    pub fn ext(self) -> &'static str {
        match self {
            CutFile::Svg => "svg",
            CutFile::Dxf => "dxf",
            CutFile::Gcode => "gcode",
            CutFile::Pdf => "pdf",
        }
    }
}

impl CutFormat {
    /// Every cut format, in the order front ends list them.
    pub const ALL: [CutFormat; 5] = [
        CutFormat::All,
        CutFormat::Svg,
        CutFormat::Dxf,
        CutFormat::Gcode,
        CutFormat::Pdf,
    ];

    /// The lowercase name (`svg`, `all`, …) used in URLs, flags and `manifest.json`.
    pub fn name(self) -> &'static str {
        match self {
            CutFormat::Svg => "svg",
            CutFormat::Dxf => "dxf",
            CutFormat::Gcode => "gcode",
            CutFormat::Pdf => "pdf",
            CutFormat::All => "all",
        }
    }

    /// Reads a name as [`CutFormat::name`] writes it.
    pub fn parse(name: &str) -> Option<CutFormat> {
        CutFormat::ALL.into_iter().find(|f| f.name() == name)
    }

    /// What the format is, in words (for job titles and messages).
    pub fn describe(self) -> &'static str {
        match self {
            CutFormat::Svg => "laser SVG",
            CutFormat::Dxf => "CNC DXF",
            CutFormat::Gcode => "G-code",
            CutFormat::Pdf => "build sheet",
            CutFormat::All => "cut files and build sheet",
        }
    }

    /// The machine kind the format is for; `None` when the design decides.
    pub fn machine_kind(self) -> Option<MachineKind> {
        match self {
            CutFormat::Svg => Some(MachineKind::Laser),
            CutFormat::Dxf | CutFormat::Gcode => Some(MachineKind::Cnc),
            CutFormat::Pdf | CutFormat::All => None,
        }
    }

    /// The files written for this format on a machine of `kind`.
    pub fn files(self, kind: MachineKind) -> Vec<CutFile> {
        match (self, kind) {
            (CutFormat::All, MachineKind::Laser) => vec![CutFile::Svg, CutFile::Pdf],
            (CutFormat::All, MachineKind::Cnc) => {
                vec![CutFile::Dxf, CutFile::Gcode, CutFile::Pdf]
            }
            (CutFormat::Svg, _) => vec![CutFile::Svg],
            (CutFormat::Dxf, _) => vec![CutFile::Dxf],
            (CutFormat::Gcode, _) => vec![CutFile::Gcode],
            (CutFormat::Pdf, _) => vec![CutFile::Pdf],
        }
    }
}

/// What a 3D export writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ModelFormat {
    /// Binary STL of the assembly and of each part.
    Stl,
    /// STEP of the assembly, one named solid per part copy.
    Step,
    /// PNG preview of the assembly.
    Png,
}

impl ModelFormat {
    /// Every 3D format.
    pub const ALL: [ModelFormat; 3] = [ModelFormat::Stl, ModelFormat::Step, ModelFormat::Png];

    /// The lowercase name, also the file extension.
    pub fn name(self) -> &'static str {
        match self {
            ModelFormat::Stl => "stl",
            ModelFormat::Step => "step",
            ModelFormat::Png => "png",
        }
    }

    /// Reads a name as [`ModelFormat::name`] writes it.
    pub fn parse(name: &str) -> Option<ModelFormat> {
        ModelFormat::ALL.into_iter().find(|f| f.name() == name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_read_back() {
        for f in CutFormat::ALL {
            assert_eq!(CutFormat::parse(f.name()), Some(f));
        }
        for f in ModelFormat::ALL {
            assert_eq!(ModelFormat::parse(f.name()), Some(f));
        }
        assert_eq!(CutFormat::parse("stl"), None);
        assert_eq!(
            CutFormat::All.files(MachineKind::Cnc),
            [CutFile::Dxf, CutFile::Gcode, CutFile::Pdf]
        );
    }
}
