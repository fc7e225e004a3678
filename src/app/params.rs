//! Parameter overrides as typed values, parsed once at the edge and canonical: a length is
//! kept to 0.001 mm and a count is whole, so `12`, `12.0` and `12.0000001` are one value
//! (one cache entry, one export job) and debug text never becomes a key.

use std::collections::BTreeMap;

use crate::model::{Design, ParamType, format_number};

use super::{Error, Result};

/// Resolution of overridden lengths and angles: far below what any machine cuts.
const RESOLUTION: f64 = 1e-3;

/// Parameter values a person chose, checked against one design (names it has, types and
/// bounds it allows).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Overrides(BTreeMap<String, f64>);

impl Overrides {
    /// No overrides: the design's defaults.
    pub fn none() -> Overrides {
        Overrides::default()
    }

    /// Parses text values (`thickness` → `"17.4"`) for `design`: unknown names, non-numbers
    /// and values out of bounds are problems, each naming its parameter.
    pub fn parse(design: &Design, raw: &BTreeMap<String, String>) -> Result<Overrides> {
        let parsed = design.parse_overrides(raw).map_err(Error::invalid)?;
        Ok(Overrides::canonical(design, parsed))
    }

    /// Like [`Overrides::parse`], but names the design does not have are ignored (a web
    /// query carries other keys too).
    pub fn parse_known(design: &Design, raw: &BTreeMap<String, String>) -> Result<Overrides> {
        let known: BTreeMap<String, String> = raw
            .iter()
            .filter(|(k, v)| design.parameter(k).is_some() && !v.trim().is_empty())
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        Overrides::parse(design, &known)
    }

    /// Reads `name=value` pairs (as given on a command line).
    pub fn parse_pairs(design: &Design, pairs: &[String]) -> Result<Overrides> {
        let mut raw = BTreeMap::new();
        for p in pairs {
            let (k, v) = crate::model::parse_param_override(p).map_err(Error::refused)?;
            raw.insert(k, v);
        }
        Overrides::parse(design, &raw)
    }

    fn canonical(design: &Design, values: BTreeMap<String, f64>) -> Overrides {
        let rounded = values
            .into_iter()
            .map(|(k, v)| {
                let whole = design
                    .parameter(&k)
                    .is_some_and(|p| matches!(p.kind, ParamType::Count | ParamType::Bool));
                let v = if whole {
                    v.round()
                } else {
                    (v / RESOLUTION).round() * RESOLUTION
                };
                // −0 and 0 are one value.
                (k, if v == 0.0 { 0.0 } else { v })
            })
            .collect();
        Overrides(rounded)
    }

    /// The values, by parameter name.
    pub fn values(&self) -> &BTreeMap<String, f64> {
        &self.0
    }

    /// True when nothing is overridden.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// A stable text form (`clearance=0.2&thickness=17.4`), for keys and query strings.
    pub fn query(&self) -> String {
        self.0
            .iter()
            .map(|(k, v)| format!("{k}={}", format_number(*v)))
            .collect::<Vec<_>>()
            .join("&")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn near_equal_values_are_one_value() {
        let packages = crate::shipped::packages().expect("shipped designs");
        let design = packages
            .iter()
            .map(|(d, _)| d)
            .find(|d| d.parameter("thickness").is_some())
            .expect("a design with a thickness");
        let t = design.parameter("thickness").expect("thickness");
        let base = t.default;
        let raw = |v: String| BTreeMap::from([("thickness".to_string(), v)]);
        let a = Overrides::parse(design, &raw(format!("{base}"))).expect("parses");
        let b = Overrides::parse(design, &raw(format!("{}", base + 1e-7))).expect("parses");
        assert_eq!(a, b);
        assert_eq!(a.query(), format!("thickness={}", format_number(base)));
        assert!(Overrides::parse(design, &raw("wood".into())).is_err());
        let junk = BTreeMap::from([("rev".to_string(), "x".to_string())]);
        assert!(
            Overrides::parse_known(design, &junk)
                .expect("ignored")
                .is_empty()
        );
        assert!(Overrides::parse(design, &junk).is_err());
    }
}
