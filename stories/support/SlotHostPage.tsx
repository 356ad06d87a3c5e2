import { seedAssets } from '../../mocks/plugin-api';
import { summarizeInventory } from '../../src/app';
import { PluginSlot } from '../../src/slots';
import { STORY_ASSET } from './storyScope';

// The dashboard offers its slots the summary of the demo inventory, as the app does with the user's assets.
const DASHBOARD_CONTEXT = {
  inventory: summarizeInventory(seedAssets as Parameters<typeof summarizeInventory>[0]),
};

export interface SlotHostPageProps {
  /** `dashboard_top` or `asset_detail` (or a host's own slot name). */
  slot: string;
  /** What the author should see here, shown above the slot. */
  note?: string;
}

/** A host page around one slot, the way the app places it: the dashboard, or an asset's detail page. */
export function SlotHostPage({ slot, note }: SlotHostPageProps) {
  const onAssetPage = slot === 'asset_detail';
  return (
    <main className="story-host page">
      <header className="story-host__header">
        <h1>{onAssetPage ? String(STORY_ASSET.name) : 'Dashboard'}</h1>
        <p className="story-host__meta">
          Slot <code>{slot}</code>
          {onAssetPage
            ? ` · ${String(STORY_ASSET.category)} · ${String(STORY_ASSET.location)}`
            : ' · signed in as alice'}
        </p>
        {note ? <p className="story-host__note">{note}</p> : null}
      </header>
      <PluginSlot name={slot} context={onAssetPage ? { asset: STORY_ASSET } : DASHBOARD_CONTEXT} />
    </main>
  );
}
