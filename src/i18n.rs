//! The interface's languages: the message catalogues (Fluent, `locales/<lang>/*.ftl`,
//! embedded in the binary), choosing a language from what a person or a browser asks for,
//! and numbers, money and dates written the way each language writes them.
//!
//! English is the reference catalogue: every other one has exactly its keys (a test fails
//! otherwise). A message missing at run time falls back to English, then to a visible
//! `⟦key⟧` marker that the browser walk looks for. Domain code stays free of wording: only
//! the front ends (web pages, the CLI, the build sheet's fixed labels) call [`tr`].

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::Serialize;

/// A language of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English, the reference catalogue.
    #[default]
    En,
    /// French.
    Fr,
    /// Spanish.
    Es,
    /// Swahili.
    Sw,
    /// German.
    De,
}

/// One file of a language's catalogue, as embedded.
#[derive(Debug, Clone, Copy)]
pub struct CatalogueFile {
    /// The language.
    pub lang: Lang,
    /// The file's name in `locales/<lang>/`.
    pub file: &'static str,
    /// Its Fluent source.
    pub src: &'static str,
}

/// The files of every language's catalogue, in one order: `main.ftl` (the interface),
/// `problems.ftl` (what is wrong with a manifest, a profile, a project or a build log, as
/// the reader and the checks find it), `refusals.ftl` (what exports, nesting, search,
/// sign-up and the command line refuse) and `imports.ftl` (what an import found in cut
/// files and OKH manifests and what it decided). A key lives in one file of every language.
pub const CATALOGUE_FILE_NAMES: [&str; 4] =
    ["main.ftl", "problems.ftl", "refusals.ftl", "imports.ftl"];

macro_rules! catalogue {
    ($($lang:ident $code:literal),*) => {
        &[$(
            CatalogueFile { lang: Lang::$lang, file: "main.ftl",
                src: include_str!(concat!("../locales/", $code, "/main.ftl")) },
            CatalogueFile { lang: Lang::$lang, file: "problems.ftl",
                src: include_str!(concat!("../locales/", $code, "/problems.ftl")) },
            CatalogueFile { lang: Lang::$lang, file: "refusals.ftl",
                src: include_str!(concat!("../locales/", $code, "/refusals.ftl")) },
            CatalogueFile { lang: Lang::$lang, file: "imports.ftl",
                src: include_str!(concat!("../locales/", $code, "/imports.ftl")) },
        )*]
    };
}

/// The catalogues' sources, by language and file, as embedded.
pub const CATALOGUES: &[CatalogueFile] = catalogue!(En "en", Fr "fr", Es "es", Sw "sw", De "de");

impl Lang {
    /// Every language, English first.
    pub const ALL: [Lang; 5] = [Lang::En, Lang::Fr, Lang::Es, Lang::Sw, Lang::De];

