import { sql, type Selectable } from 'kysely';
import type { AssetsTable, StacDb } from '../database';

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

/** What a user may edit on an asset (docs/server.md, PATCH /assets/:id). */
export type AssetChanges = Partial<
  Pick<Asset, 'name' | 'category' | 'location' | 'quantity' | 'minStock' | 'value' | 'description'>
>;

export type NewAsset = Omit<Asset, 'lowStock' | 'qualityRatio' | 'updatedAt'>;

type AssetRow = Selectable<AssetsTable>;

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

export function createAssetStore(db: StacDb) {
  return {
    async list(): Promise<Asset[]> {
      const rows = await db
        .selectFrom('assets')
        .selectAll()
        .orderBy(sql`lower(name)`)
        .orderBy('id')
        .execute();
      return rows.map(toAsset);
    },
    async get(id: string): Promise<Asset | undefined> {
      const row = await db.selectFrom('assets').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toAsset(row);
    },
    /**
     * Changes the given fields of one asset in one statement and answers with the asset as it now is, or
     * undefined when there is no such asset (nothing written).
     */
    async update(id: string, changes: AssetChanges, updatedAt = new Date().toISOString()) {
      const row = await db
        .updateTable('assets')
        .set({
          ...(changes.name !== undefined ? { name: changes.name } : {}),
          ...(changes.category !== undefined ? { category: changes.category } : {}),
          ...(changes.location !== undefined ? { location: changes.location } : {}),
          ...(changes.quantity !== undefined ? { quantity: changes.quantity } : {}),
          ...(changes.minStock !== undefined ? { min_stock: changes.minStock } : {}),
          ...(changes.value !== undefined ? { value: changes.value } : {}),
          ...(changes.description !== undefined ? { description: changes.description } : {}),
          updated_at: updatedAt,
        })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirst();
      return row && toAsset(row);
    },
    /** Inserts the assets not there yet (by id), all or none. */
    async insertMany(assets: NewAsset[], updatedAt = new Date().toISOString()): Promise<void> {
      if (assets.length === 0) return;
      await db
        .insertInto('assets')
        .values(
          assets.map((asset) => ({
            id: asset.id,
            name: asset.name,
            category: asset.category,
            location: asset.location,
            quantity: asset.quantity,
            min_stock: asset.minStock,
            quality_score: asset.qualityScore,
            value: asset.value,
            currency: asset.currency,
            tags_json: JSON.stringify(asset.tags),
            image_url: asset.imageUrl,
            description: asset.description,
            serial_number: asset.serialNumber,
            updated_at: updatedAt,
          })),
        )
        .onConflict((conflict) => conflict.column('id').doNothing())
        .execute();
    },
  };
}

export type AssetStore = ReturnType<typeof createAssetStore>;
