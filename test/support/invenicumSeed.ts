/**
 * What a small real Invenicum install holds, for the compatibility server: an account made by the setup
 * wizard (no user name, no GitHub), one with GitHub linked, a market repository with real plugin files
 * (public/plugins holds copies of some), one installed plugin a version behind, and raw inventory rows.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MARKET_INDEX_URL, marketFileUrl, type CompatState } from './invenicumCompatServer';

const ROOT = resolve(import.meta.dirname, '../..');
const realPlugin = (id: string) =>
  JSON.parse(readFileSync(join(ROOT, 'public', 'plugins', `${id}.json`), 'utf8')) as Record<string, unknown>;

export const ANA = { email: 'ana@example.com', password: 'ana-password', name: 'Ana García' };
export const CARLOS = { email: 'carlos@example.com', password: 'carlos-password', name: 'Carlos Ruiz' };

const text = (data: string) => ({ type: 'text', data });

/** Files of the market repository, by plugin id. */
export const MARKET_FILES: Record<string, unknown> = {
  reloj_digital: realPlugin('reloj_digital'),
  otro_mas: realPlugin('otro_mas'),
  // The real file has no version and no slot: the catalog shows 1.0.0, install puts it on dashboard_top.
  quien_soy: realPlugin('quien_soy'),
  saludo: {
    id: 'saludo',
    name: 'Saludo',
    version: '1.0.0',
    author: 'lopiv2',
    slot: 'inventory_header',
    ui: text('Hola, {{userName}}'),
  },
  aviso_lateral: {
    id: 'aviso_lateral',
    name: 'Aviso lateral',
    version: '1.2.0',
    author: 'lopiv2',
    slot: 'left_sidebar',
    ui: text('Stock check at 9:00'),
  },
  // A bare STAC document: the real install takes `response.data` itself as the ui.
  documento_simple: text('A bare STAC document'),
  resumen: {
    id: 'resumen',
    name: 'Resumen',
    version: '2.0.0',
    author: 'lopiv2',
    slot: 'dashboard_bottom',
    ui: text('Resumen v2 for <<user.name>>'),
  },
  carlos_notes: {
    id: 'carlos_notes',
    name: 'Carlos Notes',
    version: '1.0.0',
    author: 'carlos-dev',
    slot: 'dashboard_top',
    ui: text('Notes by Carlos'),
  },
};

function indexEntry(id: string, extra: Record<string, unknown> = {}) {
  const file = MARKET_FILES[id] as Record<string, unknown>;
  const entry: Record<string, unknown> = {
    id,
    name: file.name ?? extra.name,
    author: file.author ?? 'lopiv2',
    description: file.description ?? '',
    download_url: marketFileUrl(id),
    downloadCount: 0,
    ...extra,
  };
  if (typeof file.version === 'string') entry.version = file.version;
  if (typeof file.slot === 'string') entry.slot = file.slot;
  return entry;
}

export function seedInvenicum(state: CompatState): void {
  state.users.push(
    // Made by POST /auth/setup: name and e-mail only.
    {
      id: 1,
      email: ANA.email,
      name: ANA.name,
      username: null,
      password: ANA.password,
      githubHandle: null,
      avatarUrl: null,
    },
    {
      id: 2,
      email: CARLOS.email,
      name: CARLOS.name,
      username: 'carlos-dev',
      password: CARLOS.password,
      githubHandle: 'carlos-dev',
      avatarUrl: null,
    },
  );
  for (const [id, file] of Object.entries(MARKET_FILES)) state.github.set(marketFileUrl(id), file);
  state.github.set(MARKET_INDEX_URL, {
    plugins: [
      indexEntry('reloj_digital', { downloadCount: 12 }),
      indexEntry('otro_mas'),
      indexEntry('quien_soy'),
      indexEntry('saludo'),
      indexEntry('aviso_lateral'),
      indexEntry('documento_simple', { name: 'Documento simple', description: 'Just a text.' }),
      indexEntry('resumen'),
      indexEntry('carlos_notes'),
    ],
  });

  const at = '2026-11-02T09:00:00.000Z';
  // Ana installed Resumen at 1.0.0; the market has 2.0.0.
  state.plugins.set('resumen', {
    id: 'resumen',
    name: 'Resumen',
    version: '1.0.0',
    description: null,
    slot: 'dashboard_bottom',
    ui: text('Resumen v1'),
    isPublic: true,
    authorAvatar: null,
    author: 'lopiv2',
    createdAt: at,
    updatedAt: at,
  });
  state.userPlugins.push({ id: 1, createdAt: at, userId: 1, isActive: true, pluginId: 'resumen' });
  // Carlos's own plugin, installed by him (a row in the database, its file in the market).
  state.plugins.set('carlos_notes', {
    id: 'carlos_notes',
    name: 'Carlos Notes',
    version: '1.0.0',
    description: 'Notes by Carlos',
    slot: 'dashboard_top',
    ui: text('Notes by Carlos'),
    isPublic: true,
    authorAvatar: null,
    author: 'carlos-dev',
    createdAt: at,
    updatedAt: at,
  });
  state.userPlugins.push({ id: 2, createdAt: at, userId: 2, isActive: true, pluginId: 'carlos_notes' });

  const location = (id: number, name: string) => ({
    id,
    name,
    description: null,
    parentId: null,
    containerId: 1,
  });
  const assetType = (id: number, name: string) => ({ id, name, containerId: 1, isSerialized: false });
  const item = (id: number, fields: Record<string, unknown>) => ({
    id,
    description: null,
    condition: 'loose',
    barcode: null,
    serialNumber: null,
    marketValue: 0,
    lastPriceUpdate: null,
    currency: 'EUR',
    quantity: 1,
    minStock: 0,
    locationId: 1,
    assignedToUserId: null,
    assetTypeId: 1,
    customFieldValues: null,
    createdAt: at,
    updatedAt: at,
    containerId: 1,
    images: [],
    ...fields,
  });
  state.items.set(1, [
    item(11, {
      name: 'Taladro percutor',
      description: 'Taladro de 18 V con dos baterías.',
      quantity: 1,
      minStock: 2,
      marketValue: 149.5,
      serialNumber: 'TP-18-0042',
      location: location(1, 'Taller · Estante 2'),
      assetType: assetType(1, 'Herramientas'),
      images: [
        { id: 2, url: '/images/item-11-b.png', order: 1, itemId: 11 },
        { id: 1, url: '/images/item-11-a.png', order: 0, itemId: 11 },
      ],
    }),
    item(12, {
      name: 'Casco de seguridad',
      quantity: 12,
      minStock: 5,
      marketValue: 24,
      location: location(2, 'Entrada'),
      assetType: assetType(2, 'Seguridad'),
    }),
    item(13, {
      name: 'Portátil de campo',
      quantity: 3,
      minStock: 1,
      marketValue: 999,
      location: location(3, 'Oficina'),
      assetType: assetType(3, 'Informática'),
    }),
  ]);
}
