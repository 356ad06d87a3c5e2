/**
 * parseStacDocument: one walk over the document that dispatches each widget and action to its shape
 * (src/stac-schema/widgetSpecs.ts, actionSpecs.ts). zod is not asked to recurse through the tree: with ~90
 * widget types a lazy union re-tries every option per node, which is what made big documents slow.
 *
 * Lenient mode (rendering): a refused property is dropped and reported while its widget still renders; a
 * widget that lacks a required property is replaced by the `stac:invalid` marker, an action with an error
 * is dropped, unknown widget/action types are warnings and stay in the tree, unknown props are ignored as
 * Stac does. Strict mode (authoring, publishing): the same checks, every error fails the result,
 * unknown types are errors and unknown props are reported as warnings with a hint.
 */
import { INVALID_NODE_TYPE } from './types';
import type {
  ParseStacOptions,
  ParseStacResult,
  StacIssue,
  StacIssueCode,
  StacLimits,
  StacNode,
  StacParseMode,
} from './types';
import { widgetSpecOf } from './widgetSpecLookup';
import { WIDGET_TYPES } from './widgetTypes';
import { ACTION_SPECS, HOST_METHODS, SDK_CALL_SPEC, SDK_METHODS } from './actionSpecs';
import { containsSlots, jsTypeOf, obj, type ObjectShape, type Shape } from './shapes';
import { unionMembersAccepting } from './unionMembers';
import { brightness, color, looseObject, str } from './formats';
import { THEME_COLOR_ROLES } from './values';
import { isTemplateString } from './template';
import {
  describeValue,
  didYouMean,
  pathAt,
  pathLinkFrom,
  pathText,
  type IssuePath,
  type PathLinkPool,
} from './issues';
import { resolveLimits } from './limits';
import { parseJsonText } from './jsonText';
import { isRecord } from './isRecord';

export { parseJsonText, type JsonTextResult } from './jsonText';

type PlainObject = Record<string, unknown>;

class LimitExceeded extends Error {
  constructor(readonly issue: StacIssue) {
    super(issue.message);
  }
}

/** Issues raised while validating one widget or action (not its nested widgets). */
interface Frame {
  errors: number;
  first?: StacIssue;
  /**
   * Lenient widgets drop a refused property and still render. Actions stay all or nothing: a half-understood
   * action (a navigate without its route) must not run.
   */
  dropRefusedProps?: boolean;
}

interface Walk {
  mode: StacParseMode;
  limits: StacLimits;
  issues: StacIssue[];
  nodes: number;
  bytes: number;
  /** A host's own widget and action types; the vocabulary's are joined to them only for a hint. */
  extraWidgets: ReadonlySet<string>;
  extraActions: ReadonlySet<string>;
  onWidget?: (node: StacNode) => void;
  /**
   * The "did you mean" hint of each unknown widget type, action type or method name met so far: a document
   * that repeats one (a list of a thousand items calling a host's own method) is told once per name how
   * close it is to a known one, not once per use.
   */
  hints?: Map<string, Map<string, string | undefined>>;
  /** The unknown-method warning of each method name met so far: one message string however often it is called. */
  methodWarnings?: Map<string, string>;
  /**
   * The walk's path links, one per depth (pathLinkFrom): a value's path is a link to its parent's, and the
   * walk, depth first, needs one at a time per depth until an issue spells it out.
   */
  links: PathLinkPool;
  /** The frames of the widgets and actions being validated, outermost first, kept for the next ones. */
  frames: Frame[];
  frameCount: number;
  /** scanValue's stack of values and their depths, in pairs (scanValue never starts another scan). */
  scanStack?: unknown[];
}

/** A frame for the widget or action about to be validated (leaveFrame once its issues are settled). */
function enterFrame(walk: Walk, dropRefusedProps: boolean): Frame {
  const frame = walk.frames[walk.frameCount];
  walk.frameCount += 1;
  if (frame === undefined) {
    const made: Frame = { errors: 0, first: undefined, dropRefusedProps };
    walk.frames.push(made);
    return made;
  }
  frame.errors = 0;
  frame.first = undefined;
  frame.dropRefusedProps = dropRefusedProps;
  return frame;
}

