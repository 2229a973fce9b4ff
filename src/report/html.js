// Open folded rows before printing or when a link targets a finding inside them.
(function () {
  function reveal(el) {
    for (var p = el; p; p = p.parentElement) { if (p.tagName === "DETAILS") { p.open = true; } }
    el.classList.add("target");
    el.focus();
  }
  function fromHash() {
    var el = location.hash && document.getElementById(location.hash.slice(1));
    if (el) { reveal(el); }
  }
  window.addEventListener("hashchange", fromHash);
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details").forEach(function (d) { d.open = true; });
  });
  fromHash();
})();
