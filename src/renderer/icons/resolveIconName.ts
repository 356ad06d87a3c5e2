import type { IconStyle } from './iconStyles';
import { cupertinoIconNames } from './cupertinoNames';

export interface IconReference {
  style: IconStyle;
  /** File name in @material-design-icons/svg, without `.svg`. */
  file: string;
}

const STYLE_SUFFIXES: ReadonlyArray<readonly [string, IconStyle]> = [
  ['_outlined', 'outlined'],
  ['_rounded', 'round'],
  ['_sharp', 'sharp'],
];

const UNITS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};
const SMALL: Readonly<Record<string, number>> = {
  ...UNITS,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = { twenty: 20, thirty: 30, sixty: 60 };
// Units the icon files glue to the number (`10k`, `30fps`); others keep the underscore (`6_ft_apart`).
const GLUED_UNITS = new Set(['k', 'mp', 'p', 'g', 'x', 'fps']);

/** Flutter's spelled-out names for icons whose file name starts with a digit (`ten_k` -> `10k`). */
function spelledNumberToFile(name: string): string | null {
  if (name === 'onetwothree') return '123';
  if (name === 'three_sixty') return '360';
  if (name.startsWith('threed_')) return `3d_${name.slice('threed_'.length)}`;
  const tokens = name.split('_');
  let value: number | undefined;
  let used = 0;
  if (TENS[tokens[0]] !== undefined) {
    value = TENS[tokens[0]];
    used = 1;
    if (UNITS[tokens[1]] !== undefined) {
      value += UNITS[tokens[1]];
      used = 2;
    }
  } else if (SMALL[tokens[0]] !== undefined) {
    value = SMALL[tokens[0]];
    used = 1;
  }
  if (value === undefined || used >= tokens.length) return null;
  const rest = tokens.slice(used);
  return `${value}${GLUED_UNITS.has(rest[0]) ? '' : '_'}${rest.join('_')}`;
}

/** Flutter names that are another glyph (or style) in the icon set. */
const FLUTTER_ALIASES: Readonly<Record<string, IconReference>> = {
  favorite_outline: { style: 'filled', file: 'favorite_border' },
  star_outline: { style: 'filled', file: 'star_border' },
  bookmark_outline: { style: 'filled', file: 'bookmark_border' },
  info_outline: { style: 'outlined', file: 'info' },
  lock_outline: { style: 'outlined', file: 'lock' },
};

/**
 * Where a Flutter icon name is drawn from: `_outlined`, `_rounded` and `_sharp` pick the style folder, the
 * rest of the name the file. Returns null for a Cupertino name with no Material counterpart (and, in the embed,
 * for any Cupertino name while their table has not come: MaterialIcon loads it first, cupertinoNames.lazy.ts).
 */
export function resolveIconName(name: string, iconType: unknown = 'material'): IconReference | null {
  let base = name.trim();
  if (iconType === 'cupertino') {
    const names = cupertinoIconNames();
    const material = names && Object.hasOwn(names, base) ? names[base] : undefined;
    return material ? resolveIconName(material) : null;
  }
  let style: IconStyle = 'filled';
  for (const [suffix, suffixStyle] of STYLE_SUFFIXES) {
    if (base.endsWith(suffix)) {
      style = suffixStyle;
      base = base.slice(0, -suffix.length);
      break;
    }
  }
  const alias = Object.hasOwn(FLUTTER_ALIASES, base) ? FLUTTER_ALIASES[base] : undefined;
  if (alias) return style === 'filled' ? alias : { style, file: alias.file };
  return { style, file: spelledNumberToFile(base) ?? base };
}