    /// The BCP 47 code (`en`, `fr`, `es`, `sw`, `de`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::Sw => "sw",
            Lang::De => "de",
        }
    }

    /// The language's name in itself, for the chooser.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::Es => "Español",
            Lang::Sw => "Kiswahili",
            Lang::De => "Deutsch",
        }
    }

    /// Reads a language tag: `fr`, `FR`, `fr-CA`, `fr_FR` are French. `None` for a
    /// language without a catalogue.
    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag
            .trim()
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The codes of every language, for error messages.
    pub fn codes() -> String {
        Lang::ALL.map(Lang::code).join(", ")
    }

    fn separators(self) -> Separators {
        match self {
            // CLDR: English and Swahili "1,234.5"; French "1 234,5" with a narrow no-break
            // space; German "1.234,5"; Spanish "1234,5" and "12.345,5" (a lone group of four
            // digits is not split).
            Lang::En | Lang::Sw => Separators {
                decimal: '.',
                group: Some(','),
                min_grouping: 1,
            },
            Lang::Fr => Separators {
                decimal: ',',
                group: Some('\u{202f}'),
                min_grouping: 1,
            },
            Lang::De => Separators {
                decimal: ',',
                group: Some('.'),
                min_grouping: 1,
            },
            Lang::Es => Separators {
                decimal: ',',
                group: Some('.'),
                min_grouping: 2,
            },
        }
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl std::str::FromStr for Lang {
    type Err = String;
    fn from_str(s: &str) -> Result<Lang, String> {
        Lang::parse(s).ok_or_else(|| {
            format!(
                "no interface language '{s}'; choose one of: {}",
                Lang::codes()
            )
        })
    }
}

/// The best language for an `Accept-Language` header: languages in order of their
/// q-values (ties keep the header's order), `q=0` meaning "not this one"; `None` when
/// none has a catalogue.
pub fn negotiate(accept_language: &str) -> Option<Lang> {
    let mut wanted: Vec<(f32, usize, Lang)> = Vec::new();
    for (i, item) in accept_language.split(',').enumerate().take(32) {
        let mut pieces = item.split(';');
        let tag = pieces.next().unwrap_or("").trim();
        let mut q = 1.0f32;
        for p in pieces {
            if let Some(v) = p.trim().strip_prefix("q=") {
                q = v.trim().parse().unwrap_or(0.0);
            }
        }
        if q.is_nan() || q <= 0.0 {
            continue;
        }
        if let Some(lang) = Lang::parse(tag) {
            wanted.push((q, i, lang));
        }
    }
    wanted.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    wanted.first().map(|w| w.2)
}

/// An argument of a message: a number (which also chooses plural forms) or text.
///
/// Equal when the same kind and the same value (numbers by their bits, so that equality
/// is total and located problems that carry arguments can be compared).
#[derive(Debug, Clone)]
pub enum Arg {
    /// A count or other number; printed as Fluent prints numbers, so pass integers and
    /// format decimals yourself ([`number`], [`money`]).
    Number(f64),
    /// Text, printed as is.
    Text(String),
    /// Another message, phrased in the same language as the one it is part of (a
    /// "did you mean" after an unknown word, say).
    Message(Box<Message>),
}

impl PartialEq for Arg {
    fn eq(&self, other: &Arg) -> bool {
        match (self, other) {
            (Arg::Number(a), Arg::Number(b)) => a.to_bits() == b.to_bits(),
            (Arg::Text(a), Arg::Text(b)) => a == b,
            (Arg::Message(a), Arg::Message(b)) => a == b,
            _ => false,
        }
    }
}

impl Eq for Arg {}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Text(s.clone())
    }
}
impl From<u64> for Arg {
    fn from(n: u64) -> Arg {
        Arg::Number(n as f64)
    }
}
impl From<usize> for Arg {
    fn from(n: usize) -> Arg {
        Arg::Number(n as f64)
    }
}
impl From<i64> for Arg {
    fn from(n: i64) -> Arg {
        Arg::Number(n as f64)
    }
}
impl From<u32> for Arg {
    fn from(n: u32) -> Arg {
        Arg::Number(f64::from(n))
    }
}

impl From<Message> for Arg {
    fn from(m: Message) -> Arg {
        Arg::Message(Box::new(m))
    }
}

impl From<Option<Message>> for Arg {
    /// The message, or nothing (an empty text) when there is none.
    fn from(m: Option<Message>) -> Arg {
        m.map_or_else(|| Arg::Text(String::new()), Arg::from)
    }
}

impl From<f64> for Arg {
    fn from(n: f64) -> Arg {
        Arg::Number(n)
    }
}

/// A message of the catalogues with its arguments, not yet phrased: what an error of the
/// library says, carried as data so that each front end writes it in its own language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// The catalogue key (`error-…`).
    pub id: &'static str,
    /// The message's arguments, by name.
    pub args: Vec<(&'static str, Arg)>,
}

impl Message {
    /// The message `id` with no arguments yet.
    pub fn new(id: &'static str) -> Message {
        Message {
            id,
            args: Vec::new(),
        }
    }

    /// The same message with the argument `name`.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Message {
        self.args.push((name, value.into()));
        self
    }

    /// The message in `lang` (see [`tr`]).
    pub fn text(&self, lang: Lang) -> String {
        tr(lang, self.id, &self.args)
    }
}

/// " (did you mean 'x'?)" as a catalogue message, for a refusal's `suggestion` argument
/// (nothing when there is none); the same message as the model's problems use, for code
/// outside the model.
pub fn did_you_mean(suggestion: Option<&str>) -> Option<Message> {
    suggestion.map(|s| Message::new("problem-did-you-mean").arg("word", s))
}

