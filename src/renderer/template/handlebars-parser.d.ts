// The handlebars package ships no types for its compiler modules. We import only the parser (not the
// runtime or the code generator): see handlebarsParser.ts. The AST shape is described in ./ast.ts.
declare module 'handlebars/dist/cjs/handlebars/compiler/base.js' {
  export function parse(input: string, options?: { srcName?: string }): unknown;
}
