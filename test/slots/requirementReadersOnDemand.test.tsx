/**
 * The embed reads and checks what manifests require (dependencies, `requires.host`, startup checks, version
 * ranges) with a chunk it fetches only for an installed list where a plugin declares any (requirementReaders.lazy.ts
 * and plugin-host/requirementChecks.lazy.ts, put in place by vite.embed.config.ts; here by vi.mock). A slot waits for it as it waits for the list; should it not
 * come, the plugins that need it say so with a Retry and the others show as usual.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { SlotPlugin, SlotPluginSource } from '../../src/slots';
import { createGate } from '../support/gate';

vi.mock(
  '../../src/stac-schema/requirementReaders',
  () => import('../../src/stac-schema/requirementReaders.lazy'),
);
vi.mock(
  '../../src/plugin-host/requirementChecks',
  () => import('../../src/plugin-host/requirementChecks.lazy'),
);
const chunk = vi.hoisted(() => ({
  asked: 0,
  checksAsked: 0,
  fails: false,
  held: null as Promise<void> | null,
  displayFamilyAsked: 0,
}));
vi.mock('../../src/stac-schema/manifestRequirements', async (importOriginal) => {
  chunk.asked += 1;
  await chunk.held;
  if (chunk.fails) throw new Error('Failed to fetch dynamically imported module: manifest-requirements.js');
  return importOriginal();
});
// The checks of what manifests require come in the same chunk: the slot asks for them with the readers.
vi.mock('../../src/plugin-host/checkRequirements', async (importOriginal) => {
  chunk.checksAsked += 1;
  await chunk.held;
  if (chunk.fails) throw new Error('Failed to fetch dynamically imported module: manifest-requirements.js');
  return importOriginal();
});
// The widget families come as chunks too, as in the embed: the slot asks for them while it waits.
vi.mock(
  '../../src/stac-schema/widgetSpecLookup',
  () => import('../../src/stac-schema/widgetSpecLookup.lazy'),
);
vi.mock(
  '../../src/renderer/widgets/builtinRegistry',
  () => import('../../src/renderer/widgets/builtinRegistry.lazy'),
);
vi.mock('../../src/renderer/widgets/display/family', async (importOriginal) => {
  chunk.displayFamilyAsked += 1;
  return importOriginal();
});

const { PluginSlot, PluginSlotProvider } = await import('../../src/slots');

const text = (data: string) => ({ type: 'text', data });
const plain: SlotPlugin = {
  id: 'plain',
  name: 'Plain',
  slot: 'dashboard_top',
  version: '1.2.0',
  ui: text('Plain here'),
};
const needy: SlotPlugin = {
  id: 'needy',
  name: 'Needy',
  slot: 'dashboard_top',
  ui: { type: 'card', child: text('Needy here') },
  dependencies: [{ id: 'plain', version: '^1.0.0' }],
};
const tooNew: SlotPlugin = {
  id: 'too-new',
  name: 'Too new',
  slot: 'dashboard_top',
  ui: text('Too new here'),
  requires: { host: '>=99.0.0' },
};
const outOfRange: SlotPlugin = {
  id: 'out-of-range',
  name: 'Out of range',
  slot: 'dashboard_top',
  ui: text('Out of range here'),
  dependencies: [{ id: 'plain', version: '^2.0.0' }],
};

/** The installed list as a slot source gives it, already loaded. */
function sourceOf(plugins: readonly SlotPlugin[]): SlotPluginSource {
  return {
    useInstalledPlugins: () => ({ isPending: false, isError: false, data: plugins }),
    usePluginSwitch: () => ({ disable: () => undefined, isPending: false }),
  };
}

function showSlot(plugins: readonly SlotPlugin[]) {
  return render(
    <PluginSlotProvider source={sourceOf(plugins)}>
      <PluginSlot name="dashboard_top" />
    </PluginSlotProvider>,
  );
}

it('shows a list whose manifests require nothing without asking for the readers', async () => {
  showSlot([plain]);
  expect(await screen.findByText('Plain here')).toBeInTheDocument();
  expect(chunk.asked).toBe(0);
  expect(chunk.checksAsked).toBe(0);
});

it('asks for the widget families while the readers come, and shows the plugins that need the readers as failed with a Retry while they cannot come, the others as usual', async () => {
  chunk.fails = true;
  const held = createGate();
  chunk.held = held.opened;
  const user = userEvent.setup();
  showSlot([plain, needy]);
  // The slot waits for the readers as for the list; the card's family is on its way in the same round trip.
  expect(screen.getByRole('status', { name: 'Loading plugins' })).toBeInTheDocument();
  await waitFor(() => expect(chunk.displayFamilyAsked).toBe(1));
  expect(chunk.asked).toBe(1);
  expect(chunk.checksAsked).toBe(1);
  held.open();
  const notice = await screen.findByRole('alert');
  expect(notice).toHaveTextContent('The plugin “Needy” could not be loaded. The rest of the page is fine.');
  expect(screen.getByText('Plain here')).toBeInTheDocument();
  expect(screen.queryByText('Needy here')).not.toBeInTheDocument();
  expect(chunk.asked).toBe(1);

  chunk.fails = false;
  await user.click(within(notice).getByRole('button', { name: 'Retry' }));
  expect(await screen.findByText('Needy here')).toBeInTheDocument();
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  expect(chunk.asked).toBe(2);
  expect(chunk.checksAsked).toBe(2);
});

it('checks host versions and dependency ranges once the readers are there, as the app does', async () => {
  showSlot([plain, needy, tooNew, outOfRange]);
  expect(await screen.findByText('Needy here')).toBeInTheDocument();
  expect(screen.getByText('Plain here')).toBeInTheDocument();
  // This host is 1.0.0; "Out of range" needs Plain ^2.0.0 where 1.2.0 is installed: both stay off.
  expect(screen.queryByText('Too new here')).not.toBeInTheDocument();
  expect(screen.queryByText('Out of range here')).not.toBeInTheDocument();
});
