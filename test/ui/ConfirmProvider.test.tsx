import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { loadFocusTrap } from '../../src/renderer/overlays/useFocusTrap';
import { ConfirmProvider, useConfirm, type ConfirmResult } from '../../src/ui';

function DeleteButton({ onAnswer }: { onAnswer(result: ConfirmResult): void }) {
  const confirm = useConfirm();
  return (
    <button
      type="button"
      onClick={async () => {
        onAnswer(
          await confirm({
            title: 'Delete plugin?',
            message: 'Shift Notes will be removed.',
            confirmLabel: 'Delete',
            tone: 'danger',
            option: { label: 'Also delete its data' },
          }),
        );
      }}
    >
      Delete Shift Notes
    </button>
  );
}

function renderPage() {
  const answers: ConfirmResult[] = [];
  render(
    <ConfirmProvider>
      <a href="#before">Before</a>
      <DeleteButton onAnswer={(result) => answers.push(result)} />
      <a href="#after">After</a>
    </ConfirmProvider>,
  );
  return answers;
}

describe('the confirm dialog', () => {
  it('opens on Cancel and keeps Tab and Shift+Tab inside, over every control it holds', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.click(screen.getByRole('button', { name: 'Delete Shift Notes' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete plugin?' });
    const cancel = screen.getByRole('button', { name: 'Cancel' });
    const remove = screen.getByRole('button', { name: 'Delete' });
    const option = screen.getByRole('checkbox', { name: 'Also delete its data' });
    expect(dialog).toHaveAccessibleDescription('Shift Notes will be removed.');
    // The dialog focuses Cancel at once; Tab is held inside once the focus-trap library, loaded when the
    // first modal of a page opens, is here.
    await waitFor(() => expect(cancel).toHaveFocus());
    await loadFocusTrap();

    await user.tab();
    expect(remove).toHaveFocus();
    await user.tab();
    expect(option).toHaveFocus(); // wrapped around to the first control, not out to "After"
    await user.tab({ shift: true });
    expect(remove).toHaveFocus(); // and back the other way
  });

  it('answers no on Escape and gives focus back to the button that asked', async () => {
    const user = userEvent.setup();
    const answers = renderPage();
    const asking = screen.getByRole('button', { name: 'Delete Shift Notes' });
    await user.click(asking);
    await screen.findByRole('alertdialog');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(answers).toEqual([{ confirmed: false, option: false }]));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await waitFor(() => expect(asking).toHaveFocus());
  });

  it('answers yes with the option the user ticked', async () => {
    const user = userEvent.setup();
    const answers = renderPage();
    await user.click(screen.getByRole('button', { name: 'Delete Shift Notes' }));
    await user.click(await screen.findByRole('checkbox', { name: 'Also delete its data' }));
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(answers).toEqual([{ confirmed: true, option: true }]));
  });
});
