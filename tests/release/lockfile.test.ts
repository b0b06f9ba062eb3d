/**
 * `npm ci` refuses a lock file that lacks an entry for any optional dependency, even one for
 * another platform (npm on some machines leaves rollup's native packages out). This finds the same
 * gaps in a second, without installing, so a merge that drops them fails here first.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

interface LockEntry {
  version?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

const ROOT = join(import.meta.dirname, "../..");
const lock = JSON.parse(readFileSync(join(ROOT, "package-lock.json"), "utf8")) as {
  lockfileVersion: number;
  packages: Record<string, LockEntry>;
};

/** Where Node would find `name` from the package at `from`: its own node_modules, then each parent's. */
function resolve(from: string, name: string): string | undefined {
  let dir = from;
  for (;;) {
    const candidate = `${dir ? `${dir}/` : ""}node_modules/${name}`;
    if (candidate in lock.packages) return candidate;
    if (!dir) return undefined;
    const up = dir.lastIndexOf("/node_modules/");
    dir = up === -1 ? "" : dir.slice(0, up);
  }
}

describe("package-lock.json", () => {
  it("is a version 3 lock file", () => {
    expect(lock.lockfileVersion).toBe(3);
  });

  it("has an entry for every optional dependency of every package, for all platforms", () => {
    const missing: string[] = [];
    for (const [path, entry] of Object.entries(lock.packages))
      for (const name of Object.keys(entry.optionalDependencies ?? {}))
        if (!resolve(path, name)) missing.push(`${path || "(root)"} → ${name}`);
    expect(missing).toEqual([]);
  });

  it("pins rollup's native package for this machine and for the other common ones", () => {
    for (const name of ["linux-x64-gnu", "linux-arm64-gnu", "darwin-arm64", "darwin-x64", "win32-x64-msvc"])
      expect(lock.packages, name).toHaveProperty([`node_modules/@rollup/rollup-${name}`]);
  });
});
