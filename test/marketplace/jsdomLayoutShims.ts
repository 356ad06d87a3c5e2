/**
 * jsdom has no layout: CodeMirror measures text with Range#getClientRects/getBoundingClientRect, which jsdom
 * does not implement. Empty rectangles are enough for editing and selection logic in component tests.
 */
const emptyRect = (): DOMRect =>
  ({ x: 0, y: 0, width: 0, height: 0, top: 0, left: 0, right: 0, bottom: 0, toJSON: () => ({}) }) as DOMRect;

if (typeof Range !== 'undefined') {
  if (!Range.prototype.getClientRects) {
    Range.prototype.getClientRects = () =>
      ({ length: 0, item: () => null, [Symbol.iterator]: [][Symbol.iterator] }) as unknown as DOMRectList;
  }
  if (!Range.prototype.getBoundingClientRect) Range.prototype.getBoundingClientRect = emptyRect;
}
