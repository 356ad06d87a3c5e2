/**
 * Handlebars' whitespace control, applied to a parsed tree as its `parse` does: `~` strips the whitespace
 * next to a mustache, and a block tag, `else` or comment alone on its line takes its line with it
 * ("standalone"). The same rules as handlebars/compiler/whitespace-control.js, so that templates render the
 * same text with our parser (templateParser.ts) as with Handlebars'.
 */
import type { ProgramNode } from './ast';

export interface Strip {
  open?: boolean;
  close?: boolean;
}

interface StandaloneStrip extends Strip {
  openStandalone?: boolean;
  closeStandalone?: boolean;
  inlineStandalone?: boolean;
}

/** The fields of the parser's nodes that whitespace control reads and writes. */
interface Node {
  type: string;
  value?: string;
  original?: string;
  strip?: Strip;
  openStrip?: Strip;
  inverseStrip?: Strip;
  closeStrip?: Strip;
  program?: Program;
  inverse?: Program;
  rightStripped?: boolean;
  leftStripped?: boolean;
  /** A partial's indentation (PartialStatement). */
  indent?: string;
}

interface Program {
  body: Node[];
  chained?: boolean;
}

export function applyWhitespaceControl(root: ProgramNode): ProgramNode {
  visitProgram(root as unknown as Program, true);
  return root;
}

function visitProgram(program: Program, isRoot: boolean): void {
  const body = program.body;
  for (let i = 0; i < body.length; i += 1) {
    const current = body[i];
    const strip = visitStatement(current);
    if (!strip) continue;
    const prevWhitespace = isPrevWhitespace(body, i, isRoot);
    const nextWhitespace = isNextWhitespace(body, i, isRoot);
    const openStandalone = strip.openStandalone && prevWhitespace;
    const closeStandalone = strip.closeStandalone && nextWhitespace;
    const inlineStandalone = strip.inlineStandalone && prevWhitespace && nextWhitespace;
    if (strip.close) omitRight(body, i, true);
    if (strip.open) omitLeft(body, i, true);
    if (inlineStandalone) {
      omitRight(body, i);
      // A standalone partial keeps the indentation it took from its line, for the lines it inserts.
      if (omitLeft(body, i) && current.type === 'PartialStatement') {
        current.indent = trailingIndent(body[i - 1].original ?? '');
      }
    }
    if (openStandalone) {
      omitRight(((current.program ?? current.inverse) as Program).body);
      omitLeft(body, i);
    }
    if (closeStandalone) {
      omitRight(body, i);
      omitLeft(((current.inverse ?? current.program) as Program).body);
    }
  }
}

/** The spaces and tabs a line ends with, read from the end (a regular expression would rescan long runs). */
function trailingIndent(text: string): string {
  let start = text.length;
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start -= 1;
  return text.slice(start);
}

function visitStatement(node: Node): StandaloneStrip | undefined {
  switch (node.type) {
    case 'BlockStatement':
    case 'DecoratorBlock':
    case 'PartialBlockStatement':
      return visitBlock(node);
    case 'MustacheStatement':
    case 'Decorator':
      return node.strip;
    case 'PartialStatement':
    case 'CommentStatement':
      return { inlineStandalone: true, open: node.strip?.open, close: node.strip?.close };
    default:
      return undefined;
  }
}

function visitBlock(block: Node): StandaloneStrip {
  if (block.program) visitProgram(block.program, false);
  if (block.inverse) visitProgram(block.inverse, false);
  // The inverse program whitespace stripping concerns, through a chain of `else if`s.
  const program = (block.program ?? block.inverse) as Program;
  const inverse = block.program && block.inverse;
  let firstInverse = inverse;
  let lastInverse = inverse;
  if (inverse?.chained) {
    firstInverse = inverse.body[0].program;
    while (lastInverse?.chained) lastInverse = lastInverse.body[lastInverse.body.length - 1].program;
  }
  const strip: StandaloneStrip = {
    open: block.openStrip?.open,
    close: block.closeStrip?.close,
    // Whether the block may be standalone; its parent decides whether it is.
    openStandalone: isNextWhitespace(program.body),
    closeStandalone: isPrevWhitespace((firstInverse ?? program).body),
  };
  if (block.openStrip?.close) omitRight(program.body, null, true);
  if (inverse && firstInverse && lastInverse) {
    if (block.inverseStrip?.open) omitLeft(program.body, null, true);
    if (block.inverseStrip?.close) omitRight(firstInverse.body, null, true);
    if (block.closeStrip?.open) omitLeft(lastInverse.body, null, true);
    // A standalone `else`.
    if (isPrevWhitespace(program.body) && isNextWhitespace(firstInverse.body)) {
      omitLeft(program.body);
      omitRight(firstInverse.body);
    }
  } else if (block.closeStrip?.open) {
    omitLeft(program.body, null, true);
  }
  return strip;
}

function isPrevWhitespace(body: Node[], at?: number, isRoot?: boolean): boolean | undefined {
  const i = at ?? body.length;
  const prev = body[i - 1];
  const sibling = body[i - 2];
  if (!prev) return isRoot;
  if (prev.type === 'ContentStatement') {
    return (sibling || !isRoot ? /(?:^|\S)[^\S\n]*\n\s*$/ : /^\s*$|(?:^|\S)[^\S\n]*\n\s*$/).test(
      prev.original ?? '',
    );
  }
  return undefined;
}

function isNextWhitespace(body: Node[], at?: number, isRoot?: boolean): boolean | undefined {
  const i = at ?? -1;
  const next = body[i + 1];
  const sibling = body[i + 2];
  if (!next) return isRoot;
  if (next.type === 'ContentStatement') {
    return (sibling || !isRoot ? /^\s*?\r?\n/ : /^\s*?(\r?\n|$)/).test(next.original ?? '');
  }
  return undefined;
}

/** Strips the whitespace of the content node right of `i` (the first node when `i` is null). */
function omitRight(body: Node[], i?: number | null, multiple?: boolean): void {
  const current = body[i == null ? 0 : i + 1];
  if (!current || current.type !== 'ContentStatement' || (!multiple && current.rightStripped)) return;
  const original = current.value ?? '';
  current.value = original.replace(multiple ? /^\s+/ : /^[ \t]*\r?\n?/, '');
  current.rightStripped = current.value !== original;
}

/** Strips the whitespace of the content node left of `i` (the last node when `i` is null). */
function omitLeft(body: Node[], i?: number | null, multiple?: boolean): boolean | undefined {
  const current = body[i == null ? body.length - 1 : i - 1];
  if (!current || current.type !== 'ContentStatement' || (!multiple && current.leftStripped))
    return undefined;
  const original = current.value ?? '';
  // Anchored after a non-space character: a plain /\s+$/ takes quadratic time on long runs.
  current.value = original.replace(multiple ? /(^|\S)\s+$/ : /(^|[^ \t])[ \t]+$/, '$1');
  current.leftStripped = current.value !== original;
  return current.leftStripped;
}
