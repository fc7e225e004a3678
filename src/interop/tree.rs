//! A small value tree with a line and column on every node, read from TOML or YAML.
//!
//! OKH manifests come as TOML (OKH-LOSH) or YAML (OKH v1). The importer reads both through
//! this one tree so that every warning can name the line of the value it is about. YAML
//! aliases are not followed (a "billion laughs" file stays small), and nesting is limited.

use std::borrow::Cow;

use toml::de::{DeTable, DeValue};
use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::{Marker, TScalarStyle};

use crate::i18n::Message;
use crate::model::{Diagnostic, Position, SourceMap};

/// Deepest nesting of tables and arrays accepted; real manifests nest three or four deep.
pub const MAX_DEPTH: usize = 64;
/// Most nodes accepted in one manifest.
pub const MAX_NODES: usize = 200_000;

/// A value of the tree.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// YAML `~` / `null`, or an alias that was not followed.
    Null,
    /// `true` / `false`.
    Bool(bool),
    /// A whole number.
    Int(i64),
    /// A floating-point number.
    Float(f64),
    /// Text (TOML dates are kept as their text).
    Str(String),
    /// An array / sequence.
    Seq(Vec<Node>),
    /// A table / mapping, in source order.
    Map(Vec<(String, Node)>),
}

/// A value with the position it starts at.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// The value.
    pub value: Value,
    /// Line and column (from 1) where it starts.
    pub position: Position,
}

