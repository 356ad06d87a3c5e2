import { render, screen } from '@testing-library/react';
import { useEffect, useState } from 'react';
import { StacView } from '../../src/renderer/StacView';
import { createWidgetRegistry } from '../../src/renderer/registry';
import { createActionRegistry } from '../../src/actions';
import { StacRequestContext, useStacRequest, type StacRequestRunner } from '../../src/renderer/widgets';
import type { StacWidgetProps } from '../../src/renderer/contract';

/** A minimal data widget: runs its bound `request` through the view's runner and prints the outcome. */
function Fetcher({ node }: StacWidgetProps) {
  const runner = useStacRequest();
  const [text, setText] = useState('loading');
  const key = JSON.stringify(node.request);
  useEffect(() => {
    const controller = new AbortController();
    runner!(JSON.parse(key) as unknown, controller.signal).then(
      (outcome) => setText(`${outcome.statusCode} ${JSON.stringify(outcome.data)}`),
      (error: Error) => setText(`error: ${error.message}`),
    );
    return () => controller.abort();
  }, [runner, key]);
  return <output>{text}</output>;
}

const registry = createWidgetRegistry({ fetcher: Fetcher }, {});
const actions = createActionRegistry({
  urlPolicy: { origin: 'https://app.example', requestOrigins: ['https://api.example.com'] },
});

function fakeFetch(calls: { url: string; init?: RequestInit }[]): typeof fetch {
  return async (input, init) => {
    calls.push({ url: String(input), init });
    return new Response(JSON.stringify({ name: 'Ada' }), {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
    });
  };
}

describe('widget requests (dynamicView, networkWidget) go through the host fetch and URL policy', () => {
  it('binds the request templates and fetches with the host service, without credentials', async () => {
    const calls: { url: string; init?: RequestInit }[] = [];
    render(
      <StacView
        document={{
          type: 'fetcher',
          request: {
            url: 'https://api.example.com/users/{{asset.owner}}',
            method: 'get',
            queryParameters: { full: true },
          },
        }}
        registry={registry}
        actions={actions}
        scope={{ asset: { owner: 7 } }}
        services={{ fetch: fakeFetch(calls) }}
      />,
    );
    expect(await screen.findByText('200 {"name":"Ada"}')).toBeInTheDocument();
    expect(calls[0].url).toBe('https://api.example.com/users/7?full=true');
    expect(calls[0].init?.credentials).toBe('omit');
  });

  it.each([
    ['a script URL', 'javascript:alert(1)', /not an http\(s\) or relative URL/],
    ['an origin the host did not allow', 'https://evil.example/steal', /Request refused/],
  ])('refuses %s without calling fetch', async (_label, url, message) => {
    const calls: { url: string }[] = [];
    render(
      <StacView
        document={{ type: 'fetcher', request: { url } }}
        registry={registry}
        actions={actions}
        services={{ fetch: fakeFetch(calls) }}
      />,
    );
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(calls).toHaveLength(0);
  });

  it("uses the host's own runner when the host provides one around the view", async () => {
    const calls: { url: string }[] = [];
    const asked: unknown[] = [];
    const hostRunner: StacRequestRunner = async (request) => {
      asked.push(request);
      return { statusCode: 203, ok: true, data: 'from the host' };
    };
    render(
      <StacRequestContext.Provider value={hostRunner}>
        <StacView
          document={{ type: 'fetcher', request: { url: 'https://api.example.com/users/1' } }}
          registry={registry}
          actions={actions}
          services={{ fetch: fakeFetch(calls) }}
        />
      </StacRequestContext.Provider>,
    );
    expect(await screen.findByText('203 "from the host"')).toBeInTheDocument();
    expect(asked).toEqual([{ url: 'https://api.example.com/users/1' }]);
    expect(calls).toHaveLength(0);
  });

  it("fetches a view nested in another view's widget with the outer view's services and URL policy", async () => {
    const calls: { url: string }[] = [];
    function Nested() {
      return (
        <StacView
          document={{ type: 'fetcher', request: { url: 'https://api.example.com/inner' } }}
          registry={registry}
        />
      );
    }
    const outerRegistry = createWidgetRegistry({ fetcher: Fetcher, nested: Nested }, {});
    render(
      <StacView
        document={{ type: 'nested' }}
        registry={outerRegistry}
        actions={actions}
        services={{ fetch: fakeFetch(calls) }}
      />,
    );
    expect(await screen.findByText('200 {"name":"Ada"}')).toBeInTheDocument();
    expect(calls.map((call) => call.url)).toEqual(['https://api.example.com/inner']);
  });
});
