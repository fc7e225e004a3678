//! Page templates (minijinja), embedded from `web/templates/` so the binary is the whole
//! app. HTML is auto-escaped; a template error names the template and the line.

use std::sync::OnceLock;

use include_dir::{Dir, include_dir};
use minijinja::Environment;
use serde::Serialize;

use super::error::AppError;

static TEMPLATES: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/web/templates");

/// The loaded templates.
pub struct Templates {
    env: Environment<'static>,
}

impl Templates {
    /// Loads every `*.html` template under `web/templates/`.
    pub fn load() -> Result<Templates, AppError> {
        let mut env = Environment::new();
        env.set_auto_escape_callback(|_| minijinja::AutoEscape::Html);
        env.set_undefined_behavior(minijinja::UndefinedBehavior::Chainable);
        env.add_filter("mm", |v: f64| {
            crate::model::format_number((v * 10.0).round() / 10.0)
        });
        env.add_filter("num", crate::model::format_number);
        env.add_filter("money", |v: f64| format!("{v:.2}"));
        env.add_filter("date", |t: i64| date(t));
        env.add_filter("short", |s: String| s.chars().take(10).collect::<String>());
        for file in TEMPLATES.files() {
            let name = file.path().to_string_lossy().replace('\\', "/");
            let text = file
                .contents_utf8()
                .ok_or_else(|| AppError::Internal(format!("template {name} is not UTF-8")))?;
            env.add_template_owned(name.clone(), text.to_string())
                .map_err(|e| AppError::Internal(format!("template {name}: {e}")))?;
        }
        Ok(Templates { env })
    }

    /// Renders `name` with `ctx`.
    pub fn render(&self, name: &str, ctx: impl Serialize) -> Result<String, AppError> {
        let t = self
            .env
            .get_template(name)
            .map_err(|e| AppError::Internal(format!("template {name}: {e}")))?;
        t.render(ctx)
            .map_err(|e| AppError::Internal(format!("template {name}: {e:#}")))
    }
}

/// The process-wide templates (loaded on first use).
pub fn global() -> Result<&'static Templates, AppError> {
    static GLOBAL: OnceLock<Result<Templates, String>> = OnceLock::new();
    GLOBAL
        .get_or_init(|| Templates::load().map_err(|e| e.to_string()))
        .as_ref()
        .map_err(|e| AppError::Internal(e.clone()))
}

/// `YYYY-MM-DD` of a Unix time (UTC).
pub fn date(t: i64) -> String {
    // Days since 1970-01-01 to a civil date (H. Hinnant's algorithm).
    let z = t.div_euclid(86_400) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(date(0), "1970-01-01");
        assert_eq!(date(1_764_028_800), "2025-11-25");
        assert_eq!(date(951_782_400), "2000-02-29");
    }

    #[test]
    fn every_template_loads() {
        assert!(Templates::load().is_ok());
    }
}
