/**
 * A node's binding, compiled once per node object: where its templates sit and, when every one of them is
 * a lone scope path (`<<items[2].name>>`, most bound values in real documents), the path each one reads.
 * Binding such a node is then a few property reads: no binder, no interpreter, no parse-cache lookup and
 * the same reads every time, so the node's subscription is known before it renders.
 *
 * The plan is only a shortcut: it gives exactly what `bindValue` gives (value types, copies that keep
 * untouched parts, unbound paths, compacted reads, one template step per lone path charged to the render
 * budget), and any node it cannot answer for with certainty (a helper name as a path, a template that is
 * not a lone path, a budget near its end) takes the general route.
 */
import type { RenderBudget } from './renderBudget';
import type { TemplateHelperRegistry } from './helperTypes';
import { defaultHelpers } from './defaultHelpers';
import { isForbiddenKey } from './forbiddenKeys';
import { readOwnValue } from './readOwnValue';
import { compactReads } from './reads';
import { typedValue } from './renderTemplate';
import { copyObject, isWidgetOrAction, setOwn } from './bindValue';
import { DEFAULT_TEMPLATE_LIMITS } from './limits';

/** One template of the node: the keys from the node to it and the scope path it reads. */
interface LonePathSite {
  readonly segments: readonly string[];
  /** Dot-joined, as the interpreter records reads and unbound paths. */
  readonly path: string;
}

/** Where sites sit: an object's or array's entries that hold one, recursively. */
type PlanBranch =
  | { readonly kind: 'site'; readonly site: LonePathSite }
  | { readonly kind: 'object'; readonly entries: readonly (readonly [string, PlanBranch])[] }
  | { readonly kind: 'array'; readonly entries: readonly (readonly [number, PlanBranch])[] };

export interface BindPlan {
  readonly root: PlanBranch;
  readonly siteCount: number;
  /** Single-segment paths: a helper of that name would be called instead, so they are checked per view. */
  readonly bareNames: readonly string[];
  /** What binding reads, compacted and sorted as `bindValue` reports it; the same array on every bind. */
  readonly reads: readonly string[];
  /** `reads` joined by newlines: the key of the node's subscription. */
  readonly readsKey: string;
  /** `reads` split into segments, for the subscription. */
  readonly readSegments: readonly (readonly string[])[];
}

export interface PlannedBinding {
  value: unknown;
  unbound: string[];
}

const NO_PLAN = 'none';
const plans = new WeakMap<object, BindPlan | typeof NO_PLAN>();

/** Templates at least this long are not lone paths worth a plan (and keep parseTemplate's own limit). */
const MAX_LONE_PATH_LENGTH = 1_000;

/** The plan of a node whose templates are all lone paths, or null (bind it with `bindValue`). */
export function bindPlanOf(node: object): BindPlan | null {
  const known = plans.get(node);
  if (known !== undefined) return known === NO_PLAN ? null : known;
  const sites: LonePathSite[] = [];
  const root = planValue(node, 0, true, sites);
  let plan: BindPlan | null = null;
  if (root !== undefined && root !== null && sites.length > 0) {
    const reads = compactReads(new Set(sites.map((site) => site.path)));
    plan = {
      root,
      siteCount: sites.length,
      bareNames: sites.filter((site) => site.segments.length === 1).map((site) => site.segments[0]),
      reads,
      readsKey: reads.join('\n'),
      readSegments: reads.map((read) => read.split('.')),
    };
  }
  plans.set(node, plan ?? NO_PLAN);
  return plan;
}

/**
 * undefined: nothing to bind here; null: something the plan cannot answer for (the whole node takes the
 * general route); otherwise the branch.
 */
