/**
 * Stac's StacMouseCursor (Flutter's SystemMouseCursors) as the CSS cursor Flutter's web engine shows for
 * it. `disappearing` has no CSS cursor: Flutter on the web falls back to the default arrow, and so do we.
 */
const CURSORS: Readonly<Record<string, string>> = {
  none: 'none',
  basic: 'default',
  click: 'pointer',
  forbidden: 'not-allowed',
  wait: 'wait',
  progress: 'progress',
  contextMenu: 'context-menu',
  help: 'help',
  text: 'text',
  verticalText: 'vertical-text',
  cell: 'cell',
  precise: 'crosshair',
  move: 'move',
  grab: 'grab',
  grabbing: 'grabbing',
  noDrop: 'no-drop',
  alias: 'alias',
  copy: 'copy',
  disappearing: 'default',
  allScroll: 'all-scroll',
  resizeLeftRight: 'ew-resize',
  resizeUpDown: 'ns-resize',
  resizeUpLeftDownRight: 'nwse-resize',
  resizeUpRightDownLeft: 'nesw-resize',
  resizeUp: 'n-resize',
  resizeDown: 's-resize',
  resizeLeft: 'w-resize',
  resizeRight: 'e-resize',
  resizeUpLeft: 'nw-resize',
  resizeUpRight: 'ne-resize',
  resizeDownLeft: 'sw-resize',
  resizeDownRight: 'se-resize',
  resizeColumn: 'col-resize',
  resizeRow: 'row-resize',
  zoomIn: 'zoom-in',
  zoomOut: 'zoom-out',
};

/** The CSS cursor for a StacMouseCursor name, or undefined (keep the widget's own) for anything else. */
export function mouseCursorToCss(value: unknown): string | undefined {
  return typeof value === 'string' && Object.hasOwn(CURSORS, value) ? CURSORS[value] : undefined;
}
