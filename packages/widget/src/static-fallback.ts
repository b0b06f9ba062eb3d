const MARK = "data-rh-static-fallback";

/**
 * Used only if rendering itself throws outside Preact's error boundary: the 999 line and a
 * message built with DOM calls and text nodes (no markup strings, no inline styles).
 */
export function showStaticFallback(root: ShadowRoot | HTMLElement, mount: HTMLElement | null): void {
  clearStaticFallback(root);
  const doc = root.ownerDocument ?? document;
  const box = doc.createElement("div");
  box.className = "rh-root rh-widget";
  box.setAttribute("part", "container");
  box.setAttribute("data-rh", "error");
  box.setAttribute(MARK, "");

  const danger = doc.createElement("div");
  danger.className = "rh-danger";
  danger.setAttribute("part", "danger");
  const line = doc.createElement("p");
  const strong = doc.createElement("strong");
  strong.textContent = "Immediate danger:";
  const call = doc.createElement("a");
  call.href = "tel:999";
  call.textContent = "999";
  line.append(strong, " call ", call, ", then your area's safeguarding hub.");
  danger.append(line);

  const message = doc.createElement("div");
  message.className = "rh-message rh-message--error";
  message.setAttribute("role", "alert");
  message.setAttribute("part", "notice");
  const text = doc.createElement("p");
  text.textContent =
    "Right Help could not show its guidance here because of an error. If you are worried about a child, talk to your safeguarding lead.";
  message.append(text);

  box.append(danger, message);
  // The half-rendered guidance is hidden (the hidden attribute, not a style), not thrown away:
  // the next attribute change renders into it again.
  if (mount && mount.parentNode === root) {
    mount.hidden = true;
    root.insertBefore(box, mount);
  } else {
    root.appendChild(box);
  }
}

export function clearStaticFallback(root: ShadowRoot | HTMLElement): void {
  for (const box of Array.from(root.querySelectorAll(`[${MARK}]`))) box.remove();
}
