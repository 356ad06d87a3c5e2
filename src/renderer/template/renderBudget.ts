/**
 * The render budget of one view: what every template of a document may spend together. Per-template
 * limits (limits.ts) keep one template small; they do not stop 30 small templates that each loop 10,000
 * times, nor a worst case that grows with the number of nodes. The budget does: it is shared by every
 * template of the document, and once spent, the rest of the view is not rendered (the renderer shows a
 * compact notice in preview and reports the skipped nodes).
 */

export interface RenderBudgetLimits {
  /** Template steps (statements and expressions evaluated) per view. */
  maxSteps: number;
  /** Characters of template output per view. */
  maxOutputLength: number;
  /** `#each` iterations per view, over every loop of every template. */
  maxIterations: number;
  /**
   * Milliseconds the view's heavy templates may spend: checked every 256 steps of one evaluation, and
   * only evaluations that long count their time (light templates never trip it on a slow machine).
   */
  maxMillis: number;
}

/**
 * Generous for real plugins (a catalog plugin spends a few hundred steps), small enough that the worst
 * plugin the audit could build stays well under a second. The time budget is the backstop for costly
 * steps; steps and iterations bound the work on any machine, however loaded.
 */
export const DEFAULT_RENDER_BUDGET: Readonly<RenderBudgetLimits> = Object.freeze({
  maxSteps: 200_000,
  maxOutputLength: 500_000,
  maxIterations: 20_000,
  maxMillis: 1_000,
});

/** What an evaluation spent. */
export interface RenderUsage {
  steps: number;
  output: number;
  iterations: number;
  millis: number;
}

const TIME_CHECK_EVERY = 256;

const nowMs = (): number =>
  typeof performance !== 'undefined' && typeof performance.now === 'function'
    ? performance.now()
    : Date.now();

/**
 * The meter one evaluation charges. Each charge answers null while there is budget left, or a sentence
 * that says which budget ran out; the interpreter then stops that template.
 */
export class BudgetMeter {
  readonly spent: RenderUsage = { steps: 0, output: 0, iterations: 0, millis: 0 };
  private exhaustedBy: string | null = null;
  private readonly startedAt: number;

  constructor(
    private readonly left: RenderUsage,
    private readonly limits: RenderBudgetLimits,
    private readonly now: () => number,
  ) {
    this.startedAt = now();
    if (left.steps <= 0) this.exhaust('steps');
    else if (left.output < 0) this.exhaust('output');
    else if (left.iterations < 0) this.exhaust('iterations');
  }

  /** The reason the budget ran out, or null. */
  get exhausted(): string | null {
    return this.exhaustedBy;
  }

  step(): string | null {
    if (this.exhaustedBy) return this.exhaustedBy;
    this.spent.steps += 1;
    if (this.spent.steps > this.left.steps) return this.exhaust('steps');
    if (this.spent.steps % TIME_CHECK_EVERY === 0 && this.elapsed() > this.left.millis)
      return this.exhaust('time');
    return null;
  }

  output(characters: number): string | null {
    if (this.exhaustedBy) return this.exhaustedBy;
    this.spent.output += characters;
    return this.spent.output > this.left.output ? this.exhaust('output') : null;
  }

  iteration(): string | null {
    if (this.exhaustedBy) return this.exhaustedBy;
    this.spent.iterations += 1;
    return this.spent.iterations > this.left.iterations ? this.exhaust('iterations') : null;
  }

  /**
   * Closes the meter. Only heavy evaluations (a time check's worth of steps or more) count their time: a
   * view of 10,000 light templates must not lose nodes because the machine is slow or busy, while loops that
   * do real work are held to the view's time.
   */
  finish(): RenderUsage {
    this.spent.millis = this.spent.steps >= TIME_CHECK_EVERY ? this.elapsed() : 0;
    return this.spent;
  }

  private elapsed(): number {
    return this.now() - this.startedAt;
  }

  private exhaust(kind: 'steps' | 'output' | 'iterations' | 'time'): string {
    const what = {
      steps: `${this.limits.maxSteps} template steps`,
      output: `${this.limits.maxOutputLength} characters of template output`,
      iterations: `${this.limits.maxIterations} #each iterations`,
      time: `${this.limits.maxMillis} ms of template work`,
    }[kind];
    this.exhaustedBy = `The view used up its render budget (${what}), so this part was not rendered. Show fewer items or less text, or split the plugin.`;
    return this.exhaustedBy;
  }
}

/** The budget a slot spends in, and what it spent there last (RenderBudget keeps them on the slot). */
export const SPENT_IN: unique symbol = Symbol('budget spent in');
export const SPENT: unique symbol = Symbol('budget spent');

