//! Reading a spanned TOML tree into typed values while collecting every problem.
//!
//! serde stops at the first error; a maker fixing a manifest wants all of them, each with its
//! line. So the manifest is parsed into toml's spanned tree ([`DeTable`]) and walked by hand
//! through these helpers, which record a [`Diagnostic`] and carry on.

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeArray, DeTable, DeValue};

use super::diagnostic::{Diagnostic, Loc, SourceMap, join_path, suggestion};
use super::expr::Expr;
use crate::i18n::{Message, Wording};

/// A value in the tree with its byte span.
pub(crate) type Node<'i> = Spanned<DeValue<'i>>;

/// Names an expression may use at one point of the manifest.
pub(crate) struct Scope<'a> {
    names: Vec<&'a str>,
}

impl<'a> Scope<'a> {
    pub(crate) fn new(names: Vec<&'a str>) -> Self {
        Scope { names }
    }

    fn knows(&self, name: &str) -> bool {
        self.names.contains(&name)
    }
}

/// The source being read and the problems found so far.
pub(crate) struct Reader<'s> {
    map: SourceMap<'s>,
    pub(crate) problems: Vec<Diagnostic>,
}

/// Parses TOML text into its spanned document, or the one located "invalid TOML" problem
/// (manifests, makerspace profiles and build logs all start here).
pub fn parse_toml(src: &str) -> Result<Spanned<DeTable<'_>>, Vec<Diagnostic>> {
    DeTable::parse(src).map_err(|e| {
        let map = SourceMap::new(src);
        // The parser's own detail is English (the toml crate's words).
        let mut d = Diagnostic::bare(invalid_toml(e.message()));
        d.position = e.span().map(|s| map.position(s.start));
        vec![d]
    })
}

impl<'s> Reader<'s> {
    pub(crate) fn new(src: &'s str) -> Self {
        Reader {
            map: SourceMap::new(src),
            problems: Vec::new(),
        }
    }

    pub(crate) fn loc(&self, path: &str, span: &Range<usize>) -> Loc {
        self.map.loc(path, span)
    }

    pub(crate) fn error(&mut self, path: &str, span: &Range<usize>, message: impl Into<Wording>) {
        let d = self.loc(path, span).problem(message);
        self.problems.push(d);
    }

    pub(crate) fn push(&mut self, d: Diagnostic) {
        self.problems.push(d);
    }

    /// `node` as a table, or a type error.
    pub(crate) fn table<'a, 'i>(
        &mut self,
        node: &'a Node<'i>,
        path: &str,
        known: &[&str],
    ) -> Option<Table<'a, 'i>> {
        match node.get_ref() {
            DeValue::Table(t) => {
                let table = Table {
                    inner: t,
                    path: path.to_string(),
                    span: node.span(),
                };
                table.check_keys(self, known);
                Some(table)
            }
            other => {
                self.type_error(path, &node.span(), Expected::Table, other);
                None
            }
        }
    }

    /// `node` as an array, or a type error.
    pub(crate) fn array<'a, 'i>(
        &mut self,
        node: &'a Node<'i>,
        path: &str,
    ) -> Option<&'a DeArray<'i>> {
        match node.get_ref() {
            DeValue::Array(a) => Some(a),
            other => {
                self.type_error(path, &node.span(), Expected::Array, other);
                None
            }
        }
    }

    pub(crate) fn type_error(
        &mut self,
        path: &str,
        span: &Range<usize>,
        expected: Expected,
        found: &DeValue<'_>,
    ) {
        self.error(
            path,
            span,
            Message::new("problem-expected-found")
                .arg("expected", expected.message())
                .arg("found", describe(found)),
        );
    }

    /// `node` as a string.
    pub(crate) fn string(&mut self, node: &Node<'_>, path: &str) -> Option<String> {
        match node.get_ref() {
            DeValue::String(s) => Some(s.to_string()),
            other => {
                self.type_error(path, &node.span(), Expected::String, other);
                None
            }
        }
    }

    /// `node` as a boolean.
    pub(crate) fn boolean(&mut self, node: &Node<'_>, path: &str) -> Option<bool> {
        match node.get_ref() {
            DeValue::Boolean(b) => Some(*b),
            other => {
                self.type_error(path, &node.span(), Expected::Bool, other);
                None
            }
        }
    }

    /// `node` as a number (integer or float).
    pub(crate) fn number(&mut self, node: &Node<'_>, path: &str) -> Option<f64> {
        match number_of(node.get_ref()) {
            Some(v) => Some(v),
            None => {
                let found = node.get_ref();
                self.type_error(path, &node.span(), Expected::Number, found);
                None
            }
        }
    }

