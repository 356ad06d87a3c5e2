import { Hono } from 'hono';
import { z } from 'zod';
import type { AppServices } from '../appServices';
import { ApiError } from '../http/apiError';
import type { AppEnv } from '../http/appEnv';
import { readJsonBody } from '../http/readJsonBody';
import type { Asset, AssetChanges } from '../store/assetStore';

const text = (field: string, max: number) =>
  z
    .string({ error: `${field} must be text` })
    .trim()
    .max(max, { error: `${field} is at most ${max} characters` });
const count = (field: string) =>
  z
    .number({ error: `${field} must be a number` })
    .int({ error: `${field} must be a whole number` })
    .min(0, { error: `${field} cannot be negative` })
    .max(1_000_000_000, { error: `${field} is at most 1000000000` });

/** The fields a user may edit; anything else is refused by name rather than silently dropped. */
const assetChangesBody = z
  .strictObject(
    {
      name: text('name', 120).min(1, { error: 'name cannot be empty' }),
      category: text('category', 80),
      location: text('location', 80),
      quantity: count('quantity'),
      minStock: count('minStock'),
      value: z
        .number({ error: 'value must be a number' })
        .min(0, { error: 'value cannot be negative' })
        .max(1e12, { error: 'value is at most 1000000000000' }),
      description: text('description', 2000),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `these fields cannot be edited: ${issue.keys.join(', ')}; edit name, category, location, quantity, minStock, value or description`
          : undefined,
    },
  )
  .partial()
  .refine((changes) => Object.keys(changes).length > 0, {
    error: 'send at least one field to change, e.g. {"quantity": 3}',
  });

/** The fields whose value differs from the asset's: what an `asset.changed` event says changed. */
function changedFields(before: Asset, changes: AssetChanges): string[] {
  return (Object.keys(changes) as (keyof AssetChanges)[]).filter((key) => before[key] !== changes[key]);
}

export function assetRoutes(services: AppServices): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const notFound = (id: string) =>
    new ApiError(404, 'ASSET_NOT_FOUND', `Asset "${id.slice(0, 100)}" was not found.`, {
      assetId: id.slice(0, 100),
    });

  routes.get('/', async (c) => c.json(await services.assets.list()));
  routes.get('/:id', async (c) => {
    const id = c.req.param('id');
    const asset = await services.assets.get(id);
    if (!asset) throw notFound(id);
    return c.json(asset);
  });

  // Editing an asset raises `asset.changed` for the editor's plugins: their server actions run (recorded like
  // job runs) and the answer lists those runs; the page runs the page actions itself.
  routes.patch('/:id', async (c) => {
    const id = c.req.param('id');
    const changes = await readJsonBody(c, assetChangesBody);
    const before = await services.assets.get(id);
    if (!before) throw notFound(id);
    const asset = await services.assets.update(id, changes);
    if (!asset) throw notFound(id);
    const changed = changedFields(before, changes);
    const eventRuns =
      changed.length === 0
        ? []
        : await services.jobs.deliverEvent(c.get('user'), {
            event: 'asset.changed',
            data: { asset, changes: { fields: changed, before: pick(before, changed) } },
            at: asset.updatedAt,
          });
    return c.json({ asset, changedFields: changed, eventRuns });
  });

  // The page tells the server that the user opened an asset, so that server actions subscribed to
  // `asset.viewed` run; the asset is read here, never taken from the request.
  routes.post('/:id/viewed', async (c) => {
    const id = c.req.param('id');
    const asset = await services.assets.get(id);
    if (!asset) throw notFound(id);
    const eventRuns = await services.jobs.deliverEvent(c.get('user'), {
      event: 'asset.viewed',
      data: { asset },
      at: new Date().toISOString(),
    });
    return c.json({ eventRuns });
  });
  return routes;
}

function pick(asset: Asset, fields: string[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const field of fields) values[field] = asset[field as keyof Asset];
  return values;
}
