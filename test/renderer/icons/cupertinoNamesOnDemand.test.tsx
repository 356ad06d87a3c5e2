/**
 * In the embed the Cupertino icon names are a chunk (cupertinoNames.lazy.ts, put in place by
 * vite.embed.config.ts): Material icons draw without it; the first Cupertino icon shows its empty box while the
 * names come and then draws the same glyph as the app (cupertinoNamesUnloadable.test.tsx: when they cannot come).
 */
import { render, screen } from '@testing-library/react';
// Straight from its module: the folder's index also re-exports the table itself (for the app and tests).
import { MaterialIcon } from '../../../src/renderer/icons/MaterialIcon';

vi.mock(
  '../../../src/renderer/icons/cupertinoNames',
  () => import('../../../src/renderer/icons/cupertinoNames.lazy'),
);

const chunk = await vi.hoisted(async () => (await import('../../support/chunkImport')).createChunkImport());
vi.mock('../../../src/renderer/icons/cupertinoIcons', (importOriginal) => chunk.load(importOriginal));

const pathsOf = (element: Element) =>
  [...element.querySelectorAll('path')].map((path) => path.getAttribute('d'));

it('draws Material icons without the names, and a Cupertino icon in its empty box until they come, then as the app does', async () => {
  chunk.hold();
  const { container } = render(
    <>
      <MaterialIcon name="favorite" label="Material heart" />
      <MaterialIcon name="heart_fill" iconType="cupertino" label="Cupertino heart" />
    </>,
  );
  const material = screen.getByRole('img', { name: 'Material heart' });
  // A Material icon alone never asks for the names.
  render(<MaterialIcon name="home" />);
  expect(pathsOf(material).length).toBeGreaterThan(0);
  const cupertino = screen.getByRole('img', { name: 'Cupertino heart' });
  expect(cupertino.tagName).toBe('svg');
  expect(pathsOf(cupertino)).toEqual([]);

  await vi.waitFor(() => expect(chunk.loads).toBe(1));
  expect(pathsOf(screen.getByRole('img', { name: 'Cupertino heart' }))).toEqual([]);
  chunk.gate?.open();
  await vi.waitFor(() =>
    expect(pathsOf(screen.getByRole('img', { name: 'Cupertino heart' }))).toEqual(pathsOf(material)),
  );
  expect(container.querySelectorAll('[data-stac-icon-unknown]')).toHaveLength(0);
});
