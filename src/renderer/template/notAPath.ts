/** First words Handlebars reads as literals or keywords, never as paths: a template naming one is no lone path. */
export const NOT_A_PATH: ReadonlySet<string> = new Set([
  'this',
  'else',
  'true',
  'false',
  'null',
  'undefined',
  'as',
]);
