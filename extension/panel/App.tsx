import { Matcher, routeContacts, TextTooLongError, type Analysis, type Pack } from "@right-help/core";
import {
  ActNowInPlace,
  ChildDetails,
  ageOf,
  AreaPicker,
  assessmentOf,
  checkerReducer,
  ContactsList,
  CopyNote,
  EMPTY_STATE,
  foundWords,
  GradedQuestions,
  Help,
  ImmediateDanger,
  IndicatorBrowser,
  InterruptionPanel,
  LevelPrompt,
  PackContext,
  PasteBox,
  SelectedIndicators,
  Suggestions,
  type CheckerAction,
  type CheckerState,
} from "@right-help/ui";
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "preact/hooks";
import { INITIAL_PANEL, panelReducer, type Checked, type Cleared } from "./panel-state.ts";
import type { PanelHost } from "./host.ts";
import type { PanelStore } from "./panel-store.ts";
import { NO_POLICY, parsePolicy, type OrgPolicy } from "../policy.ts";
import { readFailureMessage } from "./read-messages.ts";
import { SectionNav, SECTIONS, type Section } from "./SectionNav.tsx";
import { useNow } from "@right-help/ui";
import { usePersistence } from "./use-persistence.ts";

export interface AppProps {
  pack: Pack;
  /** Null until the store has opened (the panel works in memory meanwhile). */
  store: PanelStore | null;
  host: PanelHost;
}