function leaveFrame(walk: Walk): void {
  walk.frameCount -= 1;
}

const NO_EXTRA_NAMES: ReadonlySet<string> = new Set();
/** A frozen list's set (a view's parse options, shared by every parse of its documents) is made once. */
const nameSets = new WeakMap<readonly string[], ReadonlySet<string>>();
function nameSetOf(names: readonly string[] | undefined): ReadonlySet<string> {
  if (names === undefined || names.length === 0) return NO_EXTRA_NAMES;
  if (!Object.isFrozen(names)) return new Set(names);
  let set = nameSets.get(names);
  if (set === undefined) nameSets.set(names, (set = new Set(names)));
  return set;
}

/**
 * didYouMean for an unknown name, computed once per name and kind in a walk. The known names (the
 * vocabulary's and the host's) are joined here, for a hint, not for every parse: a fresh one-node document
 * made two sets of about a hundred names before.
 */
function hintFor(
  walk: Walk,
  kind: string,
  name: string,
  vocabulary: Iterable<string>,
  extra: ReadonlySet<string> = NO_EXTRA_NAMES,
): string | undefined {
  const kinds = (walk.hints ??= new Map());
  let hints = kinds.get(kind);
  if (hints === undefined) kinds.set(kind, (hints = new Map()));
  // By name within its kind: no key string to build (and hash) per use.
  if (hints.has(name)) return hints.get(name);
  const hint = didYouMean(name, extra.size === 0 ? vocabulary : new Set([...vocabulary, ...extra]));
  hints.set(name, hint);
  return hint;
}

function unknownMethodMessage(walk: Walk, method: string): string {
  const messages = (walk.methodWarnings ??= new Map());
  let message = messages.get(method);
  if (message === undefined) {
    message = `"${method}" is not a method of the Invenicum SDK (${SDK_METHOD_LIST}) or of stac-web (${HOST_METHOD_LIST}); it runs only if the host registers it.`;
    messages.set(method, message);
  }
  return message;
}

const slotCache = new WeakMap<Shape, boolean>();
function hasSlots(shape: Shape): boolean {
  let cached = slotCache.get(shape);
  if (cached === undefined) {
    cached = containsSlots(shape);
    slotCache.set(shape, cached);
  }
  return cached;
}

/** What validateObject asks of an object shape for every object of a document, worked out once per shape. */
interface ObjectShapeFacts {
  /** Whether the object may hold a widget or action (it is then copied when one is replaced or dropped). */
  keepCopy: boolean;
  /**
   * The shape's props by name: one lookup per property of a document, where a lookup in `props` itself
   * (a different key each time, in a different object per shape) is two of the slowest kind.
   */
  props: ReadonlyMap<string, Shape>;
}
const objectFacts = new WeakMap<ObjectShape, ObjectShapeFacts>();
function factsOf(shape: ObjectShape): ObjectShapeFacts {
  let facts = objectFacts.get(shape);
  if (facts === undefined) {
    facts = { keepCopy: hasSlots(shape), props: new Map(Object.entries(shape.props)) };
    objectFacts.set(shape, facts);
  }
  return facts;
}

/** Whether an object has no own enumerable keys, without listing them. */
function hasNoOwnKeys(value: PlainObject): boolean {
  for (const key in value) if (Object.hasOwn(value, key)) return false;
  return true;
}

function limitIssue(path: IssuePath, message: string, hint?: string): LimitExceeded {
  return new LimitExceeded({
    code: 'limit_exceeded',
    severity: 'error',
    path: pathText(path),
    message,
    ...(hint ? { hint } : {}),
  });
}

function report(
  walk: Walk,
  frame: Frame | undefined,
  code: StacIssueCode,
  severity: 'error' | 'warning',
  at: IssuePath,
  message: string,
  hint?: string,
): StacIssue {
  const path = pathText(at);
  const issue: StacIssue = hint ? { code, severity, path, message, hint } : { code, severity, path, message };
  walk.issues.push(issue);
  if (severity === 'error' && frame) {
    frame.errors += 1;
    frame.first ??= issue;
  }
  return issue;
}

