// The handlebars package ships no types for its compiler modules. Only the parser is imported, and only by
// the tests (handlebarsReference.ts). The AST shape is described in src/renderer/template/ast.ts.
declare module 'handlebars/dist/cjs/handlebars/compiler/base.js' {
  export function parse(input: string, options?: { srcName?: string }): unknown;
}
