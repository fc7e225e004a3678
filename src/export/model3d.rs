//! 3D exports: the assembled design as STL (assembly and one file per part), STEP (one
//! named solid per part copy) and a PNG preview, plus the one function that renders a
//! design's preview for the build sheet's cover and the web page.
//!
//! Owns: parameters for 3D (the makerspace's measured thickness), file names, the
//! manifest. Must not: parse arguments, print, or know HTTP.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::Instant;

use barnraise_exporters::{
    PreviewItem, PreviewOptions, StepInfo, render_preview, write_step, write_stl,
};
use serde::Serialize;

use super::{ExportError, ModelFormat, StockPick, model_values, write::write_file};
use crate::geometry::{self, Assembly, SolidError};
use crate::i18n::Message;
use crate::model::{Design, EvaluatedDesign, Makerspace};

/// Wood tones the preview cycles through, one per part, so neighbouring parts stand apart.
const WOOD: [[u8; 3]; 6] = [
    [222, 184, 135],
    [201, 158, 104],
    [232, 201, 155],
    [190, 146, 96],
    [214, 172, 118],
    [238, 212, 170],
];

/// What to export in 3D.
#[derive(Debug, Clone)]
pub struct ModelRequest<'a> {
    /// The design.
    pub design: &'a Design,
    /// Store revision it was read at, if from a store.
    pub revision: Option<String>,
    /// Parameter overrides, parsed and checked against the design.
    pub params: BTreeMap<String, f64>,
    /// What to write.
    pub format: ModelFormat,
    /// A makerspace whose measured stock thickness becomes the thickness parameter.
    pub makerspace: Option<&'a Makerspace>,
    /// Stock choices, as for cut files.
    pub materials: Vec<StockPick>,
    /// Size and background of the PNG.
    pub preview: PreviewOptions,
    /// Time stamp written into STEP headers (ISO 8601); fixed for reproducible files.
    pub time_stamp: String,
}

/// One file a 3D export wrote.
#[derive(Debug, Clone, Serialize)]
pub struct ModelFile {
    /// File name relative to the output folder.
    pub file: String,
    /// `stl`, `step` or `png`.
    pub kind: ModelFormat,
    /// The part's label for a per-part STL; absent for the whole assembly.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub part: Option<String>,
    /// Solid volume in this file, mm³ (STL and STEP).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub volume_mm3: Option<f64>,
    /// Triangles (STL).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub triangles: Option<usize>,
    /// Solids (STEP).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub solids: Option<usize>,
}

/// One part copy in the assembly.
#[derive(Debug, Clone, Serialize)]
pub struct ModelInstance {
    /// `LABEL` or `LABEL #n`: the STEP solid's name.
    pub name: String,
    /// The part's label.
    pub label: String,
    /// Bounding box `[min, max]` in assembly coordinates, mm.
    pub bounds: [[f64; 3]; 2],
}

/// Written as `manifest.json` beside the 3D files.
#[derive(Debug, Clone, Serialize)]
pub struct ModelManifest {
    /// Design slug.
    pub design: String,
    /// Design name.
    pub name: String,
    /// Design version.
    pub version: String,
    /// Store revision, if read from a store.
    pub revision: Option<String>,
    /// What was asked for.
    pub format: ModelFormat,
    /// Every parameter and computed value used.
    pub parameters: BTreeMap<String, f64>,
    /// The makerspace whose thickness was used.
    pub makerspace: Option<String>,
    /// True when every copy was placed by the manifest; false for an exploded layout.
    pub assembled: bool,
    /// Σ part area × thickness, mm³.
    pub volume_mm3: f64,
    /// Every copy.
    pub instances: Vec<ModelInstance>,
    /// What was written.
    pub files: Vec<ModelFile>,
    /// Remarks for the maker, in English.
    pub notes: Vec<String>,
    /// The same as catalogue messages (`{code, args}`), for other languages.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub note_codes: Vec<crate::i18n::Message>,
    /// Seconds spent building solids and writing.
    pub seconds: ModelTimings,
}

/// Where a 3D export's time went, seconds.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ModelTimings {
    /// Solids and tessellation.
    pub solids: f64,
    /// Writing the files.
    pub write: f64,
}

impl From<SolidError> for ExportError {
    fn from(e: SolidError) -> Self {
        match e {
            SolidError::Profile { problems, .. } => ExportError::Design(problems),
            SolidError::Empty => {
                ExportError::unbuildable(Message::new("refusal-export-nothing-to-build"))
            }
            e => ExportError::Internal(e.to_string()),
        }
    }
}

/// The preview items of an assembly: each copy in its part's wood tone.
fn preview_items(a: &Assembly) -> Vec<PreviewItem<'_>> {
    a.instances
        .iter()
        .map(|i| PreviewItem {
            mesh: &a.parts[i.part].mesh,
            transform: i.transform,
            color: WOOD[i.part % WOOD.len()],
        })
        .collect()
}

/// Renders the design's preview: the assembled object (or its parts laid out flat) seen
/// from the front right, above. This is the image the build sheet's cover and the web
/// design page show.
pub fn design_preview(
    design: &EvaluatedDesign,
    opts: &PreviewOptions,
) -> Result<Vec<u8>, ExportError> {
    let assembly = geometry::assemble(design)?;
    render_preview(&preview_items(&assembly), opts)
        .map_err(|e| ExportError::unbuildable(e.to_string()))
}