function checkString(walk: Walk, value: string, parent: IssuePath, key?: string | number): void {
  walk.bytes += value.length + 2;
  if (value.length > walk.limits.maxStringLength) {
    throw limitIssue(
      here(walk, parent, key),
      `a string of ${value.length} characters is longer than the limit of ${walk.limits.maxStringLength}. Shorten it or load the text at run time.`,
    );
  }
  if (walk.bytes > walk.limits.maxBytes) throwBytes(walk, here(walk, parent, key));
}

function throwBytes(walk: Walk, path: IssuePath): never {
  throw limitIssue(
    path,
    `the document is larger than the limit of ${walk.limits.maxBytes} bytes. Split it or move data out of the UI definition.`,
  );
}

function throwDepth(walk: Walk, path: IssuePath): never {
  throw limitIssue(
    path,
    `the document nests deeper than the limit of ${walk.limits.maxDepth} levels. Flatten the layout.`,
  );
}

/**
 * Size and depth checks for values no shape describes (unknown props, `any` values): an explicit stack,
 * so a hostile value can never overflow the call stack. The stack is the walk's (values and depths in
 * pairs) and a string or number is checked without it, so the params of an action in every item of a list
 * make no array.
 */
function scanValue(walk: Walk, value: unknown, path: IssuePath, depth: number): void {
  if (scannedLeaf(walk, value, path)) return;
  const stack = (walk.scanStack ??= []);
  const bottom = stack.length;
  stack.push(value, depth);
  while (stack.length > bottom) {
    const level = stack.pop() as number;
    const current = stack.pop();
    if (scannedLeaf(walk, current, path)) continue;
    if (level > walk.limits.maxDepth) throwDepth(walk, path);
    if (Array.isArray(current)) {
      walk.bytes += 2 + current.length;
      if (walk.bytes > walk.limits.maxBytes) throwBytes(walk, path);
      for (const item of current) stack.push(item, level + 1);
    } else {
      // Own keys in Object.keys' order, without its array per object.
      const record = current as PlainObject;
      for (const key in record) {
        if (!Object.hasOwn(record, key)) continue;
        walk.bytes += key.length + 4;
        stack.push(record[key], level + 1);
      }
      if (walk.bytes > walk.limits.maxBytes) throwBytes(walk, path);
    }
  }
}

/** scanValue's check of a string or other value that is not an object: false for an object, left to it. */
function scannedLeaf(walk: Walk, value: unknown, path: IssuePath): boolean {
  if (typeof value === 'string') {
    checkString(walk, value, path);
    return true;
  }
  if (typeof value === 'object' && value !== null) return false;
  walk.bytes += 6;
  return true;
}

function countNode(walk: Walk, path: IssuePath): void {
  walk.nodes += 1;
  if (walk.nodes > walk.limits.maxNodes) {
    throw limitIssue(
      path,
      `the document has more than ${walk.limits.maxNodes} widgets and actions. Split it into smaller plugins or pages.`,
    );
  }
}

function expectedMessage(expected: string, value: unknown): string {
  return `expected ${expected}, got ${describeValue(value)}.`;
}

/**
 * The path of a value given as its parent's and its key (undefined: the parent's own): a link of the walk's
 * pool, valid while the walk is at that value (spell it out with pathText to keep it).
 */
function here(walk: Walk, parent: IssuePath, key: string | number | undefined): IssuePath {
  return key === undefined ? parent : pathLinkFrom(walk.links, parent, key);
}

/** An error on the value at `parent`/`key` (its path spelled out now, as the issue names it). */
function reportInvalid(
  walk: Walk,
  frame: Frame,
  parent: IssuePath,
  key: string | number | undefined,
  message: string,
  hint?: string,
): void {
  report(walk, frame, 'invalid_value', 'error', here(walk, parent, key), message, hint);
}

