//! Property tests: no input, however broken, makes parsing, evaluation or the geometry
//! checks panic.

use std::collections::BTreeMap;
use std::path::Path;

use proptest::prelude::*;

use crate::repo;

fn example() -> String {
    std::fs::read_to_string(repo("tests/fixtures/valid/push-seeder-plates/design.toml")).unwrap()
}

/// Parses, checks and evaluates; any outcome is fine except a panic.
fn exercise(bytes: &[u8]) {
    if let Ok(design) = barnraise::package::parse_bytes(bytes, Path::new("p/design.toml"), None) {
        let _ = barnraise::package::check_design(&design);
    }
}

/// Pieces that make TOML and expressions interesting when spliced in.
const TOKENS: &[&str] = &[
    "[",
    "]",
    "{",
    "}",
    "\"",
    "=",
    ",",
    "\n",
    "[[parts]]",
    "0",
    "-1",
    "1e308",
    "nan",
    "inf",
    "/ 0",
    "(",
    ")",
    "thickness",
    "width",
    "^",
    "*",
    "\u{0}",
    "é",
    "\\",
    "'''",
    "#",
    ".",
    "true",
    "[parameters.x]",
    "shape = \"path\"",
    "holes = [",
    "999999999999999999999",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, .. ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
        exercise(&bytes);
    }

    #[test]
    fn mutated_manifests_never_panic(
        edits in proptest::collection::vec((any::<prop::sample::Index>(), 0usize..3, prop::sample::select(TOKENS)), 1..8)
    ) {
        let mut text = example().into_bytes();
        for (at, kind, token) in edits {
            let i = at.index(text.len().max(1)).min(text.len());
            match kind {
                0 => { text.splice(i..i, token.bytes()); }
                1 => { let end = (i + token.len()).min(text.len()); text.drain(i..end); }
                _ => { let end = (i + token.len()).min(text.len()); text.splice(i..end, token.bytes()); }
            }
        }
        exercise(&text);
    }

    #[test]
    fn any_parameter_values_never_panic(
        thickness in prop_oneof![Just(f64::NAN), Just(f64::INFINITY), Just(-1.0), Just(0.0), -1e9f64..1e9],
        diameter in prop_oneof![Just(0.0), Just(1e12), -1e6f64..1e6],
        cells in prop_oneof![Just(0.0), Just(1e9), -100f64..100.0],
    ) {
        let design = barnraise::model::parse_manifest(&example(), None).unwrap();
        let overrides = BTreeMap::from([
            ("thickness".to_string(), thickness),
            ("plate_diameter".to_string(), diameter),
            ("cells".to_string(), cells),
        ]);
        if let Ok(ev) = design.evaluate(&overrides) {
            for part in &ev.parts {
                let _ = barnraise::geometry::check_part(part);
            }
        }
    }
}

#[test]
fn the_documented_example_is_valid() {
    // docs/design-format.md's complete example is this fixture; keep them the same.
    let doc = std::fs::read_to_string(repo("docs/design-format.md")).unwrap();
    let start = doc.find("## A complete example").unwrap();
    let block = &doc[start..];
    let block = &block[block.find("```toml\n").unwrap() + 8..];
    let block = &block[..block.find("```").unwrap()];
    assert_eq!(block, example(), "docs example and fixture differ");
    let pkg = barnraise::package::validate(&repo("tests/fixtures/valid/push-seeder-plates"));
    assert!(pkg.is_ok(), "{:?}", pkg.err());
}
