//! Files sent to a browser: the content type from the extension, shown inline only for
//! pictures, never run (a sandboxing policy on every file), and zips of several files.

use axum::http::header;
use axum::response::{IntoResponse, Response};

use super::error::WebError;

/// The content type of a file name's extension.
pub fn content_type(name: &str) -> &'static str {
    match name.rsplit('.').next().unwrap_or("") {
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "pdf" => "application/pdf",
        "json" => "application/json",
        "zip" => "application/zip",
        "toml" | "gcode" | "nc" => "text/plain; charset=utf-8",
        "dxf" => "application/dxf",
        "stl" => "model/stl",
        "step" => "model/step",
        _ => "application/octet-stream",
    }
}

/// A stored picture (a design's image, a build's photo), cacheable for five minutes and
/// sandboxed so that nothing in it runs.
pub fn stored_picture(bytes: Vec<u8>, content_type: &'static str) -> Response {
    let mut res = (
        [
            (header::CONTENT_TYPE, content_type),
            (header::CACHE_CONTROL, "public, max-age=300"),
        ],
        bytes,
    )
        .into_response();
    res.headers_mut().insert(
        header::CONTENT_SECURITY_POLICY,
        axum::http::HeaderValue::from_static(
            "default-src 'none'; style-src 'unsafe-inline'; sandbox",
        ),
    );
    res
}

/// A file download with its content type.
pub fn file_response(name: &str, bytes: Vec<u8>) -> Response {
    let inline = matches!(name.rsplit('.').next(), Some("png" | "svg"));
    let disposition = if inline {
        format!("inline; filename=\"{name}\"")
    } else {
        format!("attachment; filename=\"{name}\"")
    };
    (
        [
            (header::CONTENT_TYPE, content_type(name).to_string()),
            (header::CONTENT_DISPOSITION, disposition),
            // Files are shown, never run: an SVG opened in the tab gets no scripts.
            (
                header::CONTENT_SECURITY_POLICY,
                "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox".to_string(),
            ),
        ],
        bytes,
    )
        .into_response()
}

/// The files `names` of folder `dir` in one zip.
pub fn zip_files(dir: &std::path::Path, names: &[String]) -> Result<Vec<u8>, WebError> {
    use std::io::Write;
    let internal = |e: &dyn std::fmt::Display| WebError::internal(e.to_string());
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut buf);
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        for f in names {
            let bytes = std::fs::read(dir.join(f)).map_err(|e| internal(&e))?;
            zip.start_file(f.as_str(), opts).map_err(|e| internal(&e))?;
            zip.write_all(&bytes).map_err(|e| internal(&e))?;
        }
        zip.finish().map_err(|e| internal(&e))?;
    }
    Ok(buf.into_inner())
}
