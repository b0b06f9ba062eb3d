/** The extension's own pages, as paths; used to check which page a message came from. */
export const PANEL_PATH = "/sidepanel.html";
export const OPTIONS_PATH = "/options.html";
