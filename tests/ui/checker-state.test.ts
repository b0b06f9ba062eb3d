import { checkerReducer, draftOf, EMPTY_STATE, stateFromDraft } from "@right-help/ui";
import { describe, expect, it } from "vitest";
import { pack } from "./render.tsx";

describe("checker state", () => {
  it("toggles ids, answers gradings, and clears the district with the area", () => {
    let s = checkerReducer(EMPTY_STATE, { type: "toggle", id: "l3-neglect", on: true });
    s = checkerReducer(s, { type: "toggle", id: "l3-neglect", on: true });
    expect(s.indicators).toEqual(["l3-neglect"]);
    s = checkerReducer(s, { type: "graded", factor: "neglect-grading", option: "x" });
    s = checkerReducer(s, { type: "graded", factor: "neglect-grading", option: undefined });
    expect(s.graded).toEqual({});
    s = checkerReducer(s, { type: "place", area: "lancashire", district: "preston" });
    s = checkerReducer(s, { type: "place", area: undefined, district: "preston" });
    expect([s.area, s.district]).toEqual([undefined, undefined]);
  });

  it("keeps what the practitioner did when a saved draft arrives late", () => {
    const now = { ...EMPTY_STATE, indicators: ["l3-neglect"], area: "blackpool" };
    const saved = {
      ...EMPTY_STATE,
      indicators: ["l2-limited-diet"],
      area: "lancashire",
      district: "preston",
      ageBand: "7",
    };
    expect(checkerReducer(now, { type: "restore", state: saved })).toEqual({
      ...EMPTY_STATE,
      indicators: ["l2-limited-diet", "l3-neglect"],
      area: "blackpool",
      district: undefined,
      ageBand: "7",
    });
  });

  it("reads a draft from an older pack without passing unknown ids on", () => {
    const { state, dropped } = stateFromDraft(pack, {
      indicators: ["l3-neglect", "gone-from-the-pack"],
      graded: { "neglect-grading": "not-an-option" },
      area: "lancashire",
      district: "not-a-district",
      ageBand: "99",
    });
    expect(state).toEqual({ ...EMPTY_STATE, indicators: ["l3-neglect"], area: "lancashire" });
    expect(dropped).toBe(2);
  });

  it("makes drafts of ids, answers, place, age and flags only", () => {
    const draft = draftOf({ ...EMPTY_STATE, indicators: ["l3-neglect"], area: "blackpool", ageBand: "9m" });
    expect(Object.keys(draft).sort()).toEqual([
      "ageBand",
      "area",
      "ehaInPlace",
      "graded",
      "immediateDanger",
      "indicators",
    ]);
  });
});
