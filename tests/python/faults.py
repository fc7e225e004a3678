"""Fault tests: SIGKILL of `barnraise serve` in the middle of a publish, an accept, an image
upload and an export; then a full disk during a publish from the CLI.

Run by tests/it/faults.rs:  python faults.py BARNRAISE_BINARY WORK_DIR
Prints one JSON object with what each scenario saw, and exits 1 if any check failed.

After every kill the store must pass `git fsck --strict`, the accounts database SQLite's
`integrity_check`, the server must start again, a design must be there whole or not at all,
a proposal's state must match what main holds, and an interrupted export job must be marked
failed. Kills land at a spread of delays after the request is sent, so they hit different
phases of the write.
"""

import base64
import http.cookiejar
import json
import os
import re
import signal
import socket
import sqlite3
import struct
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import zlib

BIN = sys.argv[1]
WORK = sys.argv[2]
STORE = os.path.join(WORK, "store")
DB = os.path.join(WORK, "store.accounts.sqlite3")
DELAYS_MS = [0, 5, 20, 50, 100, 200, 400, 800, 1600, 3200]
FAILURES = []
RESULTS = {}


def fail(msg):
    FAILURES.append(msg)


def cli(*args, check=True):
    run = subprocess.run([BIN, "--store", STORE, *args], capture_output=True, text=True)
    if check and run.returncode != 0:
        raise RuntimeError(f"barnraise {' '.join(args)}: {run.returncode}\n{run.stderr}")
    return run


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


class Server:
    def __init__(self):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.proc = subprocess.Popen(
            [BIN, "--store", STORE, "serve", "--addr", f"127.0.0.1:{self.port}"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                with urllib.request.urlopen(self.base + "/healthz", timeout=2) as r:
                    if r.status == 200:
                        return
            except OSError:
                time.sleep(0.05)
            if self.proc.poll() is not None:
                raise RuntimeError("server exited: " + self.proc.stderr.read().decode())
        raise RuntimeError("server did not start in 60 s")

    def kill(self):
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.kill()


class Browser:
    """A cookie jar and the form token dance of the web pages."""

    def __init__(self, base):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))

    def get(self, path):
        with self.opener.open(self.base + path, timeout=60) as r:
            return r.read().decode()

    def post_form(self, path, fields):
        data = urllib.parse.urlencode(fields).encode()
        with self.opener.open(self.base + path, data=data, timeout=60) as r:
            return r.read().decode()

    def form_token(self, page):
        m = re.search(r'name="form_token" value="([^"]+)"', page)
        if not m:
            raise RuntimeError("no form token on the page")
        return m.group(1)


def api(base, method, path, token, body=None, timeout=60):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(base + path, data=data, method=method)
    req.add_header("Authorization", f"Bearer {token}")
    if data is not None:
        req.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, json.loads(r.read() or b"null")
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"null")


def send_raw(port, method, path, headers, body):
    """Sends a whole request and returns the socket without reading the answer."""
    s = socket.create_connection(("127.0.0.1", port))
    head = f"{method} {path} HTTP/1.1\r\nHost: faults\r\nContent-Length: {len(body)}\r\n"
    head += "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n"
    s.sendall(head.encode() + body)
    return s


def png(width, height, seed):
    """A valid RGB PNG of noise-ish rows (large enough that writing it takes a moment)."""
    raw = bytearray()
    x = seed
    for _ in range(height):
        raw.append(0)
        for _ in range(width * 3):
            x = (x * 1103515245 + 12345) & 0x7FFFFFFF
            raw.append((x >> 16) & 0xFF)

    def chunk(kind, data):
        c = kind + data
        return struct.pack(">I", len(data)) + c + struct.pack(">I", zlib.crc32(c) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(bytes(raw), 1))
        + chunk(b"IEND", b"")
    )


def check_consistent(label):
    fsck = subprocess.run(
        ["git", "--git-dir", STORE, "fsck", "--strict", "--no-dangling", "--no-progress"],
        capture_output=True,
        text=True,
    )
    if fsck.returncode != 0:
        fail(f"{label}: git fsck failed: {fsck.stderr.strip()[:400]}")
    con = sqlite3.connect(DB)
    ok = con.execute("PRAGMA integrity_check").fetchone()[0]
    con.close()
    if ok != "ok":
        fail(f"{label}: SQLite integrity_check says {ok}")
    listed = cli("--json", "list", check=False)
    if listed.returncode != 0:
        fail(f"{label}: `barnraise list` fails after the kill: {listed.stderr[:300]}")