/**
 * What a budget keeps on a slot; a class whose instances are slots (a node's binding) declares both fields, so
 * its objects keep one shape; any other object gets them when it first spends.
 */
export interface BudgetSlot {
  [SPENT_IN]?: RenderBudget | null;
  [SPENT]?: RenderUsage | number;
}

/**
 * One view's budget. Each bound node spends through its own slot (an object that lives as long as the
 * node): a node that renders again first gets back what it spent last time, and a node that leaves the
 * view gives its share back, so the total is what the view on screen costs now, however often parts of it
 * re-render.
 */
export class RenderBudget {
  readonly limits: RenderBudgetLimits;
  private readonly total: RenderUsage = { steps: 0, output: 0, iterations: 0, millis: 0 };
  /**
   * Each slot's last spending (a lone-path plan's is a number of steps, no object per bound node), kept on
   * the slot itself (BudgetSlot): a list of a thousand items has thousands of bound nodes, and a map of them
   * was a hash insertion per node and a deletion per unmount. A slot already spending in another budget keeps
   * its spending here instead.
   */
  private readonly slots = new Map<object, RenderUsage | number>();

  constructor(
    limits: Partial<RenderBudgetLimits> = {},
    private readonly now: () => number = nowMs,
  ) {
    this.limits = { ...DEFAULT_RENDER_BUDGET, ...limits };
  }

  /** Runs one evaluation for `slot` with what is left of the budget; the slot's last spending is returned first. */
  spend<T>(slot: object, work: (meter: BudgetMeter) => T): T {
    this.release(slot);
    const meter = new BudgetMeter(
      {
        steps: this.limits.maxSteps - this.total.steps,
        output: this.limits.maxOutputLength - this.total.output,
        iterations: this.limits.maxIterations - this.total.iterations,
        millis: this.limits.maxMillis - this.total.millis,
      },
      this.limits,
      this.now,
    );
    try {
      return work(meter);
    } finally {
      const spent = meter.finish();
      this.setSpent(slot, spent);
      this.add(spent, 1);
    }
  }

  /**
   * Charges `steps` template steps for `slot` (replacing its last spending) when they surely fit, as the
   * lone-path plan spends them (bindPlan.ts); false when they might not, with nothing charged: the caller
   * then takes `spend`, which reports the exhausted budget exactly as a template would.
   */
  chargeSteps(slot: object, steps: number): boolean {
    // The slot's last spending is replaced in place: a node that renders again keeps its entry.
    const previous = this.spentOf(slot);
    if (previous !== undefined) this.subtract(previous);
    const left = this.limits.maxSteps - this.total.steps;
    if (
      steps >= TIME_CHECK_EVERY ||
      steps > left ||
      this.total.output > this.limits.maxOutputLength ||
      this.total.iterations > this.limits.maxIterations
    ) {
      if (previous !== undefined) this.forget(slot);
      return false;
    }
    this.setSpent(slot, steps);
    this.total.steps += steps;
    return true;
  }

  /** The node left the view: what it spent is free again. */
  release(slot: object): void {
    const previous = this.spentOf(slot);
    if (previous === undefined) return;
    this.forget(slot);
    this.subtract(previous);
  }

  private spentOf(slot: BudgetSlot): RenderUsage | number | undefined {
    if (slot[SPENT_IN] === this) return slot[SPENT];
    return this.slots.size === 0 ? undefined : this.slots.get(slot);
  }

  private setSpent(slot: BudgetSlot, spent: RenderUsage | number): void {
    const owner = slot[SPENT_IN];
    if (owner === this || ((owner === undefined || owner === null) && !this.slots.has(slot))) {
      slot[SPENT_IN] = this;
      slot[SPENT] = spent;
    } else this.slots.set(slot, spent);
  }

  private forget(slot: BudgetSlot): void {
    if (slot[SPENT_IN] === this) {
      slot[SPENT_IN] = null;
      slot[SPENT] = undefined;
    } else this.slots.delete(slot);
  }

  /** What the view's templates spend now, summed over its nodes. */
  usage(): RenderUsage {
    return { ...this.total };
  }

  private subtract(spent: RenderUsage | number): void {
    if (typeof spent === 'number') this.total.steps -= spent;
    else this.add(spent, -1);
  }

  private add(usage: RenderUsage, sign: 1 | -1): void {
    this.total.steps += sign * usage.steps;
    this.total.output += sign * usage.output;
    this.total.iterations += sign * usage.iterations;
    this.total.millis += sign * usage.millis;
  }
}