/// A message as data, `{"code": "note-…", "args": {"name": value}}`: how a message is kept
/// in a file (an export's `manifest.json`) for pages to phrase later in their language.
impl Serialize for Message {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        struct Args<'a>(&'a [(&'static str, Arg)]);
        impl Serialize for Args<'_> {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let mut m = s.serialize_map(Some(self.0.len()))?;
                for (name, value) in self.0 {
                    match value {
                        Arg::Number(n) => m.serialize_entry(name, n)?,
                        Arg::Text(t) => m.serialize_entry(name, t)?,
                        Arg::Message(inner) => m.serialize_entry(name, inner.as_ref())?,
                    }
                }
                m.end()
            }
        }
        let mut m = s.serialize_map(Some(2))?;
        m.serialize_entry("code", self.id)?;
        m.serialize_entry("args", &Args(&self.args))?;
        m.end()
    }
}

/// A message kept as data (see `Message`'s `Serialize`) phrased in `lang`; `None` when it
/// is not one of the catalogues' messages. Arguments nest at most four deep.
pub fn tr_value(lang: Lang, value: &serde_json::Value) -> Option<String> {
    fn phrase(lang: Lang, value: &serde_json::Value, depth: usize) -> Option<String> {
        let code = value.get("code")?.as_str()?;
        if depth > 4 || !has(code) {
            return None;
        }
        let mut args: Vec<(&str, Arg)> = Vec::new();
        if let Some(map) = value.get("args").and_then(|a| a.as_object()) {
            for (name, v) in map.iter().take(32) {
                let arg = match v {
                    serde_json::Value::Number(n) => Arg::Number(n.as_f64()?),
                    serde_json::Value::String(t) => Arg::Text(t.clone()),
                    serde_json::Value::Object(_) => Arg::Text(phrase(lang, v, depth + 1)?),
                    _ => return None,
                };
                args.push((name.as_str(), arg));
            }
        }
        Some(tr(lang, code, &args))
    }
    phrase(lang, value, 0)
}

/// What an error or a problem says: a catalogue [`Message`] (then its English text is the
/// message), or English text only (our own failures' details, which people never see, and
/// wording not yet in the catalogues).
#[derive(Debug, Clone)]
pub struct Wording {
    english: String,
    id: Option<Message>,
}

impl Wording {
    /// The English text, and the message it is the English of, if any.
    pub fn into_parts(self) -> (String, Option<Message>) {
        (self.english, self.id)
    }

    /// The catalogue message, if it has one.
    pub fn message(&self) -> Option<&Message> {
        self.id.as_ref()
    }

    /// The English text.
    pub fn english(&self) -> &str {
        &self.english
    }

    /// The text in `lang`: the catalogue's words when it has a message, else the English.
    pub fn text(&self, lang: Lang) -> String {
        match &self.id {
            Some(m) => m.text(lang),
            None => self.english.clone(),
        }
    }
}

impl std::fmt::Display for Wording {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.english)
    }
}

/// Its English text: what JSON output and logs keep (the catalogue message, if any, is for
/// front ends to phrase in their language).
impl Serialize for Wording {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.english)
    }
}

impl PartialEq for Wording {
    fn eq(&self, other: &Wording) -> bool {
        self.english == other.english && self.id == other.id
    }
}

impl From<Message> for Wording {
    fn from(m: Message) -> Wording {
        Wording {
            english: m.text(Lang::En),
            id: Some(m),
        }
    }
}

impl From<String> for Wording {
    fn from(english: String) -> Wording {
        Wording { english, id: None }
    }
}

impl From<&str> for Wording {
    fn from(english: &str) -> Wording {
        Wording::from(english.to_string())
    }
}

impl From<&String> for Wording {
    fn from(english: &String) -> Wording {
        Wording::from(english.clone())
    }
}

struct Catalogue {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
}

