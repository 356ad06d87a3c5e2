import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupMockApi } from '../app/appTestHarness';
import { mountPluginSlot, StacSlotElement } from '../../src/slots/embed';

const api = setupMockApi();

const seed = {
  plugins: [
    {
      id: 'label',
      name: 'Label',
      slot: 'asset_detail',
      ui: { type: 'text', data: 'Embedded: <<asset.name>> for <<user.name>>' },
    },
    { id: 'banner', name: 'Banner', slot: 'dashboard_top', ui: { type: 'text', data: 'Embedded banner' } },
    { id: 'garbled', name: 'Garbled', slot: 'left_sidebar', ui: ['not', 'a', 'widget'] },
  ],
  installs: [
    { username: 'alice', pluginId: 'label' },
    { username: 'alice', pluginId: 'banner' },
    { username: 'alice', pluginId: 'garbled' },
  ],
};

describe('embedding slots in pages that are not React apps', () => {
  beforeEach(() => {
    api.reset(seed);
    document.body.replaceChildren();
  });

  it('mountPluginSlot renders a slot, follows update(context) and cleans up on unmount', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const token = api.current().db.tokenFor('alice');
    let handle: ReturnType<typeof mountPluginSlot> | undefined;
    act(() => {
      handle = mountPluginSlot(host, {
        name: 'asset_detail',
        apiBase: 'http://one.test/api/v1',
        token,
        context: { asset: { name: 'Drill' } },
      });
    });
    expect(await within(host).findByText(/^Embedded: Drill for /)).toBeInTheDocument();
    act(() => handle?.update({ asset: { name: 'Ladder' } }));
    expect(await within(host).findByText(/^Embedded: Ladder for /)).toBeInTheDocument();
    act(() => handle?.unmount());
    expect(host).toBeEmptyDOMElement();
  });

  it('<stac-slot> takes its name, API base and token from attributes and its context from a property', async () => {
    expect(customElements.get('stac-slot')).toBeDefined();
    const token = api.current().db.tokenFor('alice');
    const element = document.createElement('stac-slot') as StacSlotElement;
    element.setAttribute('name', 'asset_detail');
    element.setAttribute('api-base', 'http://two.test/api/v1');
    element.tokenProvider = async () => token;
    element.context = { asset: { name: 'Helmet' } };
    act(() => {
      document.body.append(element);
    });
    expect(await screen.findByText(/^Embedded: Helmet for /)).toBeInTheDocument();
    act(() => {
      element.context = { asset: { name: 'Camera' } };
    });
    expect(await screen.findByText(/^Embedded: Camera for /)).toBeInTheDocument();
    act(() => element.setAttribute('name', 'dashboard_top'));
    expect(await screen.findByText('Embedded banner')).toBeInTheDocument();
    act(() => element.remove());
    await waitFor(() => expect(element).toBeEmptyDOMElement());
  });

  it('shows nothing and asks the API nothing until the token provider answers, then renders', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const token = api.current().db.tokenFor('alice');
    const authorizations: (string | null)[] = [];
    api.current().server.events.on('request:start', ({ request }) => {
      authorizations.push(request.headers.get('authorization'));
    });
    let giveToken: (value: string) => void = () => undefined;
    const pendingToken = new Promise<string>((resolve) => {
      giveToken = resolve;
    });
    let handle: ReturnType<typeof mountPluginSlot> | undefined;
    act(() => {
      handle = mountPluginSlot(host, {
        name: 'dashboard_top',
        apiBase: 'http://three.test/api/v1',
        tokenProvider: () => pendingToken,
      });
    });
    // The provider has not answered: the slot rendered (synchronously, inside act) and chose to show nothing.
    expect(host).toBeEmptyDOMElement();
    expect(authorizations).toEqual([]);
    await act(async () => giveToken(token));
    expect(await within(host).findByText('Embedded banner')).toBeInTheDocument();
    // Every request it made carried the token: none went out before it.
    expect(authorizations.length).toBeGreaterThan(0);
    expect(new Set(authorizations)).toEqual(new Set([`Bearer ${token}`]));
    act(() => handle?.unmount());
    api.current().server.events.removeAllListeners();
  });

  it('slots of one page share one request for the installed list and one for the user', async () => {
    const token = api.current().db.tokenFor('alice');
    const paths: string[] = [];
    api.current().server.events.on('request:start', ({ request }) => {
      paths.push(new URL(request.url).pathname);
    });
    const hosts = [document.createElement('div'), document.createElement('div')];
    document.body.append(...hosts);
    const handles: ReturnType<typeof mountPluginSlot>[] = [];
    act(() => {
      hosts.forEach((host, index) =>
        handles.push(
          mountPluginSlot(host, {
            name: index === 0 ? 'asset_detail' : 'dashboard_top',
            apiBase: 'http://four.test/api/v1',
            token,
            context: { asset: { name: 'Saw' } },
          }),
        ),
      );
    });
    expect(await within(hosts[0]).findByText(/^Embedded: Saw for /)).toBeInTheDocument();
    expect(await within(hosts[1]).findByText('Embedded banner')).toBeInTheDocument();
    expect(paths.filter((path) => path.endsWith('/plugins/installed'))).toHaveLength(1);
    expect(paths.filter((path) => path.endsWith('/auth/me'))).toHaveLength(1);
    act(() => handles.forEach((handle) => handle.unmount()));
    api.current().server.events.removeAllListeners();
  });

  it('says once on the console that the API refused the token, where a slot would stay silently empty', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      let refusals = 0;
      api.current().server.events.on('response:mocked', ({ response }) => {
        if (response.status === 401) refusals += 1;
      });
      const host = document.createElement('div');
      document.body.append(host);
      act(() => {
        mountPluginSlot(host, { name: 'dashboard_top', apiBase: 'http://six.test/api/v1', token: 'stale' });
      });
      await waitFor(() => expect(logged).toHaveBeenCalled(), { timeout: 10_000 });
      expect(String(logged.mock.calls[0][0])).toBe(
        'stac-slot: http://six.test/api/v1 refused the token (401); the slots stay empty until the page gives a valid one (the token attribute or option, or tokenProvider)',
      );
      // Several requests were refused (the list, the user): one message, not one per request.
      await waitFor(() => expect(refusals).toBeGreaterThan(1));
      expect(logged).toHaveBeenCalledTimes(1);
      expect(host).toBeEmptyDOMElement();
    } finally {
      logged.mockRestore();
    }
  });

  it('says on the console why a slot stays empty when its installed list is not a list', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      api
        .current()
        .server.use(
          http.get('http://seven.test/api/v1/plugins/installed', () =>
            HttpResponse.json({ plugins: 'none' }),
          ),
        );
      const host = document.createElement('div');
      document.body.append(host);
      act(() => {
        mountPluginSlot(host, {
          name: 'dashboard_top',
          apiBase: 'http://seven.test/api/v1',
          token: api.current().db.tokenFor('alice'),
        });
      });
      await waitFor(() => expect(logged).toHaveBeenCalled(), { timeout: 10_000 });
      const message = String(logged.mock.calls[0][0]);
      expect(message).toMatch(
        /^stac-slot: the installed plugins could not be read from http:\/\/seven\.test\/api\/v1: .+; the slots stay empty until it can be read$/,
      );
      expect(host).toBeEmptyDOMElement();
    } finally {
      logged.mockRestore();
    }
  });

  it('offers Disable on a plugin it cannot render, and Disable switches it off on the server', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const token = api.current().db.tokenFor('alice');
    let handle: ReturnType<typeof mountPluginSlot> | undefined;
    act(() => {
      handle = mountPluginSlot(host, { name: 'left_sidebar', apiBase: 'http://five.test/api/v1', token });
    });
    const notice = await within(host).findByRole('alert');
    expect(notice).toHaveTextContent('The plugin “Garbled” stopped working');
    act(() => within(notice).getByRole('button', { name: 'Disable' }).click());
    await waitFor(() => expect(within(host).queryByRole('alert')).not.toBeInTheDocument());
    const installed = await fetch('http://five.test/api/v1/plugins/installed', {
      headers: { authorization: `Bearer ${token}` },
    }).then((response) => response.json() as Promise<{ id: string; isActive: boolean }[]>);
    expect(installed.find((plugin) => plugin.id === 'garbled')?.isActive).toBe(false);
    act(() => handle?.unmount());
  });
});
