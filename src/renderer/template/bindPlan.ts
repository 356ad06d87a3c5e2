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
import { NOT_FOUND, readOwnData } from './readOwnValue';
import { compactReads } from './reads';
import { typedValue } from './renderTemplate';
import { copyObject, isWidgetOrAction, setOwn } from './bindValue';
import { DEFAULT_TEMPLATE_LIMITS } from './limits';
import { NOT_A_PATH } from './notAPath';

/** One template of the node: the scope path it reads (a branch of the plan where it sits). */
interface LonePathSite {
  readonly kind: 'site';
  readonly segments: readonly string[];
  /** Dot-joined, as the interpreter records reads and unbound paths. */
  readonly path: string;
}

/**
 * An object's one template under `key` (a text's `data`, an image's `src`: most bound nodes): the site and
 * where it sits in one object instead of two.
 */
interface KeyedSite {
  readonly kind: 'keyedSite';
  readonly key: string;
  readonly segments: readonly string[];
  readonly path: string;
}

/** Where sites sit: an object's or array's entries that hold one, recursively. */
type PlanBranch =
  | LonePathSite
  | KeyedSite
  | { readonly kind: 'key'; readonly key: string; readonly branch: PlanBranch }
  | { readonly kind: 'object'; readonly entries: readonly (readonly [string, PlanBranch])[] }
  | { readonly kind: 'array'; readonly entries: readonly (readonly [number, PlanBranch])[] };

type Site = LonePathSite | KeyedSite;

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

/** A node without templates, and what the renderer derived from it once (its coerced props). */
interface StaticEntry {
  derived: object | undefined;
}

const NO_PLAN = 'none';
/**
 * One entry per node object, found in one walk and asked for once per render: a fresh document of a
 * thousand items makes thousands of them, so there is one map and one entry per node.
 */
type PlanEntry = BindPlan | typeof NO_PLAN | StaticEntry;

/**
 * The plans of one parsed document's nodes, kept with the document (parseDocumentCached.ts) and dropped
 * with it: a plain map, written once per node as it first renders. A fresh document's nodes are new
 * objects, and putting each one into a long-lived WeakMap cost its write barrier and, at every full
 * garbage collection, ephemeron work per entry; a map per document costs one weak entry per document.
 * Past `capacity` entries (the document's node limit: what a view renders beyond it are nodes made at
 * render time, not the document's), nodes take the shared table instead, so the map cannot grow for as long
 * as the document lives.
 */
export class DocumentPlans {
  readonly entries = new Map<object, PlanEntry>();
  constructor(readonly capacity: number) {}
}

/**
 * Plans of nodes bound without a document's table (or past its capacity: nodes made at render time), kept
 * per node object. A view's own nodes go into its document's table (DocumentPlans), so this one stays small.
 */
const plans = new WeakMap<object, PlanEntry>();

/** Templates at least this long are not lone paths worth a plan (and keep parseTemplate's own limit). */
const MAX_LONE_PATH_LENGTH = 1_000;

const NO_NAMES: readonly string[] = Object.freeze([]);

/**
 * Scratch space of the walk in progress, emptied after each node (a walk never starts another): a fresh
 * document of a thousand items walks thousands of nodes, and a new array per node and per path grew a
 * backing store of 17 slots for one or three entries (emptying an array by its length frees its store
 * too). What a plan keeps is copied out at its exact size.
 */
const foundSites: (Site | undefined)[] = [];
let foundSiteCount = 0;
const foundSegments: string[] = [];
let foundSegmentCount = 0;

function isStaticEntry(entry: BindPlan | StaticEntry): entry is StaticEntry {
  return 'derived' in entry;
}

/**
 * The node asked for last and its entry: a node view asks whether a node is static and then for its plan,
 * two lookups of the same node in a map of thousands. A node's entry depends on the node alone (a parsed
 * node never changes), whichever table holds it.
 */
let lastNode: object | null = null;
let lastEntry: PlanEntry | null = null;

function knownTemplatesOf(node: object, table: DocumentPlans | undefined): PlanEntry {
  if (node === lastNode && lastEntry !== null) return lastEntry;
  const entry = lookUpTemplatesOf(node, table);
  lastNode = node;
  lastEntry = entry;
  return entry;
}

