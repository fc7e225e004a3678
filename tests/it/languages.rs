//! Languages (issue #21): complete catalogues, the page's language from `?lang=`, a cookie
//! or `Accept-Language`, designs with translations (pages, search by words of any of their
//! languages, OKH), located errors in `[translations]`, and `--lang` on the command line.

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use tower::ServiceExt;

use crate::hidden;
use barnraise::i18n::{self, Lang};

/// Status, `Set-Cookie` and body of a GET with extra headers.
async fn get_with(
    app: &Router,
    uri: &str,
    headers: &[(&str, &str)],
) -> (StatusCode, String, String) {
    let mut req = Request::get(uri);
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    let res = app
        .clone()
        .oneshot(req.body(Body::empty()).unwrap())
        .await
        .unwrap();
    let status = res.status();
    let cookie = res
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .collect::<Vec<_>>()
        .join("\n");
    let body = res.into_body().collect().await.unwrap().to_bytes().to_vec();
    (status, cookie, String::from_utf8_lossy(&body).into_owned())
}

fn html_lang(html: &str) -> &str {
    html.split("<html lang=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .unwrap_or("")
}

#[test]
fn every_catalogue_has_exactly_the_keys_english_has() {
    let problems = i18n::catalogue_problems();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    // The check itself fails on a missing key and on an extra one.
    let en = "a = A\nb = B\n";
    let file = |lang, src| i18n::CatalogueFile {
        lang,
        file: "main.ftl",
        src,
    };
    let problems =
        i18n::compare_catalogues(&[file(Lang::En, en), file(Lang::Fr, "a = A\nc = C\n")]);
    assert!(
        problems.iter().any(|p| p.contains("misses 'b'")),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.contains("'c', which English lacks")),
        "{problems:?}"
    );
    let problems = i18n::compare_catalogues(&[file(Lang::En, en), file(Lang::De, "a = {\n")]);
    assert!(!problems.is_empty(), "a syntax error is a problem");
    // A key is in the same file in every language, and in one file only.
    let moved = i18n::CatalogueFile {
        lang: Lang::Fr,
        file: "problems.ftl",
        src: "b = B\n",
    };
    let problems =
        i18n::compare_catalogues(&[file(Lang::En, en), file(Lang::Fr, "a = A\nb = B\n"), moved]);
    assert!(
        problems.iter().any(|p| p.contains("'b' is defined twice")),
        "{problems:?}"
    );
}

