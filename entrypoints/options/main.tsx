import { openStore } from "@right-help/store";
import { adoptStyles } from "@right-help/ui";
import { render } from "preact";
import "../../extension/page.css";
import { OptionsApp } from "../../extension/options/OptionsApp.tsx";
import pack from "../../extension/pack.ts";

adoptStyles(document);
const root = document.getElementById("app")!;
openStore().then(
  (store) => render(<OptionsApp pack={pack} store={store} />, root),
  () => render(<OptionsApp pack={pack} store={null} />, root),
);
