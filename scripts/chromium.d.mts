/** Types of scripts/chromium.mjs, a plain module so that node scripts use it without a build step. */

/** The Chromium binary to drive: STAC_WEB_CHROMIUM, else Debian's; null when none is installed. */
export function findChromium(): string | null;

/** Launch arguments that keep Chromium quiet on a closed network. */
export const CHROMIUM_ARGS: string[];
