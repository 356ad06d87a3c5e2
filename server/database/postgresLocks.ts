/**
 * Advisory lock keys (two int4s: a namespace for stac-web, then the purpose) that server instances sharing
 * one PostgreSQL database use to take turns. Keep them here so a new purpose never reuses a key.
 */
const STAC_WEB = 0x57ac;

/** Held (per session) while the pending migrations are checked and applied. */
export const MIGRATION_LOCK: [number, number] = [STAC_WEB, 1];
/** Held (per session) while the first-start seed runs, so two instances starting together seed once. */
export const STARTUP_LOCK: [number, number] = [STAC_WEB, 2];
