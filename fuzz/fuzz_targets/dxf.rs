//! A DXF file through the whole cut-file import (read, chain, shapes, joints, manifest,
//! validation of the written package).
#![no_main]

use libfuzzer_sys::fuzz_target;

use barnraise::interop::cutfile::{CutFileOptions, import_dxf_bytes};

fuzz_target!(|data: &[u8]| {
    let opts = CutFileOptions {
        slug: "fuzzed".into(),
        ..CutFileOptions::default()
    };
    let _ = import_dxf_bytes(data, std::path::Path::new("fuzz.dxf"), &opts);
});
