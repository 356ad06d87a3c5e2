/**
 * Finds where a JSON path (`ui.children[2].style`) sits in JSON text, so that clicking an issue moves the
 * editor's cursor to the node it names. Reads the text with @lezer/json, the parser behind the editor's own
 * JSON mode: it keeps positions and recovers from broken text, so a path into a half-typed document still
 * lands on the deepest node it reaches.
 */
import type { SyntaxNode } from '@lezer/common';
import { parser } from '@lezer/json';

export interface JsonTextRange {
  from: number;
  to: number;
}

/** Splits `ui.children[2]["a b"].style` into `['children', 2, 'a b', 'style']` after the root segment. */
export function splitJsonPath(path: string, rootSegment = 'ui'): (string | number)[] {
  const segments: (string | number)[] = [];
  const pattern = /\.?([A-Za-z_$][\w$-]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(path))) {
    if (match[1] !== undefined) segments.push(match[1]);
    else if (match[2] !== undefined) segments.push(Number(match[2]));
    else if (match[3] !== undefined) {
      try {
        segments.push(JSON.parse(match[3]) as string);
      } catch {
        segments.push(match[3].slice(1, -1));
      }
    }
  }
  if (segments[0] === rootSegment) segments.shift();
  return segments;
}

const VALUE_NODES = new Set(['Object', 'Array', 'String', 'Number', 'True', 'False', 'Null']);

function childrenOf(node: SyntaxNode, name: string | Set<string>): SyntaxNode[] {
  const matches = (candidate: string) =>
    typeof name === 'string' ? candidate === name : name.has(candidate);
  const found: SyntaxNode[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (matches(child.name)) found.push(child);
  }
  return found;
}

function keyOf(text: string, name: SyntaxNode): string {
  const raw = text.slice(name.from, name.to);
  try {
    return JSON.parse(raw) as string;
  } catch {
    return raw.replace(/^"|"$/g, '');
  }
}

/** The property `key` of an object node; the last one wins, as in JSON.parse. */
function propertyOf(text: string, object: SyntaxNode, key: string): SyntaxNode | undefined {
  return childrenOf(object, 'Property')
    .filter((property) => {
      const name = property.getChild('PropertyName');
      return name !== null && keyOf(text, name) === key;
    })
    .pop();
}

/** The range of the value at `path` in `text`, or of the deepest ancestor found; null when nothing matched. */
export function locateJsonPath(text: string, path: string, rootSegment = 'ui'): JsonTextRange | null {
  let node: SyntaxNode | undefined = childrenOf(parser.parse(text).topNode, VALUE_NODES)[0];
  if (!node) return null;
  let best: JsonTextRange = { from: node.from, to: node.to };
  for (const segment of splitJsonPath(path, rootSegment)) {
    if (typeof segment === 'number' && node.name === 'Array') {
      node = childrenOf(node, VALUE_NODES)[segment];
      if (!node) return best;
      best = { from: node.from, to: node.to };
    } else if (typeof segment === 'string' && node.name === 'Object') {
      const property = propertyOf(text, node, segment);
      if (!property) return best;
      // An issue about a property shows its key too: the range runs from the key to the end of the value.
      node = childrenOf(property, VALUE_NODES)[0];
      best = { from: property.from, to: node?.to ?? property.to };
      if (!node) return best;
    } else {
      return best;
    }
  }
  return best;
}

/** Offset of a JSON syntax error, from a `line N, column M` or `position N` in the message. */
export function jsonErrorOffset(text: string, message: string): number | null {
  const lineColumn = /line (\d+),? column (\d+)/i.exec(message);
  if (lineColumn) {
    const line = Number(lineColumn[1]);
    const column = Number(lineColumn[2]);
    let offset = 0;
    for (let current = 1; current < line; current++) {
      const next = text.indexOf('\n', offset);
      if (next < 0) return text.length;
      offset = next + 1;
    }
    return Math.min(text.length, offset + Math.max(0, column - 1));
  }
  const position = /position (\d+)/i.exec(message);
  if (position) return Math.min(text.length, Number(position[1]));
  return null;
}
