import { describe, expect, it, vi } from "vitest";
import { NO_POLICY, parsePolicy, watchManaged, type ManagedStorage } from "../../extension/policy.ts";
import { pack } from "../ui/render.tsx";

describe("parsePolicy: the organisation's managed settings, validated like any input", () => {
  it("takes a known area, its district, the lock and the organisation", () => {
    expect(
      parsePolicy(pack, {
        area: "lancashire",
        district: "preston",
        lockArea: true,
        organisation: " NHS Trust ",
      }),
    ).toEqual({
      area: "lancashire",
      district: "preston",
      locked: true,
      organisation: "NHS Trust",
      problems: [],
    });
  });

  it("no policy, or not an object: nothing set, nothing to say", () => {
    for (const raw of [undefined, null, {}, [], "lancashire", 3])
      expect(parsePolicy(pack, raw)).toEqual(NO_POLICY);
  });

  it("an unknown area is ignored with a notice quoting it cleaned and short; the lock then does nothing", () => {
    const policy = parsePolicy(pack, { area: "atlantis\u202e\u0000" + "x".repeat(60), lockArea: true });
    expect(policy.area).toBeUndefined();
    expect(policy.locked).toBe(false);
    expect(policy.problems).toEqual([
      `The area set by your organisation ("atlantis${"x".repeat(32)}…") is not one Right Help knows: it is ignored.`,
      "Your organisation asked to lock the area but set no area Right Help knows: you can choose it.",
    ]);
  });

  it("a district of another area, or of an area without districts, is ignored with a notice", () => {
    const blackpool = parsePolicy(pack, { area: "blackpool", district: "preston" });
    expect(blackpool.area).toBe("blackpool");
    expect(blackpool.district).toBeUndefined();
    expect(blackpool.problems).toEqual([
      'The district set by your organisation ("preston") is not a district of Blackpool: it is ignored.',
    ]);
  });

  it("lockArea must be a boolean; only true locks", () => {
    expect(parsePolicy(pack, { area: "blackpool", lockArea: "true" })).toMatchObject({
      locked: false,
      problems: ["The lock setting in your organisation's settings is not true or false: it is ignored."],
    });
    expect(parsePolicy(pack, { area: "blackpool", lockArea: false })).toMatchObject({
      locked: false,
      problems: [],
    });
  });

  it("organisation: at most 80 characters once cleaned, text only", () => {
    expect(parsePolicy(pack, { organisation: "a".repeat(80) }).organisation).toBe("a".repeat(80));
    expect(parsePolicy(pack, { organisation: "a\u200b".repeat(80) }).organisation).toBe("a".repeat(80));
    expect(parsePolicy(pack, { organisation: "a".repeat(81) })).toMatchObject({
      problems: [expect.stringContaining("longer than 80 characters")],
    });
    expect(parsePolicy(pack, { organisation: 42 }).organisation).toBeUndefined();
    expect(parsePolicy(pack, { organisation: "\u202e" }).problems).toHaveLength(1);
  });
});

describe("watchManaged", () => {
  function fakeStorage(get: () => Promise<Record<string, unknown>>) {
    const listeners = new Set<(changes: Record<string, unknown>, area: string) => void>();
    const storage: ManagedStorage = {
      managed: { get },
      onChanged: { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) },
    };
    return { storage, fire: (area: string) => listeners.forEach((l) => l({}, area)), listeners };
  }

  it("reads now and again on each managed change, never on other areas; unsubscribes", async () => {
    let value: Record<string, unknown> = { area: "blackpool" };
    const { storage, fire, listeners } = fakeStorage(async () => value);
    const seen: unknown[] = [];
    const off = watchManaged(storage, (raw) => seen.push(raw));
    await vi.waitFor(() => expect(seen).toEqual([{ area: "blackpool" }]));
    value = { area: "lancashire" };
    fire("local");
    fire("managed");
    await vi.waitFor(() => expect(seen).toEqual([{ area: "blackpool" }, { area: "lancashire" }]));
    off();
    expect(listeners.size).toBe(0);
  });

  it("a browser that throws without a policy (Firefox) means no policy", async () => {
    const { storage } = fakeStorage(() => Promise.reject(new Error("Managed storage manifest not found")));
    const seen: unknown[] = [];
    watchManaged(storage, (raw) => seen.push(raw));
    await vi.waitFor(() => expect(seen).toEqual([{}]));
  });
});
