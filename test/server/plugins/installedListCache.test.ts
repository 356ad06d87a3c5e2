import { prepareJson } from '../../../server/http/preparedJson';
import {
  createInstalledListCache,
  type InstalledListSource,
} from '../../../server/plugins/installedListCache';

/** A list per user that a test changes at will; revision() and build() read it as the database would. */
function fakeDatabase() {
  const lists = new Map<number, { revision: string; items: string[] }>();
  let builds = 0;
  let revisionReads = 0;
  let failNext = false;
  const gates: Array<() => void> = [];
  const source: InstalledListSource = {
    revision: async (userId) => {
      revisionReads += 1;
      return lists.get(userId)?.revision ?? '';
    },
    async build(userId) {
      builds += 1;
      if (gates.length === 0) await Promise.resolve();
      else await new Promise<void>((resolve) => gates.push(resolve));
      if (failNext) {
        failNext = false;
        throw new Error('database went away');
      }
      const list = lists.get(userId) ?? { revision: '', items: [] };
      return { revision: list.revision, answer: prepareJson(list.items) };
    },
  };
  return {
    source,
    set: (userId: number, revision: string, items: string[]) => lists.set(userId, { revision, items }),
    builds: () => builds,
    revisionReads: () => revisionReads,
    failNextBuild: () => (failNext = true),
    /** Makes the next builds wait until release() (to have several requests find one build running). */
    hold: () => gates.push(() => undefined),
    release: () => gates.splice(0).forEach((open) => open()),
  };
}

const text = async (answer: Promise<{ bytes: Buffer }>) => (await answer).bytes.toString('utf8');

describe('createInstalledListCache', () => {
  it('builds once while the revision stays, and again when it changes', async () => {
    const db = fakeDatabase();
    const cache = createInstalledListCache(db.source);
    db.set(1, 'a', ['stock-pulse']);
    expect(await text(cache.answer(1))).toBe('["stock-pulse"]');
    expect(await text(cache.answer(1))).toBe('["stock-pulse"]');
    expect(db.builds()).toBe(1);
    db.set(1, 'b', ['stock-pulse', 'asset-tags']);
    expect(await text(cache.answer(1))).toBe('["stock-pulse","asset-tags"]');
    expect(db.builds()).toBe(2);
  });

  it('keeps each user apart', async () => {
    const db = fakeDatabase();
    const cache = createInstalledListCache(db.source);
    db.set(1, 'same', ['alice-plugin']);
    db.set(2, 'same', ['bob-plugin']);
    expect(await text(cache.answer(1))).toBe('["alice-plugin"]');
    expect(await text(cache.answer(2))).toBe('["bob-plugin"]');
  });

  it('lets requests that arrive during a build share it', async () => {
    const db = fakeDatabase();
    const cache = createInstalledListCache(db.source);
    db.set(1, 'a', ['x']);
    db.hold();
    const answers = [cache.answer(1), cache.answer(1), cache.answer(1)];
    await vi.waitFor(() => expect(db.builds()).toBe(1));
    db.release();
    expect(await Promise.all(answers.map(text))).toEqual(['["x"]', '["x"]', '["x"]']);
    expect(db.builds()).toBe(1);
  });

  it('keeps no failed build: the error reaches the caller and the next request builds again', async () => {
    const db = fakeDatabase();
    const cache = createInstalledListCache(db.source);
    db.set(1, 'a', ['x']);
    db.failNextBuild();
    await expect(cache.answer(1)).rejects.toThrow('database went away');
    expect(cache.size).toBe(0);
    expect(await text(cache.answer(1))).toBe('["x"]');
  });

  it('forgets the least recently asked users beyond its bounds of users and bytes', async () => {
    const db = fakeDatabase();
    const cache = createInstalledListCache(db.source, { maxUsers: 2, maxBytes: 1_000 });
    for (const user of [1, 2, 3]) db.set(user, 'a', [`plugin-${user}`]);
    await cache.answer(1);
    await cache.answer(2);
    await cache.answer(1); // 2 is now the least recently asked
    await cache.answer(3);
    expect(cache.size).toBe(2);
    const before = db.builds();
    await cache.answer(1);
    expect(db.builds()).toBe(before);
    await cache.answer(2);
    expect(db.builds()).toBe(before + 1);

    db.set(4, 'a', ['y'.repeat(2_000)]);
    await cache.answer(4); // larger than the byte bound alone: served, not kept
    expect(cache.size).toBeLessThanOrEqual(2);
    await cache.answer(4);
    expect(db.builds()).toBe(before + 3);
  });

  it('asks for no revision while the generation stays, and asks again once it moves', async () => {
    const db = fakeDatabase();
    let generation: number | undefined = 1;
    const cache = createInstalledListCache({ ...db.source, generation: () => generation });
    db.set(1, 'a', ['x']);
    expect(await text(cache.answer(1))).toBe('["x"]');
    const reads = db.revisionReads();
    expect(await text(cache.answer(1))).toBe('["x"]');
    expect(await text(cache.answer(1))).toBe('["x"]');
    expect(db.revisionReads()).toBe(reads);

    // A write (the generation moves): the revision is read again, and a new one rebuilds the answer.
    db.set(1, 'b', ['x', 'y']);
    generation = 2;
    expect(await text(cache.answer(1))).toBe('["x","y"]');
    expect(db.revisionReads()).toBe(reads + 1);
    expect(db.builds()).toBe(2);

    // A write elsewhere (moved, same revision): one revision read, no build, then none again.
    generation = 3;
    await cache.answer(1);
    await cache.answer(1);
    expect(db.revisionReads()).toBe(reads + 2);
    expect(db.builds()).toBe(2);

    // Undefined (a transaction in progress): the revision every time.
    generation = undefined;
    await cache.answer(1);
    await cache.answer(1);
    expect(db.revisionReads()).toBe(reads + 4);
  });

  it('tags a build with the generation read before it began, so a write during the build is seen', async () => {
    const db = fakeDatabase();
    let generation = 1;
    const cache = createInstalledListCache({ ...db.source, generation: () => generation });
    db.set(1, 'a', ['old']);
    db.hold();
    const first = cache.answer(1);
    await vi.waitFor(() => expect(db.builds()).toBe(1));
    // Written while the build waits (the build will read the new rows, tagged with the older generation).
    db.set(1, 'b', ['new']);
    generation = 2;
    db.release();
    expect(await text(first)).toBe('["new"]');
    expect(await text(cache.answer(1))).toBe('["new"]');
    db.set(1, 'c', ['newer']);
    generation = 3;
    expect(await text(cache.answer(1))).toBe('["newer"]');
  });
});
