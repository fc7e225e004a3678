// Progressive enhancement only: every page works without this script.
(function () {
  "use strict";
  // Design page: changing a parameter updates the preview and the download links.
  var form = document.getElementById("params");
  var img = document.getElementById("preview");
  if (form && img) {
    var timer = null;
    var update = function () {
      // A value out of its min/max (or half typed) would give a broken preview and links
      // that answer 400: keep the last good ones until the form is valid again.
      if (form.checkValidity && !form.checkValidity()) { return; }
      var q = new URLSearchParams(new FormData(form)).toString();
      var base = img.getAttribute("src").split("?")[0];
      img.classList.add("loading");
      img.onload = img.onerror = function () { img.classList.remove("loading"); };
      img.src = base + "?" + q;
      document.querySelectorAll("a.dl").forEach(function (a) {
        a.href = a.getAttribute("data-base") + "?" + q;
      });
      form.querySelectorAll("input").forEach(function (input) {
        document.querySelectorAll('input[data-param="' + input.name + '"]').forEach(function (hidden) {
          hidden.value = input.value;
        });
      });
      if (window.history && history.replaceState) {
        history.replaceState(null, "", location.pathname + "?" + q);
      }
    };
    form.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(update, 400);
    });
    form.addEventListener("submit", function (e) { e.preventDefault(); update(); });
  }
  // Export job page: poll until done.
  var job = document.getElementById("job");
  if (job) {
    var id = job.getAttribute("data-id");
    var poll = function () {
      // The API phrases `message` in the request's language: the page's, from the same
      // cookie or Accept-Language.
      fetch("/api/v1/jobs/" + id).then(function (r) { return r.json(); }).then(function (j) {
        document.getElementById("job-progress").value = j.progress;
        document.getElementById("job-message").textContent = (job.getAttribute("data-state-" + j.state) || j.state) + ": " + j.message;
        if (j.state === "done") {
          // Reload once so the page shows the sheets drawn, the bound and the cost.
          if (!document.getElementById("job-sheets")) { window.location.reload(); return; }
          var ul = document.getElementById("job-files");
          ul.innerHTML = "";
          j.files.forEach(function (f) {
            var li = document.createElement("li");
            var a = document.createElement("a");
            a.href = "/jobs/" + id + "/files/" + encodeURIComponent(f);
            a.textContent = f;
            li.appendChild(a);
            ul.appendChild(li);
          });
          document.getElementById("job-zip").hidden = false;
          if (window.barnraiseKeepButtons) { window.barnraiseKeepButtons(); }
          var lb = document.getElementById("job-log-build");
          if (lb) { lb.hidden = false; }
        } else if (j.state !== "failed") {
          setTimeout(poll, 700);
        }
      }).catch(function () { setTimeout(poll, 2000); });
    };
    var state = job.getAttribute("data-state");
    if (state !== "done" && state !== "failed") { poll(); }
  }
})();

