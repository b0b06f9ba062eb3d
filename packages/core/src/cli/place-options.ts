import { parseAge, type Age } from "../assess/age.ts";
import { parseIsoTime } from "../contacts/clock.ts";
import type { Pack } from "../schema/pack.ts";
import { UsageError } from "./io.ts";

type Options = Map<string, string | true>;

/** --area, checked against the pack; the message lists the valid ids. */
export function areaOption(pack: Pack, options: Options, required: boolean): string | undefined {
  const area = options.get("area");
  if (area === undefined) {
    if (required)
      throw new UsageError(`--area is required; valid areas: ${pack.areas.map((a) => a.id).join(", ")}`);
    return undefined;
  }
  if (typeof area !== "string" || !pack.areas.some((a) => a.id === area)) {
    throw new UsageError(
      `unknown area "${String(area)}"; valid areas: ${pack.areas.map((a) => a.id).join(", ")}`,
    );
  }
  return area;
}

export function districtOption(pack: Pack, options: Options, area: string | undefined): string | undefined {
  const district = options.get("district");
  if (district === undefined) return undefined;
  if (area === undefined) throw new UsageError("--district needs --area");
  const valid = pack.areas.find((a) => a.id === area)!.districts.map((d) => d.id);
  if (typeof district !== "string" || !valid.includes(district)) {
    throw new UsageError(
      valid.length === 0
        ? `${area} has no districts in the pack; leave --district out`
        : `unknown district "${String(district)}" for ${area}; valid districts: ${valid.join(", ")}`,
    );
  }
  return district;
}

export function atOption(options: Options): Date {
  const at = options.get("at");
  if (at === undefined) return new Date();
  const d = typeof at === "string" ? parseIsoTime(at) : null;
  if (!d)
    throw new UsageError(`--at must be an ISO time such as 2026-12-28T10:00 (UK clock) or 2026-12-28T10:00Z`);
  return d;
}

export function ageOption(options: Options): Age | undefined {
  const raw = options.get("age");
  if (raw === undefined) return undefined;
  const age = typeof raw === "string" ? parseAge(raw) : null;
  if (!age) throw new UsageError(`--age must be years (e.g. 7), months (e.g. 4m) or "unborn"`);
  return age;
}

export function levelOption(options: Options): number | undefined {
  const raw = options.get("level");
  if (raw === undefined) return undefined;
  if (raw !== "1" && raw !== "2" && raw !== "3" && raw !== "4")
    throw new UsageError("--level must be 1, 2, 3 or 4");
  return Number(raw);
}
