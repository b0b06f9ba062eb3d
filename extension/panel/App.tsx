import { Matcher, routeContacts, TextTooLongError, type Pack, type Suggestion } from "@right-help/core";
import {
  ChildDetails,
  ageOf,
  AreaPicker,
  assessmentOf,
  checkerReducer,
  ContactsList,
  CopyNote,
  EMPTY_STATE,
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
} from "@right-help/ui";
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "preact/hooks";
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

/** Text being looked at: in memory only, gone when the panel closes or "Clear all" is pressed. */
interface Checked {
  source: "selection" | "page" | "paste";
  text: string;
  suggestions: Suggestion[];
}

type Status = { kind: "info" | "error" | "busy"; text: string; extra?: string } | null;

const SOURCE_WORDS: Record<Checked["source"], string> = {
  selection: "the text you selected",
  page: "this page",
  paste: "the pasted text",
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function App({ pack, store, host }: AppProps) {
  const now = useNow();
  const matcher = useMemo(() => Matcher.forPack(pack), [pack]);
  const [state, dispatch] = useReducer(checkerReducer, EMPTY_STATE);
  const persistence = usePersistence(store, pack, state, dispatch);
  const [section, setSection] = useState<Section>("check");
  const [checked, setChecked] = useState<Checked | null>(null);
  const [paste, setPaste] = useState("");
  const [status, setStatus] = useState<Status>(null);
  const [offerPaste, setOfferPaste] = useState(false);
  const [focusPaste, setFocusPaste] = useState(false);
  const [allContacts, setAllContacts] = useState(false);
  const [interrupt, setInterrupt] = useState(false);
  const [shortcut, setShortcut] = useState<string | undefined>();
  const [cleared, setCleared] = useState(false);
  const pasteRef = useRef<HTMLTextAreaElement>(null);
  const sectionHeading = useRef<HTMLHeadingElement>(null);
  const focusBeforeInterrupt = useRef<Element | null>(null);
  const previousLevel = useRef<number | null>(null);

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
      let suggestions: Suggestion[];
      try {
        suggestions = matcher.match(text);
      } catch (error) {
        if (!(error instanceof TextTooLongError)) throw error;
        setChecked(null);
        setStatus({ kind: "error", text: error.message });
        setOfferPaste(true);
        return;
      }
      const counted = suggestions.filter((s) => !s.negated).length;
      const absent = suggestions.length - counted;
      const found =
        suggestions.length === 0
          ? "No indicators were found in this text. This is not a finding that there is no concern."
          : `${plural(counted, "suggestion")} to confirm${absent ? `, ${absent} mentioned as absent` : ""}.`;
      setChecked({ source, text, suggestions });
      setOfferPaste(false);
      setCleared(false);
      setStatus({
        kind: "info",
        text: `Checked ${SOURCE_WORDS[source]} (${plural(text.length, "character")}, not stored). ${found}`,
        extra:
          frames > 0
            ? `This page has ${plural(frames, "embedded frame")}: text inside frames is not read. If the record is in a frame, select its text and use the right-click menu, or paste it.`
            : undefined,
      });
    },
    [matcher],
  );

  // A selection from the context menu, now or while the panel stays open.
  const checkRef = useRef(check);
  checkRef.current = check;
  useEffect(
    () =>
      host.onSelection((s) => {
        setSection("check");
        if ("tooLong" in s) {
          setChecked(null);
          setStatus({ kind: "error", text: new TextTooLongError(s.tooLong).message });
          setOfferPaste(true);
        } else {
          checkRef.current("selection", s.text);
        }
      }),
    [host],
  );

  useEffect(() => {
    void host.shortcut().then(setShortcut);
  }, [host]);

  useEffect(() => {
    if (!focusPaste) return;
    pasteRef.current?.focus();
    setFocusPaste(false);
  }, [focusPaste]);

  // Level 4 interrupts each time the prompt becomes Level 4.
  useEffect(() => {
    if (assessment.level === 4 && previousLevel.current !== 4) {
      focusBeforeInterrupt.current = document.activeElement;
      setInterrupt(true);
    }
    if (assessment.level !== 4) setInterrupt(false);
    previousLevel.current = assessment.level;
  }, [assessment.level]);

  const scan = async () => {
    setStatus({ kind: "busy", text: "Reading this page…" });
    const reply = await host.scanPage();
    if (reply.ok) {
      check("page", reply.text, reply.frames);
      return;
    }
    // Whatever was shown before is not this page's result: never leave it looking like one.
    setChecked(null);
    setStatus({
      kind: "error",
      text: `${readFailureMessage(reply.reason, reply.length)} Paste the text into the box below instead.`,
    });
    setOfferPaste(true);
    setFocusPaste(true);
  };

  const checkPaste = () => {
    if (paste.trim() === "") {
      setStatus({ kind: "error", text: "Paste some text into the box first." });
      setFocusPaste(true);
      return;
    }
    check("paste", paste);
  };

  const reset = () => {
    dispatch({ type: "reset", state: EMPTY_STATE });
    setChecked(null);
    setPaste("");
    setStatus(null);
    setOfferPaste(false);
    setAllContacts(false);
    setCleared(true);
    setResets((n) => n + 1);
  };

  const clearAll = async () => {
    reset();
    await Promise.allSettled([persistence.clearAll(), host.clearSession()]);
  };

  useEffect(
    () =>
      host.onCleared(() => {
        reset();
        void persistence.clearAll();
      }),
    [host],
  );

  const setPlace = (area: string | undefined, district: string | undefined) => {
    dispatch({ type: "place", area, district });
    persistence.rememberPlace(area, district);
  };

  // Focus moves only once the dialog has gone: while it is open, the rest of the panel is inert.
  const [focusAfterInterrupt, setFocusAfterInterrupt] = useState<"back" | "section" | null>(null);
  const closeInterrupt = (showPrompt: boolean) => {
    setInterrupt(false);
    if (showPrompt) setSection("level");
    setFocusAfterInterrupt(showPrompt ? "section" : "back");
  };
  useEffect(() => {
    if (interrupt || !focusAfterInterrupt) return;
    const back = focusBeforeInterrupt.current;
    if (
      focusAfterInterrupt === "back" &&
      back instanceof HTMLElement &&
      back.isConnected &&
      back !== document.body
    )
      back.focus();
    else sectionHeading.current?.focus();
    setFocusAfterInterrupt(null);
  }, [interrupt, focusAfterInterrupt]);

  const changeSection = (next: Section) => {
    setSection(next);
  };

  const contactsLevel = assessment.nothingSelected || allContacts ? undefined : assessment.level;
  const routing = state.area
    ? routeContacts(pack, { area: state.area, district: state.district, at: now, level: contactsLevel })
    : null;
  const selectedCount = state.indicators.length + Object.keys(state.graded).length;
  const title = SECTIONS.find((s) => s.id === section)!.label;

  return (
    <PackContext.Provider value={pack}>
      <div class="rh-root rh-panel">
        <header>
          <h1>Right Help</h1>
          <ImmediateDanger area={state.area} at={now} />
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
        <SectionNav current={section} onChange={changeSection} />
        <p role="status" class="rh-summary-line" data-rh="level-summary">
          {assessment.nothingSelected
            ? "No level prompted yet: nothing is selected. This is not a finding that there is no concern."
            : `Prompted level: Level ${assessment.level}, ${assessment.levelInfo.name} (${plural(selectedCount, "item")} selected).`}
        </p>
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
                    <div class={status.kind === "error" ? "rh-message rh-message--error" : "rh-message"}>
                      <p>{status.text}</p>
                      {status.extra && <p>{status.extra}</p>}
                    </div>
                  )}
                </div>
                <PasteBox
                  value={paste}
                  onInput={setPaste}
                  onCheck={checkPaste}
                  offered={offerPaste}
                  textareaRef={pasteRef}
                />
                {checked && (
                  <Suggestions
                    text={checked.text}
                    suggestions={checked.suggestions}
                    selected={state.indicators}
                    onToggle={(id, on) => dispatch({ type: "toggle", id, on })}
                    headingLevel={3}
                  />
                )}
                <ChildDetails state={state} dispatch={dispatch} headingLevel={3} />
                <details class="rh-details">
                  <summary>Add a grading from an assessment tool</summary>
                  <GradedQuestions
                    answers={state.graded}
                    onAnswer={(factor, option) => dispatch({ type: "graded", factor, option })}
                    headingLevel={3}
                  />
                </details>
                <details class="rh-details">
                  <summary>Browse and search all indicators</summary>
                  <IndicatorBrowser
                    selected={state.indicators}
                    onToggle={(id, on) => dispatch({ type: "toggle", id, on })}
                    headingLevel={3}
                  />
                </details>
                <SelectedIndicators
                  selected={state.indicators}
                  onToggle={(id, on) => dispatch({ type: "toggle", id, on })}
                  headingLevel={3}
                />
                <button type="button" class="rh-button" onClick={() => changeSection("level")}>
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
                  onShowAll={() => setAllContacts(true)}
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
          <p class="rh-hint" data-rh="draft-status" role="status">
            {persistence.elsewhere && !cleared && `${persistence.elsewhere} `}
            {cleared
              ? "Cleared: nothing is saved."
              : persistence.restoredAt
                ? `Restored your draft from ${new Date(persistence.restoredAt).toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" })}. `
                : ""}
            {!cleared &&
              "A draft keeps only the indicators you ticked, your answers, the area and the age, for 24 hours. Never the text."}
          </p>
          <button type="button" class="rh-button rh-button--warning" onClick={clearAll} data-rh="clear-all">
            Clear all
          </button>
        </footer>
        {interrupt && assessment.level === 4 && (
          <InterruptionPanel assessment={assessment} onClose={closeInterrupt} />
        )}
      </div>
    </PackContext.Provider>
  );
}
