//! Web app under load: the design page, a search and a static file, each with 100
//! concurrent keep-alive connections on loopback for a few seconds.
//!
//! Run: `cargo bench --bench web`. Starts the real app (release build) on a store seeded
//! with the shipped designs, then drives it with a small HTTP/1.1 load generator written
//! here (tokio TCP, keep-alive, one request in flight per connection). Prints a Markdown
//! table of requests/s and latency percentiles for BENCHMARKS.md.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use barnraise::server::{AppState, ServeConfig, router};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

const CONNECTIONS: usize = 100;
const SECONDS: f64 = 5.0;

/// One connection's loop: sends `path` again and again until `until`; returns latencies.
async fn connection(addr: SocketAddr, path: Arc<String>, until: Instant) -> (Vec<f64>, usize) {
    let mut lat = Vec::new();
    let mut errors = 0;
    let Ok(stream) = TcpStream::connect(addr).await else {
        return (lat, 1);
    };
    let mut stream = BufReader::new(stream);
    let req = format!("GET {path} HTTP/1.1\r\nHost: bench\r\nConnection: keep-alive\r\n\r\n");
    while Instant::now() < until {
        let t = Instant::now();
        if stream.get_mut().write_all(req.as_bytes()).await.is_err() {
            errors += 1;
            break;
        }
        // Status line and headers.
        let mut line = String::new();
        let mut len = 0usize;
        let mut ok = true;
        let mut first = true;
        loop {
            line.clear();
            match stream.read_line(&mut line).await {
                Ok(0) | Err(_) => {
                    ok = false;
                    break;
                }
                Ok(_) => {}
            }
            if first {
                ok = line.starts_with("HTTP/1.1 200");
                first = false;
            }
            let l = line.trim_end();
            if l.is_empty() {
                break;
            }
            if let Some(v) = l
                .split_once(':')
                .filter(|(k, _)| k.eq_ignore_ascii_case("content-length"))
            {
                len = v.1.trim().parse().unwrap_or(0);
            }
        }
        let mut body = vec![0u8; len];
        if stream.read_exact(&mut body).await.is_err() {
            ok = false;
        }
        if ok {
            lat.push(t.elapsed().as_secs_f64() * 1000.0);
        } else {
            errors += 1;
            break;
        }
    }
    (lat, errors)
}

async fn load(addr: SocketAddr, path: &str) -> (f64, f64, f64, f64, usize) {
    let path = Arc::new(path.to_string());
    // Warm up (caches, first previews).
    let _ = connection(
        addr,
        path.clone(),
        Instant::now() + Duration::from_millis(300),
    )
    .await;
    let start = Instant::now();
    let until = start + Duration::from_secs_f64(SECONDS);
    let tasks: Vec<_> = (0..CONNECTIONS)
        .map(|_| tokio::spawn(connection(addr, path.clone(), until)))
        .collect();
    let mut all = Vec::new();
    let mut errors = 0;
    for t in tasks {
        if let Ok((l, e)) = t.await {
            all.extend(l);
            errors += e;
        }
    }
    let elapsed = start.elapsed().as_secs_f64();
    all.sort_by(f64::total_cmp);
    let pct = |p: f64| {
        if all.is_empty() {
            f64::NAN
        } else {
            all[((all.len() as f64 - 1.0) * p).round() as usize]
        }
    };
    (
        all.len() as f64 / elapsed,
        pct(0.5),
        pct(0.99),
        all.last().copied().unwrap_or(f64::NAN),
        errors,
    )
}

fn main() {
    let dir = std::env::temp_dir().join(format!("barnraise-web-bench-{}", std::process::id()));
    let path = dir.join("store.git");
    barnraise::app::seed::create_store(&path, None, barnraise::app::seed::Seed::Shipped)
        .expect("store");
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    rt.block_on(async {
        let state = AppState::open(&ServeConfig {
            base_url: "http://127.0.0.1".into(),
            jobs_dir: Some(dir.join("jobs")),
            ..ServeConfig::new(path.clone())
        })
        .expect("app");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("addr");
        tokio::spawn(async move {
            let _ = axum::serve(listener, router(state)).await;
        });
        println!("# Web benchmark\n");
        println!(
            "`cargo bench --bench web`: {CONNECTIONS} keep-alive connections on loopback, {SECONDS} s per row, the server and the load generator in one process on this machine ({} cores).\n",
            std::thread::available_parallelism().map_or(0, |n| n.get())
        );
        println!("| request | requests/s | p50 ms | p99 ms | max ms | errors |");
        println!("|---|---|---|---|---|---|");
        for (label, path) in [
            ("static file `/static/style.css`", "/static/style.css"),
            ("design page `/designs/plywood-wall-block`", "/designs/plywood-wall-block"),
            ("design page, other thickness", "/designs/top-bar-hive-kenyan?thickness=15"),
            ("search page `/search?q=seeder`", "/search?q=seeder"),
            ("search API `/api/v1/search?q=hive`", "/api/v1/search?q=hive"),
            ("preview PNG (cached)", "/designs/top-bar-hive-kenyan/preview.png"),
        ] {
            let (rps, p50, p99, max, errors) = load(addr, path).await;
            println!("| {label} | {rps:.0} | {p50:.2} | {p99:.2} | {max:.1} | {errors} |");
        }
    });
    let _ = std::fs::remove_dir_all(&dir);
}
