import { config } from "zod";

// Zod compiles fast parsers with `new Function` and probes for it when the schemas are built.
// Under a host page's CSP without 'unsafe-eval' even the probe is reported as a violation, so
// this runs before @right-help/core builds its schemas (it is imported first).
config({ jitless: true });
