// Only Handlebars' parser (lexer + grammar + whitespace control), not its runtime or its JavaScript code
// generator: templates are never compiled to functions (the app runs under a CSP without 'unsafe-eval').
// The CommonJS build is used because the package's `lib/` ES sources import without file extensions,
// which Node's ES module loader refuses; Vite and Node both load the CommonJS file.
import { parse } from 'handlebars/dist/cjs/handlebars/compiler/base.js';
import type { ProgramNode } from './ast';

export function parseHandlebars(source: string): ProgramNode {
  return parse(source) as ProgramNode;
}
