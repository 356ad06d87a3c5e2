import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { ModalFrame } from '../../../src/renderer/overlays';

function Harness({ dismissible = true, label }: { dismissible?: boolean; label?: string }) {
  const [open, setOpen] = useState(false);
  return (
    <div>
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      <button type="button">Behind</button>
      {open ? (
        <ModalFrame
          kind="dialog"
          label={label}
          dismissible={dismissible}
          active
          onDismiss={() => setOpen(false)}
        >
          <h2>Discard draft?</h2>
          <button type="button">Cancel</button>
          <button type="button" onClick={() => setOpen(false)}>
            Discard
          </button>
        </ModalFrame>
      ) : null}
    </div>
  );
}

describe('ModalFrame, the shell of dialogs and sheets', () => {
  it('is a named modal dialog that takes focus and keeps Tab inside', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Open' }));

    const dialog = screen.getByRole('dialog', { name: 'Discard draft?' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    // The focus-trap library is loaded when the first modal of a page opens.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus());

    await user.tab();
    expect(screen.getByRole('button', { name: 'Discard' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Discard' })).toHaveFocus();
  });

  it('closes with Escape and gives focus back to the button that opened it', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Open' })).toHaveFocus();
  });

  it('stays open on Escape and backdrop clicks when it is not dismissible, and uses the given label', async () => {
    const user = userEvent.setup();
    render(<Harness dismissible={false} label="Confirm discard" />);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    await user.keyboard('{Escape}');
    const dialog = screen.getByRole('dialog', { name: 'Confirm discard' });
    await user.click(dialog.parentElement as HTMLElement);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('closes on a backdrop click when dismissible', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    await user.click(screen.getByRole('dialog').parentElement as HTMLElement);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
