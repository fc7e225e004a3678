//! The web app (axum + tokio): pages for people and a JSON API for scripts, over the same
//! use cases ([`crate::app`]) the command line calls.
//!
//! Infrastructure, used by every resource and using none of them: [`state`] (store handles,
//! index, caches, jobs, limits), [`auth`] (who is asking, CSRF, the client), [`render`]
//! (templates and the typed [`render::Page`]), [`error`] (HTML and JSON errors), [`request`]
//! (the design and parameters a request asks for), [`views`] (typed views: page contexts and
//! the API's contract), [`files`], [`jobs`], [`quota`], [`assets`]. Resources, one module
//! each: [`home`], [`designs`], [`search`], [`exports`], [`accounts`], [`proposals`],
//! [`makerspaces`], [`images`], [`imports`] (cut files reviewed in the browser), [`offline`] (manifest, service worker, offline page), and the [`api`]. [`router`] lists every route. Must not:
//! parse manifests, compute geometry or touch git itself; run blocking work on the async
//! threads (everything goes through the blocking pool).

pub mod accounts;
pub mod api;
pub mod assets;
pub mod auth;
pub mod builds;
pub mod designs;
pub mod error;
pub mod exports;
pub mod feeds;
pub mod files;
pub mod home;
pub mod images;
pub mod imports;
pub mod jobs;
pub mod lang;
pub mod makerspaces;
pub mod offline;
pub mod peers;
pub mod projects;
pub mod proposals;
pub mod questions;
pub mod quota;
pub mod render;
pub mod request;
pub mod router;
pub mod search;
pub mod state;
pub mod views;

pub use error::WebError;
pub use router::router;
pub use state::{AppState, ServeConfig};

/// How long a client may take to send a request's headers.
pub const HEADER_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);
/// How long a request may take until its response starts (uploads included; exports run
/// as jobs).
pub const REQUEST_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(120);

/// Serves the app on `addr` until Ctrl-C. Prints the address once listening. Every
/// connection has a header timeout (a client that trickles bytes is cut off) and every
/// request a deadline. `lang` is the language of that line (the pages follow each visitor).
pub async fn serve(
    state: AppState,
    addr: std::net::SocketAddr,
    lang: crate::i18n::Lang,
) -> std::io::Result<()> {
    let listener = tokio::net::TcpListener::bind(addr).await?;
    let local = listener.local_addr()?;
    let url = [("url", crate::i18n::Arg::from(format!("http://{local}/")))];
    println!("{}", crate::i18n::tr(lang, "cli-serve-running", &url));
    serve_on(listener, state, async {
        let _ = tokio::signal::ctrl_c().await;
    })
    .await
}

/// Serves the app on a bound listener until `shutdown` completes.
pub async fn serve_on(
    listener: tokio::net::TcpListener,
    state: AppState,
    shutdown: impl std::future::Future<Output = ()>,
) -> std::io::Result<()> {
    let app = router(state);
    tokio::pin!(shutdown);
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(a) => a,
                // A refused connection (too many open files…) is not the server's end.
                Err(e) => {
                    eprintln!("barnraise serve: accept: {e}");
                    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                    continue;
                }
            },
            _ = &mut shutdown => return Ok(()),
        };
        let _ = stream.set_nodelay(true);
        let app = app.clone();
        tokio::spawn(async move {
            use tower::ServiceExt;
            let service = hyper::service::service_fn(
                move |mut req: hyper::Request<hyper::body::Incoming>| {
                    req.extensions_mut()
                        .insert(axum::extract::ConnectInfo(peer));
                    let app = app.clone();
                    async move {
                        let req = req.map(axum::body::Body::new);
                        // The timeout's page is made outside the language middleware: it
                        // takes the request's language from its query, cookie and headers.
                        let (uri, headers) = (req.uri().clone(), req.headers().clone());
                        match tokio::time::timeout(REQUEST_TIMEOUT, app.oneshot(req)).await {
                            Ok(res) => res,
                            Err(_) => Ok(lang::in_request_lang(&uri, &headers, || {
                                axum::response::IntoResponse::into_response(WebError::too_many(
                                    crate::i18n::Message::new("error-request-too-long"),
                                ))
                            })),
                        }
                    }
                },
            );
            let mut http = hyper::server::conn::http1::Builder::new();
            http.timer(hyper_util::rt::TokioTimer::new())
                .header_read_timeout(HEADER_TIMEOUT);
            let _ = http
                .serve_connection(hyper_util::rt::TokioIo::new(stream), service)
                .await;
        });
    }
}
