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

const cache = new WeakMap<object, Map<string, ParseStacResult>>();
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

/** Each parse result's plan table, made with it (one weak entry per document, none per node). */
const documentPlans = new WeakMap<ParseStacResult, DocumentPlans>();

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
  documentPlans.set(result, plans);
  return result;
}

/** The bind plans of a parsed document's nodes: one table per parse result, dropped with it. */
export function documentPlansOf(result: ParseStacResult): DocumentPlans {
  let plans = documentPlans.get(result);
  if (!plans) documentPlans.set(result, (plans = new DocumentPlans(DEFAULT_LIMITS.maxNodes)));
  return plans;
}

export function parseDocumentCached(document: unknown, options: ParseStacOptions): ParseStacResult {
  if (typeof document !== 'object' || document === null) return parseSafely(document, options);
  const key = optionsKey(options);
  let variants = cache.get(document);
  const hit = variants?.get(key);
  if (hit) return hit;
  const result = parsePlanned(document, options);
  if (!variants) cache.set(document, (variants = new Map()));
  if (variants.size >= MAX_OPTION_VARIANTS) variants.clear();
  variants.set(key, result);
  return result;
}
