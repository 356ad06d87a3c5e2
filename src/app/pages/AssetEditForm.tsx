import { useState, type FormEvent } from 'react';
import { useUpdateAsset, type AssetChanges, type AssetEdit, errorText } from '../../api-client';
import type { AssetView } from './assetFormat';

interface AssetEditFormProps {
  asset: AssetView;
  onSaved(edit: AssetEdit): void;
  onCancel(): void;
}

const FIELDS = [
  { key: 'name', label: 'Name', kind: 'text' },
  { key: 'location', label: 'Location', kind: 'text' },
  { key: 'quantity', label: 'Quantity', kind: 'count' },
  { key: 'minStock', label: 'Minimum stock', kind: 'count' },
  { key: 'value', label: 'Unit value', kind: 'amount' },
] as const;

type Draft = Record<(typeof FIELDS)[number]['key'], string>;

/** Only the fields the user changed, as the API takes them; numbers stay text until the server checks them. */
function changesOf(asset: AssetView, draft: Draft): AssetChanges {
  const changes: Record<string, string | number> = {};
  for (const field of FIELDS) {
    const before = String(asset[field.key] ?? '');
    const text = draft[field.key];
    if (text === before) continue;
    changes[field.key] = field.kind === 'text' || text.trim() === '' ? text : Number(text);
  }
  return changes as AssetChanges;
}

/**
 * Edits an asset's name, location, stock and value. The server checks every value and names the field it
 * refuses; nothing is saved unless all of it is valid. Saving raises `asset.changed` for the user's plugins.
 */
export function AssetEditForm({ asset, onSaved, onCancel }: AssetEditFormProps) {
  const update = useUpdateAsset();
  const [draft, setDraft] = useState<Draft>(() => ({
    name: asset.name,
    location: String(asset.location ?? ''),
    quantity: String(asset.quantity ?? ''),
    minStock: String(asset.minStock ?? ''),
    value: String(asset.value ?? ''),
  }));
  const changes = changesOf(asset, draft);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (Object.keys(changes).length === 0) return onCancel();
    update.mutate({ assetId: asset.id, changes }, { onSuccess: onSaved });
  };
  return (
    <form className="asset-edit card" aria-label={`Edit ${asset.name}`} onSubmit={submit}>
      <h2>Edit asset</h2>
      {FIELDS.map((field) => (
        <label key={field.key} className="asset-edit__field">
          <span>{field.label}</span>
          <input
            name={field.key}
            type={field.kind === 'text' ? 'text' : 'number'}
            inputMode={field.kind === 'text' ? undefined : field.kind === 'count' ? 'numeric' : 'decimal'}
            step={field.kind === 'amount' ? 'any' : field.kind === 'count' ? 1 : undefined}
            required={field.key === 'name'}
            value={draft[field.key]}
            onChange={(event) => setDraft((current) => ({ ...current, [field.key]: event.target.value }))}
          />
        </label>
      ))}
      {update.error ? (
        <p role="alert" className="asset-edit__error">
          {errorText(update.error)}
        </p>
      ) : null}
      <div className="asset-edit__actions">
        <button type="submit" className="button button--filled" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save'}
        </button>
        <button type="button" className="button button--text" onClick={onCancel} disabled={update.isPending}>
          Cancel
        </button>
      </div>
    </form>
  );
}
