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

/**
 * The classes of a row's or column's alignments (`stac-cross-start`, `stac-main-spaceBetween`): the values
 * are a handful of names, so the shared stylesheet holds one rule each (flexAlignmentCss) and a flex box
 * carries no inline style for them. An unknown name is Flutter's default (cross center, main start).
 */
export function flexAlignmentClasses(mainAxis: unknown, crossAxis: unknown): string {
  const cross = typeof crossAxis === 'string' && Object.hasOwn(CROSS_AXIS, crossAxis) ? crossAxis : 'center';
  const main = typeof mainAxis === 'string' && Object.hasOwn(MAIN_AXIS, mainAxis) ? mainAxis : 'start';
  // Start is CSS's own default for justify-content: no class.
  return main === 'start' ? `stac-cross-${cross}` : `stac-cross-${cross} stac-main-${main}`;
}

/** Whether `value` is absent or a name of a main or cross axis alignment (what flexAlignmentClasses knows). */
export function isFlexAlignmentName(value: unknown): boolean {
  return (
    value === undefined ||
    (typeof value === 'string' && (Object.hasOwn(MAIN_AXIS, value) || Object.hasOwn(CROSS_AXIS, value)))
  );
}

/** The stylesheet rules behind flexAlignmentClasses. */
export function flexAlignmentCss(): string {
  const rules = Object.entries(CROSS_AXIS).map(
    ([name, css]) => `.stac-cross-${name} { align-items: ${css}; }`,
  );
  for (const [name, css] of Object.entries(MAIN_AXIS))
    if (name !== 'start') rules.push(`.stac-main-${name} { justify-content: ${css}; }`);
  return rules.join('\n');
}

/** Flutter MainAxisAlignment as CSS `justify-content`. */
export function mainAxisAlignmentToCss(value: unknown): string {
  return (typeof value === 'string' && MAIN_AXIS[value]) || 'flex-start';
}

const WRAP: Readonly<Record<string, string>> = { ...MAIN_AXIS };

/** Flutter WrapAlignment as CSS `justify-content` / `align-content`. */
export function wrapAlignmentToCss(value: unknown): string {
  return (typeof value === 'string' && WRAP[value]) || 'flex-start';
}
