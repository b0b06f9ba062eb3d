import type { Pack } from "@right-help/core";
import { AreaPicker, below, ImmediateDanger, PackContext } from "@right-help/ui";
import { parsePlace, parseSettings, type Mode, type RawAttributes, type Settings } from "./attributes.ts";
import { EmergencyLine } from "./EmergencyLine.tsx";
import { shown } from "./safe-text.ts";
import type { ChangeDetail } from "./change-event.ts";
import { CheckerMode } from "./CheckerMode.tsx";
import { ContactsMode } from "./ContactsMode.tsx";
import { LevelsMode } from "./LevelsMode.tsx";
import { AttributeNotice, PackFallbackNotice, PackFooter, PackLoading } from "./Notices.tsx";
import { Title } from "./Title.tsx";
import { useNow } from "@right-help/ui";
import { useBuiltIn, usePackSource, type PackSource } from "./use-pack-source.ts";
import { usePlace } from "./use-place.ts";

export interface WidgetProps {
  attrs: RawAttributes;
  /** The built-in pack, when at hand (tests); otherwise each mode loads its own parts. */
  builtIn?: Pack;
  /** What a relative `pack-src` is resolved against (the page's base URL). */
  base: string;
  onChange?(detail: ChangeDetail): void;
}

const TITLES: Record<Mode, string> = {
  contacts: "Right Help: who to contact",
  levels: "Right Help: the four levels of need",
  checker: "Right Help: check the level of need",
};

/**
 * Everything inside the shadow root: the title, the immediate-danger line (always, first),
 * any notice about the attributes or the pack, the area picker when the page did not fix the
 * area, then the mode.
 */
export function Widget({ attrs, builtIn: given, base, onChange }: WidgetProps) {
  const settings = parseSettings(attrs);
  const builtIn = useBuiltIn(settings.mode, given);
  const source = usePackSource(settings.packSrc, base, builtIn.pack);
  if (!source.pack || !builtIn.pack)
    return <WidgetLoading settings={settings} src={settings.packSrc} failed={builtIn.failed} />;
  return (
    <LoadedWidget
      attrs={attrs}
      settings={settings}
      source={{ ...source, pack: source.pack }}
      builtIn={builtIn.pack}
      onChange={onChange}
    />
  );
}

/**
 * While the mode's guidance loads (one small file beside the script, usually in a few
 * milliseconds): the title and the 999 line, never a blank box.
 */
function WidgetLoading(props: { settings: Settings; src?: string; failed: boolean }) {
  return (
    <div class="rh-root rh-widget" part="container" data-rh="widget" data-mode={props.settings.mode}>
      <Title level={props.settings.headingLevel}>{TITLES[props.settings.mode]}</Title>
      <EmergencyLine />
      {props.failed ? (
        <div role="alert" class="rh-notice" part="notice" data-rh="data-notice">
          <p>
            <strong>The guidance could not be loaded.</strong> Right Help loads it from files beside
            right-help.js (right-help-data-*.mjs): keep them in the same folder as the script.
          </p>
        </div>
      ) : (
        <p role="status" class="rh-message" data-rh="pack-loading">
          {props.src ? <>Loading the guidance from {shown(props.src, 80)}…</> : "Loading the guidance…"}
        </p>
      )}
    </div>
  );
}

function LoadedWidget({
  attrs,
  settings,
  source,
  builtIn,
  onChange,
}: {
  attrs: RawAttributes;
  settings: Settings;
  source: PackSource & { pack: Pack };
  builtIn: Pack;
  onChange?(detail: ChangeDetail): void;
}) {
  const now = useNow();
  const pack = source.pack;
  const fixed = parsePlace(attrs, pack);
  const place = usePlace(fixed, pack);
  const sub = below(settings.headingLevel);

  return (
    <PackContext.Provider value={pack}>
      <div class="rh-root rh-widget" part="container" data-rh="widget" data-mode={settings.mode}>
        <Title level={settings.headingLevel}>{TITLES[settings.mode]}</Title>
        <div part="danger">
          <ImmediateDanger area={place.area} district={place.district} at={now} landmark={false} />
        </div>
        {source.loading ? (
          <PackLoading src={settings.packSrc ?? ""} />
        ) : (
          <>
            <AttributeNotice problems={[...settings.problems, ...fixed.problems]} />
            {source.failure && <PackFallbackNotice result={source.failure} builtIn={builtIn} />}
            {place.picker && (
              <div part="picker" data-rh="picker">
                <AreaPicker area={place.area} district={place.district} onChange={place.choose} />
              </div>
            )}
            <div key={`${source.key}:${settings.mode}`} data-rh={`mode-${settings.mode}`}>
              {settings.mode === "contacts" && (
                <ContactsMode area={place.area} district={place.district} at={now} headingLevel={sub} />
              )}
              {settings.mode === "levels" && <LevelsMode area={place.area} headingLevel={sub} />}
              {settings.mode === "checker" && (
                <CheckerMode
                  area={place.area}
                  district={place.district}
                  at={now}
                  headingLevel={sub}
                  onChange={onChange}
                />
              )}
            </div>
            <PackFooter pack={pack} from={source.from} />
          </>
        )}
      </div>
    </PackContext.Provider>
  );
}
