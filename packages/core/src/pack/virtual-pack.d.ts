declare module "virtual:right-help-pack" {
  import type { Pack } from "../schema/pack.ts";
  const pack: Pack;
  export default pack;
}
