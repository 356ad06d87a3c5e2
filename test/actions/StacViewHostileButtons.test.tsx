import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ActionErrorEvent } from '../../src/actions';
import { StacView, createWidgetRegistry } from '../../src/renderer';
import { builtinWidgets } from '../../src/renderer/widgets';
import { parseStacDocument } from '../../src/stac-schema';
import { hostileActions, hostileRegistry } from './hostileActions';

const registry = createWidgetRegistry(builtinWidgets);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('a hostile button in a rendered plugin', () => {
  it.each(hostileActions)('%s: reported, and the good button still works', async (_name, action, code) => {
    const user = userEvent.setup();
    const errors: ActionErrorEvent[] = [];
    const notes: string[] = [];
    const document = {
      type: 'column',
      children: [
        { type: 'elevatedButton', child: { type: 'text', data: 'Hostile' }, onPressed: action },
        {
          type: 'elevatedButton',
          child: { type: 'text', data: 'Good' },
          onPressed: { method: 'showAlert', params: { message: 'still working' } },
        },
      ],
    };
    render(
      <StacView
        document={document}
        registry={registry}
        actions={hostileRegistry}
        mode="preview"
        services={{ notify: (message) => notes.push(message) }}
        onActionError={(event) => errors.push(event)}
      />,
    );

    // Malformed action objects never reach dispatch: the document parser drops them, with an issue that says
    // where (StacView does not pass those issues to onProblem yet; publishing in strict mode refuses them).
    const parserErrors = parseStacDocument(document).issues.filter((issue) => issue.severity === 'error');
    const caughtByParser = parserErrors.length > 0;
    await user.click(screen.getByRole('button', { name: 'Hostile' }));
    if (caughtByParser) {
      expect(parserErrors[0].path).toMatch(/^ui\.children\[0\]\.onPressed/);
      expect(errors).toEqual([]);
    } else {
      await waitFor(() => expect(errors).toHaveLength(1));
      expect(errors[0]).toMatchObject({ code, path: 'ui.children[0].onPressed' });
      const notice = new RegExp(`Action failed: ${escapeRegExp(errors[0].message.slice(0, 30))}`);
      expect(await screen.findByText(notice)).toBeVisible();
    }
    expect(notes).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Good' }));
    await waitFor(() => expect(notes).toEqual(['still working']));
    expect(errors).toHaveLength(caughtByParser ? 0 : 1);
  });
});
