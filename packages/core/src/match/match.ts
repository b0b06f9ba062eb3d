import { appliesToAge, type Age } from "../assess/age.ts";
import { setAppliesIn } from "../assess/assess.ts";
import type { Indicator } from "../schema/indicator.ts";
import type { ConceptRule, ContextModifier, DangerNowRule } from "../schema/matching.ts";
import type { Pack } from "../schema/pack.ts";
import { ConceptNumbers, ConceptRules, conceptHits, type ConceptHits } from "./concept-rules.ts";
import {
  ContextRules,
  contextOf,
  isOtherPerson,
  roleOf,
  subjectAt,
  type ContextKind,
  type MentionContext,
  type Role,
  type TextContext,
} from "./context.ts";
import { CueIndex, type CueEntry, type Hits } from "./cue-index.ts";
import { MAX_TEXT_LENGTH, TextTooLongError } from "./limits.ts";
import { tokenise, type Tokens } from "./tokenise.ts";

export { MAX_TEXT_LENGTH, TextTooLongError };
/** Token arrays kept between texts up to this many tokens (20 bytes each): a 1 MB note has ~200k. */
const KEEP_TOKENS = 1 << 19;
/** Evidence kept per suggestion: enough to show, bounded for huge pages. */
const MAX_EVIDENCE = 10;

export type { ContextKind, Role };

/** Why a mention was suggested: a cue phrase, or a concept rule with the words that fired it. */
export type Because =
  { kind: "cue"; cue: string } | { kind: "rule"; rule: string; explanation: string; words: string[] };

export interface Evidence {
  /** The words of the text that matched, exactly as written. */
  quote: string;
  /** UTF-16 offsets into the text: text.slice(start, end) === quote. */
  start: number;
  end: number;
  /** Why it is not counted (negated, hypothetical, historical, about someone else), or null. */
  context: ContextKind | null;
  /** The words that set the context, exactly as written, or null. */
  contextWords: string | null;
  /** Kept for older callers: the same as `context === "negated"`. */
  negated: boolean;
  /** Whom the sentence names before the words (mother, partner, child …), or null. */
  subject: Role | null;
  /** The cue (or rule) that matched. */
  cue: string;
  because: Because;
}

export interface Suggestion {
  indicator: Indicator;
  /** True when some mention counts; false when every one is negated, hypothetical, etc. */
  counted: boolean;
  /** Null when counted; otherwise the context of the first mention. */
  context: ContextKind | null;
  /** Kept for older callers: true when every mention is negated. */
  negated: boolean;
  /** Mentions found (counted first), at most 10 kept. */
  evidence: Evidence[];
  mentions: number;
}

/** "Is the child in immediate danger now?": a suggestion to confirm, never the flag itself. */
export interface DangerNow {
  suggested: boolean;
  evidence: { quote: string; start: number; end: number; rule: string; explanation: string }[];
}

export interface Analysis {
  suggestions: Suggestion[];
  dangerNow: DangerNow;
}

/** What the matcher may know of the child: their age and area narrow what is suggested. */
export interface MatchOptions {
  age?: Age;
  area?: string;
}

/** Cues, concepts, context and rules of a pack, built once and reused for every text. */
export class Matcher {
  private readonly index: CueIndex;
  private readonly context: ContextRules;
  private readonly targets: Map<string, Target>;
  /** The same, by `Target.no` (a cue of an indicator holds its number as `ref`). */
  private readonly byNo: Target[];
  /** The areas of each set (by `Target.set`); undefined: every area. */
  private readonly setAreas: (readonly string[] | undefined)[];
  private readonly rules: ConceptRules<ConceptRule>;
  private readonly dangerRules: ConceptRules<DangerNowRule>;
  /** By concept number: is a historical mention of the concept kept? */
  private readonly keepHistorical: boolean[];
  /** By concept number: is a hypothetical mention of the concept kept? */
  private readonly keepHypothetical: boolean[];
  /** The last text's token arrays, written over by the next (see `tokenise`). */
  private spare: Tokens | undefined;

