// Barnraise's service worker, served as /sw.js (scope "/"): after one visit the site works
// with no network. No third-party code.
//   shell     the offline page, CSS, script, icons and manifest, cached on install under a
//             name carrying the build's version, so a new binary replaces the old shell;
//   pages     pages as visited, network first with the cached copy as the fallback;
//   pictures  previews, design images and build photos as seen, network first too;
//   saved     build sheets and cut-file zips a person kept for offline (cache first);
//   index     name and summary of each design page kept, written by app.js, so that
//             /search answers offline from what is on this device.
"use strict";
const VERSION = "__BARNRAISE_VERSION__";
const SHELL = "barnraise-shell-" + VERSION;
const PAGES = "barnraise-pages-v1";
const PICTURES = "barnraise-pictures-v1";
const SAVED = "barnraise-saved-v1";
const INDEX = "barnraise-index-v1";
const MAX_PICTURES = 300;
const MAX_PAGES = 300;
const V = "?v=" + VERSION;
const SHELL_URLS = [
  "/offline",
  "/manifest.webmanifest",
  "/static/style.css" + V,
  "/static/app.js" + V,
  "/static/favicon.svg" + V,
  "/static/icon-192.png" + V,
  "/static/icon-512.png" + V,
];
// Pages kept as visited: what someone reads in a field. Not forms, accounts or proposals,
// nor search results (offline, search answers from the kept designs instead).
const KEPT_PAGE = /^\/(|offline|makerspaces|makerspaces\/[^/]+|designs\/[^/]+|designs\/[^/]+\/(history|lineage)|jobs\/[^/]+)$/;
const PICTURE = /^\/designs\/[^/]+\/(preview\.png|card\.png|images\/[^/]+|builds\/[^/]+\/[^/]+)$/;
const SAVED_FILE = /^\/jobs\/[^/]+\/files(\.zip|\/[^/]+)$/;
const ANY = { ignoreVary: true };

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const shell = await caches.open(SHELL);
    await shell.addAll(SHELL_URLS);
    // The home page too, so that opening the installed app offline shows something real.
    try {
      const home = await fetch("/");
      if (home.ok) await (await caches.open(PAGES)).put("/", home);
    } catch (e) { /* the shell is enough */ }
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith("barnraise-shell-") && name !== SHELL) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener("fetch", (event) => {
  const req = event.request;
  if (req.method !== "GET") return;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin) return;
  const p = url.pathname;
  if (p.startsWith("/static/") || p === "/manifest.webmanifest") {
    event.respondWith(shellFirst(req, url));
  } else if (SAVED_FILE.test(p)) {
    event.respondWith(savedFirst(req));
  } else if (PICTURE.test(p)) {
    event.respondWith(networkFirst(event, req, url, PICTURES, MAX_PICTURES));
  } else if (req.mode === "navigate") {
    event.respondWith(page(event, req, url));
  }
});

// Versioned assets never change under one name: the shell's copy, else the network. An
// older page asking for an older version still gets today's file when offline.
async function shellFirst(req, url) {
  const shell = await caches.open(SHELL);
  const hit = await shell.match(req, ANY);
  if (hit) return hit;
  try {
    const res = await fetch(req);
    if (res.ok && url.searchParams.get("v") === VERSION) await shell.put(req, res.clone());
    return res;
  } catch (e) {
    const any = await shell.match(req, { ignoreVary: true, ignoreSearch: true });
    if (any) return any;
    throw e;
  }
}

async function savedFirst(req) {
  const hit = await caches.match(req, { ignoreVary: true, cacheName: SAVED });
  return hit || fetch(req);
}

async function page(event, req, url) {
  const keep = KEPT_PAGE.test(url.pathname) && url.pathname !== "/designs/new";
  try {
    return await networkFirst(event, req, url, keep ? PAGES : null, MAX_PAGES);
  } catch (e) {
    // Offline and not kept: search answers from the designs kept here, the rest gets the
    // offline page, which lists what there is.
    return url.pathname === "/search" ? searchOffline() : offlinePage();
  }
}

// The network's answer, kept in `cacheName`; offline, the kept copy (the same address, or
// for a design at other parameters, its page or picture at any parameters).
async function networkFirst(event, req, url, cacheName, max) {
  try {
    const res = await fetch(req);
    if (cacheName && res.ok && res.type === "basic" && !res.redirected) {
      const copy = res.clone();
      event.waitUntil(caches.open(cacheName).then((c) => c.put(url.href, copy).then(() => trim(c, max))));
    }
    return res;
  } catch (e) {
    if (cacheName) {
      const c = await caches.open(cacheName);
      const hit = (await c.match(url.href, ANY)) ||
        (url.pathname.startsWith("/designs/") && (await c.match(url.href, { ignoreVary: true, ignoreSearch: true })));
      if (hit) return fromCache(hit);
    }
    throw e;
  }
}

// A kept answer, marked so that pages (and tests) can tell it came from this device.
async function fromCache(res) {
  const headers = new Headers(res.headers);
  headers.set("X-Barnraise-Offline", "cache");
  return new Response(await res.blob(), { status: res.status, statusText: res.statusText, headers });
}

// What to say with nothing kept, in the browser's language (English when none of ours).
const WORDS = __BARNRAISE_WORDS__;
function offlineWords() {
  const langs = (self.navigator && self.navigator.languages) || [];
  for (const l of langs) {
    const code = String(l).toLowerCase().split("-")[0];
    if (WORDS[code]) return WORDS[code];
  }
  return WORDS.en;
}

async function offlinePage() {
  const hit = await caches.match("/offline", { ignoreVary: true, cacheName: SHELL });
  if (hit) return fromCache(hit);
  return new Response(offlineWords(), {
    status: 503, headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}

// /search with no network: the offline page, whose script lists the kept designs that
// match the query (from the index).
async function searchOffline() {
  return offlinePage();
}

// Oldest entries go first once a cache holds more than `max`.
async function trim(cache, max) {
  const keys = await cache.keys();
  for (let i = 0; i < keys.length - max; i++) await cache.delete(keys[i]);
}

// The network is back (app.js says so): fetch every kept page again, drop the ones that
// are gone, and look for a new version of this worker.
self.addEventListener("message", (event) => {
  if (!event.data || event.data.type !== "refresh") return;
  event.waitUntil(refresh());
});

let refreshing = null;
function refresh() {
  if (!refreshing) {
    refreshing = (async () => {
      const pages = await caches.open(PAGES);
      const index = await caches.open(INDEX);
      for (const key of await pages.keys()) {
        try {
          const res = await fetch(key.url, { cache: "no-cache", credentials: "same-origin" });
          if (res.ok && !res.redirected) {
            await pages.put(key.url, res);
          } else if (res.status === 404 || res.status === 410) {
            await pages.delete(key.url);
            await index.delete(new URL(key.url).pathname);
          }
        } catch (e) {
          break; // offline again
        }
      }
      await self.registration.update().catch(() => {});
    })().finally(() => { refreshing = null; });
  }
  return refreshing;
}
