//! An OKH manifest: the first byte picks OKH-LOSH (TOML) or OKH v1 (YAML), the rest is
//! the text.
#![no_main]

use libfuzzer_sys::fuzz_target;

// The body lives in the library (barnraise::fuzz), shared with the CI smoke run.
fuzz_target!(|data: &[u8]| barnraise::fuzz::okh(data));