/** Validates a value against a shape. Returns the value to keep (nested widgets may be replaced). */
function validateValue(
  walk: Walk,
  shape: Shape,
  value: unknown,
  parent: IssuePath,
  key: string | number | undefined,
  depth: number,
  frame: Frame,
): unknown {
  if (value === undefined || value === null) return value;
  if (depth > walk.limits.maxDepth) throwDepth(walk, here(walk, parent, key));
  switch (shape.k) {
    case 'widget':
      return walkWidget(walk, value, here(walk, parent, key), depth);
    case 'action':
      return walkAction(walk, value, here(walk, parent, key), depth);
    default:
      break;
  }
  if (typeof value === 'string') {
    checkString(walk, value, parent, key);
    if (isTemplateString(value) && !(shape.k === 'leaf' && shape.checkTemplates)) return value;
  }
  switch (shape.k) {
    case 'leaf': {
      if (shape.name === 'any') {
        if (typeof value === 'object') scanValue(walk, value, here(walk, parent, key), depth);
        else if (typeof value !== 'string') walk.bytes += 6;
        return value;
      }
      walk.bytes += 6;
      if (!shape.check(value)) {
        const soft = shape.soft === true && walk.mode === 'lenient';
        const hint = typeof value === 'string' && shape.names ? didYouMean(value, shape.names) : undefined;
        report(
          walk,
          frame,
          shape.code ?? 'invalid_value',
          soft ? 'warning' : 'error',
          here(walk, parent, key),
          expectedMessage(shape.expected, value) + (shape.note ? ` ${shape.note}` : ''),
          hint,
        );
      }
      return value;
    }
    case 'list': {
      if (!Array.isArray(value)) {
        reportInvalid(walk, frame, parent, key, expectedMessage('a list', value));
        scanValue(walk, value, here(walk, parent, key), depth);
        return value;
      }
      if (shape.length !== undefined && value.length !== shape.length) {
        reportInvalid(
          walk,
          frame,
          parent,
          key,
          `expected a list of exactly ${shape.length} items, got ${value.length}.`,
        );
      }
      walk.bytes += 2 + value.length;
      const path = here(walk, parent, key);
      if (!hasSlots(shape)) {
        for (let i = 0; i < value.length; i += 1)
          validateValue(walk, shape.of, value[i], path, i, depth + 1, frame);
        return value;
      }
      // A copy only once an item is replaced or dropped: a valid list is kept as it came.
      let out: unknown[] | undefined;
      for (let i = 0; i < value.length; i += 1) {
        const item = validateValue(walk, shape.of, value[i], path, i, depth + 1, frame);
        if (out === undefined && item === value[i]) continue;
        out ??= value.slice(0, i);
        if (item !== undefined) out.push(item);
      }
      return out ?? value;
    }
    case 'object': {
      if (!isRecord(value)) {
        reportInvalid(walk, frame, parent, key, expectedMessage(`an object (${shape.name})`, value));
        scanValue(walk, value, here(walk, parent, key), depth);
        return value;
      }
      return validateObject(walk, shape, value, here(walk, parent, key), depth, frame, false);
    }
    case 'union': {
      const type = jsTypeOf(value);
      const candidates = unionMembersAccepting(shape, type);
      if (candidates.length === 0) {
        reportInvalid(walk, frame, parent, key, expectedMessage(shape.expected, value));
        scanValue(walk, value, here(walk, parent, key), depth);
        return value;
      }
      const only = candidates.length === 1 ? candidates[0] : undefined;
      // A structured member reports its own precise issues; a failing leaf is described by the union.
      if (only && (only.k !== 'leaf' || only.check(value)))
        return validateValue(walk, only, value, parent, key, depth, frame);
      for (const member of candidates) {
        if (member.k === 'leaf' && member.check(value)) return value;
      }
      const structured = candidates.find((member) => member.k !== 'leaf');
      if (structured) return validateValue(walk, structured, value, parent, key, depth, frame);
      const names = candidates.flatMap((member) => (member.k === 'leaf' && member.names ? member.names : []));
      const hint = typeof value === 'string' && names.length > 0 ? didYouMean(value, names) : undefined;
      reportInvalid(walk, frame, parent, key, expectedMessage(shape.expected, value), hint);
      return value;
    }
  }
}

/**
 * JSON.parse keeps `"__proto__"` as an own key; copying it with `out[key] = value` would set the copy's
 * prototype and let unvalidated props leak into the tree. Such keys are dropped.
 */
const PROTO_KEY = '__proto__';

