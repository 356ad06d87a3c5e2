/** Bounds that keep one hostile or careless template from freezing the tab. */
export interface TemplateLimits {
  /** Longest template source in characters. */
  maxSourceLength: number;
  /** Longest rendered text in characters; the rest is cut and `limit_exceeded` reported. */
  maxOutputLength: number;
  /** Most `#each` iterations in one render, summed over every loop (nested loops multiply). */
  maxIterations: number;
  /** Deepest nesting of blocks (`#if`, `#each`, ...) and sub-expressions. */
  maxDepth: number;
  /** Deepest nesting of objects/arrays that `bindValue` walks. */
  maxBindDepth: number;
}

export const DEFAULT_TEMPLATE_LIMITS: Readonly<TemplateLimits> = Object.freeze({
  maxSourceLength: 20_000,
  maxOutputLength: 100_000,
  maxIterations: 10_000,
  maxDepth: 32,
  maxBindDepth: 64,
});

export function resolveTemplateLimits(limits?: Partial<TemplateLimits>): TemplateLimits {
  return limits ? { ...DEFAULT_TEMPLATE_LIMITS, ...limits } : DEFAULT_TEMPLATE_LIMITS;
}
