/**
 * Lenient parsing shared by every view of the same document object: a plugin shown in two slots, a
 * preview re-mounted by the host, or an overlay page opened twice parses once. Keyed weakly on the
 * document object (so cached results go away with it) and then on the options. Each result keeps the bind
 * plans of its nodes (documentPlansOf): they go away with it too.
 */
import {
  DEFAULT_LIMITS,
  parseStacDocument,
  type ParseStacOptions,
  type ParseStacResult,
} from '../stac-schema';
import { DocumentPlans, nodeTemplatesOf } from './template';

/** A document's parse under one set of options, and under the others it was asked for, if any (rare). */
interface CachedParses {
  key: string;
  result: ParseStacResult;
  others: Map<string, ParseStacResult> | null;
}
const cache = new WeakMap<object, CachedParses>();
const MAX_OPTION_VARIANTS = 8;

/** Keys of frozen options objects (a view's, shared by the views of a page): computed once each. */
const frozenOptionKeys = new WeakMap<ParseStacOptions, string>();

function optionsKey(options: ParseStacOptions): string {
  if (!Object.isFrozen(options)) return computeOptionsKey(options);
  let key = frozenOptionKeys.get(options);
  if (key === undefined) frozenOptionKeys.set(options, (key = computeOptionsKey(options)));
  return key;
}

function computeOptionsKey(options: ParseStacOptions): string {
  return JSON.stringify([
    options.mode ?? 'lenient',
    options.limits ?? null,
    options.rootPath ?? 'ui',
    [...(options.extraWidgetTypes ?? [])].sort(),
    [...(options.extraActionTypes ?? [])].sort(),
  ]);
}

function parseSafely(document: unknown, options: ParseStacOptions): ParseStacResult {
  try {
    return parseStacDocument(document, options);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      issues: [
        {
          code: 'invalid_json',
          severity: 'error',
          path: options.rootPath ?? 'ui',
          message: `The document could not be read: ${message}`,
        },
      ],
    };
  }
}

/**
 * Each parse result's plan table, made with it: a property of the result that only this module knows (no
 * weak entry per document; a WeakMap's entries cost the garbage collector more than a property does), or,
 * for a result parsed elsewhere, an entry in a weak table.
 */
const PLANS: unique symbol = Symbol('stac.documentPlans');
type PlannedResult = ParseStacResult & { readonly [PLANS]?: DocumentPlans };
const otherPlans = new WeakMap<ParseStacResult, DocumentPlans>();

/**
 * Parses and plans each widget node's binding in the validator's walk, into the result's own table: in one
 * tight pass, planning a fresh document costs less than node by node in the middle of its first render,
 * where the walk's code and data compete with React's (and the render's allocations with its garbage). A
 * node the walk validated but the tree does not keep (below a widget replaced by a marker) is planned for
 * nothing; the table never holds more than the document's node limit.
 */
function parsePlanned(document: unknown, options: ParseStacOptions): ParseStacResult {
  const plans = new DocumentPlans(options.limits?.maxNodes ?? DEFAULT_LIMITS.maxNodes);
  const result = parseSafely(document, {
    ...options,
    onWidget: (node) => void nodeTemplatesOf(node, plans),
  });
  // Not enumerable: a parse result compares and serialises as it did.
  Object.defineProperty(result, PLANS, { value: plans });
  return result;
}

/** The bind plans of a parsed document's nodes: one table per parse result, dropped with it. */
export function documentPlansOf(result: ParseStacResult): DocumentPlans {
  let plans = (result as PlannedResult)[PLANS] ?? otherPlans.get(result);
  if (!plans) otherPlans.set(result, (plans = new DocumentPlans(DEFAULT_LIMITS.maxNodes)));
  return plans;
}

export function parseDocumentCached(document: unknown, options: ParseStacOptions): ParseStacResult {
  if (typeof document !== 'object' || document === null) return parseSafely(document, options);
  const key = optionsKey(options);
  const cached = cache.get(document);
  if (cached === undefined) {
    // A document's first parse keeps a small record, no map: most documents are only ever parsed one way.
    const result = parsePlanned(document, options);
    cache.set(document, { key, result, others: null });
    return result;
  }
  if (cached.key === key) return cached.result;
  const hit = cached.others?.get(key);
  if (hit) return hit;
  const result = parsePlanned(document, options);
  const others = (cached.others ??= new Map());
  if (others.size >= MAX_OPTION_VARIANTS - 1) others.clear();
  others.set(key, result);
  return result;
}