const NO_NAMES: readonly string[] = Object.freeze([]);

function reportProtoKey(walk: Walk, path: IssuePath): void {
  report(
    walk,
    undefined,
    'unknown_property',
    'warning',
    path,
    'a "__proto__" key is dropped: it is never a STAC property.',
  );
}

/** A prop that is there: neither absent nor null. */
function isPresent(value: PlainObject, name: string): boolean {
  return value[name] !== undefined && value[name] !== null;
}

/** A required property that was refused: the widget cannot render, for the reason already reported. */
function settleRefusedRequired(
  shape: ObjectShape,
  value: PlainObject,
  dropped: Map<string, StacIssue>,
  frame: Frame,
): void {
  const required = shape.required ?? NO_NAMES;
  const oneOf = shape.requireOneOf ?? NO_NAMES;
  const refusedRequired =
    required.find((name) => dropped.has(name)) ?? oneOf.find((name) => dropped.has(name));
  if (refusedRequired === undefined) return;
  const requireOneOfMet = oneOf.some((name) => isPresent(value, name) && !dropped.has(name));
  if (required.includes(refusedRequired) || !requireOneOfMet) {
    frame.errors += 1;
    frame.first ??= dropped.get(refusedRequired);
  }
}

/**
 * Required and one-of-required props that are missing. Asked of every object of a document, so it
 * allocates nothing when they are all there.
 */
function checkRequired(
  walk: Walk,
  shape: ObjectShape,
  value: PlainObject,
  path: IssuePath,
  frame: Frame,
): void {
  if (shape.required) {
    for (const name of shape.required) {
      if (!isPresent(value, name)) {
        report(
          walk,
          frame,
          'missing_required',
          'error',
          pathAt(path, name),
          `${shape.name} needs "${name}"; add it.`,
        );
      }
    }
  }
  const oneOf = shape.requireOneOf;
  if (!oneOf) return;
  for (const name of oneOf) if (isPresent(value, name)) return;
  report(
    walk,
    frame,
    'missing_required',
    'error',
    pathAt(path, oneOf[0]),
    `${shape.name} needs ${oneOf.map((n) => `"${n}"`).join(' or ')}; add one.`,
  );
}

/** A copy of `value`'s own props that come before `key` (all kept as they were, up to there). */
function copyBefore(value: PlainObject, key: string): PlainObject {
  const copy: PlainObject = {};
  for (const earlier in value) {
    if (earlier === key) break;
    if (Object.hasOwn(value, earlier)) copy[earlier] = value[earlier];
  }
  return copy;
}

function validateObject(
  walk: Walk,
  shape: ObjectShape,
  value: PlainObject,
  path: IssuePath,
  depth: number,
  frame: Frame,
  isNode: boolean,
): PlainObject {
  // An object that may hold a widget or action is copied once one of its props is replaced or dropped
  // (a valid one is kept as it came, so a host's unchanged nodes keep their identity); others never are.
  const facts = factsOf(shape);
  const keepCopy = facts.keepCopy;
  let out: PlainObject | undefined;
  const reportUnknown = walk.mode === 'strict' && facts.props.size > 0;
  /** Refused properties of a lenient widget, with the first issue each raised. */
  let dropped: Map<string, StacIssue> | undefined;
  // Own keys in Object.keys' order, without its array per object (for-in reads V8's enum cache).
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const raw = value[key];
    walk.bytes += key.length + 4;
    if (key === PROTO_KEY) {
      reportProtoKey(walk, pathAt(path, key));
      if (keepCopy) out ??= copyBefore(value, key);
      continue;
    }
    const propShape = facts.props.get(key);
    if (propShape === undefined) {
      if (!(isNode && (key === 'type' || key === 'actionType'))) {
        const propPath = pathLinkFrom(walk.links, path, key);
        if (reportUnknown && !(key === 'type' && !isNode)) {
          report(
            walk,
            undefined,
            'unknown_property',
            'warning',
            propPath,
            `"${key}" is not a property of ${shape.name}; Stac ignores it.`,
            didYouMean(key, Object.keys(shape.props)),
          );
        }
        scanValue(walk, raw, propPath, depth + 1);
      }
      if (out) out[key] = raw;
      continue;
    }
    const errorsBefore = frame.errors;
    const firstBefore = frame.first;
    const issuesBefore = walk.issues.length;
    const kept = validateValue(walk, propShape, raw, path, key, depth + 1, frame);
    if (frame.dropRefusedProps && frame.errors > errorsBefore) {
      // Lenient: the refused property is dropped (its issue stays reported), never the widget that carries
      // it; the errors are settled here so that the objects around it keep their other properties.
      frame.errors = errorsBefore;
      frame.first = firstBefore;
      const issue = walk.issues.slice(issuesBefore).find((raised) => raised.severity === 'error');
      dropped ??= new Map();
      if (issue) dropped.set(key, issue);
      if (keepCopy) out ??= copyBefore(value, key);
      continue;
    }
    if (keepCopy && out === undefined && kept !== raw) out = copyBefore(value, key);
    if (out && kept !== undefined) out[key] = kept;
  }
  if (dropped) settleRefusedRequired(shape, value, dropped, frame);
  checkRequired(walk, shape, value, path, frame);
  if (dropped && !keepCopy) {
    const kept: PlainObject = {};
    for (const key of Object.keys(value)) if (key !== PROTO_KEY && !dropped.has(key)) kept[key] = value[key];
    return kept;
  }
  return out ?? value;
}

