#!/usr/bin/env node
// The CLI is TypeScript run through tsx, so `npx right-help` works straight after `npm install`
// with no build step to forget.
import { register } from "tsx/esm/api";

register();
// A reader that stops early (`| head`) closes the pipe: stop quietly, not with an EPIPE trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(process.exitCode ?? 0);
  });
}
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv.slice(2), {
  out: (s) => process.stdout.write(s + "\n"),
  err: (s) => process.stderr.write(s + "\n"),
});
