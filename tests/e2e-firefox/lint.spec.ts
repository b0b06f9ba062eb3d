/**
 * Mozilla's add-ons linter (`web-ext lint`, what addons.mozilla.org runs on an upload) on the
 * Firefox build: no errors, no notices, and no warnings but one — UNSAFE_VAR_ASSIGNMENT inside
 * Preact's own dangerouslySetInnerHTML branch, which Right Help never uses (eslint forbids the
 * prop). The one warning is checked to be exactly there, so any other innerHTML fails the test.
 */
import { expect, test } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FIREFOX_DIR, ROOT } from "../e2e/paths.ts";

interface Message {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

interface Report {
  summary: { errors: number; notices: number; warnings: number };
  errors: Message[];
  notices: Message[];
  warnings: Message[];
}

let report: Report | undefined;

function lint(): Report {
  return (report ??= runLint());
}

function runLint(): Report {
  const webExt = join(ROOT, "node_modules", ".bin", "web-ext");
  let out: string;
  try {
    out = execFileSync(
      webExt,
      ["lint", "--source-dir", FIREFOX_DIR, "--output", "json", "--no-config-discovery"],
      {
        cwd: ROOT,
        encoding: "utf8",
      },
    );
  } catch (error) {
    // web-ext exits non-zero when it finds errors; the report is still on stdout.
    out = (error as { stdout?: string }).stdout ?? "";
  }
  return JSON.parse(out) as Report;
}

/** The code around a reported position in a built file. */
function around(m: Message, before = 400, after = 80): string {
  const lines = readFileSync(join(FIREFOX_DIR, m.file!), "utf8").split("\n");
  const line = lines[(m.line ?? 1) - 1] ?? "";
  const at = (m.column ?? 0) - 1;
  return line.slice(Math.max(0, at - before), at + after);
}

test("web-ext lint: no errors, no notices, one warning and only in Preact's dangerouslySetInnerHTML branch", () => {
  const report = lint();
  const show = (ms: Message[]) => ms.map((m) => `${m.code} ${m.file ?? ""}:${m.line ?? ""} ${m.message}`);
  expect(show(report.errors)).toEqual([]);
  expect(show(report.notices)).toEqual([]);
  const others = report.warnings.filter((w) => w.code !== "UNSAFE_VAR_ASSIGNMENT");
  expect(show(others)).toEqual([]);

  const innerHtml = report.warnings.filter((w) => w.code === "UNSAFE_VAR_ASSIGNMENT");
  expect(innerHtml).toHaveLength(1);
  const [warning] = innerHtml;
  expect(warning!.message).toBe("Unsafe assignment to innerHTML");
  // Preact's diff of DOM props: `innerHTML = newHtml.__html`, reached only for a vnode carrying
  // dangerouslySetInnerHTML (its props are read just before).
  const code = around(warning!);
  expect(code).toContain("dangerouslySetInnerHTML");
  expect(code).toMatch(/\.innerHTML=\w+\.__html/);
  const fromHere = around(warning!, 0, 40);
  expect(fromHere).toMatch(/^\w+\.innerHTML=\w+\.__html\)/);
});

test("the linter sees the gecko id and the minimum versions", () => {
  const manifest = JSON.parse(readFileSync(join(FIREFOX_DIR, "manifest.json"), "utf8"));
  expect(manifest.browser_specific_settings).toEqual({
    gecko: {
      id: "right-help@right-help",
      strict_min_version: "140.0",
      data_collection_permissions: { required: ["none"] },
    },
    gecko_android: { strict_min_version: "142.0" },
  });
  const report = lint();
  expect(report.warnings.map((w) => w.code)).not.toContain("MISSING_ADDON_ID");
});