/// Every problem the broken fixtures give is a catalogue message (none is English-only),
/// phrased completely in every language, and French says it in French.
#[test]
fn every_problem_of_the_broken_fixtures_is_in_the_catalogues() {
    let dir = crate::repo("tests/fixtures/invalid");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    assert!(files.len() >= 20, "{files:?}");
    let mut failures = Vec::new();
    let (mut seen, mut differ) = (0, 0);
    for file in &files {
        let name = file.file_name().unwrap().to_string_lossy().to_string();
        let problems = crate::check_file(file);
        assert!(!problems.is_empty(), "{name} gives no problem");
        for d in &problems {
            seen += 1;
            let Some(m) = &d.message_id else {
                failures.push(format!("{name}: English only: {}", d.message));
                continue;
            };
            assert_eq!(m.text(Lang::En), d.message, "{name}");
            for lang in Lang::ALL {
                let text = d.message_in(lang);
                if text.contains('⟦') || text.contains("NUMBER(") || text.contains("{ $") {
                    failures.push(format!("{name}: {lang}: {text}"));
                }
            }
            if d.message_in(Lang::Fr) != d.message {
                differ += 1;
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(
        differ * 2 > seen,
        "only {differ} of {seen} problems read differently in French"
    );
}

/// Every `t('key')` in a template, and every key a `label(kind, value)` can ask for, is in
/// the English catalogue (so in all of them).
#[test]
fn templates_use_only_keys_the_catalogue_has() {
    let dir = crate::repo("web/templates");
    let mut missing = Vec::new();
    let mut used = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        for quote in ['\'', '"'] {
            let open = format!("t({quote}");
            let pieces: Vec<&str> = text.split(&open).collect();
            for (i, piece) in pieces.iter().enumerate().skip(1) {
                // `t(` as a function, not the end of `default(`.
                let before = pieces[i - 1].chars().last();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let Some(end) = piece.find(quote) else {
                    continue;
                };
                let key = &piece[..end];
                used += 1;
                let dynamic = piece[end + 1..].trim_start().starts_with('~');
                let known = if dynamic {
                    i18n::CATALOGUES
                        .iter()
                        .filter(|f| f.lang == Lang::En)
                        .flat_map(|f| i18n::keys(f.src))
                        .any(|k| k.starts_with(key))
                } else {
                    i18n::has(key)
                };
                if !known {
                    missing.push(format!("{}: {key}", path.display()));
                }
            }
        }
    }
    assert!(used > 100, "only {used} keys found: is the scan right?");
    let mut labels: Vec<String> = Vec::new();
    labels.extend(
        barnraise::model::CATEGORIES
            .iter()
            .map(|c| format!("category-{c}")),
    );
    labels.extend(
        barnraise::model::MATERIAL_KINDS
            .iter()
            .map(|c| format!("material-{c}")),
    );
    labels.extend(["process-laser", "process-cnc"].map(String::from));
    labels.extend(["works", "works-with-changes", "failed"].map(|o| format!("outcome-{o}")));
    labels.extend(["open", "accepted", "refused"].map(|s| format!("proposal-{s}")));
    labels.extend(["pcs", "m", "m2", "kg", "l", "set", "pack"].map(|u| format!("unit-{u}")));
    labels.extend(
        barnraise::model::TRANSLATION_LANGUAGES
            .iter()
            .map(|l| format!("language-{l}")),
    );
    for key in labels {
        if !i18n::has(&key) {
            missing.push(format!("label {key}"));
        }
    }
    assert!(
        missing.is_empty(),
        "keys missing from English:\n{}",
        missing.join("\n")
    );
    // The manifest's translation languages are the interface's.
    assert_eq!(
        barnraise::model::TRANSLATION_LANGUAGES.to_vec(),
        Lang::ALL.map(Lang::code).to_vec()
    );
}

/// One seeded store for the web checks (seeding validates every shipped design, which is
/// the slow part on a busy machine).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_web_app_in_five_languages() {
    let dir = tempfile::tempdir().unwrap();
    let app = crate::web::app(dir.path());
    pages_speak_the_language_asked_for_and_remember_it(&app).await;
    home_search_design_and_login_pages_have_every_message_in_five_languages(&app).await;
    a_translated_design_is_shown_and_found_in_its_languages(&app).await;
    projects_makerspaces_and_offline_pages_speak_french_and_german(&app).await;
    error_messages_speak_the_language_asked_for(&app).await;
}

/// Status and body of a form POST with extra headers.
async fn post_with(
    app: &Router,
    uri: &str,
    headers: &[(&str, &str)],
    form: &str,
) -> (StatusCode, String) {
    let mut req =
        Request::post(uri).header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    let res = app
        .clone()
        .oneshot(req.body(Body::from(form.to_string())).unwrap())
        .await
        .unwrap();
    let status = res.status();
    let body = res.into_body().collect().await.unwrap().to_bytes().to_vec();
    (status, String::from_utf8_lossy(&body).into_owned())
}

async fn error_messages_speak_the_language_asked_for(app: &Router) {
    // A design that does not exist: the 404 page says so in French.
    let (status, _, html) = get_with(app, "/designs/no-such-design?lang=fr", &[]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(html_lang(&html), "fr");
    assert!(
        html.contains("aucun plan « no-such-design » dans le dépôt"),
        "{html}"
    );
    assert!(!html.contains("in the store"), "{html}");
    // The same by Accept-Language, in Spanish; and the web layer's own refusals too.
    let (status, _, html) =
        get_with(app, "/designs/no-such-design", &[("accept-language", "es")]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(html.contains("ningún diseño «no-such-design»"), "{html}");
    let (_, _, html) = get_with(app, "/no/such/page", &[("accept-language", "sw")]).await;
    assert!(html.contains("Hakuna ukurasa katika anwani hii."), "{html}");
    // The API's error is in the language asked for, and English when none was.
    let (status, _, json) = get_with(app, "/api/v1/designs/no-such-design?lang=de", &[]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        v["error"], "kein Bauplan „no-such-design“ im Speicher",
        "{json}"
    );
    // What scripts match on is the same in every language.
    assert_eq!(v["code"], "error-no-design", "{json}");
    let (_, _, json) = get_with(app, "/api/v1/designs/no-such-design", &[]).await;
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        v["error"], "no design 'no-such-design' in the store",
        "{json}"
    );
    assert_eq!(v["code"], "error-no-design", "{json}");

    // A failed log-in in German.
    let (status, cookie, page) = get_with(app, "/login", &[("accept-language", "de")]).await;
    assert_eq!(status, StatusCode::OK);
    let token = hidden(&page, "form_token");
    let cookies: Vec<&str> = cookie.lines().filter_map(|c| c.split(';').next()).collect();
    let (status, page) = post_with(
        app,
        "/login",
        &[("accept-language", "de"), ("cookie", &cookies.join("; "))],
        &format!("form_token={token}&username=nobody&password=not+the+password"),
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "{page}");
    assert_eq!(html_lang(&page), "de");
    assert!(
        page.contains("Falscher Benutzername oder falsches Passwort."),
        "{page}"
    );
    // A parameter out of its bounds: the located problem in German on the page, in English
    // in the API's problems (their JSON is the same in every language).
    let (status, _, html) = get_with(
        app,
        "/designs/top-bar-hive-kenyan?thickness=99",
        &[("accept-language", "de")],
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(html.contains("liegt über dem Maximum von"), "{html}");
    assert!(!html.contains("is above the maximum"), "{html}");
    // A form sent without its token: the refusal is German too.
    let (status, page) = post_with(
        app,
        "/login",
        &[("accept-language", "de")],
        "form_token=stale&username=nobody&password=x",
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{page}");
    assert!(page.contains("dieses Formular ist veraltet"), "{page}");
}

/// Every `error-…` id the code names is a message of the catalogues (so of all five).
#[test]
fn every_error_id_in_the_code_is_in_the_catalogue() {
    let files = source_files();
    let (mut used, mut missing) = (0, Vec::new());
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        for piece in text.split("\"error-").skip(1) {
            let Some(end) = piece.find('"') else { continue };
            let id = format!("error-{}", &piece[..end]);
            if id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            {
                used += 1;
                if !i18n::has(&id) {
                    missing.push(format!("{}: {id}", f.display()));
                }
            }
        }
    }
    assert!(used > 100, "only {used} error ids found");
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

/// Every Rust file under `src/`.
fn source_files() -> Vec<std::path::PathBuf> {
    fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }
    let mut files = Vec::new();
    walk(&crate::repo("src"), &mut files);
    files
}

/// Every message the code names (`Message::new("…")`, whatever its prefix) is in the
/// English catalogue, so in all of them: a typo in an id would show `⟦id⟧` to people.
#[test]
fn every_message_id_in_the_code_is_in_the_catalogue() {
    let files = source_files();
    let (mut used, mut missing) = (0, Vec::new());
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        for piece in text.split("Message::new(\"").skip(1) {
            let Some(end) = piece.find('"') else { continue };
            let id = &piece[..end];
            used += 1;
            if !i18n::has(id) {
                missing.push(format!("{}: {id}", f.display()));
            }
        }
    }
    assert!(used > 400, "only {used} message ids found");
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

#[test]
fn the_cli_validates_in_the_language_asked_for() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("compost-sifter");
    std::fs::create_dir(&folder).unwrap();
    let text = std::fs::read_to_string(crate::repo("designs/compost-sifter/design.toml")).unwrap();
    assert!(text.contains("version = \"1.0.0\""));
    let text = text.replace("version = \"1.0.0\"", "version = \"one\"");
    std::fs::write(folder.join("design.toml"), text).unwrap();
    let store = tmp.path().join("store.git");
    let path = folder.to_str().unwrap();
    let run = crate::barnraise(&store, &["--lang", "fr", "validate", path]);
    assert_eq!(run.status.code(), Some(1), "{}", crate::text(&run.stderr));
    let err = crate::text(&run.stderr);
    assert!(
        err.contains("design.toml:3:") && err.contains("« one » n'est pas une version sémantique"),
        "{err}"
    );
    let run = crate::barnraise(&store, &["validate", path]);
    assert!(
        crate::text(&run.stderr).contains("'one' is not a semantic version like 1.2.0"),
        "{}",
        crate::text(&run.stderr)
    );
}

#[test]
fn the_cli_says_what_went_wrong_in_the_language_asked_for() {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("store.git");
    let init = crate::barnraise(
        &store,
        &["init", "--store", store.to_str().unwrap(), "--empty"],
    );
    assert_eq!(init.status.code(), Some(0), "{}", crate::text(&init.stderr));
    let run = crate::barnraise(&store, &["--lang", "es", "show", "no-such-design"]);
    assert_eq!(run.status.code(), Some(1), "{}", crate::text(&run.stderr));
    let err = crate::text(&run.stderr);
    assert!(
        err.contains("no hay ningún diseño «no-such-design» en el depósito"),
        "{err}"
    );
    let run = crate::barnraise(&store, &["show", "no-such-design"]);
    assert_eq!(run.status.code(), Some(1));
    assert!(
        crate::text(&run.stderr).contains("no design 'no-such-design' in the store"),
        "{}",
        crate::text(&run.stderr)
    );
}

#[test]
fn the_cli_shows_a_design_in_the_language_asked_for() {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("store.git");
    let init = crate::barnraise(&store, &["init", "--store", store.to_str().unwrap()]);
    assert_eq!(init.status.code(), Some(0), "{}", crate::text(&init.stderr));
    // A translated design: its own words, the headings and the numbers in French.
    let run = crate::barnraise(&store, &["--lang", "fr", "show", "top-bar-hive-kenyan"]);
    assert_eq!(run.status.code(), Some(0), "{}", crate::text(&run.stderr));
    let out = crate::text(&run.stdout);
    for expected in [
        "Ruche kényane à barrettes (top-bar-hive-kenyan)",
        "valeurs :",
        "pièces (36 à découper) :",
        "ép. (mm)",
        "Barrette",
        "2\u{202f}498,2",
    ] {
        assert!(out.contains(expected), "{expected:?} in\n{out}");
    }
    assert!(!out.contains("to cut"), "{out}");
    // German money; English stays as it was.
    let run = crate::barnraise(&store, &["--lang", "de", "show", "compost-sifter"]);
    let out = crate::text(&run.stdout);
    assert!(out.contains("Stückliste (Beschläge):"), "{out}");
    assert!(out.contains("14,88\u{a0}€"), "{out}");
    let run = crate::barnraise(&store, &["show", "compost-sifter"]);
    let out = crate::text(&run.stdout);
    assert!(out.contains("bill of materials (hardware):"), "{out}");
    assert!(out.contains("14.88 EUR"), "{out}");
    assert!(!out.contains('⟦'), "{out}");
    // The other commands' text too: a list in German, an export's summary in French.
    let run = crate::barnraise(&store, &["--lang", "de", "list"]);
    let out = crate::text(&run.stdout);
    assert!(out.contains(" Baupläne"), "{out}");
    let dir = tmp.path().join("cut");
    let run = crate::barnraise(
        &store,
        &[
            "--lang",
            "fr",
            "export",
            "compost-sifter",
            "--format",
            "svg",
            "--time-limit",
            "0",
            "--out",
            dir.to_str().unwrap(),
        ],
    );
    assert_eq!(run.status.code(), Some(0), "{}", crate::text(&run.stderr));
    let out = crate::text(&run.stdout);
    assert!(
        out.contains("pièce(s) sur") && out.contains("% utilisés"),
        "{out}"
    );
    assert!(!out.contains("sheet(s)"), "{out}");
    // A bit wider than the design's slots: refused in French, with the numbers.
    let run = crate::barnraise(
        &store,
        &[
            "--lang",
            "fr",
            "export",
            "compost-sifter",
            "--makerspace",
            "example-cnc-workshop",
            "--format",
            "dxf",
            "--out",
            tmp.path().join("refused").to_str().unwrap(),
        ],
    );
    assert_eq!(run.status.code(), Some(1), "{}", crate::text(&run.stderr));
    let err = crate::text(&run.stderr);
    assert!(
        err.contains("mm de large") && err.contains("6,35 mm"),
        "{err}"
    );
    assert!(!err.contains("mm wide"), "{err}");
    // An export's notes: in French in the terminal, English and as codes in the manifest
    // (12 mm given, the workshop's 12 mm plywood measures 11.7 mm).
    let dir = tmp.path().join("cnc");
    let run = crate::barnraise(
        &store,
        &[
            "--lang",
            "fr",
            "export",
            "harvest-cart-box",
            "--makerspace",
            "example-cnc-workshop",
            "--format",
            "dxf",
            "--param",
            "thickness=12",
            "--time-limit",
            "0",
            "--out",
            dir.to_str().unwrap(),
        ],
    );
    assert_eq!(run.status.code(), Some(0), "{}", crate::text(&run.stderr));
    let out = crate::text(&run.stdout);
    assert!(out.contains("remarque : "), "{out}");
    assert!(!out.contains("note: "), "{out}");
    let manifest: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("manifest.json")).unwrap()).unwrap();
    let codes = manifest["note_codes"].as_array().expect("note codes");
    assert!(!codes.is_empty(), "{manifest:#}");
    assert_eq!(codes.len(), manifest["notes"].as_array().unwrap().len());
    for (code, english) in codes.iter().zip(manifest["notes"].as_array().unwrap()) {
        assert!(
            code["code"].as_str().unwrap().starts_with("note-"),
            "{code}"
        );
        assert_eq!(
            i18n::tr_value(Lang::En, code).as_deref(),
            english.as_str(),
            "a note's code gives back its English"
        );
        let french = i18n::tr_value(Lang::Fr, code).unwrap();
        assert!(out.contains(&french), "{french} in\n{out}");
    }
}

