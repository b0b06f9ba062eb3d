import { routeContacts } from "../contacts/route.ts";
import { parseArgs } from "./args.ts";
import { EXIT_OK, UsageError, type Io } from "./io.ts";
import { contactView } from "./json-views.ts";
import { packFrom } from "./pack-option.ts";
import { areaOption, atOption, districtOption, levelOption } from "./place-options.ts";

/** right-help contacts: the ordered contacts for an area, district, time and level. */
export function contactsCommand(argv: readonly string[], io: Io): number {
  const { positional, options } = parseArgs(argv, ["area", "district", "at", "level", "pack"], ["json"]);
  if (positional.length > 0) throw new UsageError("contacts takes no arguments");
  const pack = packFrom(options.get("pack"));
  const area = areaOption(pack, options, true)!;
  const district = districtOption(pack, options, area);
  const routing = routeContacts(pack, { area, district, at: atOption(options), level: levelOption(options) });
  const views = routing.contacts.map(contactView);
  if (options.has("json")) {
    io.out(JSON.stringify(views, null, 2));
    return EXIT_OK;
  }
  io.out(
    `${routing.area.name}${routing.districtName ? ` (${routing.districtName})` : ""}: ${routing.outOfHours ? "out of office hours" : "office hours"} (${routing.officeHoursAssumption})`,
  );
  for (const v of views) {
    const open = v.openNow === null ? "hours not stated" : v.openNow ? "open now" : "closed now";
    const how = [v.phone, v.email, v.url].filter(Boolean).join("  ");
    io.out(`- ${v.name} [${open}]: ${how}${v.hours ? `\n    hours: ${v.hours}` : ""}`);
  }
  for (const c of routing.coverage) io.out(`Note: ${c.text}`);
  return EXIT_OK;
}