function invalidNode(originalType: string | undefined, issue: StacIssue): StacNode {
  const marker =
    originalType === undefined
      ? { type: INVALID_NODE_TYPE, issue }
      : { type: INVALID_NODE_TYPE, originalType, issue };
  return marker as StacNode;
}

/** Unknown or host-registered widget types: keep the node, but still check what plausibly is a child. */
function walkUnspecifiedWidget(walk: Walk, node: PlainObject, path: IssuePath, depth: number): StacNode {
  const out: PlainObject = {};
  for (const key of Object.keys(node)) {
    const raw = node[key];
    const propPath = pathAt(path, key);
    walk.bytes += key.length + 4;
    if (key === PROTO_KEY) {
      reportProtoKey(walk, propPath);
      continue;
    }
    if (key === 'child' && isRecord(raw) && typeof raw.type === 'string') {
      out[key] = walkWidget(walk, raw, propPath, depth + 1);
    } else if (
      key === 'children' &&
      Array.isArray(raw) &&
      raw.every((c) => isRecord(c) && typeof c.type === 'string')
    ) {
      out[key] = raw.map((c, i) => walkWidget(walk, c, pathAt(propPath, i), depth + 2));
    } else {
      scanValue(walk, raw, propPath, depth + 1);
      out[key] = raw;
    }
  }
  return out as StacNode;
}

function walkWidget(walk: Walk, value: unknown, path: IssuePath, depth: number): StacNode {
  if (depth > walk.limits.maxDepth) throwDepth(walk, path);
  if (!isRecord(value)) {
    const issue = report(
      walk,
      undefined,
      'not_an_object',
      'error',
      path,
      `expected a widget object like {"type": "text", "data": "..."}, got ${describeValue(value)}.`,
    );
    scanValue(walk, value, path, depth);
    return invalidNode(undefined, issue);
  }
  countNode(walk, path);
  const type = value.type;
  if (typeof type !== 'string' || type === '') {
    const issue = report(
      walk,
      undefined,
      'missing_type',
      'error',
      pathAt(path, 'type'),
      'a widget needs a "type" naming what to draw, e.g. "text", "column" or "container".',
    );
    scanValue(walk, value, path, depth);
    return invalidNode(undefined, issue);
  }
  const spec = widgetSpecOf(type);
  // Host-registered types are only trusted blindly when the vocabulary does not describe them.
  if (spec === undefined) {
    if (!walk.extraWidgets.has(type)) {
      const hint = hintFor(walk, 'widget', type, WIDGET_TYPES, walk.extraWidgets);
      report(
        walk,
        undefined,
        'unknown_widget',
        walk.mode === 'strict' ? 'error' : 'warning',
        pathAt(path, 'type'),
        `unknown widget "${type}": it renders as a placeholder. Use a widget of the STAC vocabulary.`,
        hint,
      );
    }
    checkString(walk, type, path);
    const unspecified = walkUnspecifiedWidget(walk, value, path, depth);
    walk.onWidget?.(unspecified);
    return unspecified;
  }
  const frame = enterFrame(walk, walk.mode === 'lenient');
  const node = validateObject(walk, spec, value, path, depth, frame, true) as StacNode;
  leaveFrame(walk);
  if (frame.errors > 0 && walk.mode === 'lenient' && frame.first) return invalidNode(type, frame.first);
  walk.onWidget?.(node);
  return node;
}