async fn pages_speak_the_language_asked_for_and_remember_it(app: &Router) {
    // ?lang= wins and is remembered in a cookie.
    let (status, cookie, html) = get_with(app, "/?lang=fr", &[("accept-language", "de")]).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(html_lang(&html), "fr");
    assert!(html.contains("Partager les plans partout"), "{html}");
    assert!(cookie.contains("barnraise_lang=fr"), "{cookie}");
    // The cookie, then Accept-Language with q-values, then English.
    let (_, _, html) = get_with(app, "/search", &[("cookie", "barnraise_lang=sw")]).await;
    assert_eq!(html_lang(&html), "sw");
    assert!(html.contains("Tafuta"), "Swahili search page");
    let (_, _, html) = get_with(
        app,
        "/",
        &[("accept-language", "en;q=0.4, es-MX;q=0.9, de;q=0.8")],
    )
    .await;
    assert_eq!(html_lang(&html), "es");
    let (_, cookie, html) = get_with(app, "/", &[("accept-language", "pt-BR")]).await;
    assert_eq!(html_lang(&html), "en");
    assert!(
        !cookie.contains("barnraise_lang"),
        "nothing chosen, nothing remembered"
    );
    // The chooser links keep the query.
    let (_, _, html) = get_with(app, "/search?q=hive&lang=de", &[]).await;
    assert!(
        html.contains("search?q=hive&amp;lang=fr\""),
        "chooser keeps q"
    );
    // Error pages too, with hints phrased in the language.
    let (status, _, html) = get_with(app, "/designs/no-such-design?lang=de", &[]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(html_lang(&html), "de");
    assert!(html.contains("Nicht gefunden"), "{html}");
}

async fn home_search_design_and_login_pages_have_every_message_in_five_languages(app: &Router) {
    for lang in Lang::ALL {
        for page in [
            "/",
            "/search?q=plywood",
            "/search?q=",
            "/designs/top-bar-hive-kenyan",
            "/designs/compost-sifter",
            "/login",
            "/signup",
        ] {
            let sep = if page.contains('?') { '&' } else { '?' };
            let uri = format!("{page}{sep}lang={}", lang.code());
            let (status, _, html) = get_with(app, &uri, &[]).await;
            assert_eq!(status, StatusCode::OK, "{uri}");
            assert_eq!(html_lang(&html), lang.code(), "{uri}");
            assert!(!html.contains('⟦'), "{uri} has a missing message");
        }
    }
    // Numbers and money in the locale's style.
    let (_, _, de) = get_with(app, "/designs/compost-sifter?lang=de", &[]).await;
    assert!(
        de.contains("\u{a0}€"),
        "German money puts € after the amount"
    );
    assert!(de.contains("Zuschnittliste") && de.contains("Stückliste"));
    let (_, _, en) = get_with(app, "/designs/compost-sifter?lang=en", &[]).await;
    assert!(en.contains(" EUR"), "English money keeps the ISO code");
    let (_, _, sw) = get_with(app, "/designs/top-bar-hive-kenyan?lang=sw", &[]).await;
    assert!(
        sw.contains("Ksh "),
        "Swahili writes shillings before the amount"
    );
}

/// The pages translated after the first set: a known heading in French and German, not
/// the English one, and no missing message; without `?lang` they stay English.
async fn projects_makerspaces_and_offline_pages_speak_french_and_german(app: &Router) {
    let pages: [(&str, &str, &str, &str); 5] = [
        (
            "/projects",
            "<h1>Projects</h1>",
            "<h1>Projets</h1>",
            "<h1>Projekte</h1>",
        ),
        (
            "/projects/market-garden-saturday-batch",
            "Sheets and cost per makerspace",
            "Panneaux et coût par atelier",
            "Platten und Kosten je Werkstatt",
        ),
        (
            "/makerspaces",
            "<h1>Makerspaces</h1>",
            "<h1>Ateliers</h1>",
            "<h1>Werkstätten</h1>",
        ),
        (
            "/makerspaces/example-laser-club",
            "Designs buildable here",
            "Plans réalisables ici",
            "Hier baubare Baupläne",
        ),
        (
            "/offline",
            "id=\"offline-title\">Kept for offline<",
            "id=\"offline-title\">Gardé hors ligne<",
            "id=\"offline-title\">Offline gespeichert<",
        ),
    ];
    for (page, en, fr, de) in pages {
        let (status, _, html) = get_with(app, page, &[]).await;
        assert_eq!(status, StatusCode::OK, "{page}");
        assert!(html.contains(en), "{page} in English has {en:?}");
        for (lang, heading) in [("fr", fr), ("de", de)] {
            let uri = format!("{page}?lang={lang}");
            let (status, _, html) = get_with(app, &uri, &[]).await;
            assert_eq!(status, StatusCode::OK, "{uri}");
            assert_eq!(html_lang(&html), lang, "{uri}");
            assert!(html.contains(heading), "{uri} has {heading:?}:\n{html}");
            assert!(!html.contains(en), "{uri} still has {en:?}");
            assert!(!html.contains('⟦'), "{uri} has a missing message");
        }
    }
}

async fn a_translated_design_is_shown_and_found_in_its_languages(app: &Router) {
    let (_, _, fr) = get_with(app, "/designs/top-bar-hive-kenyan?lang=fr", &[]).await;
    assert!(fr.contains("Ruche kényane à barrettes"), "French name");
    assert!(
        fr.contains("Flanc incliné"),
        "French part name in the cut list"
    );
    assert!(fr.contains("Vis à bois inox 5 × 50 mm"), "French BOM item");
    assert!(
        fr.contains("Traduit de l'original en anglais")
            || fr.contains("Traduit de l&#x27;original en anglais")
    );
    let (_, _, es) = get_with(app, "/designs/push-seeder-plates?lang=es", &[]).await;
    assert!(es.contains("Juego de discos para sembradora de empuje"));
    assert!(es.contains("Medir su sembradora"), "Spanish step title");
    // A language the design lacks shows the original.
    let (_, _, sw) = get_with(app, "/designs/compost-sifter?lang=sw", &[]).await;
    assert!(sw.contains("Compost sifter frame"));
    // Found by words of any of its languages, stemmed per language.
    for (q, slug) in [
        ("ruche", "top-bar-hive-kenyan"),
        ("ruches", "top-bar-hive-kenyan"),
        ("colmena", "top-bar-hive-kenyan"),
        ("Bienenstock", "top-bar-hive-kenyan"),
        ("mzinga", "top-bar-hive-kenyan"),
        ("semoir", "push-seeder-plates"),
        ("sembradoras", "push-seeder-plates"),
        ("tamis", "compost-sifter"),
        ("rempotage", "potting-bench"),
        ("semillero", "seedling-tray-rack"),
    ] {
        let (status, _, body) = get_with(app, &format!("/api/v1/search?q={q}"), &[]).await;
        assert_eq!(status, StatusCode::OK);
        let v: serde_json::Value = serde_json::from_str(&body).unwrap();
        let slugs: Vec<&str> = v["hits"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|h| h["slug"].as_str())
            .collect();
        assert!(slugs.contains(&slug), "{q} finds {slug}: {slugs:?}");
    }
    // Cards show the page's language.
    let (_, _, cards) = get_with(app, "/search?q=ruche&lang=fr", &[]).await;
    assert!(
        cards.contains("Ruche kényane à barrettes"),
        "the card is in French"
    );
    // The OKH manifest in the page's language says so.
    let (status, _, okh) = get_with(
        app,
        "/designs/top-bar-hive-kenyan/download/okh?lang=es",
        &[],
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        okh.contains("Colmena keniana de barras superiores"),
        "{okh}"
    );
    assert!(okh.contains("documentation-language = \"es\""), "{okh}");
    let (_, _, okh) = get_with(app, "/designs/top-bar-hive-kenyan/download/okh", &[]).await;
    assert!(okh.contains("documentation-language = \"en\""), "{okh}");
}

#[test]
fn translations_in_a_manifest_are_checked_with_their_lines() {
    let base = std::fs::read_to_string(crate::repo("designs/compost-sifter/design.toml")).unwrap();
    let cut = base.find("\n# Translations").unwrap_or(base.len());
    let original = &base[..cut];
    let lines_before = original.lines().count();
    let bad = format!(
        "{original}\n[translations.pt]\nname = \"Peneira\"\n\n[translations.fr]\nname = \"Tamis\"\n[translations.fr.parts]\nCS-LONGG = \"Grand côté\"\n[translations.fr.bom]\n\"Glue\" = \"Colle\"\n[[translations.fr.steps]]\nstep = 9\ntitle = \"Huiler\"\n\n[translations.en]\nname = \"Same\"\n"
    );
    let problems = match barnraise::model::parse_manifest(&bad, Some("compost-sifter")) {
        Ok(_) => panic!("the manifest should be refused"),
        Err(ds) => ds,
    };
    let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
    let find = |needle: &str| {
        problems
            .iter()
            .find(|d| d.to_string().contains(needle))
            .unwrap_or_else(|| panic!("no problem with {needle:?} in {text:#?}"))
    };
    let pt = find("unknown language code 'pt'");
    assert_eq!(pt.path, "translations.pt");
    assert_eq!(pt.position.map(|p| p.line as usize), Some(lines_before + 2));
    let label = find("no part is labelled 'CS-LONGG' (did you mean 'CS-LONG'?)");
    assert_eq!(
        label.position.map(|p| p.line as usize),
        Some(lines_before + 8)
    );
    find("no BOM item is 'Glue'");
    find("step 9 does not exist: the design has 3 steps");
    find("the design is written in 'en'");
    // The shipped translations parse, and localise.
    let d = barnraise::model::parse_manifest(&base, Some("compost-sifter")).unwrap();
    assert_eq!(d.languages(), vec!["en", "es", "fr"]);
    let fr = d.localized("fr");
    assert_eq!(fr.name, "Cadre de tamis à compost");
    assert_eq!(fr.parts[0].name, "Grand côté");
    assert_eq!(fr.assembly.steps[0].title, "Huiler les pièces");
    assert_eq!(d.localized("de").name, d.name);
}

#[test]
fn at_least_five_shipped_designs_speak_french_and_spanish() {
    let mut packages = Vec::new();
    for entry in std::fs::read_dir(crate::repo("designs")).unwrap() {
        let dir = entry.unwrap().path();
        let Ok(text) = std::fs::read_to_string(dir.join("design.toml")) else {
            continue;
        };
        let folder = dir.file_name().unwrap().to_string_lossy().into_owned();
        let design = barnraise::model::parse_manifest(&text, Some(&folder))
            .unwrap_or_else(|e| panic!("{folder}: {e:?}"));
        packages.push((design, ()));
    }
    let both: Vec<&str> = packages
        .iter()
        .filter(|(d, _)| d.translations.contains_key("fr") && d.translations.contains_key("es"))
        .map(|(d, _)| d.slug.as_str())
        .collect();
    assert!(both.len() >= 5, "{both:?}");
    for (d, _) in &packages {
        for (lang, t) in &d.translations {
            // A translation either leaves a text alone or translates all of its kind.
            if !t.parts.is_empty() {
                assert_eq!(
                    t.parts.len(),
                    d.parts.len(),
                    "{} {lang}: every part",
                    d.slug
                );
            }
        }
    }
}

#[test]
fn the_cli_writes_build_sheets_and_hints_in_the_language_asked_for() {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("store.git");
    let init = crate::barnraise(&store, &["init", "--store", store.to_str().unwrap()]);
    assert_eq!(init.status.code(), Some(0), "{}", crate::text(&init.stderr));
    let out = tmp.path().join("out");
    let run = crate::barnraise(
        &store,
        &[
            "--lang",
            "es",
            "export",
            "compost-sifter",
            "--format",
            "pdf",
            "--time-limit",
            "0.5",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(run.status.code(), Some(0), "{}", crate::text(&run.stderr));
    let pdf = std::fs::read_dir(&out)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| p.extension().is_some_and(|x| x == "pdf"))
        .expect("a PDF");
    let words = std::process::Command::new("pdftotext")
        .args([pdf.to_str().unwrap(), "-"])
        .output()
        .expect("pdftotext is needed for this test (scripts/deps installs it)");
    let words = crate::text(&words.stdout);
    for w in [
        "Marco de criba para compost",
        "Lista de materiales",
        "Lista de corte",
        "Montaje",
        "Lado largo",
        "Aceitar las piezas",
    ] {
        assert!(
            words.contains(w),
            "{w} in the Spanish build sheet:\n{words}"
        );
    }
    // The sheet pages' and footer's sentences too, numbers with a decimal comma.
    for w in [
        "Tablero 1 de",
        "aprovechamiento",
        "dibujado a escala",
        "página 1 de",
    ] {
        assert!(
            words.contains(w),
            "{w} in the Spanish build sheet:\n{words}"
        );
    }
    for w in ["Sheet 1 of", "page 1 of", "utilisation", "drawn at scale"] {
        assert!(!words.contains(w), "{w} left in English:\n{words}");
    }
    if words.contains("Prueba de ajuste") {
        assert!(words.contains("Corte primero esta probeta"), "{words}");
        assert!(!words.contains("Cut this coupon first"), "{words}");
    }
    // A hint phrased in French, flags kept as typed.
    let run = crate::barnraise(&store, &["--lang", "fr", "sync", "nobody"]);
    assert_eq!(run.status.code(), Some(1));
    let err = crate::text(&run.stderr);
    assert!(
        err.contains("ajoutez-le avec `barnraise peer add nobody"),
        "{err}"
    );
    // An unknown language is refused with the choices.
    let run = crate::barnraise(&store, &["--lang", "pt", "list"]);
    assert_eq!(run.status.code(), Some(1));
    assert!(crate::text(&run.stderr).contains("en, fr, es, sw, de"));
}

/// The command line's own refusals, and nesting's, in the language of `--lang`.
#[test]
fn the_cli_refuses_flags_and_impossible_nestings_in_the_language_asked_for() {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("store.git");
    let init = crate::barnraise(&store, &["init", "--store", store.to_str().unwrap()]);
    assert_eq!(init.status.code(), Some(0), "{}", crate::text(&init.stderr));
    let out = tmp.path().join("out");
    let out = out.to_str().unwrap();
    // A bad flag value, in French and in English.
    let args = ["export", "compost-sifter", "--sheet", "12", "--out", out];
    let run = crate::barnraise(&store, &[&["--lang", "fr"][..], &args].concat());
    assert_eq!(run.status.code(), Some(1), "{}", crate::text(&run.stderr));
    let err = crate::text(&run.stderr);
    assert!(
        err.contains("--sheet « 12 » n'est pas de la forme LARGEURxHAUTEUR en mm"),
        "{err}"
    );
    let run = crate::barnraise(&store, &args);
    assert!(
        crate::text(&run.stderr).contains("--sheet '12' is not WIDTHxHEIGHT in mm"),
        "{}",
        crate::text(&run.stderr)
    );
    // A command line clap cannot read: in French too, with the usage line, exit 1; with
    // --json a problem carrying its code.
    let run = crate::barnraise(
        &store,
        &["--lang", "fr", "export", "compost-sifter", "--shet", "12"],
    );
    assert_eq!(run.status.code(), Some(1), "{}", crate::text(&run.stderr));
    let err = crate::text(&run.stderr);
    assert!(
        err.contains("argument inattendu « --shet » (vouliez-vous dire '--sheet' ?)")
            && err.contains("Utilisation : barnraise export")
            && err.contains("Pour en savoir plus, essayez « --help »."),
        "{err}"
    );
    assert!(
        !err.contains("unexpected") && !err.contains("Usage"),
        "{err}"
    );
    let run = crate::barnraise(&store, &["--json", "--lang", "de", "lsit"]);
    assert_eq!(run.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&run.stdout).expect("JSON problems");
    assert_eq!(v[0]["code"], "refusal-cli-unknown-command", "{v}");
    assert!(
        v[0]["message"]
            .as_str()
            .unwrap()
            .contains("unbekannter Befehl „lsit“"),
        "{v}"
    );
    // Help is clap's, on stdout, exit 0.
    let run = crate::barnraise(&store, &["--lang", "fr", "--help"]);
    assert_eq!(run.status.code(), Some(0));
    // A design that does not exist, exported in French.
    let run = crate::barnraise(
        &store,
        &["--lang", "fr", "export", "no-such-design", "--out", out],
    );
    assert_eq!(run.status.code(), Some(1), "{}", crate::text(&run.stderr));
    let err = crate::text(&run.stderr);
    assert!(err.contains("aucun plan « no-such-design »"), "{err}");
    // Parts too large for the sheet: nesting refuses in German, numbers in German style.
    let run = crate::barnraise(
        &store,
        &[
            "--lang",
            "de",
            "export",
            "compost-sifter",
            "--format",
            "svg",
            "--sheet",
            "150x150",
            "--time-limit",
            "0",
            "--out",
            out,
        ],
    );
    assert_eq!(run.status.code(), Some(1), "{}", crate::text(&run.stderr));
    let err = crate::text(&run.stderr);
    assert!(
        err.contains("passt in keiner erlaubten Drehung") && err.contains("Platte 150 × 150 mm"),
        "{err}"
    );
    assert!(!err.contains("does not fit") && !err.contains('⟦'), "{err}");
    // A search query the parser refuses, in Spanish.
    let run = crate::barnraise(&store, &["--lang", "es", "search", "built:lots"]);
    assert_eq!(run.status.code(), Some(1), "{}", crate::text(&run.stderr));
    let err = crate::text(&run.stderr);
    assert!(
        err.contains("built: «lots» no es un número de construcciones"),
        "{err}"
    );
}

/// Sign-up validation in Spanish on the web form, and a search query refused in French.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_web_refuses_sign_ups_and_search_queries_in_the_page_language() {
    let dir = tempfile::tempdir().unwrap();
    let app = crate::web::app(dir.path());
    let (status, cookie, page) = get_with(&app, "/signup", &[("accept-language", "es")]).await;
    assert_eq!(status, StatusCode::OK);
    let token = hidden(&page, "form_token");
    let cookies: Vec<&str> = cookie.lines().filter_map(|c| c.split(';').next()).collect();
    let (status, page) = post_with(
        &app,
        "/signup",
        &[("accept-language", "es"), ("cookie", &cookies.join("; "))],
        &format!(
            "form_token={token}&username=example-user&display_name=Example+User&email=user%40example.org&password=short"
        ),
    )
    .await;
    assert!(status.is_client_error(), "{status}: {page}");
    assert_eq!(html_lang(&page), "es");
    assert!(
        page.contains("password: debe tener al menos 10 caracteres"),
        "{page}"
    );
    assert!(!page.contains("must be at least"), "{page}");
    let (status, page) = post_with(
        &app,
        "/signup",
        &[("accept-language", "es"), ("cookie", &cookies.join("; "))],
        &format!(
            "form_token={token}&username=example-user&display_name=Example+User&email=not-an-address&password=correct+horse+battery"
        ),
    )
    .await;
    assert!(status.is_client_error(), "{status}: {page}");
    assert!(
        page.contains("debe tener la forma nombre@example.org"),
        "{page}"
    );

    // A search with an unknown filter: the refusal is French, with its suggestion.
    let (status, _, html) = get_with(&app, "/search?q=materail%3Aplywood&lang=fr", &[]).await;
    assert!(
        status.is_client_error() || status == StatusCode::OK,
        "{status}"
    );
    assert!(html.contains("filtre inconnu « materail »"), "{html}");
    assert!(html.contains("vouliez-vous dire"), "{html}");
    assert!(!html.contains("unknown filter"), "{html}");
    let (_, _, json) = get_with(&app, "/api/v1/search?q=bed%3A12&lang=de", &[]).await;
    if let Ok(v) = serde_json::from_str::<serde_json::Value>(&json)
        && let Some(e) = v["error"].as_str()
    {
        assert!(e.contains("ist nicht BREITExHÖHE"), "{json}");
    }
}

/// Every `refusal-…` id the code names is a message of the catalogues, and every one the
/// catalogues have is used (they live in `refusals.ftl`, in all five languages).
#[test]
fn every_refusal_id_in_the_code_is_in_the_catalogue_and_used() {
    let files = source_files();
    let mut used = std::collections::BTreeSet::new();
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        for piece in text.split("\"refusal-").skip(1) {
            let Some(end) = piece.find('"') else { continue };
            used.insert(format!("refusal-{}", &piece[..end]));
        }
    }
    let defined: std::collections::BTreeSet<String> = i18n::CATALOGUES
        .iter()
        .filter(|f| f.lang == Lang::En && f.file == "refusals.ftl")
        .flat_map(|f| i18n::keys(f.src))
        .filter(|k| !k.contains('.'))
        .collect();
    assert!(used.len() > 100, "only {} refusal ids found", used.len());
    let missing: Vec<_> = used.difference(&defined).collect();
    assert!(missing.is_empty(), "not in refusals.ftl: {missing:?}");
    let unused: Vec<_> = defined.difference(&used).collect();
    assert!(unused.is_empty(), "never used: {unused:?}");
}

