/** Bounds that keep a hostile or broken action from freezing the tab. Hosts may tighten or loosen them. */
export interface ActionLimits {
  /** Actions run by one dispatch, nested ones included (a `multiAction` of 10,000 steps ends here). */
  maxSteps: number;
  /** How deep actions may nest (`setValue` -> `action` -> `setValue` ...). */
  maxDepth: number;
  /** How deep plain data in params may nest. */
  maxParamDepth: number;
  /** The longest `delay` a plugin may ask for. */
  maxDelayMs: number;
  requestTimeoutMs: number;
  /** The largest response body a `networkRequest` reads. */
  maxResponseBytes: number;
}

export const DEFAULT_ACTION_LIMITS: Readonly<ActionLimits> = Object.freeze({
  maxSteps: 1000,
  maxDepth: 32,
  maxParamDepth: 32,
  maxDelayMs: 60_000,
  requestTimeoutMs: 15_000,
  maxResponseBytes: 1_000_000,
});
