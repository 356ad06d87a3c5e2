/**
 * Sample data every story binds against: the first demo user and a low-stock demo asset of the mock API
 * (the same records the reference server seeds), so `<<asset.name>>` and `{{user.name}}` read like a real page.
 */
import { seedAssets } from '../../mocks/plugin-api';

const demoAsset = seedAssets.find((asset) => asset.lowStock === true) ?? seedAssets[0];

export const STORY_ASSET: Record<string, unknown> = {
  ...demoAsset,
  // The server derives this field; plugins bind it for progress bars.
  qualityRatio:
    typeof demoAsset.qualityScore === 'number' ? demoAsset.qualityScore / 100 : (demoAsset.qualityRatio ?? 0),
};

export const STORY_USER = { id: '1', username: 'alice', name: 'Alice Moreau' } as const;

/** The scope a slot hands a plugin: user, asset, plugin identity and slot name. */
export function storyScope(slot = 'dashboard_top', plugin = { id: 'story', version: '1.0.0' }) {
  return { user: STORY_USER, asset: STORY_ASSET, plugin, slot };
}
