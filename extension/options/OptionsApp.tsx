import type { Pack } from "@right-help/core";
import { AreaPicker, PackContext, placeOf } from "@right-help/ui";
import { useEffect, useRef, useState } from "preact/hooks";
import { browser } from "wxt/browser";
import type { PanelStore } from "../panel/panel-store.ts";
import { NO_POLICY, parsePolicy, watchManaged, type ManagedStorage, type OrgPolicy } from "../policy.ts";
import { SELECTION_KEY } from "../selection.ts";

/** Options: the default area and district, and one button that clears everything saved. */
export function OptionsApp({ pack, store }: { pack: Pack; store: PanelStore | null }) {
  const [place, setPlace] = useState<{ area?: string; district?: string }>({});
  const [status, setStatus] = useState("");
  const [notice, setNotice] = useState<string | null>(
    store ? store.notice : "Right Help could not open its storage.",
  );

  const [policy, setPolicy] = useState<OrgPolicy>(NO_POLICY);
  useEffect(
    () =>
      watchManaged(browser.storage as unknown as ManagedStorage, (raw) => setPolicy(parsePolicy(pack, raw))),
    [pack],
  );

  useEffect(() => {
    if (!store) return;
    void store.getSettings().then((s) => setPlace(placeOf(pack, s.area, s.district)));
    return store.onNotice(setNotice);
  }, [store, pack]);

  const change = async (area: string | undefined, district: string | undefined) => {
    const next = placeOf(pack, area, district);
    setPlace(next);
    await store?.saveSettings(next);
    const name = pack.areas.find((a) => a.id === next.area)?.name;
    setStatus(name ? `Saved: new checks start with ${name}.` : "Saved: no default area.");
  };

  // Clearing cannot be undone from here (open panels forget at once), so it asks first.
  const [confirming, setConfirming] = useState(false);
  const clearButton = useRef<HTMLButtonElement>(null);
  const question = useRef<HTMLParagraphElement>(null);
  const [focusNext, setFocusNext] = useState<"question" | "button" | null>(null);
  useEffect(() => {
    if (focusNext === "question") question.current?.focus();
    if (focusNext === "button") clearButton.current?.focus();
    setFocusNext(null);
  }, [focusNext]);

  const clearAll = async () => {
    setConfirming(false);
    setFocusNext("button");
    await Promise.allSettled([store?.clearAll(), browser.storage.session.remove(SELECTION_KEY)]);
    // Open panels forget what they hold too (they check that this page sent it).
    browser.runtime.sendMessage({ type: "right-help/cleared" }).catch(() => {});
    setPlace({});
    setStatus("Cleared: every draft and setting Right Help saved on this device is gone.");
  };

  return (
    <PackContext.Provider value={pack}>
      <main class="rh-root rh-options">
        <h1>Right Help options</h1>
        {notice && (
          <div class="rh-notice" data-rh="store-notice">
            <p>{notice}</p>
          </div>
        )}
        <h2>Default area</h2>
        <p>The area and district a new check starts with. You can change them in the panel at any time.</p>
        {policy.locked ? (
          <AreaPicker
            area={policy.area}
            district={policy.district}
            onChange={() => {}}
            lockedNote={`Set by ${policy.organisation ?? "your organisation"}: it cannot be changed here.`}
          />
        ) : (
          <AreaPicker area={place.area} district={place.district} onChange={change} />
        )}
        {policy.problems.length > 0 && (
          <div class="rh-notice" data-rh="policy-notice">
            {policy.problems.map((p) => (
              <p key={p}>{p}</p>
            ))}
          </div>
        )}
        {policy.organisation && <p data-rh="organisation">Settings from {policy.organisation}</p>}
        <h2>Your data</h2>
        <p>
          Right Help keeps a draft of the indicators you ticked, your answers, the area and the age for 24
          hours, and your default area. It never keeps the text it checks, and nothing leaves this device.
        </p>
        <button
          type="button"
          class="rh-button rh-button--warning"
          ref={clearButton}
          aria-expanded={confirming}
          onClick={() => {
            setConfirming(true);
            setFocusNext("question");
          }}
          data-rh="clear-all"
        >
          Clear all data
        </button>
        {confirming && (
          <div class="rh-message rh-message--error" data-rh="confirm-clear">
            <p ref={question} tabIndex={-1}>
              <strong>Clear all data?</strong> Every draft and your default area on this device go, and open
              panels forget what they hold. This cannot be undone.
            </p>
            <div class="rh-actions">
              <button type="button" class="rh-button rh-button--warning" onClick={clearAll}>
                Yes, clear all data
              </button>
              <button
                type="button"
                class="rh-button rh-button--secondary"
                onClick={() => {
                  setConfirming(false);
                  setFocusNext("button");
                }}
              >
                Cancel
              </button>
            </div>
          </div>
        )}
        <div role="status" class="rh-status">
          {status && <p class="rh-message rh-message--success">{status}</p>}
        </div>
      </main>
    </PackContext.Provider>
  );
}
