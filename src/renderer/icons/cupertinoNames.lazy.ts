/**
 * The embed's cupertinoNames (vite.embed.config.ts puts it in place of cupertinoNames.ts): the Cupertino icon
 * names are a chunk, since most plugins draw Material icons only. MaterialIcon asks for it the first time it
 * draws an icon with `iconType: cupertino`, showing the icon's empty box meanwhile as it does while an icon's
 * file comes; the icon's own file is fetched once the name is known. A table that cannot be loaded leaves
 * those icons unknown (an empty gap, a dashed box in preview), as an icon file that cannot be fetched does.
 */
import { chunkLoader } from '../../stac-schema';

const table = chunkLoader(() => import('./cupertinoIcons'));
let unloadable = false;

export function cupertinoIconNames(): Readonly<Record<string, string>> | null {
  return table.current()?.CUPERTINO_TO_MATERIAL ?? null;
}

export function cupertinoIconNamesComing(): boolean {
  return table.current() === null && !unloadable;
}

export function loadCupertinoIconNames(): Promise<void> {
  return table.load().then(
    () => undefined,
    () => {
      unloadable = true;
    },
  );
}
