import { render } from "preact";
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
  private renders = 0;

  connectedCallback(): void {
    try {
      if (!this.mount) this.mount = this.createMount();
      this.update();
    } catch (error) {
      this.fail(error);
    }
  }

  disconnectedCallback(): void {
    // Unmounting stops the clock; connecting again renders afresh.
    if (this.mount) render(null, this.mount);
  }

  attributeChangedCallback(_name: string, previous: string | null, value: string | null): void {
    if (previous === value || !this.mount || !this.isConnected) return;
    try {
      this.update();
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

  private update(): void {
    const attrs = readAttributes(this);
    const mount = this.mount!;
    this.renders++;
    render(
      <ErrorBoundary hub={hubOf(loadedBuiltIn(), attrs.area?.trim().toLowerCase())} attempt={this.renders}>
        <Widget attrs={attrs} base={this.ownerDocument.baseURI} onChange={this.emit} />
      </ErrorBoundary>,
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

/** Defines <right-help-guide> once: a second copy of the script on the page changes nothing. */
export function defineRightHelpGuide(
  registry: CustomElementRegistry | undefined = globalThis.customElements,
): void {
  if (registry && !registry.get(TAG)) registry.define(TAG, RightHelpGuide);
}
