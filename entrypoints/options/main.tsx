import { openStore } from "@right-help/store";
import { adoptStyles } from "@right-help/ui";
import { render } from "preact";
import "../../extension/page.css";
import { OptionsApp } from "../../extension/options/OptionsApp.tsx";
import pack from "../../extension/pack.ts";

adoptStyles(document);
const root = document.getElementById("app")!;
// For npm run bench:panel: the first screen is on the page (the side panel sets the same mark).
const show = (store: Awaited<ReturnType<typeof openStore>> | null) => {
  render(<OptionsApp pack={pack} store={store} />, root);
  performance.mark("right-help:first-screen");
};
openStore().then(show, () => show(null));
