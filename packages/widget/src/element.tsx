import { render } from "preact";
import { useReducer } from "preact/hooks";
import { ATTRIBUTES, readAttributes } from "./attributes.ts";
import { changeEvent, type ChangeDetail } from "./change-event.ts";
import { hubOf } from "./EmergencyLine.tsx";
import { ErrorBoundary } from "./ErrorBoundary.tsx";
import { loadedBuiltIn } from "./load-built-in.ts";
import { clearStaticFallback, showStaticFallback } from "./static-fallback.ts";
import { FIRST_RENDER } from "./start-mark.ts";
import { siblingUrl } from "./script-url.ts";
import { attachStyles, CSS_FILE } from "./styles.ts";
import { Widget } from "./Widget.tsx";

export const TAG = "right-help-guide";

let firstRenderMarked = false;

/**
 * <right-help-guide area mode district pack-src heading-level>: Right Help's guidance in an open
 * shadow root. Written by hand (no wrapper library) so the page gets exactly one small class.
 */
export class RightHelpGuide extends HTMLElement {
  static get observedAttributes(): string[] {
    return [...ATTRIBUTES];
  }

  private mount: HTMLElement | null = null;
  /** Tells the mounted tree that attributes changed; it re-reads them in its next render. */
  private changed: (() => void) | null = null;
  /** The document the styles were adopted in: moving to another one needs them again. */
  private styledIn: Document | null = null;

  connectedCallback(): void {
    try {
      if (!this.mount) this.mount = this.createMount();
      else if (this.styledIn !== this.ownerDocument) this.restyle();
      this.update();
    } catch (error) {
      this.fail(error);
    }
  }

  disconnectedCallback(): void {
    // Unmounting stops the clock; connecting again renders afresh.
    this.changed = null;
    if (this.mount) render(null, this.mount);
  }

  attributeChangedCallback(_name: string, previous: string | null, value: string | null): void {
    if (previous === value || !this.mount || !this.isConnected) return;
    // Not a render per change: Preact batches these, so a page changing attributes a thousand
    // times in a row gets one render (and one pack-src request) for the last values.
    try {
      if (this.changed) this.changed();
      else this.update();
    } catch (error) {
      this.fail(error);
    }
  }

  private createMount(): HTMLElement {
    const doc = this.ownerDocument;
    const mount = doc.createElement("div");
    if (typeof this.attachShadow === "function") {
      const root = this.shadowRoot ?? this.attachShadow({ mode: "open" });
      attachStyles(root, siblingUrl(CSS_FILE));
      this.styledIn = this.ownerDocument;
      root.append(mount);
    } else {
      // No shadow DOM (an old browser with the polyfill): render in the element, styled by the
      // sibling stylesheet. The element's fallback content, if any, gives way.
      while (this.firstChild) this.removeChild(this.firstChild);
      attachStyles(this, siblingUrl(CSS_FILE));
      this.appendChild(mount);
    }
    return mount;
  }

  /** Adopted into another document (an iframe, say): its styles go with it. */
  private restyle(): void {
    if (this.shadowRoot) attachStyles(this.shadowRoot, siblingUrl(CSS_FILE));
    this.styledIn = this.ownerDocument;
  }

  private update(): void {
    const mount = this.mount!;
    render(
      <Attributes element={this} subscribe={(notify) => (this.changed = notify)} onChange={this.emit} />,
      mount,
    );
    if (mount.hidden) {
      mount.hidden = false;
      clearStaticFallback(this.shadowRoot ?? this);
    }
    if (!firstRenderMarked && typeof performance !== "undefined" && typeof performance.mark === "function") {
      firstRenderMarked = true;
      performance.mark(FIRST_RENDER);
    }
  }

  private readonly emit = (detail: ChangeDetail): void => {
    this.dispatchEvent(changeEvent(detail));
  };

  private fail(error: unknown): void {
    console.error("Right Help could not show its guidance:", error);
    showStaticFallback(this.shadowRoot ?? this, this.mount);
  }
}

/** Reads the element's attributes on every render; re-renders (batched) when told they changed. */
function Attributes({
  element,
  subscribe,
  onChange,
}: {
  element: HTMLElement;
  subscribe: (notify: () => void) => void;
  onChange: (detail: ChangeDetail) => void;
}) {
  const [renders, changed] = useReducer<number, void>((n) => n + 1, 0);
  // Set during render, not in an effect: a change right after mounting must not be missed.
  subscribe(changed);
  const attrs = readAttributes(element);
  return (
    <ErrorBoundary hub={hubOf(loadedBuiltIn(), attrs.area?.trim().toLowerCase())} attempt={renders}>
      <Widget attrs={attrs} base={element.ownerDocument.baseURI} onChange={onChange} />
    </ErrorBoundary>
  );
}

/** Defines <right-help-guide> once: a second copy of the script on the page changes nothing. */
export function defineRightHelpGuide(
  registry: CustomElementRegistry | undefined = globalThis.customElements,
): void {
  if (registry && !registry.get(TAG)) registry.define(TAG, RightHelpGuide);
}
