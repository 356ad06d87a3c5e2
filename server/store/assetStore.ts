import type { SqliteDatabase } from '../database';

/** An inventory item as the host pages and the `asset_detail` slot see it (`<<asset.name>>`, ...). */
export interface Asset {
  id: string;
  name: string;
  category: string;
  location: string;
  quantity: number;
  minStock: number;
  /** True when quantity is at or below minStock: plugins can warn without doing arithmetic. */
  lowStock: boolean;
  /** 0-100. */
  qualityScore: number;
  /** qualityScore / 100, ready for a progress indicator's `value`. */
  qualityRatio: number;
  value: number;
  currency: string;
  tags: string[];
  /** Same-origin path (never an external URL). */
  imageUrl: string | null;
  description: string;
  serialNumber: string | null;
  updatedAt: string;
}

export type NewAsset = Omit<Asset, 'lowStock' | 'qualityRatio' | 'updatedAt'>;

interface AssetRow {
  id: string;
  name: string;
  category: string;
  location: string;
  quantity: number;
  min_stock: number;
  quality_score: number;
  value: number;
  currency: string;
  tags_json: string;
  image_url: string | null;
  description: string;
  serial_number: string | null;
  updated_at: string;
}

function parseTags(json: string): string[] {
  try {
    const tags: unknown = JSON.parse(json);
    return Array.isArray(tags) ? tags.filter((tag): tag is string => typeof tag === 'string') : [];
  } catch {
    return [];
  }
}

const toAsset = (row: AssetRow): Asset => ({
  id: row.id,
  name: row.name,
  category: row.category,
  location: row.location,
  quantity: row.quantity,
  minStock: row.min_stock,
  lowStock: row.quantity <= row.min_stock,
  qualityScore: row.quality_score,
  qualityRatio: Math.round(row.quality_score) / 100,
  value: row.value,
  currency: row.currency,
  tags: parseTags(row.tags_json),
  imageUrl: row.image_url,
  description: row.description,
  serialNumber: row.serial_number,
  updatedAt: row.updated_at,
});

export function createAssetStore(db: SqliteDatabase) {
  const list = db.prepare<[], AssetRow>('SELECT * FROM assets ORDER BY name COLLATE NOCASE');
  const get = db.prepare<[string], AssetRow>('SELECT * FROM assets WHERE id = ?');
  const insert = db.prepare(
    `INSERT OR IGNORE INTO assets (id, name, category, location, quantity, min_stock, quality_score, value, currency,
       tags_json, image_url, description, serial_number, updated_at)
     VALUES (@id, @name, @category, @location, @quantity, @minStock, @qualityScore, @value, @currency,
       @tagsJson, @imageUrl, @description, @serialNumber, @updatedAt)`,
  );

  return {
    list(): Asset[] {
      return list.all().map(toAsset);
    },
    get(id: string): Asset | undefined {
      const row = get.get(id);
      return row && toAsset(row);
    },
    insertMany(assets: NewAsset[], updatedAt = new Date().toISOString()): void {
      db.transaction(() => {
        for (const asset of assets) insert.run({ ...asset, tagsJson: JSON.stringify(asset.tags), updatedAt });
      })();
    },
  };
}

export type AssetStore = ReturnType<typeof createAssetStore>;
