//! Pages: the minijinja templates embedded from `web/templates/`, rendered with a typed
//! [`Page`] (every page's context is a struct). Undefined variables are errors, so a
//! template that reads a field its view does not have fails loudly (and the tests render
//! every page). HTML is auto-escaped; a template error names the template and the line.

use std::sync::OnceLock;

use axum::response::{Html, IntoResponse, Response};
use include_dir::{Dir, include_dir};
use minijinja::value::{Kwargs, Value, ValueKind};
use minijinja::{Environment, State};
use serde::Serialize;

use super::auth::UserNav;
use super::error::WebError;
use super::lang::{self, LangLink};
use crate::i18n::{self, Arg, Lang};

static TEMPLATES: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/web/templates");

/// The loaded templates.
pub struct Templates {
    env: Environment<'static>,
}

impl Templates {
    /// Loads every template under `web/templates/`.
    pub fn load() -> Result<Templates, String> {
        let mut env = Environment::new();
        env.set_auto_escape_callback(|_| minijinja::AutoEscape::Html);
        env.set_undefined_behavior(minijinja::UndefinedBehavior::Strict);
        // Numbers a person reads are in the page's language ("17,4" in French); `num`
        // stays machine-readable for form values (`<input type=number>` wants "17.4").
        env.add_filter("mm", |state: &State, v: f64| {
            i18n::short_number(lang_of(state), (v * 10.0).round() / 10.0)
        });
        env.add_filter("num", crate::model::format_number);
        env.add_filter("decimal", |state: &State, v: f64| {
            i18n::short_number(lang_of(state), v)
        });
        env.add_filter(
            "money",
            |state: &State, v: f64, currency: Option<String>| match currency {
                Some(c) => i18n::money(lang_of(state), v, &c),
                None => i18n::number(lang_of(state), v, 2),
            },
        );
        env.add_filter("date", crate::time::date);
        env.add_filter("longdate", |state: &State, v: String| {
            i18n::long_date(lang_of(state), &v)
        });
        env.add_function("t", translate);
        // `intl(d.translations, "name", d.name)`: a card's text in the page's language
        // when the design has it, else the original.
        env.add_function(
            "intl",
            |state: &State, translations: Value, field: String, original: Value| {
                let lang = lang_of(state);
                translations
                    .get_item(&Value::from(lang.code()))
                    .ok()
                    .and_then(|t| t.get_attr(&field).ok())
                    .filter(|v| !v.is_undefined() && !v.is_none())
                    .unwrap_or(original)
            },
        );
        // `m | phrase`: a message kept as data (`{code, args}`, as `note_codes` and
        // `unverified_codes` carry them) in the page's language; empty when it is not one.
        env.add_filter("phrase", |state: &State, m: Value| {
            serde_json::to_value(&m)
                .ok()
                .and_then(|v| i18n::tr_value(lang_of(state), &v))
                .unwrap_or_default()
        });
        env.add_function("label", |state: &State, kind: String, value: String| {
            i18n::label(lang_of(state), &kind, &value)
        });
        env.add_filter("short", |s: String| s.chars().take(10).collect::<String>());
        // Static assets are linked as `/static/<file>?v={{ asset_version }}`.
        env.add_global("asset_version", super::assets::version());
        for file in TEMPLATES.files() {
            let name = file.path().to_string_lossy().replace('\\', "/");
            let text = file
                .contents_utf8()
                .ok_or_else(|| format!("template {name} is not UTF-8"))?;
            env.add_template_owned(name.clone(), text.to_string())
                .map_err(|e| format!("template {name}: {e}"))?;
        }
        Ok(Templates { env })
    }

    /// Renders template `name` with `ctx`.
    pub fn render(&self, name: &str, ctx: impl Serialize) -> Result<String, WebError> {
        let t = self
            .env
            .get_template(name)
            .map_err(|e| WebError::internal(format!("template {name}: {e}")))?;
        t.render(ctx)
            .map_err(|e| WebError::internal(format!("template {name}: {e:#}")))
    }

    /// Names of every page template (not the partials starting with `_`).
    pub fn pages() -> Vec<String> {
        TEMPLATES
            .files()
            .map(|f| f.path().to_string_lossy().replace('\\', "/"))
            .filter(|n| n.ends_with(".html") && !n.starts_with('_'))
            .collect()
    }
}

/// Every template's name and text (for the asset version, `assets::version`).
pub fn template_sources() -> impl Iterator<Item = (String, &'static [u8])> {
    TEMPLATES
        .files()
        .map(|f| (f.path().to_string_lossy().replace('\\', "/"), f.contents()))
}

/// The page's language: the context's `lang` (every page has one), else the request's
/// (macros imported from another template do not see the page's context).
fn lang_of(state: &State) -> Lang {
    state
        .lookup("lang")
        .and_then(|v| v.as_str().and_then(Lang::parse))
        .unwrap_or_else(lang::current)
}

/// `t("key", name=value…)`: the message `key` of the page's language. Numbers are passed as
/// numbers (they choose plural forms), everything else as text.
fn translate(state: &State, key: String, kwargs: Kwargs) -> Result<String, minijinja::Error> {
    let mut args: Vec<(String, Arg)> = Vec::new();
    for name in kwargs.args() {
        let v: Value = kwargs.get(name)?;
        let arg = match v.kind() {
            ValueKind::Number => match f64::try_from(v.clone()) {
                Ok(n) => Arg::Number(n),
                Err(_) => Arg::Text(v.to_string()),
            },
            ValueKind::None | ValueKind::Undefined => Arg::Text(String::new()),
            _ => Arg::Text(v.to_string()),
        };
        args.push((name.to_string(), arg));
    }
    let args: Vec<(&str, Arg)> = args.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
    Ok(i18n::tr(lang_of(state), &key, &args))
}

/// The process-wide templates (loaded on first use).
pub fn global() -> Result<&'static Templates, WebError> {
    static GLOBAL: OnceLock<Result<Templates, String>> = OnceLock::new();
    GLOBAL
        .get_or_init(Templates::load)
        .as_ref()
        .map_err(|e| WebError::internal(e.clone()))
}

/// What every page has: its title, who is logged in (for the navigation and forms), the
/// header's search box, its language with the chooser's links, and the page's own view.
#[derive(Debug, Serialize)]
pub struct Page<T: Serialize> {
    /// The page title.
    pub title: String,
    /// The page's language code (`<html lang>`, and what `t` translates into).
    pub lang: &'static str,
    /// The language chooser's links.
    pub languages: Vec<LangLink>,
    /// The logged-in user, if any.
    pub user: Option<UserNav>,
    /// What the header's search box shows.
    pub q: String,
    /// The page's own view.
    #[serde(flatten)]
    pub view: T,
}

impl<T: Serialize> Page<T> {
    /// A page titled `title` for `user`.
    pub fn new(title: impl Into<String>, user: Option<UserNav>, view: T) -> Page<T> {
        Page {
            title: title.into(),
            lang: lang::current().code(),
            languages: lang::links(),
            user,
            q: String::new(),
            view,
        }
    }

    /// Renders it with template `name`.
    pub fn render(&self, name: &str) -> Result<Response, WebError> {
        Ok(Html(global()?.render(name, self)?).into_response())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_loads() {
        assert!(Templates::load().is_ok());
        assert!(Templates::pages().contains(&"design.html".to_string()));
    }
}