fn catalogues() -> &'static BTreeMap<Lang, Catalogue> {
    static ALL: OnceLock<BTreeMap<Lang, Catalogue>> = OnceLock::new();
    ALL.get_or_init(|| {
        Lang::ALL
            .iter()
            .map(|lang| {
                let id = lang
                    .code()
                    .parse()
                    .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
                let mut bundle = FluentBundle::new_concurrent(vec![id]);
                bundle.set_use_isolating(false);
                bundle.set_formatter(Some(number_formatter(*lang)));
                // NUMBER($n, useGrouping: "false") for numbers written without grouping,
                // NUMBER($mm, minimumFractionDigits: 1) for a fixed count of decimals.
                let _ = bundle.add_builtins();
                for file in CATALOGUES.iter().filter(|f| f.lang == *lang) {
                    // A file with syntax errors keeps the messages that parse; the tests
                    // (`catalogue_problems`) refuse any error, so none ships.
                    let res =
                        FluentResource::try_new(file.src.to_string()).unwrap_or_else(|(r, _)| r);
                    // Duplicate keys are reported by `catalogue_problems`; the first one wins.
                    let _ = bundle.add_resource(res);
                }
                (
                    *lang,
                    Catalogue {
                        lang: *lang,
                        bundle,
                    },
                )
            })
            .collect()
    })
}

/// How a bundle prints numbers: in `lang`'s style ([`short_number`], or [`number`] with the
/// digits a message asks for), so "17.4" is "17,4" in French; plural forms still choose on
/// the number itself. `NUMBER($n, useGrouping: "false")` leaves out the thousands separator.
fn number_formatter<M>(lang: Lang) -> fn(&FluentValue<'_>, &M) -> Option<String> {
    fn style<const L: usize, M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
        let FluentValue::Number(n) = value else {
            return None;
        };
        let lang = Lang::ALL[L];
        let text = match n.options.minimum_fraction_digits {
            Some(d) => number(lang, n.value, d.min(6)),
            None => short_number(lang, n.value),
        };
        Some(match lang.separators().group {
            Some(g) if !n.options.use_grouping => text.replace(g, ""),
            _ => text,
        })
    }
    match lang {
        Lang::En => style::<0, M>,
        Lang::Fr => style::<1, M>,
        Lang::Es => style::<2, M>,
        Lang::Sw => style::<3, M>,
        Lang::De => style::<4, M>,
    }
}

/// The message `key` in `lang` with `args`, falling back to English, then to `⟦key⟧`.
pub fn tr(lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
    let all = catalogues();
    for l in [lang, Lang::En] {
        if let Some(text) = all.get(&l).and_then(|c| format(c, key, args)) {
            return text;
        }
    }
    format!("⟦{key}⟧")
}

/// A value of a kind (a category, a material, a process, a unit, a build outcome, a
/// proposal state) in `lang` when the catalogues have `kind-value`, else the value as it is
/// (licences, slugs): what pages and the terminal show for facet values and such.
pub fn label(lang: Lang, kind: &str, value: &str) -> String {
    let key = format!("{kind}-{value}");
    if has(&key) {
        tr(lang, &key, &[])
    } else {
        value.to_string()
    }
}

/// Whether the English catalogue has `key`.
pub fn has(key: &str) -> bool {
    catalogues()
        .get(&Lang::En)
        .is_some_and(|c| c.bundle.has_message(key))
}

fn format(c: &Catalogue, key: &str, args: &[(&str, Arg)]) -> Option<String> {
    let (id, attr) = match key.split_once('.') {
        Some((id, attr)) => (id, Some(attr)),
        None => (key, None),
    };
    let msg = c.bundle.get_message(id)?;
    let pattern = match attr {
        Some(a) => msg.get_attribute(a)?.value(),
        None => msg.value()?,
    };
    let mut fargs = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Number(n) => fargs.set(*name, FluentValue::from(*n)),
            Arg::Text(t) => fargs.set(*name, FluentValue::from(t.as_str())),
            Arg::Message(m) => fargs.set(*name, FluentValue::from(m.text(c.lang))),
        }
    }
    let mut errors = Vec::new();
    let out = c.bundle.format_pattern(pattern, Some(&fargs), &mut errors);
    Some(out.into_owned())
}