// Offline (issue #21): the service worker (/sw.js) keeps the shell and the pages and
// pictures seen; this part registers it, keeps the design index the offline search reads,
// offers "Keep for offline" on an export's build sheet and zip, and fills the offline page
// with what this device has.
(function () {
  "use strict";
  if (!("serviceWorker" in navigator) || !window.caches) { return; }
  var PAGES = "barnraise-pages-v1";
  var PICTURES = "barnraise-pictures-v1";
  var SAVED = "barnraise-saved-v1";
  var INDEX = "barnraise-index-v1";
  var ANY = { ignoreVary: true };
  // The pages sw.js keeps as visited (its KEPT_PAGE).
  var KEPT = /^\/(|makerspaces|makerspaces\/[^/]+|designs\/(?!new$)[^/]+|designs\/[^/]+\/(history|lineage)|jobs\/[^/]+)$/;
  var json = function (o) {
    return new Response(JSON.stringify(o), { headers: { "Content-Type": "application/json" } });
  };
  var text = function (el) { return el ? el.textContent.replace(/\s+/g, " ").trim() : ""; };

  navigator.serviceWorker.register("/sw.js", { scope: "/" }).then(function () {
    return navigator.serviceWorker.ready;
  }).then(function () {
    // The first page seen came before the worker: keep it (and its pictures) now.
    if (!navigator.serviceWorker.controller && KEPT.test(location.pathname)) {
      caches.open(PAGES).then(function (c) { return c.add(location.href); }).catch(function () {});
      var loaded = Array.prototype.filter.call(document.querySelectorAll("main img"), function (i) { return i.complete && i.naturalWidth > 0; });
      var pics = loaded.map(function (i) { return i.currentSrc || i.src; })
        .filter(function (u) { return /\/designs\/[^/]+\/(preview\.png|card\.png|images\/|builds\/)/.test(u); });
      caches.open(PICTURES).then(function (c) { return c.addAll(pics); }).catch(function () {});
    }
  }).catch(function () {});

  // Back online: the worker fetches the kept pages again and looks for a new version.
  var refresh = function () {
    if (navigator.serviceWorker.controller) { navigator.serviceWorker.controller.postMessage({ type: "refresh" }); }
  };
  window.addEventListener("online", refresh);

  // Say so when there is no network: what shows is what this device kept.
  var note = null;
  var offlineNote = function () {
    if (navigator.onLine) {
      if (note) { note.hidden = true; }
      return;
    }
    if (!note) {
      note = document.createElement("p");
      note.className = "flash offline-note";
      note.setAttribute("role", "status");
      var main = document.querySelector("main");
      // The words come from the page, in its language (data-* attributes on <main>).
      var say = function (name, english) { return (main && main.getAttribute(name)) || english; };
      note.textContent = say("data-offline-note", "No network: this is what this device kept.") + " ";
      var what = document.createElement("a");
      what.href = "/offline";
      what.textContent = say("data-offline-link", "What is kept");
      note.appendChild(what);
      if (main) { main.insertBefore(note, main.firstChild); }
    }
    note.hidden = false;
  };
  offlineNote();
  window.addEventListener("online", offlineNote);
  window.addEventListener("offline", offlineNote);

  // A design page: what the offline search needs, by the page's address.
  var design = document.querySelector("article.design[data-slug]");
  if (design) {
    var entry = {
      url: "/designs/" + design.getAttribute("data-slug"),
      name: text(design.querySelector("h1")).replace(/\s*v[\d.]+$/, ""),
      summary: text(design.querySelector(".summary")),
      words: text(design.querySelector(".meta")),
    };
    caches.open(INDEX).then(function (c) { return c.put(entry.url, json(entry)); }).catch(function () {});
  }

  // "Keep for offline" beside an export's build sheet (PDF) and its zip.
  var keepButtons = function () {
    var job = document.getElementById("job");
    if (!job) { return; }
    // The words come from the page, in its language (data-* attributes on #job).
    var say = function (name, english) { return job.getAttribute(name) || english; };
    var title = job.getAttribute("data-title") || text(document.querySelector("main h1")).replace(/^Export:\s*/, "");
    var links = document.querySelectorAll('#job-files a[href$=".pdf"], #job-zip a');
    Array.prototype.forEach.call(links, function (a) {
      if (a.nextElementSibling && a.nextElementSibling.classList.contains("keep")) { return; }
      var url = a.getAttribute("href");
      var b = document.createElement("button");
      b.type = "button";
      b.className = "keep secondary button";
      b.textContent = say("data-keep", "Keep for offline");
      var kept = function () { b.textContent = say("data-kept", "Kept for offline"); b.disabled = true; b.classList.add("kept"); };
      caches.open(SAVED).then(function (c) { return c.match(url, ANY); }).then(function (hit) { if (hit) { kept(); } });
      b.addEventListener("click", function () {
        b.disabled = true;
        b.textContent = say("data-keeping", "Keeping…");
        var file = decodeURIComponent(url.split("/").pop());
        Promise.all([
          caches.open(SAVED).then(function (c) { return c.add(url); }),
          caches.open(PAGES).then(function (c) { return c.add(location.pathname); }),
          caches.open(INDEX).then(function (c) {
            return c.put("/kept" + url, json({ url: url, name: file === "files.zip" ? say("data-zip-name", "Cut files (zip)") : file, job: location.pathname, title: title }));
          }),
        ]).then(kept, function () { b.disabled = false; b.textContent = say("data-keep-failed", "Could not keep it: try again"); });
      });
      a.insertAdjacentElement("afterend", b);
    });
  };
  window.barnraiseKeepButtons = keepButtons;
  keepButtons();

  // The offline page (also what /search answers with no network): what this device has.
  var box = document.getElementById("offline");
  if (!box) { return; }
  var state = document.getElementById("offline-state");
  // The words come from the page, in its language (data-* attributes on #offline).
  var say = function (name, english) { return box.getAttribute(name) || english; };
  var showState = function () {
    state.textContent = navigator.onLine
      ? say("data-online", "You are online. These are kept on this device for when you are not.")
      : say("data-offline", "You are offline. These are kept on this device and open without a network.");
  };
  showState();
  window.addEventListener("online", showState);
  window.addEventListener("offline", showState);
  var q = (new URLSearchParams(location.search).get("q") || "").trim();
  var fold = function (s) { return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase(); };
  var words = fold(q).split(/\s+/).filter(function (w) { return w && w.indexOf(":") < 0; });
  if (q) {
    document.getElementById("offline-title").textContent = say("data-matching", "Kept designs matching “%s”").replace("%s", function () { return q; });
    var input = document.querySelector("header form.quick input[name=q]");
    if (input) { input.value = q; }
    document.getElementById("offline-q").value = q;
  }
  var li = function (href, label, note) {
    var item = document.createElement("li");
    var a = document.createElement("a");
    a.href = href;
    a.textContent = label;
    item.appendChild(a);
    if (note) { var p = document.createElement("p"); p.className = "meta"; p.textContent = note; item.appendChild(p); }
    return item;
  };
  var fill = function (id, items, none) {
    var ul = document.getElementById(id);
    ul.innerHTML = "";
    items.forEach(function (i) { ul.appendChild(i); });
    if (!items.length) { ul.appendChild(Object.assign(document.createElement("li"), { textContent: none })); }
  };
  Promise.all([caches.open(INDEX), caches.open(PAGES), caches.open(SAVED)]).then(function (c) {
    var index = c[0], pages = c[1], saved = c[2];
    return index.keys().then(function (keys) {
      return Promise.all(keys.map(function (k) { return index.match(k, ANY).then(function (r) { return r.json(); }); }));
    }).then(function (entries) {
      return Promise.all(entries.map(function (e) {
        var hit = e.job ? saved.match(e.url, ANY) : pages.match(e.url, { ignoreVary: true, ignoreSearch: true });
        return hit.then(function (hit) { return hit ? e : null; });
      }));
    }).then(function (entries) {
      entries = entries.filter(Boolean);
      var designs = entries.filter(function (e) { return !e.job; }).filter(function (e) {
        var hay = fold([e.name, e.summary, e.words, e.url].join(" "));
        return words.every(function (w) { return hay.indexOf(w) >= 0; });
      }).sort(function (a, b) { return a.name.localeCompare(b.name); });
      fill("offline-designs", designs.map(function (e) { return li(e.url, e.name, e.summary); }),
        q ? say("data-no-match", "No kept design matches. Designs you open while online are kept.") : say("data-no-designs", "No designs yet: designs you open while online are kept."));
      var files = entries.filter(function (e) { return e.job; });
      fill("offline-files", files.map(function (e) { return li(e.url, e.name, e.title); }),
        say("data-no-files", "None yet: on an export's page, press “Keep for offline” beside the build sheet or the zip."));
      return pages.keys().then(function (keys) {
        var others = keys.map(function (k) { return new URL(k.url); })
          .filter(function (u) { return !/^\/designs\/[^/]+$/.test(u.pathname) && u.pathname !== "/offline"; })
          .map(function (u) { return li(u.pathname + u.search, u.pathname === "/" ? say("data-home", "Home") : decodeURIComponent(u.pathname + u.search)); });
        fill("offline-pages", others, say("data-none", "None yet."));
      });
    });
  }).catch(function () {});
})();