impl Node {
    /// The value of `key` when this is a map.
    pub fn get(&self, key: &str) -> Option<&Node> {
        match &self.value {
            Value::Map(entries) => entries.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// Text of a scalar (numbers and booleans as written), `None` for null, arrays, tables.
    pub fn scalar_text(&self) -> Option<String> {
        match &self.value {
            Value::Str(s) => Some(s.clone()),
            Value::Int(i) => Some(i.to_string()),
            Value::Float(f) => Some(f.to_string()),
            Value::Bool(b) => Some(b.to_string()),
            Value::Null | Value::Seq(_) | Value::Map(_) => None,
        }
    }

    /// A number, also from text such as `"120 mm"` or `"1,5"`.
    pub fn number(&self) -> Option<f64> {
        match &self.value {
            Value::Int(i) => Some(*i as f64),
            Value::Float(f) if f.is_finite() => Some(*f),
            Value::Str(s) => {
                let t = s.trim().replace(',', ".");
                let end = t
                    .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-' || c == '+'))
                    .unwrap_or(t.len());
                t[..end].parse::<f64>().ok().filter(|v| v.is_finite())
            }
            _ => None,
        }
    }

    /// The tree as a TOML value (nulls dropped, since TOML has none).
    pub fn to_toml(&self) -> Option<toml::Value> {
        Some(match &self.value {
            Value::Null => return None,
            Value::Bool(b) => toml::Value::Boolean(*b),
            Value::Int(i) => toml::Value::Integer(*i),
            Value::Float(f) if f.is_finite() => toml::Value::Float(*f),
            Value::Float(f) => toml::Value::String(f.to_string()),
            Value::Str(s) => toml::Value::String(s.clone()),
            Value::Seq(items) => {
                toml::Value::Array(items.iter().filter_map(Node::to_toml).collect())
            }
            Value::Map(entries) => toml::Value::Table(
                entries
                    .iter()
                    .filter_map(|(k, v)| v.to_toml().map(|v| (k.clone(), v)))
                    .collect(),
            ),
        })
    }
}

/// "the manifest nests deeper than … levels or holds more than … values".
fn too_deep() -> Message {
    Message::new("problem-manifest-too-deep")
        .arg("depth", MAX_DEPTH)
        .arg("max", MAX_NODES)
}

/// Reads TOML text into a tree; a syntax error is one located diagnostic.
pub fn from_toml(src: &str) -> Result<Node, Diagnostic> {
    let map = SourceMap::new(src);
    let root = DeTable::parse(src).map_err(|e| {
        let mut d = Diagnostic::bare(crate::model::invalid_toml(e.message()));
        d.position = e.span().map(|s| map.position(s.start));
        d
    })?;
    let mut count = 0;
    Ok(Node {
        value: toml_table(&map, root.get_ref(), 0, &mut count)?,
        position: Position { line: 1, column: 1 },
    })
}

fn toml_table(
    map: &SourceMap<'_>,
    t: &DeTable<'_>,
    depth: usize,
    count: &mut usize,
) -> Result<Value, Diagnostic> {
    let mut entries = Vec::new();
    for (k, v) in t.iter() {
        let key: &Cow<'_, str> = k.get_ref();
        entries.push((key.to_string(), toml_node(map, v, depth + 1, count)?));
    }
    Ok(Value::Map(entries))
}

fn toml_node(
    map: &SourceMap<'_>,
    v: &toml::Spanned<DeValue<'_>>,
    depth: usize,
    count: &mut usize,
) -> Result<Node, Diagnostic> {
    let position = map.position(v.span().start);
    *count += 1;
    if depth > MAX_DEPTH || *count > MAX_NODES {
        let mut d = Diagnostic::bare(too_deep());
        d.position = Some(position);
        return Err(d);
    }
    let value = match v.get_ref() {
        DeValue::String(s) => Value::Str(s.to_string()),
        DeValue::Integer(i) => match i64::from_str_radix(&i.as_str().replace('_', ""), i.radix()) {
            Ok(n) => Value::Int(n),
            Err(_) => Value::Str(i.as_str().to_string()),
        },
        DeValue::Float(f) => match f.as_str().replace('_', "").parse::<f64>() {
            Ok(x) => Value::Float(x),
            Err(_) => Value::Str(f.as_str().to_string()),
        },
        DeValue::Boolean(b) => Value::Bool(*b),
        DeValue::Datetime(d) => Value::Str(d.to_string()),
        DeValue::Array(a) => Value::Seq(
            a.iter()
                .map(|item| toml_node(map, item, depth + 1, count))
                .collect::<Result<_, _>>()?,
        ),
        DeValue::Table(t) => toml_table(map, t, depth, count)?,
    };
    Ok(Node { value, position })
}

/// Reads YAML text (the first document) into a tree; a syntax error is one located
/// diagnostic. Aliases become [`Value::Null`] and are reported in the returned warnings.
pub fn from_yaml(src: &str) -> Result<(Node, Vec<Diagnostic>), Diagnostic> {
    let mut builder = YamlBuilder::default();
    let mut parser = Parser::new_from_str(src);
    if let Err(e) = parser.load(&mut builder, false) {
        // The parser's detail, in English.
        let mut d = Diagnostic::bare(Message::new("problem-invalid-yaml").arg("detail", e.info()));
        d.position = Some(marker_position(e.marker()));
        return Err(d);
    }
    if let Some(d) = builder.fatal {
        return Err(d);
    }
    let root = builder.root.unwrap_or(Node {
        value: Value::Null,
        position: Position { line: 1, column: 1 },
    });
    Ok((root, builder.warnings))
}

fn marker_position(m: &Marker) -> Position {
    Position {
        line: u32::try_from(m.line()).unwrap_or(u32::MAX).max(1),
        column: u32::try_from(m.col() + 1).unwrap_or(u32::MAX),
    }
}

/// A container being filled: a sequence, or a mapping with its pending key.
enum Open {
    Seq(Vec<Node>, Position),
    Map(Vec<(String, Node)>, Option<String>, Position),
}

#[derive(Default)]
struct YamlBuilder {
    stack: Vec<Open>,
    root: Option<Node>,
    warnings: Vec<Diagnostic>,
    fatal: Option<Diagnostic>,
    count: usize,
    done: bool,
}

impl YamlBuilder {
    fn add(&mut self, node: Node) {
        match self.stack.last_mut() {
            None => {
                if self.root.is_none() {
                    self.root = Some(node);
                }
                self.done = true;
            }
            Some(Open::Seq(items, _)) => items.push(node),
            Some(Open::Map(entries, key, _)) => match key.take() {
                None => {
                    // A key: only scalars make sense as keys of a manifest.
                    *key = Some(node.scalar_text().unwrap_or_default());
                }
                Some(k) => entries.push((k, node)),
            },
        }
    }
}

impl MarkedEventReceiver for YamlBuilder {
    fn on_event(&mut self, ev: Event, mark: Marker) {
        if self.done || self.fatal.is_some() {
            return;
        }
        let position = marker_position(&mark);
        self.count += 1;
        if self.stack.len() > MAX_DEPTH || self.count > MAX_NODES {
            let mut d = Diagnostic::bare(too_deep());
            d.position = Some(position);
            self.fatal = Some(d);
            return;
        }
        match ev {
            Event::Scalar(text, style, _, _) => {
                let value = if style == TScalarStyle::Plain {
                    plain_scalar(&text)
                } else {
                    Value::Str(text)
                };
                self.add(Node { value, position });
            }
            Event::Alias(_) => {
                let mut d = Diagnostic::bare(Message::new("problem-yaml-alias"));
                d.position = Some(position);
                self.warnings.push(d);
                self.add(Node {
                    value: Value::Null,
                    position,
                });
            }
            Event::SequenceStart(..) => self.stack.push(Open::Seq(Vec::new(), position)),
            Event::MappingStart(..) => self.stack.push(Open::Map(Vec::new(), None, position)),
            Event::SequenceEnd | Event::MappingEnd => {
                let node = match self.stack.pop() {
                    Some(Open::Seq(items, p)) => Node {
                        value: Value::Seq(items),
                        position: p,
                    },
                    Some(Open::Map(entries, _, p)) => Node {
                        value: Value::Map(entries),
                        position: p,
                    },
                    None => return,
                };
                self.add(node);
            }
            Event::Nothing
            | Event::StreamStart
            | Event::StreamEnd
            | Event::DocumentStart
            | Event::DocumentEnd => {}
        }
    }
}

/// YAML 1.2 core schema resolution of a plain scalar.
fn plain_scalar(text: &str) -> Value {
    match text {
        "" | "~" | "null" | "Null" | "NULL" => Value::Null,
        "true" | "True" | "TRUE" => Value::Bool(true),
        "false" | "False" | "FALSE" => Value::Bool(false),
        _ => {
            if let Ok(i) = text.parse::<i64>() {
                Value::Int(i)
            } else if text.chars().any(|c| c.is_ascii_digit())
                && let Ok(f) = text.parse::<f64>()
                && f.is_finite()
            {
                Value::Float(f)
            } else {
                Value::Str(text.to_string())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toml_nodes_carry_lines() {
        let n = from_toml("a = 1\n[b]\nc = [\"x\", 2.5]\n").unwrap();
        assert_eq!(n.get("a").unwrap().value, Value::Int(1));
        let c = n.get("b").unwrap().get("c").unwrap();
        assert_eq!(c.position.line, 3);
        assert!(matches!(&c.value, Value::Seq(items) if items.len() == 2));
    }

    #[test]
    fn yaml_nodes_carry_lines_and_types() {
        let (n, w) =
            from_yaml("title: Cart\nversion: 1.0\nkeywords:\n  - farm\n  - cart\n").unwrap();
        assert!(w.is_empty());
        assert_eq!(n.get("title").unwrap().value, Value::Str("Cart".into()));
        assert_eq!(n.get("title").unwrap().position.line, 1);
        assert_eq!(n.get("version").unwrap().value, Value::Float(1.0));
        assert_eq!(n.get("keywords").unwrap().position.line, 4);
    }

    #[test]
    fn yaml_aliases_are_not_followed_and_errors_are_located() {
        let (n, w) = from_yaml("a: &x [1, 2]\nb: *x\n").unwrap();
        assert_eq!(n.get("b").unwrap().value, Value::Null);
        assert_eq!(w.len(), 1);
        let e = from_yaml("a: [1, 2\nb: c: d\n").unwrap_err();
        assert!(e.message.starts_with("invalid YAML"), "{e}");
        assert!(e.position.is_some());
    }

    #[test]
    fn numbers_are_read_from_text_with_units() {
        let n = Node {
            value: Value::Str("120 mm".into()),
            position: Position { line: 1, column: 1 },
        };
        assert_eq!(n.number(), Some(120.0));
    }
}
