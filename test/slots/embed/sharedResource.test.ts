/**
 * The embed's own fetch store (what replaced TanStack Query in the embed): every slot of a page shares one
 * request, a request nobody waits for any more is aborted, and failures show as failures.
 */
import { createSharedResource } from '../../../src/slots/embed/sharedResource';

const transient = new Error('network down');
const options = {
  staleMs: 60_000,
  isTransient: (error: unknown) => error === transient,
  retryDelayMs: () => 1,
};

/** A loader whose answers the test gives by hand, recording each call's abort signal. */
function manualLoader<T>() {
  const calls: { signal: AbortSignal; resolve(value: T): void; reject(error: unknown): void }[] = [];
  const load = (signal: AbortSignal) =>
    new Promise<T>((resolve, reject) => {
      calls.push({ signal, resolve, reject });
    });
  return { calls, load };
}

describe('shared resource of the embed', () => {
  it('serves every subscriber with one request and tells each of them when it arrives', async () => {
    const loader = manualLoader<string[]>();
    const resource = createSharedResource(loader.load, options);
    const first = vi.fn();
    const second = vi.fn();
    resource.subscribe(first);
    resource.subscribe(second);
    resource.ensureFresh();
    resource.ensureFresh();
    expect(resource.getState().status).toBe('pending');
    expect(loader.calls).toHaveLength(1);
    loader.calls[0].resolve(['label']);
    await vi.waitFor(() => expect(resource.getState().status).toBe('success'));
    expect(resource.getState().data).toEqual(['label']);
    expect(first).toHaveBeenCalled();
    expect(second).toHaveBeenCalled();
    // Fresh data is not asked for again when another slot mounts.
    resource.ensureFresh();
    expect(loader.calls).toHaveLength(1);
  });

  it('aborts the request when the last subscriber leaves, and starts afresh for the next one', async () => {
    const loader = manualLoader<string>();
    const resource = createSharedResource(loader.load, options);
    const leaveFirst = resource.subscribe(() => undefined);
    const leaveSecond = resource.subscribe(() => undefined);
    resource.ensureFresh();
    leaveFirst();
    await Promise.resolve();
    expect(loader.calls[0].signal.aborted).toBe(false);
    // Leaving and coming back at once (StrictMode's second effect run) keeps the request.
    leaveSecond();
    const comeBack = resource.subscribe(() => undefined);
    await Promise.resolve();
    expect(loader.calls[0].signal.aborted).toBe(false);
    comeBack();
    await vi.waitFor(() => expect(loader.calls[0].signal.aborted).toBe(true));
    expect(resource.getState().status).toBe('idle');
    resource.subscribe(() => undefined);
    resource.ensureFresh();
    expect(loader.calls).toHaveLength(2);
    loader.calls[1].resolve('again');
    await vi.waitFor(() => expect(resource.getState().data).toBe('again'));
  });

  it('shows a failure that a retry cannot fix at once, and retries network trouble', async () => {
    const refused = new Error('403');
    const failing = createSharedResource(() => Promise.reject(refused), options);
    failing.subscribe(() => undefined);
    failing.ensureFresh();
    await vi.waitFor(() => expect(failing.getState().status).toBe('error'));
    expect(failing.getState().error).toBe(refused);

    let attempts = 0;
    const flaky = createSharedResource(async () => {
      attempts += 1;
      if (attempts < 3) throw transient;
      return 'third time';
    }, options);
    flaky.subscribe(() => undefined);
    flaky.ensureFresh();
    await vi.waitFor(() => expect(flaky.getState().status).toBe('success'));
    expect(flaky.getState().data).toBe('third time');
    expect(attempts).toBe(3);
  });

  it('tells its owner once of a load that failed for good, never of a retried or aborted one', async () => {
    const onFailure = vi.fn();
    let attempts = 0;
    const failing = createSharedResource(
      async () => {
        attempts += 1;
        throw transient;
      },
      { ...options, onFailure },
    );
    failing.subscribe(() => undefined);
    failing.ensureFresh();
    await vi.waitFor(() => expect(failing.getState().status).toBe('error'));
    expect(attempts).toBe(3);
    expect(onFailure).toHaveBeenCalledTimes(1);
    expect(onFailure).toHaveBeenCalledWith(transient, false);

    const loader = manualLoader<string>();
    const aborted = createSharedResource(loader.load, { ...options, onFailure });
    const leave = aborted.subscribe(() => undefined);
    aborted.ensureFresh();
    leave();
    await vi.waitFor(() => expect(loader.calls[0].signal.aborted).toBe(true));
    loader.calls[0].reject(new Error('aborted'));
    await Promise.resolve();
    expect(onFailure).toHaveBeenCalledTimes(1);
  });

  it('keeps what it shows when a refetch fails, and refetches stale data', async () => {
    let answer: () => Promise<string> = async () => 'first';
    const resource = createSharedResource(() => answer(), { ...options, staleMs: 0 });
    resource.subscribe(() => undefined);
    resource.ensureFresh();
    await vi.waitFor(() => expect(resource.getState().data).toBe('first'));
    answer = () => Promise.reject(new Error('500'));
    await resource.refetch();
    expect(resource.getState()).toMatchObject({ status: 'success', data: 'first' });
    answer = async () => 'second';
    resource.ensureFresh();
    await vi.waitFor(() => expect(resource.getState().data).toBe('second'));
  });

  it('asks again on a refetch after a change, and never shows the answer of a request sent before it', async () => {
    const loader = manualLoader<string>();
    const resource = createSharedResource(loader.load, options);
    resource.subscribe(() => undefined);
    resource.ensureFresh();
    // The user switches a plugin off while the first list is on its way; the slot asks for the list again.
    const refetched = resource.refetch();
    expect(loader.calls).toHaveLength(2);
    expect(loader.calls[0].signal.aborted).toBe(true);
    loader.calls[1].resolve('after the change');
    loader.calls[0].resolve('before the change');
    await refetched;
    expect(resource.getState()).toMatchObject({ status: 'success', data: 'after the change' });
  });
});
