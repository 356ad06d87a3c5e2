/**
 * The embed's request runner (widgetRequestRunner.lazy.ts, put in place by vite.embed.config.ts) loads the
 * request code with the data widgets' chunk. It sends the same request and gives the same answers and
 * refusals as the runner the app uses.
 */
import { createActionRegistry, type HostServices } from '../../src/actions';
import { createWidgetRequestRunner as eagerRunner } from '../../src/renderer/widgetRequestRunner';
import { createWidgetRequestRunner as lazyRunner } from '../../src/renderer/widgetRequestRunner.lazy';

const actions = createActionRegistry({
  urlPolicy: { origin: 'https://app.example', requestOrigins: ['https://api.example.com'] },
});

function recordingServices(sent: string[]): () => HostServices {
  const fetch: typeof globalThis.fetch = async (input, init) => {
    sent.push(`${init?.method ?? 'GET'} ${String(input)} ${String(init?.body ?? '')}`);
    return new Response(JSON.stringify({ name: 'Ada' }), { status: 201 });
  };
  return () => ({ fetch }) as unknown as HostServices;
}

const outcomeOf = (promise: Promise<unknown>) =>
  promise.then(
    (value) => ({ value }),
    (error: Error) => ({ error: error.message }),
  );

it('sends and answers as the eager runner does, and refuses the same requests with the same messages', async () => {
  const requests: unknown[] = [
    { url: 'https://api.example.com/people', queryParameters: { q: 'ada', page: 2 } },
    { url: 'https://api.example.com/people', method: 'post', body: { name: 'Ada' } },
    { url: 'https://evil.example/steal' },
    { url: 'javascript:alert(1)' },
    { method: 'GET' },
    { url: 'https://api.example.com/x', method: 'TRACE' },
  ];
  const eagerSent: string[] = [];
  const lazySent: string[] = [];
  const eager = eagerRunner({ actions, services: recordingServices(eagerSent) });
  const lazy = lazyRunner({ actions, services: recordingServices(lazySent) });
  const signal = new AbortController().signal;
  const eagerOutcomes = [];
  const lazyOutcomes = [];
  for (const request of requests) {
    eagerOutcomes.push(await outcomeOf(eager(request, signal)));
    lazyOutcomes.push(await outcomeOf(lazy(request, signal)));
  }
  expect(lazyOutcomes).toEqual(eagerOutcomes);
  expect(lazySent).toEqual(eagerSent);
  expect(lazySent).toEqual([
    'GET https://api.example.com/people?q=ada&page=2 ',
    'POST https://api.example.com/people {"name":"Ada"}',
  ]);
  expect(lazyOutcomes[0]).toEqual({ value: { statusCode: 201, ok: true, data: { name: 'Ada' } } });
  expect(lazyOutcomes.slice(2).every((outcome) => 'error' in outcome)).toBe(true);
});
