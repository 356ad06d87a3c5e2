import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StacView, createWidgetRegistry } from '../../../../src/renderer';
import { builtinWidgets, StacRequestContext, type StacRequestRunner } from '../../../../src/renderer/widgets';

const registry = createWidgetRegistry(builtinWidgets);

/** A runner that answers like a small JSON API, as the host's request service would. */
function jsonApi(routes: Record<string, unknown>, seen: string[] = []): StacRequestRunner {
  return async (request) => {
    const url = (request as { url: string }).url;
    seen.push(url);
    if (!(url in routes)) return { statusCode: 404, ok: false, data: null };
    return { statusCode: 200, ok: true, data: routes[url] };
  };
}

function renderWith(runner: StacRequestRunner | null, document: unknown, scope = {}) {
  return render(
    <StacRequestContext.Provider value={runner}>
      <StacView document={document} registry={registry} scope={scope} mode="preview" />
    </StacRequestContext.Provider>,
  );
}

describe('dynamicView', () => {
  it('fills the template with the fetched fields after a loading state', async () => {
    const seen: string[] = [];
    const { container } = renderWith(
      jsonApi(
        {
          'https://api.example.com/users/7': {
            firstName: 'Ada',
            lastName: 'Lovelace',
            email: 'ada@example.com',
          },
        },
        seen,
      ),
      {
        type: 'dynamicView',
        request: { url: 'https://api.example.com/users/{{asset.owner}}', method: 'get' },
        template: { type: 'text', data: '{{firstName}} {{lastName}} <{{email}}>' },
      },
      { asset: { owner: 7 } },
    );
    const loading = container.querySelector('.stac-dynamicView');
    expect(loading).toHaveAttribute('role', 'status');
    expect(loading).toHaveTextContent('Loading');
    expect(
      await screen.findByText('Ada Lovelace <ada@example.com>', {}, { timeout: 15_000 }),
    ).toBeInTheDocument();
    expect(seen).toEqual(['https://api.example.com/users/7']);
  });

  it('clones the list itemTemplate per item at targetPath', async () => {
    renderWith(
      jsonApi({
        'https://api.example.com/users': {
          users: [{ firstName: 'Ada' }, { firstName: 'Grace' }, { firstName: 'Linus' }],
        },
      }),
      {
        type: 'dynamicView',
        request: { url: 'https://api.example.com/users' },
        targetPath: 'users',
        template: {
          type: 'listView',
          itemTemplate: { type: 'listTile', title: { type: 'text', data: '{{firstName}}' } },
        },
      },
    );
    await screen.findByText('Grace');
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Ada',
      'Grace',
      'Linus',
    ]);
  });

  it('shows an error with a retry button when the request fails', async () => {
    let calls = 0;
    const flaky: StacRequestRunner = async () => {
      calls += 1;
      if (calls === 1) throw new Error('The network is down.');
      return { statusCode: 200, ok: true, data: { name: 'Back online' } };
    };
    renderWith(flaky, {
      type: 'dynamicView',
      request: { url: 'https://api.example.com/x' },
      template: { type: 'text', data: '{{name}}' },
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('The network is down.');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Back online')).toBeInTheDocument();
  });

  it("uses the view's own request service and shows why a URL was refused", async () => {
    renderWith(null, {
      type: 'dynamicView',
      request: { url: 'https://api.example.com/x' },
      template: { type: 'text', data: 'x' },
    });
    const alert = await screen.findByRole('alert', {}, { timeout: 15_000 });
    expect(alert).toHaveTextContent('Could not load this content. Request refused');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});

describe('networkWidget', () => {
  it('validates and renders fetched widget JSON', async () => {
    renderWith(jsonApi({ 'https://api.example.com/widget': { type: 'text', data: 'From the server' } }), {
      type: 'networkWidget',
      request: { url: 'https://api.example.com/widget' },
    });
    expect(await screen.findByText('From the server')).toBeInTheDocument();
  });

  it('refuses a response that is not a widget', async () => {
    renderWith(jsonApi({ 'https://api.example.com/widget': [1, 2, 3] }), {
      type: 'networkWidget',
      request: { url: 'https://api.example.com/widget' },
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not load this content');
  });
});
