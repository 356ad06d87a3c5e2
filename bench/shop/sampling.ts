/**
 * How the side-by-side benches time short operations the way a page pays for them.
 *
 * - A page runs one operation per turn of the event loop, so every timed operation here starts after a
 *   macrotask and is followed by one: React drops unmounted roots from its schedule in a microtask and runs
 *   the effects it scheduled in a task. Without it, rounds run back to back in one task keep every earlier
 *   root in React's schedule (about 140 by the update scenario), each `flushSync` walks them all, and a timed
 *   update also runs whatever the mount left pending.
 * - A sample is the sum of `batch` such operations, enough for it to last well over the clock's resolution
 *   (0.1 ms for `performance.now` in a page that is not cross-origin isolated, 5 us in one that is); times
 *   and ratios are per operation. The batch is the same for every renderer in a scenario, chosen from the
 *   warm-up rounds so that the fastest renderer's sample lasts `SAMPLE_MS`.
 */

/**
 * How long the fastest renderer's sample should last; the warm-up overestimates an operation, so samples come
 * out shorter (7-19 ms at 100 items, 11-19 ms in Chromium).
 */
export const SAMPLE_MS = 20;
const MAX_BATCH = 400;

/** One macrotask: `setImmediate` in Node (where React's scheduler posts its tasks too), a message elsewhere. */
export function nextTask(): Promise<void> {
  if (typeof setImmediate === 'function') return new Promise((resolve) => setImmediate(resolve));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Two macrotasks: whatever React scheduled in the first (passive effects, their updates) has run. */
export async function settleTasks(): Promise<void> {
  await nextTask();
  await nextTask();
}

/** The batch that makes a sample of the fastest renderer last `SAMPLE_MS`, from warm-up times per operation. */
export function batchFor(fastestPerOperationMs: number): number {
  // A clock of 0.1 ms can read 0 for one fast operation: assume 5 us then (the batch grows to the cap).
  return Math.min(MAX_BATCH, Math.max(1, Math.ceil(SAMPLE_MS / Math.max(fastestPerOperationMs, 0.005))));
}
