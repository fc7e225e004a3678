//! The web app (axum + tokio): pages for people and a JSON API for scripts, over the same
//! use cases ([`crate::app`]) the command line calls.
//!
//! Infrastructure, used by every resource and using none of them: [`state`] (store handles,
//! index, caches, jobs, limits), [`auth`] (who is asking, CSRF, the client), [`render`]
//! (templates and the typed [`render::Page`]), [`error`] (HTML and JSON errors), [`request`]
//! (the design and parameters a request asks for), [`views`] (typed views: page contexts and
//! the API's contract), [`files`], [`jobs`], [`quota`], [`assets`]. Resources, one module
//! each: [`home`], [`designs`], [`search`], [`exports`], [`accounts`], [`proposals`],
//! [`makerspaces`], [`images`], [`imports`] (cut files reviewed in the browser), and the [`api`]. [`router`] lists every route. Must not:
//! parse manifests, compute geometry or touch git itself; run blocking work on the async
//! threads (everything goes through the blocking pool).

pub mod accounts;
pub mod api;
pub mod assets;
pub mod auth;
pub mod designs;
pub mod error;
pub mod exports;
pub mod files;
pub mod home;
pub mod images;
pub mod imports;
pub mod jobs;
pub mod makerspaces;
pub mod proposals;
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

/// Serves the app on `addr` until Ctrl-C. Prints the address once listening.
pub async fn serve(state: AppState, addr: std::net::SocketAddr) -> std::io::Result<()> {
    let listener = tokio::net::TcpListener::bind(addr).await?;
    let local = listener.local_addr()?;
    println!("Barnraise is running at http://{local}/ (Ctrl-C stops it)");
    axum::serve(
        listener,
        router(state).into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(async {
        let _ = tokio::signal::ctrl_c().await;
    })
    .await
}