/// Every message key of a catalogue's source (message ids; attributes as `id.attr`).
pub fn keys(src: &str) -> Vec<String> {
    let res = FluentResource::try_new(src.to_string()).unwrap_or_else(|(r, _)| r);
    let mut out = Vec::new();
    for entry in res.entries() {
        if let fluent_syntax::ast::Entry::Message(m) = entry {
            out.push(m.id.name.to_string());
            for a in &m.attributes {
                out.push(format!("{}.{}", m.id.name, a.id.name));
            }
        }
    }
    out
}

/// What is wrong with the shipped catalogues (see [`compare_catalogues`]). Empty when all
/// are complete.
pub fn catalogue_problems() -> Vec<String> {
    compare_catalogues(CATALOGUES)
}

/// What is wrong with `catalogues`: syntax errors, keys defined twice in a language, and
/// keys a file has that the same file in English lacks, or the reverse.
pub fn compare_catalogues(catalogues: &[CatalogueFile]) -> Vec<String> {
    let mut problems = Vec::new();
    let mut seen: BTreeMap<Lang, std::collections::BTreeSet<String>> = BTreeMap::new();
    for f in catalogues {
        let name = format!("locales/{}/{}", f.lang, f.file);
        if let Err((_, errors)) = FluentResource::try_new(f.src.to_string()) {
            for e in errors {
                let line = f.src[..e.pos.start.min(f.src.len())].matches('\n').count() + 1;
                problems.push(format!("{name}:{line}: {}", e.kind));
            }
        }
        let lang_keys = seen.entry(f.lang).or_default();
        for k in keys(f.src) {
            if !lang_keys.insert(k.clone()) {
                problems.push(format!("{name}: '{k}' is defined twice"));
            }
        }
    }
    for f in catalogues.iter().filter(|f| f.lang != Lang::En) {
        let name = format!("locales/{}/{}", f.lang, f.file);
        let english: std::collections::BTreeSet<String> = catalogues
            .iter()
            .filter(|e| e.lang == Lang::En && e.file == f.file)
            .flat_map(|e| keys(e.src))
            .collect();
        let ours: std::collections::BTreeSet<String> = keys(f.src).into_iter().collect();
        for k in english.difference(&ours) {
            problems.push(format!("{name} misses '{k}'"));
        }
        for k in ours.difference(&english) {
            problems.push(format!("{name} has '{k}', which English lacks"));
        }
    }
    problems
}

struct Separators {
    decimal: char,
    group: Option<char>,
    /// 2 when a lone group of four digits stays whole (Spanish), else 1.
    min_grouping: usize,
}

/// `v` with `decimals` digits after the decimal separator (none when 0), digits grouped by
/// thousands, in `lang`'s style.
pub fn number(lang: Lang, v: f64, decimals: usize) -> String {
    if !v.is_finite() {
        return v.to_string();
    }
    let s = format!("{:.*}", decimals, v.abs());
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (s.as_str(), None),
    };
    let sep = lang.separators();
    let mut out = String::new();
    let negative = v < 0.0 && s.chars().any(|c| c.is_ascii_digit() && c != '0');
    if negative {
        out.push('-');
    }
    let min_digits = if sep.min_grouping >= 2 { 5 } else { 4 };
    let group = sep.group.filter(|_| int.len() >= min_digits);
    for (i, c) in int.chars().enumerate() {
        if let Some(g) = group
            && i > 0
            && (int.len() - i) % 3 == 0
        {
            out.push(g);
        }
        out.push(c);
    }
    if let Some(f) = frac {
        out.push(sep.decimal);
        out.push_str(f);
    }
    out
}

/// The decimal separator `lang` writes (`.` or `,`).
pub fn decimal_separator(lang: Lang) -> char {
    lang.separators().decimal
}

/// A number written as short as it can be (up to three decimals, trailing zeros dropped),
/// in `lang`'s style: sizes, parameter values.
pub fn short_number(lang: Lang, v: f64) -> String {
    let mut decimals = 0;
    for d in 0..=3 {
        decimals = d;
        let scale = 10f64.powi(d as i32);
        if ((v * scale).round() - v * scale).abs() < 1e-6 {
            break;
        }
    }
    let text = number(lang, v, decimals);
    // 26.72998 rounds to 26.730 at three decimals: the zero says nothing.
    let decimal = lang.separators().decimal;
    if text.contains(decimal) {
        text.trim_end_matches('0')
            .trim_end_matches(decimal)
            .to_string()
    } else {
        text
    }
}

