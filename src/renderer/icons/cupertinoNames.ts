/**
 * The Cupertino icon names (cupertinoIcons.ts) as resolveIconName reaches them. Here they are present from the
 * start (the app, server rendering); the embed's build puts cupertinoNames.lazy.ts in this module's place
 * (vite.embed.config.ts), where they are a chunk that MaterialIcon loads when it first draws a Cupertino icon.
 */
import { CUPERTINO_TO_MATERIAL } from './cupertinoIcons';

/** Cupertino name -> Material glyph; null while the table has not come (only in the embed). */
export function cupertinoIconNames(): Readonly<Record<string, string>> | null {
  return CUPERTINO_TO_MATERIAL;
}

/** Whether the table may still come (only in the embed, before it came or was found unloadable). */
export function cupertinoIconNamesComing(): boolean {
  return false;
}

/** Loads the table; resolves (never rejects) once it came or cannot (then every Cupertino name is unknown). */
export function loadCupertinoIconNames(): Promise<void> {
  return Promise.resolve();
}