/** The SDK's and stac-web's methods, for every `{method}` action of a document. */
const KNOWN_METHODS: ReadonlySet<string> = new Set([...SDK_METHODS, ...HOST_METHODS]);
const SDK_METHOD_LIST = SDK_METHODS.join(', ');
const HOST_METHOD_LIST = HOST_METHODS.join(', ');

function walkAction(walk: Walk, value: unknown, path: IssuePath, depth: number): unknown {
  if (depth > walk.limits.maxDepth) throwDepth(walk, path);
  if (!isRecord(value)) {
    report(
      walk,
      undefined,
      'not_an_object',
      'error',
      path,
      `expected an action object like {"actionType": "navigate", ...}, got ${describeValue(value)}.`,
    );
    scanValue(walk, value, path, depth);
    return walk.mode === 'lenient' ? undefined : value;
  }
  // `"onPressed": {}` is Stac's way of writing a button that does nothing (the gallery does it often).
  if (hasNoOwnKeys(value)) return value;
  countNode(walk, path);
  const actionType = value.actionType;
  let spec: ObjectShape | undefined;
  if (typeof actionType === 'string') {
    spec = Object.hasOwn(ACTION_SPECS, actionType) ? ACTION_SPECS[actionType] : undefined;
    if (spec === undefined && !walk.extraActions.has(actionType)) {
      report(
        walk,
        undefined,
        'unknown_action',
        walk.mode === 'strict' ? 'error' : 'warning',
        pathAt(path, 'actionType'),
        `unknown action "${actionType}": it does nothing when triggered. Use an action of the STAC vocabulary.`,
        hintFor(walk, 'action', actionType, ACTION_TYPES, walk.extraActions),
      );
    }
  } else if (actionType === undefined && typeof value.method === 'string') {
    spec = SDK_CALL_SPEC;
  } else {
    report(
      walk,
      undefined,
      'missing_type',
      'error',
      pathAt(path, 'actionType'),
      'an action needs an "actionType" (e.g. "navigate") or an SDK "method" (e.g. "showAlert").',
    );
    scanValue(walk, value, path, depth);
    return walk.mode === 'lenient' ? undefined : value;
  }
  if (spec === undefined) {
    scanValue(walk, value, path, depth);
    return value;
  }
  if ((spec === SDK_CALL_SPEC || actionType === 'invenicum_sdk') && typeof value.method === 'string') {
    const method = value.method;
    if (!KNOWN_METHODS.has(method) && !walk.extraActions.has(method)) {
      // The host decides which SDK methods exist at run time, so this stays a warning in both modes.
      report(
        walk,
        undefined,
        'unknown_action',
        'warning',
        pathAt(path, 'method'),
        unknownMethodMessage(walk, method),
        hintFor(walk, 'method', method, KNOWN_METHODS),
      );
    }
  }
  const frame = enterFrame(walk, false);
  const action = validateObject(walk, spec, value, path, depth, frame, true);
  leaveFrame(walk);
  if (frame.errors > 0 && walk.mode === 'lenient') return undefined;
  return action;
}

export { WIDGET_TYPES };
export const ACTION_TYPES: readonly string[] = Object.freeze(Object.keys(ACTION_SPECS));

/**
 * Validates a STAC document (parsed JSON, or JSON text). See the module comment for the two modes.
 * Never throws for any input; a limit breach yields a single `limit_exceeded` issue.
 */
