//! An OKH manifest: the first byte picks OKH-LOSH (TOML) or OKH v1 (YAML), the rest is
//! the text.
#![no_main]

use libfuzzer_sys::fuzz_target;

use barnraise::interop::okh::{Dialect, import_str};

fuzz_target!(|data: &[u8]| {
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    let Ok(src) = std::str::from_utf8(rest) else {
        return;
    };
    let (dialect, name) = if first & 1 == 0 {
        (Dialect::Losh, "okh.toml")
    } else {
        (Dialect::V1, "okh.yml")
    };
    let _ = import_str(src, dialect, std::path::Path::new(name), None);
});
