const OBJECT_FIT: Readonly<Record<string, string>> = {
  fill: 'fill',
  contain: 'contain',
  cover: 'cover',
  fitWidth: 'cover',
  fitHeight: 'cover',
  none: 'none',
  scaleDown: 'scale-down',
};

const BACKGROUND_SIZE: Readonly<Record<string, string>> = {
  fill: '100% 100%',
  contain: 'contain',
  cover: 'cover',
  fitWidth: '100% auto',
  fitHeight: 'auto 100%',
  none: 'auto',
  scaleDown: 'contain',
};

/** Flutter BoxFit as CSS `object-fit` (for <img>). */
export function boxFitToObjectFit(value: unknown): string | undefined {
  return typeof value === 'string' ? OBJECT_FIT[value] : undefined;
}

/** Flutter BoxFit as CSS `background-size` (for decoration images). */
export function boxFitToBackgroundSize(value: unknown): string | undefined {
  return typeof value === 'string' ? BACKGROUND_SIZE[value] : undefined;
}
