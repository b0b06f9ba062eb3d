import { IDBFactory } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import {
  InvalidDraftError,
  InvalidSettingsError,
  memoryStore,
  openStore,
  type Draft,
} from "../../packages/store/src/index.ts";
import { DB, rawRecords, sampleDraft } from "./fake-idb.ts";

type Input = Omit<Draft, "updatedAt">;
const draft = (changes: Record<string, unknown>) => ({ ...sampleDraft, ...changes }) as unknown as Input;
const many = (n: number) => Array.from({ length: n }, (_, i) => `indicator-${i}`);

const invalid: [string, unknown][] = [
  ["free text as an indicator", draft({ indicators: ["Mum says dad hits him"] })],
  ["a name as an indicator", draft({ indicators: ["Jane Smith"] })],
  ["HTML as an indicator", draft({ indicators: ["<img src=x onerror=alert(1)>"] })],
  ["a 10 MB string as an indicator", draft({ indicators: ["a".repeat(10 * 1024 * 1024)] })],
  ["a 10 MB string as the area", draft({ area: "a".repeat(10 * 1024 * 1024) })],
  ["a slug of 81 characters", draft({ indicators: ["a".repeat(81)] })],
  ["501 indicator ids", draft({ indicators: many(501) })],
  ["an upper-case id", draft({ indicators: ["L3-Missing"] })],
  ["an id with a trailing hyphen", draft({ indicators: ["missing-"] })],
  ["an id with a doubled hyphen", draft({ indicators: ["a--b"] })],
  ["a number as an id", draft({ indicators: [42] })],
  ["a hole in the list", draft({ indicators: new Array(2) })],
  ["indicators that are not a list", draft({ indicators: "l3-missing" })],
  ["no indicators", draft({ indicators: undefined })],
  ["no graded answers", draft({ graded: undefined })],
  ["graded answers as a list", draft({ graded: ["a"] })],
  ["free text as a graded answer", draft({ graded: { "missing-episodes": "ran off twice last week" } })],
  ["free text as a graded key", draft({ graded: { "what happened": "high" } })],
  ["501 graded answers", draft({ graded: Object.fromEntries(many(501).map((id) => [id, "high"])) })],
  ["a name as the district", draft({ district: "Jane Smith" })],
  ["a date of birth as the age band", draft({ ageBand: "12/03/2019" })],
  ["three digits as the age band", draft({ ageBand: "100" })],
  ["a word as the age band", draft({ ageBand: "teenager" })],
  ["a string as a flag", draft({ immediateDanger: "yes" })],
  ["null as the area", draft({ area: null })],
  ["a field for notes", draft({ notes: "seen at school" })],
  ["a field for a name", draft({ childName: "Jane" })],
  ["not an object", "l3-missing-education"],
  ["null", null],
  ["an array", [sampleDraft]],
  ["a class instance", Object.assign(new Date(), sampleDraft)],
];

describe("saveDraft validation", () => {
  it.each(invalid)("rejects %s and stores nothing (IndexedDB)", async (_, input) => {
    const indexedDB = new IDBFactory();
    const store = await openStore({ name: DB, indexedDB });
    await expect(store.saveDraft(input as Input)).rejects.toThrow(InvalidDraftError);
    expect(await store.getDraft()).toBeNull();
    expect(store.kind).toBe("indexeddb"); // a caller's mistake is not a storage failure
    store.close();
    expect(await rawRecords(indexedDB, "drafts")).toEqual([]);
  });

  it.each(invalid)("rejects %s and stores nothing (memory)", async (_, input) => {
    const store = memoryStore(null);
    await expect(store.saveDraft(input as Input)).rejects.toThrow(InvalidDraftError);
    expect(await store.getDraft()).toBeNull();
  });

  it("keeps the previous draft when a new one is rejected", async () => {
    const store = await openStore({ name: DB, indexedDB: new IDBFactory() });
    await store.saveDraft(sampleDraft);
    await expect(store.saveDraft(draft({ indicators: ["Jane Smith"] }))).rejects.toThrow(InvalidDraftError);
    expect(await store.getDraft()).toMatchObject(sampleDraft);
    store.close();
  });

  it("never quotes the rejected value in the error message", async () => {
    const store = memoryStore(null);
    const error = await store
      .saveDraft(draft({ indicators: ["Jane Smith lives at 4 Acacia Road"] }))
      .catch((e) => e);
    expect(error).toBeInstanceOf(InvalidDraftError);
    expect(error.message).toMatch(/indicators\[0\]/);
    expect(error.message).not.toMatch(/Jane|Acacia/);
  });

  it.each(["unborn", "0", "9", "17", "6m", "18m", "0m"])("accepts the age band %j", async (ageBand) => {
    const store = memoryStore(null);
    await store.saveDraft(draft({ ageBand }));
    expect((await store.getDraft())!.ageBand).toBe(ageBand);
  });

  it("accepts the limits: 500 ids of 80 characters", async () => {
    const store = await openStore({ name: DB, indexedDB: new IDBFactory() });
    const ids = many(500).map((id) => id.padEnd(80, "x"));
    await store.saveDraft(draft({ indicators: ids }));
    expect((await store.getDraft())!.indicators).toHaveLength(500);
    store.close();
  });

  it("accepts a minimal draft and drops optional fields given as undefined", async () => {
    const store = memoryStore(null);
    await store.saveDraft({ indicators: [], graded: {}, area: undefined });
    expect(Object.keys((await store.getDraft())!).sort()).toEqual(["graded", "indicators", "updatedAt"]);
  });
});

describe("saveSettings validation", () => {
  it.each([
    ["a name as the area", { area: "Jane Smith" }],
    ["an extra field", { area: "blackpool", note: "call back" }],
    ["a number", { district: 3 }],
    ["not an object", "blackpool"],
  ])("rejects %s and keeps the previous settings", async (_, input) => {
    const store = await openStore({ name: DB, indexedDB: new IDBFactory() });
    await store.saveSettings({ area: "lancashire" });
    await expect(store.saveSettings(input as never)).rejects.toThrow(InvalidSettingsError);
    expect(await store.getSettings()).toEqual({ area: "lancashire" });
    store.close();
  });
});
