import { describe, expect, it } from 'vitest';
import { chunkLoader } from '../../src/stac-schema';

/** A stand-in for `import()`: counts requests and settles when the test says. */
function fakeImport<T>() {
  const requests: { resolve(value: T): void; reject(error: Error): void }[] = [];
  const load = () =>
    new Promise<T>((resolve, reject) => {
      requests.push({ resolve, reject });
    });
  return { load, requests };
}

describe('chunkLoader', () => {
  it('asks once however many wait, and keeps the module once it came', async () => {
    const chunk = fakeImport<{ name: string }>();
    const loader = chunkLoader(chunk.load);
    expect(loader.current()).toBeNull();
    const first = loader.load();
    const second = loader.load();
    expect(chunk.requests).toHaveLength(1);
    chunk.requests[0].resolve({ name: 'grammar' });
    await expect(first).resolves.toEqual({ name: 'grammar' });
    await expect(second).resolves.toEqual({ name: 'grammar' });
    expect(loader.current()).toEqual({ name: 'grammar' });
    await expect(loader.load()).resolves.toEqual({ name: 'grammar' });
    expect(chunk.requests).toHaveLength(1);
  });

  it('forgets a failed load, so the next ask (a Retry) requests the chunk again', async () => {
    const chunk = fakeImport<string>();
    const loader = chunkLoader(chunk.load);
    const failed = loader.load();
    chunk.requests[0].reject(new Error('Failed to fetch dynamically imported module'));
    await expect(failed).rejects.toThrow('Failed to fetch');
    expect(loader.current()).toBeNull();
    const again = loader.load();
    expect(chunk.requests).toHaveLength(2);
    chunk.requests[1].resolve('dispatcher');
    await expect(again).resolves.toBe('dispatcher');
    expect(loader.current()).toBe('dispatcher');
  });
});
