/**
 * In the embed a view's overlay code (the stack, its services, the dialog, sheet, page and snack bar views) comes
 * in the built-in actions' chunk (overlayParts.lazy.ts, put in place by vite.embed.config.ts): a view with
 * buttons draws without it, a press waits for it and then opens the dialog as the app does, and a press whose
 * overlay code cannot come says so and the next press opens it.
 */
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ActionErrorEvent } from '../../../src/actions';
import { StacView } from '../../../src/renderer';

vi.mock(
  '../../../src/renderer/overlays/overlayParts',
  () => import('../../../src/renderer/overlays/overlayParts.lazy'),
);
const chunk = await vi.hoisted(async () => (await import('../../support/chunkImport')).createChunkImport());
vi.mock('../../../src/renderer/overlays/overlayChunk', (importOriginal) => chunk.load(importOriginal));

const document = {
  type: 'column',
  children: [
    { type: 'text', data: 'Quick actions' },
    {
      type: 'elevatedButton',
      child: { type: 'text', data: 'Safety tip' },
      onPressed: {
        actionType: 'showDialog',
        widget: {
          type: 'alertDialog',
          title: { type: 'text', data: 'Safety first' },
          actions: [
            {
              type: 'textButton',
              child: { type: 'text', data: 'Got it' },
              onPressed: { actionType: 'navigate', navigationStyle: 'pop' },
            },
          ],
        },
      },
    },
  ],
};

it('draws a view with buttons without the overlay code; a press whose code cannot come is reported and the page stays; the next press waits for it and opens the dialog with focus inside', async () => {
  const user = userEvent.setup();
  const errors: ActionErrorEvent[] = [];
  render(<StacView document={document} onActionError={(event) => errors.push(event)} />);
  expect(screen.getByText('Quick actions')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Safety tip' })).toBeInTheDocument();
  expect(chunk.loads).toBe(0);

  chunk.refuse = true;
  await user.click(screen.getByRole('button', { name: 'Safety tip' }));
  await vi.waitFor(() => expect(errors).toHaveLength(1));
  // (here the app's dispatcher runs it; in the embed the dispatcher shares the chunk and fails first, naming it)
  expect(errors[0].message).toMatch(/^showDialog failed: /);
  expect(screen.queryByRole('dialog')).toBeNull();
  expect(screen.getByText('Quick actions')).toBeInTheDocument();

  chunk.refuse = false;
  chunk.hold();
  const loadsBefore = chunk.loads;
  await user.click(screen.getByRole('button', { name: 'Safety tip' }));
  await vi.waitFor(() => expect(chunk.loads).toBe(loadsBefore + 1));
  expect(screen.queryByRole('dialog')).toBeNull();
  await act(async () => chunk.gate?.open());
  const dialog = await screen.findByRole('dialog', { name: 'Safety first' });
  await vi.waitFor(() => expect(dialog).toContainElement(globalThis.document.activeElement as HTMLElement));
  await user.click(screen.getByRole('button', { name: 'Got it' }));
  await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  expect(errors).toHaveLength(1);
});
