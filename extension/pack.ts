/** The built-in content pack, validated at build time by the rightHelpPack() Vite plugin. */
import type { Pack } from "@right-help/core";
import builtIn from "virtual:right-help-pack";

// Typed here: the virtual module's own declaration (packages/core) resolves Pack to any.
const pack: Pack = builtIn;
export default pack;