function lookUpTemplatesOf(node: object, table: DocumentPlans | undefined): PlanEntry {
  if (table) {
    const entries = table.entries;
    const known = entries.get(node);
    if (known !== undefined) return known;
    if (entries.size < table.capacity) {
      const plan = planNode(node);
      entries.set(node, plan);
      return plan;
    }
  }
  const known = plans.get(node);
  if (known !== undefined) return known;
  const plan = planNode(node);
  plans.set(node, plan);
  return plan;
}

/** What one walk over the node's own props finds (knownTemplatesOf keeps it). */
function planNode(node: object): PlanEntry {
  foundSiteCount = 0;
  const root = planValue(node, 0, true);
  const plan =
    root === undefined
      ? { derived: undefined }
      : root === null
        ? NO_PLAN
        : root === LONE_SITE
          ? lonePlan()
          : planOf(root);
  if (foundSiteCount > 0) foundSites.fill(undefined, 0, foundSiteCount);
  return plan;
}

/**
 * The plan of a node whose one template is a lone path under one of its keys (a text's `data`, an
 * image's `src`: most bound nodes): one object that is its own keyed site and its own root. What every
 * such plan shares (its kind, one site, its root being itself, its key of reads being its path) sits on
 * the prototype, so a plan holds only what is its own: a fresh document of a thousand items makes four
 * thousand of them, and each one lives as long as its node.
 */
class LonePathPlan {
  declare readonly kind: 'keyedSite';
  declare readonly siteCount: 1;
  readonly key: string;
  readonly segments: readonly string[];
  readonly path: string;
  readonly reads: readonly string[];
  readonly readSegments: readonly (readonly string[])[];

  constructor(key: string, segments: readonly string[], path: string) {
    this.key = key;
    this.segments = segments;
    this.path = path;
    this.reads = [path];
    this.readSegments = [segments];
  }

  get root(): PlanBranch {
    return this;
  }

  get readsKey(): string {
    return this.path;
  }

  get bareNames(): readonly string[] {
    return this.segments.length === 1 ? this.segments : NO_NAMES;
  }
}
Object.defineProperties(LonePathPlan.prototype, {
  kind: { value: 'keyedSite' },
  siteCount: { value: 1 },
});

/** The plan of a node whose one template is a lone path, found in `loneKey`, `loneSegments` and `lonePath`. */
function lonePlan(): BindPlan {
  return new LonePathPlan(loneKey, loneSegments, lonePath);
}

/** The plan of a walk that found sites (in foundSites). */
function planOf(root: PlanBranch): BindPlan {
  if (foundSiteCount === 1) {
    // Most bound nodes hold one template (a text's data, an image's src): no set, sort, join or split.
    const site = foundSites[0] as Site;
    return {
      root,
      siteCount: 1,
      bareNames: site.segments.length === 1 ? site.segments : NO_NAMES,
      reads: [site.path],
      readsKey: site.path,
      readSegments: [site.segments],
    };
  }
  const sites = foundSites.slice(0, foundSiteCount) as Site[];
  const reads = compactReads(new Set(sites.map((site) => site.path)));
  return {
    root,
    siteCount: sites.length,
    bareNames: sites.filter((site) => site.segments.length === 1).map((site) => site.segments[0]),
    reads,
    readsKey: reads.join('\n'),
    readSegments: reads.map((read) => read.split('.')),
  };
}

/**
 * What binding a node involves, found in one walk over its own props and kept per node object: `static`
 * (no template: binding would return the node itself and read nothing), its plan (every template a lone
 * path), or `general` (some template needs the interpreter, or the node is deeper than the binder goes).
 */
export function nodeTemplatesOf(node: object, table?: DocumentPlans): BindPlan | 'static' | 'general' {
  const known = knownTemplatesOf(node, table);
  if (known === NO_PLAN) return 'general';
  return isStaticEntry(known) ? 'static' : known;
}

/**
 * For a node without templates, what `derive` makes of it, made once per node object and kept with its
 * entry (the renderer's coerced props); null for a node with templates.
 */
export function staticDerivedOf<T extends object>(
  node: object,
  derive: (node: object) => T,
  table?: DocumentPlans,
): T | null {
  const known = knownTemplatesOf(node, table);
  if (known === NO_PLAN || !isStaticEntry(known)) return null;
  return (known.derived ??= derive(node)) as T;
}

