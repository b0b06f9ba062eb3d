export { DRAFT_TTL_MS } from "./types.ts";
export type { Draft, PackRecord, Settings, Store, StoreChange, StoreKind, StoreOptions } from "./types.ts";
export { InvalidDraftError } from "./draft.ts";
export { InvalidSettingsError } from "./settings.ts";
export { memoryStore, openStore, type OpenStoreOptions } from "./open-store.ts";
