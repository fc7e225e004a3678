//! Reading a search box: free text plus `name:value` filters.

use serde::Serialize;

use super::SearchError;
use crate::i18n::{Message, did_you_mean};
use crate::model::suggest;

/// Longest query accepted, in characters.
pub const MAX_QUERY_LEN: usize = 500;

/// Filter names a query may use.
pub const FILTERS: &[&str] = &[
    "category",
    "license",
    "material",
    "process",
    "author",
    "cost",
    "thickness",
    "bed",
    "built",
    "built_at",
];

/// A parsed query.
#[derive(Debug, Clone, Default, Serialize)]
pub struct SearchQuery {
    /// Free text (words and "quoted phrases").
    pub text: String,
    /// `category:farm-tool`.
    pub category: Option<String>,
    /// `license:CC-BY-SA-4.0`.
    pub license: Option<String>,
    /// `material:plywood`.
    pub material: Option<String>,
    /// `process:laser`.
    pub process: Option<String>,
    /// `author:maker`.
    pub author: Option<String>,
    /// `cost:<50`, `cost:>10`, `cost:10..50`.
    pub cost_min: Option<f64>,
    /// Upper cost bound.
    pub cost_max: Option<f64>,
    /// Stocked sheet thicknesses (`thickness:3,6`): designs needing others are left out.
    pub thickness: Vec<f64>,
    /// Machine bed `[w, h]` (`bed:600x400`): designs with a part too large are left out.
    pub bed: Option<[f64; 2]>,
    /// `built:>0`, `built:3`: at least this many valid build logs.
    pub built_min: Option<u64>,
    /// `built:works`: at least this many builds that work.
    pub built_works_min: Option<u64>,
    /// `built_at:example-fab-lab`, `built_at:GB`: built at that makerspace or in that
    /// country.
    pub built_at: Option<String>,
    /// Hits per page.
    pub limit: usize,
    /// Hits skipped (pagination).
    pub offset: usize,
}

fn number(name: &str, s: &str) -> Result<f64, SearchError> {
    s.trim()
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite() && *v >= 0.0)
        .ok_or_else(|| {
            SearchError::BadQuery(
                Message::new("refusal-search-not-a-number")
                    .arg("filter", name)
                    .arg("text", s),
            )
        })
}

/// Parses `600x400` (mm).
pub fn parse_bed(s: &str) -> Result<[f64; 2], SearchError> {
    let (a, b) = s
        .split_once(['x', 'X', '×'])
        .ok_or_else(|| SearchError::BadQuery(Message::new("refusal-search-bed").arg("text", s)))?;
    Ok([number("bed", a)?, number("bed", b)?])
}

/// Parses `3,6,18`.
pub fn parse_thicknesses(s: &str) -> Result<Vec<f64>, SearchError> {
    s.split(',')
        .filter(|p| !p.trim().is_empty())
        .map(|p| number("thickness", p))
        .collect()
}

/// Splits a search box into text and filters. Unknown filter names are an error that
/// lists the valid ones; so is an over-long query.
pub fn parse_query(input: &str) -> Result<SearchQuery, SearchError> {
    if input.chars().count() > MAX_QUERY_LEN {
        return Err(SearchError::BadQuery(
            Message::new("refusal-search-too-long")
                .arg("count", input.chars().count())
                .arg("max", MAX_QUERY_LEN),
        ));
    }
    let mut q = SearchQuery {
        limit: 20,
        ..SearchQuery::default()
    };
    let mut text = Vec::new();
    let mut in_quotes = false;
    for token in split_keep_quotes(input) {
        if token.starts_with('"') {
            in_quotes = !token.ends_with('"') || token.len() == 1;
            text.push(token);
            continue;
        }
        if in_quotes {
            text.push(token);
            continue;
        }
        let Some((key, value)) = token.split_once(':') else {
            text.push(token);
            continue;
        };
        if key.is_empty() || !key.chars().all(|c| c.is_ascii_alphabetic() || c == '_') {
            text.push(token);
            continue;
        }
        let key_l = key.to_ascii_lowercase();
        if value.is_empty() {
            return Err(SearchError::BadQuery(
                Message::new("refusal-search-filter-needs-value").arg("filter", key),
            ));
        }
        match key_l.as_str() {
            "category" => q.category = Some(value.to_string()),
            "license" | "licence" => q.license = Some(value.to_string()),
            "material" => q.material = Some(value.to_string()),
            "process" => q.process = Some(value.to_ascii_lowercase()),
            "author" => q.author = Some(value.to_string()),
            "cost" => {
                if let Some(v) = value.strip_prefix("<=").or_else(|| value.strip_prefix('<')) {
                    q.cost_max = Some(number("cost", v)?);
                } else if let Some(v) = value.strip_prefix(">=").or_else(|| value.strip_prefix('>'))
                {
                    q.cost_min = Some(number("cost", v)?);
                } else if let Some((a, b)) = value.split_once("..") {
                    q.cost_min = Some(number("cost", a)?);
                    q.cost_max = Some(number("cost", b)?);
                } else {
                    let v = number("cost", value)?;
                    q.cost_max = Some(v);
                }
            }
            "thickness" => q.thickness = parse_thicknesses(value)?,
            "bed" => q.bed = Some(parse_bed(value)?),
            "built" => parse_built(&mut q, value)?,
            "built_at" | "builtat" => q.built_at = Some(value.to_string()),
            _ => {
                return Err(SearchError::BadQuery(
                    Message::new("refusal-search-unknown-filter")
                        .arg("filter", key)
                        .arg(
                            "suggestion",
                            did_you_mean(suggest(&key_l, FILTERS.iter().copied())),
                        )
                        .arg("filters", FILTERS.join(", ")),
                ));
            }
        }
    }
    q.text = text.join(" ");
    Ok(q)
}

