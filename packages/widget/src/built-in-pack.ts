import type { Pack } from "@right-help/core";
import pack from "virtual:right-help-pack";

/** The content pack built into the script, validated at build time by the rightHelpPack() plugin. */
export const BUILT_IN_PACK: Pack = pack;