  constructor(pack: Pick<Pack, "indicators" | "indicatorSets"> & Partial<Pack>) {
    const areas = new Map(pack.indicatorSets.map((s) => [s.id, s.areas]));
    const sets = [...new Set(pack.indicators.map((i) => i.set))];
    this.setAreas = sets.map((id) => areas.get(id));
    const byId = new Map(pack.indicators.map((i) => [i.id, i]));
    this.byNo = [...byId.values()].map((ind, no) => targetOf(ind, no, sets.indexOf(ind.set)));
    this.targets = new Map(this.byNo.map((target) => [target.indicator.id, target]));
    const concepts = new ConceptNumbers();
    this.index = new CueIndex([
      ...indicatorCues(pack.indicators, this.targets),
      ...lexiconCues(pack, this.targets),
      ...conceptCues(pack, concepts),
    ]);
    this.context = new ContextRules(
      this.index.vocab,
      [...(pack.contextModifiers ?? []), ...pastYears(new Date().getFullYear())],
      pack.people ?? [],
      pack.reportingWords ?? [],
    );
    this.keepHistorical = [];
    this.keepHypothetical = [];
    for (const c of pack.concepts ?? []) {
      if (c.keepHistorical) this.keepHistorical[concepts.of(c.id)] = true;
      if (c.keepHypothetical) this.keepHypothetical[concepts.of(c.id)] = true;
    }
    this.rules = new ConceptRules(pack.conceptRules ?? [], concepts);
    this.dangerRules = new ConceptRules(pack.dangerNowRules ?? [], concepts);
  }

  static forPack(pack: Pack): Matcher {
    return new Matcher(pack);
  }

  /** Suggestions for a text, in order of first mention (see `analyse`). */
  match(text: string, options: MatchOptions = {}): Suggestion[] {
    return this.analyse(text, options).suggestions;
  }

  /**
   * Suggestions for a text, in order of first mention, and whether its words suggest danger now.
   * Never selects anything: the caller shows them for a practitioner to confirm. Throws
   * TextTooLongError past the cap. One tokenising pass; every later step is linear in the tokens.
   */
  analyse(text: string, options: MatchOptions = {}): Analysis {
    if (text.length > MAX_TEXT_LENGTH) throw new TextTooLongError(text.length);
    const t = tokenise(text, this.index.vocab, false, this.spare);
    // Kept for the next text unless huge (a page of one-letter words): never read again.
    this.spare = t.ids.length <= KEEP_TOKENS ? t : undefined;
    const ctx = this.context.read(t);

    // Every cue and concept occurrence, in order of the token it starts at.
    const hits = this.index.collect(t);
    // Indicators of sets that do not apply in the child's area are never suggested (by set number).
    const applies = this.setAreas.map((areas) => setAppliesIn(areas, options.area));

    // Each step has its own function: a long note keeps V8 in a loop long enough to compile it in
    // mid-run (on-stack replacement), and that code is reused for every later note. While the hit
    // loop shared `analyse` with the steps after it, they were compiled along with it, and an
    // array shape they had not met sent every long note back to the interpreter near its end.
    const { cueHits, concepts } = this.sortHits(t, ctx, hits, options.age, applies);
    const rules = this.ruleMentions(text, t, ctx, concepts, options.age, applies);
    const found = new Suggestions(text, t, ctx);
    this.addInOrder(found, t, ctx, hits, cueHits, rules);
    return {
      suggestions: found.list(),
      dangerNow: this.dangerNow(text, t, ctx, concepts, options),
    };
  }

  /**
   * The cue mentions (their hits' numbers) and the concept words among the hits: a cue of an
   * indicator another covers, or of a set that does not apply, is no mention; a concept word
   * with a context is none (unless its history counts). Both are many (~15,000 and ~20,000 a
   * 1 MB note): typed arrays, not an object each.
   */
  private sortHits(
    t: Tokens,
    ctx: TextContext,
    hits: Hits,
    age: Age | undefined,
    applies: readonly boolean[],
  ): { cueHits: Int32Array; concepts: ConceptHits } {
    const cueHits = new Int32Array(hits.count);
    let cueCount = 0;
    const concepts = conceptHits(hits.count);
    for (let h = 0; h < hits.count; h++) {
      const cue = hits.cues[hits.cue[h]!]!;
      const from = hits.from[h]!;
      const to = hits.to[h]!;
      if (cue.ages && age && !appliesToAge(cue.ages, age)) continue;
      if (cue.concept) {
        const own = contextOf(t, ctx, from, to);
        const kept =
          !own ||
          (own.kind === "historical" && this.keepHistorical[cue.ref] === true) ||
          (own.kind === "hypothetical" && this.keepHypothetical[cue.ref] === true);
        if (kept) {
          const k = concepts.count++;
          concepts.concept[k] = cue.ref;
          concepts.from[k] = from;
          concepts.to[k] = to;
        }
        continue;
      }
      if (isCovered(hits, h)) continue;
      if (applies[this.byNo[cue.ref]!.set]) cueHits[cueCount++] = h;
    }
    return { cueHits: cueHits.subarray(0, cueCount), concepts };
  }