/// `built:>N` (more than N builds), `built:N` or `built:>=N` (at least N), `built:works`
/// (at least one that works).
fn parse_built(q: &mut SearchQuery, value: &str) -> Result<(), SearchError> {
    let bad = || SearchError::BadQuery(Message::new("refusal-search-built").arg("text", value));
    let v = value.to_ascii_lowercase();
    if v == "works" {
        q.built_works_min = Some(1);
        return Ok(());
    }
    let (more_than, n) = if let Some(n) = v.strip_prefix(">=") {
        (false, n)
    } else if let Some(n) = v.strip_prefix('>') {
        (true, n)
    } else {
        (false, v.as_str())
    };
    let n: u64 = n.trim().parse().map_err(|_| bad())?;
    q.built_min = Some(if more_than { n.saturating_add(1) } else { n });
    Ok(())
}

fn split_keep_quotes(input: &str) -> Vec<&str> {
    input.split_whitespace().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_refusals_are_phrased_in_each_language() {
        let e = parse_query("materail:plywood").unwrap_err();
        assert!(
            e.to_string()
                .starts_with("unknown filter 'materail' (did you mean 'material'?); filters are:"),
            "{e}"
        );
        let m = e.message().unwrap();
        let fr = m.text(crate::i18n::Lang::Fr);
        assert!(
            fr.starts_with("filtre inconnu « materail » (vouliez-vous"),
            "{fr}"
        );
        for q in ["bed:12", "cost:abc", "built:lots", "category:"] {
            let m = parse_query(q).unwrap_err().message().unwrap();
            for lang in crate::i18n::Lang::ALL.into_iter().skip(1) {
                let t = m.text(lang);
                assert!(
                    !t.contains('⟦') && t != m.text(crate::i18n::Lang::En),
                    "{t}"
                );
            }
        }
    }

    #[test]
    fn filters_are_split_from_text() {
        let q = parse_query(
            "seeder small seeds license:CC-BY-SA-4.0 bed:600x400 thickness:3,6 cost:<50",
        )
        .unwrap();
        assert_eq!(q.text, "seeder small seeds");
        assert_eq!(q.license.as_deref(), Some("CC-BY-SA-4.0"));
        assert_eq!(q.bed, Some([600.0, 400.0]));
        assert_eq!(q.thickness, [3.0, 6.0]);
        assert_eq!(q.cost_max, Some(50.0));
        let q = parse_query("\"top bar\" hive").unwrap();
        assert_eq!(q.text, "\"top bar\" hive");
    }

    #[test]
    fn bad_filters_say_what_is_valid() {
        let e = parse_query("hive licnse:MIT").unwrap_err().to_string();
        assert!(
            e.contains("did you mean 'license'?") && e.contains("filters are:"),
            "{e}"
        );
        assert!(
            parse_query("bed:600")
                .unwrap_err()
                .to_string()
                .contains("WIDTHxHEIGHT")
        );
        assert!(
            parse_query(&"a".repeat(600))
                .unwrap_err()
                .to_string()
                .contains("limit is 500")
        );
        assert!(parse_query("cost:cheap").is_err());
        assert_eq!(parse_query("built:>0").unwrap().built_min, Some(1));
        assert_eq!(parse_query("built:3").unwrap().built_min, Some(3));
        assert_eq!(parse_query("built:works").unwrap().built_works_min, Some(1));
        let q = parse_query("hive built_at:example-fab-lab").unwrap();
        assert_eq!(q.built_at.as_deref(), Some("example-fab-lab"));
        assert_eq!(q.text, "hive");
        assert!(
            parse_query("built_a:x")
                .unwrap_err()
                .to_string()
                .contains("did you mean 'built_at'?")
        );
        assert!(
            parse_query("built:often")
                .unwrap_err()
                .to_string()
                .contains("built:works")
        );
    }
}
