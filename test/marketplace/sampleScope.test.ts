import { samplePreviewScope, SAMPLE_INVENTORY } from '../../src/marketplace';

describe('the sample scope of previews', () => {
  it('gives dashboard previews an inventory summary whose figures agree, and other slots none', () => {
    const dashboard = samplePreviewScope({ slot: 'dashboard_top' });
    expect(dashboard.inventory).toBe(SAMPLE_INVENTORY);
    expect(SAMPLE_INVENTORY.lowStock).toHaveLength(SAMPLE_INVENTORY.lowStockCount);
    expect(SAMPLE_INVENTORY.healthyRatio).toBeCloseTo(
      (SAMPLE_INVENTORY.assetCount - SAMPLE_INVENTORY.lowStockCount) / SAMPLE_INVENTORY.assetCount,
    );
    for (const item of SAMPLE_INVENTORY.lowStock) expect(item.quantity).toBeLessThan(item.minStock);
    expect(samplePreviewScope({ slot: 'asset_detail' })).not.toHaveProperty('inventory');
  });
});