/** The plan of a node whose templates are all lone paths, or null (bind it with `bindValue`). */
export function bindPlanOf(node: object, table?: DocumentPlans): BindPlan | null {
  const known = knownTemplatesOf(node, table);
  return known === NO_PLAN || isStaticEntry(known) ? null : known;
}

/**
 * undefined: nothing to bind here; null: something the plan cannot answer for (the whole node takes the
 * general route); otherwise the branch.
 */
function planValue(
  value: unknown,
  depth: number,
  isRoot: boolean,
): PlanBranch | typeof LONE_SITE | null | undefined {
  if (typeof value === 'string') {
    if (!value.includes('<<') && !value.includes('{{')) return undefined;
    if (!scanLonePath(value)) return null;
    return siteOf(scannedSegments(), scannedPath);
  }
  if (value === null || typeof value !== 'object') return undefined;
  // The binder reports the depth limit; leave that to it.
  if (depth > DEFAULT_TEMPLATE_LIMITS.maxBindDepth) return null;
  if (Array.isArray(value)) {
    let entries: [number, PlanBranch][] | undefined;
    for (let index = 0; index < value.length; index += 1) {
      const branch = planChild(value[index], depth + 1);
      if (branch === null) return null;
      if (branch !== undefined) (entries ??= []).push([index, branch]);
    }
    return entries && { kind: 'array', entries };
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return undefined;
  if (isRoot) return planObject(value as Record<string, unknown>, depth);
  if (isWidgetOrAction(value)) return undefined;
  const branch = planObject(value as Record<string, unknown>, depth);
  if (branch !== LONE_SITE) return branch;
  const site: KeyedSite = { kind: 'keyedSite', key: loneKey, segments: loneSegments, path: lonePath };
  foundSites[foundSiteCount++] = site;
  return site;
}

/** A value below the node's own object: a lone site there is a keyed site of its own (planValue). */
function planChild(value: unknown, depth: number): PlanBranch | null | undefined {
  return planValue(value, depth, false) as PlanBranch | null | undefined;
}

function siteOf(segments: readonly string[], path: string): LonePathSite {
  const site: LonePathSite = { kind: 'site', segments, path };
  foundSites[foundSiteCount++] = site;
  return site;
}

/**
 * planObject's answer for an object whose only template is a lone path under one key, left in the three
 * variables below: the node's own object makes it its whole plan (lonePlan), a nested one a keyed site.
 */
const LONE_SITE = Symbol('lone site');
let loneKey = '';
let loneSegments: readonly string[] = NO_NAMES;
let lonePath = '';

function planObject(
  record: Record<string, unknown>,
  depth: number,
): PlanBranch | typeof LONE_SITE | null | undefined {
  // Branches are made only where a template sits: a node's other props cost a look each, no allocation.
  // The object's first template, when it comes first, is held in three variables: alone (most nodes) it
  // becomes the plan itself, and a site only when another branch follows.
  let firstKey: string | undefined;
  let firstSegments: readonly string[] = NO_NAMES;
  let firstPath = '';
  let single: { readonly kind: 'key'; readonly key: string; readonly branch: PlanBranch } | undefined;
  let entries: [string, PlanBranch][] | undefined;
  for (const key in record) {
    if (!Object.hasOwn(record, key)) continue;
    const item = record[key];
    // Numbers and booleans: nothing to bind.
    if (item === null || (typeof item !== 'object' && typeof item !== 'string')) continue;
    if (firstKey === undefined && single === undefined && typeof item === 'string') {
      if (!item.includes('<<') && !item.includes('{{')) continue;
      if (!scanLonePath(item)) return null;
      firstKey = key;
      firstSegments = scannedSegments();
      firstPath = scannedPath;
      continue;
    }
    const branch = planChild(item, depth + 1);
    if (branch === null) return null;
    if (branch === undefined) continue;
    if (entries) entries.push([key, branch]);
    else if (firstKey !== undefined)
      entries = [
        [firstKey, siteOf(firstSegments, firstPath)],
        [key, branch],
      ];
    else if (single)
      entries = [
        [single.key, single.branch],
        [key, branch],
      ];
    else single = { kind: 'key', key, branch };
  }
  if (entries) return { kind: 'object', entries };
  if (firstKey !== undefined) {
    loneKey = firstKey;
    loneSegments = firstSegments;
    lonePath = firstPath;
    return LONE_SITE;
  }
  return single;
}

const isIdentifierStart = (code: number) =>
  (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 36;
const isDigit = (code: number) => code >= 48 && code <= 57;
const isIdentifierPart = (code: number) => isIdentifierStart(code) || isDigit(code);

/**
 * Identifier segments scanned before, each one past the forbidden-key check: a thousand items' templates
 * name the same few keys (`items`, `name`), so their plans share one string per key instead of a copy per
 * node (and reads through a shared key hit V8's property caches). A small table, replaced in turn.
 */
const knownSegments: string[] = [];
let nextKnownSegment = 0;
const MAX_KNOWN_SEGMENTS = 32;

/** The identifier `source[start, end)` as a string, or null for a key no template may read. */
function identifierSegment(source: string, start: number, end: number): string | null {
  const length = end - start;
  const first = source.charCodeAt(start);
  for (let i = 0; i < knownSegments.length; i += 1) {
    const known = knownSegments[i];
    // Length and first character before the text: a list's keys are often of one length (`price`, `image`).
    if (known.length === length && known.charCodeAt(0) === first && source.startsWith(known, start))
      return known;
  }
  const segment = source.slice(start, end);
  if (isForbiddenKey(segment)) return null;
  knownSegments[nextKnownSegment] = segment;
  nextKnownSegment = (nextKnownSegment + 1) % MAX_KNOWN_SEGMENTS;
  return segment;
}

/**
 * The names of the indices 0, 1, 2, ... that templates have named so far, made once each: a list's items
 * name the same indices (`items[3].name`, `items[3].price`) in every document, so their plans share one
 * string per index instead of a copy per template. Grown in order, up to MAX_INDEX_NAMES.
 */
const indexNames: string[] = [];
const MAX_INDEX_NAMES = 65_536;
/** How far past the names made so far one index may reach and still have the ones below it made. */
const INDEX_NAMES_AHEAD = 1_024;

/** The digits `source[start, end)` as a segment: a shared name when they are a plain index (no leading zero). */
function indexName(source: string, start: number, end: number): string {
  const length = end - start;
  if (length <= 5 && (length === 1 || source.charCodeAt(start) !== 48)) {
    let index = 0;
    for (let at = start; at < end; at += 1) index = index * 10 + source.charCodeAt(at) - 48;
    if (index < indexNames.length) return indexNames[index];
    if (index < MAX_INDEX_NAMES && index < indexNames.length + INDEX_NAMES_AHEAD) {
      while (indexNames.length <= index) indexNames.push(String(indexNames.length));
      return indexNames[index];
    }
  }
  return source.slice(start, end);
}

/** The last lone path scanned: its segments at their exact size, and dot-joined. */
let scannedSegmentList: readonly string[] = NO_NAMES;
let scannedPath = '';

function scannedSegments(): readonly string[] {
  return scannedSegmentList;
}

/**
 * Whether a template is exactly one plain path with no arguments, `<<items[2].name>>` or `{{asset.name}}`:
 * the grammar parseTemplate reads without its general parser, `^(<<P>>|{{P}})$` with
 * P = `[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*|\[\d+\])*`, recognised here in one scan without building its tree
 * (a fresh document of a thousand items has thousands of them). If so, its segments and dot-joined path are
 * left in `scannedSegmentList` and `scannedPath`. Anything else goes through parseTemplate.
 */
function scanLonePath(source: string): boolean {
  const length = source.length;
  if (length > MAX_LONE_PATH_LENGTH || length < 5) return false;
  const open = source.charCodeAt(0);
  // `<<` ... `>>` or `{{` ... `}}`
  const close = open === 60 ? 62 : open === 123 ? 125 : 0;
  if (
    close === 0 ||
    source.charCodeAt(1) !== open ||
    source.charCodeAt(length - 1) !== close ||
    source.charCodeAt(length - 2) !== close
  ) {
    return false;
  }
  const end = length - 2;
  const segments = foundSegments;
  foundSegmentCount = 0;
  // Where the part of the path up to its last `[digits]` ends, and how many segments it has (0: none).
  let headEnd = 0;
  let headCount = 0;
  let at = 2;
  let start = at;
  if (!isIdentifierStart(source.charCodeAt(at))) return false;
  for (;;) {
    // One identifier from `start`.
    at += 1;
    while (at < end && isIdentifierPart(source.charCodeAt(at))) at += 1;
    const identifier = identifierSegment(source, start, at);
    // Keywords and forbidden keys: the interpreter's rules and messages apply.
    if (identifier === null || (foundSegmentCount === 0 && NOT_A_PATH.has(identifier))) return false;
    segments[foundSegmentCount++] = identifier;
    // Then any number of `[digits]`, then `.identifier` or the end.
    while (at < end && source.charCodeAt(at) === 91) {
      const digits = at + 1;
      at = digits;
      while (at < end && isDigit(source.charCodeAt(at))) at += 1;
      if (at === digits || at >= end || source.charCodeAt(at) !== 93) return false;
      segments[foundSegmentCount++] = indexName(source, digits, at);
      at += 1;
      headEnd = at;
      headCount = foundSegmentCount;
    }
    if (at === end) break;
    if (source.charCodeAt(at) !== 46 || at + 1 >= end || !isIdentifierStart(source.charCodeAt(at + 1)))
      return false;
    at += 1;
    start = at;
  }
  // `list[2]` reads the item at index 2, as `list.[2]` does in Handlebars.
  const list = segments.slice(0, foundSegmentCount);
  scannedSegmentList = list;
  scannedPath =
    foundSegmentCount === 1
      ? list[0]
      : headCount > 0
        ? bracketedPath(source, headEnd, end, list, headCount)
        : source.slice(2, end);
  return true;
}

/**
 * The last path head scanned up to its last `[digits]` (`items[3]`, as written) and its dot-joined form:
 * an item's templates (`items[3].name`, `items[3].price`, ...) come one after another and share it.
 */
let lastHead = '';
let lastHeadPath = '';

/** Path endings after the last `]` (`.name`), as written and as dot-joined alike: a few, shared. */
const knownTails: string[] = [];
let nextKnownTail = 0;

/**
 * The dot-joined path of a lone path with brackets, `items[3].name` -> `items.3.name`: its head as the last
 * one with the same text made it, then its tail (which reads the same in both forms), so a list's templates
 * join no arrays and slice no text of their own.
 */
function bracketedPath(
  source: string,
  headEnd: number,
  end: number,
  segments: readonly string[],
  headCount: number,
): string {
  let headPath = lastHeadPath;
  if (lastHead.length !== headEnd - 2 || !source.startsWith(lastHead, 2)) {
    headPath = (headCount === segments.length ? segments : segments.slice(0, headCount)).join('.');
    lastHead = source.slice(2, headEnd);
    lastHeadPath = headPath;
  }
  return headEnd === end ? headPath : headPath + tailOf(source, headEnd, end);
}

function tailOf(source: string, start: number, end: number): string {
  const length = end - start;
  // A tail is `.` and a name (two characters at least): its second character tells most apart.
  const second = source.charCodeAt(start + 1);
  for (let i = 0; i < knownTails.length; i += 1) {
    const known = knownTails[i];
    if (known.length === length && known.charCodeAt(1) === second && source.startsWith(known, start))
      return known;
  }
  const tail = source.slice(start, end);
  knownTails[nextKnownTail] = tail;
  nextKnownTail = (nextKnownTail + 1) % MAX_KNOWN_SEGMENTS;
  return tail;
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
  if (branch.kind === 'site') return readSite(branch, scope, unbound);
  if (branch.kind === 'keyedSite') {
    const record = value as Record<string, unknown>;
    const bound = readSite(branch, scope, unbound);
    if (bound === record[branch.key]) return record;
    const copy = copyObject(record);
    setOwn(copy, branch.key, bound);
    return copy;
  }
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
  if (branch.kind === 'key') {
    const item = record[branch.key];
    const bound = bindBranch(item, branch.branch, scope, unbound);
    if (bound === item) return record;
    const copy = copyObject(record);
    setOwn(copy, branch.key, bound);
    return copy;
  }
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

function readSite(site: Site, scope: unknown, unbound: string[]): unknown {
  let current = scope;
  for (const segment of site.segments) {
    const next = readOwnData(current, segment);
    if (next === NOT_FOUND) {
      // Forbidden keys never reach a plan (parseTemplate refuses them), so this is a missing value.
      unbound.push(site.path);
      return '';
    }
    current = next;
  }
  return typedValue(current);
}