    /// `node` as a number or an expression string.
    pub(crate) fn expr(&mut self, node: &Node<'_>, path: &str, scope: &Scope<'_>) -> Option<Expr> {
        let loc = self.loc(path, &node.span());
        match node.get_ref() {
            DeValue::String(s) => match Expr::parse(s, loc, &|n| scope.knows(n), &scope.names) {
                Ok(e) => Some(e),
                Err(d) => {
                    self.push(d);
                    None
                }
            },
            other => match number_of(other) {
                Some(v) => Some(Expr::constant(v, loc)),
                None => {
                    self.type_error(path, &node.span(), Expected::NumberOrExpression, other);
                    None
                }
            },
        }
    }

    /// `node` as an array of strings (a single string is refused with a hint).
    pub(crate) fn strings(&mut self, node: &Node<'_>, path: &str) -> Option<Vec<String>> {
        if let DeValue::String(s) = node.get_ref() {
            self.error(
                path,
                &node.span(),
                Message::new("problem-expected-strings-found-string").arg("text", format!("{s:?}")),
            );
            return None;
        }
        let array = self.array(node, path)?;
        let mut out = Vec::with_capacity(array.len());
        for (i, item) in array.iter().enumerate() {
            if let Some(s) = self.string(item, &format!("{path}[{i}]")) {
                out.push(s);
            }
        }
        Some(out)
    }

    /// `node` as a point `[x, y]` of numbers or expressions.
    pub(crate) fn point(
        &mut self,
        node: &Node<'_>,
        path: &str,
        scope: &Scope<'_>,
    ) -> Option<[Expr; 2]> {
        let [x, y] = self.fixed_array::<2>(node, path, Expected::Point)?;
        let x = self.expr(x, &format!("{path}[0]"), scope);
        let y = self.expr(y, &format!("{path}[1]"), scope);
        Some([x?, y?])
    }

    /// `node` as `[a, b, c]` of numbers or expressions.
    pub(crate) fn triple(
        &mut self,
        node: &Node<'_>,
        path: &str,
        scope: &Scope<'_>,
    ) -> Option<[Expr; 3]> {
        let [a, b, c] = self.fixed_array::<3>(node, path, Expected::Triple)?;
        let a = self.expr(a, &format!("{path}[0]"), scope);
        let b = self.expr(b, &format!("{path}[1]"), scope);
        let c = self.expr(c, &format!("{path}[2]"), scope);
        Some([a?, b?, c?])
    }

    fn fixed_array<'a, 'i, const N: usize>(
        &mut self,
        node: &'a Node<'i>,
        path: &str,
        what: Expected,
    ) -> Option<[&'a Node<'i>; N]> {
        let array = match node.get_ref() {
            DeValue::Array(a) => a,
            other => {
                self.type_error(path, &node.span(), what, other);
                return None;
            }
        };
        let items: Vec<&Node<'i>> = array.iter().collect();
        match <[&Node<'i>; N]>::try_from(items) {
            Ok(items) => Some(items),
            Err(items) => {
                self.error(
                    path,
                    &node.span(),
                    Message::new("problem-expected-found-values")
                        .arg("expected", what.message())
                        .arg("count", items.len()),
                );
                None
            }
        }
    }
}

/// A table being read, with its path for messages.
pub(crate) struct Table<'a, 'i> {
    inner: &'a DeTable<'i>,
    pub(crate) path: String,
    pub(crate) span: Range<usize>,
}

impl<'a, 'i> Table<'a, 'i> {
    /// A table for the document root.
    pub(crate) fn root(inner: &'a DeTable<'i>, span: Range<usize>) -> Self {
        Table {
            inner,
            path: String::new(),
            span,
        }
    }

    /// Reports every key not in `known`, with a suggestion.
    pub(crate) fn check_keys(&self, r: &mut Reader<'_>, known: &[&str]) {
        for (key, _) in self.inner.iter() {
            let name: &str = key.get_ref();
            if !known.contains(&name) {
                let path = self.child(name);
                r.error(
                    &path,
                    &key.span(),
                    Message::new("problem-unknown-key")
                        .arg("key", name)
                        .arg("suggestion", suggestion(name, known.iter().copied())),
                );
            }
        }
    }

    /// The same table, named `path` in messages.
    pub(crate) fn at(self, path: &str) -> Self {
        Table {
            path: path.to_string(),
            ..self
        }
    }

