/** @right-help/core: the content-pack schema, loading, and the indicators-and-rules engine. */
export * from "./schema/index.ts";
export {
  loadContent,
  loadPackJson,
  MAX_PROBLEMS,
  problemCount,
  type LoadResult,
  type SourceFile,
} from "./pack/load.ts";
export { formatProblem, type Problem } from "./pack/problem.ts";
export { isUkPhone, toE164 } from "./phone.ts";
export {
  Matcher,
  MAX_TEXT_LENGTH,
  TextTooLongError,
  type Analysis,
  type Because,
  type ContextKind,
  type DangerNow,
  type Evidence,
  type MatchOptions,
  type Role,
  type Suggestion,
} from "./match/match.ts";
export {
  assess,
  appliesToArea,
  UnknownInputError,
  type AssessInput,
  type Assessment,
  type Reason,
  type Prompt,
} from "./assess/assess.ts";
export { bandsFor } from "./assess/area-bands.ts";
export { appliesToAge, describeAge, parseAge, NON_MOBILE_UNDER_MONTHS, type Age } from "./assess/age.ts";
export { consentGuidance, type ConsentGuidance } from "./consent/consent.ts";
export {
  routeContacts,
  NOW_LIMIT,
  UnknownPlaceError,
  type RoutedContact,
  type Routing,
  type RouteRequest,
} from "./contacts/route.ts";
export { immediateDangerFor, type ImmediateDangerRoute } from "./contacts/immediate-danger.ts";
export { rolesFor } from "./contacts/needs.ts";
export { londonTime, openNow, inOfficeHours, parseIsoTime } from "./contacts/clock.ts";
export { recordNote, NOTE_LIMIT, type NoteContext } from "./summary/record-note.ts";
