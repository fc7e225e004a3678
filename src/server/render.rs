//! Pages: the minijinja templates embedded from `web/templates/`, rendered with a typed
//! [`Page`] (every page's context is a struct). Undefined variables are errors, so a
//! template that reads a field its view does not have fails loudly (and the tests render
//! every page). HTML is auto-escaped; a template error names the template and the line.

use std::sync::OnceLock;

use axum::response::{Html, IntoResponse, Response};
use include_dir::{Dir, include_dir};
use minijinja::Environment;
use serde::Serialize;

use super::auth::UserNav;
use super::error::WebError;

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
        env.add_filter("mm", |v: f64| {
            crate::model::format_number((v * 10.0).round() / 10.0)
        });
        env.add_filter("num", crate::model::format_number);
        env.add_filter("money", |v: f64| format!("{v:.2}"));
        env.add_filter("date", crate::time::date);
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

/// The process-wide templates (loaded on first use).
pub fn global() -> Result<&'static Templates, WebError> {
    static GLOBAL: OnceLock<Result<Templates, String>> = OnceLock::new();
    GLOBAL
        .get_or_init(Templates::load)
        .as_ref()
        .map_err(|e| WebError::internal(e.clone()))
}

/// What every page has: its title, who is logged in (for the navigation and forms), the
/// header's search box, and the page's own view.
#[derive(Debug, Serialize)]
pub struct Page<T: Serialize> {
    /// The page title.
    pub title: String,
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
