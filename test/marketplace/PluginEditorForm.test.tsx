import './jsdomLayoutShims';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import type { PluginDraft } from '../../src/marketplace';
import { PluginEditorForm } from '../../src/marketplace/PluginEditorForm';

function draft(overrides: Partial<PluginDraft> = {}): PluginDraft {
  return {
    name: 'Stock pulse',
    version: '1.0.0',
    description: '',
    slot: 'dashboard_top',
    isPublic: true,
    uiText: JSON.stringify({ type: 'text', data: 'Hello {{user.name}}' }, null, 2),
    ...overrides,
  };
}

function renderForm(props: Partial<Parameters<typeof PluginEditorForm>[0]> & { initial: PluginDraft }) {
  const onSave = vi.fn();
  render(
    <MemoryRouter>
      <PluginEditorForm mode="create" onSave={onSave} {...props} />
    </MemoryRouter>,
  );
  return { onSave };
}

describe('PluginEditorForm', () => {
  it('refuses to save invalid JSON, says why, and shows the issue with its place', async () => {
    const user = userEvent.setup();
    const { onSave } = renderForm({ initial: draft({ uiText: '{\n  "type": "text",\n  "data": \n}' }) });

    const report = screen.getByRole('region', { name: 'Problems in the UI' });
    expect(within(report).getByText('1 error, 0 warnings')).toBeInTheDocument();
    expect(within(report).getByText(/not valid JSON/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Create plugin' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByText(/Not saved: fix the 1 problem first/)).toHaveAttribute('role', 'alert');
  });

  it('refuses a document with STAC errors and links each issue to its JSON path', async () => {
    const user = userEvent.setup();
    const { onSave } = renderForm({
      initial: draft({
        uiText: JSON.stringify(
          {
            type: 'column',
            children: [
              { type: 'text', data: 'ok' },
              { type: 'txet', data: 'typo' },
            ],
          },
          null,
          2,
        ),
      }),
    });
    const issue = await screen.findByRole('button', { name: /ui\.children\[1\]/ });
    expect(issue).toHaveTextContent(/txet/);
    await user.click(issue);
    expect(screen.getByRole('textbox', { name: 'Plugin UI as STAC JSON' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Create plugin' }));
    expect(onSave).not.toHaveBeenCalled();
  });

  it('checks the metadata: a name, a semver version, and on edit a higher version than the published one', async () => {
    const user = userEvent.setup();
    const { onSave } = renderForm({
      mode: 'edit',
      previousVersion: '1.2.0',
      initial: draft({ name: '', version: '1.2.0' }),
    });

    expect(screen.getByText('Give the plugin a name.')).toBeInTheDocument();
    expect(screen.getByText(/Raise the version above 1.2.0 \(for example 1.2.1\)/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save new version' }));
    expect(onSave).not.toHaveBeenCalled();

    await user.type(screen.getByLabelText('Name'), 'Stock pulse');
    const version = screen.getByLabelText('Version');
    await user.clear(version);
    await user.type(version, 'one');
    expect(await screen.findByText('Use a semantic version such as 1.0.0.')).toBeInTheDocument();
    await user.clear(version);
    await user.type(version, '1.3.0');
    await user.click(screen.getByRole('button', { name: 'Save new version' }));
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave.mock.calls[0][0]).toMatchObject({
      name: 'Stock pulse',
      version: '1.3.0',
      ui: { type: 'text', data: 'Hello {{user.name}}' },
    });
  });

  it('formats readable JSON on request', async () => {
    const user = userEvent.setup();
    const { onSave } = renderForm({ initial: draft({ uiText: '{"type":"text","data":"compact"}' }) });
    const editor = screen.getByRole('textbox', { name: 'Plugin UI as STAC JSON' });
    expect(editor.querySelectorAll('.cm-line')).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Format JSON' }));
    expect(editor.querySelectorAll('.cm-line')).toHaveLength(4);
    expect(editor).toHaveTextContent('"data": "compact"');
    await user.click(screen.getByRole('button', { name: 'Create plugin' }));
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({ uiText: JSON.stringify({ type: 'text', data: 'compact' }, null, 2) }),
    );
  });

  it('saves a valid draft with the parsed document', async () => {
    const user = userEvent.setup();
    const { onSave } = renderForm({ initial: draft({ isPublic: true }) });
    expect(screen.getByText('No problems found.')).toBeInTheDocument();
    await user.click(screen.getByRole('switch', { name: /Public/ }));
    await user.selectOptions(screen.getByLabelText('Slot'), 'asset_detail');
    await user.click(screen.getByRole('button', { name: 'Create plugin' }));
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({
        isPublic: false,
        slot: 'asset_detail',
        ui: { type: 'text', data: 'Hello {{user.name}}' },
      }),
    );
  });
});