export function parseStacDocument(input: unknown, options: ParseStacOptions = {}): ParseStacResult {
  const mode: StacParseMode = options.mode ?? 'lenient';
  const rootPath = options.rootPath ?? 'ui';
  const limits = resolveLimits(options.limits);
  let document = input;
  if (typeof input === 'string') {
    const parsed = parseJsonText(input, limits, rootPath);
    if (!parsed.ok) return { ok: false, issues: parsed.issue ? [parsed.issue] : [] };
    document = parsed.value;
  }
  if (!isRecord(document)) {
    return {
      ok: false,
      issues: [
        {
          code: 'not_an_object',
          severity: 'error',
          path: rootPath,
          message: `a STAC document is a widget object like {"type": "column", "children": [...]}, got ${describeValue(document)}.`,
        },
      ],
    };
  }
  const walk: Walk = {
    mode,
    limits,
    issues: [],
    nodes: 0,
    bytes: 0,
    extraWidgets: nameSetOf(options.extraWidgetTypes),
    extraActions: nameSetOf(options.extraActionTypes),
    onWidget: options.onWidget,
    links: [],
    frames: [],
    frameCount: 0,
  };
  try {
    const tree = walkWidget(walk, document, rootPath, 1);
    const hasError = walk.issues.some((issue) => issue.severity === 'error');
    if (mode === 'strict' && hasError) return { ok: false, issues: walk.issues };
    return { ok: true, document: tree, issues: walk.issues };
  } catch (error) {
    if (error instanceof LimitExceeded) return { ok: false, issues: [error.issue] };
    if (error instanceof RangeError) {
      // Defensive: a cyclic or pathological object graph that slipped past the depth checks.
      return {
        ok: false,
        issues: [
          {
            code: 'limit_exceeded',
            severity: 'error',
            path: rootPath,
            message: `the document is too large or too deep to check (${error.message}).`,
          },
        ],
      };
    }
    throw error;
  }
}

const colorSchemeProps: Record<string, Shape> = { brightness };
for (const role of THEME_COLOR_ROLES) colorSchemeProps[role] = color;
for (const legacy of ['background', 'onBackground', 'surfaceVariant', 'success', 'onSuccess'])
  colorSchemeProps[legacy] = color;

/** A Stac theme file (`StacTheme`): brightness, a colour scheme and a few colours. */
export const STAC_THEME_SHAPE: ObjectShape = obj('StacTheme', {
  brightness,
  colorScheme: obj('ColorScheme', colorSchemeProps),
  primaryColor: color,
  scaffoldBackgroundColor: color,
  disabledColor: color,
  dividerColor: color,
  cardColor: color,
  canvasColor: color,
  fontFamily: str,
  textTheme: looseObject,
});

/** Validates a Stac theme document (the gallery's light/dark theme files). */
export function parseStacTheme(
  input: unknown,
  options: Pick<ParseStacOptions, 'mode' | 'limits' | 'rootPath'> = {},
): {
  ok: boolean;
  issues: StacIssue[];
} {
  const mode = options.mode ?? 'lenient';
  const rootPath = options.rootPath ?? 'theme';
  if (!isRecord(input)) {
    return {
      ok: false,
      issues: [
        {
          code: 'not_an_object',
          severity: 'error',
          path: rootPath,
          message: `a theme is an object, got ${describeValue(input)}.`,
        },
      ],
    };
  }
  const walk: Walk = {
    mode,
    limits: resolveLimits(options.limits),
    issues: [],
    nodes: 0,
    bytes: 0,
    extraWidgets: NO_EXTRA_NAMES,
    extraActions: NO_EXTRA_NAMES,
    links: [],
    frames: [],
    frameCount: 0,
  };
  try {
    validateObject(walk, STAC_THEME_SHAPE, input, rootPath, 1, { errors: 0 }, false);
  } catch (error) {
    if (error instanceof LimitExceeded) return { ok: false, issues: [error.issue] };
    throw error;
  }
  return { ok: !walk.issues.some((issue) => issue.severity === 'error'), issues: walk.issues };
}

/** Whether a JSON value looks like a Stac theme file rather than a widget. */
export function isStacThemeDocument(value: unknown): boolean {
  return (
    isRecord(value) &&
    value.type === undefined &&
    (isRecord(value.colorScheme) || typeof value.brightness === 'string')
  );
}
