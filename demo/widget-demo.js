// Demo pages only: shows the right-help-change event and lets the attribute panel re-render the
// first widget. Loaded from this server (the pages' CSP allows no inline script).
const log = document.getElementById("event-log");
document.addEventListener("right-help-change", (event) => {
  if (!log) return;
  const { level, indicators } = event.detail;
  log.textContent =
    level === null
      ? `Nothing selected (${indicators.length} indicators).`
      : `Prompted level ${level}; ${indicators.length} indicator${indicators.length === 1 ? "" : "s"} selected: ${indicators.join(", ")}.`;
});

const target = document.getElementById("contacts");
for (const [control, name] of [
  ["set-area", "area"],
  ["set-mode", "mode"],
]) {
  const select = document.getElementById(control);
  if (select && target) select.addEventListener("change", () => target.setAttribute(name, select.value));
}