/// An amount of money in `currency` (ISO 4217), two decimals, with the currency where
/// `lang` puts it: "12.50 EUR" / "12,50 €" / "Ksh 1,200.00".
pub fn money(lang: Lang, v: f64, currency: &str) -> String {
    let amount = number(lang, v, 2);
    let symbol = match (currency, lang) {
        ("EUR", _) => Some("€"),
        ("USD", Lang::Sw) => Some("US$"),
        ("USD", _) => Some("$"),
        ("GBP", _) => Some("£"),
        ("KES", _) => Some("Ksh"),
        _ => None,
    };
    match lang {
        // The ISO code after the amount, as Barnraise has always written English money:
        // unambiguous between the many dollars and shillings of its users.
        Lang::En => format!("{amount} {currency}"),
        Lang::Sw => format!("{} {amount}", symbol.unwrap_or(currency)),
        Lang::Fr | Lang::Es | Lang::De => {
            format!("{amount}\u{a0}{}", symbol.unwrap_or(currency))
        }
    }
}

/// A calendar date (`YYYY-MM-DD`, as [`crate::time::date`] writes it) in words: "2 December
/// 2026", "2 décembre 2026", "2 de diciembre de 2026", "2 Desemba 2026", "2. Dezember 2026".
/// Text that is not such a date comes back unchanged.
pub fn long_date(lang: Lang, iso: &str) -> String {
    let mut it = iso.splitn(3, '-');
    let (Some(y), Some(m), Some(d)) = (it.next(), it.next(), it.next()) else {
        return iso.to_string();
    };
    let (Ok(y), Ok(m), Ok(d)) = (y.parse::<i32>(), m.parse::<usize>(), d.parse::<u32>()) else {
        return iso.to_string();
    };
    if !(1..=12).contains(&m) {
        return iso.to_string();
    }
    let month = tr(lang, &format!("month-{m}"), &[]);
    let mut out = String::new();
    let _ = match lang {
        Lang::En | Lang::Fr | Lang::Sw => write!(out, "{d} {month} {y}"),
        Lang::Es => write!(out, "{d} de {month} de {y}"),
        Lang::De => write!(out, "{d}. {month} {y}"),
    };
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalogues_are_complete() {
        let problems = catalogue_problems();
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    #[test]
    fn languages_are_negotiated_by_q_value() {
        assert_eq!(negotiate("fr-CH, fr;q=0.9, en;q=0.8"), Some(Lang::Fr));
        assert_eq!(negotiate("en;q=0.5, de;q=0.9"), Some(Lang::De));
        assert_eq!(negotiate("pt-BR, es;q=0.3"), Some(Lang::Es));
        assert_eq!(negotiate("sw;q=0, de;q=0.1"), Some(Lang::De));
        assert_eq!(negotiate("pt, ja"), None);
        assert_eq!(negotiate("*"), None);
        assert_eq!(negotiate(""), None);
        assert_eq!(negotiate("es;q=0.7, sw;q=0.7"), Some(Lang::Es));
        assert_eq!(Lang::parse("SW_ke"), Some(Lang::Sw));
    }

    #[test]
    fn numbers_follow_the_locale() {
        assert_eq!(number(Lang::En, 1234567.891, 2), "1,234,567.89");
        assert_eq!(number(Lang::Fr, 1234.5, 2), "1\u{202f}234,50");
        assert_eq!(number(Lang::De, 1234.5, 1), "1.234,5");
        assert_eq!(number(Lang::Es, 1234.5, 1), "1234,5");
        assert_eq!(number(Lang::Es, 12345.5, 1), "12.345,5");
        assert_eq!(number(Lang::Sw, 12345.0, 0), "12,345");
        assert_eq!(number(Lang::De, -0.001, 2), "0,00");
        assert_eq!(number(Lang::De, -3.5, 1), "-3,5");
        assert_eq!(short_number(Lang::Fr, 17.4), "17,4");
        assert_eq!(short_number(Lang::En, 18.0), "18");
        assert_eq!(short_number(Lang::Fr, 26.72998), "26,73");
        assert_eq!(short_number(Lang::De, 1200.0), "1.200");
    }

    #[test]
    fn numbers_inside_messages_follow_the_locale() {
        let m = Message::new("error-param-below-min")
            .arg("name", "thickness")
            .arg("value", 17.4)
            .arg("min", 17.5)
            .arg("unit", " mm");
        assert_eq!(
            m.text(Lang::En),
            "thickness = 17.4 mm is below the minimum 17.5 mm this design allows"
        );
        assert!(m.text(Lang::Fr).contains("17,4 mm"), "{}", m.text(Lang::Fr));
        assert!(m.text(Lang::De).contains("17,5 mm"), "{}", m.text(Lang::De));
        // Plural forms still choose on the number; big ones are grouped.
        assert_eq!(
            tr(Lang::Fr, "count-parts", &[("count", Arg::from(1234u64))]),
            "1\u{202f}234 pièces"
        );
        assert_eq!(
            tr(Lang::En, "count-parts", &[("count", Arg::from(1u64))]),
            "1 part"
        );
    }

    #[test]
    fn a_message_kept_as_data_is_phrased_later_in_any_language() {
        let inner = Message::new("note-thickness-given")
            .arg("name", "thickness")
            .arg("given", 18.0)
            .arg("stock", "ply18")
            .arg("measured", 17.4);
        let m = Message::new("note-of-design")
            .arg("slug", "compost-sifter")
            .arg("note", inner);
        let value = serde_json::to_value(&m).unwrap_or_default();
        assert_eq!(value["code"], "note-of-design");
        for lang in Lang::ALL {
            assert_eq!(tr_value(lang, &value), Some(m.text(lang)), "{lang:?}");
        }
        assert!(m.text(Lang::Fr).contains("17,4 mm"), "{}", m.text(Lang::Fr));
        // Not a message of the catalogues, or nested too deep: nothing, not a panic.
        let unknown = serde_json::json!({"code": "no-such-key", "args": {}});
        assert_eq!(tr_value(Lang::Fr, &unknown), None);
        let mut deep = serde_json::json!({"code": "note-all-parts-flat", "args": {}});
        for _ in 0..10 {
            deep =
                serde_json::json!({"code": "note-of-design", "args": {"slug": "x", "note": deep}});
        }
        assert_eq!(tr_value(Lang::De, &deep), None);
        assert_eq!(tr_value(Lang::De, &serde_json::json!("text")), None);
    }

    #[test]
    fn money_puts_the_currency_where_the_locale_does() {
        assert_eq!(money(Lang::En, 1212.5, "EUR"), "1,212.50 EUR");
        assert_eq!(money(Lang::Fr, 12.5, "EUR"), "12,50\u{a0}€");
        assert_eq!(money(Lang::De, 1200.0, "EUR"), "1.200,00\u{a0}€");
        assert_eq!(money(Lang::Sw, 1200.0, "KES"), "Ksh 1,200.00");
        assert_eq!(money(Lang::Es, 3.0, "MXN"), "3,00\u{a0}MXN");
    }

    #[test]
    fn dates_in_words() {
        assert_eq!(long_date(Lang::En, "2026-12-02"), "2 December 2026");
        assert_eq!(long_date(Lang::Fr, "2026-12-02"), "2 décembre 2026");
        assert_eq!(long_date(Lang::Es, "2026-03-02"), "2 de marzo de 2026");
        assert_eq!(long_date(Lang::De, "2026-03-02"), "2. März 2026");
        assert_eq!(long_date(Lang::Sw, "2026-03-02"), "2 Machi 2026");
        assert_eq!(long_date(Lang::En, "soon"), "soon");
    }

    #[test]
    fn messages_fall_back_and_plurals_choose() {
        assert_eq!(tr(Lang::Fr, "no-such-key", &[]), "⟦no-such-key⟧");
        assert_eq!(
            tr(Lang::En, "count-parts", &[("count", Arg::from(1u64))]),
            "1 part"
        );
        assert_eq!(
            tr(Lang::Fr, "count-parts", &[("count", Arg::from(3u64))]),
            "3 pièces"
        );
    }
}
