import { config, z } from "zod";

// Zod compiles fast parsers with `new Function` and probes for it as schemas are built. Under a
// CSP without 'unsafe-eval' (the extension, strict intranet pages) even the probe is reported
// as a violation, so every schema module takes zod from here, configured not to.
config({ jitless: true });

export { z };
