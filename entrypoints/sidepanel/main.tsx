import { openStore } from "@right-help/store";
import { adoptStyles } from "@right-help/ui";
import { render } from "preact";
import "../../extension/page.css";
import pack from "../../extension/pack.ts";
import { App } from "../../extension/panel/App.tsx";
import { browserHost } from "../../extension/panel/host.ts";
import type { PanelStore } from "../../extension/panel/panel-store.ts";

adoptStyles(document);
const root = document.getElementById("app")!;
const host = browserHost();
const show = (store: PanelStore | null) => render(<App pack={pack} store={store} host={host} />, root);

// The panel is usable at once; saving starts when the store has opened (or fallen back to memory).
show(null);
// For npm run bench:panel: the first screen is on the page (the options page sets the same mark).
performance.mark("right-help:first-screen");
openStore().then(show, () => show(null));