const SOURCE_WORDS: Record<Checked["source"], string> = {
  selection: "the text you selected",
  page: "this page",
  paste: "the pasted text",
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What Clear all took away, in words ("2 ticked items, the area and the age"). */
function clearedWords(s: CheckerState, hadText: boolean): string {
  const parts: string[] = [];
  const ticked = s.indicators.length + Object.keys(s.graded).length;
  if (ticked) parts.push(plural(ticked, "selected item"));
  if (s.area) parts.push("the area");
  if (s.ageBand) parts.push("the age");
  if (s.ehaInPlace || s.immediateDanger) parts.push("the flags");
  if (hadText) parts.push("the checked text");
  if (parts.length === 0) return "";
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}

export function App({ pack, store, host }: AppProps) {
  const now = useNow();
  // The matcher (a trie of some 9,000 cues) is not needed for the first screen: it is built when
  // the browser is idle after it, or by the first check if that comes sooner.
  const matcherRef = useRef<{ pack: Pack; matcher: Matcher } | null>(null);
  const matcherFor = useCallback(() => {
    if (matcherRef.current?.pack !== pack) matcherRef.current = { pack, matcher: Matcher.forPack(pack) };
    return matcherRef.current.matcher;
  }, [pack]);
  useEffect(() => {
    const idle = globalThis.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 200));
    const cancel = globalThis.cancelIdleCallback ?? clearTimeout;
    const id = idle(() => matcherFor(), { timeout: 3000 });
    return () => cancel(id as number);
  }, [matcherFor]);
  const [state, dispatchChecker] = useReducer(checkerReducer, EMPTY_STATE);
  const [ui, dispatchUi] = useReducer(panelReducer, INITIAL_PANEL);
  // A draft restored on opening (or an Undo) is not the practitioner ticking a Level 4 item now:
  // it shows the alert's content in place instead of interrupting.
  const restoring = useRef(false);
  const dispatch = useCallback((a: CheckerAction) => {
    if (a.type === "restore") restoring.current = true;
    dispatchChecker(a);
  }, []);
  const persistence = usePersistence(store, pack, state, dispatch);
  const [shortcut, setShortcut] = useState<string | undefined>();
  const [opened, setOpenedSet] = useState<ReadonlySet<string>>(new Set());
  const setOpened = (part: string) => setOpenedSet((s) => (s.has(part) ? s : new Set([...s, part])));
  const pasteRef = useRef<HTMLTextAreaElement>(null);
  const sectionHeading = useRef<HTMLHeadingElement>(null);
  const clearButton = useRef<HTMLButtonElement>(null);
  const resultsRef = useRef<HTMLElement>(null);
  const focusBeforeInterrupt = useRef<Element | null>(null);
  const previousLevel = useRef<number | null>(null);
  const stateAfterClear = useRef<CheckerState | null>(null);

  const assessment = useMemo(() => assessmentOf(pack, state, now), [pack, state, now]);

  // The organisation's settings: a locked area always; otherwise its area when the practitioner
  // has none (once their draft or remembered area has loaded, and after "Clear all").
  const [policy, setPolicy] = useState<OrgPolicy>(NO_POLICY);
  const [resets, setResets] = useState(0);
  useEffect(() => host.onManagedSettings?.((raw) => setPolicy(parsePolicy(pack, raw))), [host, pack]);
  const stateRef = useRef(state);
  stateRef.current = state;
  useEffect(() => {
    if (policy.locked && (state.area !== policy.area || state.district !== policy.district))
      dispatch({ type: "place", area: policy.area, district: policy.district });
  }, [policy, state.area, state.district]);
  useEffect(() => {
    if (policy.locked || !policy.area || (store && !persistence.loaded)) return;
    if (!stateRef.current.area) dispatch({ type: "place", area: policy.area, district: policy.district });
  }, [policy, store, persistence.loaded, resets]);

  const check = useCallback(
    (source: Checked["source"], text: string, frames = 0) => {
      let analysis: Analysis;
      try {
        const { area, ageBand } = stateRef.current;
        analysis = matcherFor().analyse(text, { area, age: ageOf(ageBand) });
      } catch (error) {
        if (!(error instanceof TextTooLongError)) throw error;
        dispatchUi({ type: "check-failed", text: error.message, focusPaste: false, offerPaste: true });
        return;
      }
      const found = foundWords(analysis);
      dispatchUi({
        type: "checked",
        checked: {
          source,
          text,
          suggestions: analysis.suggestions,
          dangerNow: analysis.dangerNow,
          place: placeKey(stateRef.current),
        },
        text: `Checked ${SOURCE_WORDS[source]} (${plural(text.length, "character")}, not stored). ${found}`,
        extra:
          frames > 0
            ? `This page has ${plural(frames, "embedded frame")}: text inside frames is not read. If the record is in a frame, select its text and use the right-click menu, or paste it.`
            : undefined,
      });
    },
    [matcherFor],
  );

  // A selection from the context menu, now or while the panel stays open.
  const checkRef = useRef(check);
  checkRef.current = check;
  useEffect(
    () =>
      host.onSelection((s) => {
        if ("tooLong" in s) {
          dispatchUi({
            type: "check-failed",
            text: new TextTooLongError(s.tooLong).message,
            focusPaste: false,
            offerPaste: true,
          });
        } else {
          checkRef.current("selection", s.text);
        }
      }),
    [host],
  );

  useEffect(() => {
    void host.shortcut().then(setShortcut);
  }, [host]);

  // Level 4 interrupts each time the prompt becomes Level 4 through something the practitioner did.
  useEffect(() => {
    if (assessment.level === 4 && previousLevel.current !== 4) {
      if (restoring.current) {
        dispatchUi({ type: "level-4", how: "in-place" });
      } else {
        focusBeforeInterrupt.current = document.activeElement;
        dispatchUi({ type: "level-4", how: "modal" });
      }
    }
    if (assessment.level !== 4) dispatchUi({ type: "level-below-4" });
    previousLevel.current = assessment.level;
  }, [assessment.level]);
  useEffect(() => {
    restoring.current = false;
    // The next change after Clear all ends the offer to undo it.
    if (stateAfterClear.current && state !== stateAfterClear.current) {
      stateAfterClear.current = null;
      dispatchUi({ type: "forget-undo" });
    }
  }, [state]);

  // Focus goes where the practitioner's next step is once the control they used has gone (and
  // only once the Level 4 dialog has closed: while it is open the rest of the panel is inert).
  useEffect(() => {
    if (!ui.focus || ui.interrupt === "modal") return;
    const back = focusBeforeInterrupt.current;
    const target =
      ui.focus === "paste"
        ? pasteRef.current
        : ui.focus === "results"
          ? resultsRef.current
          : ui.focus === "clear"
            ? clearButton.current
            : ui.focus === "back" && back instanceof HTMLElement && back.isConnected && back !== document.body
              ? back
              : sectionHeading.current;
    target?.focus();
    dispatchUi({ type: "focused" });
  }, [ui.focus, ui.interrupt, ui.section]);

  const scan = async () => {
    // "Reading this page…" only when the read is slow enough to notice (past 0.1 s, where a wait
    // stops feeling instant): a quick read goes straight to its result, with no render between.
    const busy = setTimeout(() => dispatchUi({ type: "reading" }), 100);
    const reply = await host.scanPage();
    clearTimeout(busy);
    if (reply.ok) {
      check("page", reply.text, reply.frames);
      return;
    }
    dispatchUi({
      type: "check-failed",
      text: `${readFailureMessage(reply.reason, reply.length)} Paste the text into the box below instead.`,
      focusPaste: true,
      offerPaste: true,
    });
  };

  const checkPaste = () => {
    if (ui.paste.trim() === "") {
      dispatchUi({
        type: "check-failed",
        text: "Paste some text into the box first.",
        focusPaste: true,
        offerPaste: false,
      });
      return;
    }
    check("paste", ui.paste);
  };

  /** Forgets everything in the panel; what was there is kept in memory for Undo, if asked. */
  const reset = (keepForUndo: boolean, text: (what: string) => string) => {
    const what = clearedWords(state, ui.checked !== null || ui.paste !== "");
    const undo: Cleared | null =
      keepForUndo && what
        ? {
            checker: state,
            checked: ui.checked,
            status: ui.status,
            offerPaste: ui.offerPaste,
            paste: ui.paste,
            section: ui.section,
            allContacts: ui.allContacts,
            settings: persistence.settings(),
          }
        : null;
    dispatchChecker({ type: "reset", state: EMPTY_STATE });
    stateAfterClear.current = undo ? EMPTY_STATE : null;
    dispatchUi({ type: "cleared", undo, text: text(what) });
    // An organisation's default area applies again after Clear all (policy.ts).
    setResets((n) => n + 1);
  };

  const clearAll = async () => {
    reset(true, (what) =>
      what
        ? `Cleared ${what}: nothing is saved. Undo, after the Clear all button, brings them back.`
        : "Cleared: nothing is saved.",
    );
    await Promise.allSettled([persistence.clearAll(), host.clearSession()]);
  };

  const undoClear = () => {
    const u = ui.undo;
    if (!u) return;
    restoring.current = true;
    stateAfterClear.current = null;
    dispatchChecker({ type: "reset", state: u.checker });
    if (u.settings.area) persistence.rememberPlace(u.settings.area, u.settings.district);
    dispatchUi({
      type: "undone",
      text: `Restored ${clearedWords(u.checker, u.checked !== null || u.paste !== "")}.`,
    });
  };

  const resetRef = useRef(reset);
  resetRef.current = reset;
  useEffect(
    () =>
      host.onCleared(() => {
        resetRef.current(false, () => "Cleared from the options page: nothing is saved.");
        void persistence.clearAll();
      }),
    [host],
  );

  const setPlace = (area: string | undefined, district: string | undefined) => {
    dispatch({ type: "place", area, district });
    persistence.rememberPlace(area, district);
  };

  const changeSection = (next: Section, focus = false) =>
    dispatchUi({ type: "section", section: next, focus });

  // The area and age shape what is suggested (Blackpool's continuum, baby-only cues): when
  // either changes after a check, the checked text is read again for them.
  const shown = useMemo((): Analysis | null => {
    const c = ui.checked;
    if (!c) return null;
    if (c.place === placeKey(state)) return c;
    return matcherFor().analyse(c.text, { area: state.area, age: ageOf(state.ageBand) });
  }, [ui.checked, state.area, state.ageBand, matcherFor]);

  const section = ui.section;
  const contactsLevel = assessment.nothingSelected || ui.allContacts ? undefined : assessment.level;
  const routing = state.area
    ? routeContacts(pack, { area: state.area, district: state.district, at: now, level: contactsLevel })
    : null;
  const selectedCount = state.indicators.length + Object.keys(state.graded).length;
  const title = SECTIONS.find((s) => s.id === section)!.label;
  const toggle = (id: string, on: boolean) => dispatch({ type: "toggle", id, on });
  const status = ui.status;

  return (
    <PackContext.Provider value={pack}>
      <div class="rh-root rh-panel">
        <header>
          <h1>Right Help</h1>
          <ImmediateDanger area={state.area} district={state.district} at={now} />
          <AreaPicker
            area={state.area}
            district={state.district}
            onChange={setPlace}
            lockedNote={
              policy.locked
                ? `Set by ${policy.organisation ?? "your organisation"}: it cannot be changed here.`
                : undefined
            }
          />
          {policy.problems.length > 0 && (
            <div class="rh-notice" data-rh="policy-notice">
              {policy.problems.map((p) => (
                <p key={p}>{p}</p>
              ))}
            </div>
          )}
          {persistence.notice && (
            <div class="rh-notice" data-rh="store-notice">
              <p>
                <strong>Saving is off.</strong> {persistence.notice}
              </p>
            </div>
          )}
        </header>
        <SectionNav current={section} onChange={(s) => changeSection(s)} />
        <p role="status" class="rh-summary-line" data-rh="level-summary">
          {assessment.nothingSelected
            ? "No level prompted yet: nothing is selected. This is not a finding that there is no concern."
            : `Prompted level: Level ${assessment.level}, ${assessment.levelInfo.name} (${plural(selectedCount, "item")} selected).`}
        </p>
        {ui.interrupt === "in-place" && assessment.level === 4 && section !== "level" && (
          <ActNowInPlace assessment={assessment} headingLevel={2}>
            <button type="button" class="rh-button" onClick={() => changeSection("level", true)}>
              Show the full Level 4 prompt
            </button>
          </ActNowInPlace>
        )}
        <main>
          <section id="rh-section" aria-labelledby="rh-section-title" data-section={section}>
            <h2 id="rh-section-title" ref={sectionHeading} tabIndex={-1}>
              {title}
            </h2>
            {section === "check" && (
              <>
                <p>
                  Select text on a page, right-click and choose{" "}
                  <strong>Check selected text with Right Help</strong>; or scan the whole page; or paste text
                  below.
                </p>
                <button type="button" class="rh-button rh-button--secondary" onClick={scan} data-rh="scan">
                  Scan this page
                </button>
                <div role="status" class="rh-status" data-rh="check-status">
                  {status && (
                    <div
                      key={status.seq}
                      class={status.kind === "error" ? "rh-message rh-message--error" : "rh-message"}
                    >
                      <p>{status.text}</p>
                      {status.extra && <p>{status.extra}</p>}
                    </div>
                  )}
                </div>
                <PasteBox
                  value={ui.paste}
                  onInput={(value) => dispatchUi({ type: "paste-input", value })}
                  onCheck={checkPaste}
                  offered={ui.offerPaste}
                  textareaRef={pasteRef}
                />
                {shown && ui.checked && (
                  <Suggestions
                    text={ui.checked.text}
                    suggestions={shown.suggestions}
                    dangerNow={shown.dangerNow}
                    immediateDanger={state.immediateDanger}
                    onConfirmDanger={() => dispatch({ type: "danger", on: true })}
                    selected={state.indicators}
                    onToggle={toggle}
                    headingLevel={3}
                    summaryRef={resultsRef}
                  />
                )}
                <ChildDetails state={state} dispatch={dispatch} headingLevel={3} />
                {/* Rendered once opened (and kept): the browser alone is some 1,500 elements. */}
                <details class="rh-details" onToggle={(e) => e.currentTarget.open && setOpened("grading")}>
                  <summary>Add a grading from an assessment tool</summary>
                  {opened.has("grading") && (
                    <GradedQuestions
                      answers={state.graded}
                      onAnswer={(factor, option) => dispatch({ type: "graded", factor, option })}
                      headingLevel={3}
                    />
                  )}
                </details>
                <details class="rh-details" onToggle={(e) => e.currentTarget.open && setOpened("browser")}>
                  <summary>Browse and search all indicators</summary>
                  {opened.has("browser") && (
                    <IndicatorBrowser
                      selected={state.indicators}
                      onToggle={toggle}
                      headingLevel={3}
                      area={state.area}
                    />
                  )}
                </details>
                <SelectedIndicators selected={state.indicators} onToggle={toggle} headingLevel={3} />
                <button type="button" class="rh-button" onClick={() => changeSection("level", true)}>
                  See the level prompt
                </button>
              </>
            )}
            {section === "level" && (
              <>
                <LevelPrompt assessment={assessment} headingLevel={3} />
                <CopyNote assessment={assessment} age={ageOf(state.ageBand)} at={now} />
              </>
            )}
            {section === "contacts" &&
              (routing ? (
                <ContactsList
                  routing={routing}
                  headingLevel={3}
                  level={contactsLevel}
                  onShowAll={() => dispatchUi({ type: "show-all-contacts" })}
                />
              ) : (
                <p>Choose the child's area at the top of the panel to see its contacts.</p>
              ))}
            {section === "help" && (
              <Help headingLevel={3} shortcut={shortcut} organisation={policy.organisation} />
            )}
          </section>
        </main>
        <footer class="rh-footer">
          {policy.organisation && (
            <p class="rh-hint" data-rh="organisation">
              Settings from {policy.organisation}
            </p>
          )}
          <div role="status" class="rh-hint" data-rh="draft-status">
            {persistence.elsewhere && !ui.draftNote && <p>{persistence.elsewhere}</p>}
            {ui.draftNote ? (
              <p key={ui.draftNote.seq}>{ui.draftNote.text}</p>
            ) : (
              persistence.restoredAt && (
                <p>
                  Restored your draft from{" "}
                  {new Date(persistence.restoredAt).toLocaleTimeString("en-GB", {
                    hour: "2-digit",
                    minute: "2-digit",
                  })}
                  .
                </p>
              )
            )}
          </div>
          <p class="rh-hint">
            A draft keeps only the indicators you ticked, your answers, the area and the age, for 24 hours.
            Never the text.
          </p>
          <button
            type="button"
            class="rh-button rh-button--warning"
            onClick={clearAll}
            ref={clearButton}
            data-rh="clear-all"
          >
            Clear all
          </button>
          {ui.undo && (
            <button type="button" class="rh-button rh-button--secondary" onClick={undoClear} data-rh="undo">
              Undo Clear all
            </button>
          )}
        </footer>
        {ui.interrupt === "modal" && assessment.level === 4 && (
          <InterruptionPanel
            assessment={assessment}
            onClose={(showPrompt) => dispatchUi({ type: "close-interrupt", showPrompt })}
          />
        )}
      </div>
    </PackContext.Provider>
  );
}

/** What the matcher was told of the child: their area and age. */
function placeKey(state: Pick<CheckerState, "area" | "ageBand">): string {
  return `${state.area ?? ""}|${state.ageBand ?? ""}`;
}
