// Issue 10: hostile and broken input on the command line. Each test failed before its fix.
import { describe, expect, it } from "vitest";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../packages/core/src/cli/main.ts";
import { parseIsoTime } from "../../packages/core/src/contacts/clock.ts";
import { ROOT } from "../seeds.ts";
import { minimalPack } from "./fixtures/minimal-pack.ts";

const BIN = join(ROOT, "node_modules/.bin/right-help");

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out, err };
}

/** Run the installed bin through a shell, as a practitioner would; never waits more than 20 s. */
function shell(script: string) {
  const started = Date.now();
  const r = spawnSync("sh", ["-c", script], { cwd: ROOT, encoding: "utf8", timeout: 20_000 });
  return { ...r, ms: Date.now() - started };
}

function tmp(): string {
  return mkdtempSync(join(tmpdir(), "right-help-hostile-"));
}

function contentDir(overrides: Record<string, string> = {}): string {
  const dir = tmp();
  for (const [name, text] of Object.entries({ ...minimalPack, ...overrides })) {
    const file = join(dir, name);
    mkdirSync(join(file, ".."), { recursive: true });
    writeFileSync(file, text);
  }
  return join(dir, "content");
}

const NOTE = "Mum was drinking heavily and the house was cold. The child missed school. ";

describe("1. a large note piped on stdin", () => {
  it("reads 100 KB through a shell pipe (cat big.txt | right-help assess)", () => {
    const file = join(tmp(), "big.txt");
    writeFileSync(file, NOTE.repeat(Math.ceil(100_000 / NOTE.length)));
    const r = shell(`cat '${file}' | '${BIN}' assess --json`);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.matches.length).toBeGreaterThan(0);
  });

  it("refuses a piped note over the cap with the cap's message and exit 1", () => {
    const r = shell(`head -c 9000000 /dev/zero | tr '\\0' 'a' | '${BIN}' assess`);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/reads at most 2 million/);
  });
});

