/** Stable codes of everything that can go wrong with a template. */
export type TemplateErrorCode =
  | 'syntax_error'
  | 'refused_partial'
  | 'refused_decorator'
  | 'refused_path'
  | 'unknown_helper'
  | 'helper_error'
  | 'limit_exceeded'
  | 'budget_exceeded'
  /** The embed's full grammar (blocks, comments, sub-expressions, ...) has not come yet; never cached. */
  | 'grammar_not_loaded';

export interface TemplateErrorDetails {
  /** The template source the error belongs to. */
  source?: string;
  /** 1-based line and 0-based column in the source, when the parser knows them. */
  line?: number;
  column?: number;
}

/**
 * A problem in a plugin's template. Parse-time problems (`syntax_error`, `refused_*`, a source that is too
 * long) are thrown by `parseTemplate`; render-time problems (`unknown_helper`, `helper_error`, a refused key
 * reached through `lookup`, `limit_exceeded`) are collected in `errors` and never thrown.
 */
export class TemplateError extends Error {
  override readonly name = 'TemplateError';
  readonly code: TemplateErrorCode;
  readonly source?: string;
  readonly line?: number;
  readonly column?: number;

  constructor(code: TemplateErrorCode, message: string, details: TemplateErrorDetails = {}) {
    super(message);
    this.code = code;
    this.source = details.source;
    this.line = details.line;
    this.column = details.column;
  }
}

export function isTemplateError(value: unknown): value is TemplateError {
  return value instanceof TemplateError;
}
