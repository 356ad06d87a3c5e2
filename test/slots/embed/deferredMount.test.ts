/**
 * The IIFE loader's `mountPluginSlot` (src/slots/embed/deferredMount.ts): the page gets its handle at once,
 * what it does before the embed's code has arrived reaches the slot in order, and code that cannot be loaded
 * leaves the slot's error state with a Retry instead of a blank.
 */
import { screen, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { deferredMount, onceForThePage, type EmbedCore } from '../../../src/slots/embed/deferredMount';
import type { MountPluginSlotOptions } from '../../../src/slots/embed/mountPluginSlot';

/** A core that writes what it was asked into the element, as text, so the test reads what a user would see. */
const fakeCore: EmbedCore = {
  mountPluginSlot(element, options: MountPluginSlotOptions) {
    const show = (context: Record<string, unknown> | undefined) => {
      element.textContent = `${options.name}: ${JSON.stringify(context ?? null)}`;
    };
    show(options.context);
    return { update: show, unmount: () => element.replaceChildren() };
  },
};

/** Loads of the core that the test answers by hand. */
function manualCore() {
  const loads: { resolve(core: EmbedCore): void; reject(error: unknown): void }[] = [];
  const load = () =>
    new Promise<EmbedCore>((resolve, reject) => {
      loads.push({ resolve, reject });
    });
  return { loads, loadCore: onceForThePage(load) };
}

function newHost(): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  return host;
}

describe('mountPluginSlot of the IIFE loader', () => {
  beforeEach(() => document.body.replaceChildren());

  it('renders the context of the page’s last update made before the code arrived, then follows updates', async () => {
    const core = manualCore();
    const mount = deferredMount(core.loadCore);
    const host = newHost();
    const handle = mount(host, { name: 'asset_detail', context: { asset: 'Drill' } });
    handle.update({ asset: 'Ladder' });
    handle.update({ asset: 'Helmet' });
    // Meanwhile the slot shows its loading state, as it does while its plugins load, not a blank.
    expect(within(host).getByRole('status', { name: 'Loading plugins' })).toBeInTheDocument();
    expect(within(host).getByRole('region', { name: 'Plugins: asset detail' })).toHaveAttribute(
      'aria-busy',
      'true',
    );
    core.loads[0].resolve(fakeCore);
    await vi.waitFor(() => expect(host).toHaveTextContent('asset_detail: {"asset":"Helmet"}'));
    expect(within(host).queryByRole('status')).toBeNull();
    handle.update({ asset: 'Camera' });
    expect(host).toHaveTextContent('asset_detail: {"asset":"Camera"}');
    handle.unmount();
    expect(host).toBeEmptyDOMElement();
  });

  it('asks for the code once for every slot of the page', async () => {
    const core = manualCore();
    const mount = deferredMount(core.loadCore);
    const first = newHost();
    const second = newHost();
    mount(first, { name: 'asset_detail' });
    mount(second, { name: 'dashboard_top' });
    expect(core.loads).toHaveLength(1);
    core.loads[0].resolve(fakeCore);
    await vi.waitFor(() => expect(second).toHaveTextContent('dashboard_top: null'));
    expect(first).toHaveTextContent('asset_detail: null');
  });

  it('leaves nothing behind when the page unmounts before the code arrived', async () => {
    const core = manualCore();
    const mount = deferredMount(core.loadCore);
    const host = newHost();
    const gone = mount(host, { name: 'asset_detail' });
    const kept = mount(newHost(), { name: 'dashboard_top' });
    gone.unmount();
    core.loads[0].resolve(fakeCore);
    await vi.waitFor(() => expect(document.body).toHaveTextContent('dashboard_top: null'));
    expect(host).toBeEmptyDOMElement();
    kept.unmount();
  });

  it('shows the slot’s error state with a Retry when the code cannot be loaded; one Retry brings back every waiting slot', async () => {
    const core = manualCore();
    const mount = deferredMount(core.loadCore);
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const first = newHost();
    const second = newHost();
    const handle = mount(first, { name: 'asset_detail', context: { asset: 'Drill' } });
    mount(second, { name: 'dashboard_top' });
    core.loads[0].reject(new TypeError('Failed to fetch dynamically imported module'));
    const notice = await within(first).findByRole('alert');
    expect(notice).toHaveTextContent(
      'The plugins of this slot could not be loaded. The rest of the page is fine.',
    );
    expect(within(second).getByRole('alert')).toBeInTheDocument();
    expect(consoleError).toHaveBeenCalled();
    await userEvent.click(within(notice).getByRole('button', { name: 'Details' }));
    expect(within(notice).getByText('Failed to fetch dynamically imported module')).toBeVisible();
    handle.update({ asset: 'Ladder' });

    await userEvent.click(within(notice).getByRole('button', { name: 'Retry' }));
    expect(core.loads).toHaveLength(2);
    expect(within(first).getByRole('status', { name: 'Loading plugins' })).toBeInTheDocument();
    core.loads[1].resolve(fakeCore);
    await vi.waitFor(() => expect(first).toHaveTextContent('asset_detail: {"asset":"Ladder"}'));
    expect(second).toHaveTextContent('dashboard_top: null');
    expect(screen.queryByRole('alert')).toBeNull();
    consoleError.mockRestore();
  });

  it('says what to pass when the page hands it something that is not an element', () => {
    const mount = deferredMount(manualCore().loadCore);
    expect(() => mount(null as unknown as Element, { name: 'asset_detail' })).toThrow(
      /needs an element of the page to render into \(got null\)/,
    );
  });
});
