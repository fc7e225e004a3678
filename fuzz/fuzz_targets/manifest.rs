//! A manifest: parse, evaluate at the defaults, check the geometry at every bound.
#![no_main]

use libfuzzer_sys::fuzz_target;

// The body lives in the library (barnraise::fuzz), shared with the CI smoke run.
fuzz_target!(|data: &[u8]| barnraise::fuzz::manifest(data));
