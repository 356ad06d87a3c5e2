import { render, screen, within } from '@testing-library/react';
import { DeclaredMcp } from '../../src/marketplace/DeclaredMcp';

const action = { method: 'lowStockReport' };

describe('MCP tools and resources on a plugin detail page', () => {
  it('lists each tool with the job or host method it runs and its inputs, and each resource with what it reads', () => {
    render(
      <DeclaredMcp
        plugin={{
          id: 'stock-desk',
          permissions: ['inventory:read'],
          jobs: [
            { id: 'low', name: 'Low stock report', action },
            { id: 'stale', name: 'Stale items', action },
          ],
          mcp: {
            tools: [
              { name: 'low_stock', description: 'Lists low items.', job: 'low' },
              {
                name: 'stale_items',
                title: 'Stale items',
                description: 'Finds untouched items.',
                job: 'stale',
                input: { type: 'object', properties: { days: { type: 'integer' } } },
              },
              {
                name: 'value',
                description: 'Values the stock.',
                action: { method: 'inventoryValueSummary' },
              },
            ],
            resources: [
              { name: 'inventory', description: 'Counts and value.', data: 'inventory' },
              { name: 'last-low', description: 'Last report.', data: 'job:low' },
            ],
          },
        }}
      />,
    );
    const tools = within(screen.getByRole('list', { name: 'MCP tools' })).getAllByRole('listitem');
    expect(tools.map((item) => item.textContent)).toEqual([
      'low_stock · Lists low items. · runs “Low stock report”',
      'Stale items · Finds untouched items. · runs “Stale items” with days',
      'value · Values the stock. · runs the host method inventoryValueSummary',
    ]);
    const resources = within(screen.getByRole('list', { name: 'MCP resources' })).getAllByRole('listitem');
    expect(resources.map((item) => item.textContent)).toEqual([
      'inventory · Counts and value. · reads the inventory summary',
      'last-low · Last report. · reads the last result of “Low stock report”',
    ]);
  });

  it('shows nothing for a plugin that offers assistants nothing', () => {
    const { container } = render(<DeclaredMcp plugin={{ id: 'plain', ui: { type: 'text', data: 'x' } }} />);
    expect(container).toBeEmptyDOMElement();
  });
});
