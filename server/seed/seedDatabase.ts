import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DemoAccount } from '../appServices';
import { hashPassword } from '../auth/password';
import type { StacDb } from '../database';
import type { Logger } from '../http/requestLogger';
import { catalogRowOf } from '../plugins/catalogRow';
import { readPluginFile, validatePluginContent } from '../plugins/pluginDocument';
import { manifestOfRow } from '../plugins/pluginHosting';
import { createAssetStore } from '../store/assetStore';
import { createPluginStore } from '../store/pluginStore';
import { createUserStore } from '../store/userStore';
import { DEMO_ASSETS } from './demoAssets';

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'alice', password: 'alice-demo', name: 'Alice Moreau' },
  { username: 'bob', password: 'bob-demo', name: 'Bob Okafor' },
];

/** The project's own plugins and those of the real Invenicum market's maintainer. */
const OFFICIAL_AUTHORS = new Set(['stac-web', 'lopiv2']);

/** Older published versions, so that a seeded install can show "update available". */
export const HISTORY_DIR = fileURLToPath(new URL('./history', import.meta.url));

/** What the demo users have installed on first start (missing ids are skipped). */
const DEMO_INSTALLS: Record<string, string[]> = {
  alice: [
    'stock-pulse',
    'inventory-overview',
    'asset-health-card',
    'quick-actions',
    'asset-tags',
    'bob-loan-tracker',
  ],
  bob: ['inventory-overview', 'asset-value-card', 'quien_soy'],
};
/** alice keeps this plugin at its first version: the marketplace then shows an update. */
const PINNED_OLD_INSTALLS: Array<{ username: string; pluginId: string; version: string }> = [
  { username: 'alice', pluginId: 'bob-loan-tracker', version: '1.0.0' },
];

export interface SeedOptions {
  catalogDir: string;
  demo: boolean;
  log: Logger;
  historyDir?: string;
}

async function readMeta(db: StacDb, key: string): Promise<string | undefined> {
  const row = await db.selectFrom('meta').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value;
}

async function writeMeta(db: StacDb, key: string, value: string): Promise<void> {
  await db
    .insertInto('meta')
    .values({ key, value })
    .onConflict((conflict) => conflict.column('key').doUpdateSet({ value }))
    .execute();
}

function readJsonFiles(dir: string, log: Logger): Array<{ file: string; json: unknown }> {
  let files: string[];
  try {
    files = readdirSync(dir)
      .filter((file) => file.endsWith('.json'))
      .sort();
  } catch {
    log({ level: 'warn', msg: 'seed catalog directory missing', dir });
    return [];
  }
  return files.flatMap((file) => {
    try {
      return [{ file, json: JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown }];
    } catch {
      log({ level: 'warn', msg: 'seed file is not valid JSON; skipped', file });
      return [];
    }
  });
}

/**
 * First-start data, each part once (tracked in `meta`): demo users (only in demo mode: known passwords
 * must never appear on a real deployment), the catalog from `public/plugins/*.json`, demo assets and the
 * demo users' installs. Deleting a seeded row later does not bring it back.
 */
export async function seedDatabase(db: StacDb, options: SeedOptions): Promise<void> {
  const users = createUserStore(db);
  const plugins = createPluginStore(db);
  const assets = createAssetStore(db);

  if (options.demo && !(await readMeta(db, 'seed.demoUsers'))) {
    for (const account of DEMO_ACCOUNTS) {
      if (!(await users.findByUsername(account.username))) {
        await users.create({
          username: account.username,
          name: account.name,
          passwordHash: await hashPassword(account.password),
        });
      }
    }
    await writeMeta(db, 'seed.demoUsers', new Date().toISOString());
  }

  if (!(await readMeta(db, 'seed.catalog'))) {
    for (const { file, json } of readJsonFiles(options.catalogDir, options.log)) {
      const { plugin } = readPluginFile(json, basename(file, '.json'));
      if (!plugin) {
        options.log({ level: 'warn', msg: 'seed plugin has no ui; skipped', file });
        continue;
      }
      const validation = validatePluginContent(plugin);
      if (!validation.ok) {
        // Seeded all the same (permission-demo fails strict rules on purpose); the log says why, so an
        // administrator reading it need not run the validator to know what is wrong.
        options.log({
          level: 'warn',
          msg: 'seed plugin is in the catalog but would not pass strict publishing',
          file,
          issues: validation.issues.slice(0, 3).map((issue) => `${issue.path}: ${issue.message}`),
        });
      }
      const id = plugin.id ?? basename(file, '.json');
      if (await plugins.get(id)) continue;
      const author = plugin.author ?? 'stac-web';
      const authorUser = await users.findByUsername(author);
      await plugins.create(
        catalogRowOf(plugin, {
          id,
          author,
          authorUserId: authorUser?.id ?? null,
          isOfficial: OFFICIAL_AUTHORS.has(author),
          downloadUrl: `/plugins/${file}`,
        }),
      );
    }
    for (const { file, json } of readJsonFiles(options.historyDir ?? HISTORY_DIR, options.log)) {
      const { plugin } = readPluginFile(json, basename(file, '.json'));
      if (plugin?.id && (await plugins.get(plugin.id)))
        await plugins.addVersion(plugin.id, plugin.version, {
          uiJson: JSON.stringify(plugin.ui),
          manifestJson: JSON.stringify(plugin.manifest),
        });
    }
    await writeMeta(db, 'seed.catalog', new Date().toISOString());
  }

  if (!(await readMeta(db, 'seed.assets'))) {
    await assets.insertMany(DEMO_ASSETS);
    await writeMeta(db, 'seed.assets', new Date().toISOString());
  }

  if (options.demo && !(await readMeta(db, 'seed.demoInstalls'))) {
    for (const pinned of PINNED_OLD_INSTALLS) {
      const user = await users.findByUsername(pinned.username);
      const row = await plugins.get(pinned.pluginId);
      const content = await plugins.getVersion(pinned.pluginId, pinned.version);
      if (user && row && content) {
        const permissions = manifestOfRow({
          ...row,
          version: pinned.version,
          ui_json: content.uiJson,
          manifest_json: content.manifestJson,
        }).permissions;
        await plugins.installVersion(user.id, row, pinned.version, content, permissions);
      }
    }
    for (const [username, ids] of Object.entries(DEMO_INSTALLS)) {
      const user = await users.findByUsername(username);
      if (!user) continue;
      for (const id of ids) {
        const row = await plugins.get(id);
        // A seeded install stands for one the user made: they allowed what that version declares, so the
        // installed list shows the consent and an update asks only for what is new.
        if (row) await plugins.install(user.id, row, manifestOfRow(row).permissions);
      }
    }
    await writeMeta(db, 'seed.demoInstalls', new Date().toISOString());
  }
}
