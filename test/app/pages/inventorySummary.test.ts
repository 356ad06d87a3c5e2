import { DEMO_ASSETS } from '../../../server/seed/demoAssets';
import { summarizeInventory } from '../../../src/app/pages/inventorySummary';

const demo = DEMO_ASSETS.map((asset, index) => ({ ...asset, id: asset.id ?? `a-${index}` }));

describe('the inventory summary dashboard plugins read', () => {
  it('adds up the demo inventory: assets, units, value and what is below its minimum', () => {
    const summary = summarizeInventory(demo);
    expect(summary.assetCount).toBe(demo.length);
    expect(summary.unitCount).toBe(demo.reduce((sum, asset) => sum + asset.quantity, 0));
    const low = demo.filter((asset) => asset.quantity <= asset.minStock);
    expect(summary.lowStockCount).toBe(low.length);
    expect(summary.lowStock.map((item) => item.name).sort()).toEqual(
      low
        .map((asset) => asset.name)
        .sort()
        .slice(0, 5),
    );
    for (const asset of low.slice(0, 5)) expect(summary.lowStockText).toContain(asset.name);
    expect(summary.healthyRatio).toBeCloseTo((demo.length - low.length) / demo.length);
    const value = demo.reduce((sum, asset) => sum + asset.value * asset.quantity, 0);
    expect(summary.totalValue).toBeCloseTo(value, 2);
    expect(summary.totalValueText).toMatch(/\d/);
  });

  it('lists the lowest stock first and says "none" when nothing is low', () => {
    const summary = summarizeInventory([
      { id: 'a', name: 'Gloves', quantity: 9, minStock: 10 },
      { id: 'b', name: 'Laptop', quantity: 0, minStock: 2 },
      { id: 'c', name: 'Drill', quantity: 4, minStock: 2 },
    ]);
    expect(summary.lowStock.map((item) => item.name)).toEqual(['Laptop', 'Gloves']);
    expect(summary.lowStockText).toBe('Laptop (0, minimum 2), Gloves (9, minimum 10)');
    expect(summarizeInventory([{ id: 'c', name: 'Drill', quantity: 4, minStock: 2 }]).lowStockText).toBe(
      'none',
    );
  });

  it('names the most recently changed assets first', () => {
    const summary = summarizeInventory([
      { id: 'a', name: 'Old', updatedAt: '2026-01-01T00:00:00.000Z' },
      { id: 'b', name: 'New', updatedAt: '2026-11-30T00:00:00.000Z' },
    ]);
    expect(summary.recentChanges.map((change) => change.name)).toEqual(['New', 'Old']);
    expect(summary.lastChangedName).toBe('New');
  });

  it('is calm for an empty inventory', () => {
    const summary = summarizeInventory([]);
    expect(summary).toMatchObject({
      assetCount: 0,
      unitCount: 0,
      lowStockCount: 0,
      healthyRatio: 1,
      lowStockText: 'none',
    });
  });
});
