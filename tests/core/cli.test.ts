import { describe, expect, it } from "vitest";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../packages/core/src/cli/main.ts";
import { contentFileJsonSchema, packJsonSchema } from "../../packages/core/src/schema/json-schema.ts";
import { ROOT } from "../seeds.ts";
import { minimalPack } from "./fixtures/minimal-pack.ts";

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out, err };
}

/** Write the minimal fixture (with edits) to a temporary content directory. */
function contentDir(overrides: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "right-help-"));
  for (const [name, text] of Object.entries({ ...minimalPack, ...overrides })) {
    const file = join(dir, name);
    mkdirSync(join(file, ".."), { recursive: true });
    writeFileSync(file, text);
  }
  return join(dir, "content");
}

describe("right-help validate", () => {
  it("prints one OK line with counts for valid content", async () => {
    const r = await run("validate", contentDir());
    expect(r.code).toBe(0);
    expect(r.out).toHaveLength(1);
    expect(r.out[0]).toMatch(
      /^OK .*content: 4 levels, 1 domains, 2 indicators \(level 1–4: 1\/0\/1\/0; 1 strengths\)/,
    );
  });

  it("exits 1 and lists every problem as file:line path — message", async () => {
    const dir = contentDir({
      "content/domains.yaml": minimalPack["content/domains.yaml"]!.replace("name: Health", "name: ''"),
      "content/glossary.yaml": "glossary: [",
    });
    const r = await run("validate", dir);
    expect(r.code).toBe(1);
    expect(r.err.some((l) => /domains\.yaml:3 domains\[0\]\.name — must not be empty$/.test(l))).toBe(true);
    expect(r.err.some((l) => /glossary\.yaml:\d+ — not valid YAML/.test(l))).toBe(true);
    expect(r.err.at(-1)).toMatch(/problems; the pack is not valid\.$/);
  });

  it("exits 1 for a missing path, and 2 for a wrong command line", async () => {
    expect((await run("validate", "/no/such/dir")).err[0]).toBe("/no/such/dir — no such file or directory");
    const bad = await run("validate", "--frobnicate");
    expect(bad.code).toBe(2);
    expect(bad.err[0]).toMatch(/unknown option --frobnicate/);
    const unknown = await run("explode");
    expect(unknown.code).toBe(2);
    expect(unknown.err[0]).toMatch(/valid commands: validate, build-pack, schema, assess, contacts, help/);
  });
});

describe("right-help build-pack", () => {
  it("writes one JSON pack that validates again", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "right-help-")), "pack.json");
    const r = await run("build-pack", contentDir(), "-o", out);
    expect(r.code).toBe(0);
    const pack = JSON.parse(readFileSync(out, "utf8"));
    expect(pack.format).toBe(1);
    expect(pack.areas[0].contacts[1].phoneE164).toBe("+443001236720");
    expect((await run("validate", out)).code).toBe(0);
  });

  it("writes nothing for invalid content", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "right-help-")), "pack.json");
    const dir = contentDir({ "content/levels.yaml": "levels: []\n" });
    const r = await run("build-pack", dir, "-o", out);
    expect(r.code).toBe(1);
    expect(() => readFileSync(out)).toThrow();
  });
});

describe("the installed bin", () => {
  it("runs as right-help from node_modules/.bin and validates the real content", () => {
    const stdout = execFileSync(join(ROOT, "node_modules/.bin/right-help"), ["validate", "content"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(stdout).toMatch(/^OK content: 4 levels/);
  });

  it("reports broken input without a stack trace", () => {
    const dir = contentDir({ "content/levels.yaml": "" });
    const r = spawnSync(join(ROOT, "node_modules/.bin/right-help"), ["validate", dir], { encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/levels\.yaml — the file is empty/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("the JSON Schemas for editors", () => {
  it("are up to date with the zod schema (run `npm run schema` after changing it)", () => {
    const committed = (name: string) => JSON.parse(readFileSync(join(ROOT, "content/schema", name), "utf8"));
    expect(committed("content-file.schema.json")).toEqual(contentFileJsonSchema());
    expect(committed("pack.schema.json")).toEqual(packJsonSchema());
  });
});
