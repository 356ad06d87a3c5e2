import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readHostingManifest, readPluginManifest } from '../../src/stac-schema';

const CATALOG = join(__dirname, '../../public/plugins');

const HOSTING_FIELDS = [
  'surfaces',
  'composite',
  'permissions',
  'settings',
  'dependencies',
  'requiresHost',
  'capabilities',
  'startupChecks',
  'id',
  'name',
  'version',
] as const;

function hostingPart(manifest: object): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const field of HOSTING_FIELDS) picked[field] = (manifest as Record<string, unknown>)[field];
  return picked;
}

describe('the hosting part of a manifest, which slots read', () => {
  it('is what the whole manifest reads for every catalog plugin, without jobs, events, commands or MCP', () => {
    for (const file of readdirSync(CATALOG).filter((name) => name.endsWith('.json'))) {
      const record: unknown = JSON.parse(readFileSync(join(CATALOG, file), 'utf8'));
      const whole = readPluginManifest(record, { hostVersion: '1.0.0' });
      const hosting = readHostingManifest(record, { hostVersion: '1.0.0' });
      expect(hostingPart(hosting.manifest), file).toEqual(hostingPart(whole.manifest));
      expect(hosting.manifest, file).not.toHaveProperty('jobs');
      expect(hosting.manifest, file).not.toHaveProperty('mcp');
    }
  });

  it('raises the same issues as the whole manifest for the hosting fields, in the same order and mode', () => {
    const record = {
      id: 'bad id!',
      name: 'Broken',
      permissions: ['asset:read', 'telepathy'],
      settings: [{ key: 'limit', type: 'number', label: 'Limit', default: 'ten' }],
      dependencies: { other: 'not a range' },
      requires: { host: '>=9.0.0' },
      startupChecks: [{ condition: { setting: 'missing' } }],
      jobs: [{ id: 'nightly', trigger: 'sometimes' }],
      mcp: { tools: 'none' },
    };
    for (const mode of ['lenient', 'strict'] as const) {
      const whole = readPluginManifest(record, { mode, hostVersion: '1.0.0' }).issues;
      const hosting = readHostingManifest(record, { mode, hostVersion: '1.0.0' }).issues;
      expect(hosting.length).toBeGreaterThan(3);
      // The whole manifest's issues start with the hosting fields' own; jobs and MCP come after.
      expect(whole.slice(0, hosting.length)).toEqual(hosting);
      expect(whole.length).toBeGreaterThan(hosting.length);
      expect(hosting.some((issue) => issue.path.startsWith('jobs') || issue.path.startsWith('mcp'))).toBe(
        false,
      );
    }
  });
});