describe("2. endless and special files", () => {
  it("refuses --text-file /dev/zero at once with a clear message", () => {
    const r = shell(`'${BIN}' assess --text-file /dev/zero`);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/\/dev\/zero is not a regular file \(a device\)/);
    expect(r.ms).toBeLessThan(10_000);
  });

  it("refuses a FIFO given to assess and to validate without waiting for a writer", () => {
    const dir = tmp();
    const fifo = join(dir, "note.fifo");
    execFileSync("mkfifo", [fifo]);
    const a = shell(`'${BIN}' assess --text-file '${fifo}'`);
    expect(a.status).toBe(1);
    expect(a.stderr).toMatch(/is not a regular file \(a FIFO/);
    const v = shell(`'${BIN}' validate '${fifo}'`);
    expect(v.status).toBe(1);
    expect(v.stderr).toMatch(/note\.fifo — not a regular file \(a FIFO/);
  });

  it("names a FIFO inside a content directory as a problem instead of hanging", () => {
    const dir = contentDir();
    execFileSync("mkfifo", [join(dir, "extra.yaml")]);
    const r = shell(`'${BIN}' validate '${dir}'`);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/extra\.yaml — not a regular file \(a FIFO/);
  });

  it("reads a regular file only up to the byte cap, whatever its size", async () => {
    const file = join(tmp(), "huge.txt");
    writeFileSync(file, "a".repeat(8_000_001));
    const r = await run("assess", "--text-file", file);
    expect(r.code).toBe(1);
    expect(r.err[0]).toMatch(/reads at most 2 million/);
  });

  it("says a directory given as --text-file is a directory", async () => {
    const r = await run("assess", "--text-file", tmp());
    expect(r.code).toBe(1);
    expect(r.err[0]).toMatch(/is not a regular file \(a directory\)/);
  });
});

describe("3. dates", () => {
  it.each([
    "2026-13-01T10:00",
    "2026-00-10",
    "2026-12-28T10:00:99",
    "0000-01-01",
    "2026-02-29",
    "2026-04-31T09:00",
    "2026-12-28T24:00",
    "2026-12-28T10:60",
    "2026-12-28T10:00+25:00",
    "2026-12-28T10:00Zjunk",
    "2026-1-1",
  ])("refuses the impossible %s", (iso) => {
    expect(parseIsoTime(iso)).toBeNull();
  });

  it.each([
    ["2026-12-28T10:00:00.000Z", "2026-12-28T10:00:00.000Z"],
    ["2026-12-28T10:00:30Z", "2026-12-28T10:00:30.000Z"],
    ["2026-12-28T10:00:00.5+01:00", "2026-12-28T09:00:00.500Z"],
    ["2026-12-28T10:00-0130", "2026-12-28T11:30:00.000Z"],
    ["2026-07-01T10:00:15", "2026-07-01T09:00:15.000Z"],
    ["2026-12-28", "2026-12-28T00:00:00.000Z"],
    ["2028-02-29T12:00Z", "2028-02-29T12:00:00.000Z"],
  ])("accepts ISO 8601 %s", (iso, instant) => {
    expect(parseIsoTime(iso)?.toISOString()).toBe(instant);
  });

  it("exits 2 on an impossible --at, naming what is wrong", async () => {
    const r = await run("contacts", "--area", "blackpool", "--at", "2026-13-01T10:00");
    expect(r.code).toBe(2);
    expect(r.err[0]).toMatch(/--at/);
    const ok = await run("contacts", "--area", "blackpool", "--at", "2026-12-28T10:00:00.000Z", "--json");
    expect(ok.code).toBe(0);
  });
});

describe("4. terminal control characters and early readers", () => {
  it("escapes control characters in echoed values", async () => {
    const r = await run("contacts", "--area", "\u001b[31mred\u009b2J\u202eevil");
    expect(r.code).toBe(2);
    const all = r.err.join("\n");
    // eslint-disable-next-line no-control-regex -- no raw control character may reach the terminal
    expect(all).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(all).toContain("\\u001b[31mred\\u009b2J\\u202eevil");
  });

  it("escapes control characters from a note's evidence in text output", async () => {
    const file = join(tmp(), "note.txt");
    writeFileSync(file, "Mum was drinking\u001b heavily and drinking\u009b heavily.");
    const r = await run("assess", "--text-file", file);
    expect(r.out.join("\n")).toContain("drinking\\u001b heavily");
    // eslint-disable-next-line no-control-regex -- as above
    expect(r.out.join("\n")).not.toMatch(/[\u001b\u009b]/);
  });

  it("stops quietly when the reader closes early (| true): no EPIPE stack trace", () => {
    const file = join(tmp(), "big.txt");
    writeFileSync(file, NOTE.repeat(2000));
    const r = shell(`'${BIN}' assess --json --text-file '${file}' | true`);
    expect(r.stderr).toBe("");
  });
});

describe("5. huge and odd content", () => {
  /** `n` glossary items whose fields have the wrong type. */
  const badGlossary = (n: number) =>
    "glossary:\n" +
    "  - { id: g, term: 1, definition: 2, source: { doc: guide.txt, section: G } }\n".repeat(n);

  /** `n` glossary items that are numbers, not entries: quick to parse, one problem each. */
  const numbers = (n: number) => "glossary:\n" + "  - 1\n".repeat(n);

  it("lists the first problems of 150,000 bad items and counts the rest (no stack overflow)", async () => {
    const r = await run("validate", contentDir({ "content/glossary.yaml": numbers(150_000) }));
    expect(r.code).toBe(1);
    expect(r.err).toHaveLength(102);
    expect(r.err[0]).toMatch(/glossary\.yaml:2 glossary\[0\] — expected an object, got a number \(1\)$/);
    expect(r.err.at(-2)).toBe("… and 149,900 more problems not listed (fix these first)");
    expect(r.err.at(-1)).toMatch(/content: 150,000 problems; the pack is not valid\.$/);
  }, 60_000);

  it("takes time linear in the number of bad items", async () => {
    const time = async (n: number) => {
      const dir = contentDir({ "content/glossary.yaml": numbers(n) });
      const started = performance.now();
      await run("validate", dir);
      return performance.now() - started;
    };
    await time(1000); // warm up
    const small = await time(20_000);
    const large = await time(80_000);
    // Four times the items: about four times the time (quadratic would be sixteen).
    expect(large / small).toBeLessThan(9);
  }, 60_000);

  it('says "expected a string, got a number" for a field of the wrong type', async () => {
    const r = await run("validate", contentDir({ "content/glossary.yaml": badGlossary(1) }));
    expect(r.err.join("\n")).toMatch(/glossary\[0\]\.term — expected a string, got a number \(1\)/);
    expect(r.err.join("\n")).not.toMatch(/required field is missing/);
  });

  it("names the file for an alias bomb", async () => {
    const bomb = [
      "a: &a [x, x, x, x, x, x, x, x, x]",
      "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]",
      "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]",
      "d: [*c, *c, *c, *c, *c, *c, *c, *c, *c]",
    ].join("\n");
    const r = await run("validate", contentDir({ "content/bomb.yaml": bomb }));
    expect(r.code).toBe(1);
    expect(r.err.join("\n")).toMatch(/bomb\.yaml — too many YAML aliases/);
  });

  it("names a symbolic link loop once, with a short message", async () => {
    const dir = contentDir();
    symlinkSync(".", join(dir, "loop"));
    const r = await run("validate", dir);
    const text = r.err.join("\n");
    expect(text).toMatch(/loop — a symbolic link back to a folder already read; not followed/);
    expect(text).not.toMatch(/(loop\/){3}/);
    expect(r.err.every((l) => l.length < 300)).toBe(true);
  });
});
