// Handlebars' own parser (lexer + grammar + whitespace control), the reference our parser
// (src/renderer/template/templateParser.ts) is checked against; no bundle ships it. The CommonJS build is
// used because the package's `lib/` ES sources import without file extensions, which Node refuses.
import { parse } from 'handlebars/dist/cjs/handlebars/compiler/base.js';
import type { ProgramNode } from '../../../src/renderer/template/ast';

export function parseWithHandlebars(source: string): ProgramNode {
  return parse(source) as ProgramNode;
}
