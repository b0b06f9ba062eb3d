import { assess, type Assessment, type Pack } from "@right-help/core";
import { ageOf } from "./ages.ts";

/**
 * What the practitioner has chosen: ids, answers, place, age and two flags. Exactly what a
 * draft may hold; the text that was checked is never part of it.
 */
export interface CheckerState {
  indicators: string[];
  graded: Record<string, string>;
  area?: string;
  district?: string;
  ageBand?: string;
  ehaInPlace: boolean;
  immediateDanger: boolean;
}

export const EMPTY_STATE: CheckerState = {
  indicators: [],
  graded: {},
  ehaInPlace: false,
  immediateDanger: false,
};

export type CheckerAction =
  | { type: "toggle"; id: string; on: boolean }
  | { type: "graded"; factor: string; option: string | undefined }
  | { type: "place"; area: string | undefined; district: string | undefined }
  | { type: "age"; ageBand: string | undefined }
  | { type: "eha"; on: boolean }
  | { type: "danger"; on: boolean }
  | { type: "reset"; state: CheckerState }
  /** A saved draft arrived after the practitioner started: keep what they did, add the draft. */
  | { type: "restore"; state: CheckerState };

export function checkerReducer(state: CheckerState, action: CheckerAction): CheckerState {
  switch (action.type) {
    case "toggle": {
      const has = state.indicators.includes(action.id);
      if (action.on === has) return state;
      const indicators = action.on
        ? [...state.indicators, action.id]
        : state.indicators.filter((id) => id !== action.id);
      return { ...state, indicators };
    }
    case "graded": {
      const graded = { ...state.graded };
      if (action.option === undefined) delete graded[action.factor];
      else graded[action.factor] = action.option;
      return { ...state, graded };
    }
    case "place":
      return { ...state, area: action.area, district: action.area ? action.district : undefined };
    case "age":
      return { ...state, ageBand: action.ageBand };
    case "eha":
      return { ...state, ehaInPlace: action.on };
    case "danger":
      return { ...state, immediateDanger: action.on };
    case "reset":
      return action.state;
    case "restore": {
      const saved = action.state;
      const area = state.area ?? saved.area;
      return {
        indicators: [...new Set([...saved.indicators, ...state.indicators])],
        graded: { ...saved.graded, ...state.graded },
        area,
        district: state.area ? state.district : saved.district,
        ageBand: state.ageBand ?? saved.ageBand,
        ehaInPlace: state.ehaInPlace || saved.ehaInPlace,
        immediateDanger: state.immediateDanger || saved.immediateDanger,
      };
    }
  }
}

/** A draft-shaped object (from storage, or an older pack) cut down to what this pack knows. */
export interface DraftLike {
  indicators?: readonly string[];
  graded?: Readonly<Record<string, string>>;
  area?: string;
  district?: string;
  ageBand?: string;
  ehaInPlace?: boolean;
  immediateDanger?: boolean;
}

export function stateFromDraft(pack: Pack, draft: DraftLike): { state: CheckerState; dropped: number } {
  const known = new Set(pack.indicators.map((i) => i.id));
  const indicators = [...new Set(draft.indicators ?? [])].filter((id) => known.has(id));
  const graded: Record<string, string> = {};
  for (const [factor, option] of Object.entries(draft.graded ?? {})) {
    const f = pack.gradedFactors.find((g) => g.id === factor);
    if (f?.options.some((o) => o.id === option)) graded[factor] = option;
  }
  const place = placeOf(pack, draft.area, draft.district);
  const dropped =
    (draft.indicators?.length ?? 0) -
    indicators.length +
    Object.keys(draft.graded ?? {}).length -
    Object.keys(graded).length;
  return {
    state: {
      indicators,
      graded,
      ...place,
      ageBand: ageOf(draft.ageBand) ? draft.ageBand : undefined,
      ehaInPlace: draft.ehaInPlace === true,
      immediateDanger: draft.immediateDanger === true,
    },
    dropped,
  };
}

/** An area and district this pack holds, or nothing (never an unknown id passed on). */
export function placeOf(
  pack: Pack,
  area: string | undefined,
  district: string | undefined,
): { area?: string; district?: string } {
  const a = pack.areas.find((x) => x.id === area);
  if (!a) return {};
  return a.districts.some((d) => d.id === district) ? { area: a.id, district } : { area: a.id };
}

/** The draft to save: the state without undefined fields (the store accepts only ids and flags). */
export function draftOf(
  state: CheckerState,
): DraftLike & { indicators: string[]; graded: Record<string, string> } {
  const draft: DraftLike & { indicators: string[]; graded: Record<string, string> } = {
    indicators: [...state.indicators],
    graded: { ...state.graded },
    ehaInPlace: state.ehaInPlace,
    immediateDanger: state.immediateDanger,
  };
  if (state.area) draft.area = state.area;
  if (state.district) draft.district = state.district;
  if (state.ageBand) draft.ageBand = state.ageBand;
  return draft;
}

export function assessmentOf(pack: Pack, state: CheckerState, at: Date): Assessment {
  return assess(pack, {
    indicators: state.indicators,
    graded: state.graded,
    age: ageOf(state.ageBand),
    area: state.area,
    district: state.district,
    earlyHelpAssessmentInPlace: state.ehaInPlace,
    immediateDanger: state.immediateDanger,
    at,
  });
}

/** True when the practitioner has chosen nothing yet (a draft is not worth keeping). */
export function isEmpty(state: CheckerState): boolean {
  return (
    state.indicators.length === 0 &&
    Object.keys(state.graded).length === 0 &&
    !state.ageBand &&
    !state.ehaInPlace &&
    !state.immediateDanger
  );
}
