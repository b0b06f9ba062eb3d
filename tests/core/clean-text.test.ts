// Issue 10, item 8: a valid pack with invisible or bidi control characters in its text is
// cleaned on loading (as the widget's attributes are), and the validator warns about them.
import { describe, expect, it } from "vitest";
import { main } from "../../packages/core/src/cli/main.ts";
import { loadPackJson } from "../../packages/core/src/pack/load.ts";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { realPack } from "./real-pack.ts";

const pack = realPack();

/** The real pack with a title and a phone number carrying hidden characters. */
function hostilePack() {
  const areas = pack.areas.map((a) =>
    a.id === "blackpool"
      ? {
          ...a,
          contacts: a.contacts.map((c) =>
            c.phone === "01253 477299" ? { ...c, phone: "01253\u2028 477299\ufeff" } : c,
          ),
        }
      : a,
  );
  return JSON.stringify({ ...pack, title: "\u202eWorking Well\u200b with Children", areas });
}

describe("hidden characters in pack text", () => {
  it("are removed on loading, and each place is named in a warning", () => {
    const r = loadPackJson("pack.json", hostilePack());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.pack.title).toBe("Working Well with Children");
    const phone = r.pack.areas.flatMap((a) => a.contacts).find((c) => c.phone?.startsWith("01253 "));
    expect(phone!.phone).toBe("01253  477299");
    const warnings = (r.warnings ?? []).map((w) => `${w.path} — ${w.message}`);
    expect(warnings).toContainEqual(
      expect.stringMatching(/^title — held invisible or bidi .*U\+202E, U\+200B/),
    );
    expect(warnings).toContainEqual(
      expect.stringMatching(/^areas\[\d+\]\.contacts\[\d+\]\.phone — .*U\+FEFF, U\+2028/),
    );
  });

  it("right-help validate warns and still passes", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "right-help-clean-")), "pack.json");
    writeFileSync(file, hostilePack());
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(["validate", file], { out: (s) => out.push(s), err: (s) => err.push(s) });
    expect(code).toBe(0);
    expect(out[0]).toMatch(/^OK /);
    expect(err.some((l) => /^warning: .*pack\.json:\d+ title — held invisible or bidi/.test(l))).toBe(true);
  });

  it("the real content has none", () => {
    expect(loadPackJson("pack.json", JSON.stringify(pack))).not.toHaveProperty("warnings");
  });
});
