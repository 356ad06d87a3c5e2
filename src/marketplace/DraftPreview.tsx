import { PluginPreview } from './PluginPreview';

export interface DraftPreviewProps {
  /** The last readable document of the draft; undefined until the JSON could be read once. */
  document: unknown;
  /** The JSON cannot be read right now, so `document` is an older version. */
  stale: boolean;
  slot: string;
  version: string;
}

/** The editor's live preview of the draft, saying when it shows the last readable version. */
export function DraftPreview({ document, stale, slot, version }: DraftPreviewProps) {
  return (
    <div className="plugin-editor__preview card">
      <h2>Live preview</h2>
      {document === undefined ? (
        <p className="muted">Type valid JSON to see a preview.</p>
      ) : (
        <>
          {stale ? (
            <p className="field__hint" role="status">
              The JSON cannot be read right now; this is the last readable version.
            </p>
          ) : null}
          <PluginPreview
            ui={document}
            slot={slot}
            plugin={{ id: 'draft', version }}
            label="Live preview of the draft"
          />
        </>
      )}
    </div>
  );
}