  /** The mentions the concept rules make of the concept words, in `byStart` order. */
  private ruleMentions(
    text: string,
    t: Tokens,
    ctx: TextContext,
    concepts: ConceptHits,
    age: Age | undefined,
    applies: readonly boolean[],
  ): Mention[] {
    // Concept words are already in text order (hits are collected token by token).
    const mentions: Mention[] = [];
    for (const { rule, hits: words } of this.rules.fire(t, ctx, concepts, age)) {
      const because: Because = {
        kind: "rule",
        rule: rule.id,
        explanation: rule.explanation,
        words: words.map((w) => text.slice(t.start[w.from]!, t.end[w.to - 1]!)),
      };
      const from = Math.min(...words.map((w) => w.from));
      const to = Math.max(...words.map((w) => w.to));
      for (const id of rule.indicators) {
        const ind = this.targets.get(id);
        if (ind && applies[ind.set]) mentions.push({ ind, from, to, because, own: null });
      }
    }
    return mentions.sort(byStart);
  }

  /**
   * Cue and rule mentions added in order of start, the longest first; a cue mention before a
   * rule mention over the same words.
   */
  private addInOrder(
    found: Suggestions,
    t: Tokens,
    ctx: TextContext,
    hits: Hits,
    cueHits: Int32Array,
    mentions: readonly Mention[],
  ): void {
    let r = 0;
    for (const h of cueOrder(hits, cueHits)) {
      const from = hits.from[h]!;
      const to = hits.to[h]!;
      for (; r < mentions.length && byStart(mentions[r]!, { from, to }) < 0; r++) {
        const m = mentions[r]!;
        found.add(m.ind, m.from, m.to, m.because, m.own);
      }
      const cue = hits.cues[hits.cue[h]!]!;
      const ind = this.byNo[cue.ref]!;
      const own = contextOf(t, ctx, from, to);
      found.add(ind, from, to, cue.because, own?.kind === "historical" && ind.keepHistorical ? null : own);
    }
    for (; r < mentions.length; r++) {
      const m = mentions[r]!;
      found.add(m.ind, m.from, m.to, m.because, m.own);
    }
  }

  private dangerNow(
    text: string,
    t: Tokens,
    ctx: TextContext,
    concepts: ConceptHits,
    o: MatchOptions,
  ): DangerNow {
    const evidence = this.dangerRules.fire(t, ctx, concepts, o.age).map(({ rule, hits }) => {
      const start = t.start[hits[0]!.from]!;
      const end = t.end[Math.max(...hits.map((h) => h.to)) - 1]!;
      return { quote: text.slice(start, end), start, end, rule: rule.id, explanation: rule.explanation };
    });
    return { suggested: evidence.length > 0, evidence: evidence.slice(0, MAX_EVIDENCE) };
  }
}

/**
 * Years before this one mark what they qualify as past ("on a CP plan in 2019", "2020-21"):
 * generated, as the current year moves on. This year and later are not past, and "since 2019"
 * is still going on.
 */
function pastYears(thisYear: number): ContextModifier[] {
  const years = Array.from({ length: thisYear - 1990 }, (_, i) => String(1990 + i));
  return [
    { id: "since-a-year", kind: "pseudo", direction: "forward", phrases: years.map((y) => `since ${y}`) },
    { id: "past-years", kind: "historical", direction: "both", window: 8, phrases: years },
  ];
}

/** Mentions in order of start, the longest first. */
function byStart(a: { from: number; to: number }, b: { from: number; to: number }): number {
  return a.from - b.from || b.to - a.to;
}

