import { z } from "./zod.ts";
import { Pack } from "./pack.ts";

/** JSON Schema of a built pack (one JSON file). */
export function packJsonSchema(): object {
  return {
    title: "Right Help content pack",
    ...z.toJSONSchema(Pack, { io: "input", unrepresentable: "any" }),
  };
}

/**
 * JSON Schema of one content/*.yaml file: any subset of the pack's keys, so that editors get
 * completion and errors while the cross-file checks stay with `right-help validate`.
 */
export function contentFileJsonSchema(): object {
  const file = Pack.omit({ format: true }).partial();
  return {
    title: "Right Help content file",
    ...z.toJSONSchema(file, { io: "input", unrepresentable: "any" }),
  };
}
