import type { ConsentAction, ConsentRule } from "../schema/consent.ts";
import type { Pack } from "../schema/pack.ts";

export interface ConsentGuidance {
  level: number;
  action: ConsentAction | undefined;
  /** The general principles, shown with every answer. */
  principles: Pack["consent"]["principles"];
  /** Pan-Lancashire rules first, then the area's own. */
  rules: ConsentRule[];
}

/**
 * What consent a practitioner needs at a level for an action (all actions if none given),
 * when it may be overridden, and what to record — the pack's rules, pan-Lancashire and the
 * area's own. The text is the guidance's; nothing here paraphrases it.
 */
export function consentGuidance(
  pack: Pack,
  level: number,
  action?: ConsentAction,
  area?: string,
): ConsentGuidance {
  const rules = pack.consent.rules.filter(
    (r) =>
      r.levels.includes(level) &&
      (action === undefined || r.actions.includes(action)) &&
      (r.area === undefined || r.area === area),
  );
  rules.sort((a, b) => Number(a.area !== undefined) - Number(b.area !== undefined));
  return { level, action, principles: pack.consent.principles, rules };
}
