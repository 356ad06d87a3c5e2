/**
 * One msw worker for the whole Storybook (public/mockServiceWorker.js). Each story's loader swaps in its
 * handlers (`parameters.msw.handlers`, e.g. the Plugin API of mocks/plugin-api in a given scenario) on top
 * of the gallery's network.
 */
import type { HttpHandler } from 'msw';
import { setupWorker, type SetupWorker } from 'msw/browser';
import { corpusNetworkHandlers } from './corpusNetworkHandlers';

let started: Promise<SetupWorker> | null = null;

function startWorker(): Promise<SetupWorker> {
  started ??= (async () => {
    const worker = setupWorker(...corpusNetworkHandlers);
    await worker.start({
      quiet: true,
      // Storybook's own modules, fonts and the sample plugins in public/ pass through untouched.
      onUnhandledRequest: 'bypass',
      serviceWorker: { url: './mockServiceWorker.js' },
    });
    return worker;
  })();
  return started;
}

/** Serves `handlers` (before the gallery's network) until the next story replaces them. */
export async function serveStoryHandlers(handlers: readonly HttpHandler[]): Promise<void> {
  const worker = await startWorker();
  worker.resetHandlers(...handlers, ...corpusNetworkHandlers);
}

export interface MswParameters {
  handlers?: HttpHandler[];
}
