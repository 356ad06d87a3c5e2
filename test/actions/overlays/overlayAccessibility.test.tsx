import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { StacView } from '../../../src/renderer';
import { readCorpusJson } from '../../fixtures/paths';

const dialogExample = readCorpusJson('stac', 'gallery__dialog_example.json');

async function violations(root: Element): Promise<string[]> {
  // jsdom does no layout, so contrast cannot be judged here; the rest of axe's rules apply.
  const result = await axe.run(root, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  return result.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(' | ')}`,
  );
}

describe('overlays pass axe checks', () => {
  it('an open alert dialog', async () => {
    const user = userEvent.setup();
    const { container } = render(<StacView document={dialogExample} />);
    await user.click(screen.getByRole('button', { name: 'ALERT WITH TITLE' }));
    expect(
      await screen.findByRole('dialog', { name: "Use Google's Location Services?" }),
    ).toBeInTheDocument();
    expect(await violations(container)).toEqual([]);
  });

  it('a snack bar with its action button, and an in-place page with its Back button', async () => {
    const user = userEvent.setup();
    const document = {
      type: 'column',
      children: [
        {
          type: 'elevatedButton',
          child: { type: 'text', data: 'Notify' },
          onPressed: {
            actionType: 'showSnackBar',
            content: { type: 'text', data: 'Saved' },
            action: { label: 'Undo' },
          },
        },
        {
          type: 'elevatedButton',
          child: { type: 'text', data: 'Open page' },
          onPressed: { actionType: 'navigate', widgetJson: { type: 'text', data: 'A page' } },
        },
      ],
    };
    const { container } = render(<StacView document={document} />);
    await user.click(screen.getByRole('button', { name: 'Notify' }));
    expect(await screen.findByRole('button', { name: 'Undo' })).toBeInTheDocument();
    expect(await violations(container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Open page' }));
    expect(await screen.findByRole('region', { name: 'Plugin page' })).toHaveTextContent('A page');
    expect(await violations(container)).toEqual([]);
  });
});
