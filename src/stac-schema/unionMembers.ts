/**
 * The members of a union that accept a value's JavaScript type, worked out once per union and type: the
 * validator and the coercion ask it for every value of a union prop of every node, and filtering the
 * members with `jsTypesOf` allocated arrays and closures each time.
 */
import { jsTypesOf, type Shape, type UnionShape } from './shapes';

const NONE: readonly Shape[] = Object.freeze([]);
const byUnion = new WeakMap<UnionShape, Map<string, readonly Shape[]>>();

/** The union's members whose JavaScript types include `type`, in the union's order (a shared array). */
export function unionMembersAccepting(shape: UnionShape, type: string): readonly Shape[] {
  let byType = byUnion.get(shape);
  if (byType === undefined) byUnion.set(shape, (byType = new Map()));
  let members = byType.get(type);
  if (members === undefined) {
    const accepting = shape.of.filter((member) => (jsTypesOf(member) as readonly string[]).includes(type));
    members = accepting.length === 0 ? NONE : Object.freeze(accepting);
    byType.set(type, members);
  }
  return members;
}
