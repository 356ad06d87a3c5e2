import { screen } from '@testing-library/react';
import { vi } from 'vitest';
import type { MockDatabaseSeed } from '../../mocks/plugin-api';
import { PluginSlot, PluginSlotProvider } from '../../src/slots';
import { renderWithApp, setupMockApi } from '../app/appTestHarness';

// Counts the validations of each document, whoever asks for them (the slot and the view both do).
const parsed = vi.hoisted(() => new Map<unknown, number>());
vi.mock('../../src/stac-schema', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/stac-schema')>();
  return {
    ...actual,
    parseStacDocument: (document: unknown, options?: Parameters<typeof actual.parseStacDocument>[1]) => {
      parsed.set(document, (parsed.get(document) ?? 0) + 1);
      return actual.parseStacDocument(document, options);
    },
  };
});

const api = setupMockApi();

const shelf = {
  type: 'column',
  children: Array.from({ length: 50 }, (_, index) => ({
    type: 'text',
    data: `Shelf ${index} of <<asset.name>>`,
  })),
};

const seed: MockDatabaseSeed = {
  plugins: [{ id: 'shelves', name: 'Shelves', slot: 'asset_detail', version: '1.0.0', ui: shelf }],
  installs: [{ username: 'alice', pluginId: 'shelves' }],
};

describe('a plugin in a slot', () => {
  beforeEach(() => {
    api.reset(seed);
    parsed.clear();
  });

  it('is validated once: the slot and its view share the parse', async () => {
    renderWithApp({
      db: api.current().db,
      element: (
        <PluginSlotProvider user={{ username: 'alice', name: 'Alice' }}>
          <PluginSlot name="asset_detail" context={{ asset: { name: 'Ladder' } }} />
        </PluginSlotProvider>
      ),
    });
    expect(await screen.findByText('Shelf 49 of Ladder')).toBeInTheDocument();
    const shelfParses = [...parsed.entries()].filter(
      ([document]) => (document as { type?: string } | null)?.type === 'column',
    );
    expect(shelfParses.map(([, count]) => count)).toEqual([1]);
  });
});
