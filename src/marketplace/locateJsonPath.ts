/**
 * Finds where a JSON path (`ui.children[2].style`) sits in JSON text, so that clicking an issue moves the
 * editor's cursor to the node it names. A small position-recording scanner: tolerant of broken text (it
 * returns the deepest node it reached) and bounded by the text's length.
 */

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

class Scanner {
  index = 0;
  constructor(readonly text: string) {}

  skipSpace() {
    while (this.index < this.text.length && /\s/.test(this.text[this.index])) this.index++;
  }

  readString(): string | null {
    if (this.text[this.index] !== '"') return null;
    const start = this.index;
    this.index++;
    while (this.index < this.text.length) {
      const char = this.text[this.index];
      if (char === '\\') this.index += 2;
      else if (char === '"') {
        this.index++;
        try {
          return JSON.parse(this.text.slice(start, this.index)) as string;
        } catch {
          return this.text.slice(start + 1, this.index - 1);
        }
      } else this.index++;
    }
    return null;
  }

  /** Skips one value; returns false when the text is broken here. */
  skipValue(depth = 0): boolean {
    if (depth > 512) return false;
    this.skipSpace();
    const char = this.text[this.index];
    if (char === '"') return this.readString() !== null;
    if (char === '{' || char === '[') {
      const close = char === '{' ? '}' : ']';
      this.index++;
      for (;;) {
        this.skipSpace();
        if (this.text[this.index] === close) {
          this.index++;
          return true;
        }
        if (char === '{') {
          if (this.readString() === null) return false;
          this.skipSpace();
          if (this.text[this.index] !== ':') return false;
          this.index++;
        }
        if (!this.skipValue(depth + 1)) return false;
        this.skipSpace();
        if (this.text[this.index] === ',') this.index++;
        else if (this.text[this.index] !== close) return false;
      }
    }
    const literal = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(
      this.text.slice(this.index, this.index + 64),
    );
    if (!literal) return false;
    this.index += literal[0].length;
    return true;
  }
}

/** The range of the value at `path` in `text`, or of the deepest ancestor found; null when nothing matched. */
export function locateJsonPath(text: string, path: string, rootSegment = 'ui'): JsonTextRange | null {
  const segments = splitJsonPath(path, rootSegment);
  const scanner = new Scanner(text);
  scanner.skipSpace();
  let best: JsonTextRange | null = null;
  if (text.length > 0) {
    const root = new Scanner(text);
    root.index = scanner.index;
    best = { from: scanner.index, to: root.skipValue() ? root.index : scanner.index };
  }

  for (const segment of segments) {
    scanner.skipSpace();
    const open = scanner.text[scanner.index];
    let found = false;
    if (typeof segment === 'number' && open === '[') {
      scanner.index++;
      for (let item = 0; ; item++) {
        scanner.skipSpace();
        if (scanner.text[scanner.index] === ']' || scanner.index >= text.length) break;
        if (item === segment) {
          found = true;
          break;
        }
        if (!scanner.skipValue()) return best;
        scanner.skipSpace();
        if (scanner.text[scanner.index] === ',') scanner.index++;
      }
    } else if (typeof segment === 'string' && open === '{') {
      scanner.index++;
      for (;;) {
        scanner.skipSpace();
        if (scanner.text[scanner.index] === '}' || scanner.index >= text.length) break;
        const keyStart = scanner.index;
        const key = scanner.readString();
        if (key === null) return best;
        scanner.skipSpace();
        if (scanner.text[scanner.index] !== ':') return best;
        scanner.index++;
        scanner.skipSpace();
        if (key === segment) {
          best = { from: keyStart, to: keyStart + key.length + 2 };
          found = true;
          break;
        }
        if (!scanner.skipValue()) return best;
        scanner.skipSpace();
        if (scanner.text[scanner.index] === ',') scanner.index++;
      }
    }
    if (!found) return best;
    const from = scanner.index;
    const probe = new Scanner(text);
    probe.index = from;
    const to = probe.skipValue() ? probe.index : from;
    best = typeof segment === 'string' && best ? { from: best.from, to } : { from, to };
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
