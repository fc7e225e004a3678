//! Sizes written as numbers or as arithmetic over parameters (`"width - 2 * thickness"`).
//!
//! Parsing uses the `exmex` crate; this module adds what a manifest needs on top: a length
//! limit, names restricted to known parameters (with suggestions), and results that must be
//! finite numbers.

use std::collections::BTreeMap;
use std::fmt;

use exmex::prelude::*;
use serde::{Serialize, Serializer};

use super::diagnostic::{Diagnostic, Loc, suggestion};
use crate::i18n::Message;

/// Longest expression accepted, in bytes. Real ones are a few dozen characters; the limit
/// keeps pathological input (deeply nested brackets) away from the parser.
pub const MAX_EXPR_LEN: usize = 500;

/// Function and constant names an expression may use besides parameters.
pub const RESERVED_NAMES: &[&str] = &[
    "min", "max", "abs", "floor", "ceil", "round", "sqrt", "sin", "cos", "tan", "asin", "acos",
    "atan", "atan2", "exp", "ln", "log", "log2", "log10", "sinh", "cosh", "tanh", "asinh", "acosh",
    "atanh", "signum", "trunc", "fract", "cbrt", "PI", "E", "TAU",
];

/// Values of parameters and computed names, by name.
pub type Values = BTreeMap<String, f64>;

/// A number, or a formula over named values.
#[derive(Clone)]
pub struct Expr {
    source: String,
    kind: ExprKind,
    /// Where the expression was written.
    pub loc: Loc,
}

#[derive(Clone)]
enum ExprKind {
    Const(f64),
    Formula(Box<FlatEx<f64>>),
}

impl fmt::Debug for Expr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Expr({})", self.source)
    }
}

impl Serialize for Expr {
    /// A constant serializes as its number, a formula as its source text.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match &self.kind {
            ExprKind::Const(v) => s.serialize_f64(*v),
            ExprKind::Formula(_) => s.serialize_str(&self.source),
        }
    }
}

impl Expr {
    /// A constant.
    pub fn constant(value: f64, loc: Loc) -> Self {
        Expr {
            source: format_number(value),
            kind: ExprKind::Const(value),
            loc,
        }
    }

    /// Parses `source`, accepting only names for which `known` answers true.
    ///
    /// `all_names` is used to suggest a close name when one is unknown.
    pub fn parse(
        source: &str,
        loc: Loc,
        known: &dyn Fn(&str) -> bool,
        all_names: &[&str],
    ) -> Result<Self, Diagnostic> {
        let trimmed = source.trim();
        if trimmed.is_empty() {
            return Err(loc.problem(Message::new("problem-expression-empty")));
        }
        if source.len() > MAX_EXPR_LEN {
            return Err(loc.problem(
                Message::new("problem-expression-too-long")
                    .arg("count", source.len())
                    .arg("max", MAX_EXPR_LEN),
            ));
        }
        if let Ok(v) = trimmed.parse::<f64>()
            && v.is_finite()
            && !trimmed.contains(['e', 'E', 'i', 'I', 'n', 'N'])
        {
            return Ok(Expr {
                source: source.to_string(),
                kind: ExprKind::Const(v),
                loc,
            });
        }
        if let Some(c) = trimmed.chars().find(|c| {
            !(c.is_ascii_alphanumeric() || c.is_whitespace() || "+-*/^().,_π".contains(*c))
        }) {
            return Err(loc.problem(
                Message::new("problem-expression-character")
                    .arg("expression", trimmed)
                    .arg("char", c.to_string()),
            ));
        }
        let parsed = std::panic::catch_unwind(|| exmex::parse::<f64>(trimmed));
        let flat = match parsed {
            Ok(Ok(flat)) => flat,
            Ok(Err(e)) => {
                return Err(loc.problem(
                    Message::new("problem-expression-unreadable-why")
                        .arg("expression", trimmed)
                        .arg("why", explain_exmex(&e.to_string())),
                ));
            }
            Err(_) => {
                return Err(loc.problem(
                    Message::new("problem-expression-unreadable").arg("expression", trimmed),
                ));
            }
        };
        for name in flat.var_names() {
            if !known(name) {
                return Err(loc.problem(
                    Message::new("problem-expression-unknown-name")
                        .arg("name", name.as_str())
                        .arg("expression", trimmed)
                        .arg("suggestion", suggestion(name, all_names.iter().copied())),
                ));
            }
        }
        Ok(Expr {
            source: source.to_string(),
            kind: ExprKind::Formula(Box::new(flat)),
            loc,
        })
    }

    /// The text as written (or the number, formatted).
    pub fn source(&self) -> &str {
        &self.source
    }

    /// The constant value, if this is a plain number.
    pub fn as_constant(&self) -> Option<f64> {
        match self.kind {
            ExprKind::Const(v) => Some(v),
            ExprKind::Formula(_) => None,
        }
    }

    /// Names this expression refers to.
    pub fn names(&self) -> &[String] {
        match &self.kind {
            ExprKind::Const(_) => &[],
            ExprKind::Formula(f) => f.var_names(),
        }
    }

