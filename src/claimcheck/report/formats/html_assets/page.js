// claimcheck review page: select a finding, filter findings. Inlined by formats/html.py.
(() => {
  "use strict";
  const form = document.getElementById("filters");
  const hint = document.getElementById("panel-hint");
  const items = Array.from(document.querySelectorAll("[data-finding]"));
  let current = null;

  /** Show finding `n` (a string) in the side panel, or none when `n` is null. */
  function select(n) {
    current = n;
    for (const detail of document.querySelectorAll(".detail")) {
      detail.hidden = detail.dataset.detail !== n;
    }
    for (const el of document.querySelectorAll("mark[data-finding], button[data-select]")) {
      const on = (el.dataset.finding ?? el.dataset.select) === n;
      el.classList.toggle("selected", on);
      el.setAttribute("aria-pressed", on ? "true" : "false");
    }
    hint.hidden = n !== null;
  }

  function checkedValues(name) {
    return new Set(Array.from(form.querySelectorAll(`input[name="${name}"]:checked`), (i) => i.value));
  }

  /** Un-highlight filtered marks (the prose stays readable) and hide filtered list entries. */
  function applyFilters() {
    const verdicts = checkedValues("verdict");
    const severities = checkedValues("severity");
    const rule = form.elements.rule.value;
    const file = form.elements.file.value;
    for (const el of items) {
      const d = el.dataset;
      const shown = verdicts.has(d.verdict) && severities.has(d.severity) &&
        (!rule || d.rule === rule) && (!file || d.file === file);
      el.classList.toggle("filtered", !shown);
      if (el.tagName === "MARK") {
        el.tabIndex = shown ? 0 : -1;
        el.setAttribute("aria-disabled", shown ? "false" : "true");
      } else {
        el.hidden = !shown;
      }
      if (!shown && d.finding === current) select(null);
    }
    for (const article of document.querySelectorAll("article[data-file]")) {
      article.hidden = Boolean(file) && article.dataset.file !== file;
    }
  }

  document.addEventListener("click", (event) => {
    const target = event.target.closest("mark[data-finding], button[data-select]");
    if (target && !target.classList.contains("filtered")) {
      select(target.dataset.finding ?? target.dataset.select);
    }
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      select(null);
    } else if ((event.key === "Enter" || event.key === " ") &&
               event.target.matches("mark[data-finding]:not(.filtered)")) {
      event.preventDefault();
      select(event.target.dataset.finding);
    }
  });
  form.addEventListener("change", applyFilters);
  form.addEventListener("reset", () => setTimeout(applyFilters));
  applyFilters();
})();
