//! Load: 200 concurrent clients for 60 s on a mix of design pages, searches, previews and
//! export jobs, against the real server loop (`serve_on`, with its header and request
//! timeouts) on a store seeded with the shipped designs.
//!
//! Run: `cargo bench --bench load` (`-- --clients N --seconds S` to change the size).
//! Each client keeps one keep-alive connection and sends one request at a time, choosing
//! its next request at random (seeded per client): a design page (a third of them at a
//! parameter value no one asked for before, so the cache misses), a search of a random word,
//! a preview PNG (half at new thickness, so they render), or an export job by API token with a
//! new thickness. Prints a Markdown table per kind of request: count, 2xx, 429 (the bounded
//! lines refusing), other 4xx, 5xx, p50 and p99; then the process's peak memory (VmHWM: the
//! server and the load generator together). Fails (exit 1) on any 5xx or lost connection.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use barnraise::accounts::Accounts;
use barnraise::server::{AppState, ServeConfig, serve_on};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

/// The shipped designs with the default of their `thickness` parameter (every one has it,
/// with at least ±0.4 mm of range).
const DESIGNS: [(&str, f64); 8] = [
    ("compost-sifter", 6.0),
    ("harvest-cart-box", 12.0),
    ("plywood-wall-block", 18.0),
    ("potting-bench", 18.0),
    ("push-seeder-plates", 3.0),
    ("push-seeder-plates-fine", 3.0),
    ("seedling-tray-rack", 12.0),
    ("top-bar-hive-kenyan", 18.0),
];
const WORDS: [&str; 10] = [
    "hive", "seeder", "cart", "compost", "bench", "plywood", "wall", "tray", "garden", "laser",
];

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Kind {
    Page,
    Search,
    Preview,
    Export,
}

#[derive(Default)]
struct Tally {
    latencies: Vec<f64>,
    ok: usize,
    refused: usize,
    client_error: usize,
    server_error: usize,
    lost: usize,
}

/// A tiny deterministic generator (xorshift), one per client.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn request(kind: Kind, rng: &mut Rng, token: &str) -> String {
    let (design, default) = DESIGNS[rng.below(DESIGNS.len() as u64) as usize];
    // A thickness within 0.3 mm of the default, in 1/10000 mm: almost always one no one
    // asked for before, so the page or picture is made again.
    let fresh = default - 0.3 + rng.below(6000) as f64 / 10000.0;
    match kind {
        Kind::Page => {
            let path = if rng.below(3) == 0 {
                // A thickness no one asked for: the page is evaluated again.
                format!("/designs/{design}?thickness={fresh:.4}")
            } else {
                format!("/designs/{design}")
            };
            format!("GET {path} HTTP/1.1\r\nHost: load\r\n\r\n")
        }
        Kind::Search => {
            let word = WORDS[rng.below(WORDS.len() as u64) as usize];
            format!("GET /search?q={word} HTTP/1.1\r\nHost: load\r\n\r\n")
        }
        Kind::Preview => {
            let path = if rng.below(2) == 0 {
                format!("/designs/{design}/preview.png?thickness={fresh:.4}")
            } else {
                format!("/designs/{design}/preview.png")
            };
            format!("GET {path} HTTP/1.1\r\nHost: load\r\n\r\n")
        }
        Kind::Export => {
            let body = format!(
                "{{\"format\":\"svg\",\"time_limit\":1,\"params\":{{\"thickness\":{fresh:.4}}}}}"
            );
            format!(
                "POST /api/v1/designs/{design}/exports HTTP/1.1\r\nHost: load\r\nAuthorization: Bearer {token}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
                body.len()
            )
        }
    }
}

/// Reads one response; returns its status, or None if the connection broke.
async fn response(stream: &mut BufReader<TcpStream>) -> Option<u16> {
    let mut line = String::new();
    stream.read_line(&mut line).await.ok().filter(|n| *n > 0)?;
    let status: u16 = line.split_whitespace().nth(1)?.parse().ok()?;
    let mut len = 0usize;
    let mut chunked = false;
    loop {
        line.clear();
        stream.read_line(&mut line).await.ok().filter(|n| *n > 0)?;
        let l = line.trim_end();
        if l.is_empty() {
            break;
        }
        if let Some((k, v)) = l.split_once(':') {
            if k.eq_ignore_ascii_case("content-length") {
                len = v.trim().parse().ok()?;
            } else if k.eq_ignore_ascii_case("transfer-encoding") && v.contains("chunked") {
                chunked = true;
            }
        }
    }
    if chunked {
        loop {
            line.clear();
            stream.read_line(&mut line).await.ok()?;
            let size = usize::from_str_radix(line.trim(), 16).ok()?;
            let mut chunk = vec![0u8; size + 2];
            stream.read_exact(&mut chunk).await.ok()?;
            if size == 0 {
                break;
            }
        }
    } else {
        let mut body = vec![0u8; len];
        stream.read_exact(&mut body).await.ok()?;
    }
    Some(status)
}

