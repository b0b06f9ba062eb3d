// The built-in pack, served by the rightHelpPack() Vite plugin (vite-plugin.ts).
declare module "virtual:right-help-pack" {
  const pack: import("@right-help/core").Pack;
  export default pack;
}
