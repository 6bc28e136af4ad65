// Filters the operations and pushes by every word typed (id, summary, path, tag, family, side effect).
(function () {
  var input = document.getElementById("search");
  var count = document.getElementById("match-count");
  var items = Array.prototype.slice.call(document.querySelectorAll("[data-search]"));
  function apply() {
    var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    items.forEach(function (item) {
      var text = item.getAttribute("data-search");
      var match = words.every(function (word) { return text.indexOf(word) !== -1; });
      item.classList.toggle("hidden", !match);
      if (match && item.tagName === "SECTION") { shown += 1; }
    });
    // A group heading in the sidebar goes when none of its operations is left.
    Array.prototype.forEach.call(document.querySelectorAll("nav ul"), function (list) {
      var heading = list.previousElementSibling;
      var left = list.querySelectorAll("li:not(.hidden)").length;
      if (heading && heading.tagName === "H2") { heading.classList.toggle("hidden", left === 0); }
    });
    count.textContent = words.length ? shown + " matching" : "";
  }
  input.addEventListener("input", apply);
  input.addEventListener("keydown", function (event) {
    if (event.key !== "Enter") { return; }
    var first = document.querySelector("section[data-search]:not(.hidden)");
    if (first) { location.hash = first.id; }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "/" && document.activeElement !== input) { event.preventDefault(); input.focus(); }
  });
})();
