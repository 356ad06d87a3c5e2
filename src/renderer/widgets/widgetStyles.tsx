import { elevationToShadow, flexAlignmentCss } from '../values';

/**
 * The little CSS inline styles cannot express: hover and pressed state layers, a visible focus ring, and
 * a vertical ListView's tight cross-axis constraint (Flutter makes every item as wide as the list, whatever
 * width the item states) and a Positioned's tight size; only a stylesheet rule can override a child's own
 * inline size.
 * It also carries the fixed base declarations of the most frequent widgets and of every view's overlay
 * content and snack bar region (text, row, column, container, padding, sizedBox, expanded, center, align, card, image, the Material buttons):
 * jsdom and browsers parse a shared rule once, where an inline style is parsed for every element.
 * StacView renders it once, beside the theme rule: React 19 hoists a `<style href precedence>` into the
 * document head (once, however many views render it), server rendering emits it with the markup, and no
 * widget pays a fiber for it.
 */
/**
 * Every widget's root carries one class naming its type (`stac-text`, `stac-elevatedButton`) and nothing
 * else of its own: a class is one attribute where a data attribute was a second one per element. Layout
 * rules that hold "the child widget" select a direct child whose class starts with `stac-` (what had
 * `data-stac-type` before); icons (`data-stac-icon`) and preview fallbacks stay out of them as before.
 */
const WIDGET_ROOT = '[class^="stac-"]';
/** The Material buttons: one class each carries base, variant, state layer and focus ring. */
const MATERIAL_BUTTONS = ['button', 'elevatedButton', 'filledButton', 'outlinedButton', 'textButton']
  .map((type) => `.stac-${type}`)
  .join(', ');
/**
 * A Material button whose label is its own text (`stac-text` on the button: buttonLabel.ts) is a block
 * box, as a browser's own button is: Chromium centres a button's contents vertically and the user agent's
 * `text-align: center` centres its lines, so it sits, wraps and sizes as the flex box of any other button
 * does, and laying out a thousand of them takes about 3 ms less (a flex box lays its one anonymous item out
 * as a flex item). A document's alignment or clipping keeps the flex box (buttonWidgets.tsx).
 */
// Only a Material button's element carries `stac-text` (a text is a span or a paragraph).
const LABEL_BUTTONS = 'button.stac-text';
/** What draws hover and pressed state layers: the buttons by their type, anything else by `stac-state`. */
const PRESSABLE = `.stac-state, ${MATERIAL_BUTTONS}, .stac-iconButton, .stac-floatingActionButton`;
/** Set on a control the pointer has been over: from then on it keeps the hidden layer its fade out needs. */
const HOVERED_MARK = 'data-stac-hovered';
const FOCUSABLE = `.stac-focus, ${MATERIAL_BUTTONS}, .stac-iconButton, .stac-floatingActionButton`;
/**
 * Material's hover and pressed state layers: a pseudo-element over the control while it is hovered or
 * pressed. It fades in from `@starting-style` (a browser without it shows it at once). A layer laid out on
 * every control cost Chromium about a sixth of its style and layout for a list of a thousand buttons, so a
 * control has none until the pointer comes over it; from then on it keeps the layer, transparent at rest
 * (`data-stac-hovered`, set by the view on `pointerover`: markHoveredControl): its fade out needs it, and a
 * layer made and dropped at each enter and leave made Chromium lay out and pre-paint the whole list each time
 * (11 and 16 ms for ten thousand items), where an opacity change needs neither. Resolving a thousand hidden
 * pseudo-elements at a first render was most of what our rules added to Chromium's style work in such a
 * list. (Hanging them on `.stac-view:hover` instead restyled every control of the view each time the pointer
 * entered or left it: 7 ms for a thousand buttons.) A hovered or pressed control carries its layer itself, so
 * one outside any view (a snack bar's action in a host's outlet) still shows it, without the fade out.
 */
const HOVERED = selectors(PRESSABLE, ':hover:not(:disabled):not([aria-disabled="true"])::after');
const PRESSED = selectors(PRESSABLE, ':active:not(:disabled):not([aria-disabled="true"])::after');
const LAYER = `${selectors(PRESSABLE, `[${HOVERED_MARK}]::after`)}, ${HOVERED}, ${PRESSED}`;
/**
 * The layer is positioned over its control, so the control is a containing block, but only where a layer
 * can exist (hovered, pressed, or marked by the pointer): a relatively positioned box gets a paint layer of
 * its own in Chromium, and a thousand buttons at rest paid for a thousand of them in every first render's
 * layout, pre-paint and hit tests. At rest a control paints in document order, as Flutter paints it.
 */
const LAYER_HOST = [`[${HOVERED_MARK}]`, ':hover', ':active']
  .map((suffix) => selectors(PRESSABLE, suffix))
  .join(', ');

function selectors(list: string, suffix: string): string {
  return list
    .split(', ')
    .map((selector) => `${selector}${suffix}`)
    .join(', ');
}

/** Font weights a text carries as a class (`stac-weight-700`) rather than an inline declaration. */
export const FONT_WEIGHT_CLASSES: ReadonlySet<number> = new Set([
  100, 200, 300, 400, 500, 600, 700, 800, 900,
]);
const FONT_WEIGHT_CSS = [...FONT_WEIGHT_CLASSES]
  .map((weight) => `.stac-weight-${weight} { font-weight: ${weight}; }`)
  .join('\n');