function planValue(
  value: unknown,
  depth: number,
  isRoot: boolean,
  sites: LonePathSite[],
): PlanBranch | null | undefined {
  if (typeof value === 'string') {
    if (!value.includes('{{') && !value.includes('<<')) return undefined;
    const site = lonePathSite(value);
    if (site === null) return null;
    sites.push(site);
    return { kind: 'site', site };
  }
  if (value === null || typeof value !== 'object') return undefined;
  // The binder reports the depth limit; leave that to it.
  if (depth > DEFAULT_TEMPLATE_LIMITS.maxBindDepth) return null;
  if (Array.isArray(value)) {
    const entries: [number, PlanBranch][] = [];
    for (let index = 0; index < value.length; index += 1) {
      const branch = planValue(value[index], depth + 1, false, sites);
      if (branch === null) return null;
      if (branch !== undefined) entries.push([index, branch]);
    }
    return entries.length > 0 ? { kind: 'array', entries } : undefined;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return undefined;
  if (!isRoot && isWidgetOrAction(value)) return undefined;
  const entries: [string, PlanBranch][] = [];
  for (const key of Object.keys(value)) {
    const branch = planValue((value as Record<string, unknown>)[key], depth + 1, false, sites);
    if (branch === null) return null;
    if (branch !== undefined) entries.push([key, branch]);
  }
  return entries.length > 0 ? { kind: 'object', entries } : undefined;
}

/**
 * A whole template that is one plain path, `<<items[2].name>>` or `{{asset.name}}`: the grammar
 * parseTemplate reads without its general parser, recognised here without building its tree (a fresh
 * document of a thousand items has thousands of them). Anything else goes through parseTemplate.
 */
const LONE_PATH =
  /^(?:<<([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*|\[\d+\])*)>>|\{\{([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*|\[\d+\])*)\}\})$/;
/** First words Handlebars reads as literals or keywords, never as paths. */
const NOT_A_PATH: ReadonlySet<string> = new Set(['this', 'else', 'true', 'false', 'null', 'undefined', 'as']);

/** The site of a template that is exactly one plain path with no arguments, or null. */
function lonePathSite(source: string): LonePathSite | null {
  if (source.length > MAX_LONE_PATH_LENGTH) return null;
  const match = LONE_PATH.exec(source);
  if (!match) return null;
  const path = match[1] ?? match[2];
  // `list[2]` reads the item at index 2, as `list.[2]` does in Handlebars.
  const segments = path.replaceAll('[', '.').replaceAll(']', '').split('.');
  // Keywords and forbidden keys: the interpreter's rules and messages apply.
  if (NOT_A_PATH.has(segments[0]) || segments.some(isForbiddenKey)) return null;
  return { segments, path: segments.join('.') };
}

/**
 * Binds a planned node against `scope`, charging one step per template to `budget` through `slot` as the
 * interpreter would. Null when the general route must answer: a bare name that is also a helper, or a
 * budget that might not cover the node (the general route then reports it exactly).
 */
export function bindWithPlan(
  node: object,
  plan: BindPlan,
  scope: unknown,
  helpers: TemplateHelperRegistry | undefined,
  budget: RenderBudget | undefined,
  slot: object | undefined,
): PlannedBinding | null {
  if (plan.bareNames.length > 0) {
    const registry = helpers ?? defaultHelpers;
    for (const name of plan.bareNames) if (Object.hasOwn(registry, name)) return null;
  }
  if (budget && slot && !budget.chargeSteps(slot, plan.siteCount)) return null;
  const unbound: string[] = [];
  const value = bindBranch(node, plan.root, scope, unbound);
  return { value, unbound: unbound.length > 1 ? [...new Set(unbound)] : unbound };
}

function bindBranch(value: unknown, branch: PlanBranch, scope: unknown, unbound: string[]): unknown {
  if (branch.kind === 'site') return readSite(branch.site, scope, unbound);
  if (branch.kind === 'array') {
    const array = value as unknown[];
    let copy: unknown[] | null = null;
    for (const [index, child] of branch.entries) {
      const item = array[index];
      const bound = bindBranch(item, child, scope, unbound);
      if (bound !== item) {
        copy ??= array.slice();
        copy[index] = bound;
      }
    }
    return copy ?? array;
  }
  const record = value as Record<string, unknown>;
  let copy: Record<string, unknown> | null = null;
  for (const [key, child] of branch.entries) {
    const item = record[key];
    const bound = bindBranch(item, child, scope, unbound);
    if (bound !== item) {
      copy ??= copyObject(record);
      setOwn(copy, key, bound);
    }
  }
  return copy ?? record;
}

function readSite(site: LonePathSite, scope: unknown, unbound: string[]): unknown {
  let current = scope;
  for (const segment of site.segments) {
    const next = readOwnValue(current, segment);
    if (next.kind !== 'found') {
      // Forbidden keys never reach a plan (parseTemplate refuses them), so this is a missing value.
      unbound.push(site.path);
      return '';
    }
    current = next.value;
  }
  return typedValue(current);
}