/// File-name-safe form of a label.
fn file_stem(label: &str) -> String {
    label
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// Runs a 3D export into `out_dir` (created if missing) and writes `manifest.json`.
pub fn export_model(req: &ModelRequest<'_>, out_dir: &Path) -> Result<ModelManifest, ExportError> {
    let (manifest, files) = build_model(req)?;
    for (name, bytes) in &files {
        write_file(out_dir, name, bytes)?;
    }
    let json =
        serde_json::to_vec_pretty(&manifest).map_err(|e| ExportError::Internal(e.to_string()))?;
    write_file(out_dir, "manifest.json", &json)?;
    Ok(manifest)
}

/// A file made in memory: its name (relative to the output folder) and bytes.
pub type NamedFile = (String, Vec<u8>);

/// A 3D export in memory: its manifest and its files (name, bytes), the requested file
/// first.
pub fn build_model(req: &ModelRequest<'_>) -> Result<(ModelManifest, Vec<NamedFile>), ExportError> {
    let design = req.design;
    let mut notes = Vec::new();
    let values = model_values(
        design,
        req.makerspace,
        &req.materials,
        &req.params,
        &mut notes,
    )?;
    let ev = design.evaluate(&values).map_err(ExportError::Design)?;
    let started = Instant::now();
    let assembly = geometry::assemble(&ev)?;
    let solids_seconds = started.elapsed().as_secs_f64();
    if !assembly.assembled {
        notes.push(crate::i18n::Message::new(
            if ev.parts.iter().any(|p| !p.placements.is_empty()) {
                "note-some-parts-flat"
            } else {
                "note-all-parts-flat"
            },
        ));
    }
    let mut out: Vec<NamedFile> = Vec::new();
    let mut write = |name: &str, bytes: &[u8]| -> Result<(), ExportError> {
        out.push((name.to_string(), bytes.to_vec()));
        Ok(())
    };
    let internal = |e: barnraise_exporters::Error| ExportError::Internal(e.to_string());
    let started = Instant::now();
    let mut files = Vec::new();
    match req.format {
        ModelFormat::Stl => {
            let mesh = assembly.mesh();
            let name = format!("{}.stl", design.slug);
            write(&name, &write_stl(&mesh, &design.name).map_err(internal)?)?;
            files.push(ModelFile {
                file: name,
                kind: ModelFormat::Stl,
                part: None,
                volume_mm3: Some(mesh.volume()),
                triangles: Some(mesh.triangles.len()),
                solids: None,
            });
            for p in &assembly.parts {
                let name = format!("parts/{}.stl", file_stem(&p.label));
                write(&name, &write_stl(&p.mesh, &p.label).map_err(internal)?)?;
                files.push(ModelFile {
                    file: name,
                    kind: ModelFormat::Stl,
                    part: Some(p.label.clone()),
                    volume_mm3: Some(p.mesh.volume()),
                    triangles: Some(p.mesh.triangles.len()),
                    solids: None,
                });
            }
        }
        ModelFormat::Step => {
            let name = format!("{}.step", design.slug);
            let info = StepInfo {
                file_name: name.clone(),
                time_stamp: req.time_stamp.clone(),
                authors: design.authors.iter().map(|a| a.name.clone()).collect(),
                organization: req.makerspace.map(|m| m.name.clone()).unwrap_or_default(),
            };
            let text = write_step(&assembly.step_solids(), &info).map_err(internal)?;
            write(&name, text.as_bytes())?;
            files.push(ModelFile {
                file: name,
                kind: ModelFormat::Step,
                part: None,
                volume_mm3: Some(assembly.volume()),
                triangles: None,
                solids: Some(assembly.instances.len()),
            });
        }
        ModelFormat::Png => {
            let name = format!("{}.png", design.slug);
            let png = render_preview(&preview_items(&assembly), &req.preview)
                .map_err(|e| ExportError::unbuildable(e.to_string()))?;
            write(&name, &png)?;
            files.push(ModelFile {
                file: name,
                kind: ModelFormat::Png,
                part: None,
                volume_mm3: None,
                triangles: None,
                solids: None,
            });
        }
    }
    let write_seconds = started.elapsed().as_secs_f64();
    let instances = assembly
        .instances
        .iter()
        .map(|i| {
            let (lo, hi) = assembly
                .instance_mesh(i)
                .bounds()
                .unwrap_or(([0.0; 3], [0.0; 3]));
            ModelInstance {
                name: i.name.clone(),
                label: assembly.parts[i.part].label.clone(),
                bounds: [lo, hi],
            }
        })
        .collect();
    let manifest = ModelManifest {
        design: design.slug.clone(),
        name: design.name.clone(),
        version: design.version.to_string(),
        revision: req.revision.clone(),
        format: req.format,
        parameters: ev.values.iter().map(|(k, v)| (k.clone(), *v)).collect(),
        makerspace: req.makerspace.map(|m| m.slug.clone()),
        assembled: assembly.assembled,
        volume_mm3: assembly.volume(),
        instances,
        files,
        notes: notes
            .iter()
            .map(|n| n.text(crate::i18n::Lang::En))
            .collect(),
        note_codes: notes,
        seconds: ModelTimings {
            solids: solids_seconds,
            write: write_seconds,
        },
    };
    Ok((manifest, out))
}
