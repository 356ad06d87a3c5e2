const MAIN_AXIS: Readonly<Record<string, string>> = {
  start: 'flex-start',
  end: 'flex-end',
  center: 'center',
  spaceBetween: 'space-between',
  spaceAround: 'space-around',
  spaceEvenly: 'space-evenly',
};

const CROSS_AXIS: Readonly<Record<string, string>> = {
  start: 'flex-start',
  end: 'flex-end',
  center: 'center',
  stretch: 'stretch',
  baseline: 'baseline',
};

/** Flutter MainAxisAlignment as CSS `justify-content`. */
export function mainAxisAlignmentToCss(value: unknown): string {
  return (typeof value === 'string' && MAIN_AXIS[value]) || 'flex-start';
}

/** Flutter CrossAxisAlignment as CSS `align-items` (Flutter's default is center). */
export function crossAxisAlignmentToCss(value: unknown, fallback = 'center'): string {
  return (typeof value === 'string' && CROSS_AXIS[value]) || fallback;
}

const WRAP: Readonly<Record<string, string>> = { ...MAIN_AXIS };

/** Flutter WrapAlignment as CSS `justify-content` / `align-content`. */
export function wrapAlignmentToCss(value: unknown): string {
  return (typeof value === 'string' && WRAP[value]) || 'flex-start';
}