/// Every `imp-…` id the code names is in `imports.ftl`, every one it has is used, and each
/// renders in every language without a missing-message marker.
#[test]
fn every_import_message_is_in_imports_ftl_and_used() {
    let mut used = std::collections::BTreeSet::new();
    for f in source_files() {
        let text = std::fs::read_to_string(&f).unwrap();
        for piece in text.split("\"imp-").skip(1) {
            let Some(end) = piece.find('"') else { continue };
            used.insert(format!("imp-{}", &piece[..end]));
        }
    }
    let defined: std::collections::BTreeSet<String> = i18n::CATALOGUES
        .iter()
        .filter(|f| f.lang == Lang::En && f.file == "imports.ftl")
        .flat_map(|f| i18n::keys(f.src))
        .collect();
    assert!(defined.len() > 60, "only {} import messages", defined.len());
    let missing: Vec<_> = used.difference(&defined).collect();
    assert!(missing.is_empty(), "not in imports.ftl: {missing:?}");
    let unused: Vec<_> = defined.difference(&used).collect();
    assert!(unused.is_empty(), "never used: {unused:?}");
    for key in &defined {
        let english = i18n::tr(Lang::En, key, &[]);
        for lang in Lang::ALL {
            let text = i18n::tr(lang, key, &[]);
            assert!(!text.contains('⟦'), "{lang:?} {key}: {text}");
            // Only messages made of placeholders and codes read the same in every language.
            let same_everywhere = ["imp-program", "imp-detail", "imp-units-insunits"]
                .contains(&key.as_str())
                || key.starts_with("imp-length-")
                || key == "imp-item-size"
                || key == "imp-units-declared"
                || key == "imp-note-file-units";
            if lang != Lang::En && !same_everywhere {
                assert_ne!(text, english, "{lang:?} {key} is not translated");
            }
        }
    }
}

