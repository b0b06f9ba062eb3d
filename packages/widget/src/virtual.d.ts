declare module "virtual:custom-elements-polyfill" {
  /** Installs @webcomponents/custom-elements (built by packages/widget/build/polyfill-plugin.ts). */
  const apply: () => void;
  export default apply;
}
