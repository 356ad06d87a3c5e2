import { useId, useMemo, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useInstalledPlugins, usePreviewPlugin, errorText } from '../api-client';
import { parseStacDocument } from '../stac-schema';
import { AccessSummary } from './AccessSummary';
import { slotLabel } from './catalog';
import { PluginPreview } from './PluginPreview';
import { stayedOffNotice, useInstallWithConsent } from './useInstallWithConsent';
import { ValidationReport } from './ValidationReport';
import { Icon, Skeleton, StatusMessage, usePageTitle, useToast } from '../ui';

function slugify(name: string): string {
  return (
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'plugin'
  );
}

/** Paste the URL of a STAC plugin file, look at it (preview, issues, access), then install it. */
export function PreviewFromUrlPage() {
  usePageTitle('Preview from URL');
  const [params, setParams] = useSearchParams();
  const url = params.get('url') ?? '';
  const [draft, setDraft] = useState(url);
  const inputId = useId();
  const hintId = useId();
  const preview = usePreviewPlugin(url || null);
  const { install, installWithConsent } = useInstallWithConsent();
  const notify = useToast();
  const data = preview.data;
  const installedList = useInstalledPlugins();
  const pluginId = data ? (data.id ?? slugify(data.name)) : null;
  // Installing it again could only fail with ALREADY_INSTALLED: point to where it is managed instead.
  const alreadyInstalled =
    !install.isSuccess && Boolean(installedList.data?.some((plugin) => plugin.id === pluginId));
  const validation = useMemo(() => (data ? parseStacDocument(data.ui, { mode: 'strict' }) : null), [data]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = draft.trim();
    if (next) setParams({ url: next });
  };

  // A file is installed as the server reads it: what it asks for is allowed first, and what it needs must be
  // installed already (the server never fetches a file's dependencies).
  const onInstall = async () => {
    if (!data) return;
    const id = pluginId ?? slugify(data.name);
    try {
      const done = await installWithConsent(
        { ...data, id },
        { id, name: data.name, author: data.author ?? undefined, version: data.version, download_url: url },
        { catalog: [], installed: installedList.data ?? [] },
      );
      const stayedOff = stayedOffNotice(data.name, done);
      if (stayedOff) notify(stayedOff, { tone: 'error' });
      else if (done) notify(`Installed “${data.name}”.`, { tone: 'success' });
    } catch (error) {
      notify(errorText(error), { tone: 'error' });
    }
  };

  return (
    <>
      <header className="page-header">
        <h1>Preview a plugin from its URL</h1>
        <p className="muted">
          Check any STAC plugin file before you install it: how it looks, what is wrong with it, what it can
          access.
        </p>
      </header>
      <form className="card url-form" onSubmit={submit}>
        <div className="field field--grow">
          <label htmlFor={inputId}>Plugin file URL</label>
          <input
            id={inputId}
            type="url"
            inputMode="url"
            placeholder="https://raw.githubusercontent.com/user/repo/main/plugin.stac.json"
            aria-describedby={hintId}
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
          />
          <p id={hintId} className="field__hint">
            The server downloads it for you from raw.githubusercontent.com or its own /plugins/ catalog (an
            administrator can allow more hosts).
          </p>
        </div>
        <button type="submit" className="button button--filled" disabled={!draft.trim()}>
          <Icon name="visibility" /> Preview
        </button>
      </form>

      {!url ? null : preview.isPending ? (
        <div className="card">
          <Skeleton lines={5} label="Downloading the plugin file" />
        </div>
      ) : preview.isError || !data ? (
        <StatusMessage
          tone="error"
          icon="error"
          title="This plugin file could not be previewed."
          action={
            <button type="button" className="button button--tonal" onClick={() => preview.refetch()}>
              <Icon name="refresh" /> Retry
            </button>
          }
        >
          {errorText(preview.error)}
        </StatusMessage>
      ) : (
        <div className="plugin-detail__body">
          <section className="card" aria-labelledby="url-preview-title">
            <div className="page-header--with-actions">
              <div>
                <h2 id="url-preview-title">{data.name}</h2>
                <p className="muted">
                  version {data.version}
                  {data.author ? ` · by ${data.author}` : ''}
                  {data.slot ? ` · ${slotLabel(data.slot)} slot` : ''}
                </p>
              </div>
              {alreadyInstalled ? (
                <Link to="/marketplace/installed" className="button button--tonal">
                  <Icon name="checkCircle" /> Already installed: manage
                </Link>
              ) : (
                <button
                  type="button"
                  className="button button--filled"
                  onClick={() => void onInstall()}
                  disabled={install.isPending || install.isSuccess || validation?.ok === false}
                >
                  <Icon name="download" />{' '}
                  {install.isSuccess ? 'Installed' : install.isPending ? 'Installing…' : 'Install'}
                </button>
              )}
            </div>
            {data.description ? <p>{data.description}</p> : null}
            {validation?.ok === false ? (
              <p className="form-error">This file has errors; fix them before installing it.</p>
            ) : null}
            <PluginPreview ui={data.ui} slot={data.slot} plugin={{ id: data.id, version: data.version }} />
          </section>
          <aside className="plugin-detail__side">
            <div className="card">
              <AccessSummary ui={data.ui} />
            </div>
            <div className="card">
              <h2>Validation</h2>
              {validation ? <ValidationReport issues={validation.issues} /> : null}
            </div>
          </aside>
        </div>
      )}
    </>
  );
}
