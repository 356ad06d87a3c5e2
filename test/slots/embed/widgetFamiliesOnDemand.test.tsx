/**
 * The embed's build loads each widget family (components and specs) when a document first uses it, and the
 * template language's full grammar with the families of a document whose templates need it
 * (vite.embed.config.ts puts the lazy twins in place). Here the same twins are put in place with vi.mock, and
 * a slot is mounted as a page that is not a React app mounts it.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupMockApi } from '../../app/appTestHarness';

vi.mock(
  '../../../src/stac-schema/widgetSpecLookup',
  () => import('../../../src/stac-schema/widgetSpecLookup.lazy'),
);
vi.mock(
  '../../../src/renderer/widgets/builtinRegistry',
  () => import('../../../src/renderer/widgets/builtinRegistry.lazy'),
);
vi.mock(
  '../../../src/renderer/template/templateGrammar',
  () => import('../../../src/renderer/template/templateGrammar.lazy'),
);
const chunkFails = vi.hoisted(() => ({ display: false, grammar: false, grammarAsked: 0 }));
vi.mock('../../../src/renderer/template/templateGrammarChunk', async (importOriginal) => {
  chunkFails.grammarAsked += 1;
  if (chunkFails.grammar) throw new Error('Failed to fetch dynamically imported module: template-grammar.js');
  return importOriginal();
});
vi.mock('../../../src/renderer/widgets/display/family', async (importOriginal) => {
  if (chunkFails.display) throw new Error('Failed to fetch dynamically imported module: widgets-display.js');
  return importOriginal();
});

const { mountPluginSlot } = await import('../../../src/slots/embed');
const { defaultWidgetRegistry } = await import('../../../src/renderer');
const { parseStacDocument } = await import('../../../src/stac-schema');

const api = setupMockApi();

const column = (...children: unknown[]) => ({ type: 'column', children });
const text = (data: string) => ({ type: 'text', data });

const seed = {
  plugins: [
    {
      id: 'plain',
      name: 'Plain',
      slot: 'asset_detail',
      ui: column(
        text('Plain text for <<asset.name>>'),
        text('{{upper asset.name}} costs {{formatNumber asset.price 2}}'),
      ),
    },
    {
      id: 'stocked',
      name: 'Stocked',
      slot: 'stock_board',
      ui: column(text('<<asset.name>>: <<#if asset.inStock>>in stock<<else>>sold out<</if>>')),
    },
    {
      id: 'carded',
      name: 'Carded',
      slot: 'dashboard_top',
      ui: { type: 'card', child: { type: 'listTile', title: text('In a card') } },
    },
  ],
  installs: [
    { username: 'alice', pluginId: 'plain' },
    { username: 'alice', pluginId: 'carded' },
    { username: 'alice', pluginId: 'stocked' },
  ],
};

function mount(name: string, apiBase: string) {
  const host = document.createElement('div');
  document.body.append(host);
  const token = api.current().db.tokenFor('alice');
  act(() => {
    mountPluginSlot(host, { name, apiBase, token, context: { asset: { name: 'Drill', price: 12 } } });
  });
  return host;
}

describe('widget families loaded when a document first uses them (the embed)', () => {
  beforeEach(() => {
    api.reset(seed);
    document.body.replaceChildren();
  });

  it('loads the families of a plugin before checking it, and no family it does not use', async () => {
    expect(Object.hasOwn(defaultWidgetRegistry, 'column')).toBe(false);
    // Without its family the validator does not know a column: nothing may check a document before it loads.
    expect(parseStacDocument(column(), { mode: 'strict' }).ok).toBe(false);

    const host = mount('asset_detail', 'http://families-one.test/api/v1');
    expect(await within(host).findByText('Plain text for Drill')).toBeInTheDocument();
    // Paths and plain mustaches are read without the full template grammar: it was not asked for.
    expect(within(host).getByText('DRILL costs 12.00')).toBeInTheDocument();
    expect(chunkFails.grammarAsked).toBe(0);
    expect(Object.hasOwn(defaultWidgetRegistry, 'column')).toBe(true);
    expect(Object.hasOwn(defaultWidgetRegistry, 'text')).toBe(true);
    expect(parseStacDocument(column(text('x')), { mode: 'strict' })).toMatchObject({ ok: true, issues: [] });
    // The plugin's document has no card, no input, no scroll view: those families were not asked for.
    for (const type of ['card', 'textField', 'listView', 'scaffold', 'image', 'elevatedButton'])
      expect(Object.hasOwn(defaultWidgetRegistry, type), type).toBe(false);
  });

  it('shows the slot’s loading state, then its error state with a Retry when a family cannot be loaded', async () => {
    chunkFails.display = true;
    const user = userEvent.setup();
    const host = mount('dashboard_top', 'http://families-two.test/api/v1');
    const notice = await within(host).findByRole('alert');
    expect(notice).toHaveTextContent(
      'The plugin “Carded” could not be loaded. The rest of the page is fine.',
    );
    expect(within(host).queryByText('In a card')).not.toBeInTheDocument();

    chunkFails.display = false;
    await user.click(within(notice).getByRole('button', { name: 'Retry' }));
    expect(await within(host).findByText('In a card')).toBeInTheDocument();
    await waitFor(() => expect(within(host).queryByRole('alert')).not.toBeInTheDocument());
    expect(Object.hasOwn(defaultWidgetRegistry, 'listTile')).toBe(true);
    expect(screen.queryByRole('status', { name: 'Loading plugin' })).not.toBeInTheDocument();
  });

  it('loads the template grammar with a document that holds a block, showing the error state with a Retry while it cannot', async () => {
    chunkFails.grammar = true;
    const user = userEvent.setup();
    const host = mount('stock_board', 'http://families-three.test/api/v1');
    const notice = await within(host).findByRole('alert');
    expect(notice).toHaveTextContent(
      'The plugin “Stocked” could not be loaded. The rest of the page is fine.',
    );
    expect(chunkFails.grammarAsked).toBe(1);
    expect(within(host).queryByText(/sold out/)).not.toBeInTheDocument();

    chunkFails.grammar = false;
    await user.click(within(notice).getByRole('button', { name: 'Retry' }));
    expect(await within(host).findByText('Drill: sold out')).toBeInTheDocument();
    await waitFor(() => expect(within(host).queryByRole('alert')).not.toBeInTheDocument());
    expect(chunkFails.grammarAsked).toBe(2);
  });
});
