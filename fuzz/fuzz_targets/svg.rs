//! An SVG file through the whole cut-file import.
#![no_main]

use libfuzzer_sys::fuzz_target;

use barnraise::interop::cutfile::CutFileOptions;
use barnraise::interop::svg::import_svg_bytes;

fuzz_target!(|data: &[u8]| {
    let opts = CutFileOptions {
        slug: "fuzzed".into(),
        ..CutFileOptions::default()
    };
    let _ = import_svg_bytes(data, std::path::Path::new("fuzz.svg"), &opts);
});
