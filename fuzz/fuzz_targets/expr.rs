//! An expression over three known names, evaluated at fixed values.
#![no_main]

use libfuzzer_sys::fuzz_target;

// The body lives in the library (barnraise::fuzz), shared with the CI smoke run.
fuzz_target!(|data: &[u8]| barnraise::fuzz::expr(data));
