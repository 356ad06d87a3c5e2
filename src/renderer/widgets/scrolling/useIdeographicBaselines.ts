import { useLayoutEffect, type RefObject } from 'react';

/**
 * Aligns a table's `baseline` cells on the ideographic baseline (Table.textBaseline: ideographic), which
 * CSS cannot: its baseline alignment is always alphabetic. Flutter's ideographic baseline of a paragraph is
 * the bottom of its first line (ascent + descent, scaled by the line height), so each marked cell is
 * pushed down until the bottoms of the rows' first text lines meet. A cell without text has no baseline
 * and stays at the top, as in Flutter. Measured after every render (content may move a baseline without
 * resizing the table) and whenever the table resizes.
 */
export function useIdeographicBaselines(table: RefObject<HTMLTableElement | null>, enabled: boolean): void {
  useLayoutEffect(() => {
    const element = table.current;
    if (!enabled || !element) return undefined;
    const align = () => {
      for (const row of Array.from(element.rows)) {
        const cells = Array.from(row.cells).filter((cell) => cell.dataset.stacBaseline === 'ideographic');
        for (const cell of cells) cell.style.paddingTop = '0px';
        const offsets = cells.map((cell) => firstLineBottom(cell));
        const lowest = Math.max(0, ...offsets.filter((offset): offset is number => offset !== null));
        cells.forEach((cell, index) => {
          const offset = offsets[index];
          if (offset !== null) cell.style.paddingTop = `${lowest - offset}px`;
        });
      }
    };
    align();
    const observer = new ResizeObserver(align);
    observer.observe(element);
    return () => observer.disconnect();
  });
}

/** The bottom of a cell's first text line, from the cell's top; null when the cell shows no text. */
function firstLineBottom(cell: HTMLElement): number | null {
  const text = cell.querySelector<HTMLElement>('.stac-text');
  if (!text) return null;
  const cellTop = cell.getBoundingClientRect().top;
  const line = Number.parseFloat(getComputedStyle(text).lineHeight);
  if (text.tagName === 'BUTTON') {
    // A Material button drawing its plain label as its own text (buttonLabel.ts): its first line is where
    // its padding and centring put the label, found from the label's text itself. The text's box sits in
    // the middle of its line (half the leading above it), so the line ends (line + box height) / 2 below
    // the box's top.
    const range = text.ownerDocument.createRange();
    range.selectNodeContents(text);
    const first = range.getClientRects()[0];
    if (first)
      return first.top - cellTop + (Number.isFinite(line) ? (line + first.height) / 2 : first.height);
  }
  const top = text.getBoundingClientRect().top - cellTop;
  return top + (Number.isFinite(line) ? line : text.getBoundingClientRect().height);
}