/// English fragments of the import's own sentences, none of which may be left in another
/// language's output.
const IMPORT_ENGLISH: &[&str] = &[
    "no units in the file",
    "assumed",
    "pass units",
    "largest part",
    "no thickness given",
    "part(s)",
    "joint(s)",
    "follow the thickness",
    "made by",
    "with the viewBox",
    "is text, not a number",
    "kept in [extra.okh]",
    "not a number of",
    "is not a name",
    "read as",
    "unknown OKH field",
    "OKH part(s)",
    "not a semantic version",
    "warning:",
    "note:",
];

fn assert_no_import_english(what: &str, text: &str) {
    for e in IMPORT_ENGLISH {
        assert!(!text.contains(e), "{what}: English '{e}' left in:\n{text}");
    }
}

#[test]
fn the_cli_imports_cut_files_and_okh_manifests_in_the_language_asked_for() {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("store.git");
    let out = tmp.path().join("out");
    // A real DXF with no units and no thickness: both are assumed, and said so.
    let dxf = crate::repo("tests/fixtures/interop/real/atles-bottom.dxf");
    let args = |lang: &'static str, slug: &'static str| {
        vec![
            "--lang".to_string(),
            lang.to_string(),
            "import".into(),
            "dxf".into(),
            dxf.to_str().unwrap().to_string(),
            "--design".into(),
            slug.into(),
            "--license".into(),
            "CC0-1.0".into(),
            "--out".into(),
            out.to_str().unwrap().to_string(),
        ]
    };
    let fr_args = args("fr", "atles-fr");
    let run = crate::barnraise(
        &store,
        &fr_args.iter().map(String::as_str).collect::<Vec<_>>(),
    );
    assert_eq!(run.status.code(), Some(0), "{}", crate::text(&run.stderr));
    let fr = crate::text(&run.stdout);
    for want in [
        "aucune unité dans le fichier : lu en millimètres par défaut (plus grande pièce : 348 mm)",
        "3 mm supposés pour la découpe laser",
        "remarque : 1 pièce ; 3 assemblages qui suivent l'épaisseur (3 mm)",
    ] {
        assert!(fr.contains(want), "no '{want}' in:\n{fr}");
    }
    assert_no_import_english("import dxf --lang fr", &fr);
    let en_args = args("en", "atles-en");
    let run = crate::barnraise(
        &store,
        &en_args.iter().map(String::as_str).collect::<Vec<_>>(),
    );
    let en = crate::text(&run.stdout);
    assert!(
        en.contains("note: 1 part(s); 3 joint(s) that follow the thickness (3 mm)")
            && en.contains(
                "no units in the file: millimetres assumed (largest part 348 mm); pass units=in"
            ),
        "{en}"
    );
    // The JSON keeps English words, and gives the unit warning's code.
    let mut json_args = args("de", "atles-json");
    json_args.push("--json".into());
    let run = crate::barnraise(
        &store,
        &json_args.iter().map(String::as_str).collect::<Vec<_>>(),
    );
    let report: serde_json::Value = serde_json::from_slice(&run.stdout).unwrap();
    assert_eq!(
        report["design"]["notes"][0], "1 part(s); 3 joint(s) that follow the thickness (3 mm)",
        "{report:#}"
    );

    // A messy OKH manifest: every warning and the note in Swahili, German, French.
    let okh = crate::repo("tests/fixtures/interop/okh/messy/okh.toml");
    let run = crate::barnraise(
        &store,
        &[
            "--lang",
            "fr",
            "import",
            "okh",
            okh.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(run.status.code(), Some(0), "{}", crate::text(&run.stderr));
    let fr = crate::text(&run.stdout);
    for want in [
        "mass: « 3.2 kg » est du texte, pas un nombre : lu comme 3\u{202f}200 g",
        "license: « CERN OHL S v2 » n'est pas une expression SPDX ; lu comme « CERN-OHL-S-2.0 »",
        "colour: champ OKH inconnu ; gardé dans [extra.okh]",
        "1 pièce OKH n'a pas de géométrie 2D dans le manifeste",
    ] {
        assert!(fr.contains(want), "no '{want}' in:\n{fr}");
    }
    assert_no_import_english("import okh --lang fr", &fr);
    for (lang, want) in [
        ("de", "„3.2 kg“ ist Text, keine Zahl: gelesen als 3.200 g"),
        (
            "sw",
            "'3.2 kg' ni maandishi, si namba: imesomwa kama 3,200 g",
        ),
        ("es", "«3.2 kg» es texto, no un número: se lee como 3200 g"),
    ] {
        let run = crate::barnraise(
            &store,
            &[
                "--lang",
                lang,
                "import",
                "okh",
                okh.to_str().unwrap(),
                "--out",
                out.to_str().unwrap(),
            ],
        );
        let text = crate::text(&run.stdout);
        assert!(text.contains(want), "{lang}: no '{want}' in:\n{text}");
        assert_no_import_english(lang, &text);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_import_review_speaks_the_page_language() {
    use crate::web::{Browser, sign_up};
    let dir = tempfile::tempdir().unwrap();
    let app = crate::web::app(dir.path());
    let mut b = Browser::new(&app);
    let csrf = sign_up(&mut b, "reviewer").await;
    // A real boxes.py file (GPL-3.0-or-later, see tests/fixtures/interop/real/SOURCES.md).
    let bytes = std::fs::read(crate::repo(
        "tests/fixtures/interop/real/boxes-ClosedBox.svg",
    ))
    .unwrap();
    let review = crate::web::upload_for_review(&mut b, &csrf, "ClosedBox.svg", &bytes).await;
    let page = |lang: &'static str| {
        Request::get(&review)
            .header(header::COOKIE, b.cookie_header())
            .header(header::ACCEPT_LANGUAGE, lang)
            .body(Body::empty())
            .unwrap()
    };
    let (fr_req, en_req) = (page("fr"), page("en"));
    let fr = b.send(fr_req).await;
    assert_eq!(fr.status, StatusCode::OK, "{}", fr.text());
    let html = fr.text();
    assert_eq!(html_lang(&html), "fr");
    for want in [
        "en mm avec la viewBox : millimètres",
        "3 mm supposés pour la découpe laser",
        "créneaux",
        "suivent l",
        "<td>pièce</td>",
        "créneau ",
    ] {
        assert!(html.contains(want), "no '{want}' in the French review");
    }
    for english in [
        "follow the thickness",
        "finger notch",
        "assumed for",
        "with the viewBox: millimetres",
        "<td>part</td>",
        "<td>sheet outline</td>",
        "× finger",
    ] {
        assert!(
            !html.contains(english),
            "English '{english}' on the French review"
        );
    }
    let en = b.send(en_req).await.text();
    assert!(
        en.contains("finger notch(es) and") && en.contains("<td>part</td>"),
        "the English review"
    );
}