    /// Every key with its span and value, in the order written.
    pub(crate) fn entries(&self) -> Vec<(String, Range<usize>, &'a Node<'i>)> {
        self.inner
            .iter()
            .map(|(k, v)| (k.get_ref().to_string(), k.span(), v))
            .collect()
    }

    /// The path of a child key.
    pub(crate) fn child(&self, key: &str) -> String {
        join_path(&self.path, key)
    }

    /// The value under `key`.
    pub(crate) fn get(&self, key: &str) -> Option<&'a Node<'i>> {
        self.inner.get(key)
    }

    /// The value under `key`, or a "missing" problem.
    pub(crate) fn required(&self, r: &mut Reader<'_>, key: &str) -> Option<&'a Node<'i>> {
        let node = self.get(key);
        if node.is_none() {
            let message = if self.path.is_empty() {
                Message::new("problem-missing-field-root").arg("key", key)
            } else {
                Message::new("problem-missing-field")
                    .arg("key", key)
                    .arg("table", self.path.as_str())
            };
            r.error(&self.child(key), &self.span, message);
        }
        node
    }

    /// A required string.
    pub(crate) fn req_string(&self, r: &mut Reader<'_>, key: &str) -> Option<String> {
        let node = self.required(r, key)?;
        r.string(node, &self.child(key))
    }

    /// An optional string.
    pub(crate) fn opt_string(&self, r: &mut Reader<'_>, key: &str) -> Option<String> {
        let node = self.get(key)?;
        r.string(node, &self.child(key))
    }

    /// A required expression.
    pub(crate) fn req_expr(
        &self,
        r: &mut Reader<'_>,
        key: &str,
        scope: &Scope<'_>,
    ) -> Option<Expr> {
        let node = self.required(r, key)?;
        r.expr(node, &self.child(key), scope)
    }

    /// An optional expression.
    pub(crate) fn opt_expr(
        &self,
        r: &mut Reader<'_>,
        key: &str,
        scope: &Scope<'_>,
    ) -> Option<Expr> {
        let node = self.get(key)?;
        r.expr(node, &self.child(key), scope)
    }

    /// An optional boolean with a default.
    pub(crate) fn bool_or(&self, r: &mut Reader<'_>, key: &str, default: bool) -> bool {
        match self.get(key) {
            Some(node) => r.boolean(node, &self.child(key)).unwrap_or(default),
            None => default,
        }
    }

    /// A required point.
    pub(crate) fn req_point(
        &self,
        r: &mut Reader<'_>,
        key: &str,
        scope: &Scope<'_>,
    ) -> Option<[Expr; 2]> {
        let node = self.required(r, key)?;
        r.point(node, &self.child(key), scope)
    }

    /// The location of this table.
    pub(crate) fn loc(&self, r: &Reader<'_>) -> Loc {
        r.loc(&self.path, &self.span)
    }

    /// The location of the value under `key`, or of the table.
    pub(crate) fn loc_of(&self, r: &Reader<'_>, key: &str) -> Loc {
        match self.get(key) {
            Some(n) => r.loc(&self.child(key), &n.span()),
            None => r.loc(&self.child(key), &self.span),
        }
    }
}

/// An integer or float as f64.
fn number_of(v: &DeValue<'_>) -> Option<f64> {
    match v {
        DeValue::Integer(i) => i64::from_str_radix(i.as_str(), i.radix())
            .ok()
            .map(|v| v as f64),
        DeValue::Float(f) => f
            .as_str()
            .replace('_', "")
            .parse::<f64>()
            .ok()
            .filter(|v| v.is_finite()),
        _ => None,
    }
}

/// "an integer (42)", "a string (\"x\")": what was found, for type errors. The value is
/// shown as written in the file (as text: `1_000` stays `1_000`).
fn describe(v: &DeValue<'_>) -> Message {
    match v {
        DeValue::String(s) => {
            let mut shown: String = s.chars().take(40).collect();
            if s.chars().count() > 40 {
                shown.push('…');
            }
            Message::new("problem-found-string").arg("value", format!("{shown:?}"))
        }
        DeValue::Integer(i) => Message::new("problem-found-integer").arg("value", i.as_str()),
        DeValue::Float(f) => Message::new("problem-found-float").arg("value", f.as_str()),
        DeValue::Boolean(b) => Message::new("problem-found-boolean").arg("value", b.to_string()),
        DeValue::Datetime(d) => Message::new("problem-found-datetime").arg("value", d.to_string()),
        DeValue::Array(_) => Message::new("problem-found-array"),
        DeValue::Table(_) => Message::new("problem-found-table"),
    }
}

