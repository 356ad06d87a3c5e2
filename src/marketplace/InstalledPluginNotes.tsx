import { describePermission } from '../plugin-host';
import { Icon } from '../ui';
import { describeStartupFailure, type InstalledStatus } from './pluginManifestInfo';

/** Why the plugin is off or waiting, and who needs it: the row says it in words, next to the switch. */
export function InstalledPluginNotes({
  status,
  active,
  update,
}: {
  status: InstalledStatus;
  active: boolean;
  /** An update that asks for permissions the user has not allowed: said before they press Update. */
  update?: { version: string; permissions: readonly string[] };
}) {
  const notes: { key: string; tone: 'warning' | 'info'; text: string }[] = [];
  if (update)
    notes.push({
      key: 'update-permissions',
      tone: 'info',
      text: `${/^\d/.test(update.version) ? `Version ${update.version}` : update.version} asks for more: ${update.permissions
        .map((permission) => `${describePermission(permission).title} (${permission})`)
        .join('; ')}. Updating asks you first.`,
    });
  for (const failure of status.startupFailures)
    notes.push({
      key: `check-${failure.title}`,
      tone: 'warning',
      text: `Stays off: ${describeStartupFailure(failure)}`,
    });
  // A check on a dependency already says what the dependency problem would say.
  const checked = new Set(
    status.startupFailures.flatMap((f) => (f.condition.kind === 'dependency' ? [f.condition.id] : [])),
  );
  for (const problem of status.dependencyProblems.filter((p) => !checked.has(p.dependencyId)))
    notes.push({
      key: `dep-${problem.dependencyId}`,
      tone: 'warning',
      text: `Stays off: ${problem.message}`,
    });
  if (active && status.missingSettings.length > 0)
    notes.push({
      key: 'settings',
      tone: 'warning',
      text: `Needs setting up: ${status.missingSettings.map((field) => field.label).join(', ')}.`,
    });
  if (status.dependents.length > 0)
    notes.push({
      key: 'dependents',
      tone: 'info',
      text: `Needed by ${status.dependents.map((d) => `“${d.name}”`).join(', ')}.`,
    });
  if (notes.length === 0) return null;
  return (
    <ul className="installed-row__notes" aria-label="Status">
      {notes.map((note) => (
        <li key={note.key} className={`installed-row__note installed-row__note--${note.tone}`}>
          <Icon name={note.tone === 'warning' ? 'warning' : 'info'} size={18} /> {note.text}
        </li>
      ))}
    </ul>
  );
}