/**
 * An indicator as the matcher reads it for each of its mentions, in one object shape for all:
 * the pack's indicators come in many (their optional fields vary), and V8 reads a field of an
 * object of many shapes by a slow, generic lookup.
 */
interface Target {
  indicator: Indicator;
  /** Its number among the pack's indicators. */
  no: number;
  /** Its set's number (see `Matcher.setAreas`). */
  set: number;
  subject: Indicator["subject"];
  /** About one person (the child, a parent, or either: "family"): whose the words are matters. */
  about: boolean;
  keepHistorical: boolean;
}

function targetOf(ind: Indicator, no: number, set: number): Target {
  const subject = ind.subject;
  // Whose the words are matters for indicators about one person (or the child and a parent).
  const about = subject !== undefined && subject !== "household";
  return { indicator: ind, no, set, subject, about, keepHistorical: ind.keepHistorical === true };
}

/** The suggestions of one text as its mentions are added (in text order). */
class Suggestions {
  /** Each indicator's, by `Target.no`. */
  private readonly byNo: (Found | undefined)[] = [];
  /** The same, in order of first mention. */
  private readonly firstFound: Found[] = [];

  constructor(
    private readonly text: string,
    private readonly t: Tokens,
    private readonly ctx: TextContext,
  ) {}

  add(ind: Target, from: number, to: number, because: Because, own: MentionContext | null): void {
    const { text, t, ctx } = this;
    let entry = this.byNo[ind.no];
    if (!entry) {
      const s: Suggestion = {
        indicator: ind.indicator,
        counted: false,
        context: null,
        negated: true,
        evidence: [],
        mentions: 0,
      };
      this.firstFound.push((this.byNo[ind.no] = entry = { s, lastEnd: -1, uncounted: 0 }));
    }
    const s = entry.s;
    const start = t.start[from]!;
    const end = t.end[to - 1]!;
    // The same indicator found again over an overlapping span is one mention.
    if (start < entry.lastEnd) return;
    entry.lastEnd = end;
    // Whose the words are matters only for indicators about one person, and for evidence kept.
    let person = ind.about ? subjectAt(t, ctx, from) : -1;
    let context = own;
    // A person the cue itself begins with ("dad punched") is the one its author meant.
    if (!context && ind.about && because.kind === "cue" && person >= 0 && ctx.people.from[person]! < from) {
      if (isOtherPerson(ind.subject, roleOf(t, ctx, person)))
        context = { kind: "other-person", from: ctx.people.from[person]!, to: ctx.people.to[person]! };
    }
    s.mentions++;
    s.negated &&= context?.kind === "negated";
    s.counted ||= context === null;
    if (!roomFor(entry, context === null)) return;
    if (!ind.about) person = subjectAt(t, ctx, from);
    keepEvidence(entry, {
      quote: text.slice(start, end),
      start,
      end,
      context: context?.kind ?? null,
      contextWords: context ? text.slice(t.start[context.from]!, t.end[context.to - 1]!) : null,
      negated: context?.kind === "negated",
      subject: person < 0 ? null : roleOf(t, ctx, person),
      cue: because.kind === "cue" ? because.cue : because.rule,
      because,
    });
  }

  /** The suggestions in order of first mention, each one's counted evidence first. */
  list(): Suggestion[] {
    const out = this.firstFound.map((f) => f.s);
    for (const s of out) {
      s.evidence.sort((a, b) => Number(a.context !== null) - Number(b.context !== null) || a.start - b.start);
      s.context = s.counted ? null : s.evidence[0]!.context;
    }
    return out.sort((a, b) => firstStart(a) - firstStart(b));
  }
}

/** An indicator's suggestion while a text is read, and where its last mention ended. */
interface Found {
  s: Suggestion;
  lastEnd: number;
  /** How many of its evidence are not counted (have a context). */
  uncounted: number;
}

/**
 * The cue mentions (their hits' numbers) in `byStart` order. They are in order of start already:
 * only each run with the same start needs sorting, longest first, ties kept in place (as a stable
 * sort would).
 */