    /// Evaluates with `values`; the result must be a finite number.
    pub fn eval(&self, values: &Values) -> Result<f64, Diagnostic> {
        let value = match &self.kind {
            ExprKind::Const(v) => *v,
            ExprKind::Formula(flat) => {
                let mut args = Vec::with_capacity(flat.var_names().len());
                for name in flat.var_names() {
                    match values.get(name) {
                        Some(v) => args.push(*v),
                        None => {
                            return Err(self.loc.problem(
                                Message::new("problem-expression-no-value")
                                    .arg("name", name.as_str()),
                            ));
                        }
                    }
                }
                flat.eval(&args).map_err(|e| {
                    // exmex's detail, in English.
                    self.loc.problem(
                        Message::new("problem-expression-cannot-evaluate")
                            .arg("expression", self.source.trim())
                            .arg("detail", e.to_string()),
                    )
                })?
            }
        };
        if value.is_finite() {
            Ok(value)
        } else {
            let id = if value.is_nan() {
                "problem-expression-nan"
            } else {
                "problem-expression-infinite"
            };
            Err(self.loc.problem(
                Message::new(id)
                    .arg("expression", self.source.trim())
                    .arg("values", describe_values(self.names(), values)),
            ))
        }
    }
}

/// `width = 600, thickness = 18` for the names an expression uses.
fn describe_values(names: &[String], values: &Values) -> Message {
    let item = |n: &String| match values.get(n) {
        Some(v) => Message::new("problem-value-known")
            .arg("name", n.as_str())
            .arg("value", *v),
        None => Message::new("problem-value-unknown").arg("name", n.as_str()),
    };
    let mut names = names.iter();
    let Some(first) = names.next() else {
        return Message::new("problem-no-parameters");
    };
    names.fold(item(first), |list, n| {
        Message::new("problem-values-and")
            .arg("list", list)
            .arg("item", item(n))
    })
}

/// Rewrites exmex's internal wording into something a maker can act on.
/// Other messages stay exmex's own (English) words.
fn explain_exmex(message: &str) -> Message {
    if message.contains("ops and") && message.contains("node") {
        Message::new("problem-exmex-juxtaposed")
    } else if message.contains("parentheses mismatch") {
        Message::new("problem-exmex-parentheses")
    } else {
        Message::new("problem-exmex-other").arg("detail", message)
    }
}

/// Formats a number without a trailing `.0` for whole values.
pub fn format_number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        let s = format!("{v:.4}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> Result<Expr, Diagnostic> {
        let names = ["width", "thickness", "clearance"];
        Expr::parse(s, Loc::path_only("x"), &|n| names.contains(&n), &names)
    }

    fn values() -> Values {
        [("width", 600.0), ("thickness", 17.4), ("clearance", 0.2)]
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect()
    }

    #[test]
    fn evaluates_formulas_in_floating_point() {
        let e = parse("width - 2 * thickness").unwrap();
        assert!((e.eval(&values()).unwrap() - 565.2).abs() < 1e-9);
        assert_eq!(
            parse("1/2 * width").unwrap().eval(&values()).unwrap(),
            300.0
        );
        assert_eq!(
            parse("min(width, 100)").unwrap().eval(&values()).unwrap(),
            100.0
        );
        assert_eq!(parse(" 12.5 ").unwrap().as_constant(), Some(12.5));
    }

    #[test]
    fn unknown_names_get_a_suggestion() {
        let err = parse("widht - 2").unwrap_err();
        assert!(
            err.message.contains("unknown name 'widht'"),
            "{}",
            err.message
        );
        assert!(
            err.message.contains("did you mean 'width'?"),
            "{}",
            err.message
        );
    }

    #[test]
    fn syntax_errors_and_bad_characters_are_explained() {
        assert!(parse("(width").unwrap_err().message.contains("parentheses"));
        assert!(parse("2 width").unwrap_err().message.contains("operator"));
        assert!(parse("width; rm").unwrap_err().message.contains("';'"));
        assert!(parse("").unwrap_err().message.contains("empty"));
        let long = "1+".repeat(400) + "1";
        assert!(parse(&long).unwrap_err().message.contains("limit"));
    }

    #[test]
    fn division_by_zero_is_an_error_not_infinity() {
        let err = parse("width / (thickness - thickness)")
            .unwrap()
            .eval(&values())
            .unwrap_err();
        assert!(err.message.contains("division by zero"), "{}", err.message);
        assert!(err.message.contains("thickness = 17.4"), "{}", err.message);
        // The values in the language's own way of writing numbers.
        let fr = err.message_in(crate::i18n::Lang::Fr);
        assert!(fr.contains("division par zéro"), "{fr}");
        assert!(fr.contains("thickness = 17,4"), "{fr}");
        assert!(fr.contains("avec thickness = 17,4, width = 600"), "{fr}");
        let de = err.message_in(crate::i18n::Lang::De);
        assert!(de.contains("thickness = 17,4"), "{de}");
    }

    #[test]
    fn unknown_names_suggest_in_the_message_language() {
        let err = parse("widht * 2").unwrap_err();
        assert_eq!(
            err.message,
            "unknown name 'widht' in expression 'widht * 2' (did you mean 'width'?)"
        );
        let de = err.message_in(crate::i18n::Lang::De);
        assert_eq!(
            de,
            "unbekannter Name „widht“ im Ausdruck „widht * 2“ (meinten Sie 'width'?)"
        );
    }
}