async fn client(
    addr: SocketAddr,
    id: usize,
    token: Arc<String>,
    until: Instant,
) -> BTreeMap<Kind, Tally> {
    let mut tallies: BTreeMap<Kind, Tally> = BTreeMap::new();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15 ^ (id as u64 + 1).wrapping_mul(0x2545_F491));
    let mut stream: Option<BufReader<TcpStream>> = None;
    while Instant::now() < until {
        let kind = match rng.below(20) {
            0..=8 => Kind::Page,
            9..=13 => Kind::Search,
            14..=18 => Kind::Preview,
            _ => Kind::Export,
        };
        let req = request(kind, &mut rng, &token);
        let t = Instant::now();
        if stream.is_none() {
            stream = TcpStream::connect(addr).await.ok().map(BufReader::new);
        }
        let tally = tallies.entry(kind).or_default();
        let Some(s) = stream.as_mut() else {
            tally.lost += 1;
            tokio::time::sleep(Duration::from_millis(50)).await;
            continue;
        };
        let status = if s.get_mut().write_all(req.as_bytes()).await.is_ok() {
            response(s).await
        } else {
            None
        };
        match status {
            Some(code) => {
                tally.latencies.push(t.elapsed().as_secs_f64() * 1000.0);
                match code {
                    200..=299 => tally.ok += 1,
                    429 => tally.refused += 1,
                    400..=499 => tally.client_error += 1,
                    _ => tally.server_error += 1,
                }
            }
            None => {
                tally.lost += 1;
                stream = None;
            }
        }
    }
    tallies
}

fn peak_memory_mib() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<f64>().ok())
        })
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

fn arg(name: &str, default: u64) -> u64 {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn main() {
    let clients = arg("--clients", 200) as usize;
    let seconds = arg("--seconds", 60);
    let dir = std::env::temp_dir().join(format!("barnraise-load-{}", std::process::id()));
    let path = dir.join("store.git");
    barnraise::app::seed::create_store(&path, None, barnraise::app::seed::Seed::Shipped)
        .expect("store");
    let db = dir.join("accounts.sqlite3");
    let token = {
        let accounts = Accounts::open(&db).expect("accounts");
        let now = barnraise::time::now();
        let user = accounts
            .sign_up(
                "loadtest",
                "Load test",
                "load@example.org",
                "a long load test password",
                now,
            )
            .expect("account");
        accounts
            .create_api_token(user.id, "load", now)
            .expect("token")
    };
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let (tallies, elapsed) = rt.block_on(async {
        let state = AppState::open(&ServeConfig {
            base_url: "http://127.0.0.1".into(),
            jobs_dir: Some(dir.join("jobs")),
            accounts: Some(db.clone()),
            ..ServeConfig::new(path.clone())
        })
        .expect("app");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let addr = listener.local_addr().expect("addr");
        tokio::spawn(async move {
            let _ = serve_on(listener, state, std::future::pending()).await;
        });
        let token = Arc::new(token);
        let start = Instant::now();
        let until = start + Duration::from_secs(seconds);
        let tasks: Vec<_> = (0..clients)
            .map(|id| tokio::spawn(client(addr, id, token.clone(), until)))
            .collect();
        let mut all: BTreeMap<Kind, Tally> = BTreeMap::new();
        for t in tasks {
            if let Ok(m) = t.await {
                for (k, v) in m {
                    let a = all.entry(k).or_default();
                    a.latencies.extend(v.latencies);
                    a.ok += v.ok;
                    a.refused += v.refused;
                    a.client_error += v.client_error;
                    a.server_error += v.server_error;
                    a.lost += v.lost;
                }
            }
        }
        (all, start.elapsed().as_secs_f64())
    });
    println!("# Load\n");
    println!(
        "`cargo bench --bench load -- --clients {clients} --seconds {seconds}`: {clients} keep-alive clients on loopback for {elapsed:.0} s, server and load generator in one process ({} cores).\n",
        std::thread::available_parallelism().map_or(0, |n| n.get())
    );
    println!("| requests | count | 2xx | 429 | other 4xx | 5xx | lost | p50 ms | p99 ms |");
    println!("|---|---|---|---|---|---|---|---|---|");
    let mut bad = 0;
    for (kind, mut t) in tallies {
        t.latencies.sort_by(f64::total_cmp);
        let pct = |p: f64| {
            if t.latencies.is_empty() {
                f64::NAN
            } else {
                t.latencies[((t.latencies.len() as f64 - 1.0) * p).round() as usize]
            }
        };
        println!(
            "| {kind:?} | {} | {} | {} | {} | {} | {} | {:.1} | {:.1} |",
            t.latencies.len() + t.lost,
            t.ok,
            t.refused,
            t.client_error,
            t.server_error,
            t.lost,
            pct(0.5),
            pct(0.99)
        );
        bad += t.server_error + t.lost;
    }
    println!("\nPeak memory (VmHWM): {:.0} MiB", peak_memory_mib());
    let _ = std::fs::remove_dir_all(&dir);
    if bad > 0 {
        eprintln!("{bad} requests got a 5xx or lost their connection");
        std::process::exit(1);
    }
}
