/**
 * In the embed the Cupertino icon names are a chunk (cupertinoNames.lazy.ts): names that cannot be loaded leave a
 * Cupertino icon unknown (a dashed box naming it in preview, an empty gap otherwise), as an icon file that cannot
 * be fetched does; Material icons still draw.
 */
import { render, screen } from '@testing-library/react';
// Straight from its module: the folder's index also re-exports the table itself (for the app and tests).
import { MaterialIcon } from '../../../src/renderer/icons/MaterialIcon';

vi.mock(
  '../../../src/renderer/icons/cupertinoNames',
  () => import('../../../src/renderer/icons/cupertinoNames.lazy'),
);
const chunk = vi.hoisted(() => ({ loads: 0 }));
vi.mock('../../../src/renderer/icons/cupertinoIcons', () => {
  chunk.loads += 1;
  throw new TypeError('Failed to fetch dynamically imported module');
});

it('shows a Cupertino icon as unknown when the names cannot be loaded, and Material icons as usual', async () => {
  render(
    <>
      <MaterialIcon name="heart_fill" iconType="cupertino" showUnknown />
      <MaterialIcon name="favorite" label="Material heart" />
    </>,
  );
  const unknown = await screen.findByRole('img', { name: 'Unknown icon: heart_fill' });
  expect(unknown).toHaveAttribute('data-stac-icon-unknown', 'heart_fill');
  expect(chunk.loads).toBe(1);
  expect(screen.getByRole('img', { name: 'Material heart' }).querySelectorAll('path').length).toBeGreaterThan(
    0,
  );
});