/// "invalid TOML: …" with the parser's detail (in English: the toml crate's words).
pub(crate) fn invalid_toml(detail: &str) -> Message {
    Message::new("problem-invalid-toml").arg("detail", detail.trim())
}

/// What a value should have been, for "expected …, found …".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Expected {
    /// "a table"
    Table,
    /// "an array"
    Array,
    /// "a string"
    String,
    /// "true or false"
    Bool,
    /// "a number"
    Number,
    /// "a whole number"
    WholeNumber,
    /// "a number or an expression string"
    NumberOrExpression,
    /// "a point [x, y]"
    Point,
    /// "three values [x, y, z]"
    Triple,
    /// "a date like 2026-11-30"
    Date,
    /// "a size [x, y] in mm"
    Size,
    /// "an array of diameters in mm"
    Diameters,
}

impl Expected {
    /// The words for it, as a message to put inside another.
    pub(crate) fn message(self) -> Message {
        Message::new(match self {
            Expected::Table => "problem-expected-table",
            Expected::Array => "problem-expected-array",
            Expected::String => "problem-expected-string",
            Expected::Bool => "problem-expected-bool",
            Expected::Number => "problem-expected-number",
            Expected::WholeNumber => "problem-expected-whole-number",
            Expected::NumberOrExpression => "problem-expected-number-or-expression",
            Expected::Point => "problem-expected-point",
            Expected::Triple => "problem-expected-triple",
            Expected::Date => "problem-expected-date",
            Expected::Size => "problem-expected-size",
            Expected::Diameters => "problem-expected-diameters",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    fn problems(src: &str, known: &[&str]) -> Vec<Diagnostic> {
        let root = match parse_toml(src) {
            Ok(root) => root,
            Err(ds) => return ds,
        };
        let mut r = Reader::new(src);
        let t = Table::root(root.get_ref(), 0..0);
        t.check_keys(&mut r, known);
        if let Some(n) = t.get("name") {
            r.string(n, "name");
        }
        if let Some(n) = t.get("width") {
            r.number(n, "width");
        }
        r.problems
    }

    #[test]
    fn expected_and_found_are_phrased_in_the_language_asked_for() {
        let ds = problems("name = 7\nwidth = \"wide\"\n", &["name", "width"]);
        assert_eq!(ds.len(), 2, "{ds:?}");
        assert_eq!(ds[0].message, "expected a string, found an integer (7)");
        assert_eq!(
            ds[0].message_in(Lang::Fr),
            "attendu : une chaîne, trouvé : un entier (7)"
        );
        assert_eq!(
            ds[1].message_in(Lang::De),
            "erwartet: eine Zahl, gefunden: eine Zeichenkette (\"wide\")"
        );
        assert!(ds.iter().all(|d| d.message_id.is_some()));
    }

    #[test]
    fn unknown_keys_suggest_in_the_same_language() {
        let ds = problems("widht = 3\n", &["name", "width"]);
        assert_eq!(ds.len(), 1, "{ds:?}");
        assert_eq!(ds[0].message, "unknown key 'widht' (did you mean 'width'?)");
        assert_eq!(
            ds[0].message_in(Lang::Fr),
            "clé inconnue « widht » (vouliez-vous dire 'width' ?)"
        );
        assert_eq!(
            ds[0].message_in(Lang::Es),
            "clave desconocida «widht» (¿quiso decir 'width'?)"
        );
        // No suggestion: nothing after the key, in any language.
        let ds = problems("colour = 3\n", &["name", "width"]);
        assert_eq!(ds[0].message_in(Lang::De), "unbekannter Schlüssel „colour“");
    }

    #[test]
    fn invalid_toml_and_arrays_of_the_wrong_length_are_messages() {
        let ds = problems("name = \n", &[]);
        assert!(ds[0].message.starts_with("invalid TOML: "), "{ds:?}");
        assert!(ds[0].message_in(Lang::Fr).starts_with("TOML non valide : "));
        let src = "p = [1, 2, 3]\n";
        let root = parse_toml(src).unwrap_or_else(|_| unreachable!());
        let mut r = Reader::new(src);
        let t = Table::root(root.get_ref(), 0..0);
        let scope = Scope::new(vec![]);
        let node = t.get("p");
        assert!(node.is_some_and(|n| r.point(n, "p", &scope).is_none()));
        assert_eq!(
            r.problems[0].message,
            "expected a point [x, y], found an array of 3 values"
        );
        assert_eq!(
            r.problems[0].message_in(Lang::Fr),
            "attendu : un point [x, y], trouvé : un tableau de 3 valeurs"
        );
    }
}
