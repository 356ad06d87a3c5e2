/**
 * The focus-trap library is loaded when the first modal of a page opens, so on a slow network a user can
 * press Tab before it arrives. The trap must start around the control they moved to, not pull focus back
 * to the modal's first control.
 */
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ConfirmProvider, useConfirm } from '../../../src/ui';

const network = vi.hoisted(() => {
  let release!: () => void;
  const arrived = new Promise<void>((resolve) => (release = resolve));
  return { arrived, release };
});

// The library's module comes only when the test lets it (as a slow network would).
vi.mock('focus-trap', async (importOriginal) => {
  await network.arrived;
  return importOriginal();
});

function Page() {
  const confirm = useConfirm();
  return (
    <>
      <button
        type="button"
        onClick={() =>
          void confirm({
            title: 'Remove asset?',
            message: 'Field Laptop leaves the inventory.',
            confirmLabel: 'Remove',
          })
        }
      >
        Remove Field Laptop
      </button>
      <a href="#after">After</a>
    </>
  );
}

describe('a modal whose focus trap arrives late', () => {
  it('keeps the control the user tabbed to, then holds Tab inside', async () => {
    const user = userEvent.setup();
    render(
      <ConfirmProvider>
        <Page />
      </ConfirmProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Remove Field Laptop' }));
    await screen.findByRole('alertdialog', { name: 'Remove asset?' });
    const cancel = screen.getByRole('button', { name: 'Cancel' });
    const remove = screen.getByRole('button', { name: 'Remove' });
    expect(cancel).toHaveFocus();

    await user.tab(); // before the library is here
    expect(remove).toHaveFocus();

    const { loadFocusTrap } = await import('../../../src/renderer/overlays/useFocusTrap');
    await act(async () => {
      network.release();
      await loadFocusTrap();
    });
    expect(remove).toHaveFocus(); // not pulled back to Cancel

    await user.tab();
    await waitFor(() => expect(cancel).toHaveFocus()); // wrapped, not out to "After"
  });
});
