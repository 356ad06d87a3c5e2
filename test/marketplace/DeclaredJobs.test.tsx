import { render, screen, within } from '@testing-library/react';
import { DeclaredJobs } from '../../src/marketplace/DeclaredJobs';

const action = { method: 'lowStockReport' };

describe('declared jobs on a plugin detail page', () => {
  it('lists jobs with their schedules, the events heard and the menu entries added, before install', () => {
    render(
      <DeclaredJobs
        plugin={{
          id: 'stock-watch',
          jobs: [
            { id: 'low', name: 'Low stock report', description: 'Lists low items.', action },
            {
              id: 'value',
              name: 'Inventory value',
              trigger: 'scheduled',
              scheduleLabel: 'Every morning',
              action,
            },
            { id: 'stale', name: 'Stale items', schedule: 'weekly', action },
          ],
          subscriptions: [{ event: 'asset.changed', action }],
          commands: [{ id: 'reorder', title: 'Reorder', where: 'asset_actions', action }],
        }}
      />,
    );
    const jobs = within(screen.getByRole('list', { name: 'Jobs' })).getAllByRole('listitem');
    expect(jobs.map((item) => item.textContent)).toEqual([
      'Low stock report · Lists low items. · Run by hand',
      'Inventory value · Every morning, once you switch it on',
      'Stale items · Weekly, once you switch it on',
    ]);
    expect(screen.getByText('Listens to: asset.changed')).toBeInTheDocument();
    expect(screen.getByText('Adds menu entries: Reorder')).toBeInTheDocument();
  });

  it('shows nothing for a plugin that declares no work', () => {
    const { container } = render(<DeclaredJobs plugin={{ id: 'plain', ui: { type: 'text', data: 'x' } }} />);
    expect(container).toBeEmptyDOMElement();
  });
});
