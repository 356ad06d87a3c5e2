/**
 * Reduces read paths to the outermost ones: a template that read `asset.tags` (to loop over it) depends on
 * everything inside it, so `asset.tags.0.name` adds nothing. Sorted for stable output.
 */
export function compactReads(reads: ReadonlySet<string>): string[] {
  if (reads.size <= 1) return [...reads];
  const all = reads;
  if (all.has('')) return [''];
  const kept: string[] = [];
  for (const path of all) {
    let covered = false;
    for (let dot = path.indexOf('.'); dot !== -1; dot = path.indexOf('.', dot + 1)) {
      if (all.has(path.slice(0, dot))) {
        covered = true;
        break;
      }
    }
    if (!covered) kept.push(path);
  }
  return kept.sort();
}

/**
 * Whether a change at any of `changedPaths` can change a result that read `reads`: the changed path is a
 * read path, lies inside one, or contains one (a replaced parent object). `''` stands for the whole scope.
 */
export function readsAffectedBy(reads: readonly string[], changedPaths: Iterable<string>): boolean {
  for (const changed of changedPaths) {
    for (const read of reads) {
      if (
        read === '' ||
        changed === '' ||
        read === changed ||
        changed.startsWith(`${read}.`) ||
        read.startsWith(`${changed}.`)
      ) {
        return true;
      }
    }
  }
  return false;
}