export const STAC_WIDGET_CSS = `
.stac-overlay-content { display: contents; }
.stac-overlay-content[hidden] { display: none; }
.stac-snack-bars { position: fixed; left: 50%; bottom: 16px; transform: translateX(-50%); z-index: 1100; max-width: min(600px, calc(100vw - 32px)); }
${LAYER_HOST} { position: relative; }
${LAYER} { content: ""; display: block; position: absolute; inset: 0; border-radius: inherit; background: currentColor; opacity: 0; pointer-events: none; transition: opacity 120ms linear; }
${HOVERED} { opacity: 0.08; }
${PRESSED} { opacity: 0.12; }
@starting-style { ${HOVERED}, ${PRESSED} { opacity: 0; } }
${selectors(FOCUSABLE, ':focus-visible')} { outline: 2px solid var(--stac-color-primary, #6750A4) !important; outline-offset: 2px !important; }
.stac-visually-hidden:not(:focus) { position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.stac-input::placeholder { color: var(--stac-hint-color, var(--stac-color-onSurfaceVariant, #49454F)); font-size: var(--stac-hint-size, inherit); font-weight: var(--stac-hint-weight, inherit); font-style: var(--stac-hint-style, inherit); opacity: 1; }
.stac-input:focus { outline: none; }
@keyframes stac-spin { from { transform: rotate(-90deg); } to { transform: rotate(270deg); } }
@keyframes stac-indeterminate-linear { from { left: -40%; } to { left: 100%; } }
@media (prefers-reduced-motion: reduce) { .stac-view * { animation-duration: 3s !important; transition: none !important; } }
.stac-list-item > ${WIDGET_ROOT} { width: auto !important; max-width: none !important; align-self: stretch !important; }
.stac-tight-width > ${WIDGET_ROOT} { width: auto !important; max-width: none !important; justify-self: stretch !important; }
.stac-tight-height > ${WIDGET_ROOT} { height: auto !important; max-height: none !important; align-self: stretch !important; }
.stac-clamp-width > ${WIDGET_ROOT} { max-width: 100% !important; }
.stac-clamp-height > ${WIDGET_ROOT} { max-height: 100% !important; }
.stac-text { display: block; margin: 0; min-width: 0; overflow-wrap: anywhere; white-space: pre-wrap; }
${FONT_WEIGHT_CSS}
.stac-column, .stac-row { display: flex; box-sizing: border-box; min-width: 0; max-width: 100%; }
.stac-column { flex-direction: column; }
.stac-row { flex-direction: row; }
${flexAlignmentCss()}
.stac-box { box-sizing: border-box; }
.stac-fill { display: grid; grid-template-columns: minmax(0, 1fr); grid-template-rows: minmax(0, 1fr); }
.stac-align, .stac-center { display: flex; flex-direction: row; box-sizing: border-box; }
.stac-card { display: grid; grid-template-columns: minmax(0, 1fr); box-sizing: border-box; border-radius: 12px; }
.stac-expanded { min-width: 0; min-height: 0; align-self: stretch; }
.stac-field:focus-within { box-shadow: var(--stac-field-focus, none) !important; }
img.stac-image { display: block; max-width: 100%; }
${MATERIAL_BUTTONS} { display: inline-flex; align-items: center; justify-content: center; gap: 8px; box-sizing: border-box; min-height: 40px; min-width: 64px; padding: 0 24px; border: none; border-radius: 20px; cursor: pointer; font-family: inherit; user-select: none; flex-shrink: 0; font-size: var(--stac-text-labelLarge-size); font-weight: var(--stac-text-labelLarge-weight); line-height: var(--stac-text-labelLarge-line-height); letter-spacing: var(--stac-text-labelLarge-tracking); }
${LABEL_BUTTONS} { display: inline-block; }
.stac-elevatedButton:enabled { color: var(--stac-color-primary); background-color: var(--stac-color-surfaceContainerLow); box-shadow: ${elevationToShadow(1)}; }
.stac-filledButton:enabled, .stac-button { color: var(--stac-color-onPrimary); background-color: var(--stac-color-primary); }
.stac-outlinedButton:enabled { color: var(--stac-color-primary); background-color: transparent; outline: 1px solid var(--stac-color-outline); outline-offset: -1px; }
.stac-textButton:enabled { color: var(--stac-color-primary); background-color: transparent; padding: 0 12px; }
`;

/** The element itself, made once (StacView puts it among its children without a component around it). */
export const STAC_WIDGET_STYLE = (
  <style href="stac-widgets" precedence="stac">
    {STAC_WIDGET_CSS}
  </style>
);

export function StacWidgetStyles() {
  return STAC_WIDGET_STYLE;
}

/**
 * A view's `pointerover` (one listener on its root, not one per control): marks the control under the
 * pointer, so that its state layer fades out when the pointer leaves it (see HOVERED_MARK).
 */
export function markHoveredControl(event: { target: EventTarget | null }): void {
  const target = event.target as Element | null;
  const control = typeof target?.closest === 'function' ? target.closest(PRESSABLE) : null;
  if (control && !control.hasAttribute(HOVERED_MARK)) control.setAttribute(HOVERED_MARK, '');
}
