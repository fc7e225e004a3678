//! An expression over three known names, evaluated at fixed values.
#![no_main]

use libfuzzer_sys::fuzz_target;

use barnraise::model::{Expr, Loc, Values};

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else {
        return;
    };
    let names = ["thickness", "width", "n"];
    let known = |n: &str| names.contains(&n);
    if let Ok(e) = Expr::parse(src, Loc::path_only("computed.x"), &known, &names) {
        let mut values = Values::new();
        values.insert("thickness".into(), 18.0);
        values.insert("width".into(), 0.0);
        values.insert("n".into(), -3.0);
        let _ = e.eval(&values);
        let _ = e.as_constant();
    }
});
