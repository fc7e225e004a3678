//! Export speed for a design of a couple of hundred parts: everything but the nesting
//! (which has its own time budget) should take well under a second.
//!
//! Run: `cargo bench --bench export`. Prints a Markdown table; the figures go in
//! BENCHMARKS.md. The design is the shipped plywood wall block with every quantity ×5
//! (220 parts), exported for Example CNC Workshop' CNC router with a 2 s nesting budget; then
//! STL, STEP and PNG of the shipped wall block and of the ×5 version.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use barnraise::export::{
    CutFormat, ExportRequest, ModelFormat, ModelRequest, SheetContext, export, export_model,
};
use barnraise::model::{parse_makerspace, parse_manifest};
use barnraise_exporters::PreviewOptions;

fn main() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let src = std::fs::read_to_string(root.join("designs/plywood-wall-block/design.toml"))
        .expect("the shipped wall block");
    // Every `quantity = N` becomes 5N.
    let text: String = src
        .lines()
        .map(|l| match l.strip_prefix("quantity = ") {
            Some(n) => match n.trim().parse::<u32>() {
                Ok(q) => format!("quantity = {}", q * 5),
                Err(_) => l.to_string(),
            },
            None => l.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n");
    let mut design =
        parse_manifest(&text, Some("plywood-wall-block")).expect("scaled design parses");
    // Five times the copies no longer match the placements: lay them out flat instead.
    for p in &mut design.parts {
        p.placements.clear();
    }
    let space_src = std::fs::read_to_string(root.join("makerspaces/example-cnc-workshop.toml"))
        .expect("shipped makerspace");
    let space = parse_makerspace(&space_src, Some("example-cnc-workshop")).expect("profile parses");
    let tmp = std::env::temp_dir().join(format!("barnraise-export-bench-{}", std::process::id()));
    println!("# Export benchmark\n");
    println!(
        "`cargo bench --bench export`: wall block ×5, Example CNC Workshop ShopBot, nesting budget 2 s, seed 1.\n"
    );
    println!(
        "| formats | parts | sheets (LB) | total s | nesting s | total − nesting s | PDF s | files |"
    );
    println!("|---|---|---|---|---|---|---|---|");
    for (label, format) in [
        ("DXF + G-code + PDF", CutFormat::All),
        ("SVG", CutFormat::Svg),
        ("DXF", CutFormat::Dxf),
        ("PDF", CutFormat::Pdf),
    ] {
        let out = tmp.join(format.name());
        let req = ExportRequest {
            design: &design,
            revision: None,
            params: BTreeMap::new(),
            format,
            makerspace: Some(&space),
            machine: Some("shopbot".into()),
            materials: vec![],
            sheet: None,
            kerf: None,
            tool: None,
            time_limit: Duration::from_secs(2),
            seed: 1,
            context: SheetContext::default(),
        };
        let m = export(&req, &out, &mut |_, _| {}).expect("export runs");
        let parts: usize = m.nesting.iter().map(|r| r.parts).sum();
        println!(
            "| {label} | {parts} | {} ({}) | {:.2} | {:.2} | {:.3} | {:.3} | {} |",
            m.sheets_used,
            m.lower_bound,
            m.timings.total,
            m.timings.nesting,
            m.timings.total - m.timings.nesting,
            m.timings.build_sheet,
            m.files.len()
        );
    }
    println!();
    println!("## 3D\n");
    println!(
        "The shipped wall block (44 copies of 12 parts, assembled from its placements) and the ×5 \
         version (220 copies, laid out flat). Solids = profiles, truck B-rep and tessellation."
    );
    println!();
    println!("| design | format | copies | solids s | write s | total s | output |");
    println!("|---|---|---|---|---|---|---|");
    let shipped = parse_manifest(&src, Some("plywood-wall-block")).expect("shipped design");
    for (name, d) in [("wall block", &shipped), ("wall block ×5", &design)] {
        for format in ModelFormat::ALL {
            let out = tmp.join(format!("3d-{}", format.name()));
            let req = ModelRequest {
                design: d,
                revision: None,
                params: BTreeMap::new(),
                format,
                makerspace: None,
                materials: vec![],
                preview: PreviewOptions::default(),
                time_stamp: "2000-01-01T00:00:00".into(),
            };
            let started = Instant::now();
            let m = export_model(&req, &out).expect("3D export runs");
            let total = started.elapsed().as_secs_f64();
            let bytes: u64 = m
                .files
                .iter()
                .filter_map(|f| std::fs::metadata(out.join(&f.file)).ok())
                .map(|md| md.len())
                .sum();
            println!(
                "| {name} | {} | {} | {:.2} | {:.2} | {total:.2} | {} file(s), {:.1} MB |",
                format.name(),
                m.instances.len(),
                m.seconds.solids,
                m.seconds.write,
                m.files.len(),
                bytes as f64 / 1e6
            );
        }
    }
    let _ = std::fs::remove_dir_all(&tmp);
}
