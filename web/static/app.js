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
      fetch("/api/v1/jobs/" + id).then(function (r) { return r.json(); }).then(function (j) {
        document.getElementById("job-progress").value = j.progress;
        document.getElementById("job-message").textContent = j.state + ": " + j.message;
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
