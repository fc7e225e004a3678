//! A manifest: parse, evaluate at the defaults, check the geometry at every bound.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let file = std::path::Path::new("design.toml");
    if let Ok(design) = barnraise::package::parse_bytes(data, file, None) {
        let _ = design.evaluate(&Default::default());
        let _ = barnraise::package::check_design(&design);
    }
});