def manifest_of(slug):
    show = subprocess.run(
        ["git", "--git-dir", STORE, "show", f"main:designs/{slug}/design.toml"],
        capture_output=True,
        text=True,
    )
    return show.stdout if show.returncode == 0 else None


def package_files(slug):
    """The files of a stored design other than its manifest, by path in the package."""
    prefix = f"designs/{slug}/"
    names = subprocess.run(
        ["git", "--git-dir", STORE, "ls-tree", "-r", "--name-only", "main", prefix],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    files = {}
    for name in names:
        rel = name[len(prefix):]
        if rel == "design.toml":
            continue
        files[rel] = subprocess.run(
            ["git", "--git-dir", STORE, "show", f"main:{name}"], capture_output=True, check=True
        ).stdout
    return files


def bump_version(text):
    def bump(m):
        major, minor, patch = m.group(1).split(".")
        return f'version = "{major}.{minor}.{int(patch) + 1}"'

    return re.sub(r'(?m)^version = "(\d+\.\d+\.\d+)"$', bump, text, count=1)


def new_design(base_text, slug, marker):
    text = re.sub(r'(?m)^slug = ".*"$', f'slug = "{slug}"', base_text, count=1)
    text = re.sub(r'(?m)^name = ".*"$', f'name = "Fault test {marker}"', text, count=1)
    return text


def setup():
    cli("init")
    server = Server()
    b = Browser(server.base)
    page = b.get("/signup")
    b.post_form(
        "/signup",
        {
            "form_token": b.form_token(page),
            "username": "faultadmin",
            "display_name": "Fault test account",
            "email": "fault-test@example.org",
            "password": "a long enough test password",
        },
    )
    cli("admin", "add", "faultadmin")
    page = b.get("/account")
    csrf = re.search(r'name="csrf" value="([^"]+)"', page)
    if not csrf:
        raise RuntimeError("no csrf field on the account page")
    tok_page = b.post_form("/account/tokens", {"csrf": csrf.group(1), "name": "faults"})
    m = re.search(r'<code id="token">([^<]+)</code>', tok_page)
    if not m:
        raise RuntimeError("no token on the token page")
    return server, b, m.group(1)


def scenario_publish(server, token):
    base = manifest_of("compost-sifter")
    others = {k: base64.b64encode(v).decode() for k, v in package_files("compost-sifter").items()}
    seen = {"present": 0, "absent": 0}
    # The last one is not killed: it shows the request itself is good.
    for i, delay in enumerate(DELAYS_MS + [None]):
        slug = f"fault-publish-{i}"
        files = dict(others)
        files["images/noise.png"] = base64.b64encode(png(500, 500, i)).decode()
        body = {"manifest": new_design(base, slug, f"publish {i}"), "files": files, "message": f"fault publish {i}"}
        if delay is None:
            status, view = api(server.base, "POST", "/api/v1/designs", token, body)
            if status != 201:
                fail(f"publish without a kill: {status} {view}")
            continue
        body = json.dumps(body).encode()
        s = send_raw(
            server.port,
            "POST",
            "/api/v1/designs",
            {"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
            body,
        )
        time.sleep(delay / 1000)
        server.kill()
        s.close()
        check_consistent(f"publish kill at {delay} ms")
        server = Server()
        status, view = api(server.base, "GET", f"/api/v1/designs/{slug}", token)
        if status == 200:
            seen["present"] += 1
            if view.get("name") != f"Fault test publish {i}":
                fail(f"publish kill at {delay} ms: design is there but not whole: {view.get('name')}")
            shown = cli("--json", "show", slug, check=False)
            if shown.returncode != 0:
                fail(f"publish kill at {delay} ms: design there but does not evaluate")
        elif status == 404:
            seen["absent"] += 1
            if manifest_of(slug) is not None:
                fail(f"publish kill at {delay} ms: in git but the server says 404")
        else:
            fail(f"publish kill at {delay} ms: GET answered {status}")
    RESULTS["publish"] = seen
    return server


def scenario_accept(server, token):
    base = manifest_of("compost-sifter")
    seen = {"accepted": 0, "open": 0}
    for i, delay in enumerate(DELAYS_MS):
        marker = f"fault accept marker {i}"
        text = re.sub(r'(?m)^summary = ".*"$', f'summary = "{marker}"', base, count=1)
        text = bump_version(text)
        status, prop = api(
            server.base,
            "POST",
            "/api/v1/designs/compost-sifter/proposals",
            token,
            {"manifest": text, "message": marker},
        )
        if status != 201:
            raise RuntimeError(f"proposal: {status} {prop}")
        pid = prop["id"]
        s = send_raw(
            server.port,
            "POST",
            f"/api/v1/proposals/{pid}/accept",
            {"Authorization": f"Bearer {token}"},
            b"",
        )
        time.sleep(delay / 1000)
        server.kill()
        s.close()
        check_consistent(f"accept kill at {delay} ms")
        server = Server()
        status, prop = api(server.base, "GET", f"/api/v1/proposals/{pid}", token)
        on_main = marker in (manifest_of("compost-sifter") or "")
        state = (prop.get("proposal") or {}).get("state")
        if state == "accepted":
            seen["accepted"] += 1
            if not on_main:
                fail(f"accept kill at {delay} ms: accepted but main lacks the change")
        elif state == "open":
            seen["open"] += 1
            if on_main:
                fail(f"accept kill at {delay} ms: main has the change but the proposal is open")
        else:
            fail(f"accept kill at {delay} ms: proposal state {state}")
        base = manifest_of("compost-sifter")
    RESULTS["accept"] = seen
    return server


def scenario_upload(server, browser):
    seen = {"present": 0, "absent": 0}
    for i, delay in enumerate(DELAYS_MS):
        browser.base = server.base
        page = browser.get("/designs/harvest-cart-box")
        m = re.search(r'name="csrf" value="([^"]+)"', page)
        if not m:
            raise RuntimeError("no upload form on the design page")
        name = f"fault-upload-{i}.png"
        boundary = "faultboundary"
        body = (
            f"--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{m.group(1)}\r\n"
            f"--{boundary}\r\nContent-Disposition: form-data; name=\"image\"; filename=\"{name}\"\r\n"
            "Content-Type: image/png\r\n\r\n"
        ).encode() + png(600, 600, 100 + i) + f"\r\n--{boundary}--\r\n".encode()
        cookies = "; ".join(f"{c.name}={c.value}" for c in browser.jar)
        s = send_raw(
            server.port,
            "POST",
            "/designs/harvest-cart-box/images",
            {"Content-Type": f"multipart/form-data; boundary={boundary}", "Cookie": cookies},
            body,
        )
        time.sleep(delay / 1000)
        server.kill()
        s.close()
        check_consistent(f"upload kill at {delay} ms")
        server = Server()
        tree = subprocess.run(
            ["git", "--git-dir", STORE, "ls-tree", "-r", "--name-only", "main", "designs/harvest-cart-box/"],
            capture_output=True,
            text=True,
        ).stdout
        if name in tree:
            seen["present"] += 1
            shown = cli("--json", "show", "harvest-cart-box", check=False)
            if shown.returncode != 0:
                fail(f"upload kill at {delay} ms: design no longer evaluates")
        else:
            seen["absent"] += 1
    RESULTS["upload"] = seen
    return server


def scenario_export(server, token):
    seen = {"failed": 0, "done": 0}
    for i, delay in enumerate([50, 300, 1000]):
        status, job = api(
            server.base,
            "POST",
            "/api/v1/designs/plywood-wall-block/exports",
            token,
            {"format": "all", "time_limit": 5 + i, "params": {}},
        )
        if status not in (200, 202):
            raise RuntimeError(f"export: {status} {job}")
        jid = job["id"]
        time.sleep(delay / 1000)
        server.kill()
        check_consistent(f"export kill at {delay} ms")
        server = Server()
        status, job = api(server.base, "GET", f"/api/v1/jobs/{jid}", token)
        state = job.get("state") if isinstance(job, dict) else None
        if state == "failed":
            seen["failed"] += 1
            if not job.get("message"):
                fail(f"export kill at {delay} ms: failed job says nothing")
        elif state == "done":
            seen["done"] += 1
        else:
            fail(f"export kill at {delay} ms: job is {state} after a restart")
    RESULTS["export"] = seen
    return server


def scenario_full_disk():
    """Publishes from the CLI onto a store on a small tmpfs filled to different levels."""
    seen = {"refused": 0, "published": 0}
    pkg_src = os.path.join(WORK, "fault-disk")
    for rel, data in package_files("compost-sifter").items():
        os.makedirs(os.path.dirname(os.path.join(pkg_src, rel)), exist_ok=True)
        with open(os.path.join(pkg_src, rel), "wb") as f:
            f.write(data)
    os.makedirs(os.path.join(pkg_src, "images"), exist_ok=True)
    with open(os.path.join(pkg_src, "design.toml"), "w") as f:
        f.write(new_design(manifest_of("compost-sifter"), "fault-disk", "disk"))
    with open(os.path.join(pkg_src, "images", "noise.png"), "wb") as f:
        f.write(png(300, 300, 7))
    script = r"""
set -e
mnt="$1"; store="$2"; bin="$3"; pkg="$4"; left="$5"
mount -t tmpfs -o size=24m tmpfs "$mnt"
cp -a "$store" "$mnt/store"
before=$(git --git-dir "$mnt/store" rev-parse main)
avail=$(df -k --output=avail "$mnt" | tail -1)
fill=$((avail - left))
if [ "$fill" -gt 0 ]; then dd if=/dev/zero of="$mnt/fill" bs=1k count="$fill" status=none 2>/dev/null || true; fi
set +e
"$bin" --store "$mnt/store" publish "$pkg" -m "full disk" >"$mnt/../out-$left.txt" 2>&1
code=$?
set -e
after=$(git --git-dir "$mnt/store" rev-parse main)
rm -f "$mnt/fill"
fsck=0; git --git-dir "$mnt/store" fsck --strict --no-dangling --no-progress >/dev/null 2>&1 || fsck=$?
listed=0; "$bin" --store "$mnt/store" list >/dev/null 2>&1 || listed=$?
again=0
if [ "$code" != 0 ]; then "$bin" --store "$mnt/store" publish "$pkg" -m "after" >/dev/null 2>&1 || again=$?; fi
fsck2=0; git --git-dir "$mnt/store" fsck --strict --no-dangling --no-progress >/dev/null 2>&1 || fsck2=$?
shown=0; "$bin" --store "$mnt/store" show fault-disk >/dev/null 2>&1 || shown=$?
echo "$code $before $after $fsck $listed $again $fsck2 $shown"
umount "$mnt"
"""
    prefix = [] if os.geteuid() == 0 else ["unshare", "-rm"]
    mnt = os.path.join(WORK, "mnt")
    os.makedirs(mnt, exist_ok=True)
    for left in [0, 16, 64, 128, 256, 512]:
        run = subprocess.run(
            prefix + ["sh", "-c", script, "sh", mnt, STORE, BIN, pkg_src, str(left)],
            capture_output=True,
            text=True,
        )
        if run.returncode != 0:
            fail(f"full disk ({left} KiB left): the harness failed: {run.stderr[:300]}")
            continue
        code, before, after, fsck, listed, again, fsck2, shown = run.stdout.split()
        label = f"full disk ({left} KiB left)"
        if code == "0":
            seen["published"] += 1
        else:
            seen["refused"] += 1
            if before != after:
                fail(f"{label}: publish failed but main moved")
            if code not in ("1", "2"):
                fail(f"{label}: exit code {code}")
            with open(os.path.join(WORK, f"out-{left}.txt"), errors="replace") as f:
                said = f.read()
            if "no space left" not in said.lower():
                fail(f"{label}: the error does not say the disk is full: {said[:300]}")
        if fsck != "0":
            fail(f"{label}: git fsck fails after freeing space")
        if listed != "0":
            fail(f"{label}: list fails after freeing space")
        if again != "0":
            fail(f"{label}: publishing again after freeing space fails")
        if fsck2 != "0" or shown != "0":
            fail(f"{label}: after publishing again, fsck {fsck2}, show {shown}")
    RESULTS["full_disk"] = seen


def main():
    os.makedirs(WORK, exist_ok=True)
    started = time.time()
    server, browser, token = setup()
    server = scenario_publish(server, token)
    server = scenario_accept(server, token)
    server = scenario_upload(server, browser)
    server = scenario_export(server, token)
    server.stop()
    scenario_full_disk()
    RESULTS["seconds"] = round(time.time() - started, 1)
    RESULTS["failures"] = FAILURES
    print(json.dumps(RESULTS, indent=1))
    sys.exit(1 if FAILURES else 0)


main()