function cueOrder(hits: Hits, cueHits: Int32Array): Int32Array {
  const { from, to } = hits;
  const order = new Int32Array(cueHits.length);
  for (let i = 0; i < cueHits.length; i++) {
    const c = cueHits[i]!;
    let k = i;
    // Insertion into the run so far: runs are a few mentions long.
    while (k > 0 && from[order[k - 1]!] === from[c] && to[order[k - 1]!]! < to[c]!) {
      order[k] = order[k - 1]!;
      k--;
    }
    order[k] = c;
  }
  return order;
}

interface Mention {
  ind: Target;
  from: number;
  to: number;
  because: Because;
  /** Its negated / hypothetical / historical context, or null. */
  own: MentionContext | null;
}

/** The cue phrases of each indicator, and its own text when short enough to be written as is. */
function indicatorCues(indicators: readonly Indicator[], targets: Map<string, Target>): CueEntry[] {
  return indicators.flatMap((ind) => {
    const phrases = [...(ind.cues ?? [])];
    if (ind.text.split(/\s+/).length <= 4) phrases.push(ind.text);
    const base = { key: ind.id, ref: targets.get(ind.id)!.no, concept: false, level: ind.level ?? 0 };
    return [
      { ...base, phrases },
      ...(ind.ageCues ?? []).map((a) => ({ ...base, phrases: a.cues, ages: a.ages })),
    ];
  });
}

/** Lexicon cues: more phrases for an indicator, at any age (unknown indicators are left out). */
function lexiconCues(pack: Partial<Pack>, targets: Map<string, Target>): CueEntry[] {
  return (pack.lexiconCues ?? []).flatMap(({ indicator, phrases }) => {
    const target = targets.get(indicator);
    if (!target) return [];
    const ind = target.indicator;
    return [{ key: ind.id, ref: target.no, concept: false, level: ind.level ?? 0, phrases }];
  });
}

function conceptCues(pack: Partial<Pack>, concepts: ConceptNumbers): CueEntry[] {
  return (pack.concepts ?? []).map((c) => ({
    key: c.id,
    ref: concepts.of(c.id),
    concept: true,
    level: -1,
    phrases: c.phrases,
  }));
}

/** Would a mention be kept as evidence? While there is room, or counted in place of an uncounted one. */
function roomFor(f: Found, counted: boolean): boolean {
  return f.s.evidence.length < MAX_EVIDENCE || (counted && f.uncounted > 0);
}

/** Counted mentions first; at most MAX_EVIDENCE kept, dropping an uncounted one to make room. */
function keepEvidence(f: Found, e: Evidence): void {
  const evidence = f.s.evidence;
  if (evidence.length < MAX_EVIDENCE) {
    evidence.push(e);
    if (e.context !== null) f.uncounted++;
    return;
  }
  if (e.context !== null) return;
  const drop = evidence.findIndex((x) => x.context !== null);
  if (drop >= 0) {
    evidence.splice(drop, 1, e);
    f.uncounted--;
  }
}

/**
 * A cue inside a longer cue of another indicator gives way to it: "high risk domestic abuse"
 * is the level 4 indicator, not also the level 2 "domestic abuse" one. Only an indicator of the
 * same or a higher level may cover: a lower level never hides a higher one. Hits are in order of
 * their first token, so only neighbours within the widest hit's reach need looking at.
 */
function isCovered(hits: Hits, h: number): boolean {
  const from = hits.from[h]!;
  // Earlier hits, back to where the widest hit of this text could still cover it, then the
  // later hits starting at the same token.
  for (let j = h - 1; j >= 0 && from - hits.from[j]! < hits.reach; j--) if (covers(hits, j, h)) return true;
  for (let j = h + 1; j < hits.count && hits.from[j] === from; j++) if (covers(hits, j, h)) return true;
  return false;
}

/** Does hit `j` cover hit `h` (see `isCovered`)? */
function covers(hits: Hits, j: number, h: number): boolean {
  // The spans first: most neighbours do not reach over the hit, and are known so without their cues.
  if (hits.from[j]! > hits.from[h]! || hits.to[j]! < hits.to[h]!) return false;
  const other = hits.cues[hits.cue[j]!]!;
  const own = hits.cues[hits.cue[h]!]!;
  return !other.concept && other.key !== own.key && other.level >= own.level && other.length > own.length;
}

function firstStart(s: Suggestion): number {
  return Math.min(...s.evidence.map((e) => e.start));
}
