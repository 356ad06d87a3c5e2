import {
  KNOWN_SLOTS,
  communityPluginSchema,
  installedPluginSchema,
  isSemver,
  parsePluginRecord,
  pluginCreateSchema,
  pluginUpdateSchema,
} from '../../src/stac-schema';

describe('plugin model', () => {
  it('reads a full plugin record of the API docs', () => {
    const result = parsePluginRecord({
      id: 'plugin-123',
      name: 'Asset Validator',
      author: 'octocat',
      version: '1.2.0',
      description: 'Validates asset metadata before publishing',
      slot: 'asset_detail',
      ui: { type: 'text', data: 'hi' },
      authorAvatar: 'https://avatars.example/octocat.png',
      downloadCount: 1247,
      hasUpdate: false,
      latestVersion: '1.3.0',
      isMine: false,
      isActive: true,
      isPublic: true,
    });
    expect(result.ok).toBe(true);
    expect(result.plugin).toMatchObject({ id: 'plugin-123', downloadCount: 1247, latestVersion: '1.3.0' });
  });

  it('tolerates what the real backend sends: {ui: {ui}}, icon_url, nulls, numeric ids, missing fields', () => {
    const result = parsePluginRecord({
      id: 17,
      name: 'Clock',
      ui: { ui: { type: 'text', data: '12:00' } },
      icon_url: 'https://avatars.example/u.png',
      description: null,
      downloadCount: '12',
      custom_field: 'kept',
    });
    expect(result.ok).toBe(true);
    expect(result.plugin).toMatchObject({
      id: '17',
      ui: { type: 'text', data: '12:00' },
      authorAvatar: 'https://avatars.example/u.png',
      description: '',
      version: '0.0.0',
      slot: 'dashboard_top',
      downloadCount: 12,
      isPublic: true,
      custom_field: 'kept',
    });
  });

  it('reads a ui sent as JSON text', () => {
    const result = parsePluginRecord({ id: 'p', name: 'P', ui: '{"ui": {"type": "text", "data": "hi"}}' });
    expect(result.plugin?.ui).toEqual({ type: 'text', data: 'hi' });
    expect(parsePluginRecord({ id: 'p', name: 'P', ui: '{broken' }).plugin?.ui).toBe('{broken');
  });

  it('reports what is missing with a path', () => {
    const result = parsePluginRecord({ id: 'x' });
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([expect.objectContaining({ code: 'invalid_plugin', path: 'name' })]);
    expect(parsePluginRecord('nope').ok).toBe(false);
  });

  it('reads community and installed list items; installed ones are active unless told otherwise', () => {
    const community = communityPluginSchema.parse({
      id: 'plugin-123',
      name: 'Asset Validator',
      author: 'octocat',
      version: '1.2.0',
      slot: 'asset_detail',
      downloadCount: 1247,
      isOfficial: false,
      isPublic: true,
    });
    expect(community.isOfficial).toBe(false);
    expect(community.ui).toBeUndefined();
    const installed = installedPluginSchema.parse({
      id: 'plugin-456',
      name: 'Widget',
      version: '2.0.1',
      hasUpdate: false,
      slot: 'dashboard_top',
    });
    expect(installed.isActive).toBe(true);
    expect(installedPluginSchema.parse({ id: 'p', name: 'n', isActive: false }).isActive).toBe(false);
  });

  it('checks create bodies strictly and accepts any subset on update', () => {
    const body = {
      name: 'My New Plugin',
      version: '1.0.0',
      description: 'A custom plugin',
      slot: 'dashboard_top',
      ui: { type: 'container', children: [] },
      isPublic: true,
    };
    expect(pluginCreateSchema.safeParse(body).success).toBe(true);
    expect(pluginCreateSchema.safeParse({ ...body, version: '1.0' }).success).toBe(false);
    expect(pluginCreateSchema.safeParse({ ...body, slot: 'Dashboard Top' }).success).toBe(false);
    expect(pluginCreateSchema.safeParse({ ...body, ui: 'text' }).success).toBe(false);
    expect(pluginUpdateSchema.safeParse({ version: '1.1.0' }).success).toBe(true);
    expect(pluginUpdateSchema.safeParse({ version: 'latest' }).success).toBe(false);
  });

  it('knows semver and the documented slots', () => {
    expect(['1.0.0', '0.1.2-beta.1', '2.0.0+build.5'].every(isSemver)).toBe(true);
    expect(['1.0', '01.0.0', 'v1.0.0', '', 1].some(isSemver)).toBe(false);
    expect(KNOWN_SLOTS).toEqual(['dashboard_top', 'asset_detail']);
  });
});
