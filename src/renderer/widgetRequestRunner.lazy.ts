/**
 * The embed's widgetRequestRunner (vite.embed.config.ts puts it in place of widgetRequestRunner.ts): the
 * request code is part of the data widgets' chunk, which is loaded before any widget that asks for a request
 * renders, so this import finds it there without a request of its own.
 */
import type { WidgetRequestOptions } from './runWidgetRequest';
import type { StacRequestRunner } from './widgets';

export function createWidgetRequestRunner(options: WidgetRequestOptions): StacRequestRunner {
  return async (request, signal) => {
    const { runWidgetRequest } = await import('./runWidgetRequest');
    return runWidgetRequest(request, signal, options);
  };
}
